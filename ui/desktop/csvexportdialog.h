#pragma once

#include "catalog/catalog.h"

#include <QDialog>
#include <QThreadPool>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace tagsmith {

// File > Export CSV: which assets (the selection, the current folder or the whole catalog) and
// whether smart tags go with them — the options of `tagsmith-cli csv export` — with the first
// rows and the row count previewed on a worker thread before the file is written there too.
class CsvExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Scope { Selection, Folder, Catalog };

    // `selected`: paths of the selected assets; `folder`: the folder the grid shows (empty: none).
    CsvExportDialog(CatalogPtr catalog, QStringList selected, QString folder, QWidget *parent = nullptr);
    ~CsvExportDialog() override;

    void setScope(Scope scope);
    Scope scope() const;
    void setIncludeSmart(bool include);
    void setFile(const QString &file);

    QLineEdit *fileEdit() const { return m_file; }
    QTableWidget *table() const { return m_table; }
    QPushButton *exportButton() const { return m_export; }
    QRadioButton *scopeButton(Scope scope) const;
    QCheckBox *includeSmartBox() const { return m_includeSmart; }
    int previewRows() const { return m_previewRows; }   // -1 until a preview arrived
    QString summary() const;

    static constexpr int ShownRows = 50;   // the preview lists the first rows; the count is of all

Q_SIGNALS:
    void previewShown(bool ok, int rows);
    void exported(bool ok, int rows);

private:
    void preview();
    void browse();
    void startExport();
    QStringList scopePaths() const;

    CatalogPtr m_catalog;
    QStringList m_selected;
    QString m_folder;
    QRadioButton *m_selection = nullptr;
    QRadioButton *m_folderScope = nullptr;
    QRadioButton *m_catalogScope = nullptr;
    QCheckBox *m_includeSmart = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_summary = nullptr;
    int m_previewRows = -1;
    int m_request = 0;
    QThreadPool m_tasks;        // declared last: destroying it waits for the running task
};

} // namespace tagsmith
