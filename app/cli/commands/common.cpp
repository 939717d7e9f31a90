#include "common.h"

#include "catalog/assetrepository.h"
#include "catalog/tagrepository.h"
#include "jobs/jobrunner.h"
#include "metadata/catalogio/sidecartags.h"
#include "metadata/sidecarqueue.h"
#include "jobs/jobqueue.h"
#include "processing/objectjob.h"
#include "processing/processingpipeline.h"
#include "services/tagedits.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>

#include <unistd.h>

namespace tagsmith::cli {

CatalogPtr openCatalog(CliContext &context)
{
    auto catalog = Catalog::open(context.catalogPath);
    if (!catalog) {
        context.err << catalog.error() << '\n';
        return nullptr;
    }
    return catalog.value();
}

std::optional<AssetRecord> findAsset(CliContext &context, const CatalogPtr &catalog, const QString &path)
{
    AssetRepository assets(catalog->connection());
    // The catalog stores paths with the folder part canonical; try that first, then as typed.
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    for (const QString &candidate : {folder + QLatin1Char('/') + info.fileName(), info.absoluteFilePath()}) {
        auto found = assets.findByPath(candidate);
        if (!found) {
            context.err << found.error() << '\n';
            return std::nullopt;
        }
        if (found.value())
            return found.value();
    }
    context.err << tr("not in the catalog: %1").arg(path) << '\n';
    return std::nullopt;
}

std::optional<OpenedAsset> openAsset(CliContext &context, const QString &path)
{
    auto catalog = openCatalog(context);
    if (!catalog)
        return std::nullopt;
    auto asset = findAsset(context, catalog, path);
    if (!asset)
        return std::nullopt;
    return OpenedAsset{catalog, *asset};
}

std::optional<QList<AssetTag>> assetTags(CliContext &context, const OpenedAsset &opened)
{
    auto tags = TagRepository(opened.catalog->connection()).tagsOf(opened.asset.id);
    if (!tags) {
        context.err << tags.error() << '\n';
        return std::nullopt;
    }
    return tags.value();
}

QJsonObject tagJson(const AssetTag &tag)
{
    return QJsonObject{
        {QStringLiteral("tag"), tag.tag},
        {QStringLiteral("source"), sourceName(tag.source)},
        {QStringLiteral("model"), tag.model.isEmpty() ? QJsonValue() : QJsonValue(tag.model)},
        {QStringLiteral("version"), tag.source == TagSource::Smart ? QJsonValue(tag.version) : QJsonValue()},
        {QStringLiteral("confidence"), tag.confidence},
        {QStringLiteral("state"), stateName(tag.state)},
    };
}

QJsonObject assetJson(const AssetRecord &asset)
{
    QJsonObject object{
        {QStringLiteral("path"), asset.path},
        {QStringLiteral("kind"), kindName(asset.media.kind)},
        {QStringLiteral("mime"), asset.media.mime},
        {QStringLiteral("status"), statusName(asset.status)},
        {QStringLiteral("error"), asset.media.error.isEmpty() ? QJsonValue() : QJsonValue(asset.media.error)},
    };
    return object;
}

ProcessingOutcome runProcessing(CliContext &context, const CatalogPtr &catalog, ProcessingWait wait)
{
    ProcessingHandlers processing = makeProcessingHandlers(catalog, context.modelsDir, 0, videoOptionsFromSettings());
    if (!processing.smartTagsOff.isEmpty())
        context.err << processing.smartTagsOff << '\n';
    if (wait == ProcessingWait::UserTags)
        std::erase_if(processing.handlers, [](const auto &handler) { return handler->kind() == ObjectJob::Kind; });
    JobRunner runner(catalog, processing.handlers, JobRunnerOptions::fromSettings());
    const bool interactive = isatty(STDERR_FILENO);
    ProcessingOutcome outcome;
    Status ran = runner.runUntilIdle([&](const JobProgress &progress) {
        outcome.done = progress.done;
        outcome.failed = progress.failed;
        if (interactive) {
            context.err << tr("\rprocessing: %1 done, %2 left (%3/s)   ").arg(progress.done).arg(progress.remaining)
                               .arg(progress.perSecond, 0, 'f', 1);
            context.err.flush();
        }
    });
    if (interactive && outcome.done)
        context.err << '\n';
    if (!ran) {
        context.err << ran.error() << '\n';
        outcome.ok = false;
    }
    if (wait == ProcessingWait::UserTags)
        if (const auto counts = JobQueue(catalog->connection()).countsByKind())
            for (const KindCounts &kind : counts.value())
                if (kind.kind == ObjectJob::Kind)
                    outcome.objectsQueued = kind.jobs.queued;
    return outcome;
}

QStringList writeSidecars(const CatalogPtr &catalog, const QStringList &assetPaths, const QStringList &removedTags,
                          const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("--no-sidecar"))
        || !TagEdits::sidecarsEnabled())
        return {};
    QStringList problems;
    SidecarQueue queue(SidecarTags::fromCatalog(catalog, false), SidecarOptions{}, std::chrono::milliseconds(0));
    QObject::connect(&queue, &SidecarQueue::failed, &queue,
                     [&problems](const QString &, const QString &message) { problems << message; }, Qt::DirectConnection);
    for (const QString &path : assetPaths)
        queue.enqueue(path, removedTags);
    queue.flush();
    return problems;
}

QString sharedDataDir(const QStringList &arguments)
{
    const qsizetype data = arguments.indexOf(QStringLiteral("--data"));
    if (data >= 0 && data + 1 < arguments.size())
        return QFileInfo(arguments.at(data + 1)).absoluteFilePath();
    const QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(QStringLiteral("TAGSMITH_SHARED_DIR"));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QFileInfo(QStringLiteral(TAGSMITH_DEFAULT_SHARED_DIR)).absoluteFilePath();
}

void BenchFigures::add(const QString &name, double value, const QString &unit)
{
    m_lines << QStringLiteral("%1: %2 %3").arg(name, QString::number(value, 'f', value < 10 ? 3 : 1), unit);
    m_json.insert(name, value);
}

void BenchFigures::note(const QString &name, const QString &text)
{
    m_lines << QStringLiteral("%1: %2").arg(name, text);
    m_json.insert(name, text);
}

void BenchFigures::print()
{
    if (m_context.json)
        m_context.printJson(QJsonDocument(m_json));
    else
        for (const QString &line : std::as_const(m_lines))
            m_context.out << line << '\n';
    m_context.out.flush();
}

} // namespace tagsmith::cli
