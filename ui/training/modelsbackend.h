#pragma once

#include "catalog/catalog.h"
#include "catalog/modelrepository.h"

#include <QObject>

#include <functional>

namespace tagsmith {

// The Models view's catalog work on its own thread: models, their versions, restoring one,
// thresholds and the generic labels' block list.
// Call its functions through QMetaObject::invokeMethod with a queued connection.
class ModelsBackend : public QObject {
    Q_OBJECT
public:
    explicit ModelsBackend(CatalogPtr catalog);

    void loadModels();
    void loadVersions(qint64 modelId);
    void restore(qint64 modelId, int version);
    // Thresholds and the block list take effect at once on every asset (SmartTagRules).
    void setModelThreshold(qint64 modelId, double threshold);
    // "object" or "action"; queues the videos for re-tagging, as the new set needs.
    void setModelKind(qint64 modelId, const QString &kind);
    void loadGeneric();
    void setGenericThreshold(const QString &source, double threshold);
    void blockLabels(const QStringList &labels);
    void unblockLabels(const QStringList &labels);

Q_SIGNALS:
    void modelsLoaded(const QList<tagsmith::ModelRecord> &models);
    // Without weights: the view only shows them.
    void versionsLoaded(qint64 modelId, const QList<tagsmith::ModelVersionRecord> &versions);
    void restored(qint64 modelId, int version);
    void thresholdSet(qint64 modelId, double threshold);
    void kindSet(qint64 modelId, const QString &kind);
    void genericLoaded(double imagenetThreshold, double objectThreshold, const QStringList &blocked);
    void failed(const QString &message);

private:
    // Runs `work` in a transaction; reports a failure.
    bool write(const std::function<Status(QSqlDatabase)> &work);

    CatalogPtr m_catalog;
};

} // namespace tagsmith
