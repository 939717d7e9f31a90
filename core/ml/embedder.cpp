#include "embedder.h"

#include <opencv2/core.hpp>

#include <QCoreApplication>

#include <cmath>

namespace tagsmith::ml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tagsmith::ml::Embedder", text);
}

// Decoders reduce big photos before this; anything larger is a mistake upstream, not a photo.
constexpr double maxPixels = 250e6;

float l2Norm(const float *values, int count)
{
    double sum = 0;
    for (int i = 0; i < count; ++i)
        sum += double(values[i]) * values[i];
    return float(std::sqrt(sum));
}

// Rows [first, first + count) of a [N, C] (or [N, C, 1, 1]) network output, averaged.
std::vector<float> averageRows(const cv::Mat &output, const std::vector<int> &rows)
{
    const int width = int(output.total() / size_t(output.size[0]));
    std::vector<float> result(size_t(width), 0.0f);
    for (int row : rows) {
        const float *values = output.ptr<float>() + size_t(row) * size_t(width);
        for (int i = 0; i < width; ++i)
            result[size_t(i)] += values[i];
    }
    for (float &value : result)
        value /= float(rows.size());
    return result;
}

} // namespace

Result<Embedder> Embedder::create(const ModelPack &pack, EmbedderOptions options)
{
    const NetworkSpec *spec = pack.manifest().network(QStringLiteral("embedder"));
    if (!spec || spec->embeddingOutput.isEmpty() || spec->width <= 0 || spec->height <= 0)
        return Error{tr("model %1 is not an image embedder").arg(pack.manifest().name)};
    Embedder embedder;
    embedder.m_spec = *spec;
    embedder.m_options = options;
    try {
        embedder.m_net = cv::dnn::readNet(pack.filePath(spec->file).toStdString());
    } catch (const cv::Exception &e) {
        return Error{tr("cannot load model %1: %2").arg(pack.manifest().name, QString::fromStdString(e.msg))};
    }
    if (embedder.m_net.empty())
        return Error{tr("cannot load model %1").arg(pack.manifest().name)};
    return embedder;
}

QString Embedder::variant() const
{
    return m_options.flipAveraging ? m_spec.embeddingVariant + QStringLiteral("+flip") : m_spec.embeddingVariant;
}

cv::Mat Embedder::blob(const std::vector<cv::Mat> &bgrImages) const
{
    const Preprocessing &p = m_spec.preprocessing;
    return cv::dnn::blobFromImages(bgrImages, p.scale, cv::Size(m_spec.width, m_spec.height),
                                   cv::Scalar(p.mean[0], p.mean[1], p.mean[2]), p.swapRB, p.crop);
}

Result<Embedding> Embedder::embed(const cv::Mat &bgr)
{
    Result<std::vector<Embedding>> batch = embed(std::vector<cv::Mat>{bgr});
    if (!batch)
        return Error{batch.error()};
    return std::move(batch.value().front());
}

Result<std::vector<Embedding>> Embedder::embed(const std::vector<cv::Mat> &bgrImages)
{
    if (bgrImages.empty())
        return std::vector<Embedding>();
    std::vector<cv::Mat> inputs;
    inputs.reserve(bgrImages.size() * (m_options.flipAveraging ? 2 : 1));
    for (const cv::Mat &image : bgrImages) {
        if (image.empty() || image.type() != CV_8UC3)
            return Error{tr("the image is empty or not 8-bit colour")};
        if (double(image.rows) * image.cols > maxPixels)
            return Error{tr("the image has %1 megapixels; the embedder takes at most %2").arg(double(image.rows) * image.cols / 1e6, 0, 'f', 0).arg(maxPixels / 1e6, 0, 'f', 0)};
        inputs.push_back(image);
    }
    if (m_options.flipAveraging) {
        for (const cv::Mat &image : bgrImages) {
            cv::Mat mirrored;
            cv::flip(image, mirrored, 1);
            inputs.push_back(mirrored);
        }
    }

    std::vector<cv::Mat> outputs;
    std::vector<cv::String> names{m_spec.embeddingOutput.toStdString()};
    if (!m_spec.probsOutput.isEmpty())
        names.push_back(m_spec.probsOutput.toStdString());
    try {
        m_net.setInput(blob(inputs), m_spec.input.toStdString());
        m_net.forward(outputs, names);
    } catch (const cv::Exception &e) {
        return Error{tr("the embedding network failed: %1").arg(QString::fromStdString(e.msg))};
    }
    const int n = int(bgrImages.size());
    if (outputs.empty() || outputs[0].size[0] != int(inputs.size())
        || int(outputs[0].total() / size_t(outputs[0].size[0])) != m_spec.embeddingDim)
        return Error{tr("the embedding network returned an unexpected shape")};

    std::vector<Embedding> embeddings(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const std::vector<int> rows = m_options.flipAveraging ? std::vector<int>{i, i + n} : std::vector<int>{i};
        Embedding &e = embeddings[size_t(i)];
        e.vector = averageRows(outputs[0], rows);
        e.rawNorm = l2Norm(e.vector.data(), int(e.vector.size()));
        if (e.rawNorm > 0) {
            for (float &value : e.vector)
                value /= e.rawNorm;
        }
        if (outputs.size() > 1)
            e.probs = averageRows(outputs[1], rows);
    }
    return embeddings;
}

} // namespace tagsmith::ml
