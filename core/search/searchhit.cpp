#include "searchhit.h"

namespace tagsmith {

QString tierName(SearchTier tier)
{
    switch (tier) {
    case SearchTier::Metadata: return QStringLiteral("metadata");
    case SearchTier::SmartAll: return QStringLiteral("smart-all");
    case SearchTier::SmartAny: return QStringLiteral("smart-any");
    }
    return QStringLiteral("smart-any");
}

} // namespace tagsmith
