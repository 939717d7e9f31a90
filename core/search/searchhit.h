#pragma once

#include <QString>

namespace tagsmith {

// Which of the design's tiers an asset reached: every term in metadata, every term in
// applied smart tags, or some term in applied smart tags.
enum class SearchTier { SmartAny = 0, SmartAll = 1, Metadata = 2 };

QString tierName(SearchTier tier);   // "metadata", "smart-all", "smart-any"

struct SearchHit {
    qint64 assetId = 0;
    QString path;
    SearchTier tier = SearchTier::SmartAny;
    // Within the tier: 1.0 for metadata (1.5 when a promoted tag matched); for smart tiers the
    // best applied confidence per term, summed and divided by the number of terms.
    double confidence = 0;
    // Tier plus confidence: results come in descending score.
    double score() const { return int(tier) + confidence; }
};

} // namespace tagsmith
