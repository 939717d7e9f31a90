#include "tagmodel.h"

#include "softmaxregression.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

namespace tagsmith::ml {

namespace {

constexpr quint32 magic = 0x54534d4c;   // "TSML"
constexpr quint32 formatVersion = 1;
constexpr int maxTags = 1000;
constexpr int maxDimension = 65536;

QString tr(const char *text)
{
    return QCoreApplication::translate("tagsmith::ml::TagModel", text);
}

} // namespace

TagModel::TagModel(QStringList tags, QString embeddingVariant, int dimension, bool hasBackground, std::vector<float> weights)
    : m_tags(std::move(tags)), m_embeddingVariant(std::move(embeddingVariant)), m_dimension(dimension),
      m_hasBackground(hasBackground), m_weights(std::move(weights))
{
}

std::vector<float> TagModel::predict(const std::vector<float> &embedding) const
{
    if (int(embedding.size()) != m_dimension || m_tags.isEmpty())
        return std::vector<float>(size_t(m_tags.size()), 0.0f);
    const int classes = int(m_tags.size()) + (m_hasBackground ? 1 : 0);
    std::vector<float> probabilities = SoftmaxRegression::probabilities(m_weights, classes, embedding.data(), m_dimension);
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
    if (version != formatVersion)
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
    if (stream.status() != QDataStream::Ok || !stream.atEnd())
        return Error{tr("the stored tag model is damaged")};
    return model;
}

} // namespace tagsmith::ml
