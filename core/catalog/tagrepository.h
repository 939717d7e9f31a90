#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tagsmith {

enum class TagSource { Manual, Smart };
enum class TagState { Active, Deleted, Promoted };

QString sourceName(TagSource source);
QString stateName(TagState state);
TagState stateFromName(const QString &name);

// A tag on an asset, as the CLI contract shows it.
struct AssetTag {
    QString tag;               // hierarchical path, e.g. "vehicles/cars/model-x"
    TagSource source = TagSource::Manual;
    QString model;             // smart tags: the model that applied it
    int version = 0;           // smart tags: that model's version
    double confidence = 1.0;   // manual tags are 1.0
    TagState state = TagState::Active;
};

// Normalises a user-typed tag path: trims each level, drops empty levels.
QString normaliseTagPath(const QString &path);

// The taxonomy (hierarchical tags) and the tags applied to assets.
class TagRepository {
public:
    explicit TagRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The id of the tag at `path`, creating it and its parents.
    Result<qint64> ensureTag(const QString &path);
    Result<QStringList> allTagPaths() const;

    Status addManualTag(qint64 assetId, const QString &tagPath);
    // Returns false when the asset had no such manual tag.
    Result<bool> removeManualTag(qint64 assetId, const QString &tagPath);

    // Records a smart tag candidate (stored even below the threshold, so lowering it needs no
    // re-run). A tag the user deleted on this asset stays deleted and a promoted one stays
    // promoted: only model, version and confidence are refreshed.
    Status setSmartTag(qint64 assetId, const QString &tagPath, const QString &model, int version, double confidence);
    // Drops this model's candidates on the asset that it no longer proposes (moderated ones stay).
    Status clearSmartTags(qint64 assetId, const QString &model, const QStringList &keepTags);
    // Moderation: delete (never re-applied) or promote (ranked first, counts as manual).
    Status moderate(qint64 assetId, const QString &tagPath, TagState state);

    // Manual first, then smart by confidence descending.
    Result<QList<AssetTag>> tagsOf(qint64 assetId) const;

private:
    QSqlDatabase m_db;
};

} // namespace tagsmith
