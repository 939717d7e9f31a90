#pragma once

#include "uploadjob.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;

namespace tagsmith {

// Progress of one drop (copy, then import) or folder import, with per-file counts,
// the reasons of failures, and Cancel.
class UploadProgressDialog : public QDialog {
    Q_OBJECT
public:
    UploadProgressDialog(const QString &title, QWidget *parent = nullptr);

    void setCopyProgress(int done, int total, const QString &name, int failed);
    void setImportProgress(int done, int total, const QString &name, int failed);
    void setFinished(const UploadSummary &summary);

    QString summaryText() const;
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_heading;
    QLabel *m_step;
    QProgressBar *m_bar;
    QLabel *m_counts;
    QListWidget *m_errors;
    QDialogButtonBox *m_buttons;
    bool m_finished = false;
};

} // namespace tagsmith
