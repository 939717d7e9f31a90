#include "fileactions.h"

#include "csvexportdialog.h"
#include "csvimportdialog.h"
#include "writebackdialog.h"

#include <QAction>
#include <QWidget>

namespace tagsmith {

FileActions::FileActions(QWidget *window, std::function<QStringList()> selection, std::function<QString()> folder)
    : QObject(window), m_window(window), m_selection(std::move(selection)), m_folder(std::move(folder))
{
    m_importCsv = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import &CSV…"), this);
    m_importCsv->setObjectName(QStringLiteral("importCsvAction"));
    connect(m_importCsv, &QAction::triggered, this, &FileActions::openImportDialog);
    m_exportCsv = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportCsv->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    connect(m_exportCsv, &QAction::triggered, this, &FileActions::openExportDialog);
    m_writeMetadata = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Write Metadata to Files…"), this);
    m_writeMetadata->setObjectName(QStringLiteral("writeMetadataAction"));
    // Lightroom's key for Save Metadata to File; Tagsmith has no other Save.
    m_writeMetadata->setShortcut(QKeySequence::Save);
    connect(m_writeMetadata, &QAction::triggered, this, &FileActions::openWriteBackDialog);
}

void FileActions::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
}

CsvImportDialog *FileActions::openImportDialog()
{
    if (!m_catalog)
        return nullptr;
    auto *dialog = new CsvImportDialog(m_catalog, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::importFinished, this, [this](bool ok) {
        if (ok)
            Q_EMIT catalogEdited();
    });
    dialog->show();
    return dialog;
}

CsvExportDialog *FileActions::openExportDialog()
{
    if (!m_catalog)
        return nullptr;
    auto *dialog = new CsvExportDialog(m_catalog, m_selection(), m_folder(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

WriteBackDialog *FileActions::openWriteBackDialog()
{
    if (!m_catalog)
        return nullptr;
    auto *dialog = new WriteBackDialog(m_catalog, m_selection(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace tagsmith
