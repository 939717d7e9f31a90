#include "jobspanel.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>

#include <cmath>

namespace tagsmith {
namespace {

// The kinds the panel always lists, in this order; others appear after them when queued.
const QStringList kKnownKinds = {JobKind::Thumbnail, JobKind::Text, JobKind::Tag};

enum KindColumn { KindName, KindQueued, KindDone, KindFailed, KindColumns };

} // namespace

JobsPanel::JobsPanel(QWidget *parent) : QDockWidget(tr("Jobs"), parent)
{
    setObjectName(QStringLiteral("jobsPanel"));
    // Counts, progress and controls on the left; the failures take the rest of the width.
    auto *body = new QWidget;
    auto *columns = new QHBoxLayout(body);
    auto *controls = new QWidget;
    controls->setMinimumWidth(380);
    controls->setMaximumWidth(440);
    auto *layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(controls);
    auto *failures = new QVBoxLayout;
    columns->addLayout(failures, 1);

    m_kinds = new QTreeWidget;
    m_kinds->setObjectName(QStringLiteral("jobKinds"));
    m_kinds->setRootIsDecorated(false);
    m_kinds->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_kinds->setHeaderLabels({tr("Job"), tr("Queued"), tr("Done"), tr("Failed")});
    m_kinds->header()->setStretchLastSection(false);
    m_kinds->header()->setSectionResizeMode(KindName, QHeaderView::Stretch);
    for (int column = KindQueued; column < KindColumns; ++column)
        m_kinds->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (const QString &kind : kKnownKinds) {
        auto *item = new QTreeWidgetItem(m_kinds, {kindLabel(kind), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")});
        item->setData(KindName, Qt::UserRole, kind);
        for (int column = KindQueued; column < KindColumns; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    // Tall enough for the three kinds without a scroll bar.
    m_kinds->setFixedHeight(m_kinds->sizeHintForRow(0) * 4 + m_kinds->header()->sizeHint().height() + 2 * m_kinds->frameWidth());
    layout->addWidget(m_kinds);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("jobsProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    layout->addWidget(m_progress);
    m_rate = new QLabel(tr("Idle"));
    m_rate->setObjectName(QStringLiteral("jobsRate"));
    layout->addWidget(m_rate);
    m_step = new QLabel;
    m_step->setObjectName(QStringLiteral("jobsStep"));
    m_step->setTextFormat(Qt::PlainText);
    m_step->setVisible(false);
    layout->addWidget(m_step);

    auto *buttons = new QHBoxLayout;
    m_pause = new QPushButton(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("pauseJobs"));
    m_resume = new QPushButton(tr("Resume"));
    m_resume->setObjectName(QStringLiteral("resumeJobs"));
    m_cancel = new QPushButton(tr("Cancel All…"));
    m_cancel->setObjectName(QStringLiteral("cancelJobs"));
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();

    m_failedTitle = new QLabel(tr("Failed"));
    failures->addWidget(m_failedTitle);
    m_failed = new QTreeWidget;
    m_failed->setObjectName(QStringLiteral("failedJobs"));
    m_failed->setRootIsDecorated(false);
    m_failed->setHeaderLabels({tr("File"), tr("Reason")});
    m_failed->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_failed->header()->setStretchLastSection(true);
    m_failed->setColumnWidth(0, 320);
    m_failed->setTextElideMode(Qt::ElideMiddle);   // keep the file name of a long path
    failures->addWidget(m_failed, 1);
    auto *retryRow = new QHBoxLayout;
    m_retry = new QPushButton(tr("Retry Failed"));
    m_retry->setObjectName(QStringLiteral("retryJobs"));
    retryRow->addStretch();
    retryRow->addWidget(m_retry);
    failures->addLayout(retryRow);
    setWidget(body);
    connect(m_cancel, &QPushButton::clicked, this, &JobsPanel::confirmCancel);
    updateButtons();
}

void JobsPanel::setService(ProcessingService *service)
{
    m_service = service;
    // Called here, not queued to the service's thread: that thread is busy with the pass.
    connect(m_pause, &QPushButton::clicked, this, [service] { service->pause(); });
    connect(m_resume, &QPushButton::clicked, this, [service] { service->resume(); });
    connect(m_retry, &QPushButton::clicked, this, [service] { service->retryFailed(); });
    connect(service, &ProcessingService::jobsChanged, this, &JobsPanel::showSnapshot);
    connect(service, &ProcessingService::progress, this,
            [this](int done, int remaining, double perSecond, const QString &) { showProgress(done, remaining, perSecond); });
    connect(service, &ProcessingService::stepProgress, this, &JobsPanel::showStep);
    connect(service, &ProcessingService::pausedChanged, this, &JobsPanel::showPaused);
    connect(service, &ProcessingService::idle, this, &JobsPanel::showIdle);
    connect(service, &ProcessingService::smartTagsOff, this, &JobsPanel::showSmartTagsOff);
    updateButtons();
}

QString JobsPanel::kindLabel(const QString &kind)
{
    if (kind == JobKind::Thumbnail)
        return tr("Thumbnails");
    if (kind == JobKind::Text)
        return tr("Document text");
    if (kind == JobKind::Tag)
        return tr("Smart tags");
    if (kind == JobKind::Embed)
        return tr("Embeddings");
    if (kind == QLatin1String("video-tag"))
        return tr("Video smart tags");
    if (kind == QLatin1String("objects"))   // ObjectJob::Kind: COCO labels, after the smart tags
        return tr("Generic objects");
    return kind;
}

QString JobsPanel::etaText(int remaining, double perSecond)
{
    if (remaining <= 0 || perSecond <= 0)
        return {};
    const qint64 seconds = std::llround(remaining / perSecond);
    if (seconds < 60)
        return tr("about %n s left", nullptr, int(std::max<qint64>(1, seconds)));
    if (seconds < 3600)
        return tr("about %n min left", nullptr, int((seconds + 30) / 60));
    return tr("about %n h left", nullptr, int((seconds + 1800) / 3600));
}

void JobsPanel::showSnapshot(const JobsSnapshot &snapshot)
{
    m_queued = 0;
    // A kind with no rows left (all cancelled) is absent from the snapshot: it counts zero.
    for (int i = 0; i < m_kinds->topLevelItemCount(); ++i)
        for (int column = KindQueued; column < KindColumns; ++column)
            m_kinds->topLevelItem(i)->setText(column, QStringLiteral("0"));
    for (const KindCounts &counts : snapshot.kinds) {
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < m_kinds->topLevelItemCount() && !row; ++i)
            if (m_kinds->topLevelItem(i)->data(KindName, Qt::UserRole).toString() == counts.kind)
                row = m_kinds->topLevelItem(i);
        const int queued = counts.jobs.queued + counts.jobs.running;
        m_queued += queued;
        if (!row) {
            if (queued == 0 && counts.jobs.failed == 0)
                continue;
            row = new QTreeWidgetItem(m_kinds, {kindLabel(counts.kind)});
            row->setData(KindName, Qt::UserRole, counts.kind);
            for (int column = KindQueued; column < KindColumns; ++column)
                row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        row->setText(KindQueued, QString::number(queued));
        row->setText(KindDone, QString::number(counts.done));
        row->setText(KindFailed, QString::number(counts.jobs.failed));
    }
    m_failed->clear();
    for (const FailedJob &job : snapshot.failed) {
        auto *item = new QTreeWidgetItem(m_failed, {job.path.isEmpty() ? tr("(removed from the catalog)") : job.path, job.reason});
        item->setToolTip(0, tr("%1: %2").arg(kindLabel(job.kind), job.path));
        item->setToolTip(1, job.reason);
    }
    m_failedTitle->setText(snapshot.failedTotal > snapshot.failed.size()
                               ? tr("Failed (%1, first %2 shown)").arg(snapshot.failedTotal).arg(snapshot.failed.size())
                               : tr("Failed (%1)").arg(snapshot.failedTotal));
    updateButtons();
}

void JobsPanel::showSmartTagsOff(const QString &reason)
{
    // Without models, tag jobs stay queued: say why next to their count.
    for (int i = 0; i < m_kinds->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_kinds->topLevelItem(i);
        const QString kind = row->data(KindName, Qt::UserRole).toString();
        if (kind != JobKind::Tag && kind != QLatin1String("video-tag"))
            continue;
        row->setText(KindName, reason.isEmpty() ? kindLabel(kind) : tr("%1 (off)").arg(kindLabel(kind)));
        row->setToolTip(KindName, reason);
    }
}

void JobsPanel::showProgress(int done, int remaining, double perSecond)
{
    m_running = true;
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setRange(0, std::max(1, done + remaining));
    m_progress->setValue(done);
    updateButtons();
    if (m_paused)
        return;   // the batch that was running when Pause was pressed has finished
    const QString eta = etaText(remaining, perSecond);
    const QString rate = tr("%1 items/s").arg(perSecond, 0, 'f', perSecond < 10 ? 1 : 0);
    m_rate->setText(eta.isEmpty() ? rate : tr("%1 · %2").arg(rate, eta));
}

void JobsPanel::showStep(const QString &kind, const QString &path, int done, int total)
{
    m_step->setVisible(total > 0);
    if (total <= 0)
        return;
    if (!m_running) {
        // The pass's first batch is still running: it is not idle any more.
        m_running = true;
        if (!m_paused)
            m_rate->setText(tr("Working…"));
        updateButtons();
    }
    const QString name = path.section(QLatin1Char('/'), -1);
    m_step->setText(kind == QLatin1String("video-tag") ? tr("Tagging video %1: frame %2 / %3").arg(name).arg(done).arg(total)
                                                       : tr("%1 %2: step %3 / %4").arg(kindLabel(kind), name).arg(done).arg(total));
    m_step->setToolTip(path);
}

void JobsPanel::showIdle(int done, int failed)
{
    m_running = false;
    if (done > 0) {
        // The pass is over; what is still queued has no worker (smart tags without models).
        m_progress->setRange(0, done);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Last pass: %1 done, %2 failed").arg(done - failed).arg(failed));
    }
    if (!m_paused)
        m_rate->setText(tr("Idle"));
    updateButtons();
}

void JobsPanel::showPaused(bool paused)
{
    m_paused = paused;
    m_rate->setText(paused ? tr("Paused") : tr("Resuming…"));
    updateButtons();
}

void JobsPanel::confirmCancel()
{
    // Non-modal so that processing and browsing go on while the question is open.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel All Jobs"),
                                tr("Stop processing and remove all %n queued job(s)? Thumbnails, text and smart tags "
                                   "already done are kept.", nullptr, m_queued),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("cancelJobsQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (m_service && box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            m_service->cancelAll();
    });
    box->open();
}

void JobsPanel::updateButtons()
{
    m_pause->setEnabled(m_service && !m_paused);
    m_resume->setEnabled(m_service && m_paused);
    m_cancel->setEnabled(m_queued > 0 || m_running);
    m_retry->setEnabled(m_failed->topLevelItemCount() > 0);
}

} // namespace tagsmith
