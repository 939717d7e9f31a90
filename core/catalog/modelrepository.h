#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tagsmith {

struct ModelRecord {
    qint64 id = 0;
    QString name;
    QString description;
    QString kind;              // "object" or "action"
    double threshold = 0.7;
    QString status;            // "pending", "trained" or "failed"
    QString error;
    int currentVersion = 0;
};

struct ModelVersionRecord {
    int version = 0;
    qint64 createdAt = 0;
    QString status;            // "trained" or "failed"
    double seconds = 0;
    QJsonObject report;
    QByteArray weights;        // ml::TagModel::toBytes(); empty for a failed training
};

struct ModelExamples {
    QString tagPath;
    QList<qint64> assetIds;
};

// Tag models: their tags, example assets and every trained version (restorable).
class ModelRepository {
public:
    explicit ModelRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<ModelRecord>> findByName(const QString &name) const;
    Result<QList<ModelRecord>> list() const;
    Result<qint64> create(const QString &name, const QString &description);

    // Replaces the model's tags and examples. Fails, naming them, when a tag already
    // belongs to another model or an asset stands under two tags of this one.
    Status setExamples(qint64 modelId, const QList<ModelExamples> &examples);
    Result<QList<ModelExamples>> examples(qint64 modelId) const;

    // Records a training; a trained version becomes the current one.
    Result<int> addVersion(qint64 modelId, const ModelVersionRecord &version);
    Status setStatus(qint64 modelId, const QString &status, const QString &error);
    // Takes effect at once: applied-ness is read against it (SmartTagRules), candidates under
    // it are stored. Not a training: `updated_at` stays, so nothing is queued for re-tagging.
    Status setThreshold(qint64 modelId, double threshold);
    // "object" or "action": which video tag set (and threshold) the model's tags go to. Videos
    // are re-tagged for it to show (the caller queues that).
    Status setKind(qint64 modelId, const QString &kind);
    Result<QList<ModelVersionRecord>> versions(qint64 modelId) const;
    Result<std::optional<ModelVersionRecord>> version(qint64 modelId, int version) const;
    // Makes an earlier trained version current again (nothing is deleted).
    Status restore(qint64 modelId, int version);

private:
    QSqlDatabase m_db;
};

} // namespace tagsmith
