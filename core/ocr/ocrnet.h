#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <opencv2/dnn.hpp>

namespace tagsmith::ocr {

// OpenCV signals model and shape problems with exceptions; OCR turns them into error values here.
Result<QByteArray> readModelBytes(const QString &path);
Result<cv::dnn::Net> netFromBytes(const QByteArray &onnx, const QString &what);
Result<cv::dnn::Net> loadNet(const QString &path, const QString &what);
Result<cv::Mat> forward(cv::dnn::Net &net, const cv::Mat &blob, const QString &what);

} // namespace tagsmith::ocr
