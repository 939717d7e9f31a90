#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tagsmith {

// One word or "quoted phrase" of a query; `prefix` when typed as `word*`.
struct SearchTerm {
    QString text;
    bool prefix = false;

    bool operator==(const SearchTerm &other) const = default;
};

// A parsed search: words and "phrases" (all of them in metadata, or any in smart tags),
// `-term` exclusions and `tag:name` filters (hierarchical: tag:vehicles covers vehicles/cars/x).
struct SearchQuery {
    QList<SearchTerm> terms;
    QList<SearchTerm> excluded;
    QStringList tags;

    bool hasCriteria() const { return !terms.isEmpty() || !tags.isEmpty(); }

    static SearchQuery parse(const QString &text);
};

// The term as an FTS5 string: always quoted, so punctuation in a word (model-side-view,
// IMG_0042) becomes a phrase of its tokens instead of query syntax.
QString ftsPhrase(const SearchTerm &term);

// Whether a tag path lies under `filter` at any level: filter "cars" covers "cars",
// "vehicles/cars" and "vehicles/cars/model-x". Case-insensitive.
bool tagMatchesFilter(const QString &tagPath, const QString &filter);

} // namespace tagsmith
