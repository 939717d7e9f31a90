#pragma once

#include "catalog/catalog.h"
#include "metadata/catalogio/csvcatalogtransfer.h"

#include <QDialog>
#include <QThreadPool>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tagsmith {

// File > Import CSV: the file is read and checked on a worker thread without writing (the same
// dry run the import itself starts with), each row listed with what it would do or why it is
// rejected; Import applies the valid rows. A file that is no metadata CSV writes nothing.
class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit CsvImportDialog(CatalogPtr catalog, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    // Shows `file` and starts its preview.
    void setFile(const QString &file);

    QLineEdit *fileEdit() const { return m_file; }
    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QString summary() const;

    enum Column { RowColumn, PathColumn, TitleColumn, DescriptionColumn, TagsColumn, StatusColumn };

Q_SIGNALS:
    void previewShown(bool ok);
    // The catalog changed (some rows applied), or the import failed as a whole (`ok` false).
    void importFinished(bool ok, const CsvImportReport &report);

private:
    void browse();
    void preview();
    void showPlan(const Result<CsvImportPlan> &plan);
    void startImport();
    void showReport(const Result<CsvImportReport> &report);
    void setStatus(int row, const QString &status, bool rejected);

    CatalogPtr m_catalog;
    QLineEdit *m_file = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
    QString m_previewed;        // the file the table shows
    int m_request = 0;          // a newer preview outdates an older one still running
    QThreadPool m_tasks;        // declared last: destroying it waits for the running task
};

} // namespace tagsmith
