#pragma once

#include "catalog/catalog.h"
#include "schedulespec.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tagsmith {

namespace ScheduleName {
inline const QString Tagging = QStringLiteral("tagging");
inline const QString Training = QStringLiteral("training");
}

struct ScheduleConfig {
    ScheduleSpec tagging{ScheduleName::Tagging, 0, QTime(0, 0)};              // daily 00:00
    ScheduleSpec training{ScheduleName::Training, Qt::Saturday, QTime(0, 30)}; // weekly, Saturday 00:30

    // The defaults overridden by the settings schedule/taggingTime and schedule/trainingTime
    // ("HH:mm") and schedule/trainingDay (1 = Monday … 7 = Sunday, 0 = daily); invalid values are ignored.
    static ScheduleConfig fromSettings();
};

struct ScheduleState {
    QString name;
    QDateTime lastRun;      // invalid: never
    QDateTime nextSlot;
    bool due = false;
};

// What one due schedule did.
struct ScheduleRun {
    QString name;
    int queued = 0;           // tagging: smart-tag jobs queued
    QStringList trained;      // training: "model vN (status)" per re-trained model
    QStringList errors;       // per model or for the whole run
};

// Periodic tagging and training (AEM's workflows): runs what is due at `now` and records the
// run in the catalog, so missed runs catch up at the next start and nothing runs twice. It only
// queues tagging; whoever runs it processes the queue (the CLI at once, the app's service).
// Training runs here, synchronously: call it off the GUI thread.
class Scheduler {
public:
    Scheduler(CatalogPtr catalog, QString modelsDir, ScheduleConfig config = ScheduleConfig::fromSettings());

    Result<QList<ScheduleState>> states(const QDateTime &now) const;
    Result<QList<ScheduleRun>> runDue(const QDateTime &now);

private:
    Result<ScheduleRun> runTagging(const QDateTime &now);
    Result<ScheduleRun> runTraining();

    CatalogPtr m_catalog;
    QString m_modelsDir;
    ScheduleConfig m_config;
};

} // namespace tagsmith
