#include "trainingreportview.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tagsmith {
namespace {

enum Column { TagColumn, ExamplesColumn, PrecisionColumn, RecallColumn, StatusColumn, ColumnCount };

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

TrainingReportView::TrainingReportView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)), m_errors(new QListWidget(this))
{
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setHorizontalHeaderLabels({tr("Tag"), tr("Examples"), tr("Precision"), tr("Recall"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(TagColumn, QHeaderView::Stretch);
    for (int column : {ExamplesColumn, PrecisionColumn, RecallColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Wide enough for the longest status, whichever the current report holds.
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(StatusColumn, fontMetrics().horizontalAdvance(statusText(QStringLiteral("needs-more-examples"))) + 24);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_errors->setObjectName(QStringLiteral("reportErrors"));
    m_errors->setMaximumHeight(90);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_errors);
    setReport({});
}

QString TrainingReportView::statusText(const QString &status)
{
    if (status == QLatin1String("trained"))
        return tr("Trained");
    if (status == QLatin1String("needs-more-examples"))
        return tr("Needs more examples");
    return status;
}

void TrainingReportView::setReport(const QJsonObject &report)
{
    m_report = report;
    const QString status = report.value(QStringLiteral("status")).toString();
    if (report.isEmpty())
        m_summary->clear();
    else if (status == QLatin1String("trained"))
        m_summary->setText(tr("Version %1 of \"%2\" trained in %3 s.")
                               .arg(report.value(QStringLiteral("version")).toInt())
                               .arg(report.value(QStringLiteral("model")).toString())
                               .arg(report.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 2));
    else
        m_summary->setText(tr("Version %1 of \"%2\" failed to train.")
                               .arg(report.value(QStringLiteral("version")).toInt())
                               .arg(report.value(QStringLiteral("model")).toString()));

    const QJsonArray tags = report.value(QStringLiteral("tags")).toArray();
    m_table->setRowCount(int(tags.size()));
    for (int row = 0; row < tags.size(); ++row) {
        const QJsonObject tag = tags[row].toObject();
        const QString tagStatus = tag.value(QStringLiteral("status")).toString();
        m_table->setItem(row, TagColumn, new QTableWidgetItem(tag.value(QStringLiteral("tag")).toString()));
        m_table->setItem(row, ExamplesColumn, numberItem(QString::number(tag.value(QStringLiteral("examples")).toInt())));
        m_table->setItem(row, PrecisionColumn, numberItem(QString::number(tag.value(QStringLiteral("precision")).toDouble(), 'f', 2)));
        m_table->setItem(row, RecallColumn, numberItem(QString::number(tag.value(QStringLiteral("recall")).toDouble(), 'f', 2)));
        auto *statusItem = new QTableWidgetItem(statusText(tagStatus));
        statusItem->setData(Qt::UserRole, tagStatus);
        // AEM's colours: green trained, yellow needs more examples; dark text stays readable on both.
        statusItem->setBackground(tagStatus == QLatin1String("trained") ? QColor(0xc8, 0xe6, 0xc9) : QColor(0xff, 0xec, 0x99));
        statusItem->setForeground(QColor(Qt::black));
        m_table->setItem(row, StatusColumn, statusItem);
    }
    m_errors->clear();
    for (const QJsonValue &error : report.value(QStringLiteral("errors")).toArray())
        m_errors->addItem(error.toString());
    m_errors->setVisible(m_errors->count() > 0);
}

} // namespace tagsmith
