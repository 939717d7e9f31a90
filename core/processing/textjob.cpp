#include "textjob.h"

#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "jobs/jobqueue.h"
#include "ocr/ocrengine.h"
#include "text/documenttext.h"
#include "text/keywords.h"

#include <QCoreApplication>

namespace tagsmith {

TextJob::TextJob(QString modelsDir) : m_modelsDir(std::move(modelsDir)) {}

QString TextJob::kind() const { return JobKind::Text; }

Result<std::shared_ptr<ocr::OcrEngine>> TextJob::ocrEngine()
{
    const std::lock_guard lock(m_ocrMutex);
    if (!m_ocr) {
        // Not cached on failure: the pack may be installed while the app runs.
        auto loaded = ocr::OcrEngine::loadInstalled(m_modelsDir);
        if (!loaded)
            return loaded;
        m_ocr = loaded.value();
    }
    return m_ocr;
}

Result<QString> TextJob::readPage(const QImage &page, const std::atomic<bool> *cancel)
{
    auto engine = ocrEngine();
    if (!engine)
        return Error{engine.error()};
    return ocr::OcrEngine::pageReader(engine.value(), cancel)(page);
}

JobResult TextJob::run(const JobContext &context)
{
    ExtractionControl control;
    control.cancel = context.cancel;
    control.progress = context.progress;   // pages done: OCR takes seconds per page
    if (!m_modelsDir.isEmpty())
        control.ocrPage = [this, cancel = context.cancel](const QImage &page) { return readPage(page, cancel); };
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
