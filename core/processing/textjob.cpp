#include "textjob.h"

#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "jobs/jobqueue.h"
#include "text/documenttext.h"
#include "text/keywords.h"

#include <QCoreApplication>

namespace tagsmith {

QString TextJob::kind() const { return JobKind::Text; }

JobResult TextJob::run(const JobContext &context)
{
    ExtractionControl control;
    control.cancel = context.cancel;
    auto extracted = DocumentText::extract(context.path, context.mime, ExtractionLimits{}, control);
    const qint64 assetId = context.assetId;
    if (!extracted) {
        const QString reason = extracted.error();
        // The reason stays on the asset (e.g. "encrypted PDF: password required", "no text layer").
        return JobResult{reason, {}};
    }
    const QString text = extracted.value().text;
    const KeywordResult keywords = Keywords::extract(text);
    return JobResult{{}, [assetId, text, keywords](QSqlDatabase db, JobQueue &) -> Status {
        if (auto stored = sql::exec(db, QStringLiteral(
                "INSERT INTO asset_text(asset_id, text) VALUES(?, ?) ON CONFLICT(asset_id) DO UPDATE SET text = excluded.text"), {assetId, text});
            !stored)
            return Error{stored.error()};
        TagRepository tags(db);
        QStringList kept;
        for (const Keyword &keyword : keywords.keywords) {
            const QString path = QStringLiteral("keywords/") + QString(keyword.text).replace(QLatin1Char('/'), QLatin1Char('-'));
            kept << normaliseTagPath(path);
            if (Status set = tags.setSmartTag(assetId, path, ModelName, 1, keyword.confidence); !set)
                return set;
        }
        return tags.clearSmartTags(assetId, ModelName, kept);
    }};
}

} // namespace tagsmith
