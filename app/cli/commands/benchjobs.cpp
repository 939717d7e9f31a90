#include "commands.h"
#include "common.h"

#include "importing/importer.h"
#include "jobs/jobrunner.h"
#include "processing/processingpipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace tagsmith::cli {
namespace {

struct JobsRun {
    double seconds = 0;
    int jobs = 0;
    double longestStallMs = 0;
};

// Imports and processes `folder` into a fresh catalog with `workers` inference workers on a
// worker thread, while this (main) thread runs an event loop with a 5 ms timer: the worst
// lateness of that timer is what a GUI thread would feel.
JobsRun importAndProcess(const QString &folder, const QString &catalogPath, const QString &modelsDir, int workers)
{
    JobsRun run;
    auto catalog = Catalog::open(catalogPath);
    if (!catalog)
        return run;
    std::atomic<bool> finished{false};
    QElapsedTimer clock;
    clock.start();
    QThread *worker = QThread::create([&] {
        Importer(catalog.value()).run({folder});
        ProcessingHandlers processing = makeProcessingHandlers(catalog.value(), modelsDir, workers);
        JobRunner runner(catalog.value(), processing.handlers, JobRunnerOptions{workers, workers});
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
    run.seconds = clock.nsecsElapsed() / 1e9;
    return run;
}

} // namespace

// `bench jobs`: 1 000 clothing photos imported and fully processed (thumbnail, embedding,
// smart tags) with 1 and with 2 workers; the longest main-thread stall while it runs.
int runBenchJobs(CliContext &context, const QStringList &arguments)
{
    const QString source = sharedDataDir(arguments) + QStringLiteral("/datasets/fewshot/clothing/train");
    if (!QFileInfo(source).isDir()) {
        context.err << tr("no clothing photos at %1 (use --data DIR)").arg(source) << '\n';
        return 2;
    }
    QTemporaryDir scratch;
    // 1 000 links, so the files are the real photos but the folder is ours.
    const QString folder = scratch.filePath(QStringLiteral("photos"));
    QDir().mkpath(folder);
    int linked = 0;
    for (const QString &klass : QDir(source).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        for (const QString &file : QDir(source + QLatin1Char('/') + klass).entryList(QDir::Files, QDir::Name))
            if (linked < 1000 && QFile::link(source + QLatin1Char('/') + klass + QLatin1Char('/') + file,
                                              folder + QLatin1Char('/') + klass + QLatin1Char('-') + file))
                ++linked;
    qputenv("XDG_CACHE_HOME", QFile::encodeName(scratch.filePath(QStringLiteral("cache"))));

    BenchFigures figures(context);
    figures.add(QStringLiteral("images"), linked, QStringLiteral("files"));
    double longest = 0;
    double rates[2] = {0, 0};
    for (int workers : {1, 2}) {
        context.err << tr("importing and processing %1 images with %2 worker(s)…").arg(linked).arg(workers) << '\n';
        const JobsRun run = importAndProcess(folder, scratch.filePath(QStringLiteral("w%1.sqlite").arg(workers)), context.modelsDir, workers);
        if (run.jobs == 0) {
            context.err << tr("nothing was processed: are the models installed (tagsmith-cli models install DIR)?") << '\n';
            return 1;
        }
        const double rate = linked / run.seconds;
        rates[workers - 1] = rate;
        figures.add(QStringLiteral("images_per_s_%1_worker").arg(workers), rate, QStringLiteral("images/s"));
        figures.add(QStringLiteral("jobs_%1_worker").arg(workers), run.jobs, QStringLiteral("jobs"));
        longest = std::max(longest, run.longestStallMs);
    }
    figures.add(QStringLiteral("speedup_2_vs_1_worker"), rates[1] / rates[0], QStringLiteral("x"));
    figures.add(QStringLiteral("longest_main_thread_stall_ms"), longest, QStringLiteral("ms"));
    figures.add(QStringLiteral("stall_target_ms"), 50, QStringLiteral("ms"));
    figures.print();
    return 0;
}

} // namespace tagsmith::cli
