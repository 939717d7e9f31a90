#pragma once

#include <opencv2/core/mat.hpp>

#include <QImage>

namespace tagsmith {

// The thumbnail picture of an image already decoded for the embedder (8-bit BGR, upright):
// fitted in the thumbnail box with OpenCV's area filter, which costs a fraction of scaling
// the full picture with Qt's smooth filter.
QImage decodedThumbnail(const cv::Mat &bgr, int box);

} // namespace tagsmith
