#include "tagmodel.h"

#include "softmaxregression.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <cmath>

namespace tagsmith::ml {

namespace {

constexpr quint32 magic = 0x54534d4c;   // "TSML"
constexpr quint32 formatVersion = 2;   // 2 added the feature power; 1 is read as power 1
constexpr int maxTags = 1000;
constexpr int maxDimension = 65536;

QString tr(const char *text)
{
    return QCoreApplication::translate("tagsmith::ml::TagModel", text);
}

} // namespace

TagModel::TagModel(QStringList tags, QString embeddingVariant, int dimension, bool hasBackground, std::vector<float> weights,
                   float featurePower)
    : m_tags(std::move(tags)), m_embeddingVariant(std::move(embeddingVariant)), m_dimension(dimension),
      m_hasBackground(hasBackground), m_weights(std::move(weights)), m_featurePower(featurePower)
{
}

std::vector<float> TagModel::features(const std::vector<float> &embedding, float power)
{
    if (power == 1.0f)
        return embedding;
    std::vector<float> result(embedding.size());
    double norm = 0;
    for (size_t i = 0; i < result.size(); ++i) {
        const float magnitude = std::pow(std::abs(embedding[i]), power);
        result[i] = embedding[i] < 0 ? -magnitude : magnitude;
        norm += double(result[i]) * result[i];
    }
    if (norm > 0) {
        const double scale = 1.0 / std::sqrt(norm);
        for (float &value : result)
            value = float(value * scale);
    }
    return result;
}

std::vector<float> TagModel::predict(const std::vector<float> &embedding) const
{
    if (int(embedding.size()) != m_dimension || m_tags.isEmpty())
        return std::vector<float>(size_t(m_tags.size()), 0.0f);
    const int classes = int(m_tags.size()) + (m_hasBackground ? 1 : 0);
    const std::vector<float> x = features(embedding, m_featurePower);
    std::vector<float> probabilities = SoftmaxRegression::probabilities(m_weights, classes, x.data(), m_dimension);
    probabilities.resize(size_t(m_tags.size()));
    return probabilities;
}

QByteArray TagModel::toBytes() const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
    stream << magic << formatVersion << m_tags << m_embeddingVariant << qint32(m_dimension) << m_hasBackground
           << quint32(m_weights.size());
    for (float value : m_weights)
        stream << value;
    stream << m_featurePower;
    return bytes;
}

Result<TagModel> TagModel::fromBytes(const QByteArray &bytes)
{
    QDataStream stream(bytes);
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 fileMagic = 0, version = 0, weightCount = 0;
    stream >> fileMagic >> version;
    if (fileMagic != magic)
        return Error{tr("the stored tag model is not a Tagsmith tag model")};
    if (version < 1 || version > formatVersion)
        return Error{tr("the stored tag model has format version %1, this Tagsmith reads version %2")
                         .arg(version).arg(formatVersion)};
    TagModel model;
    qint32 dimension = 0;
    stream >> model.m_tags >> model.m_embeddingVariant >> dimension >> model.m_hasBackground >> weightCount;
    model.m_dimension = dimension;
    const qint64 classes = model.m_tags.size() + (model.m_hasBackground ? 1 : 0);
    if (stream.status() != QDataStream::Ok || model.m_tags.isEmpty() || model.m_tags.size() > maxTags
        || dimension <= 0 || dimension > maxDimension || qint64(weightCount) != classes * (dimension + 1))
        return Error{tr("the stored tag model is damaged")};
    model.m_weights.resize(weightCount);
    for (float &value : model.m_weights)
        stream >> value;
    if (version >= 2)
        stream >> model.m_featurePower;
    if (stream.status() != QDataStream::Ok || !(model.m_featurePower > 0.0f && model.m_featurePower <= 1.0f))
        return Error{tr("the stored tag model is damaged")};
    if (stream.status() != QDataStream::Ok || !stream.atEnd())
        return Error{tr("the stored tag model is damaged")};
    return model;
}

} // namespace tagsmith::ml
