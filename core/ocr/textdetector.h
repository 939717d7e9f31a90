#pragma once

#include "textbox.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <opencv2/dnn.hpp>

#include <map>
#include <utility>
#include <vector>

namespace tagsmith::ocr {

// PP-OCRv4 text detection (DB): a text probability map, then boxes around its connected regions.
class TextDetector {
public:
    struct Options {
        float pixelThreshold = 0.3f;   // PaddleOCR defaults
        float boxThreshold = 0.6f;
        float unclipRatio = 1.5f;
        int maxCandidates = 1000;
    };

    static Result<TextDetector> load(const QString &onnxPath);

    // The network input size PaddleOCR uses: each side scaled by min(1, maxSide/longest side)
    // and rounded to a multiple of 32.
    static cv::Size inputSize(cv::Size image, int maxSide);
    // The probability map (CV_32F, inputSize) for a BGR image resized to inputSize.
    Result<cv::Mat> probabilityMap(const cv::Mat &bgr, cv::Size inputSize);
    // Text boxes in the coordinates of `bgr`, detected at inputSize.
    Result<std::vector<TextBox>> detect(const cv::Mat &bgr, cv::Size inputSize);
    // DB post-processing of a probability map into boxes scaled to `imageSize`.
    static std::vector<TextBox> boxesFromMap(const cv::Mat &probability, cv::Size imageSize, const Options &options);

    Options options;

private:
    Result<cv::dnn::Net *> netFor(cv::Size inputSize);

    QByteArray m_onnx;
    // OpenCV 4.6 keeps the first input size in the Resize layers: one Net per size.
    std::map<std::pair<int, int>, cv::dnn::Net> m_nets;
};

} // namespace tagsmith::ocr
