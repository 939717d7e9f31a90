#include "textrecognizer.h"

#include "lineblob.h"
#include "ocrnet.h"

#include <QCoreApplication>
#include <QFile>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <cmath>

namespace tagsmith::ocr {

namespace {

constexpr qint64 kMaxKeysBytes = 1024 * 1024;
// A line longer than this many recognizer inputs (aspect ~210:1) is read up to there only.
constexpr int kMaxPiecesPerLine = 32;

// Where to cut a long line: the middle of the widest ink-free run of columns in [from, to),
// or the emptiest column when letters touch.
int blankColumn(const cv::Mat &inkPerColumn, int from, int to)
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
    return bestRun > 0 ? bestCut : minInkColumn;
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

// The median width of the blank runs between ink columns: the usual letter gap.
int medianBlankRun(const cv::Mat &inkColumns)
{
    std::vector<int> runs;
    int run = 0;
    bool inkSeen = false;
    for (int column = 0; column < inkColumns.cols; ++column) {
        if (inkColumns.at<int>(column) == 0) {
            ++run;
            continue;
        }
        if (inkSeen && run > 0)
            runs.push_back(run);
        inkSeen = true;
        run = 0;
    }
    if (runs.empty())
        return 0;
    std::nth_element(runs.begin(), runs.begin() + long(runs.size() / 2), runs.end());
    return runs[runs.size() / 2];
}

// Word spaces in small print are narrower than one step of the recognizer's output, which then
// runs the words together: widen every blank run of at least `wordGap` columns to `spacing`.
// `wordCentres` receives the middle column of every word space in the widened line.
cv::Mat widenWordGaps(const cv::Mat &bgrLine, const cv::Mat &inkColumns, int wordGap, int spacing, std::vector<float> *wordCentres)
{
    std::vector<cv::Mat> parts;
    int copied = 0, added = 0, runStart = -1;
    for (int column = 0; column < bgrLine.cols; ++column) {
        const bool blank = inkColumns.at<int>(column) == 0;
        if (blank && runStart < 0)
            runStart = column;
        if (blank || runStart < 0)
            continue;
        const int run = column - runStart;
        if (runStart > 0 && run >= wordGap) {
            const int middle = runStart + run / 2;
            const int extra = std::max(0, spacing - run);
            wordCentres->push_back(float(middle + added) + extra / 2.0f);
            if (extra > 0) {
                parts.push_back(bgrLine.colRange(copied, middle));
                cv::Mat filler;
                cv::repeat(bgrLine.col(middle), 1, extra, filler);
                parts.push_back(filler);
                copied = middle;
                added += extra;
            }
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
    auto net = loadNet(onnxPath, QStringLiteral("ppocrv4_rec"));
    if (!net)
        return Error{net.error()};
    recognizer.m_net = std::move(net.value());
    return recognizer;
}

Result<std::vector<TextRecognizer::Character>> TextRecognizer::characters(const cv::Mat &bgrLine)
{
    auto output = forward(m_net, lineBlob(bgrLine, InputWidth), QStringLiteral("text recognition"));
    if (!output)
        return Error{output.error()};
    if (output->dims != 3 || output->size[2] != m_characters.size())
        return Error{QCoreApplication::translate("tagsmith::ocr", "OCR recognizer output does not match the character list")};
    const int steps = output->size[1];
    const cv::Mat probabilities(steps, output->size[2], CV_32F, output.value().ptr<float>());
    // Each output step covers InputWidth / steps network columns, at 48 / rows network columns per crop column.
    const float cropColumnsPerStep = float(InputWidth) / steps * float(bgrLine.rows) / kLineHeight;
    std::vector<Character> emitted;
    int previous = 0;
    for (int step = 0; step < steps; ++step) {
        cv::Point best;
        double probability = 0;
        cv::minMaxLoc(probabilities.row(step), nullptr, &probability, nullptr, &best);
        // CTC greedy decoding: collapse repeats, drop the blank.
        if (best.x != 0 && best.x != previous)
            emitted.push_back(Character{best.x, (step + 0.5f) * cropColumnsPerStep, float(probability)});
        previous = best.x;
    }
    return emitted;
}

Result<RecognizedText> TextRecognizer::recognizeCrop(const cv::Mat &bgrLine)
{
    auto emitted = characters(bgrLine);
    if (!emitted)
        return Error{emitted.error()};
    RecognizedText result;
    for (const Character &character : emitted.value()) {
        result.text += m_characters.at(character.index);
        result.confidence += character.probability / float(emitted->size());
    }
    return result;
}

Result<RecognizedText> TextRecognizer::recognizeLine(const cv::Mat &bgrLine)
{
    // Sizes relative to the ink's height: the detector's box adds a margin around it.
    const cv::Mat lineInk = inkMask(bgrLine);
    cv::Mat inkRows;
    cv::reduce(lineInk, inkRows, 1, cv::REDUCE_SUM, CV_32S);
    const int textHeight = std::max(1, cv::countNonZero(inkRows));
    // Measured on 150 dpi scans: letter gaps 1-3 columns, word gaps 4-7 for ink 16-18 rows high;
    // capitals of sans-serif fonts stand further apart, hence the margin over the median gap.
    const cv::Mat columns = inkPerColumn(lineInk);
    const int wordGap = std::max({3, textHeight / 4, medianBlankRun(columns) + 2});
    std::vector<float> wordCentres;
    const cv::Mat line = widenWordGaps(bgrLine, columns, wordGap,
                                       std::max(wordGap, bgrLine.rows / 2), &wordCentres);
    // Too long for one pass: cut at the widest blank run into pieces the network sees unsqueezed.
    const int maxWidth = std::max(1, InputWidth * line.rows / kLineHeight);
    const cv::Mat ink = inkPerColumn(inkMask(line));
    std::vector<Character> all;
    int pieces = 0;
    for (int start = 0; start < line.cols && pieces < kMaxPiecesPerLine; ++pieces) {
        const int end = line.cols - start > maxWidth ? blankColumn(ink, start + maxWidth / 2, start + maxWidth) : line.cols;
        auto piece = characters(line.colRange(start, end));
        if (!piece)
            return Error{piece.error()};
        for (Character &character : piece.value()) {
            character.x += float(start);
            all.push_back(character);
        }
        start = end;
    }
    RecognizedText result;
    auto centre = wordCentres.cbegin();
    for (const Character &character : all) {
        bool spaceBefore = false;
        while (centre != wordCentres.cend() && *centre < character.x) {
            spaceBefore = true;
            ++centre;
        }
        if (spaceBefore && !result.text.isEmpty() && !result.text.endsWith(QLatin1Char(' ')))
            result.text += QLatin1Char(' ');
        const QString &text = m_characters.at(character.index);
        if (text == QLatin1String(" ") && result.text.endsWith(QLatin1Char(' ')))
            continue;
        result.text += text;
        result.confidence += character.probability / float(all.size());
    }
    result.text = result.text.trimmed();
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
