#include "tagspage.h"

#include "catalog/tagrepository.h"
#include "trainingbackend.h"
#include "trainingrules.h"
#include "trainingwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace tagsmith {
namespace {

constexpr int PathRole = Qt::UserRole + 1;

} // namespace

TagsPage::TagsPage(TrainingWizard *wizard)
    : m_wizard(wizard), m_model(new QStandardItemModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_tree(new QTreeView(this)), m_search(new QLineEdit(this)), m_newTag(new QLineEdit(this)), m_reason(new QLabel(this))
{
    setTitle(tr("Choose the tags"));
    setSubTitle(tr("Tick 2 to 50 tags that exclude each other, e.g. \"dress\", \"shirt\" and \"shoes\". "
                   "Each will need 10 to 50 example images."));
    m_search->setObjectName(QStringLiteral("tagSearch"));
    m_search->setPlaceholderText(tr("Search tags"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(PathRole);
    m_tree->setObjectName(QStringLiteral("tagTree"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_newTag->setObjectName(QStringLiteral("newTag"));
    m_newTag->setPlaceholderText(tr("New tag, e.g. clothing/dress"));
    auto *create = new QPushButton(tr("&Create Tag"), this);
    create->setObjectName(QStringLiteral("createTag"));
    m_reason->setObjectName(QStringLiteral("tagsReason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newTag, 1);
    newRow->addWidget(create);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addLayout(newRow);
    layout->addWidget(m_reason);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, m_tree, &QTreeView::expandAll);
    connect(m_model, &QStandardItemModel::itemChanged, this, &TagsPage::itemChanged);
    connect(create, &QPushButton::clicked, this, &TagsPage::createTag);
    connect(m_newTag, &QLineEdit::returnPressed, this, &TagsPage::createTag);
    connect(wizard->backend(), &TrainingBackend::opened, this,
            [this](const QStringList &tags, const QHash<QString, QString> &owners) { catalogOpened(tags, owners); });
    connect(wizard->backend(), &TrainingBackend::tagCreated, this, &TagsPage::tagCreated);
    connect(wizard, &TrainingWizard::draftLoaded, this, &TagsPage::rebuildTree);
    updateReason();
}

void TagsPage::initializePage() { rebuildTree(); }

bool TagsPage::isComplete() const { return brokenTagCountRules(m_wizard->draft()).isEmpty(); }

void TagsPage::catalogOpened(const QStringList &tagPaths, const QHash<QString, QString> &owners)
{
    m_tagPaths = tagPaths;
    m_owners = owners;
    rebuildTree();
}

// Rebuilt on entry because which tags are free depends on the model's name (re-training
// a model may keep its own tags).
void TagsPage::rebuildTree()
{
    // Not a QSignalBlocker: the filter proxy must see the reset.
    m_rebuilding = true;
    m_model->clear();
    m_items.clear();
    for (const QString &path : std::as_const(m_tagPaths))
        itemFor(path);
    m_rebuilding = false;
    m_tree->expandAll();
    updateReason();
}

QStandardItem *TagsPage::itemFor(const QString &path)
{
    if (QStandardItem *existing = m_items.value(path))
        return existing;
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    QStandardItem *parent = slash < 0 ? m_model->invisibleRootItem() : itemFor(path.left(slash));
    auto *item = new QStandardItem(path.mid(slash + 1));
    item->setData(path, PathRole);
    item->setEditable(false);
    const QString owner = m_owners.value(path);
    if (!owner.isEmpty() && owner != m_wizard->draft().name) {
        item->setText(tr("%1 (in model \"%2\")").arg(item->text(), owner));
        item->setToolTip(tr("A tag can belong to one model only."));
        item->setCheckable(false);
        item->setForeground(QColor(Qt::gray));
    } else {
        item->setCheckable(true);
        item->setCheckState(m_wizard->draft().tags.contains(path) ? Qt::Checked : Qt::Unchecked);
    }
    parent->appendRow(item);
    m_items.insert(path, item);
    return item;
}

bool TagsPage::setTagChosen(const QString &path, bool chosen)
{
    QStandardItem *item = m_items.value(path);
    if (!item || !item->isCheckable())
        return false;
    item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    return true;
}

void TagsPage::itemChanged(QStandardItem *item)
{
    if (m_rebuilding)
        return;
    const QString path = item->data(PathRole).toString();
    QStringList &tags = m_wizard->draft().tags;
    if (item->checkState() == Qt::Checked && !tags.contains(path))
        tags << path;
    else if (item->checkState() != Qt::Checked)
        tags.removeAll(path);
    updateReason();
}

void TagsPage::createTag()
{
    const QString path = normaliseTagPath(m_newTag->text());
    if (path.isEmpty())
        return;
    m_wizard->onBackend([backend = m_wizard->backend(), path] { backend->createTag(path); });
}

void TagsPage::tagCreated(const QString &path)
{
    if (!m_tagPaths.contains(path))
        m_tagPaths << path;
    QStandardItem *item = itemFor(path);
    m_tree->expandAll();
    m_tree->scrollTo(m_filter->mapFromSource(item->index()));
    m_newTag->clear();
    setTagChosen(path, true);
}

void TagsPage::updateReason()
{
    const QStringList broken = brokenTagCountRules(m_wizard->draft());
    const int chosen = int(m_wizard->draft().tags.size());
    m_reason->setStyleSheet(broken.isEmpty() ? QStringLiteral("color: palette(text);") : QStringLiteral("color: #b00020;"));
    m_reason->setText(broken.isEmpty() ? tr("Tags chosen: %1.").arg(chosen) : broken.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

} // namespace tagsmith
