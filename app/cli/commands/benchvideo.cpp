#include "commands.h"
#include "common.h"

#include "text/csvreader.h"
#include "processing/videoframesampler.h"
#include "processing/videotagjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>

namespace tagsmith::cli {

namespace {
constexpr int Rounds = 2;

// A figure that is a threshold: --NAME VALUE, else the setting, else AEM's 0.7.
double threshold(const QStringList &arguments, const QString &option, const QString &setting)
{
    const qsizetype at = arguments.indexOf(option);
    if (at >= 0 && at + 1 < arguments.size())
        return arguments.at(at + 1).toDouble();
    return QSettings().value(setting, 0.7).toDouble();
}

QString describe(const QList<VideoTag> &tags, bool action, int limit)
{
    QStringList shown;
    for (const VideoTag &tag : tags) {
        if (tag.action != action || shown.size() >= limit)
            continue;
        shown << QStringLiteral("%1 %2").arg(tag.tag).arg(tag.confidence, 0, 'f', 2);
    }
    return shown.join(QStringLiteral(", "));
}
} // namespace

// Video smart tags over datasets/videos: frames/s of the whole job (decode, seek, embed, every
// model, aggregation) against the embedder's bare forward pass on the same frames, already
// decoded, in the same run; per video the tags it got beside the manifest's expected_tags.
int runBenchVideo(CliContext &context, const QStringList &arguments)
{
    const QString dir = sharedDataDir(arguments) + QStringLiteral("/datasets/videos");
    QFile manifestFile(dir + QStringLiteral("/manifest.csv"));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        context.err << tr("no videos manifest at %1 (use --data DIR, the folder holding datasets/)").arg(manifestFile.fileName()) << '\n';
        return 2;
    }
    const QList<QStringList> rows = CsvReader::parse(QString::fromUtf8(manifestFile.readAll()));
    const qsizetype fileColumn = rows.value(0).indexOf(QStringLiteral("file"));
    const qsizetype expectedColumn = rows.value(0).indexOf(QStringLiteral("expected_tags"));
    if (fileColumn < 0 || expectedColumn < 0) {
        context.err << tr("the videos manifest has no file or expected_tags column") << '\n';
        return 2;
    }
    const CatalogPtr catalog = openCatalog(context);
    if (!catalog)
        return 2;
    VideoTagOptions options;
    options.objectThreshold = threshold(arguments, QStringLiteral("--object-threshold"), QStringLiteral("video/objectThreshold"));
    options.actionThreshold = threshold(arguments, QStringLiteral("--action-threshold"), QStringLiteral("video/actionThreshold"));
    // One embedder for both sides: the figure is per core, comparable with the baseline.
    auto job = VideoTagJob::create(catalog, context.modelsDir, 1, options);
    if (!job) {
        context.err << tr("video tagging is off: %1").arg(job.error()) << '\n';
        return 2;
    }

    BenchFigures figures(context);
    int frames = 0;
    int failed = 0;
    bool hasActionModel = false;
    std::vector<cv::Mat> decoded;
    // Alternating rounds, best of each side: the machine is shared, and the best time is the
    // one least disturbed by other processes.
    double oursSeconds = 1e9;
    double baselineSeconds = 1e9;
    int embedded = 0;
    for (int round = 0; round < Rounds; ++round) {
        frames = 0;
        failed = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QStringList &row : rows.mid(1)) {
            const QString file = row.value(fileColumn);
            const auto tagging = job.value()->analyse(dir + QLatin1Char('/') + file);
            if (!tagging) {
                ++failed;
                if (round == 0)
                    figures.note(QStringLiteral("video.") + file + QStringLiteral(".error"), tagging.error());
                continue;
            }
            frames += tagging.value().frames;
            hasActionModel = hasActionModel || tagging.value().hasActionModel;
            if (round > 0)
                continue;
            figures.note(QStringLiteral("video.") + file + QStringLiteral(".expected"), row.value(expectedColumn));
            figures.note(QStringLiteral("video.") + file + QStringLiteral(".objects"), describe(tagging.value().tags, false, 5));
            if (tagging.value().hasActionModel)
                figures.note(QStringLiteral("video.") + file + QStringLiteral(".actions"), describe(tagging.value().tags, true, 5));
        }
        oursSeconds = qMin(oursSeconds, timer.nsecsElapsed() / 1e9);

        // Baseline: the same frames through the bare forward pass, decoded beforehand (untimed).
        if (decoded.empty()) {
            for (const QStringList &row : rows.mid(1)) {
                // A video that does not decode is already counted as failed above.
                [[maybe_unused]] const auto sampled = VideoFrameSampler(ProbeLimits{}).sample(
                    dir + QLatin1Char('/') + row.value(fileColumn), options.frames, options.shortSide, [&](const TimedFrame &frame) {
                        decoded.push_back(frame.bgr());
                        return true;
                    });
            }
        }
        timer.restart();
        embedded = 0;
        {
            auto embedder = job.value()->models().embedders->borrow();
            for (const cv::Mat &frame : decoded)
                embedded += embedder->embed(frame) ? 1 : 0;
        }
        baselineSeconds = qMin(baselineSeconds, timer.nsecsElapsed() / 1e9);
    }

    figures.add(QStringLiteral("videos"), double(rows.size() - 1), QStringLiteral("files"));
    figures.add(QStringLiteral("failed"), failed, QStringLiteral("files"));
    figures.add(QStringLiteral("frames"), frames, QStringLiteral("frames"));
    figures.add(QStringLiteral("tag_frames_per_s"), frames / oursSeconds, QStringLiteral("frames/s"));
    figures.add(QStringLiteral("forward_pass_frames_per_s"), embedded / baselineSeconds, QStringLiteral("frames/s"));
    figures.add(QStringLiteral("ratio"), (frames / oursSeconds) / (embedded / baselineSeconds), QStringLiteral("x"));
    figures.add(QStringLiteral("object_threshold"), options.objectThreshold, QStringLiteral("confidence"));
    figures.add(QStringLiteral("action_threshold"), options.actionThreshold, QStringLiteral("confidence"));
    figures.note(QStringLiteral("actions"), hasActionModel ? tr("from the catalog's action models")
                                                           : tr("none: no action model in the catalog, so no actions are tagged"));
    figures.print();
    return failed == 0 ? 0 : 1;
}

} // namespace tagsmith::cli
