#include "tagrangerepository.h"

#include "catalog/sql.h"
#include "catalog/tagrepository.h"

#include <QSqlQuery>

namespace tagsmith {

Status TagRangeRepository::replace(qint64 assetId, const QList<TagRange> &ranges)
{
    if (auto cleared = sql::exec(m_db, QStringLiteral("DELETE FROM smart_tag_ranges WHERE asset_id = ?"), {assetId}); !cleared)
        return Error{cleared.error()};
    TagRepository tags(m_db);
    for (const TagRange &range : ranges) {
        const auto tagId = tags.ensureTag(range.tag);
        if (!tagId)
            return Error{tagId.error()};
        if (auto inserted = sql::exec(m_db,
                QStringLiteral("INSERT INTO smart_tag_ranges(asset_id, tag_id, model, start_s, end_s) VALUES(?, ?, ?, ?, ?)"),
                {assetId, tagId.value(), range.model, range.startSeconds, range.endSeconds}); !inserted)
            return Error{inserted.error()};
    }
    return success();
}

Result<QList<TagRange>> TagRangeRepository::rangesOf(qint64 assetId) const
{
    auto query = sql::exec(m_db, QStringLiteral(
        "SELECT t.path, r.model, r.start_s, r.end_s FROM smart_tag_ranges r JOIN tags t ON t.id = r.tag_id "
        "WHERE r.asset_id = ? ORDER BY t.path, r.start_s"), {assetId});
    if (!query)
        return Error{query.error()};
    QList<TagRange> ranges;
    while (query.value().next())
        ranges << TagRange{query.value().value(0).toString(), query.value().value(1).toString(),
                           query.value().value(2).toDouble(), query.value().value(3).toDouble()};
    return ranges;
}

} // namespace tagsmith
