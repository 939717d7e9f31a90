#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace tagsmith {

// A training report as AEM shows it: one row per tag with examples, cross-validated precision
// and recall, and the status in colour (green trained, yellow needs more examples); errors below.
class TrainingReportView : public QWidget {
    Q_OBJECT
public:
    explicit TrainingReportView(QWidget *parent = nullptr);

    void setReport(const QJsonObject &report);   // the contract's report JSON; empty clears
    QJsonObject report() const { return m_report; }

    static QString statusText(const QString &status);

private:
    QJsonObject m_report;
    QLabel *m_summary;
    QTableWidget *m_table;
    QListWidget *m_errors;
};

} // namespace tagsmith
