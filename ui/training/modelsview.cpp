#include "modelsview.h"

#include "modelsbackend.h"
#include "catalog/genericlabelrepository.h"
#include "catalog/tagrepository.h"
#include "training/foldertraining.h"
#include "tagging/reportcsv.h"
#include "trainingreportview.h"
#include "ui/workerthread.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tagsmith {
namespace {

constexpr int ThresholdColumn = 3;
constexpr int KindColumn = 4;

QTableWidget *table(const QString &name, const QStringList &headers, int stretchColumn, QWidget *parent)
{
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(name);
    view->setHorizontalHeaderLabels(headers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    return view;
}

// Thresholds from "almost everything" to "only the surest"; typed values count when done.
QDoubleSpinBox *thresholdBox(const QString &name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0.05, 0.99);
    box->setSingleStep(0.05);
    box->setDecimals(2);
    box->setKeyboardTracking(false);
    box->setFrame(false);
    return box;
}

void setRow(QTableWidget *view, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        view->setItem(row, column, new QTableWidgetItem(cells[column]));
}

} // namespace

ModelsView::ModelsView(CatalogPtr catalog, QWidget *parent)
    : QDialog(parent), m_backend(new ModelsBackend(std::move(catalog))),
      m_backendThread(new WorkerThread(m_backend, QStringLiteral("models"), this)),
      m_modelTable(table(QStringLiteral("modelTable"), {tr("Model"), tr("Status"), tr("Version"), tr("Threshold"), tr("In videos")}, 0, this)),
      m_reason(new QLabel(this)),
      m_versionTable(table(QStringLiteral("versionTable"), {tr("Version"), tr("Created"), tr("Status"), tr("Seconds"), tr("In use")}, 1, this)),
      m_restore(new QPushButton(tr("&Restore This Version"), this)), m_export(new QPushButton(tr("&Export CSV…"), this)),
      m_report(new TrainingReportView(this))
{
    setWindowTitle(tr("Tag Models"));
    m_reason->setObjectName(QStringLiteral("modelReason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    m_export->setObjectName(QStringLiteral("exportCsv"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Models"), left));
    leftLayout->addWidget(m_modelTable, 1);
    leftLayout->addWidget(m_reason);
    leftLayout->addWidget(new QLabel(tr("Versions"), left));
    leftLayout->addWidget(m_versionTable, 1);
    leftLayout->addWidget(m_restore, 0, Qt::AlignRight);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Training report"), right));
    rightLayout->addWidget(m_report, 1);
    rightLayout->addWidget(m_export, 0, Qt::AlignRight);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({420, 480});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buildGenericBox());
    layout->addWidget(buttons);
    resize(960, 720);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_modelTable, &QTableWidget::itemSelectionChanged, this, &ModelsView::modelSelected);
    connect(m_versionTable, &QTableWidget::itemSelectionChanged, this, &ModelsView::versionSelected);
    connect(m_restore, &QPushButton::clicked, this, &ModelsView::restoreSelectedVersion);
    connect(m_export, &QPushButton::clicked, this, &ModelsView::chooseCsvFile);
    connect(m_backend, &ModelsBackend::modelsLoaded, this, &ModelsView::showModels);
    connect(m_backend, &ModelsBackend::versionsLoaded, this, &ModelsView::showVersions);
    connect(m_backend, &ModelsBackend::restored, this, &ModelsView::restored);
    connect(m_backend, &ModelsBackend::failed, this, &ModelsView::showError);
    connect(m_backend, &ModelsBackend::thresholdSet, this, &ModelsView::thresholdSet);
    connect(m_backend, &ModelsBackend::kindSet, this, &ModelsView::kindSet);
    connect(m_backend, &ModelsBackend::genericLoaded, this, &ModelsView::showGeneric);
    m_restore->setEnabled(false);
    m_export->setEnabled(false);
    refresh();
    QMetaObject::invokeMethod(m_backend, [backend = m_backend] { backend->loadGeneric(); }, Qt::QueuedConnection);
}

QWidget *ModelsView::buildGenericBox()
{
    auto *box = new QGroupBox(tr("Generic labels"), this);
    m_imagenetThreshold = thresholdBox(QStringLiteral("imagenetThreshold"), box);
    m_imagenetThreshold->setFrame(true);
    m_objectThreshold = thresholdBox(QStringLiteral("objectThreshold"), box);
    m_objectThreshold->setFrame(true);
    auto *hint = new QLabel(tr("Labels every photo gets without training: ImageNet classes (imagenet/…) and COCO objects "
                               "(coco/…). Candidates under a threshold are kept, so a change shows on every asset at once. "
                               "Blocked labels are never applied; unblocking brings them back. Folders can turn generic "
                               "labels off."), box);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("ImageNet classes threshold:"), m_imagenetThreshold);
    form->addRow(tr("COCO objects threshold:"), m_objectThreshold);
    form->addRow(hint);

    m_blocked = new QListWidget(box);
    m_blocked->setObjectName(QStringLiteral("blockedLabels"));
    m_blocked->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_blockEdit = new QLineEdit(box);
    m_blockEdit->setObjectName(QStringLiteral("blockLabel"));
    m_blockEdit->setPlaceholderText(tr("coco/kite, or kite for both sources"));
    m_block = new QPushButton(tr("&Block"), box);
    m_block->setObjectName(QStringLiteral("blockLabelButton"));
    m_unblock = new QPushButton(tr("&Unblock"), box);
    m_unblock->setObjectName(QStringLiteral("unblockLabelButton"));
    auto *edit = new QHBoxLayout;
    edit->addWidget(m_blockEdit, 1);
    edit->addWidget(m_block);
    edit->addWidget(m_unblock);
    auto *list = new QVBoxLayout;
    list->addWidget(new QLabel(tr("Blocked everywhere:"), box));
    list->addWidget(m_blocked, 1);
    list->addLayout(edit);

    auto *layout = new QHBoxLayout(box);
    layout->addLayout(form, 1);
    layout->addLayout(list, 1);
    box->setMaximumHeight(200);

    for (const auto &[spin, source] : {std::pair{m_imagenetThreshold, GenericModels::ImageNet}, std::pair{m_objectThreshold, GenericModels::Objects}})
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, source = source](double value) {
            QMetaObject::invokeMethod(m_backend, [backend = m_backend, source, value] { backend->setGenericThreshold(source, value); },
                                      Qt::QueuedConnection);
        });
    connect(m_block, &QPushButton::clicked, this, &ModelsView::blockTypedLabels);
    connect(m_blockEdit, &QLineEdit::returnPressed, this, &ModelsView::blockTypedLabels);
    connect(m_unblock, &QPushButton::clicked, this, &ModelsView::unblockSelectedLabels);
    connect(m_blockEdit, &QLineEdit::textChanged, this, [this] { m_block->setEnabled(!m_blockEdit->text().trimmed().isEmpty()); });
    connect(m_blocked, &QListWidget::itemSelectionChanged, this, [this] { m_unblock->setEnabled(!m_blocked->selectedItems().isEmpty()); });
    m_block->setEnabled(false);
    m_unblock->setEnabled(false);
    return box;
}

void ModelsView::showGeneric(double imagenetThreshold, double objectThreshold, const QStringList &blocked)
{
    for (const auto &[spin, value] : {std::pair{m_imagenetThreshold, imagenetThreshold}, std::pair{m_objectThreshold, objectThreshold}}) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    }
    m_blocked->clear();
    m_blocked->addItems(blocked);
    m_unblock->setEnabled(false);
    Q_EMIT genericShown();
}

void ModelsView::blockTypedLabels()
{
    QStringList labels;
    for (const QString &label : m_blockEdit->text().split(QLatin1Char(',')))
        if (!normaliseTagPath(label).isEmpty())
            labels << normaliseTagPath(label);
    if (labels.isEmpty())
        return;
    m_blockEdit->clear();
    QMetaObject::invokeMethod(m_backend, [backend = m_backend, labels] { backend->blockLabels(labels); }, Qt::QueuedConnection);
}

void ModelsView::unblockSelectedLabels()
{
    QStringList labels;
    for (const QListWidgetItem *item : m_blocked->selectedItems())
        labels << item->text();
    if (labels.isEmpty())
        return;
    QMetaObject::invokeMethod(m_backend, [backend = m_backend, labels] { backend->unblockLabels(labels); }, Qt::QueuedConnection);
}

QDoubleSpinBox *ModelsView::thresholdEditor(const QString &model) const
{
    for (int row = 0; row < m_models.size(); ++row)
        if (m_models[row].name == model)
            return qobject_cast<QDoubleSpinBox *>(m_modelTable->cellWidget(row, ThresholdColumn));
    return nullptr;
}

void ModelsView::kindSet(qint64 modelId, const QString &kind)
{
    for (ModelRecord &model : m_models) {
        if (model.id == modelId) {
            model.kind = kind;
            Q_EMIT kindSaved(model.name, kind);
        }
    }
}

void ModelsView::thresholdSet(qint64 modelId, double threshold)
{
    for (ModelRecord &model : m_models)
        if (model.id == modelId) {
            model.threshold = threshold;
            Q_EMIT thresholdSaved(model.name, threshold);
        }
}

ModelsView::~ModelsView() { delete m_backendThread; }

QString ModelsView::statusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("trained"))
        return tr("Trained");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

void ModelsView::refresh()
{
    QMetaObject::invokeMethod(m_backend, [backend = m_backend] { backend->loadModels(); }, Qt::QueuedConnection);
}

const ModelRecord *ModelsView::selectedModel() const
{
    const int row = m_modelTable->currentRow();
    return row >= 0 && row < m_models.size() ? &m_models[row] : nullptr;
}

void ModelsView::showModels(const QList<ModelRecord> &models)
{
    const QString selected = selectedModel() ? selectedModel()->name : QString();
    m_models = models;
    {
        const QSignalBlocker blocker(m_modelTable);
        m_modelTable->setRowCount(int(models.size()));
        for (int row = 0; row < models.size(); ++row) {
            const ModelRecord &model = models[row];
            setRow(m_modelTable, row, {model.name, statusText(model.status),
                                       model.currentVersion > 0 ? QString::number(model.currentVersion) : tr("none")});
            m_modelTable->item(row, 0)->setToolTip(model.description);
            auto *threshold = thresholdBox(QStringLiteral("threshold-") + model.name, m_modelTable);
            threshold->setValue(model.threshold);
            threshold->setToolTip(tr("Smart tags of %1 at or above this confidence are applied; the ones below are "
                                     "kept as candidates, so changing it needs no re-run.").arg(model.name));
            connect(threshold, &QDoubleSpinBox::valueChanged, this, [this, id = model.id](double value) {
                QMetaObject::invokeMethod(m_backend, [backend = m_backend, id, value] { backend->setModelThreshold(id, value); },
                                          Qt::QueuedConnection);
            });
            m_modelTable->setCellWidget(row, ThresholdColumn, threshold);
            // Actions are a video tag set of their own, with its own threshold (AEM's two sets).
            auto *kind = new QComboBox(m_modelTable);
            kind->setObjectName(QStringLiteral("kind-") + model.name);
            kind->addItem(tr("Objects and scenes"), QStringLiteral("object"));
            kind->addItem(tr("Actions"), QStringLiteral("action"));
            kind->setCurrentIndex(model.kind == QLatin1String("action") ? 1 : 0);
            kind->setToolTip(tr("Which of a video's two tag sets the tags of %1 belong to. Changing it re-tags the videos.")
                                 .arg(model.name));
            connect(kind, &QComboBox::currentIndexChanged, this, [this, kind, id = model.id] {
                QMetaObject::invokeMethod(m_backend, [backend = m_backend, id, value = kind->currentData().toString()] {
                    backend->setModelKind(id, value);
                }, Qt::QueuedConnection);
            });
            m_modelTable->setCellWidget(row, KindColumn, kind);
        }
    }
    if (!selectModel(selected) && !models.isEmpty())
        m_modelTable->selectRow(0);
    modelSelected();
    Q_EMIT modelsShown();
}

bool ModelsView::selectModel(const QString &name)
{
    for (int row = 0; row < m_models.size(); ++row) {
        if (m_models[row].name == name) {
            m_modelTable->selectRow(row);
            return true;
        }
    }
    return false;
}

int ModelsView::currentVersion() const
{
    const ModelRecord *model = selectedModel();
    return model ? model->currentVersion : 0;
}

void ModelsView::modelSelected()
{
    const ModelRecord *model = selectedModel();
    m_reason->setText(model && !model->error.isEmpty() ? tr("Why: %1").arg(model->error) : QString());
    m_reason->setVisible(!m_reason->text().isEmpty());
    if (!model)
        return;
    QMetaObject::invokeMethod(m_backend, [backend = m_backend, id = model->id] { backend->loadVersions(id); }, Qt::QueuedConnection);
}

void ModelsView::showVersions(qint64 modelId, const QList<ModelVersionRecord> &versions)
{
    const ModelRecord *model = selectedModel();
    if (!model || model->id != modelId)
        return;   // the user moved on
    m_versionsOf = modelId;
    m_versions = versions;
    {
        const QSignalBlocker blocker(m_versionTable);
        m_versionTable->setRowCount(int(versions.size()));
        for (int row = 0; row < versions.size(); ++row) {
            const ModelVersionRecord &version = versions[row];
            setRow(m_versionTable, row, {QString::number(version.version),
                                         QLocale().toString(QDateTime::fromSecsSinceEpoch(version.createdAt), QLocale::ShortFormat),
                                         statusText(version.status), QString::number(version.seconds, 'f', 2),
                                         version.version == model->currentVersion ? tr("current") : QString()});
        }
    }
    if (!selectVersion(model->currentVersion) && !versions.isEmpty())
        m_versionTable->selectRow(int(versions.size()) - 1);
    versionSelected();
    Q_EMIT versionsShown();
}

bool ModelsView::selectVersion(int version)
{
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions[row].version == version) {
            m_versionTable->selectRow(row);
            return true;
        }
    }
    return false;
}

void ModelsView::versionSelected()
{
    const ModelRecord *model = selectedModel();
    const int row = m_versionTable->currentRow();
    if (!model || row < 0 || row >= m_versions.size()) {
        m_report->setReport({});
        m_restore->setEnabled(false);
        m_export->setEnabled(false);
        return;
    }
    const ModelVersionRecord &version = m_versions[row];
    m_report->setReport(versionReportJson(model->name, version.version, version.status, version.seconds, version.report));
    m_restore->setEnabled(version.status == QLatin1String("trained") && version.version != model->currentVersion);
    m_restore->setToolTip(version.status == QLatin1String("trained") ? QString() : tr("A failed training cannot be restored."));
    m_export->setEnabled(true);
}

void ModelsView::restoreSelectedVersion()
{
    const ModelRecord *model = selectedModel();
    const int row = m_versionTable->currentRow();
    if (!model || row < 0 || row >= m_versions.size())
        return;
    m_restore->setEnabled(false);
    QMetaObject::invokeMethod(m_backend, [backend = m_backend, id = model->id, version = m_versions[row].version] {
        backend->restore(id, version);
    }, Qt::QueuedConnection);
}

void ModelsView::restored(qint64, int version)
{
    refresh();
    Q_EMIT restoreFinished(version);
}

QString ModelsView::exportCsv(const QString &file) const
{
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(trainingReportCsv(m_report->report()).toUtf8()) < 0)
        return tr("Cannot write %1: %2").arg(file, out.errorString());
    return {};
}

void ModelsView::chooseCsvFile()
{
    const ModelRecord *model = selectedModel();
    const QString suggested = model ? tr("%1-report.csv").arg(model->name) : QString();
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Training Report"), suggested, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    if (const QString error = exportCsv(file); !error.isEmpty())
        QMessageBox::warning(this, tr("Export Training Report"), error);
}

// Shown in place rather than in a message box: it comes from the background, unasked.
void ModelsView::showError(const QString &message)
{
    m_reason->setText(message);
    m_reason->setVisible(true);
}

} // namespace tagsmith
