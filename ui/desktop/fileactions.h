#pragma once

#include "catalog/catalog.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace tagsmith {

class CsvExportDialog;
class CsvImportDialog;
class WriteBackDialog;

// The menu actions that move metadata between the catalog and files: File > Import CSV…,
// File > Export CSV…, Edit > Write Metadata to Files…. Each opens its dialog over the window's
// catalog; the dialogs run their work on their own threads.
class FileActions : public QObject {
    Q_OBJECT
public:
    // `selection`: paths of the selected assets; `folder`: the folder the grid shows (empty: all).
    FileActions(QWidget *window, std::function<QStringList()> selection, std::function<QString()> folder);

    void setCatalog(CatalogPtr catalog);

    QAction *importCsv() const { return m_importCsv; }
    QAction *exportCsv() const { return m_exportCsv; }
    QAction *writeMetadata() const { return m_writeMetadata; }

    // Null until the catalog is open (then the actions do nothing either).
    CsvImportDialog *openImportDialog();
    CsvExportDialog *openExportDialog();
    WriteBackDialog *openWriteBackDialog();

Q_SIGNALS:
    // A CSV import applied rows: what the window shows of the assets may have changed.
    void catalogEdited();

private:
    QWidget *m_window;
    std::function<QStringList()> m_selection;
    std::function<QString()> m_folder;
    CatalogPtr m_catalog;
    QAction *m_importCsv = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_writeMetadata = nullptr;
};

} // namespace tagsmith
