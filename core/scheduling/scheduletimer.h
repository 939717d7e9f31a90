#pragma once

#include "scheduler.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace tagsmith {

// Runs the Scheduler while the app is open: once at start (missed runs catch up) and then every
// minute, on a worker thread because training is heavy. ran() tells the processing service that
// tag jobs were queued.
class ScheduleTimer : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    ScheduleTimer(CatalogPtr catalog, QString modelsDir, QObject *parent = nullptr, int checkMs = 60 * 1000,
                  Clock clock = &QDateTime::currentDateTime);
    ~ScheduleTimer() override;

    void check();

Q_SIGNALS:
    void ran(const QStringList &schedules);
    void failed(const QString &reason);

private:
    CatalogPtr m_catalog;
    QString m_modelsDir;
    Clock m_clock;
    QTimer m_timer;
    struct Outcome {
        QList<ScheduleRun> runs;
        QString error;
    };
    // Its own thread, never the global pool: Qt's raster engine splits large fills across the global
    // pool and the GUI thread waits for them, so a long schedule run there froze painting for seconds.
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_task;
};

} // namespace tagsmith
