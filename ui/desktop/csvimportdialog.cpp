#include "csvimportdialog.h"

#include "csvtransfer.h"
#include "dialogparts.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tagsmith {
namespace {

// Paths lose their middle (the file name stays); a reason wraps, since all of it matters.
class ElideByColumn : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = index.column() == CsvImportDialog::PathColumn ? Qt::ElideMiddle : Qt::ElideRight;
        if (index.column() == CsvImportDialog::StatusColumn)
            option->features |= QStyleOptionViewItem::WrapText;
        else
            option->features &= ~QStyleOptionViewItem::WrapText;
    }
};

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

CsvImportDialog::CsvImportDialog(CatalogPtr catalog, QWidget *parent) : QDialog(parent), m_catalog(std::move(catalog))
{
    setWindowTitle(tr("Import CSV"));
    setObjectName(QStringLiteral("csvImportDialog"));
    m_tasks.setMaxThreadCount(1);

    auto *fileLabel = new QLabel(tr("CSV &file:"));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("csvImportFile"));
    m_file->setAccessibleName(tr("CSV file to import"));
    m_file->setPlaceholderText(tr("path,title,description,tags — as File > Export CSV writes it"));
    fileLabel->setBuddy(m_file);
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the CSV file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("csvImportPreview"));
    m_table->setAccessibleName(tr("Rows of the CSV file and what importing them does"));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Path"), tr("Title"), tr("Description"), tr("Tags"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);   // the delegate wraps the status column only
    // The reason is what the user reads: the status column takes the room, long paths lose their middle.
    m_table->setItemDelegate(new ElideByColumn(m_table));
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setColumnWidth(PathColumn, 280);
    m_table->setColumnWidth(TitleColumn, 100);
    m_table->setColumnWidth(DescriptionColumn, 100);
    m_table->setColumnWidth(TagsColumn, 140);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);   // Tab leaves the table, so the buttons stay reachable

    m_summary = summaryLabel(QStringLiteral("csvImportSummary"), tr("Import summary"),
                             tr("Choose a CSV file to see what it would change."));

    m_import = new QPushButton(tr("&Import"));
    m_import->setObjectName(QStringLiteral("csvImportButton"));
    m_import->setAccessibleName(tr("Import the valid rows"));
    m_import->setEnabled(false);
    m_close = new QPushButton(tr("&Close"));
    m_close->setAccessibleName(tr("Close"));
    QHBoxLayout *buttons = dialogButtonRow({m_import, m_close});
    // Enter in the file field previews; it must not also press a button.
    for (QPushButton *button : {m_browse, m_import, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_table);
    setTabOrder(m_table, m_import);
    setTabOrder(m_import, m_close);
    resize(1040, 460);

    connect(m_browse, &QPushButton::clicked, this, &CsvImportDialog::browse);
    connect(m_file, &QLineEdit::returnPressed, this, &CsvImportDialog::preview);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text() != m_previewed)
            preview();
    });
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

CsvImportDialog::~CsvImportDialog()
{
    m_tasks.waitForDone();
}

void CsvImportDialog::setFile(const QString &file)
{
    m_file->setText(file);
    preview();
}

QString CsvImportDialog::summary() const
{
    return m_summary->text();
}

void CsvImportDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import CSV"), QFileInfo(m_file->text()).absolutePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        setFile(file);
}

void CsvImportDialog::preview()
{
    const QString file = m_file->text().trimmed();
    m_previewed = m_file->text();
    m_import->setEnabled(false);
    m_table->setRowCount(0);
    if (file.isEmpty()) {
        m_summary->setText(tr("Choose a CSV file to see what it would change."));
        return;
    }
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(file).fileName()));
    const int request = ++m_request;
    auto *watcher = new QFutureWatcher<Result<CsvImportPlan>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request == m_request)
            showPlan(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, &CsvTransfer::importPreview, m_catalog, file));
}

void CsvImportDialog::showPlan(const Result<CsvImportPlan> &plan)
{
    if (!plan) {
        m_summary->setText(tr("This file cannot be imported: %1. Nothing will be written.").arg(plan.error()));
        Q_EMIT previewShown(false);
        return;
    }
    // One line per data row, in file order: the valid ones and the rejected ones with their reason.
    struct Line {
        int row;
        int line;
        QStringList cells;
        QString status;
        bool rejected;
    };
    QList<Line> lines;
    for (const CsvPlannedRow &row : plan->valid)
        lines << Line{row.row, row.line, {row.metadata.path, row.metadata.title, row.metadata.description, row.metadata.tags.join(QStringLiteral(" | "))},
                      tr("will apply"), false};
    for (const CsvRowError &error : plan->unknown)
        lines << Line{error.row, error.line, {error.path, {}, {}, {}}, tr("unknown asset: not in the catalog"), true};
    for (const CsvRowError &error : plan->malformed)
        lines << Line{error.row, error.line, {error.path, {}, {}, {}},
                      // The line only when a quoted line break makes it differ from the row.
                      (error.line == error.row ? tr("malformed row %1: %2").arg(error.row)
                                               : tr("malformed row %1 (line %2): %3").arg(error.row).arg(error.line))
                          .arg(error.message),
                      true};
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.row < b.row; });

    m_table->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        m_table->setItem(i, RowColumn, cell(QString::number(line.row)));
        for (int c = 0; c < line.cells.size(); ++c)
            m_table->setItem(i, PathColumn + c, cell(line.cells.at(c)));
        setStatus(i, line.status, line.rejected);
    }
    m_table->resizeColumnToContents(RowColumn);
    m_table->resizeRowsToContents();
    const int rejected = int(plan->malformed.size() + plan->unknown.size());
    m_summary->setText(tr("%1: %n row(s) will be applied", nullptr, int(plan->valid.size())).arg(QFileInfo(m_previewed).fileName())
                       + tr(", %n rejected (listed with their row and line).", nullptr, rejected)
                       + (plan->valid.isEmpty() ? tr(" Nothing to import.") : QString()));
    m_import->setEnabled(!plan->valid.isEmpty());
    Q_EMIT previewShown(true);
}

void CsvImportDialog::setStatus(int row, const QString &status, bool rejected)
{
    QTableWidgetItem *item = cell(status);
    if (rejected)
        item->setForeground(palette().color(QPalette::Active, QPalette::Text).lightness() > 128 ? QColor(255, 140, 120) : QColor(170, 30, 20));
    item->setData(Qt::UserRole, rejected);
    m_table->setItem(row, StatusColumn, item);
}

void CsvImportDialog::startImport()
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty())
        return;
    m_import->setEnabled(false);
    m_browse->setEnabled(false);
    m_file->setEnabled(false);
    m_summary->setText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    auto *watcher = new QFutureWatcher<Result<CsvImportReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        showReport(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, &CsvTransfer::importFrom, m_catalog, file));
}

void CsvImportDialog::showReport(const Result<CsvImportReport> &report)
{
    m_browse->setEnabled(true);
    m_file->setEnabled(true);
    m_close->setFocus();
    if (!report) {
        m_summary->setText(tr("Nothing was imported: %1").arg(report.error()));
        Q_EMIT importFinished(false, {});
        return;
    }
    QSet<int> rejectedRows;
    for (const CsvRowError &error : report->errors)
        rejectedRows.insert(error.row);
    for (int i = 0; i < m_table->rowCount(); ++i)
        if (!rejectedRows.contains(m_table->item(i, RowColumn)->text().toInt()))
            setStatus(i, tr("applied"), false);
    m_summary->setText(tr("%1 of %2 rows applied (%3 changed), %4 rejected.")
                           .arg(report->applied).arg(report->rows).arg(report->changed).arg(report->errors.size()));
    Q_EMIT importFinished(true, report.value());
}

} // namespace tagsmith
