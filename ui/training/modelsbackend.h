#pragma once

#include "catalog/catalog.h"
#include "catalog/modelrepository.h"

#include <QObject>

namespace tagsmith {

// The Models view's catalog work on its own thread: models, their versions, and restoring one.
// Call its functions through QMetaObject::invokeMethod with a queued connection.
class ModelsBackend : public QObject {
    Q_OBJECT
public:
    explicit ModelsBackend(QString catalogPath);

    void loadModels();
    void loadVersions(qint64 modelId);
    void restore(qint64 modelId, int version);

Q_SIGNALS:
    void modelsLoaded(const QList<tagsmith::ModelRecord> &models);
    // Without weights: the view only shows them.
    void versionsLoaded(qint64 modelId, const QList<tagsmith::ModelVersionRecord> &versions);
    void restored(qint64 modelId, int version);
    void failed(const QString &message);

private:
    bool ensureOpen();

    QString m_catalogPath;
    CatalogPtr m_catalog;
};

} // namespace tagsmith
