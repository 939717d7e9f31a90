#include "modelsview.h"

#include "modelsbackend.h"
#include "tagging/foldertraining.h"
#include "tagging/reportcsv.h"
#include "trainingreportview.h"
#include "ui/workerthread.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tagsmith {
namespace {

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

void setRow(QTableWidget *view, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        view->setItem(row, column, new QTableWidgetItem(cells[column]));
}

} // namespace

ModelsView::ModelsView(const QString &catalogPath, QWidget *parent)
    : QDialog(parent), m_backend(new ModelsBackend(catalogPath)),
      m_backendThread(new WorkerThread(m_backend, QStringLiteral("models"), this)),
      m_modelTable(table(QStringLiteral("modelTable"), {tr("Model"), tr("Status"), tr("Version"), tr("Threshold")}, 0, this)),
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
    layout->addWidget(buttons);
    resize(960, 600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_modelTable, &QTableWidget::itemSelectionChanged, this, &ModelsView::modelSelected);
    connect(m_versionTable, &QTableWidget::itemSelectionChanged, this, &ModelsView::versionSelected);
    connect(m_restore, &QPushButton::clicked, this, &ModelsView::restoreSelectedVersion);
    connect(m_export, &QPushButton::clicked, this, &ModelsView::chooseCsvFile);
    connect(m_backend, &ModelsBackend::modelsLoaded, this, &ModelsView::showModels);
    connect(m_backend, &ModelsBackend::versionsLoaded, this, &ModelsView::showVersions);
    connect(m_backend, &ModelsBackend::restored, this, &ModelsView::restored);
    connect(m_backend, &ModelsBackend::failed, this, &ModelsView::showError);
    m_restore->setEnabled(false);
    m_export->setEnabled(false);
    refresh();
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
                                       model.currentVersion > 0 ? QString::number(model.currentVersion) : tr("none"),
                                       QString::number(model.threshold, 'f', 2)});
            m_modelTable->item(row, 0)->setToolTip(model.description);
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
