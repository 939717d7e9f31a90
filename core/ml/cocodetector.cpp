#include "cocodetector.h"

#include <opencv2/core.hpp>

#include <QCoreApplication>

#include <algorithm>

namespace tagsmith::ml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tagsmith::ml::CocoDetector", text);
}

// Decoders reduce big photos before this; anything larger is a mistake upstream, not a photo.
constexpr double maxPixels = 250e6;
constexpr int stride = 4;   // heat-map cell size in input pixels

// Cell (y, x) of one heat-map channel equals the maximum of its 3×3 neighbourhood (the
// graph's MaxPool with same padding: cells outside the map do not count).
bool isPeak(const float *channel, int height, int width, int y, int x)
{
    const float value = channel[y * width + x];
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) {
            const int ny = y + dy, nx = x + dx;
            if (ny >= 0 && ny < height && nx >= 0 && nx < width && channel[ny * width + nx] > value)
                return false;
        }
    return true;
}

} // namespace

Result<CocoDetector> CocoDetector::create(const ModelPack &pack)
{
    const NetworkSpec *spec = pack.manifest().network(QStringLiteral("detector"));
    if (!spec || spec->width <= 0 || spec->height <= 0 || spec->outputs.size() != 2)
        return Error{tr("model %1 is not an object detector").arg(pack.manifest().name)};
    auto labels = pack.labels();
    if (!labels)
        return Error{labels.error()};
    CocoDetector detector;
    detector.m_spec = *spec;
    detector.m_classNames = labels.value();
    try {
        detector.m_net = cv::dnn::readNet(pack.filePath(spec->file).toStdString());
    } catch (const cv::Exception &e) {
        return Error{tr("cannot load model %1: %2").arg(pack.manifest().name, QString::fromStdString(e.msg))};
    }
    if (detector.m_net.empty())
        return Error{tr("cannot load model %1").arg(pack.manifest().name)};
    return detector;
}

cv::Mat CocoDetector::blob(const cv::Mat &bgr) const
{
    const Preprocessing &p = m_spec.preprocessing;
    return cv::dnn::blobFromImage(bgr, p.scale, cv::Size(m_spec.width, m_spec.height),
                                  cv::Scalar(p.mean[0], p.mean[1], p.mean[2]), p.swapRB, p.crop);
}

Result<ObjectDetections> CocoDetector::detect(const cv::Mat &bgr, int topCount)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return Error{tr("the image is empty or not 8-bit colour")};
    if (double(bgr.rows) * bgr.cols > maxPixels)
        return Error{tr("the image has %1 megapixels; the object detector takes at most %2")
                         .arg(double(bgr.rows) * bgr.cols / 1e6, 0, 'f', 0).arg(maxPixels / 1e6, 0, 'f', 0)};
    std::vector<cv::Mat> outputs;
    try {
        m_net.setInput(blob(bgr), m_spec.input.toStdString());
        m_net.forward(outputs, std::vector<cv::String>{m_spec.outputs.at(0).toStdString(), m_spec.outputs.at(1).toStdString()});
    } catch (const cv::Exception &e) {
        return Error{tr("the object detector failed: %1").arg(QString::fromStdString(e.msg))};
    }
    if (outputs.size() != 2 || outputs[0].dims != 4 || outputs[1].dims != 4 || outputs[0].size[1] != int(m_classNames.size())
        || outputs[1].size[1] != 4 || outputs[0].size[2] != outputs[1].size[2] || outputs[0].size[3] != outputs[1].size[3])
        return Error{tr("the object detector returned an unexpected shape")};
    const cv::Mat &heatmap = outputs[0];
    const cv::Mat &wh = outputs[1];
    const int classes = heatmap.size[1], height = heatmap.size[2], width = heatmap.size[3];
    const size_t plane = size_t(height) * size_t(width);

    ObjectDetections result;
    result.classScores.assign(size_t(classes), 0.0f);
    std::vector<ObjectDetection> peaks;
    for (int c = 0; c < classes; ++c) {
        const float *channel = heatmap.ptr<float>() + size_t(c) * plane;
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                const float score = channel[y * width + x];
                if (score <= 0 || !isPeak(channel, height, width, y, x))
                    continue;
                result.classScores[size_t(c)] = std::max(result.classScores[size_t(c)], score);
                ObjectDetection peak;
                peak.classIndex = c;
                peak.score = score;
                peak.x1 = float(x);   // the cell for now; the box once it made the top
                peak.y1 = float(y);
                peaks.push_back(peak);
            }
    }
    const size_t keep = std::min(peaks.size(), size_t(std::max(0, topCount)));
    std::partial_sort(peaks.begin(), peaks.begin() + std::ptrdiff_t(keep), peaks.end(),
                      [](const ObjectDetection &a, const ObjectDetection &b) { return a.score > b.score; });
    peaks.resize(keep);
    const float *distances = wh.ptr<float>();
    for (ObjectDetection &peak : peaks) {
        const size_t cell = size_t(peak.y1) * size_t(width) + size_t(peak.x1);
        const float cx = stride * peak.x1, cy = stride * peak.y1;
        peak.x1 = cx - distances[cell];
        peak.y1 = cy - distances[plane + cell];
        peak.x2 = cx + distances[2 * plane + cell];
        peak.y2 = cy + distances[3 * plane + cell];
    }
    result.top = std::move(peaks);
    return result;
}

} // namespace tagsmith::ml
