// OCR speed on the image-only scan of the documents dataset: pages/s through the whole
// PP-OCRv4 chain, against two baselines from the same run: rendering the pages with Poppler
// (what extraction costs without OCR), the detector's forward pass alone and the recognizer's
// forward pass on one word crop of the golden fixtures.
// Usage: bench_ocr [--lines] [--all] [--detector-pixels N] [PDF]
// (--lines prints every recognised line with its confidence, --all also those OCR drops)
#include "ocr/ocrengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

#include <poppler-qt6.h>

#include <opencv2/imgcodecs.hpp>

#include <cstdio>

using namespace tagsmith::ocr;

namespace {

constexpr double kDpi = 150.0;   // the PDF reader's OCR resolution (core/text/pdfreader.cpp)

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool printLines = arguments.removeAll(QStringLiteral("--lines")) > 0;
    OcrLimits limits;
    if (arguments.removeAll(QStringLiteral("--all")) > 0)
        limits.minConfidence = 0;   // show the lines OCR would drop as well
    if (const int side = arguments.indexOf(QStringLiteral("--detector-pixels")); side >= 0)
        limits.maxDetectorPixels = arguments.takeAt(side + 1).toLongLong(), arguments.removeAt(side);
    const QString path = arguments.value(0, QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/documents/debian_history_en_scanned_image_only.pdf"));
    QTextStream out(stdout);

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    auto engine = OcrEngine::load(QStringLiteral(TAGSMITH_SHARED_DIR "/models/ppocrv4"), limits);
    auto detector = TextDetector::load(QStringLiteral(TAGSMITH_SHARED_DIR "/models/ppocrv4/ppocrv4_det.onnx"));
    auto recognizer = TextRecognizer::load(QStringLiteral(TAGSMITH_SHARED_DIR "/models/ppocrv4/ppocrv4_rec_48x320.onnx"),
                                           QStringLiteral(TAGSMITH_SHARED_DIR "/models/ppocrv4/ppocr_keys_v1.txt"));
    const cv::Mat word = cv::imread(TAGSMITH_SHARED_DIR "/models/golden/scenetext_word01.jpg", cv::IMREAD_COLOR);
    if (!engine || !detector || !recognizer || word.empty()) {
        std::fprintf(stderr, "%s\n", qPrintable(!engine ? engine.error() : !detector ? detector.error() : recognizer.error()));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    std::vector<QImage> pages;
    for (int index = 0; index < document->numPages(); ++index)
        pages.push_back(document->page(index)->renderToImage(kDpi, kDpi));
    const double renderSeconds = timer.nsecsElapsed() / 1e9;

    // The detector alone, at the size OcrEngine uses.
    timer.restart();
    for (const QImage &page : pages) {
        const cv::Mat bgr = OcrEngine::toBgr(page);
        const cv::Size input = engine.value()->detectorInput(bgr.size());
        if (auto map = detector.value().probabilityMap(bgr, input); !map) {
            std::fprintf(stderr, "%s\n", qPrintable(map.error()));
            return 1;
        }
    }
    const double detectSeconds = timer.nsecsElapsed() / 1e9;

    constexpr int kRecognitions = 20;
    timer.restart();
    for (int pass = 0; pass < kRecognitions; ++pass)
        if (auto text = recognizer.value().recognizeCrop(word); !text) {
            std::fprintf(stderr, "%s\n", qPrintable(text.error()));
            return 1;
        }
    const double recognizeSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    int lines = 0, boxes = 0;
    qint64 characters = 0;
    for (const QImage &page : pages) {
        auto recognized = engine.value()->recognize(page);
        if (!recognized) {
            std::fprintf(stderr, "%s\n", qPrintable(recognized.error()));
            return 1;
        }
        lines += int(recognized->lines.size());
        boxes += recognized->boxesDetected;
        characters += recognized->text().size();
        if (printLines)
            for (const OcrLine &line : recognized->lines)
                out << line.row << '\t' << QString::number(line.confidence, 'f', 2) << '\t' << int(line.bounds.x) << ','
                    << int(line.bounds.y) << ' ' << int(line.bounds.width) << 'x' << int(line.bounds.height) << '\t' << line.text << '\n';
    }
    const double ocrSeconds = timer.nsecsElapsed() / 1e9;
    const double pageCount = double(pages.size());

    out << "pages: " << pages.size() << " pages (" << pages.front().width() << 'x' << pages.front().height() << " at 150 dpi)\n";
    out << "render_baseline: " << pageCount / renderSeconds << " pages/s\n";
    out << "detector_forward_baseline: " << pageCount / detectSeconds << " pages/s\n";
    out << "recognizer_forward_baseline: " << kRecognitions / recognizeSeconds << " crops/s\n";
    out << "ocr: " << pageCount / ocrSeconds << " pages/s\n";
    out << "ocr_lines: " << lines / ocrSeconds << " lines/s (" << lines << " lines kept of " << boxes << " boxes, " << characters << " characters)\n";
    out << "ocr_vs_render: " << renderSeconds / ocrSeconds << " x\n";
    return 0;
}
