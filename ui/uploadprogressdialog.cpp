#include "uploadprogressdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tagsmith {

UploadProgressDialog::UploadProgressDialog(const QString &title, QWidget *parent)
    : QDialog(parent), m_heading(new QLabel), m_step(new QLabel), m_bar(new QProgressBar), m_counts(new QLabel), m_errors(new QListWidget),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("uploadProgressDialog"));
    setWindowTitle(title);
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_heading->setWordWrap(true);
    m_step->setText(tr("Preparing…"));
    m_step->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("uploadCounts"));
    m_errors->setObjectName(QStringLiteral("uploadErrors"));
    m_errors->setVisible(false);
    m_errors->setMinimumHeight(100);
    m_errors->setWordWrap(true);
    m_bar->setRange(0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_finished) {
            accept();
            return;
        }
        m_step->setText(tr("Cancelling…"));
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        Q_EMIT cancelRequested();
    });
    resize(460, 200);
}

void UploadProgressDialog::setCopyProgress(int done, int total, const QString &name, int failed)
{
    m_step->setText(tr("Copying %1 (%2 of %3)").arg(name).arg(done).arg(total));
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(done);
    m_counts->setText(tr("Copied: %1 · Failed: %2").arg(done - failed).arg(failed));
}

void UploadProgressDialog::setImportProgress(int done, int total, const QString &name, int failed)
{
    if (!name.isEmpty())
        m_step->setText(tr("Importing %1 (%2 of %3)").arg(name).arg(done).arg(total));
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(done);
    m_counts->setText(tr("Imported: %1 · Failed: %2").arg(done - failed).arg(failed));
}

void UploadProgressDialog::setFinished(const UploadSummary &summary)
{
    m_finished = true;
    const ImportReport &report = summary.import;
    const int copyFailed = int(summary.copy.errors.size());
    m_step->setText(summary.cancelled ? tr("Cancelled; the copies that were not imported have been removed.")
                                      : tr("Done."));
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    const int succeeded = report.added + report.updated + report.unchanged;
    m_counts->setText(tr("Imported: %1 · Failed: %2").arg(succeeded).arg(report.failed + copyFailed));
    for (const QList<ImportError> *errors : {&summary.copy.errors, &report.errors}) {
        for (const ImportError &error : *errors) {
            auto *item = new QListWidgetItem(tr("%1: %2").arg(QFileInfo(error.path).fileName(), error.reason), m_errors);
            item->setToolTip(error.path);
        }
    }
    m_errors->setVisible(m_errors->count() > 0);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    if (m_errors->count() > 0)
        resize(width(), 320);
}

QString UploadProgressDialog::summaryText() const { return m_counts->text(); }

} // namespace tagsmith
