#pragma once

#include "catalog/catalog.h"
#include "catalog/genericlabelrepository.h"
#include "catalog/embeddingrepository.h"
#include "jobs/jobhandler.h"
#include "media/thumbnailer.h"
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
    QString kind;      // "object" or "action" (models.kind)
    double threshold = 0.7;
    ml::TagModel model;
};

// Candidates under this are not worth a row; above it they are stored even when below the
// threshold, so lowering the threshold needs no re-run.
constexpr float SmartTagCandidateFloor = 0.05f;

// ImageNet labels proposed per asset, and the probability under which one is noise.
constexpr int GenericLabelCount = 5;
constexpr float GenericLabelFloor = 0.15f;

struct SmartTagCandidate {
    QString tag;
    float confidence = 0;
};

class TagRepository;
// Stores one model's candidates on an asset and drops the ones it no longer proposes.
Status storeSmartTagCandidates(TagRepository &tags, qint64 assetId, const QString &model, int version,
                               const QList<SmartTagCandidate> &candidates);

// What every smart-tag job shares: one embedder pool, the trained models, ImageNet's labels.
struct TaggingModels {
    std::shared_ptr<EmbedderPool> embedders;
    std::vector<ActiveModel> models;
    QStringList imagenetLabels;   // index-aligned with Embedding::probs, empty when missing
    bool objectDetector = false;  // coco_centernet is installed: tag jobs queue an ObjectJob
    QString modelsDir;            // where the packs were found (video jobs load the detector from it)

    // The smart-tag path of ImageNet class `index` ("imagenet/<first synonym>"); empty for
    // "background" (0) or without labels.
    QString genericTag(int index) const;
};

// Loads the embedder pool and the current version of every model trained on its embedder.
Result<TaggingModels> loadTaggingModels(const CatalogPtr &catalog, const QString &modelsDir, int workers);

// Smart tags for an image: its embedding (cached per content hash, computed when missing),
// then every trained tag model's confidences and the generic ImageNet labels. Candidates are
// stored with their confidence; SmartTagRules decide what counts as applied. Then it queues
// the slower generic object labels (ObjectJob) where generic labels are on.
class TagJob : public JobHandler {
public:
    static inline const QString GenericModel = GenericModels::ImageNet;

    // Loads the current version of every trained model and the embedder pool.
    static Result<std::shared_ptr<TagJob>> create(const CatalogPtr &catalog, const QString &modelsDir, int workers);
    static std::shared_ptr<TagJob> create(const CatalogPtr &catalog, TaggingModels models);

    QString kind() const override;
    bool usesInference() const override { return true; }
    // One image per forward pass: `bench jobs` measured batches of 8 and 16 at half the rate of
    // single images on two networks (OpenCV 4.6, 2 cores), and 2 no better than 1.
    JobResult run(const JobContext &context) override;

private:
    TagJob() = default;
    // The embedding of one image: from the cache, or decoded (the decode also feeds the
    // thumbnail) and left for the network pass.
    struct Input;
    Input prepare(const JobContext &context) const;
    JobResult finish(const JobContext &context, const CachedEmbedding &embedding, bool computed) const;

    CatalogPtr m_catalog;
    TaggingModels m_tagging;
    Thumbnailer m_thumbnailer;
};

} // namespace tagsmith
