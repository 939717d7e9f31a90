#include "commands.h"
#include "common.h"
#include "optionvalue.h"

#include "importing/importer.h"
#include "jobs/jobrunner.h"
#include "ml/cocodetector.h"
#include "processing/processingpipeline.h"
#include "media/thumbnailer.h"
#include "tagging/decodedthumbnail.h"
#include "tagging/embedderpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <ctime>
#include <functional>

namespace tagsmith::cli {
namespace {

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + now.tv_nsec / 1e9;
}

// Wall and CPU seconds of one phase. The CPU figure barely moves when other programs share
// the cores, so it shows where the pipeline's own overhead goes even on a busy machine.
class Stopwatch {
public:
    Stopwatch() { m_wall.start(); }
    double wall() const { return m_wall.nsecsElapsed() / 1e9; }
    double cpu() const { return processCpuSeconds() - m_cpuStart; }

private:
    QElapsedTimer m_wall;
    double m_cpuStart = processCpuSeconds();
};

// CPU seconds of the calling thread alone: a stage timed on one thread, without OpenCV's pool
// threads that spin between parallel regions.
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + now.tv_nsec / 1e9;
}

struct Timing {
    double wall = 0;
    double cpu = 0;
};

struct JobsRun {
    double seconds = 0;
    double cpuSeconds = 0;
    double importSeconds = 0;
    int jobs = 0;
    double longestStallMs = 0;
};

// Imports and processes `folder` into a fresh catalog on a worker thread (default workers, as
// the app runs them), while this (main) thread runs an event loop with a 5 ms timer: the worst
// lateness of that timer is what a GUI thread would feel.
JobsRun importAndProcess(const QString &folder, const QString &catalogPath, const QString &modelsDir)
{
    JobsRun run;
    auto catalog = Catalog::open(catalogPath);
    if (!catalog)
        return run;
    std::atomic<bool> finished{false};
    const Stopwatch clock;
    QThread *worker = QThread::create([&] {
        Importer(catalog.value()).run({folder});
        run.importSeconds = clock.wall();
        ProcessingHandlers processing = makeProcessingHandlers(catalog.value(), modelsDir);
        JobRunner runner(catalog.value(), processing.handlers);
        (void)runner.runUntilIdle([&](const JobProgress &progress) { run.jobs = progress.done; });
        finished = true;
    });
    QEventLoop loop;
    QElapsedTimer tick;
    tick.start();
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        run.longestStallMs = std::max(run.longestStallMs, tick.nsecsElapsed() / 1e6 - 5.0);
        tick.restart();
        if (finished)
            loop.quit();
    });
    timer.start();
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    run.seconds = clock.wall();
    run.cpuSeconds = clock.cpu();
    return run;
}

// `count` links to the clothing photos in `folder`: the real files, in a folder of our own.
QStringList linkPhotos(const QString &source, const QString &folder, int count)
{
    QDir().mkpath(folder);
    QStringList linked;
    for (const QString &klass : QDir(source).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        for (const QString &file : QDir(source + QLatin1Char('/') + klass).entryList(QDir::Files, QDir::Name)) {
            const QString link = folder + QLatin1Char('/') + klass + QLatin1Char('-') + file;
            if (linked.size() < count && QFile::link(source + QLatin1Char('/') + klass + QLatin1Char('/') + file, link))
                linked << link;
        }
    return linked;
}

// The installed packs without the COCO detector: the pipeline as for a user who has generic
// object detection off (the pack not installed).
QString modelsWithoutDetector(const QString &modelsDir, const QString &into)
{
    QDir().mkpath(into);
    for (const QString &pack : QDir(modelsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (pack != QLatin1String("coco_centernet"))
            QFile::link(modelsDir + QLatin1Char('/') + pack, into + QLatin1Char('/') + pack);
    return into;
}

struct ForwardTimes {
    Timing embedder;       // the fastest way found to run the embedder over the images
    QString embedderWay;   // which way that was
    Timing detector;       // one image at a time per network (the detector's only batch size)
    QString error;
};

// Wall and CPU time of `workers` threads each running `work(worker)` until it returns.
Timing timeOnThreads(int workers, const std::function<void(int worker)> &work)
{
    const Stopwatch clock;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back(QThread::create([&work, w] { work(w); }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        thread->wait();
    return Timing{clock.wall(), clock.cpu()};
}

// Seconds for `workers` threads, each with its own network, to embed `images` in batches of
// `batch` (the images dealt out round-robin by batch).
Result<Timing> embedderTiming(const std::vector<cv::Mat> &images, const QString &modelsDir, int workers, int batch)
{
    auto pool = EmbedderPool::create(modelsDir, workers);
    if (!pool)
        return Error{pool.error()};
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    const Timing timing = timeOnThreads(workers, [&](int) {
        auto embedder = pool.value()->borrow();
        for (size_t at; (at = next.fetch_add(size_t(batch))) < images.size();) {
            const std::vector<cv::Mat> chunk(images.begin() + qsizetype(at),
                                             images.begin() + qsizetype(std::min(images.size(), at + size_t(batch))));
            if (!embedder->embed(chunk))
                failed = true;
        }
    });
    if (failed)
        return Error{QCoreApplication::translate("tagsmith::cli", "the embedder failed on a decoded image")};
    return timing;
}

// Seconds for `workers` threads, each with its own COCO detector, to run it over `images`.
Result<Timing> detectorTiming(const std::vector<cv::Mat> &images, const QString &modelsDir, int workers)
{
    auto pack = ml::ModelPack::load(modelsDir, QStringLiteral("coco_centernet"));
    if (!pack)
        return Error{pack.error()};
    std::vector<ml::CocoDetector> detectors;
    for (int w = 0; w < workers; ++w) {
        auto detector = ml::CocoDetector::create(pack.value());
        if (!detector)
            return Error{detector.error()};
        detectors.push_back(std::move(detector).value());
    }
    std::atomic<size_t> next{0};
    return timeOnThreads(workers, [&](int worker) {
        for (size_t at; (at = next.fetch_add(1)) < images.size();)
            (void)detectors[size_t(worker)].detect(images[at], 0);
    });
}

// The bare networks on images decoded beforehand (decoding not timed): the pipeline's ceiling.
// The embedder is timed several ways (one network or one per core, one image at a time or
// batched) and the fastest is the baseline, so the ratio cannot flatter the pipeline.
ForwardTimes bareForward(const QStringList &files, const QString &modelsDir, bool detector, BenchFigures &figures,
                         const QString &suffix)
{
    ForwardTimes times;
    std::vector<cv::Mat> images;
    const double decodeStart = threadCpuSeconds();
    for (const QString &file : files)
        if (auto image = decodeForEmbedding(file); image)
            images.push_back(image.value());
    figures.add(QStringLiteral("stage_decode_ms_per_image") + suffix, 1000 * (threadCpuSeconds() - decodeStart) / files.size(),
                QStringLiteral("ms"));
    // What the tag job adds for the thumbnail once the image is decoded: scale and PNG.
    const QTemporaryDir cache;
    const Thumbnailer thumbnailer(ProbeLimits{}, cache.path());
    double scaling = 0, storing = 0;
    for (size_t i = 0; i < images.size(); ++i) {
        const double start = threadCpuSeconds();
        const QImage picture = decodedThumbnail(images[i], Thumbnailer::Size);
        const double scaled = threadCpuSeconds();
        thumbnailer.storeDecoded(files.value(qsizetype(i)), picture);
        scaling += scaled - start;
        storing += threadCpuSeconds() - scaled;
    }
    figures.add(QStringLiteral("stage_thumbnail_scale_ms_per_image") + suffix, 1000 * scaling / files.size(), QStringLiteral("ms"));
    figures.add(QStringLiteral("stage_thumbnail_png_ms_per_image") + suffix, 1000 * storing / files.size(), QStringLiteral("ms"));
    const int cores = QThread::idealThreadCount();
    struct Way {
        int workers, batch;
    };
    // Batches of 8 and 16 ran at half the rate of single images (OpenCV 4.6 on this CPU):
    // the bench keeps one batched way to show it.
    std::vector<Way> ways{{1, 1}, {cores, 1}, {cores, 8}};
    for (const QString &size : qEnvironmentVariable("TAGSMITH_BENCH_BATCHES").split(QLatin1Char(','), Qt::SkipEmptyParts))
        ways.push_back(Way{cores, size.toInt()});
    for (const Way &way : ways) {
        auto timing = embedderTiming(images, modelsDir, way.workers, way.batch);
        if (!timing) {
            times.error = timing.error();
            return times;
        }
        const QString name = QStringLiteral("embedder_forward_%1_networks_batch_%2").arg(way.workers).arg(way.batch);
        figures.add(name + suffix, images.size() / timing.value().wall, QStringLiteral("images/s"));
        if (times.embedder.wall == 0 || timing.value().wall < times.embedder.wall) {
            times.embedder = timing.value();
            times.embedderWay = name;
        }
    }
    if (!detector)
        return times;
    for (const int workers : {1, cores}) {
        auto timing = detectorTiming(images, modelsDir, workers);
        if (!timing) {
            times.error = timing.error();
            return times;
        }
        figures.add(QStringLiteral("detector_forward_%1_networks%2").arg(workers).arg(suffix), images.size() / timing.value().wall,
                    QStringLiteral("images/s"));
        if (times.detector.wall == 0 || timing.value().wall < times.detector.wall)
            times.detector = timing.value();
    }
    return times;
}

} // namespace

// `bench jobs`: clothing photos imported and fully processed (thumbnail, embedding, smart tags,
// and in a second run generic object detection) against the bare forward passes of the same
// networks on the same images in the same run; the longest main-thread stall while it runs.
int runBenchJobs(CliContext &context, const QStringList &arguments)
{
    const QString source = sharedDataDir(arguments) + QStringLiteral("/datasets/fewshot/clothing/train");
    if (!QFileInfo(source).isDir()) {
        context.err << tr("no clothing photos at %1 (use --data DIR)").arg(source) << '\n';
        return 2;
    }
    const int imageCount = optionValue(arguments, QStringLiteral("--images"), QStringLiteral("1000")).toInt();
    const int objectCount = optionValue(arguments, QStringLiteral("--object-images"), QStringLiteral("200")).toInt();
    if (imageCount <= 0 || objectCount < 0) {
        context.err << tr("usage: tagsmith-cli bench jobs [--images N] [--object-images N] [--json]") << '\n';
        return 2;
    }
    QTemporaryDir scratch;
    const QStringList photos = linkPhotos(source, scratch.filePath(QStringLiteral("photos")), imageCount);
    const QStringList objectPhotos = linkPhotos(source, scratch.filePath(QStringLiteral("objects")), objectCount);
    qputenv("XDG_CACHE_HOME", QFile::encodeName(scratch.filePath(QStringLiteral("cache"))));
    const QString plainModels = modelsWithoutDetector(context.modelsDir, scratch.filePath(QStringLiteral("models")));

    BenchFigures figures(context);
    double longest = 0;
    auto measure = [&](const QStringList &files, const QString &folder, const QString &modelsDir, bool detector,
                       const QString &suffix) -> bool {
        context.err << tr("bare forward passes over %1 decoded images…").arg(files.size()) << '\n';
        const ForwardTimes forward = bareForward(files, context.modelsDir, detector, figures, suffix);
        if (!forward.error.isEmpty()) {
            context.err << tr("the networks cannot run: %1 (are the models installed?)").arg(forward.error) << '\n';
            return false;
        }
        context.err << tr("importing and processing %1 images…").arg(files.size()) << '\n';
        const JobsRun run = importAndProcess(folder, scratch.filePath(QStringLiteral("catalog%1.sqlite").arg(suffix)), modelsDir);
        if (run.jobs == 0) {
            context.err << tr("nothing was processed: are the models installed (tagsmith-cli models install DIR)?") << '\n';
            return false;
        }
        const double forwardRate = files.size() / (forward.embedder.wall + forward.detector.wall);
        const double rate = files.size() / run.seconds;
        const double forwardCpuMs = 1000 * (forward.embedder.cpu + forward.detector.cpu) / files.size();
        const double cpuMs = 1000 * run.cpuSeconds / files.size();
        figures.add(QStringLiteral("images%1").arg(suffix), files.size(), QStringLiteral("files"));
        figures.add(QStringLiteral("jobs%1").arg(suffix), run.jobs, QStringLiteral("jobs"));
        figures.note(QStringLiteral("embedder_baseline%1").arg(suffix), forward.embedderWay);
        figures.add(QStringLiteral("forward_images_per_s%1").arg(suffix), forwardRate, QStringLiteral("images/s"));
        figures.add(QStringLiteral("import_s%1").arg(suffix), run.importSeconds, QStringLiteral("s"));
        figures.add(QStringLiteral("end_to_end_images_per_s%1").arg(suffix), rate, QStringLiteral("images/s"));
        figures.add(QStringLiteral("end_to_end_vs_forward_ratio%1").arg(suffix), rate / forwardRate, QStringLiteral("x"));
        figures.add(QStringLiteral("forward_cpu_ms_per_image%1").arg(suffix), forwardCpuMs, QStringLiteral("ms"));
        figures.add(QStringLiteral("end_to_end_cpu_ms_per_image%1").arg(suffix), cpuMs, QStringLiteral("ms"));
        figures.add(QStringLiteral("forward_vs_end_to_end_cpu_ratio%1").arg(suffix), forwardCpuMs / cpuMs, QStringLiteral("x"));
        longest = std::max(longest, run.longestStallMs);
        return true;
    };
    if (!measure(photos, scratch.filePath(QStringLiteral("photos")), plainModels, false, QString()))
        return 1;
    if (objectCount > 0 && !QFileInfo(context.modelsDir + QStringLiteral("/coco_centernet")).isDir())
        figures.note(QStringLiteral("objects"), tr("not measured: the coco_centernet pack is not installed"));
    else if (objectCount > 0
        && !measure(objectPhotos, scratch.filePath(QStringLiteral("objects")), context.modelsDir, true, QStringLiteral("_objects")))
        return 1;
    figures.add(QStringLiteral("end_to_end_target_ratio"), 0.8, QStringLiteral("x"));
    figures.add(QStringLiteral("longest_main_thread_stall_ms"), longest, QStringLiteral("ms"));
    figures.add(QStringLiteral("stall_target_ms"), 50, QStringLiteral("ms"));
    figures.print();
    return 0;
}

} // namespace tagsmith::cli
