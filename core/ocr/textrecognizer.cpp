#include "textrecognizer.h"

#include "lineblob.h"
#include "ocrnet.h"

#include <QCoreApplication>
#include <QFile>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace tagsmith::ocr {

namespace {

constexpr qint64 kMaxKeysBytes = 1024 * 1024;

// Where to cut a long line: the middle of the widest ink-free run of columns in [from, to),
// or the emptiest column when letters touch. Returns the cut column and the run's width.
std::pair<int, int> blankColumn(const cv::Mat &inkPerColumn, int from, int to)
{
    int bestCut = to, bestRun = 0, minInk = INT_MAX, minInkColumn = to;
    int runStart = -1;
    for (int column = from; column <= to; ++column) {
        const int ink = column < to ? inkPerColumn.at<int>(column) : 1;
        if (column < to && ink < minInk) {
            minInk = ink;
            minInkColumn = column;
        }
        if (ink == 0 && runStart < 0)
            runStart = column;
        if (ink != 0 && runStart >= 0) {
            if (column - runStart > bestRun) {
                bestRun = column - runStart;
                bestCut = (runStart + column) / 2;
            }
            runStart = -1;
        }
    }
    return bestRun > 0 ? std::pair(bestCut, bestRun) : std::pair(minInkColumn, 0);
}

// The ink of a line: the minority class after Otsu, so dark-on-light and light-on-dark both count.
cv::Mat inkMask(const cv::Mat &bgrLine)
{
    cv::Mat gray, ink;
    cv::cvtColor(bgrLine, gray, cv::COLOR_BGR2GRAY);
    cv::threshold(gray, ink, 0, 1, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    if (size_t(cv::countNonZero(ink)) * 2 > ink.total())
        ink = 1 - ink;
    return ink;
}

cv::Mat inkPerColumn(const cv::Mat &ink)
{
    cv::Mat columns;
    cv::reduce(ink, columns, 0, cv::REDUCE_SUM, CV_32S);
    return columns;
}

// Word spaces in small print are narrower than one step of the recognizer's output, which then
// runs the words together: widen every blank run of at least `wordGap` columns to `spacing`.
cv::Mat widenWordGaps(const cv::Mat &bgrLine, const cv::Mat &inkColumns, int wordGap, int spacing)
{
    std::vector<cv::Mat> parts;
    int copied = 0, runStart = -1;
    for (int column = 0; column < bgrLine.cols; ++column) {
        const bool blank = inkColumns.at<int>(column) == 0;
        if (blank && runStart < 0)
            runStart = column;
        if (blank || runStart < 0)
            continue;
        const int run = column - runStart;
        if (runStart > 0 && run >= wordGap && run < spacing) {
            const int middle = runStart + run / 2;
            parts.push_back(bgrLine.colRange(copied, middle));
            cv::Mat filler;
            cv::repeat(bgrLine.col(middle), 1, spacing - run, filler);
            parts.push_back(filler);
            copied = middle;
        }
        runStart = -1;
    }
    if (parts.empty())
        return bgrLine;
    parts.push_back(bgrLine.colRange(copied, bgrLine.cols));
    cv::Mat widened;
    cv::hconcat(parts, widened);
    return widened;
}

} // namespace

Result<TextRecognizer> TextRecognizer::load(const QString &onnxPath, const QString &keysPath)
{
    QFile keys(keysPath);
    if (!keys.open(QIODevice::ReadOnly) || keys.size() > kMaxKeysBytes)
        return Error{QCoreApplication::translate("tagsmith::ocr", "cannot read the OCR character list %1").arg(keysPath)};
    TextRecognizer recognizer;
    recognizer.m_characters << QString();
    for (const QByteArray &line : keys.readAll().split('\n'))
        if (!line.isEmpty())
            recognizer.m_characters << QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
    recognizer.m_characters << QStringLiteral(" ");
    auto onnx = readModelBytes(onnxPath);
    if (!onnx)
        return Error{onnx.error()};
    auto net = netFromBytes(onnx.value(), QStringLiteral("ppocrv4_rec"));
    if (!net)
        return Error{net.error()};
    recognizer.m_net = std::move(net.value());
    return recognizer;
}

QString TextRecognizer::decode(const cv::Mat &steps, float *confidence) const
{
    QString text;
    float sum = 0;
    int emitted = 0;
    int previous = 0;
    for (int step = 0; step < steps.rows; ++step) {
        cv::Point best;
        double probability = 0;
        cv::minMaxLoc(steps.row(step), nullptr, &probability, nullptr, &best);
        if (best.x != 0 && best.x != previous && best.x < m_characters.size()) {
            text += m_characters.at(best.x);
            sum += float(probability);
            ++emitted;
        }
        previous = best.x;
    }
    *confidence = emitted > 0 ? sum / emitted : 0;
    return text;
}

Result<RecognizedText> TextRecognizer::recognizeCrop(const cv::Mat &bgrLine)
{
    auto output = forward(m_net, lineBlob(bgrLine, InputWidth), QStringLiteral("text recognition"));
    if (!output)
        return Error{output.error()};
    const int steps = output->size[1], classes = output->size[2];
    if (output->dims != 3 || classes != m_characters.size())
        return Error{QCoreApplication::translate("tagsmith::ocr", "OCR recognizer output does not match the character list")};
    RecognizedText result;
    result.text = decode(cv::Mat(steps, classes, CV_32F, output.value().ptr<float>()), &result.confidence);
    return result;
}

Result<RecognizedText> TextRecognizer::recognizeLine(const cv::Mat &bgrLine)
{
    // Sizes relative to the ink's height: the detector's box adds a margin around it.
    cv::Mat inkRows;
    cv::reduce(inkMask(bgrLine), inkRows, 1, cv::REDUCE_SUM, CV_32S);
    const int textHeight = std::max(1, cv::countNonZero(inkRows));
    // Measured on 150 dpi scans: letter gaps 1-3 columns, word gaps 4-7 for ink 16-18 rows high.
    const int wordGap = std::max(3, textHeight / 4);
    const cv::Mat line = widenWordGaps(bgrLine, inkPerColumn(inkMask(bgrLine)), wordGap, std::max(wordGap, bgrLine.rows / 2));
    const int maxWidth = std::max(1, InputWidth * line.rows / kLineHeight);
    if (line.cols <= maxWidth)
        return recognizeCrop(line);
    // Too long for one pass: cut at blank columns into pieces the network sees unsqueezed.
    const cv::Mat ink = inkPerColumn(inkMask(line));
    RecognizedText result;
    float weighted = 0;
    int start = 0;
    while (start < line.cols) {
        int end = line.cols, gap = 0;
        if (end - start > maxWidth)
            std::tie(end, gap) = blankColumn(ink, start + maxWidth / 2, start + maxWidth);
        auto piece = recognizeCrop(line.colRange(start, end));
        if (!piece)
            return piece;
        result.text += piece->text;
        weighted += piece->confidence * piece->text.size();
        if (gap >= wordGap && !result.text.endsWith(QLatin1Char(' ')))
            result.text += QLatin1Char(' ');
        start = end;
    }
    result.text = result.text.trimmed();
    result.confidence = result.text.isEmpty() ? 0 : weighted / result.text.size();
    return result;
}

cv::Mat TextRecognizer::cropLine(const cv::Mat &image, const TextBox &box)
{
    const auto &c = box.corners;
    const int width = std::max(1, int(std::max(cv::norm(c[0] - c[1]), cv::norm(c[2] - c[3]))));
    const int height = std::max(1, int(std::max(cv::norm(c[0] - c[3]), cv::norm(c[1] - c[2]))));
    const std::array<cv::Point2f, 4> target{cv::Point2f(0, 0), cv::Point2f(float(width), 0),
                                            cv::Point2f(float(width), float(height)), cv::Point2f(0, float(height))};
    cv::Mat line;
    cv::warpPerspective(image, line, cv::getPerspectiveTransform(c.data(), target.data()), cv::Size(width, height),
                        cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    // A box much taller than wide is vertical text: turn it to read left to right.
    if (line.rows >= 1.5 * line.cols)
        cv::rotate(line, line, cv::ROTATE_90_COUNTERCLOCKWISE);
    return line;
}

} // namespace tagsmith::ocr
