#pragma once

#include "modelpack.h"
#include "util/result.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/dnn/dnn.hpp>

#include <QString>
#include <QStringList>

#include <vector>

namespace tagsmith::ml {

// One CenterNet peak: a COCO class at a heat-map cell, with its box in 512-input pixels.
struct ObjectDetection {
    int classIndex = 0;
    float score = 0;
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};

struct ObjectDetections {
    std::vector<ObjectDetection> top;   // best peaks over (y, x, class), score descending
    std::vector<float> classScores;     // per class: its highest peak (the image-level score)
};

// The COCO object detector (coco_centernet, MobileNetV3 + CenterNet head). Batch size 1 only:
// OpenCV 4.6 cannot infer shapes for N > 1. One cv::dnn::Net: one CocoDetector per thread.
class CocoDetector {
public:
    static Result<CocoDetector> create(const ModelPack &pack);

    CocoDetector(CocoDetector &&) = default;
    CocoDetector &operator=(CocoDetector &&) = default;
    CocoDetector(const CocoDetector &) = delete;
    CocoDetector &operator=(const CocoDetector &) = delete;

    // The network input exactly as the model's README prescribes (RGB 0..255, squashed to 512×512).
    cv::Mat blob(const cv::Mat &bgr) const;

    // bgr: 8-bit BGR as cv::imread(path, cv::IMREAD_COLOR) returns it. Decodes the original
    // graph's detections: cells equal to their 3×3 channel maximum, best `topCount` of them.
    Result<ObjectDetections> detect(const cv::Mat &bgr, int topCount = 100);

    // Line i names heat-map channel i (0 = person).
    const QStringList &classNames() const { return m_classNames; }

private:
    CocoDetector() = default;

    NetworkSpec m_spec;
    QStringList m_classNames;
    cv::dnn::Net m_net;
};

} // namespace tagsmith::ml
