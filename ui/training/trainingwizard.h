#pragma once

#include "trainingdraft.h"

#include <QJsonObject>
#include <QWizard>

#include <functional>

namespace tagsmith {

class ThumbnailCache;
class TrainingBackend;
class WorkerThread;

// Teaches the catalog a new tag model: title → tags → examples per tag → review → training
// in the background → report. Every page validates itself; catalog work and training run on
// the backend's thread, so the wizard stays responsive.
class TrainingWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { TitlePageId, TagsPageId, ExamplesPageId, ReviewPageId, TrainPageId, ReportPageId };

    TrainingWizard(const QString &catalogPath, const QString &modelsDir, QWidget *parent = nullptr);
    ~TrainingWizard() override;

    TrainingDraft &draft() { return m_draft; }
    TrainingBackend *backend() const { return m_backend; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }

    // Runs `work` on the backend's thread.
    void onBackend(const std::function<void()> &work) const;

    QJsonObject report() const { return m_report; }
    void setReport(const QJsonObject &report);

Q_SIGNALS:
    void trainingFinished(const QJsonObject &report);
    // The draft was filled from the model's last training (re-training an existing model).
    void draftLoaded();

private:
    void modelExamplesLoaded(const QString &name, const QList<TagExamples> &tags);

    TrainingDraft m_draft;
    QJsonObject m_report;
    TrainingBackend *m_backend = nullptr;
    WorkerThread *m_backendThread = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
};

} // namespace tagsmith
