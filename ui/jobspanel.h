#pragma once

#include "processingservice.h"

#include <QDockWidget>
#include <QElapsedTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace tagsmith {

// The Jobs dock: per-kind queued / done / failed counts, the running pass's progress with
// rate and ETA, Pause / Resume / Cancel all, and the failed jobs with their reasons and Retry.
// Everything it shows arrives through ProcessingService signals; it never reads the catalog.
class JobsPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit JobsPanel(QWidget *parent = nullptr);

    // The window makes the service once the catalog is open; the panel exists before that so
    // that its dock position is restored with the window.
    void setService(ProcessingService *service);

    void showSnapshot(const JobsSnapshot &snapshot);
    void showProgress(int done, int remaining, double perSecond);
    // The steps of the long job running now ("Tagging video walk.mp4: frame 7 / 16"); hidden when total is 0.
    void showStep(const QString &kind, const QString &path, int done, int total);
    void showIdle(int done, int failed);
    void showSmartTagsOff(const QString &reason);

    static QString kindLabel(const QString &kind);
    // "about 2 min left" and the like; empty when nothing is known.
    static QString etaText(int remaining, double perSecond);

private:
    void confirmCancel();
    void showPaused(bool paused);
    void updateButtons();

    ProcessingService *m_service = nullptr;
    QTreeWidget *m_kinds = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_step = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_failedTitle = nullptr;
    QTreeWidget *m_failed = nullptr;
    QPushButton *m_retry = nullptr;
    bool m_running = false;
    bool m_paused = false;
    int m_queued = 0;
};

} // namespace tagsmith
