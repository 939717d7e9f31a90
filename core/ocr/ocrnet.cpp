#include "ocrnet.h"

#include <QCoreApplication>
#include <QFile>

namespace tagsmith::ocr {

namespace {

// The largest ONNX file of the pack is 12 MB; anything far bigger is not a PP-OCR model.
constexpr qint64 kMaxModelBytes = 64LL * 1024 * 1024;

} // namespace

Result<QByteArray> readModelBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("tagsmith::ocr", "cannot read OCR model %1: %2").arg(path, file.errorString())};
    if (file.size() > kMaxModelBytes)
        return Error{QCoreApplication::translate("tagsmith::ocr", "OCR model %1 is too large").arg(path)};
    return file.readAll();
}

Result<cv::dnn::Net> netFromBytes(const QByteArray &onnx, const QString &what)
{
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(onnx.constData(), size_t(onnx.size()));
        if (net.empty())
            return Error{QCoreApplication::translate("tagsmith::ocr", "OCR model %1 is empty").arg(what)};
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        return net;
    } catch (const cv::Exception &error) {
        return Error{QCoreApplication::translate("tagsmith::ocr", "OCR model %1 does not load: %2").arg(what, QString::fromUtf8(error.what()))};
    }
}

Result<cv::dnn::Net> loadNet(const QString &path, const QString &what)
{
    auto onnx = readModelBytes(path);
    if (!onnx)
        return Error{onnx.error()};
    return netFromBytes(onnx.value(), what);
}

Result<cv::Mat> forward(cv::dnn::Net &net, const cv::Mat &blob, const QString &what)
{
    try {
        net.setInput(blob);
        return net.forward().clone();
    } catch (const cv::Exception &error) {
        return Error{QCoreApplication::translate("tagsmith::ocr", "OCR %1 failed: %2").arg(what, QString::fromUtf8(error.what()))};
    }
}

} // namespace tagsmith::ocr
