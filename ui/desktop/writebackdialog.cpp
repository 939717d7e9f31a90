#include "writebackdialog.h"

#include "dialogparts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tagsmith {
namespace {

// On the pool thread, with its own connection: one result per file, so a cancel keeps what was written.
void writeAll(QPromise<WriteBackOutcome> &promise, const CatalogPtr &catalog, const QStringList &paths, WriteBackOptions options)
{
    promise.setProgressRange(0, int(paths.size()));
    const QSqlDatabase db = catalog->connection();
    for (int i = 0; i < paths.size(); ++i) {
        if (promise.isCanceled())
            return;
        const auto file = MetadataWriteBack::write(db, paths.at(i), options);
        promise.addResult(WriteBackOutcome{paths.at(i), file ? file->written : QString(), file ? QString() : file.error()});
        promise.setProgressValue(i + 1);
    }
}

} // namespace

WriteBackDialog::WriteBackDialog(CatalogPtr catalog, QStringList assetPaths, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_paths(std::move(assetPaths))
{
    setWindowTitle(tr("Write Metadata to Files"));
    setObjectName(QStringLiteral("writeBackDialog"));
    m_tasks.setMaxThreadCount(1);

    auto *intro = new QLabel(tr("Writes the catalog's tags of %n selected asset(s) where Lightroom, Bridge and digiKam read them.",
                                nullptr, int(m_paths.size())));
    intro->setWordWrap(true);
    auto *where = new QGroupBox(tr("Where"));
    m_sidecar = new QRadioButton(tr("XMP &sidecar next to each file (photo.jpg.xmp); the files stay as they are"));
    m_embedded = new QRadioButton(tr("&Embedded in the files themselves (rewrites them)"));
    m_sidecar->setAccessibleName(tr("Write XMP sidecars"));
    m_embedded->setAccessibleName(tr("Write into the files"));
    m_sidecar->setChecked(true);
    auto *whereLayout = new QVBoxLayout(where);
    whereLayout->addWidget(m_sidecar);
    whereLayout->addWidget(m_embedded);
    m_includeSmart = new QCheckBox(tr("Include s&mart tags (at or above their model's threshold)"));
    m_includeSmart->setAccessibleName(tr("Include smart tags"));

    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Files written"));
    m_progress->setRange(0, int(m_paths.size()));
    m_progress->setValue(0);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("writeBackSummary"));
    m_summary->setAccessibleName(tr("Write-back summary"));
    m_summary->setWordWrap(true);
    m_problems = new QListWidget;
    m_problems->setObjectName(QStringLiteral("writeBackProblems"));
    m_problems->setAccessibleName(tr("Files that could not be written"));

    m_write = new QPushButton(tr("&Write"));
    m_write->setAccessibleName(tr("Write the metadata"));
    m_write->setEnabled(!m_paths.isEmpty());
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel writing"));
    m_cancel->setEnabled(false);
    m_close = new QPushButton(tr("&Close"));
    m_close->setAccessibleName(tr("Close"));
    QHBoxLayout *buttons = dialogButtonRow({m_write, m_cancel, m_close});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(where);
    layout->addWidget(m_includeSmart);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addLayout(buttons);
    setTabOrder(m_sidecar, m_embedded);
    setTabOrder(m_embedded, m_includeSmart);
    setTabOrder(m_includeSmart, m_problems);
    setTabOrder(m_problems, m_write);
    setTabOrder(m_write, m_cancel);
    setTabOrder(m_cancel, m_close);
    resize(640, 420);

    connect(m_write, &QPushButton::clicked, this, &WriteBackDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &WriteBackDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &WriteBackDialog::collect);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &WriteBackDialog::done);
}

WriteBackDialog::~WriteBackDialog()
{
    m_watcher.cancel();
    m_tasks.waitForDone();
}

void WriteBackDialog::setEmbedded(bool embedded)
{
    (embedded ? m_embedded : m_sidecar)->setChecked(true);
}

void WriteBackDialog::setIncludeSmart(bool include)
{
    m_includeSmart->setChecked(include);
}

QString WriteBackDialog::summary() const
{
    return m_summary->text();
}

void WriteBackDialog::start()
{
    if (m_watcher.isRunning() || m_paths.isEmpty())
        return;
    m_outcomes.clear();
    m_problems->clear();
    m_progress->setValue(0);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_write, m_sidecar, m_embedded, m_includeSmart})
        widget->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancel->setFocus();
    m_summary->setText(tr("Writing…"));
    WriteBackOptions options;
    options.embedded = m_embedded->isChecked();
    options.includeSmart = m_includeSmart->isChecked();
    m_watcher.setFuture(QtConcurrent::run(&m_tasks, writeAll, m_catalog, m_paths, options));
}

void WriteBackDialog::cancel()
{
    m_watcher.cancel();
}

void WriteBackDialog::collect(int first, int last)
{
    for (int i = first; i < last; ++i) {
        const WriteBackOutcome outcome = m_watcher.resultAt(i);
        m_outcomes << outcome;
        if (!outcome.error.isEmpty())
            m_problems->addItem(outcome.error);
    }
}

void WriteBackDialog::done()
{
    const bool cancelled = m_watcher.isCanceled();
    int failed = 0;
    for (const WriteBackOutcome &outcome : std::as_const(m_outcomes))
        failed += outcome.error.isEmpty() ? 0 : 1;
    const int written = int(m_outcomes.size()) - failed;
    QString text = tr("%n file(s) written", nullptr, written) + tr(", %n could not be written", nullptr, failed);
    if (cancelled)
        text += tr("; cancelled, %n not attempted", nullptr, int(m_paths.size() - m_outcomes.size()));
    m_summary->setText(text + QLatin1Char('.'));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_write, m_sidecar, m_embedded, m_includeSmart})
        widget->setEnabled(true);
    m_cancel->setEnabled(false);
    m_close->setFocus();
    Q_EMIT finished(written, failed, cancelled);
}

} // namespace tagsmith
