#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace tagsmith::ml {

// A trained set of mutually exclusive tags for one visual aspect: a softmax over the tags plus,
// when trained with unrelated images, an implicit "none of these" class.
class TagModel {
public:
    TagModel() = default;
    TagModel(QStringList tags, QString embeddingVariant, int dimension, bool hasBackground, std::vector<float> weights,
             float featurePower = 1.0f);

    // What the weights apply to: the embedding raised element-wise to `power` (keeping the sign)
    // and L2-normalised again; power 1 is the embedding itself. A power below 1 evens out the
    // few large activations that dominate a MobileNet embedding (bench fewshot, k = 10: +0.4 points).
    static std::vector<float> features(const std::vector<float> &embedding, float power);

    // Per tag (in tags() order) the probability that the image shows it; the background class
    // takes the rest, so an unrelated image gets low confidence for every tag.
    // The embedding must be L2-normalised and of the variant the model was trained on.
    std::vector<float> predict(const std::vector<float> &embedding) const;

    const QStringList &tags() const { return m_tags; }
    QString embeddingVariant() const { return m_embeddingVariant; }
    int dimension() const { return m_dimension; }
    bool hasBackground() const { return m_hasBackground; }
    const std::vector<float> &weights() const { return m_weights; }
    float featurePower() const { return m_featurePower; }

    // Versioned binary form for the catalog.
    QByteArray toBytes() const;
    static Result<TagModel> fromBytes(const QByteArray &bytes);

private:
    QStringList m_tags;
    QString m_embeddingVariant;
    int m_dimension = 0;
    bool m_hasBackground = false;
    std::vector<float> m_weights;   // classes x (dimension + 1), bias last; background is the last class
    float m_featurePower = 1.0f;
};

} // namespace tagsmith::ml
