#pragma once

#include "util/result.h"

#include <QString>

#include <opencv2/dnn.hpp>

namespace tagsmith::ocr {

// PP-OCR direction classifier: is a text line upside down?
class DirectionClassifier {
public:
    static constexpr int InputWidth = 192;

    static Result<DirectionClassifier> load(const QString &onnxPath);
    // P(0°) and P(180°) for a horizontal BGR line crop.
    Result<std::pair<float, float>> probabilities(const cv::Mat &bgrLine);
    // The line turned by 180° when P(180°) reaches `threshold` (PaddleOCR: 0.9).
    Result<cv::Mat> upright(const cv::Mat &bgrLine, float threshold = 0.9f);

private:
    Result<std::pair<float, float>> classify(const cv::Mat &bgrLine);

    cv::dnn::Net m_net;
};

} // namespace tagsmith::ocr
