#include "searchbackend.h"

#include "catalog/assetrepository.h"
#include "search/searchengine.h"
#include "search/similarity.h"

#include <cmath>

namespace tagsmith {

SearchBackend::SearchBackend(CatalogPtr catalog) : m_catalog(std::move(catalog)) {}

SearchBackend::~SearchBackend() = default;

QString SearchBackend::tierBadge(SearchTier tier)
{
    switch (tier) {
    case SearchTier::Metadata: return tr("metadata", "search tier badge");
    case SearchTier::SmartAll: return tr("all tags", "search tier badge");
    case SearchTier::SmartAny: return tr("any tag", "search tier badge");
    }
    return {};
}

QString SearchBackend::tierReason(SearchTier tier, double confidence)
{
    switch (tier) {
    case SearchTier::Metadata:
        return confidence > 1.0 ? tr("Matched in metadata, through a promoted tag") : tr("Matched in metadata");
    case SearchTier::SmartAll:
        return tr("All terms in smart tags (confidence %1)").arg(confidence, 0, 'f', 2);
    case SearchTier::SmartAny:
        return tr("Any term in smart tags (confidence %1)").arg(confidence, 0, 'f', 2);
    }
    return {};
}

Result<AssetSummary> SearchBackend::summaryOf(qint64 assetId) const
{
    auto found = AssetRepository(m_catalog->connection()).findById(assetId);
    if (!found)
        return Error{found.error()};
    if (!found.value())
        return Error{tr("Asset %1 is no longer in the catalog").arg(assetId)};
    const AssetRecord &record = *found.value();
    AssetSummary asset;
    asset.id = record.id;
    asset.path = record.path;
    asset.name = record.name;
    asset.size = record.size;
    asset.mtime = record.mtime;
    asset.kind = record.media.kind;
    asset.mime = record.media.mime;
    asset.status = record.status;
    asset.error = record.media.error;
    asset.durationSec = record.media.durationSec;
    asset.pages = record.media.pages;
    return asset;
}

void SearchBackend::search(int request, const QString &text)
{
    auto hits = SearchEngine(m_catalog->connection()).search(text, kLimit);
    if (!hits) {
        Q_EMIT failed(request, hits.error());
        return;
    }
    QList<SearchResult> results;
    results.reserve(hits.value().size());
    for (const SearchHit &hit : hits.value()) {
        auto asset = summaryOf(hit.assetId);
        if (!asset)
            continue;   // removed between the index read and now: nothing to show
        results << SearchResult{asset.value(), tierBadge(hit.tier), tierReason(hit.tier, hit.confidence)};
    }
    Q_EMIT resultsReady(request, results);
}

void SearchBackend::findSimilar(int request, qint64 assetId)
{
    const QSqlDatabase db = m_catalog->connection();
    auto variant = Similarity::variantOf(db, assetId);
    if (!variant) {
        Q_EMIT failed(request, variant.error());
        return;
    }
    if (!m_similarity || m_similarityVariant != variant.value()) {
        m_similarity = std::make_unique<Similarity>(variant.value());
        m_similarityVariant = variant.value();
    }
    if (Status refreshed = m_similarity->refresh(db); !refreshed) {
        Q_EMIT failed(request, refreshed.error());
        return;
    }
    auto nearest = m_similarity->nearest(db, assetId, kLimit);
    if (!nearest) {
        Q_EMIT failed(request, nearest.error());
        return;
    }
    QList<SearchResult> results;
    // The asset itself first, so the user sees what the others are compared with.
    if (auto self = summaryOf(assetId))
        results << SearchResult{self.value(), tr("original", "find similar badge"), tr("The asset you asked about")};
    for (const SimilarAsset &similar : nearest.value()) {
        auto asset = summaryOf(similar.assetId);
        if (!asset)
            continue;
        const int percent = int(std::lround(similar.similarity * 100));
        results << SearchResult{asset.value(), tr("%1 %", "similarity badge").arg(percent),
                                tr("Similarity %1 (cosine of the embeddings)").arg(similar.similarity, 0, 'f', 3)};
    }
    Q_EMIT resultsReady(request, results);
}

} // namespace tagsmith
