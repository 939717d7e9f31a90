#pragma once

#include "catalog/catalog.h"
#include "jobs/jobhandler.h"
#include "ml/tagmodel.h"
#include "tagging/embedderpool.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace tagsmith {

// A trained model as the tagger uses it: the current version's weights.
struct ActiveModel {
    QString name;
    int version = 0;
    ml::TagModel model;
};

// Smart tags for an image: its embedding (cached per content hash, computed when missing),
// then every trained tag model's confidences and the generic ImageNet labels. Candidates are
// stored with their confidence; the model's threshold decides what counts as applied.
class TagJob : public JobHandler {
public:
    static inline const QString GenericModel = QStringLiteral("generic");

    // Loads the current version of every trained model and the embedder pool.
    static Result<std::shared_ptr<TagJob>> create(const CatalogPtr &catalog, const QString &modelsDir, int workers);

    QString kind() const override;
    bool usesInference() const override { return true; }
    JobResult run(const JobContext &context) override;

private:
    TagJob() = default;

    CatalogPtr m_catalog;
    std::shared_ptr<EmbedderPool> m_embedders;
    std::vector<ActiveModel> m_models;
    QStringList m_imagenetLabels;
};

} // namespace tagsmith
