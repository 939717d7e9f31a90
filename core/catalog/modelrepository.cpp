#include "modelrepository.h"

#include "sql.h"
#include "tagrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

namespace tagsmith {
namespace {

const QString kModelColumns = QStringLiteral("id, name, description, kind, threshold, status, error, current_version");

ModelRecord readModel(const QSqlQuery &q)
{
    return ModelRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toDouble(), q.value(5).toString(), q.value(6).toString(), q.value(7).toInt()};
}

ModelVersionRecord readVersion(const QSqlQuery &q)
{
    return ModelVersionRecord{q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toDouble(),
                              QJsonDocument::fromJson(q.value(4).toByteArray()).object(), q.value(5).toByteArray()};
}

QString tr(const char *text) { return QCoreApplication::translate("tagsmith::ModelRepository", text); }

} // namespace

Result<std::optional<ModelRecord>> ModelRepository::findByName(const QString &name) const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT %1 FROM models WHERE name = ?").arg(kModelColumns), {name});
    if (!query)
        return Error{query.error()};
    if (!query.value().next())
        return std::optional<ModelRecord>();
    return std::optional<ModelRecord>(readModel(query.value()));
}

Result<QList<ModelRecord>> ModelRepository::list() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT %1 FROM models ORDER BY name").arg(kModelColumns));
    if (!query)
        return Error{query.error()};
    QList<ModelRecord> models;
    while (query.value().next())
        models << readModel(query.value());
    return models;
}

Result<qint64> ModelRepository::create(const QString &name, const QString &description)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto query = sql::exec(m_db, QStringLiteral("INSERT INTO models(name, description, created_at, updated_at) VALUES(?,?,?,?)"),
                           {name, description.isNull() ? QStringLiteral("") : description, now, now});
    if (!query)
        return Error{query.error()};
    return query.value().lastInsertId().toLongLong();
}

Status ModelRepository::setExamples(qint64 modelId, const QList<ModelExamples> &examples)
{
    TagRepository tags(m_db);
    for (const char *statement : {"DELETE FROM model_examples WHERE model_id = ?", "DELETE FROM model_tags WHERE model_id = ?"}) {
        if (auto cleared = sql::exec(m_db, QString::fromLatin1(statement), {modelId}); !cleared)
            return Error{cleared.error()};
    }
    QHash<qint64, QString> tagOfAsset;
    for (const ModelExamples &entry : examples) {
        auto tagId = tags.ensureTag(entry.tagPath);
        if (!tagId)
            return Error{tagId.error()};
        const QVariant owner = sql::scalar(m_db, QStringLiteral(
            "SELECT m.name FROM model_tags mt JOIN models m ON m.id = mt.model_id WHERE mt.tag_id = ? AND mt.model_id != ?"),
            {tagId.value(), modelId});
        if (owner.isValid())
            return Error{tr("the tag \"%1\" already belongs to the model \"%2\": a tag can be in one model only")
                             .arg(entry.tagPath, owner.toString())};
        if (auto inserted = sql::exec(m_db, QStringLiteral("INSERT INTO model_tags(model_id, tag_id) VALUES(?,?)"), {modelId, tagId.value()});
            !inserted)
            return Error{inserted.error()};
        for (qint64 assetId : entry.assetIds) {
            if (tagOfAsset.contains(assetId)) {
                if (tagOfAsset.value(assetId) == entry.tagPath)
                    continue;
                const QString path = sql::scalar(m_db, QStringLiteral("SELECT path FROM assets WHERE id = ?"), {assetId}).toString();
                return Error{tr("%1 stands under two tags of this model (\"%2\" and \"%3\"): an image may serve one tag per model")
                                 .arg(path, tagOfAsset.value(assetId), entry.tagPath)};
            }
            tagOfAsset.insert(assetId, entry.tagPath);
            if (auto inserted = sql::exec(m_db, QStringLiteral("INSERT INTO model_examples(model_id, tag_id, asset_id) VALUES(?,?,?)"),
                                          {modelId, tagId.value(), assetId});
                !inserted)
                return Error{inserted.error()};
        }
    }
    return success();
}

Result<QList<ModelExamples>> ModelRepository::examples(qint64 modelId) const
{
    auto query = sql::exec(m_db, QStringLiteral(
        "SELECT t.path, me.asset_id FROM model_tags mt JOIN tags t ON t.id = mt.tag_id "
        "LEFT JOIN model_examples me ON me.model_id = mt.model_id AND me.tag_id = mt.tag_id "
        "WHERE mt.model_id = ? ORDER BY t.path, me.asset_id"), {modelId});
    if (!query)
        return Error{query.error()};
    QList<ModelExamples> result;
    while (query.value().next()) {
        const QString tag = query.value().value(0).toString();
        if (result.isEmpty() || result.last().tagPath != tag)
            result << ModelExamples{tag, {}};
        if (!query.value().value(1).isNull())
            result.last().assetIds << query.value().value(1).toLongLong();
    }
    return result;
}

Result<int> ModelRepository::addVersion(qint64 modelId, const ModelVersionRecord &record)
{
    const int next = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM model_versions WHERE model_id = ?"),
                                 {modelId}, 1).toInt();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto inserted = sql::exec(m_db, QStringLiteral(
        "INSERT INTO model_versions(model_id, version, created_at, status, seconds, report, weights) VALUES(?,?,?,?,?,?,?)"),
        {modelId, next, now, record.status, record.seconds, QJsonDocument(record.report).toJson(QJsonDocument::Compact),
         record.weights.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(record.weights)});
    if (!inserted)
        return Error{inserted.error()};
    const bool trained = record.status == QLatin1String("trained");
    auto updated = sql::exec(m_db, trained
        ? QStringLiteral("UPDATE models SET status = 'trained', error = NULL, current_version = ?, updated_at = ? WHERE id = ?")
        : QStringLiteral("UPDATE models SET status = CASE WHEN current_version > 0 THEN status ELSE 'failed' END, updated_at = ? WHERE id = ? AND ? > 0"),
        trained ? QVariantList{next, now, modelId} : QVariantList{now, modelId, next});
    if (!updated)
        return Error{updated.error()};
    return next;
}

Status ModelRepository::setStatus(qint64 modelId, const QString &status, const QString &error)
{
    auto query = sql::exec(m_db, QStringLiteral("UPDATE models SET status = ?, error = ?, updated_at = ? WHERE id = ?"),
                           {status, error.isEmpty() ? QVariant() : QVariant(error), QDateTime::currentSecsSinceEpoch(), modelId});
    return query ? success() : Status(Error{query.error()});
}

Status ModelRepository::setThreshold(qint64 modelId, double threshold)
{
    if (!(threshold > 0 && threshold < 1))
        return Error{QCoreApplication::translate("catalog", "a threshold lies between 0 and 1, not %1").arg(threshold)};
    auto query = sql::exec(m_db, QStringLiteral("UPDATE models SET threshold = ? WHERE id = ?"), {threshold, modelId});
    if (!query)
        return Error{query.error()};
    if (query.value().numRowsAffected() == 0)
        return Error{QCoreApplication::translate("catalog", "no model with id %1").arg(modelId)};
    return success();
}

Status ModelRepository::setKind(qint64 modelId, const QString &kind)
{
    if (kind != QLatin1String("object") && kind != QLatin1String("action"))
        return Error{QCoreApplication::translate("catalog", "a model is an object or an action model, not \"%1\"").arg(kind)};
    auto query = sql::exec(m_db, QStringLiteral("UPDATE models SET kind = ? WHERE id = ?"), {kind, modelId});
    if (!query)
        return Error{query.error()};
    if (query.value().numRowsAffected() == 0)
        return Error{QCoreApplication::translate("catalog", "no model with id %1").arg(modelId)};
    return success();
}

Result<QList<ModelVersionRecord>> ModelRepository::versions(qint64 modelId) const
{
    auto query = sql::exec(m_db, QStringLiteral(
        "SELECT version, created_at, status, seconds, report, weights FROM model_versions WHERE model_id = ? ORDER BY version"),
        {modelId});
    if (!query)
        return Error{query.error()};
    QList<ModelVersionRecord> versions;
    while (query.value().next())
        versions << readVersion(query.value());
    return versions;
}

Result<std::optional<ModelVersionRecord>> ModelRepository::version(qint64 modelId, int version) const
{
    auto query = sql::exec(m_db, QStringLiteral(
        "SELECT version, created_at, status, seconds, report, weights FROM model_versions WHERE model_id = ? AND version = ?"),
        {modelId, version});
    if (!query)
        return Error{query.error()};
    if (!query.value().next())
        return std::optional<ModelVersionRecord>();
    return std::optional<ModelVersionRecord>(readVersion(query.value()));
}

Status ModelRepository::restore(qint64 modelId, int versionNumber)
{
    auto found = version(modelId, versionNumber);
    if (!found)
        return Error{found.error()};
    if (!found.value())
        return Error{tr("there is no version %1 of this model").arg(versionNumber)};
    if (found.value()->status != QLatin1String("trained"))
        return Error{tr("version %1 failed to train and cannot be restored").arg(versionNumber)};
    auto query = sql::exec(m_db, QStringLiteral("UPDATE models SET current_version = ?, status = 'trained', error = NULL, updated_at = ? WHERE id = ?"),
                           {versionNumber, QDateTime::currentSecsSinceEpoch(), modelId});
    return query ? success() : Status(Error{query.error()});
}

} // namespace tagsmith
