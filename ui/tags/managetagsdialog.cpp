#include "managetagsdialog.h"

#include "tagsbackend.h"
#include "ui/workerthread.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tagsmith {
namespace {

enum SmartColumn { TagColumn, ModelColumn, VersionColumn, ConfidenceColumn, AssetsColumn, StateColumn, ColumnCount };
constexpr int kTagRole = Qt::UserRole + 1;
constexpr int kGenericRole = Qt::UserRole + 2;

QString stateLabel(const SelectionTags::Smart &smart)
{
    if (smart.mixedState)
        return ManageTagsDialog::tr("mixed");
    switch (smart.state) {
    case TagState::Active:
        switch (smart.standing) {
        case SmartTagStanding::Blocked: return ManageTagsDialog::tr("blocked");
        case SmartTagStanding::FolderDisabled: return ManageTagsDialog::tr("off in folder");
        case SmartTagStanding::BelowThreshold: return ManageTagsDialog::tr("candidate");
        default: return ManageTagsDialog::tr("active");
        }
    case TagState::Deleted: return ManageTagsDialog::tr("deleted");
    case TagState::Promoted: return ManageTagsDialog::tr("promoted");
    }
    return {};
}

} // namespace

ManageTagsDialog::ManageTagsDialog(const CatalogPtr &catalog, const QList<qint64> &assetIds, const QStringList &assetPaths,
                                   QWidget *parent)
    : QDialog(parent), m_assetCount(int(assetIds.size()))
{
    qRegisterMetaType<SelectionTags>();
    qRegisterMetaType<QList<TagChange>>();
    setObjectName(QStringLiteral("manageTagsDialog"));
    setWindowTitle(m_assetCount == 1 ? tr("Manage Tags") : tr("Manage Tags — %n assets", nullptr, m_assetCount));
    buildWidgets();

    m_backend = new TagsBackend(catalog, assetIds, assetPaths);
    connect(m_backend, &TagsBackend::loaded, this, &ManageTagsDialog::showTags);
    connect(m_backend, &TagsBackend::edited, this, [this](const QList<TagChange> &inverse, const QString &description) {
        if (inverse.isEmpty()) {
            m_status->setText(tr("Nothing to change: %1").arg(description));
            return;
        }
        m_undo.append({inverse, description});
        m_status->setText(description);
        Q_EMIT tagsChanged();
    });
    connect(m_backend, &TagsBackend::undone, this, [this](const QString &description) {
        m_status->setText(tr("Undone: %1").arg(description));
        Q_EMIT tagsChanged();
    });
    connect(m_backend, &TagsBackend::labelBlocked, this, [this](const QString &label) {
        m_status->setText(tr("Blocked %1 on every asset (unblock it in Tag Models)").arg(label));
        Q_EMIT tagsChanged();
    });
    connect(m_backend, &TagsBackend::failed, this, [this](const QString &message) {
        setBusy(false);
        m_status->setText(message);
    });
    m_thread = new WorkerThread(m_backend, QStringLiteral("tags"), this);
    setBusy(true);
    QMetaObject::invokeMethod(m_backend, [backend = m_backend] { backend->load(); }, Qt::QueuedConnection);
}

ManageTagsDialog::~ManageTagsDialog()
{
    delete m_thread;   // waits for a running edit, then the backend flushes its sidecars
}

void ManageTagsDialog::buildWidgets()
{
    auto *heading = new QLabel(m_assetCount == 1 ? tr("Tags of the selected asset.")
                                                 : tr("Changes apply to all %n selected assets.", nullptr, m_assetCount));

    m_smart = new QTreeWidget;
    m_smart->setObjectName(QStringLiteral("smartTags"));
    m_smart->setRootIsDecorated(false);
    m_smart->setColumnCount(ColumnCount);
    m_smart->setHeaderLabels({tr("Tag"), tr("Model"), tr("Version"), tr("Confidence"), tr("Assets"), tr("State")});
    m_smart->header()->setSectionResizeMode(TagColumn, QHeaderView::Stretch);
    for (int column = ModelColumn; column < ColumnCount; ++column)
        m_smart->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_smart->header()->setStretchLastSection(false);
    m_delete = new QPushButton(tr("&Delete"));
    m_delete->setObjectName(QStringLiteral("deleteSmartTag"));
    m_delete->setToolTip(tr("Remove this smart tag from the selection for good: it is never applied to these assets again."));
    m_promote = new QPushButton(tr("&Promote"));
    m_promote->setObjectName(QStringLiteral("promoteSmartTag"));
    m_promote->setToolTip(tr("Keep this smart tag as a manual tag, ranked first in search."));
    m_blockEverywhere = new QPushButton(tr("&Block Everywhere"));
    m_blockEverywhere->setObjectName(QStringLiteral("blockGenericLabel"));
    m_blockEverywhere->setToolTip(tr("Never apply this generic label to any asset. Unblock it in Tag Models."));
    auto *smartButtons = new QVBoxLayout;
    smartButtons->addWidget(m_delete);
    smartButtons->addWidget(m_promote);
    smartButtons->addWidget(m_blockEverywhere);
    smartButtons->addStretch();
    auto *smartBox = new QGroupBox(tr("Smart tags"));
    auto *smartLayout = new QHBoxLayout(smartBox);
    smartLayout->addWidget(m_smart, 1);
    smartLayout->addLayout(smartButtons);

    m_manual = new QListWidget;
    m_manual->setObjectName(QStringLiteral("manualTags"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeManualTag"));
    m_remove->setToolTip(tr("Remove this manual tag from every selected asset."));
    m_newTag = new QLineEdit;
    m_newTag->setObjectName(QStringLiteral("newTag"));
    m_newTag->setPlaceholderText(tr("New tag, e.g. travel/italy"));
    m_completions = new QStringListModel(this);
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_newTag->setCompleter(completer);
    m_add = new QPushButton(tr("&Add"));
    m_add->setObjectName(QStringLiteral("addManualTag"));
    m_add->setToolTip(tr("Add this tag to every selected asset."));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newTag, 1);
    addRow->addWidget(m_add);
    auto *manualButtons = new QVBoxLayout;
    manualButtons->addWidget(m_remove);
    manualButtons->addStretch();
    auto *manualBox = new QGroupBox(tr("Manual tags"));
    auto *manualGrid = new QHBoxLayout;
    manualGrid->addWidget(m_manual, 1);
    manualGrid->addLayout(manualButtons);
    auto *manualLayout = new QVBoxLayout(manualBox);
    manualLayout->addLayout(manualGrid);
    manualLayout->addLayout(addRow);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("tagsStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_undoButton = buttons->addButton(tr("&Undo"), QDialogButtonBox::ResetRole);
    m_undoButton->setObjectName(QStringLiteral("undoTagEdit"));
    m_undoButton->setShortcut(QKeySequence::Undo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(smartBox, 3);
    layout->addWidget(manualBox, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 520);

    connect(m_smart, &QTreeWidget::itemSelectionChanged, this, &ManageTagsDialog::updateButtons);
    connect(m_manual, &QListWidget::itemSelectionChanged, this, &ManageTagsDialog::updateButtons);
    connect(m_newTag, &QLineEdit::textChanged, this, &ManageTagsDialog::updateButtons);
    connect(m_newTag, &QLineEdit::returnPressed, this, &ManageTagsDialog::addTag);
    connect(m_add, &QPushButton::clicked, this, &ManageTagsDialog::addTag);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString tag = selectedSmartTag();
        request(TagEditKind::DeleteSmart, tag, tr("Deleted smart tag %1").arg(tag));
    });
    connect(m_promote, &QPushButton::clicked, this, [this] {
        const QString tag = selectedSmartTag();
        request(TagEditKind::PromoteSmart, tag, tr("Promoted smart tag %1").arg(tag));
    });
    connect(m_blockEverywhere, &QPushButton::clicked, this, [this] {
        const QString tag = selectedSmartTag();
        if (tag.isEmpty() || m_busy || !selectedIsGeneric())
            return;
        setBusy(true);
        QMetaObject::invokeMethod(m_backend, [backend = m_backend, tag] { backend->blockEverywhere(tag); }, Qt::QueuedConnection);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString tag = selectedManualTag();
        request(TagEditKind::RemoveManual, tag, tr("Removed manual tag %1").arg(tag));
    });
    connect(m_undoButton, &QPushButton::clicked, this, &ManageTagsDialog::undo);
    updateButtons();
}

void ManageTagsDialog::showTags(const SelectionTags &tags)
{
    const QString smartWas = selectedSmartTag();
    const QString manualWas = selectedManualTag();
    m_smart->clear();
    for (const SelectionTags::Smart &smart : tags.smart) {
        auto *item = new QTreeWidgetItem(m_smart);
        item->setText(TagColumn, smart.tag);
        item->setData(TagColumn, kTagRole, smart.tag);
        item->setData(TagColumn, kGenericRole, smart.generic);
        item->setText(ModelColumn, smart.model);
        item->setText(VersionColumn, QString::number(smart.version));
        item->setText(ConfidenceColumn, QStringLiteral("%1").arg(smart.confidence, 0, 'f', 2));
        item->setTextAlignment(ConfidenceColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(AssetsColumn, tr("%1 of %2").arg(smart.assets).arg(m_assetCount));
        item->setText(StateColumn, stateLabel(smart));
        if (smart.standing == SmartTagStanding::BelowThreshold)
            item->setToolTip(StateColumn, tr("Below the model's threshold (%1): stored, not applied").arg(smart.threshold, 0, 'f', 2));
        else if (smart.standing == SmartTagStanding::Blocked)
            item->setToolTip(StateColumn, tr("A blocked generic label: stored, not applied (unblock it in Tag Models)"));
        else if (smart.standing == SmartTagStanding::FolderDisabled)
            item->setToolTip(StateColumn, tr("Generic labels are off for this folder: stored, not applied"));
        const bool notApplied = smart.standing != SmartTagStanding::Applied;
        if (notApplied && !smart.mixedState) {
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (smart.tag == smartWas)
            m_smart->setCurrentItem(item);
    }
    m_manual->clear();
    for (const SelectionTags::Manual &manual : tags.manual) {
        auto *item = new QListWidgetItem(m_assetCount == 1 ? manual.tag
                                                           : tr("%1 (%2 of %3)").arg(manual.tag).arg(manual.assets).arg(m_assetCount));
        item->setData(kTagRole, manual.tag);
        m_manual->addItem(item);
        if (manual.tag == manualWas)
            m_manual->setCurrentItem(item);
    }
    m_completions->setStringList(tags.allTags);
    setBusy(false);
    Q_EMIT tagsLoaded();
}

void ManageTagsDialog::request(TagEditKind kind, const QString &tag, const QString &description)
{
    if (tag.isEmpty() || m_busy)
        return;
    setBusy(true);
    QMetaObject::invokeMethod(m_backend, [backend = m_backend, kind, tag, description] { backend->edit(kind, tag, description); },
                              Qt::QueuedConnection);
}

void ManageTagsDialog::addTag()
{
    const QString tag = normaliseTagPath(m_newTag->text());
    if (tag.isEmpty())
        return;
    request(TagEditKind::AddManual, tag, tr("Added manual tag %1").arg(tag));
    m_newTag->clear();
}

void ManageTagsDialog::undo()
{
    if (m_undo.isEmpty() || m_busy)
        return;
    const auto [inverse, description] = m_undo.takeLast();
    setBusy(true);
    QMetaObject::invokeMethod(m_backend, [backend = m_backend, inverse = inverse, description = description] {
        backend->undo(inverse, description);
    }, Qt::QueuedConnection);
}

void ManageTagsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ManageTagsDialog::updateButtons()
{
    const QTreeWidgetItem *smart = m_smart->currentItem();
    const bool smartSelected = smart && smart->isSelected();
    m_delete->setEnabled(!m_busy && smartSelected);
    m_promote->setEnabled(!m_busy && smartSelected);
    m_blockEverywhere->setEnabled(!m_busy && smartSelected && selectedIsGeneric());
    m_remove->setEnabled(!m_busy && !selectedManualTag().isEmpty());
    m_add->setEnabled(!m_busy && !normaliseTagPath(m_newTag->text()).isEmpty());
    m_undoButton->setEnabled(!m_busy && !m_undo.isEmpty());
    m_undoButton->setToolTip(m_undo.isEmpty() ? tr("Nothing to undo") : tr("Undo: %1").arg(m_undo.last().second));
}

QString ManageTagsDialog::selectedSmartTag() const
{
    const QTreeWidgetItem *item = m_smart->currentItem();
    return item && item->isSelected() ? item->data(TagColumn, kTagRole).toString() : QString();
}

bool ManageTagsDialog::selectedIsGeneric() const
{
    const QTreeWidgetItem *item = m_smart->currentItem();
    return item && item->isSelected() && item->data(TagColumn, kGenericRole).toBool();
}

QString ManageTagsDialog::selectedManualTag() const
{
    const QListWidgetItem *item = m_manual->currentItem();
    return item && item->isSelected() ? item->data(kTagRole).toString() : QString();
}

} // namespace tagsmith
