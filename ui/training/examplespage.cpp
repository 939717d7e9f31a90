#include "examplespage.h"

#include "examplelistmodel.h"
#include "trainingbackend.h"
#include "trainingrules.h"
#include "trainingwizard.h"
#include "ui/droppedurls.h"

#include <QComboBox>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace tagsmith {
namespace {

QListView *thumbnailList(const QString &name, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(name);
    view->setViewMode(QListView::IconMode);
    view->setResizeMode(QListView::Adjust);
    view->setMovement(QListView::Static);
    view->setIconSize(QSize(ExampleListModel::IconSize, ExampleListModel::IconSize));
    view->setSpacing(4);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setUniformItemSizes(true);
    return view;
}

QList<int> selectedRows(const QListView *view)
{
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

ExamplesPage::ExamplesPage(TrainingWizard *wizard)
    : m_wizard(wizard), m_tags(new QListWidget(this)), m_folder(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_catalogView(thumbnailList(QStringLiteral("catalogImages"), this)), m_catalog(new ExampleListModel(wizard->thumbnails(), this)),
      m_examplesView(thumbnailList(QStringLiteral("tagExamples"), this)), m_examples(new ExampleListModel(wizard->thumbnails(), this)),
      m_examplesTitle(new QLabel(this)), m_reason(new QLabel(this)), m_warningLabel(new QLabel(this)),
      m_add(new QPushButton(tr("&Add to Tag"), this)), m_remove(new QPushButton(tr("&Remove"), this))
{
    setTitle(tr("Add example images"));
    setSubTitle(tr("Give every tag 10 to 50 typical images. Browse by folder, search by name, or drop images "
                   "from the main window's grid onto the examples."));
    m_tags->setObjectName(QStringLiteral("exampleTags"));
    m_folder->setObjectName(QStringLiteral("folderFilter"));
    m_search->setObjectName(QStringLiteral("imageSearch"));
    m_search->setPlaceholderText(tr("Search images by name"));
    m_search->setClearButtonEnabled(true);
    m_catalogView->setModel(m_catalog);
    m_catalogView->setDragEnabled(true);
    m_examplesView->setModel(m_examples);
    m_examplesView->setAcceptDrops(true);
    m_examplesView->viewport()->setAcceptDrops(true);
    m_examplesView->viewport()->installEventFilter(this);
    m_add->setObjectName(QStringLiteral("addExamples"));
    m_remove->setObjectName(QStringLiteral("removeExamples"));
    m_reason->setObjectName(QStringLiteral("examplesReason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_warningLabel->setObjectName(QStringLiteral("examplesWarnings"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));

    auto *browse = new QWidget(this);
    auto *browseLayout = new QVBoxLayout(browse);
    browseLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_folder, 1);
    filters->addWidget(m_search, 1);
    browseLayout->addWidget(new QLabel(tr("Catalog images"), browse));
    browseLayout->addLayout(filters);
    browseLayout->addWidget(m_catalogView, 1);
    browseLayout->addWidget(m_add, 0, Qt::AlignRight);

    auto *chosen = new QWidget(this);
    auto *chosenLayout = new QVBoxLayout(chosen);
    chosenLayout->setContentsMargins(0, 0, 0, 0);
    chosenLayout->addWidget(m_examplesTitle);
    chosenLayout->addWidget(m_examplesView, 1);
    chosenLayout->addWidget(m_remove, 0, Qt::AlignRight);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tags);
    splitter->addWidget(browse);
    splitter->addWidget(chosen);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({170, 420, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_warningLabel);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(200);
    m_warningDebounce.setSingleShot(true);
    m_warningDebounce.setInterval(300);
    connect(&m_searchDebounce, &QTimer::timeout, this, &ExamplesPage::requestImages);
    connect(&m_warningDebounce, &QTimer::timeout, this, &ExamplesPage::requestWarnings);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_folder, &QComboBox::currentIndexChanged, this, &ExamplesPage::requestImages);
    connect(m_tags, &QListWidget::currentRowChanged, this, [this] { setCurrentTag(currentTag()); });
    connect(m_add, &QPushButton::clicked, this, &ExamplesPage::addSelected);
    connect(m_remove, &QPushButton::clicked, this, &ExamplesPage::removeSelected);
    connect(m_catalogView, &QListView::doubleClicked, this, &ExamplesPage::addSelected);
    TrainingBackend *backend = wizard->backend();
    connect(backend, &TrainingBackend::opened, this,
            [this](const QStringList &, const QHash<QString, QString> &, const QList<FolderNode> &folders) { catalogOpened(folders); });
    connect(backend, &TrainingBackend::imagesLoaded, this, &ExamplesPage::imagesLoaded);
    connect(backend, &TrainingBackend::pathsResolved, this, &ExamplesPage::addExamples);
    connect(backend, &TrainingBackend::warningsChecked, this, &ExamplesPage::warningsChecked);
}

void ExamplesPage::initializePage()
{
    // Examples of tags the user unticked are forgotten; the rest survive Back and Next.
    TrainingDraft &draft = m_wizard->draft();
    for (const QString &tag : draft.examples.keys())
        if (!draft.tags.contains(tag))
            draft.examples.remove(tag);
    refreshTagList();
    m_tags->setCurrentRow(0);
    examplesChanged();
    if (m_catalog->rowCount() == 0)
        requestImages();
}

bool ExamplesPage::isComplete() const { return brokenExampleRules(m_wizard->draft()).isEmpty(); }

QString ExamplesPage::reason() const { return m_reason->text(); }

QString ExamplesPage::currentTag() const
{
    const QListWidgetItem *item = m_tags->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ExamplesPage::setCurrentTag(const QString &tag)
{
    const qsizetype row = m_wizard->draft().tags.indexOf(tag);
    if (row >= 0 && m_tags->currentRow() != row)
        m_tags->setCurrentRow(int(row));   // comes back here through currentRowChanged
    m_examplesTitle->setText(tag.isEmpty() ? QString() : tr("Examples of \"%1\"").arg(tag));
    m_examples->setImages(m_wizard->draft().examples.value(tag));
}

void ExamplesPage::catalogOpened(const QList<FolderNode> &folders)
{
    const QSignalBlocker blocker(m_folder);
    m_folder->clear();
    m_folder->addItem(tr("All folders"), QString());
    // Indented names read like the main window's tree; full paths would not fit.
    QHash<qint64, int> depth;
    for (const FolderNode &folder : folders) {
        depth.insert(folder.id, folder.parentId ? depth.value(folder.parentId) + 1 : 0);
        m_folder->addItem(tr("%1%2 (%3)").arg(QString(depth.value(folder.id) * 3, QLatin1Char(' ')), folder.name).arg(folder.recursiveCount),
                          folder.path);
        m_folder->setItemData(m_folder->count() - 1, folder.path, Qt::ToolTipRole);
    }
}

void ExamplesPage::requestImages()
{
    const int request = ++m_imagesRequest;
    const QString folder = m_folder->currentData().toString();
    const QString name = m_search->text().trimmed();
    m_wizard->onBackend([backend = m_wizard->backend(), request, folder, name] { backend->loadImages(request, folder, name); });
}

void ExamplesPage::imagesLoaded(int request, const QList<AssetRecord> &images)
{
    if (request != m_imagesRequest)
        return;   // an older folder or search
    m_catalog->setImages(images);
    Q_EMIT catalogImagesShown(int(images.size()));
}

void ExamplesPage::addCatalogRows(const QList<int> &rows)
{
    QList<AssetRecord> images;
    for (int row : rows)
        images << m_catalog->image(row);
    addExamples(currentTag(), images);
}

void ExamplesPage::addSelected() { addCatalogRows(selectedRows(m_catalogView)); }

void ExamplesPage::removeSelected()
{
    QList<AssetRecord> &examples = m_wizard->draft().examples[currentTag()];
    const QList<int> rows = selectedRows(m_examplesView);
    for (auto row = rows.crbegin(); row != rows.crend(); ++row)
        examples.removeAt(*row);
    setCurrentTag(currentTag());
    examplesChanged();
}

void ExamplesPage::addExamples(const QString &tag, const QList<AssetRecord> &images)
{
    if (tag.isEmpty() || !m_wizard->draft().tags.contains(tag))
        return;
    QList<AssetRecord> &examples = m_wizard->draft().examples[tag];
    for (const AssetRecord &image : images) {
        const bool present = std::any_of(examples.cbegin(), examples.cend(), [&](const AssetRecord &e) { return e.id == image.id; });
        if (!present && image.id)
            examples << image;
    }
    if (tag == currentTag())
        setCurrentTag(tag);
    examplesChanged();
}

void ExamplesPage::examplesChanged()
{
    refreshTagList();
    const QStringList broken = brokenExampleRules(m_wizard->draft());
    m_reason->setText(broken.isEmpty() ? QString() : tr("Next is disabled: %1").arg(broken.join(QStringLiteral("\n"))));
    m_reason->setVisible(!broken.isEmpty());
    m_warningDebounce.start();
    Q_EMIT completeChanged();
}

void ExamplesPage::refreshTagList()
{
    const TrainingDraft &draft = m_wizard->draft();
    const QSignalBlocker blocker(m_tags);
    const int current = m_tags->currentRow();
    m_tags->clear();
    for (const QString &tag : draft.tags) {
        const int count = int(draft.examples.value(tag).size());
        auto *item = new QListWidgetItem(tr("%1\n%2").arg(tag, exampleCounterText(count)), m_tags);
        item->setData(Qt::UserRole, tag);
        item->setForeground(exampleCountAllowed(count) ? QColor(0x1b, 0x7a, 0x2e) : QColor(0xb0, 0x00, 0x20));
        item->setToolTip(exampleCountAllowed(count) ? tr("Enough examples") : tr("Every tag needs 10 to 50 examples"));
    }
    m_tags->setCurrentRow(current);
}

void ExamplesPage::requestWarnings()
{
    const int request = ++m_warningsRequest;
    const QList<TagExamples> tags = m_wizard->draft().tagExamples();
    m_wizard->onBackend([backend = m_wizard->backend(), request, tags] { backend->checkExamples(request, tags); });
}

void ExamplesPage::warningsChecked(int request, const QStringList &warnings)
{
    if (request != m_warningsRequest)
        return;
    m_warnings = warnings;
    constexpr int shown = 4;   // the label must not push the lists off the page
    QStringList lines = warnings.mid(0, shown);
    if (warnings.size() > shown)
        lines << tr("… and %n more warning(s).", nullptr, int(warnings.size() - shown));
    m_warningLabel->setText(lines.isEmpty() ? QString() : tr("Warnings (training is still possible):\n%1").arg(lines.join(QLatin1Char('\n'))));
    m_warningLabel->setVisible(!lines.isEmpty());
    Q_EMIT warningsShown();
}

bool ExamplesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_examplesView->viewport())
        return QWizardPage::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (!droppedLocalPaths(drag->mimeData()).isEmpty() && !currentTag().isEmpty()) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = droppedLocalPaths(drop->mimeData());
        if (paths.isEmpty() || currentTag().isEmpty())
            return true;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        m_wizard->onBackend([backend = m_wizard->backend(), tag = currentTag(), paths] { backend->resolvePaths(tag, paths); });
        return true;
    }
    default:
        return QWizardPage::eventFilter(watched, event);
    }
}

} // namespace tagsmith
