#pragma once

#include <opencv2/core.hpp>

namespace tagsmith::ocr {

constexpr int kLineHeight = 48;

// Recognizer and classifier input: a BGR line crop resized to height 48 keeping its aspect
// (width min(width, ceil(48*w/h))), scaled to (px/255-0.5)/0.5 and zero-padded on the right.
cv::Mat lineBlob(const cv::Mat &bgrLine, int width);

} // namespace tagsmith::ocr
