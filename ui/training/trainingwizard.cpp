#include "trainingwizard.h"

#include "examplespage.h"
#include "reportpage.h"
#include "reviewpage.h"
#include "tagspage.h"
#include "titlepage.h"
#include "trainingbackend.h"
#include "trainpage.h"
#include "ui/thumbnailcache.h"
#include "ui/workerthread.h"

#include <QMessageBox>

namespace tagsmith {

TrainingWizard::TrainingWizard(const QString &catalogPath, const QString &modelsDir, QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("New Tag Model"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_thumbnails = new ThumbnailCache(32LL << 20, this);
    m_backend = new TrainingBackend(catalogPath, modelsDir);
    m_backendThread = new WorkerThread(m_backend, QStringLiteral("training"), this);

    setPage(TitlePageId, new TitlePage(this));
    setPage(TagsPageId, new TagsPage(this));
    setPage(ExamplesPageId, new ExamplesPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(TrainPageId, new TrainPage(this));
    setPage(ReportPageId, new ReportPage(this));
    // Training failures are shown on the training page; anything else (the catalog cannot be
    // read) would leave the pages empty without a word.
    connect(m_backend, &TrainingBackend::failed, this, [this](const QString &message) {
        if (currentId() != TrainPageId)
            QMessageBox::warning(this, windowTitle(), message);
    });
    connect(m_backend, &TrainingBackend::modelExamplesLoaded, this, &TrainingWizard::modelExamplesLoaded);
    onBackend([backend = m_backend] { backend->open(); });
}

// The backend thread goes first: it may still be training and must not outlive the cache.
TrainingWizard::~TrainingWizard() { delete m_backendThread; }

void TrainingWizard::onBackend(const std::function<void()> &work) const
{
    QMetaObject::invokeMethod(m_backend, work, Qt::QueuedConnection);
}

// Re-training starts from what the model learnt last time, unless the user already chose tags.
void TrainingWizard::modelExamplesLoaded(const QString &name, const QList<TagExamples> &tags)
{
    if (name != m_draft.name || !m_draft.tags.isEmpty())
        return;
    for (const TagExamples &tag : tags) {
        m_draft.tags << tag.tag;
        m_draft.examples.insert(tag.tag, tag.images);
    }
    Q_EMIT draftLoaded();
}

void TrainingWizard::setReport(const QJsonObject &report)
{
    m_report = report;
    Q_EMIT trainingFinished(report);
}

} // namespace tagsmith
