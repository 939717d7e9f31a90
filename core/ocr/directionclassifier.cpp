#include "directionclassifier.h"

#include "lineblob.h"
#include "ocrnet.h"

#include <QCoreApplication>

namespace tagsmith::ocr {

Result<DirectionClassifier> DirectionClassifier::load(const QString &onnxPath)
{
    auto net = loadNet(onnxPath, QStringLiteral("ppocr_cls"));
    if (!net)
        return Error{net.error()};
    DirectionClassifier classifier;
    classifier.m_net = std::move(net.value());
    return classifier;
}

Result<std::pair<float, float>> DirectionClassifier::probabilities(const cv::Mat &bgrLine)
{
    // A long line squeezed into 48x192 is unreadable and often judged upside down: average
    // windows of the classifier's own aspect (left, middle, right) instead.
    const int window = InputWidth * bgrLine.rows / kLineHeight;
    if (bgrLine.cols > 2 * window) {
        std::pair<float, float> sum{0, 0};
        for (const int left : {0, (bgrLine.cols - window) / 2, bgrLine.cols - window}) {
            auto part = classify(bgrLine.colRange(left, left + window));
            if (!part)
                return part;
            sum.first += part->first / 3;
            sum.second += part->second / 3;
        }
        return sum;
    }
    return classify(bgrLine);
}

Result<std::pair<float, float>> DirectionClassifier::classify(const cv::Mat &bgrLine)
{
    auto output = forward(m_net, lineBlob(bgrLine, InputWidth), QStringLiteral("direction classification"));
    if (!output)
        return Error{output.error()};
    if (output->total() != 2)
        return Error{QCoreApplication::translate("tagsmith::ocr", "OCR direction classifier gave an unexpected output")};
    return std::pair(output->ptr<float>()[0], output->ptr<float>()[1]);
}

Result<cv::Mat> DirectionClassifier::upright(const cv::Mat &bgrLine, float threshold)
{
    auto direction = probabilities(bgrLine);
    if (!direction)
        return Error{direction.error()};
    if (direction->second < threshold)
        return bgrLine;
    cv::Mat turned;
    cv::rotate(bgrLine, turned, cv::ROTATE_180);
    return turned;
}

} // namespace tagsmith::ocr
