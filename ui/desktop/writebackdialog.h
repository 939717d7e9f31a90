#pragma once

#include "catalog/catalog.h"
#include "metadata/catalogio/metadatawriteback.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace tagsmith {

// What writing one asset back did.
struct WriteBackOutcome {
    QString path;
    QString written;     // the file that holds the tags now; empty when there was nothing to write
    QString error;       // empty when it worked
};

// Edit > Write Metadata to Files: the catalog's tags of the selected assets into XMP sidecars or
// the files themselves (as `tagsmith-cli metadata write [--embedded] [--include-smart]`, through
// the same MetadataWriteBack), on a worker thread with progress and Cancel; the files that could
// not be written are listed with the reason, the others are written.
class WriteBackDialog : public QDialog {
    Q_OBJECT
public:
    WriteBackDialog(CatalogPtr catalog, QStringList assetPaths, QWidget *parent = nullptr);
    ~WriteBackDialog() override;

    void setEmbedded(bool embedded);
    void setIncludeSmart(bool include);
    void start();
    void cancel();

    QPushButton *writeButton() const { return m_write; }
    QListWidget *problems() const { return m_problems; }
    QString summary() const;
    const QList<WriteBackOutcome> &outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void finished(int written, int failed, bool cancelled);

private:
    void collect(int first, int last);
    void done();

    CatalogPtr m_catalog;
    QStringList m_paths;
    QRadioButton *m_sidecar = nullptr;
    QRadioButton *m_embedded = nullptr;
    QCheckBox *m_includeSmart = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QList<WriteBackOutcome> m_outcomes;
    QFutureWatcher<WriteBackOutcome> m_watcher;
    QThreadPool m_tasks;        // declared last: destroying it waits for the running task
};

} // namespace tagsmith
