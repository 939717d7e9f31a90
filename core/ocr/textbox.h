#pragma once

#include <opencv2/core.hpp>

#include <algorithm>

#include <array>

namespace tagsmith::ocr {

// A detected text region in image coordinates: corners clockwise from the top-left.
struct TextBox {
    std::array<cv::Point2f, 4> corners;
    float score = 0;   // mean text probability inside the detected region

    cv::Rect2f bounds() const
    {
        const auto [left, right] = std::minmax({corners[0].x, corners[1].x, corners[2].x, corners[3].x});
        const auto [top, bottom] = std::minmax({corners[0].y, corners[1].y, corners[2].y, corners[3].y});
        return {left, top, right - left, bottom - top};
    }
};

} // namespace tagsmith::ocr
