#include "ocrengine.h"

#include "ml/modelpack.h"

#include <QCoreApplication>
#include <QDir>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace tagsmith::ocr {

namespace {

bool isCancelled(const std::atomic<bool> *cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// Boxes whose vertical centres lie within half a box height of a row belong to that row.
std::vector<OcrLine> readingOrder(std::vector<OcrLine> lines)
{
    std::sort(lines.begin(), lines.end(), [](const OcrLine &a, const OcrLine &b) {
        return a.bounds.y + a.bounds.height / 2 < b.bounds.y + b.bounds.height / 2;
    });
    std::vector<OcrLine> ordered;
    size_t rowStart = 0;
    while (rowStart < lines.size()) {
        const float rowCentre = lines[rowStart].bounds.y + lines[rowStart].bounds.height / 2;
        size_t rowEnd = rowStart + 1;
        while (rowEnd < lines.size()) {
            const cv::Rect2f &next = lines[rowEnd].bounds;
            if (next.y + next.height / 2 - rowCentre > std::min(next.height, lines[rowStart].bounds.height) / 2)
                break;
            ++rowEnd;
        }
        std::sort(lines.begin() + long(rowStart), lines.begin() + long(rowEnd),
                  [](const OcrLine &a, const OcrLine &b) { return a.bounds.x < b.bounds.x; });
        for (size_t index = rowStart; index < rowEnd; ++index)
            lines[index].row = int(ordered.empty() ? 0 : ordered.back().row + 1);
        ordered.insert(ordered.end(), lines.begin() + long(rowStart), lines.begin() + long(rowEnd));
        rowStart = rowEnd;
    }
    return ordered;
}

} // namespace

QString OcrPage::text() const
{
    QString text;
    for (size_t index = 0; index < lines.size(); ++index) {
        if (index > 0)
            text += lines[index].row == lines[index - 1].row ? QLatin1Char(' ') : QLatin1Char('\n');
        text += lines[index].text;
    }
    return text;
}

OcrEngine::OcrEngine(TextDetector detector, TextRecognizer recognizer, DirectionClassifier classifier, const OcrLimits &limits)
    : m_detector(std::move(detector)), m_recognizer(std::move(recognizer)), m_classifier(std::move(classifier)), m_limits(limits)
{
}

Result<std::shared_ptr<OcrEngine>> OcrEngine::load(const QString &directory, const OcrLimits &limits)
{
    const QDir dir(directory);
    auto detector = TextDetector::load(dir.filePath(QStringLiteral("ppocrv4_det.onnx")));
    if (!detector)
        return Error{detector.error()};
    auto recognizer = TextRecognizer::load(dir.filePath(QStringLiteral("ppocrv4_rec_48x320.onnx")),
                                           dir.filePath(QStringLiteral("ppocr_keys_v1.txt")));
    if (!recognizer)
        return Error{recognizer.error()};
    auto classifier = DirectionClassifier::load(dir.filePath(QStringLiteral("ppocr_cls_48x192.onnx")));
    if (!classifier)
        return Error{classifier.error()};
    return std::shared_ptr<OcrEngine>(new OcrEngine(std::move(detector.value()), std::move(recognizer.value()),
                                                    std::move(classifier.value()), limits));
}

Result<std::shared_ptr<OcrEngine>> OcrEngine::loadInstalled(const QString &modelsDir, const OcrLimits &limits)
{
    const auto pack = ml::ModelPack::load(modelsDir, PackName);
    if (!pack)
        return Error{QCoreApplication::translate("tagsmith::ocr", "OCR is off: %1").arg(pack.error())};
    return load(pack->directory(), limits);
}

cv::Size OcrEngine::detectorInput(cv::Size image) const
{
    // Text on a page is small: keep the page's own scale unless it exceeds the pixel budget.
    const double pixels = double(image.width) * image.height;
    const double scale = std::min(1.0, std::sqrt(double(m_limits.maxDetectorPixels) / pixels));
    return TextDetector::inputSize(image, int(std::max(image.width, image.height) * scale));
}

Result<OcrPage> OcrEngine::recognize(const cv::Mat &bgr, const std::atomic<bool> *cancel)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return Error{QCoreApplication::translate("tagsmith::ocr", "OCR needs a colour image")};
    if (qint64(bgr.cols) * bgr.rows > m_limits.maxImagePixels)
        return Error{QCoreApplication::translate("tagsmith::ocr", "image too large for OCR: %1x%2 pixels").arg(bgr.cols).arg(bgr.rows)};
    const std::lock_guard lock(m_mutex);
    auto detected = m_detector.detect(bgr, detectorInput(bgr.size()));
    if (!detected)
        return Error{detected.error()};
    std::vector<TextBox> boxes = std::move(detected.value());
    OcrPage page;
    page.boxesDetected = int(boxes.size());
    if (boxes.size() > size_t(m_limits.maxLines)) {
        // Keep the most certain boxes.
        std::sort(boxes.begin(), boxes.end(), [](const TextBox &a, const TextBox &b) { return a.score > b.score; });
        boxes.resize(size_t(m_limits.maxLines));
        page.truncated = true;
    }
    std::vector<OcrLine> lines;
    for (const TextBox &box : boxes) {
        if (isCancelled(cancel))
            return Error{QCoreApplication::translate("tagsmith::ocr", "cancelled")};
        auto upright = m_classifier.upright(TextRecognizer::cropLine(bgr, box));
        if (!upright)
            return Error{upright.error()};
        auto recognized = m_recognizer.recognizeLine(upright.value());
        if (!recognized)
            return Error{recognized.error()};
        if (recognized->confidence >= m_limits.minConfidence && !recognized->text.trimmed().isEmpty())
            lines.push_back(OcrLine{recognized->text.trimmed(), recognized->confidence, box.bounds()});
    }
    page.lines = readingOrder(std::move(lines));
    return page;
}

cv::Mat OcrEngine::toBgr(const QImage &image)
{
    const QImage bgrImage = image.convertToFormat(QImage::Format_BGR888);
    return cv::Mat(bgrImage.height(), bgrImage.width(), CV_8UC3, const_cast<uchar *>(bgrImage.constBits()),
                   size_t(bgrImage.bytesPerLine())).clone();
}

Result<OcrPage> OcrEngine::recognize(const QImage &image, const std::atomic<bool> *cancel)
{
    if (image.isNull())
        return Error{QCoreApplication::translate("tagsmith::ocr", "OCR got an empty image")};
    if (qint64(image.width()) * image.height() > m_limits.maxImagePixels)
        return Error{QCoreApplication::translate("tagsmith::ocr", "image too large for OCR: %1x%2 pixels").arg(image.width()).arg(image.height())};
    return recognize(toBgr(image), cancel);
}

std::function<Result<QString>(const QImage &)> OcrEngine::pageReader(std::shared_ptr<OcrEngine> engine,
                                                                     const std::atomic<bool> *cancel)
{
    return [engine = std::move(engine), cancel](const QImage &page) -> Result<QString> {
        auto recognized = engine->recognize(page, cancel);
        if (!recognized)
            return Error{recognized.error()};
        return recognized->text();
    };
}

} // namespace tagsmith::ocr
