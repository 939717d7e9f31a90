#include "textdetector.h"

#include "ocrnet.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace tagsmith::ocr {

namespace {

// Pages of one document share a size, so a few Nets cover a whole import.
constexpr size_t kMaxCachedNets = 3;
constexpr float kMinBoxSide = 3;

// minAreaRect corners ordered top-left, top-right, bottom-right, bottom-left (PaddleOCR get_mini_boxes).
std::array<cv::Point2f, 4> orderedCorners(const cv::RotatedRect &rect)
{
    std::array<cv::Point2f, 4> points;
    rect.points(points.data());
    std::sort(points.begin(), points.end(), [](const cv::Point2f &a, const cv::Point2f &b) { return a.x < b.x; });
    const auto [topLeft, bottomLeft] = points[0].y <= points[1].y ? std::pair(points[0], points[1]) : std::pair(points[1], points[0]);
    const auto [topRight, bottomRight] = points[2].y <= points[3].y ? std::pair(points[2], points[3]) : std::pair(points[3], points[2]);
    return {topLeft, topRight, bottomRight, bottomLeft};
}

// Mean probability inside the polygon, over its bounding rectangle (PaddleOCR box_score_fast).
float meanInside(const cv::Mat &probability, const std::array<cv::Point2f, 4> &corners)
{
    const cv::Rect bounds = cv::boundingRect(std::vector<cv::Point2f>(corners.begin(), corners.end()))
                            & cv::Rect(0, 0, probability.cols, probability.rows);
    if (bounds.empty())
        return 0;
    cv::Mat mask = cv::Mat::zeros(bounds.size(), CV_8U);
    std::vector<cv::Point> polygon;
    for (const cv::Point2f &corner : corners)
        polygon.emplace_back(cvRound(corner.x - bounds.x), cvRound(corner.y - bounds.y));
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{polygon}, cv::Scalar(1));
    return float(cv::mean(probability(bounds), mask)[0]);
}

} // namespace

Result<TextDetector> TextDetector::load(const QString &onnxPath)
{
    auto onnx = readModelBytes(onnxPath);
    if (!onnx)
        return Error{onnx.error()};
    TextDetector detector;
    detector.m_onnx = std::move(onnx.value());
    // Load once now so a broken file fails at load time, not on the first page.
    if (auto net = detector.netFor(cv::Size(640, 640)); !net)
        return Error{net.error()};
    return detector;
}

cv::Size TextDetector::inputSize(cv::Size image, int maxSide)
{
    const double scale = std::min(1.0, double(maxSide) / std::max(image.width, image.height));
    const auto round32 = [scale](int side) { return std::max(32, int(std::lround(side * scale / 32.0)) * 32); };
    return {round32(image.width), round32(image.height)};
}

Result<cv::dnn::Net *> TextDetector::netFor(cv::Size inputSize)
{
    const std::pair key(inputSize.width, inputSize.height);
    if (auto found = m_nets.find(key); found != m_nets.end())
        return &found->second;
    if (m_nets.size() >= kMaxCachedNets)
        m_nets.clear();
    auto net = netFromBytes(m_onnx, QStringLiteral("ppocrv4_det"));
    if (!net)
        return Error{net.error()};
    return &m_nets.emplace(key, std::move(net.value())).first->second;
}

Result<cv::Mat> TextDetector::probabilityMap(const cv::Mat &bgr, cv::Size inputSize)
{
    auto net = netFor(inputSize);
    if (!net)
        return Error{net.error()};
    cv::Mat scaled;
    cv::resize(bgr, scaled, inputSize, 0, 0, cv::INTER_LINEAR);
    scaled.convertTo(scaled, CV_32F, 1 / 255.0);
    // PaddleOCR normalises the BGR image with the RGB ImageNet constants, channel for channel.
    scaled -= cv::Scalar(0.485, 0.456, 0.406);
    cv::divide(scaled, cv::Scalar(0.229, 0.224, 0.225), scaled);
    auto output = forward(*net.value(), cv::dnn::blobFromImage(scaled), QStringLiteral("text detection"));
    if (!output)
        return Error{output.error()};
    return cv::Mat(inputSize.height, inputSize.width, CV_32F, output.value().ptr<float>()).clone();
}

Result<std::vector<TextBox>> TextDetector::detect(const cv::Mat &bgr, cv::Size inputSize)
{
    auto probability = probabilityMap(bgr, inputSize);
    if (!probability)
        return Error{probability.error()};
    return boxesFromMap(probability.value(), bgr.size(), options);
}

std::vector<TextBox> TextDetector::boxesFromMap(const cv::Mat &probability, cv::Size imageSize, const Options &options)
{
    cv::Mat bitmap = probability > options.pixelThreshold;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(bitmap, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    const float scaleX = float(imageSize.width) / probability.cols;
    const float scaleY = float(imageSize.height) / probability.rows;
    std::vector<TextBox> boxes;
    const size_t candidates = std::min(contours.size(), size_t(options.maxCandidates));
    for (size_t index = 0; index < candidates; ++index) {
        const cv::RotatedRect tight = cv::minAreaRect(contours[index]);
        if (std::min(tight.size.width, tight.size.height) < kMinBoxSide)
            continue;
        const float score = meanInside(probability, orderedCorners(tight));
        if (score < options.boxThreshold)
            continue;
        // DB predicts a shrunk text kernel; grow it back by area * ratio / perimeter on every side.
        const float area = tight.size.area();
        const float perimeter = 2 * (tight.size.width + tight.size.height);
        const float distance = area * options.unclipRatio / perimeter;
        const cv::RotatedRect grown(tight.center, cv::Size2f(tight.size.width + 2 * distance, tight.size.height + 2 * distance), tight.angle);
        if (std::min(grown.size.width, grown.size.height) < kMinBoxSide + 2)
            continue;
        TextBox box;
        box.score = score;
        box.corners = orderedCorners(grown);
        for (cv::Point2f &corner : box.corners) {
            corner.x = std::clamp(corner.x * scaleX, 0.0f, float(imageSize.width - 1));
            corner.y = std::clamp(corner.y * scaleY, 0.0f, float(imageSize.height - 1));
        }
        boxes.push_back(box);
    }
    return boxes;
}

} // namespace tagsmith::ocr
