#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tagsmith {

// The two generic sources, as the `model` of their smart tags. Their candidates are stored
// for every image; whether they count as applied is decided when reading (threshold, block
// list, the folder's generic-labels switch), so every change takes effect at once.
namespace GenericModels {
inline const QString ImageNet = QStringLiteral("generic");          // tags "imagenet/<class>"
inline const QString Objects = QStringLiteral("generic-objects");   // tags "coco/<class>"
inline bool contains(const QString &model) { return model == ImageNet || model == Objects; }
}

// ImageNet probabilities are softmax over 1000 classes; CenterNet peaks are modest (the dog
// photo of the model README gives dog 0.43), hence a lower default for objects.
constexpr double DefaultGenericThreshold = 0.7;
constexpr double DefaultObjectThreshold = 0.3;

// The generic labels' thresholds (table `settings`) and the labels blocked everywhere
// (table `generic_label_blocks`).
class GenericLabelRepository {
public:
    explicit GenericLabelRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The threshold of `model` (one of GenericModels).
    double threshold(const QString &model) const;
    Status setThreshold(const QString &model, double value);

    // Whether the source's labels count at all (on by default). Off, its stored candidates stay
    // (turning it on again needs no re-run) but none is applied: what the rules and the video
    // tagger compare against is effectiveThreshold(), which is then above any confidence.
    bool enabled(const QString &model) const;
    Status setEnabled(const QString &model, bool on);
    double effectiveThreshold(const QString &model) const;
    static constexpr double AboveAnyConfidence = 2.0;

    // A label is a tag path ("coco/dog") or a class name ("dog": that class in both sources).
    Result<QStringList> blocked() const;
    Status block(const QStringList &labels);
    // Returns the labels that were not blocked.
    Result<QStringList> unblock(const QStringList &labels);

private:
    QSqlDatabase m_db;
};

} // namespace tagsmith
