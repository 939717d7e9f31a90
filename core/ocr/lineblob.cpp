#include "lineblob.h"

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace tagsmith::ocr {

cv::Mat lineBlob(const cv::Mat &bgrLine, int width)
{
    const double ratio = double(bgrLine.cols) / std::max(1, bgrLine.rows);
    const int resizedWidth = std::clamp(int(std::ceil(kLineHeight * ratio)), 1, width);
    cv::Mat resized;
    cv::resize(bgrLine, resized, cv::Size(resizedWidth, kLineHeight), 0, 0, cv::INTER_LINEAR);
    cv::Mat padded(kLineHeight, width, CV_32FC3, cv::Scalar::all(0));
    cv::Mat filled = padded(cv::Rect(0, 0, resizedWidth, kLineHeight));
    resized.convertTo(filled, CV_32F, 2.0 / 255.0, -1.0);
    return cv::dnn::blobFromImage(padded);
}

} // namespace tagsmith::ocr
