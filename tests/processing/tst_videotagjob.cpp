#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/genericlabelrepository.h"
#include "catalog/tagrepository.h"
#include "ml/trainer.h"
#include "processing/tagrangerepository.h"
#include "processing/videoframesampler.h"
#include "processing/videotagjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tagsmith;

namespace {
const QString VideosDir = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/videos");
const QString BadDir = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/bad");
const QString ModelsDir = QStringLiteral(TAGSMITH_SHARED_DIR "/models");

// Resident set peak of this process in kB (Linux), for the memory bound.
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

// Video smart tags on the real shared videos and the real embedder: every video gets tags,
// damaged files end with a reason, a 2-hour stream stays within the frame, time and memory bounds.
class TestVideoTagJob : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CatalogPtr m_catalog;
    std::shared_ptr<VideoTagJob> m_job;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error()));
        m_catalog = catalog.value();
        auto job = VideoTagJob::create(m_catalog, ModelsDir, 1);
        QVERIFY2(job, qPrintable(job ? QString() : job.error()));
        m_job = job.value();
    }

    void aggregationRule_data()
    {
        QTest::addColumn<QList<double>>("confidences");
        QTest::addColumn<double>("expected");
        QTest::addColumn<int>("ranges");
        // times are 0.5, 1.5, 2.5 ... (one frame a second), threshold 0.7
        QTest::newRow("one frame uses it") << QList<double>{0.9} << 0.9 << 1;
        QTest::newRow("one spike among many is a third") << QList<double>{0.0, 0.9, 0.0, 0.0, 0.0, 0.0} << 0.3 << 1;
        QTest::newRow("three strong frames") << QList<double>{0.8, 0.1, 0.8, 0.8, 0.1} << 0.8 << 2;
        QTest::newRow("a run is one range") << QList<double>{0.1, 0.75, 0.9, 0.7, 0.1} << (0.75 + 0.9 + 0.7) / 3 << 1;
        QTest::newRow("under the threshold has no range") << QList<double>{0.6, 0.65, 0.69} << (0.6 + 0.65 + 0.69) / 3 << 0;
    }

    void aggregationRule()
    {
        QFETCH(QList<double>, confidences);
        QFETCH(double, expected);
        QFETCH(int, ranges);
        std::vector<double> times;
        std::vector<float> values;
        for (qsizetype i = 0; i < confidences.size(); ++i) {
            times.push_back(double(i) + 0.5);
            values.push_back(float(confidences.at(i)));
        }
        const double duration = double(confidences.size());
        const TagSeriesSummary summary = summariseTagSeries(times, values, duration, 0.7);
        QVERIFY2(std::abs(summary.confidence - expected) < 1e-5, qPrintable(QString::number(summary.confidence)));
        QCOMPARE(summary.ranges.size(), ranges);
        for (const auto &[from, to] : summary.ranges) {
            QVERIFY(from >= 0 && to <= duration && from < to);
        }
        if (confidences.size() == 1 && ranges == 1)   // a one-frame video: the whole of it
            QCOMPARE(summary.ranges.first(), qMakePair(0.0, duration));
    }

    void everyVideoGetsTags_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name : QDir(VideosDir).entryList({QStringLiteral("*.mp4"), QStringLiteral("*.mkv"), QStringLiteral("*.webm"),
                                                              QStringLiteral("*.avi"), QStringLiteral("*.mov")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyVideoGetsTags()
    {
        QFETCH(QString, file);
        const auto tagging = m_job->analyse(VideosDir + QLatin1Char('/') + file);
        QVERIFY2(tagging, qPrintable(tagging ? QString() : tagging.error()));
        QVERIFY(tagging.value().frames >= 1 && tagging.value().frames <= m_job->options().frames);
        QVERIFY2(!tagging.value().tags.isEmpty(), "no tag at all");
        double norm = 0;
        for (const float v : tagging.value().embedding)
            norm += double(v) * v;
        QVERIFY(std::abs(norm - 1.0) < 1e-3);
        for (const VideoTag &tag : tagging.value().tags) {
            QVERIFY(tag.confidence >= SmartTagCandidateFloor && tag.confidence <= 1.0 + 1e-6);
            for (const auto &[from, to] : tag.ranges)
                QVERIFY(from >= 0 && from < to && to <= tagging.value().duration + 1.0);
        }
        QVERIFY(!tagging.value().hasActionModel);   // this catalog has no models: no actions invented
        for (const VideoTag &tag : tagging.value().tags)
            QVERIFY(!tag.action);
    }

    // With the COCO pack installed the frames also go through the object detector: the people
    // in the campus and webcam clips come out as coco/person over the objects threshold (0.3),
    // with time ranges.
    void peopleAreDetectedInFrames_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("campus") << QStringLiteral("people_walking_campus.mp4");
        QTest::newRow("webcam") << QStringLiteral("webcam_talking_160x120.avi");
    }

    void peopleAreDetectedInFrames()
    {
        QFETCH(QString, file);
        const auto tagging = m_job->analyse(VideosDir + QLatin1Char('/') + file);
        QVERIFY2(tagging, qPrintable(tagging ? QString() : tagging.error()));
        QVERIFY(tagging.value().objectsDetected);
        const auto person = std::find_if(tagging.value().tags.cbegin(), tagging.value().tags.cend(),
                                         [](const VideoTag &tag) { return tag.tag == QLatin1String("coco/person"); });
        QVERIFY(person != tagging.value().tags.cend());
        QCOMPARE(person->model, GenericModels::Objects);
        QVERIFY2(person->confidence >= 0.5, qPrintable(QString::number(person->confidence)));
        QVERIFY(!person->ranges.isEmpty());
    }

    void portraitFramesAreUpright()
    {
        int width = 0;
        int height = 0;
        const auto outcome = VideoFrameSampler(ProbeLimits{}).sample(VideosDir + QStringLiteral("/dog_portrait_rotate90.mp4"), 2, 256,
                                                                     [&](const TimedFrame &frame) {
            width = frame.image.width();
            height = frame.image.height();
            return true;
        });
        QVERIFY(outcome);
        QVERIFY2(height > width, qPrintable(QStringLiteral("%1x%2").arg(width).arg(height)));
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minimumFrames");   // 0: must fail with a reason
        QTest::addColumn<QString>("reason");      // part of the error when it fails
        // A lone frame of a campus scene has no ImageNet class over the floor (as a photo of it
        // would not): it must give its frame and embedding, not necessarily a tag.
        QTest::newRow("audio only") << QStringLiteral("audio_only_no_video_stream.mp4") << 0 << QStringLiteral("audio only");
        QTest::newRow("zero bytes") << QStringLiteral("zero_bytes.mp4") << 0 << QString();
        QTest::newRow("random bytes") << QStringLiteral("random_bytes.mp4") << 0 << QString();
        QTest::newRow("moov missing") << QStringLiteral("truncated_moov_missing.mp4") << 0 << QString();
        QTest::newRow("single frame") << QStringLiteral("single_frame_video.mp4") << 1 << QString();  // exactly one, see below
        QTest::newRow("corrupt middle") << QStringLiteral("video_corrupt_middle.mp4") << 8 << QString();
        QTest::newRow("truncated 40%") << QStringLiteral("truncated_40pct_faststart.mp4") << 1 << QString();
        QTest::newRow("mkv named as mp4") << QStringLiteral("mkv_named_as.mp4") << 8 << QString();
    }

    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, minimumFrames);
        QFETCH(QString, reason);
        const auto tagging = m_job->analyse(BadDir + QLatin1Char('/') + file);
        if (minimumFrames == 0) {
            QVERIFY(!tagging);
            QVERIFY(!tagging.error().isEmpty());
            QVERIFY2(tagging.error().contains(reason), qPrintable(tagging.error()));
            return;
        }
        QVERIFY2(tagging, qPrintable(tagging ? QString() : tagging.error()));
        QVERIFY2(tagging.value().frames >= minimumFrames, qPrintable(QString::number(tagging.value().frames)));
        QVERIFY(!tagging.value().embedding.empty());
        if (file.startsWith(u"single_frame"))
            QCOMPARE(tagging.value().frames, 1);
        else
            QVERIFY(!tagging.value().tags.isEmpty());
    }

    void cancelStopsBeforeAnyFrame()
    {
        const std::atomic<bool> cancel = true;
        const auto tagging = m_job->analyse(VideosDir + QStringLiteral("/people_walking_campus.mp4"), &cancel);
        QVERIFY(!tagging);
        QCOMPARE(tagging.error(), QCoreApplication::translate("tagging", "cancelled"));
    }

    // An action model trained on frames of example clips: its tags form their own set, judged
    // by the action threshold, while the generic labels stay objects under their own thresholds.
    void actionModelsAreTheirOwnSet()
    {
        const auto embeddings = [&](const QString &file, int count) {
            std::vector<ml::TrainingExample> examples;
            // No decode deadline: under load the default 10 s per file cut a clip to 9 frames,
            // and this test is about training on frames, not about the deadline.
            ProbeLimits unhurried;
            unhurried.timeoutMs = 3'600'000;
            const auto outcome = VideoFrameSampler(unhurried).sample(VideosDir + QLatin1Char('/') + file, count, 256,
                                                                         [&](const TimedFrame &frame) {
                const auto embedding = m_job->models().embedders->borrow()->embed(frame.bgr());
                if (embedding)
                    examples.push_back({file + QString::number(frame.seconds), embedding.value().vector});
                return true;
            });
            return outcome ? examples : std::vector<ml::TrainingExample>{};
        };
        ml::TrainingSet set;
        set.embeddingVariant = m_job->models().embedders->variant();
        set.tags.push_back({QStringLiteral("actions/walking"), embeddings(QStringLiteral("people_walking_campus.mp4"), 12)});
        set.tags.push_back({QStringLiteral("actions/swaying"), embeddings(QStringLiteral("tree_wind_cinepak.avi"), 12)});
        for (const QString &file : {QStringLiteral("city_night_skyscrapers.mkv"), QStringLiteral("diver_underwater.mov"),
                                    QStringLiteral("car_race_1906.webm")})
            for (auto &example : embeddings(file, 8))
                set.background.push_back(std::move(example));
        const auto trained = ml::Trainer::train(set);
        QVERIFY2(trained, qPrintable(trained ? QString() : trained.error()));

        TaggingModels models = m_job->models();
        models.models = {ActiveModel{QStringLiteral("activity"), 1, QStringLiteral("action"), 0.7, trained.value().model}};
        VideoTagOptions options;
        options.actionThreshold = 0.5;
        options.objectThreshold = 0.99;
        const auto job = VideoTagJob::create(m_catalog, models, options);
        const auto tagging = job->analyse(VideosDir + QStringLiteral("/people_walking_campus.mp4"));
        QVERIFY2(tagging, qPrintable(tagging ? QString() : tagging.error()));
        QVERIFY(tagging.value().hasActionModel);
        bool walking = false;
        for (const VideoTag &tag : tagging.value().tags) {
            QCOMPARE(tag.action, tag.model == QLatin1String("activity"));
            // Generic labels are objects judged by their own sources' thresholds, not the objects
            // threshold of 0.99: no ImageNet class reaches 0.7 in this clip, people pass COCO's 0.3.
            if (!tag.action)
                QVERIFY(GenericModels::contains(tag.model));
            if (tag.model == GenericModels::ImageNet)
                QVERIFY(tag.ranges.isEmpty());
            if (tag.tag == QLatin1String("coco/person"))
                QVERIFY(!tag.ranges.isEmpty());
            if (tag.tag == QLatin1String("actions/walking")) {
                walking = true;
                QVERIFY2(tag.confidence >= 0.5, qPrintable(QString::number(tag.confidence)));
                QVERIFY(!tag.ranges.isEmpty());
            }
        }
        QVERIFY(walking);
    }

    void cancelBetweenFrames()
    {
        std::atomic<bool> cancel = false;
        QList<int> seen;
        const auto tagging = m_job->analyse(VideosDir + QStringLiteral("/people_walking_campus.mp4"), &cancel,
                                            [&](int done, int planned) {
            seen << done;
            QCOMPARE(planned, m_job->options().frames);
            if (done == 2)
                cancel = true;
        });
        QVERIFY(!tagging);
        QCOMPARE(tagging.error(), QCoreApplication::translate("tagging", "cancelled"));
        QCOMPARE(seen, (QList<int>{1, 2}));   // no frame embedded after the cancel
    }

    void twoHourStreamIsBounded()
    {
        const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        if (ffmpeg.isEmpty())
            QSKIP("ffmpeg is not installed");
        const QString path = m_dir.filePath(QStringLiteral("two_hours.mp4"));
        QProcess process;
        process.start(ffmpeg, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                               QStringLiteral("-i"), QStringLiteral("testsrc=duration=7200:size=320x240:rate=1"),
                               QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                               QStringLiteral("-g"), QStringLiteral("250"), path});
        QVERIFY(process.waitForFinished(300'000));
        QCOMPARE(process.exitCode(), 0);

        const qint64 peakBefore = peakResidentKb();
        QElapsedTimer timer;
        timer.start();
        const auto tagging = m_job->analyse(path);
        QVERIFY2(tagging, qPrintable(tagging ? QString() : tagging.error()));
        QVERIFY(timer.elapsed() < m_job->options().timeoutMs);
        QCOMPARE(tagging.value().frames, m_job->options().frames);
        QVERIFY(std::abs(tagging.value().duration - 7200.0) < 2.0);
        // Frames are taken one at a time at reduced size: the peak grows by far less than a
        // decoded copy of the stream would need (7200 frames at 320x240 are 2.2 GB as ARGB).
        const qint64 growthKb = peakResidentKb() - peakBefore;
        QVERIFY2(growthKb < 150 * 1024, qPrintable(QStringLiteral("peak grew by %1 kB").arg(growthKb)));
    }

    // The whole path: import queues the video, the job stores tags, ranges and the embedding.
    void importStoresTagsAndRanges()
    {
        const QString catalogPath = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QString video = VideosDir + QStringLiteral("/dog_samoyed_phone.mp4");
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TAGSMITH_CLI), {QStringLiteral("--catalog"), catalogPath, QStringLiteral("--models"), ModelsDir,
                                                     QStringLiteral("import"), video});
        QVERIFY(process.waitForFinished(300'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        auto catalog = Catalog::open(catalogPath);
        QVERIFY(catalog);
        const auto asset = AssetRepository(catalog.value()->connection()).findByPath(QFileInfo(video).canonicalFilePath());
        QVERIFY(asset && asset.value());
        const auto tags = TagRepository(catalog.value()->connection()).tagsOf(asset.value()->id);
        QVERIFY(tags);
        int smart = 0;
        for (const AssetTag &tag : tags.value())
            smart += tag.source == TagSource::Smart ? 1 : 0;
        QVERIFY2(smart > 0, "the video got no smart tag");
        const auto ranges = TagRangeRepository(catalog.value()->connection()).rangesOf(asset.value()->id);
        QVERIFY2(ranges, qPrintable(ranges ? QString() : ranges.error()));
        for (const TagRange &range : ranges.value())
            QVERIFY(range.startSeconds < range.endSeconds);
    }
};

QTEST_GUILESS_MAIN(TestVideoTagJob)
#include "tst_videotagjob.moc"
