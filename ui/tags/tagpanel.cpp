#include "tagpanel.h"

#include "taxonomymodel.h"

#include "catalog/tagrepository.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace tagsmith {
namespace {

QString leafOf(const QString &path) { return path.section(QLatin1Char('/'), -1); }
QString parentOf(const QString &path) { return path.contains(QLatin1Char('/')) ? path.section(QLatin1Char('/'), 0, -2) : QString(); }

} // namespace

TagPanel::TagPanel(QWidget *parent) : QDockWidget(tr("Tags"), parent)
{
    setObjectName(QStringLiteral("tagPanel"));
    setAccessibleName(tr("Tags panel"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_model = new TaxonomyModel(this);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("tagTree"));
    m_tree->setAccessibleName(tr("Tag taxonomy"));
    m_tree->setAccessibleDescription(tr("Every tag with the number of assets carrying it. Click to show them; F2 renames."));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_empty = new QLabel(tr("No tags yet. Tag assets with Tags > Add Tags to Selection…"));
    m_empty->setObjectName(QStringLiteral("tagPanelEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree);
    setWidget(body);

    QAction *rename = addTagAction(tr("&Rename…"), "renameTagAction", &TagPanel::startRename);
    rename->setShortcut(Qt::Key_F2);
    addTagAction(tr("&Move…"), "moveTagAction", &TagPanel::startMove);
    addTagAction(tr("Merge &Into…"), "mergeTagAction", &TagPanel::startMerge);
    auto *refresh = new QAction(tr("Re&fresh Counts"), this);
    refresh->setObjectName(QStringLiteral("refreshTagCountsAction"));
    connect(refresh, &QAction::triggered, this, &TagPanel::refreshRequested);
    m_tree->addAction(refresh);

    connect(m_tree, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT tagActivated(index.data(TaxonomyModel::PathRole).toString());
    });
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT tagActivated(index.data(TaxonomyModel::PathRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagPanel::updateActions);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            Q_EMIT refreshRequested();
    });
    updateActions();
}

QAction *TagPanel::addTagAction(const QString &text, const char *name, void (TagPanel::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    m_tree->addAction(action);
    m_editActions << action;
    return action;
}

void TagPanel::updateActions()
{
    const bool tag = !currentPath().isEmpty();
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(tag);
}

void TagPanel::setCounts(const QList<TagCount> &counts)
{
    // The tree is rebuilt: keep what the user opened and where they are.
    QStringList expanded;
    for (const QString &path : m_model->paths())
        if (m_tree->isExpanded(m_model->indexOfPath(path)))
            expanded << path;
    const QString current = m_wanted.isEmpty() ? currentPath() : m_wanted;
    m_wanted.clear();
    m_model->setCounts(counts);
    if (!m_filled) {
        m_tree->expandToDepth(0);
        m_filled = true;
    }
    for (const QString &path : std::as_const(expanded))
        m_tree->expand(m_model->indexOfPath(path));
    setCurrentPath(current);
    m_empty->setVisible(counts.isEmpty());
    updateActions();
}

QString TagPanel::currentPath() const
{
    return m_tree->currentIndex().data(TaxonomyModel::PathRole).toString();
}

void TagPanel::setCurrentPath(const QString &path)
{
    const QModelIndex index = m_model->indexOfPath(path);
    if (!index.isValid()) {
        m_wanted = path;
        return;
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void TagPanel::ask(const QString &objectName, const QString &title, const QString &label, const QString &value,
                   const QStringList &choices, std::function<void(const QString &)> accepted)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setAccessibleName(title);
    if (!choices.isEmpty()) {
        dialog->setComboBoxItems(choices);
        dialog->setComboBoxEditable(true);
    }
    dialog->setTextValue(value);
    if (auto *combo = dialog->findChild<QComboBox *>())
        combo->setAccessibleName(label);
    if (auto *edit = choices.isEmpty() ? dialog->findChild<QLineEdit *>() : dialog->findChild<QComboBox *>()->lineEdit()) {
        edit->setAccessibleName(label);
        auto *completer = new QCompleter(m_model->paths(), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    connect(dialog, &QInputDialog::textValueSelected, this, [accepted = std::move(accepted)](const QString &text) { accepted(text); });
    dialog->open();
}

void TagPanel::confirm(const QString &question, const QString &details, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Change Tags"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmTagEdit"));
    box->setAccessibleName(tr("Confirm the tag change"));
    box->setInformativeText(details);
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [confirmed = std::move(confirmed)](int result) {
        if (result == QMessageBox::Yes)
            confirmed();
    });
    box->open();
}

void TagPanel::startRename()
{
    const QString from = currentPath();
    if (from.isEmpty())
        return;
    ask(QStringLiteral("renameTagDialog"), tr("Rename Tag"),
        tr("New name for “%1” (a path such as places/home moves it):").arg(from), from, {}, [this, from](const QString &text) {
            const QString to = normaliseTagPath(text);
            if (to.isEmpty() || to == from)
                return;
            confirm(tr("Rename “%1” to “%2”?").arg(from, to),
                    tr("Its subtags move along. This changes the tags of %n asset(s).", nullptr, m_model->countOf(from)),
                    [this, from, to] { Q_EMIT renameRequested(from, to); });
        });
}

void TagPanel::startMove()
{
    const QString from = currentPath();
    if (from.isEmpty())
        return;
    ask(QStringLiteral("moveTagDialog"), tr("Move Tag"),
        tr("Move “%1” under (leave empty for the top level):").arg(from), parentOf(from), {}, [this, from](const QString &text) {
            const QString parent = normaliseTagPath(text);
            const QString to = parent.isEmpty() ? leafOf(from) : parent + QLatin1Char('/') + leafOf(from);
            if (to == from)
                return;
            confirm(tr("Move “%1” to “%2”?").arg(from, to),
                    tr("Its subtags move along. This changes the tags of %n asset(s).", nullptr, m_model->countOf(from)),
                    [this, from, to] { Q_EMIT renameRequested(from, to); });
        });
}

void TagPanel::startMerge()
{
    const QString from = currentPath();
    if (from.isEmpty())
        return;
    QStringList targets;
    for (const QString &path : m_model->paths())
        if (path != from && !path.startsWith(from + QLatin1Char('/')))
            targets << path;
    ask(QStringLiteral("mergeTagDialog"), tr("Merge Tag"), tr("Merge “%1” into:").arg(from), parentOf(from), targets,
        [this, from](const QString &text) {
            const QString into = normaliseTagPath(text);
            if (into.isEmpty() || into == from)
                return;
            confirm(tr("Merge “%1” into “%2”?").arg(from, into),
                    tr("%n asset(s) carrying “%1” get “%2” instead; “%1” and its subtags disappear.", nullptr, m_model->countOf(from))
                        .arg(from, into),
                    [this, from, into] { Q_EMIT mergeRequested(from, into); });
        });
}

} // namespace tagsmith
