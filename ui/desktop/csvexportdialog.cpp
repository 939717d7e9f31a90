#include "csvexportdialog.h"

#include "csvtransfer.h"
#include "dialogparts.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tagsmith {
namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

CsvExportDialog::CsvExportDialog(CatalogPtr catalog, QStringList selected, QString folder, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_selected(std::move(selected)), m_folder(std::move(folder))
{
    setWindowTitle(tr("Export CSV"));
    setObjectName(QStringLiteral("csvExportDialog"));
    m_tasks.setMaxThreadCount(1);

    auto *scopeBox = new QGroupBox(tr("Assets"));
    m_selection = new QRadioButton(tr("&Selected assets (%n)", nullptr, int(m_selected.size())));
    m_folderScope = new QRadioButton(m_folder.isEmpty() ? tr("Current &folder (none chosen)")
                                                        : tr("Current &folder: %1").arg(QDir::toNativeSeparators(m_folder)));
    m_catalogScope = new QRadioButton(tr("&Whole catalog"));
    m_selection->setAccessibleName(tr("Export the selected assets"));
    m_folderScope->setAccessibleName(tr("Export the current folder"));
    m_catalogScope->setAccessibleName(tr("Export the whole catalog"));
    m_selection->setEnabled(!m_selected.isEmpty());
    m_folderScope->setEnabled(!m_folder.isEmpty());
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : {m_selection, m_folderScope, m_catalogScope})
        group->addButton(button);
    (!m_selected.isEmpty() ? m_selection : !m_folder.isEmpty() ? m_folderScope : m_catalogScope)->setChecked(true);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_selection);
    scopeLayout->addWidget(m_folderScope);
    scopeLayout->addWidget(m_catalogScope);

    m_includeSmart = new QCheckBox(tr("Include s&mart tags (at or above their model's threshold)"));
    m_includeSmart->setAccessibleName(tr("Include smart tags"));
    m_includeSmart->setToolTip(tr("As tagsmith-cli csv export --include-smart. Importing the file back makes them manual tags."));

    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("csvExportPreview"));
    m_table->setAccessibleName(tr("First rows of the CSV file"));
    m_table->setHorizontalHeaderLabels({tr("path"), tr("title"), tr("description"), tr("tags")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("csvExportCount"));
    m_count->setAccessibleName(tr("Rows to export"));

    auto *fileLabel = new QLabel(tr("Save &as:"));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("csvExportFile"));
    m_file->setAccessibleName(tr("CSV file to write"));
    fileLabel->setBuddy(m_file);
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose where to save the CSV file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_summary = summaryLabel(QStringLiteral("csvExportSummary"), tr("Export summary"));

    m_export = new QPushButton(tr("&Export"));
    m_export->setObjectName(QStringLiteral("csvExportButton"));
    m_export->setAccessibleName(tr("Write the CSV file"));
    m_close = new QPushButton(tr("&Close"));
    m_close->setAccessibleName(tr("Close"));
    QHBoxLayout *buttons = dialogButtonRow({m_export, m_close});
    for (QPushButton *button : {m_browse, m_export, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addWidget(m_includeSmart);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    setTabOrder(m_selection, m_folderScope);
    setTabOrder(m_folderScope, m_catalogScope);
    setTabOrder(m_catalogScope, m_includeSmart);
    setTabOrder(m_includeSmart, m_table);
    setTabOrder(m_table, m_file);
    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_export);
    setTabOrder(m_export, m_close);
    resize(860, 520);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            preview();
    });
    connect(m_includeSmart, &QCheckBox::toggled, this, &CsvExportDialog::preview);
    connect(m_browse, &QPushButton::clicked, this, &CsvExportDialog::browse);
    connect(m_file, &QLineEdit::returnPressed, this, &CsvExportDialog::startExport);
    connect(m_export, &QPushButton::clicked, this, &CsvExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    preview();
}

CsvExportDialog::~CsvExportDialog()
{
    m_tasks.waitForDone();
}

QRadioButton *CsvExportDialog::scopeButton(Scope scope) const
{
    switch (scope) {
    case Scope::Selection:
        return m_selection;
    case Scope::Folder:
        return m_folderScope;
    case Scope::Catalog:
        return m_catalogScope;
    }
    return m_catalogScope;
}

void CsvExportDialog::setScope(Scope scope)
{
    scopeButton(scope)->setChecked(true);
}

CsvExportDialog::Scope CsvExportDialog::scope() const
{
    return m_selection->isChecked() ? Scope::Selection : m_folderScope->isChecked() ? Scope::Folder : Scope::Catalog;
}

void CsvExportDialog::setIncludeSmart(bool include)
{
    m_includeSmart->setChecked(include);
}

void CsvExportDialog::setFile(const QString &file)
{
    m_file->setText(file);
}

QString CsvExportDialog::summary() const
{
    return m_summary->text();
}

QStringList CsvExportDialog::scopePaths() const
{
    switch (scope()) {
    case Scope::Selection:
        return m_selected;
    case Scope::Folder:
        return {m_folder};
    case Scope::Catalog:
        break;
    }
    return {};   // the CLI's "no PATH": every asset
}

void CsvExportDialog::preview()
{
    m_previewRows = -1;
    m_count->setText(tr("Counting rows…"));
    const int request = ++m_request;
    auto *watcher = new QFutureWatcher<Result<QList<MetadataRow>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request)
            return;   // the scope or the option changed meanwhile
        const Result<QList<MetadataRow>> rows = watcher->result();
        if (!rows) {
            m_table->setRowCount(0);
            m_count->setText(tr("Cannot list the rows: %1").arg(rows.error()));
            Q_EMIT previewShown(false, 0);
            return;
        }
        const int shown = int(std::min<qsizetype>(rows->size(), ShownRows));
        m_table->setRowCount(shown);
        for (int i = 0; i < shown; ++i) {
            const MetadataRow &row = rows->at(i);
            m_table->setItem(i, 0, cell(row.path));
            m_table->setItem(i, 1, cell(row.title));
            m_table->setItem(i, 2, cell(row.description));
            m_table->setItem(i, 3, cell(row.tags.join(QLatin1Char('|'))));
        }
        m_previewRows = int(rows->size());
        m_count->setText(shown < m_previewRows ? tr("%n row(s) will be written; the first %1 are shown.", nullptr, m_previewRows).arg(shown)
                                               : tr("%n row(s) will be written.", nullptr, m_previewRows));
        Q_EMIT previewShown(true, m_previewRows);
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, &CsvTransfer::exportPreview, m_catalog, scopePaths(), m_includeSmart->isChecked()));
}

void CsvExportDialog::browse()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Export CSV"), m_file->text(), tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".csv");
    m_file->setText(file);
    m_export->setFocus();
}

void CsvExportDialog::startExport()
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        m_summary->setText(tr("Choose where to save the file first (Browse…)."));
        m_file->setFocus();
        return;
    }
    m_export->setEnabled(false);
    m_summary->setText(tr("Writing %1…").arg(QFileInfo(file).fileName()));
    auto *watcher = new QFutureWatcher<Result<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, file] {
        watcher->deleteLater();
        m_export->setEnabled(true);
        const Result<int> rows = watcher->result();
        if (!rows) {
            m_summary->setText(tr("Nothing was written: %1").arg(rows.error()));
            Q_EMIT exported(false, 0);
            return;
        }
        m_summary->setText(tr("Exported %n asset(s) to %1.", nullptr, rows.value()).arg(QDir::toNativeSeparators(file)));
        Q_EMIT exported(true, rows.value());
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, &CsvTransfer::exportTo, m_catalog, file, scopePaths(), m_includeSmart->isChecked()));
}

} // namespace tagsmith
