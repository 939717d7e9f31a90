#pragma once

#include "directionclassifier.h"
#include "textdetector.h"
#include "textrecognizer.h"
#include "util/result.h"

#include <QImage>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace tagsmith::ocr {

struct OcrLimits {
    qint64 maxImagePixels = 60'000'000;     // larger pages are refused, not decoded further
    // Detector input budget: a 150 dpi A4 page (2.2 MP) is scaled to ~1 MP, 4x faster with the
    // same lines found on the scanned test PDF (docs/benchmarks.md, OCR).
    qint64 maxDetectorPixels = 1'000'000;
    int maxLines = 500;                     // text boxes recognised per page; the rest is dropped
    float minConfidence = 0.5f;             // PaddleOCR drop_score
};

struct OcrLine {
    QString text;
    float confidence = 0;
    cv::Rect2f bounds;
    int row = 0;   // lines of one row share it; rows count down the page
};

struct OcrPage {
    std::vector<OcrLine> lines;   // reading order
    int boxesDetected = 0;
    bool truncated = false;       // more boxes than OcrLimits::maxLines

    // Lines on one row joined by spaces, rows by newlines.
    QString text() const;
};

// The whole PP-OCRv4 chain for one page: detect boxes, turn upside-down lines, recognise,
// order top-to-bottom and left-to-right. OpenCV Nets are not re-entrant: calls are serialised.
class OcrEngine {
public:
    static inline const QString PackName = QStringLiteral("ppocrv4");

    // From the pack files in `directory` (ppocrv4_det.onnx, ppocrv4_rec_48x320.onnx, ...).
    static Result<std::shared_ptr<OcrEngine>> load(const QString &directory, const OcrLimits &limits = {});
    // From the installed pack modelsDir/ppocrv4; the error says why OCR is unavailable.
    static Result<std::shared_ptr<OcrEngine>> loadInstalled(const QString &modelsDir, const OcrLimits &limits = {});

    Result<OcrPage> recognize(const cv::Mat &bgr, const std::atomic<bool> *cancel = nullptr);
    Result<OcrPage> recognize(const QImage &image, const std::atomic<bool> *cancel = nullptr);

    // For ExtractionControl::ocrPage: a rendered page to its text.
    static std::function<Result<QString>(const QImage &)> pageReader(std::shared_ptr<OcrEngine> engine,
                                                                   const std::atomic<bool> *cancel = nullptr);
    static cv::Mat toBgr(const QImage &image);

    const OcrLimits &limits() const { return m_limits; }
    // The detector's input size for an image: its own scale within OcrLimits::maxDetectorPixels.
    cv::Size detectorInput(cv::Size image) const;

private:
    OcrEngine(TextDetector detector, TextRecognizer recognizer, DirectionClassifier classifier, const OcrLimits &limits);

    std::mutex m_mutex;
    TextDetector m_detector;
    TextRecognizer m_recognizer;
    DirectionClassifier m_classifier;
    OcrLimits m_limits;
};

} // namespace tagsmith::ocr
