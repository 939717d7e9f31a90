#include "csvtable.h"
#include "media/videoframes.h"

#include <QTest>

#include <cmath>

using namespace tagsmith;
using tagsmith::test::addDisplaySizeRows;

namespace {
const QString Datasets = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets");

double lumaSpread(const QImage &image)
{
    double sum = 0.0, sumSquares = 0.0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const double v = qGray(image.pixel(x, y));
            sum += v;
            sumSquares += v * v;
            ++n;
        }
    }
    const double mean = sum / n;
    return std::sqrt(sumSquares / n - mean * mean);
}
} // namespace

class TestVideoFrames : public QObject {
    Q_OBJECT
private slots:
    void representativeFrame_data()
    {
        QCOMPARE(addDisplaySizeRows(Datasets + QStringLiteral("/videos/manifest.csv")), 9);
    }

    void representativeFrame()
    {
        QFETCH(QString, file);
        QFETCH(int, displayWidth);
        QFETCH(int, displayHeight);
        const Result<QImage> frame = VideoFrames().representativeFrame(Datasets + QStringLiteral("/videos/") + file, 128);
        QVERIFY2(frame.ok(), qPrintable(frame.error()));
        // Upright: the portrait clip with rotation metadata gives a portrait frame.
        QCOMPARE(frame->width() > frame->height(), displayWidth > displayHeight);
        QVERIFY(std::abs(double(frame->width()) / frame->height() - double(displayWidth) / displayHeight) < 0.05);
        QCOMPARE(qMin(frame->width(), frame->height()), qMin(128, qMin(displayWidth, displayHeight)));
        QVERIFY2(lumaSpread(frame.value()) > 12.0, "the frame is blank");
    }

    void singleFrameVideo()
    {
        const QString path = Datasets + QStringLiteral("/bad/single_frame_video.mp4");
        QVERIFY(VideoFrames().representativeFrame(path).ok());
        const Result<QList<QImage>> frames = VideoFrames().sampleFrames(path, 8);
        QVERIFY2(frames.ok(), qPrintable(frames.error()));
        QCOMPARE(frames->size(), 1);
    }

    void damagedVideosGiveWhatDecodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minimumFrames");
        QTest::addColumn<int>("maximumFrames");
        // 200 KB of noise around 30 s: nearly every sample still decodes.
        QTest::newRow("corrupt middle") << "video_corrupt_middle.mp4" << 8 << 10;
        // Only the first ~24 s of 60 are present: the samples after that are missing.
        QTest::newRow("truncated 40%") << "truncated_40pct_faststart.mp4" << 2 << 6;
    }

    void damagedVideosGiveWhatDecodes()
    {
        QFETCH(QString, file);
        QFETCH(int, minimumFrames);
        QFETCH(int, maximumFrames);
        const QString path = Datasets + QStringLiteral("/bad/") + file;
        QVERIFY(VideoFrames().representativeFrame(path).ok());
        const Result<QList<QImage>> frames = VideoFrames().sampleFrames(path, 10, 64);
        QVERIFY2(frames.ok(), qPrintable(frames.error()));
        for (const QImage &frame : frames.value())
            QVERIFY(!frame.isNull());
        QVERIFY2(frames->size() >= minimumFrames && frames->size() <= maximumFrames, qPrintable(QString::number(frames->size())));
    }

    void samplesAreDistinct()
    {
        const Result<QList<QImage>> frames = VideoFrames().sampleFrames(Datasets + QStringLiteral("/videos/people_walking_campus.mp4"), 6, 64);
        QVERIFY2(frames.ok(), qPrintable(frames.error()));
        QCOMPARE(frames->size(), 6);
        QVERIFY(!frames->first().isNull());
        for (qsizetype i = 1; i < frames->size(); ++i)
            QVERIFY(frames->at(i) != frames->at(i - 1));
    }

    // The scrubber's frames: at the asked time (the first frame at or after it), upright, fitted
    // into the bounds without enlarging, the time clamped to the video.
    void frameAt_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QSize>("bounds");
        QTest::addColumn<double>("expected");    // the frame's time, within one frame
        QTest::addColumn<bool>("portrait");
        QTest::newRow("60 s clip, middle") << "people_walking_campus.mp4" << 30.0 << QSize(400, 300) << 30.0 << false;
        QTest::newRow("60 s clip, between frames") << "people_walking_campus.mp4" << 12.34 << QSize(400, 300) << 12.4 << false;
        QTest::newRow("past the end") << "people_walking_campus.mp4" << 99.0 << QSize(400, 300) << 59.9 << false;
        QTest::newRow("before the start") << "people_walking_campus.mp4" << -3.0 << QSize(400, 300) << 0.0 << false;
        QTest::newRow("portrait phone clip") << "dog_portrait_rotate90.mp4" << 1.0 << QSize(300, 300) << 1.0 << true;
        QTest::newRow("bounds over the size") << "webcam_talking_160x120.avi" << 2.0 << QSize(1920, 1080) << 2.0 << false;
    }

    void frameAt()
    {
        QFETCH(QString, file);
        QFETCH(double, seconds);
        QFETCH(QSize, bounds);
        QFETCH(double, expected);
        QFETCH(bool, portrait);
        const Result<VideoFrame> frame = VideoFrames().frameAt(Datasets + QStringLiteral("/videos/") + file, seconds, bounds);
        QVERIFY2(frame.ok(), qPrintable(frame.error()));
        QVERIFY2(std::abs(frame->seconds - expected) <= 0.11, qPrintable(QString::number(frame->seconds)));
        const QImage &image = frame->image;
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() <= bounds.width() && image.height() <= bounds.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        QCOMPARE(image.height() > image.width(), portrait);
        QVERIFY(image.width() <= 160 || file != QLatin1String("webcam_talking_160x120.avi"));   // never enlarged
        QVERIFY2(lumaSpread(image) > 5.0, "the frame is blank");
    }

    void frameAtRefusesBrokenFiles()
    {
        const Result<VideoFrame> frame = VideoFrames().frameAt(Datasets + QStringLiteral("/bad/audio_only_no_video_stream.mp4"), 1.0, QSize(320, 240));
        QVERIFY(!frame.ok());
        QVERIFY2(frame.error().contains(QStringLiteral("no video stream")), qPrintable(frame.error()));
    }

    void refusesNonVideo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("audio only") << "audio_only_no_video_stream.mp4" << "no video stream";
        QTest::newRow("no index") << "truncated_moov_missing.mp4" << "cannot open the video";
        QTest::newRow("random") << "random_bytes.mp4" << "cannot open the video";
        QTest::newRow("empty") << "zero_bytes.mp4" << "cannot open the video";
    }

    void refusesNonVideo()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const Result<QImage> frame = VideoFrames().representativeFrame(Datasets + QStringLiteral("/bad/") + file);
        QVERIFY(!frame.ok());
        QVERIFY2(frame.error().contains(reason), qPrintable(frame.error()));
    }
};

QTEST_GUILESS_MAIN(TestVideoFrames)
#include "tst_videoframes.moc"
