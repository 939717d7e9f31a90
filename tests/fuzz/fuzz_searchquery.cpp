// SearchQuery::parse: quotes, prefixes, exclusions and tag: filters typed into the search box,
// then the FTS5 phrase built from each term and the tag filter match.
#include "search/searchquery.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const tagsmith::SearchQuery query = tagsmith::SearchQuery::parse(text);
    for (const tagsmith::SearchTerm &term : query.terms)
        tagsmith::ftsPhrase(term);
    for (const QString &tag : query.tags)
        tagsmith::tagMatchesFilter(QStringLiteral("places/europe/berlin"), tag);
    return 0;
}
