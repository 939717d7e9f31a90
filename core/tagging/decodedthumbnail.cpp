#include "decodedthumbnail.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace tagsmith {

QImage decodedThumbnail(const cv::Mat &bgr, int box)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return {};
    const double scale = std::min(1.0, double(box) / std::max(bgr.cols, bgr.rows));
    cv::Mat fitted = bgr;
    if (scale < 1.0)
        cv::resize(bgr, fitted, cv::Size(std::max(1, int(std::lround(bgr.cols * scale))), std::max(1, int(std::lround(bgr.rows * scale)))),
                   0, 0, cv::INTER_AREA);
    cv::Mat rgb;
    cv::cvtColor(fitted, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

} // namespace tagsmith
