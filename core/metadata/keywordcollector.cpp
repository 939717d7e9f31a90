#include "keywordcollector.h"

#include "tagpath.h"

#include <QSet>

#include <algorithm>

namespace tagsmith {

namespace {
QString folded(const QString &text) { return text.toCaseFolded(); }
} // namespace

bool KeywordCollector::hasRoom()
{
    if (count() < maxKeywords)
        return true;
    m_truncated = true;
    return false;
}

void KeywordCollector::addHierarchical(const QStringList &levels)
{
    const QString path = tagpath::fromLevels(levels);
    if (!path.isEmpty() && hasRoom())
        m_hierarchical << path;
}

void KeywordCollector::addFlat(const QString &keyword)
{
    const QString simplified = keyword.simplified();
    if (!simplified.isEmpty() && hasRoom())
        m_flat << simplified;
}

QStringList KeywordCollector::tags() const
{
    QSet<QString> seen;          // case-folded tag paths already taken
    QSet<QString> ancestors;     // case-folded proper prefixes of hierarchical paths
    QSet<QString> levelNames;    // case-folded flat keywords that a hierarchical keyword already says
    QSet<QString> flat;
    for (const QString &keyword : m_flat)
        flat.insert(folded(keyword));
    for (const QString &path : m_hierarchical) {
        const QStringList levels = path.split(QLatin1Char('/'));
        // The leaf always repeats the hierarchy. An upper level does only when the writer listed
        // every upper level flat (Lightroom's "include parents"); listed alone, as "Belgium" beside
        // places|Belgium|Leuven without "places", it is a keyword the user gave on its own.
        const bool parentsListed = std::all_of(levels.cbegin(), levels.cend() - 1,
                                               [&](const QString &level) { return flat.contains(folded(level)); });
        QString prefix;
        for (qsizetype i = 0; i < levels.size(); ++i) {
            if (i + 1 == levels.size() || parentsListed)
                levelNames.insert(folded(levels.at(i)));
            prefix += (i ? QStringLiteral("/") : QString()) + levels.at(i);
            if (i + 1 < levels.size())
                ancestors.insert(folded(prefix));
        }
    }
    QStringList result;
    for (const QString &path : m_hierarchical) {
        const QString key = folded(path);
        if (ancestors.contains(key) || seen.contains(key))
            continue;
        seen.insert(key);
        result << path;
    }
    for (const QString &keyword : m_flat) {
        const QString key = folded(keyword);
        if (levelNames.contains(key) || seen.contains(key))
            continue;
        seen.insert(key);
        result << keyword;
    }
    return result;
}

} // namespace tagsmith
