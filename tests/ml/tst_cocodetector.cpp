#include "ml/cocodetector.h"
#include "ml/modelpack.h"

#include <opencv2/imgcodecs.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <optional>

using namespace tagsmith::ml;

namespace {

const QString shared = QStringLiteral(TAGSMITH_SHARED_DIR);

QJsonObject golden()
{
    QFile file(shared + QStringLiteral("/models/golden/coco_centernet.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("images")).toObject();
}

} // namespace

class tst_CocoDetector : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesGolden_data();
    void matchesGolden();
    void classScoresAreTheBestPeakPerClass();
    void rejectsEmptyImage();

private:
    std::optional<CocoDetector> m_detector;
};

void tst_CocoDetector::initTestCase()
{
    auto pack = ModelPack::load(shared + QStringLiteral("/models"), QStringLiteral("coco_centernet"));
    QVERIFY2(pack.ok(), qPrintable(pack.error()));
    auto detector = CocoDetector::create(pack.value());
    QVERIFY2(detector.ok(), qPrintable(detector.error()));
    m_detector.emplace(std::move(detector).value());
    QCOMPARE(m_detector->classNames().size(), 80);
    QCOMPARE(m_detector->classNames().first(), QStringLiteral("person"));
}

void tst_CocoDetector::matchesGolden_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject images = golden();
    QVERIFY(images.size() >= 3);
    for (auto it = images.begin(); it != images.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
}

void tst_CocoDetector::matchesGolden()
{
    QFETCH(QString, image);
    QFETCH(QJsonObject, expected);
    const cv::Mat bgr = cv::imread((shared + QStringLiteral("/models/golden/") + image).toStdString(), cv::IMREAD_COLOR);
    QCOMPARE(bgr.rows, expected.value(QLatin1String("decoded_shape")).toArray().at(0).toInt());
    QCOMPARE(bgr.cols, expected.value(QLatin1String("decoded_shape")).toArray().at(1).toInt());

    const cv::Mat blob = m_detector->blob(bgr);
    QCOMPARE(blob.size[1], 3);
    QCOMPARE(blob.size[2], 512);
    QCOMPARE(blob.size[3], 512);
    double sum = 0;
    for (size_t i = 0; i < blob.total(); ++i)
        sum += blob.ptr<float>()[i];
    QVERIFY(std::abs(sum / double(blob.total()) - expected.value(QLatin1String("blob_mean")).toDouble()) < 1e-3);
    const QJsonArray first8 = expected.value(QLatin1String("blob_first8_channel0_row0")).toArray();
    for (int i = 0; i < first8.size(); ++i)
        QCOMPARE(blob.ptr<float>()[i], float(first8.at(i).toDouble()));

    auto detections = m_detector->detect(bgr);
    QVERIFY2(detections.ok(), qPrintable(detections.error()));
    const ObjectDetections &found = detections.value();
    QCOMPARE(int(found.top.size()), 100);
    const QJsonArray argmax = expected.value(QLatin1String("heatmap_argmax_chw")).toArray();
    const float best = *std::max_element(found.classScores.begin(), found.classScores.end());
    QVERIFY(std::abs(best - expected.value(QLatin1String("ref_heatmap_max")).toDouble()) < 1e-5);
    QCOMPARE(int(std::max_element(found.classScores.begin(), found.classScores.end()) - found.classScores.begin()), argmax.at(0).toInt());

    const QJsonArray reference = expected.value(QLatin1String("ref_top_detections")).toArray();
    for (int i = 0; i < reference.size(); ++i) {
        const QJsonObject ref = reference.at(i).toObject();
        const ObjectDetection &mine = found.top.at(size_t(i));
        QCOMPARE(m_detector->classNames().at(mine.classIndex), ref.value(QLatin1String("label")).toString());
        QVERIFY2(std::abs(mine.score - ref.value(QLatin1String("score")).toDouble()) < 1e-3, qPrintable(QString::number(mine.score)));
        const QJsonArray box = ref.value(QLatin1String("box_x1y1x2y2_input_px")).toArray();
        const float coords[] = {mine.x1, mine.y1, mine.x2, mine.y2};
        for (int k = 0; k < 4; ++k)
            QVERIFY2(std::abs(coords[k] - box.at(k).toDouble()) < 0.05,
                     qPrintable(QStringLiteral("detection %1 coordinate %2: %3 vs %4").arg(i).arg(k).arg(coords[k]).arg(box.at(k).toDouble())));
    }
}

void tst_CocoDetector::classScoresAreTheBestPeakPerClass()
{
    const cv::Mat bgr = cv::imread((shared + QStringLiteral("/models/golden/dog.jpg")).toStdString(), cv::IMREAD_COLOR);
    auto detections = m_detector->detect(bgr, 1000);
    QVERIFY2(detections.ok(), qPrintable(detections.error()));
    std::vector<float> best(80, 0.0f);
    for (const ObjectDetection &peak : detections.value().top)
        best[size_t(peak.classIndex)] = std::max(best[size_t(peak.classIndex)], peak.score);
    const int dog = int(m_detector->classNames().indexOf(QStringLiteral("dog")));
    QVERIFY(dog > 0);
    QCOMPARE(detections.value().classScores[size_t(dog)], best[size_t(dog)]);
    QVERIFY(detections.value().classScores[size_t(dog)] > 0.4f);
}

void tst_CocoDetector::rejectsEmptyImage()
{
    auto detections = m_detector->detect(cv::Mat());
    QVERIFY(!detections.ok());
    QVERIFY(detections.error().contains(QLatin1String("empty")));
}

QTEST_GUILESS_MAIN(tst_CocoDetector)
#include "tst_cocodetector.moc"
