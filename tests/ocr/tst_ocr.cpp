// PP-OCRv4 on OpenCV against the reference outputs in ../shared/models/golden/ppocrv4.json, and
// the image-only scan of the documents dataset through the PDF reader's OCR hook.
#include "text/documenttext.h"
#include "manifest.h"
#include "ocr/ocrengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace tagsmith;
using namespace tagsmith::ocr;

namespace {

const QString kPack = QStringLiteral(TAGSMITH_SHARED_DIR "/models/ppocrv4");
const QString kGolden = QStringLiteral(TAGSMITH_SHARED_DIR "/models/golden");
const QString kScan = QStringLiteral("debian_history_en_scanned_image_only.pdf");

QJsonObject golden()
{
    QFile file(kGolden + QStringLiteral("/ppocrv4.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

cv::Mat readImage(const QString &name) { return cv::imread((kGolden + QLatin1Char('/') + name).toStdString(), cv::IMREAD_COLOR); }

} // namespace

class TestOcr : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectorMatchesGolden();
    void detectorFindsBoxes();
    void boxesFollowDbPostProcessing();
    void recognizerMatchesGolden_data();
    void recognizerMatchesGolden();
    void classifierMatchesGolden_data();
    void classifierMatchesGolden();
    void upsideDownLineIsTurned();
    void readingOrderIsRowsThenColumns();
    void scannedPdfGivesManifestKeywords();
    void cancelStopsPage();
    void brokenPackIsAnError();
    void oversizedPageIsRefused();

private:
    // One row per fixture file of a section ("rec", "cls") of ppocrv4.json.
    void addGoldenRows(const QString &section);

    QJsonObject m_golden;
    std::shared_ptr<OcrEngine> m_engine;
};

void TestOcr::initTestCase()
{
    m_golden = golden();
    QVERIFY(!m_golden.isEmpty());
    auto engine = OcrEngine::load(kPack);
    QVERIFY2(engine, qPrintable(engine.error()));
    m_engine = engine.value();
}

void TestOcr::detectorMatchesGolden()
{
    const QJsonObject reference = m_golden[QStringLiteral("det")][QStringLiteral("scenetext01.jpg")].toObject();
    const cv::Mat image = readImage(QStringLiteral("scenetext01.jpg"));
    QVERIFY(!image.empty());
    const cv::Size input = TextDetector::inputSize(image.size(), 960);
    QCOMPARE(input.height, reference[QStringLiteral("input_shape")].toArray().at(2).toInt());
    QCOMPARE(input.width, reference[QStringLiteral("input_shape")].toArray().at(3).toInt());
    auto detector = TextDetector::load(kPack + QStringLiteral("/ppocrv4_det.onnx"));
    QVERIFY2(detector, qPrintable(detector.error()));
    auto probability = detector.value().probabilityMap(image, input);
    QVERIFY2(probability, qPrintable(probability.error()));
    const int over = cv::countNonZero(probability.value() > 0.3);
    const int expected = reference[QStringLiteral("ref_pixels_over_0.3")].toInt();
    QVERIFY2(std::abs(over - expected) <= expected / 1000, qPrintable(QStringLiteral("%1 vs %2").arg(over).arg(expected)));
    QVERIFY(std::abs(cv::mean(probability.value())[0] - reference[QStringLiteral("ref_prob_mean")].toDouble()) < 1e-5);
}

void TestOcr::detectorFindsBoxes()
{
    // The word crops of the fixtures come from scene photos like scenetext01: it has text to box.
    const cv::Mat image = readImage(QStringLiteral("scenetext01.jpg"));
    auto detector = TextDetector::load(kPack + QStringLiteral("/ppocrv4_det.onnx"));
    QVERIFY2(detector, qPrintable(detector.error()));
    auto boxes = detector.value().detect(image, TextDetector::inputSize(image.size(), 960));
    QVERIFY2(boxes, qPrintable(boxes.error()));
    QVERIFY(!boxes->empty());
    for (const TextBox &box : boxes.value()) {
        QVERIFY(box.score >= 0.6f);
        QVERIFY((cv::Rect2f(0, 0, float(image.cols), float(image.rows)) & box.bounds()) == box.bounds());
    }
}

void TestOcr::addGoldenRows(const QString &section)
{
    QTest::addColumn<QString>("file");
    const QJsonObject fixtures = m_golden[section].toObject();
    for (const QString &file : fixtures.keys())
        QTest::newRow(qPrintable(file)) << file;
}

void TestOcr::boxesFollowDbPostProcessing()
{
    // A text kernel of 80x10 pixels at 0.9, a weak region at 0.4 (over the pixel threshold 0.3,
    // under the box threshold 0.6), and a speck too thin for a box; image twice the map's size.
    cv::Mat probability(100, 200, CV_32F, cv::Scalar(0));
    probability(cv::Rect(50, 40, 80, 10)).setTo(0.9);
    probability(cv::Rect(20, 70, 60, 10)).setTo(0.4);
    probability(cv::Rect(150, 80, 2, 2)).setTo(0.9);
    const std::vector<TextBox> boxes = TextDetector::boxesFromMap(probability, cv::Size(400, 200), TextDetector::Options{});
    QCOMPARE(boxes.size(), size_t(1));
    QVERIFY(std::abs(boxes.front().score - 0.9f) < 1e-4f);
    // minAreaRect over pixel centres is 79x9; unclip distance = area * 1.5 / perimeter.
    const float distance = 79.0f * 9.0f * 1.5f / (2 * (79.0f + 9.0f));
    const cv::Rect2f expected((50 - distance) * 2, (40 - distance) * 2, (79 + 2 * distance) * 2, (9 + 2 * distance) * 2);
    const cv::Rect2f bounds = boxes.front().bounds();
    QVERIFY2(std::abs(bounds.x - expected.x) < 1.5f && std::abs(bounds.y - expected.y) < 1.5f
                 && std::abs(bounds.width - expected.width) < 1.5f && std::abs(bounds.height - expected.height) < 1.5f,
             qPrintable(QStringLiteral("%1,%2 %3x%4").arg(bounds.x).arg(bounds.y).arg(bounds.width).arg(bounds.height)));
}

void TestOcr::recognizerMatchesGolden_data() { addGoldenRows(QStringLiteral("rec")); }

void TestOcr::recognizerMatchesGolden()
{
    QFETCH(QString, file);
    const QJsonObject reference = m_golden[QStringLiteral("rec")][file].toObject();
    auto recognizer = TextRecognizer::load(kPack + QStringLiteral("/ppocrv4_rec_48x320.onnx"), kPack + QStringLiteral("/ppocr_keys_v1.txt"));
    QVERIFY2(recognizer, qPrintable(recognizer.error()));
    const cv::Mat crop = readImage(file);
    QVERIFY(!crop.empty());
    auto recognized = recognizer.value().recognizeCrop(crop);
    QVERIFY2(recognized, qPrintable(recognized.error()));
    QCOMPARE(recognized->text, reference[QStringLiteral("ref_text")].toString());
    QVERIFY(std::abs(recognized->confidence - reference[QStringLiteral("ref_mean_char_conf")].toDouble()) < 1e-3);
    // A whole-line read of a short word is the same single pass.
    QCOMPARE(recognizer.value().recognizeLine(crop)->text, recognized->text);
}

void TestOcr::classifierMatchesGolden_data() { addGoldenRows(QStringLiteral("cls")); }

void TestOcr::classifierMatchesGolden()
{
    QFETCH(QString, file);
    const QJsonArray reference = m_golden[QStringLiteral("cls")][file][QStringLiteral("ref_probs_0deg_180deg")].toArray();
    auto classifier = DirectionClassifier::load(kPack + QStringLiteral("/ppocr_cls_48x192.onnx"));
    QVERIFY2(classifier, qPrintable(classifier.error()));
    auto probabilities = classifier.value().probabilities(readImage(file));
    QVERIFY2(probabilities, qPrintable(probabilities.error()));
    QVERIFY(std::abs(probabilities->first - reference.at(0).toDouble()) < 1e-4);
    QVERIFY(std::abs(probabilities->second - reference.at(1).toDouble()) < 1e-4);
}

void TestOcr::upsideDownLineIsTurned()
{
    auto classifier = DirectionClassifier::load(kPack + QStringLiteral("/ppocr_cls_48x192.onnx"));
    QVERIFY2(classifier, qPrintable(classifier.error()));
    const cv::Mat word = readImage(QStringLiteral("scenetext_word01.jpg"));
    cv::Mat turned;
    cv::rotate(word, turned, cv::ROTATE_180);
    auto direction = classifier.value().probabilities(turned);
    QVERIFY2(direction, qPrintable(direction.error()));
    QVERIFY2(direction->second > 0.9f, qPrintable(QString::number(direction->second)));
    auto upright = classifier.value().upright(turned);
    QVERIFY(upright);
    QCOMPARE(cv::norm(upright.value(), word, cv::NORM_INF), 0.0);
}

void TestOcr::readingOrderIsRowsThenColumns()
{
    // Two word crops side by side above a third: "CHINA HERE" then "Produkt".
    const cv::Mat china = readImage(QStringLiteral("scenetext_word01.jpg"));
    const cv::Mat here = readImage(QStringLiteral("scenetext_word02.jpg"));
    const cv::Mat produkt = readImage(QStringLiteral("scenetext_word04.jpg"));
    const auto scaled = [](const cv::Mat &crop) {
        cv::Mat out;
        cv::resize(crop, out, cv::Size(crop.cols * 40 / crop.rows, 40));
        return out;
    };
    cv::Mat canvas(400, 900, CV_8UC3, cv::Scalar::all(255));
    const cv::Mat a = scaled(china), b = scaled(here), c = scaled(produkt);
    b.copyTo(canvas(cv::Rect(450, 100, b.cols, b.rows)));
    a.copyTo(canvas(cv::Rect(60, 104, a.cols, a.rows)));
    c.copyTo(canvas(cv::Rect(60, 260, c.cols, c.rows)));
    auto page = m_engine->recognize(canvas);
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->text(), QStringLiteral("CHINA HERE\nProdukt"));
}

void TestOcr::scannedPdfGivesManifestKeywords()
{
    QStringList expected;
    for (const auto &row : readManifest(documentsDir() + QStringLiteral("/manifest.csv")))
        if (row.value(QStringLiteral("file")) == kScan)
            expected = row.value(QStringLiteral("expected_keywords")).split(QLatin1Char(';'));
    QVERIFY(!expected.isEmpty());
    const QString path = documentsDir() + QLatin1Char('/') + kScan;

    // Without OCR the scan has no text at all.
    const auto plain = DocumentText::extract(path);
    QVERIFY(!plain);
    QCOMPARE(plain.error(), QStringLiteral("no text layer"));

    // The scan is pages 1-3 of debian_history_en.pdf, which share the manifest row's keywords
    // with the whole 27-page book; only those on these pages' text layer can be read from the scan.
    ExtractionLimits firstPages;
    firstPages.maxPages = 3;
    const auto source = DocumentText::extract(documentsDir() + QStringLiteral("/debian_history_en.pdf"), {}, firstPages);
    QVERIFY2(source, qPrintable(source.error()));
    const QString sourceText = source->text.toLower().simplified();
    QStringList onPages;
    for (const QString &keyword : expected)
        if (sourceText.contains(keyword))
            onPages << keyword;
    QVERIFY2(onPages.size() >= 3, qPrintable(onPages.join(QLatin1Char(','))));

    ExtractionControl control;
    int pagesRead = 0;
    const auto reader = OcrEngine::pageReader(m_engine);
    control.ocrPage = [&](const QImage &page) {
        ++pagesRead;
        return reader(page);
    };
    const auto extracted = DocumentText::extract(path, {}, ExtractionLimits{}, control);
    QVERIFY2(extracted, qPrintable(extracted.error()));
    QCOMPARE(pagesRead, 3);
    const QString text = extracted->text.toLower().simplified();
    for (const QString &keyword : onPages)
        QVERIFY2(text.contains(keyword), qPrintable(keyword + QStringLiteral(" not in: ") + text));
    // Words of the page that are no keywords: the OCR reads whole sentences, spaces included.
    QVERIFY2(text.contains(QStringLiteral("significant contributions were made to this document")), qPrintable(text));
}

void TestOcr::cancelStopsPage()
{
    const std::atomic<bool> cancel{true};
    auto page = m_engine->recognize(readImage(QStringLiteral("scenetext01.jpg")), &cancel);
    QVERIFY(!page);
    QCOMPARE(page.error(), QStringLiteral("cancelled"));
}

void TestOcr::brokenPackIsAnError()
{
    // A real file that is not an ONNX model: the manifest, in place of the detector.
    auto engine = OcrEngine::load(QStringLiteral(TAGSMITH_SOURCE_DIR "/models"));
    QVERIFY(!engine);
    QVERIFY(!engine.error().isEmpty());
    auto missing = OcrEngine::loadInstalled(QStringLiteral(TAGSMITH_SOURCE_DIR "/models"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().startsWith(QStringLiteral("OCR is off")), qPrintable(missing.error()));
}

void TestOcr::oversizedPageIsRefused()
{
    OcrLimits limits;
    limits.maxImagePixels = 640 * 480;
    auto engine = OcrEngine::load(kPack, limits);
    QVERIFY2(engine, qPrintable(engine.error()));
    QImage page(800, 600, QImage::Format_RGB32);
    page.fill(Qt::white);
    auto refused = engine.value()->recognize(page);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("image too large for OCR: 800x600 pixels"));
    // Within the limit the same blank page is read, and has no text.
    auto blank = engine.value()->recognize(page.scaled(640, 480));
    QVERIFY2(blank, qPrintable(blank.error()));
    QVERIFY(blank->text().isEmpty());
}

QTEST_GUILESS_MAIN(TestOcr)
#include "tst_ocr.moc"
