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
        if (context.cancel && context.cancel->load())
            return JobResult{extracted.error(), {}};
        // A document without usable text is a fact about the file, not a job to retry: the
        // reason goes on the asset ("encrypted PDF: password required", "no text layer", ...).
        const QString reason = extracted.error();
        return JobResult{{}, [assetId, reason](QSqlDatabase db, JobQueue &) -> Status {
            auto noted = sql::exec(db, QStringLiteral("UPDATE assets SET error = ? WHERE id = ?"), {reason, assetId});
            return noted ? success() : Status(Error{noted.error()});
        }};
    }
    const QString text = extracted.value().text;
    const KeywordResult keywords = Keywords::extract(text);
    return JobResult{{}, [assetId, text, keywords](QSqlDatabase db, JobQueue &) -> Status {
        if (auto stored = sql::exec(db, QStringLiteral(
                "INSERT INTO asset_text(asset_id, text) VALUES(?, ?) ON CONFLICT(asset_id) DO UPDATE SET text = excluded.text"),
                {assetId, text.isNull() ? QStringLiteral("") : text});
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
