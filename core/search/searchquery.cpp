#include "searchquery.h"

#include "catalog/tagrepository.h"

namespace tagsmith {
namespace {

// A term FTS5 can match needs at least one letter or digit; "+++" or a lone "-" is dropped.
bool hasToken(const QString &text)
{
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

// Reads a quoted run starting after the opening quote; a missing closing quote ends at the end.
QString readQuoted(const QString &text, qsizetype &i)
{
    const qsizetype close = text.indexOf(QLatin1Char('"'), i);
    const QString value = text.mid(i, close < 0 ? -1 : close - i);
    i = close < 0 ? text.size() : close + 1;
    return value;
}

QString readWord(const QString &text, qsizetype &i)
{
    const qsizetype start = i;
    while (i < text.size() && !text.at(i).isSpace())
        ++i;
    return text.mid(start, i - start);
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        const bool exclude = text.at(i) == QLatin1Char('-') && i + 1 < text.size() && !text.at(i + 1).isSpace();
        if (exclude)
            ++i;
        if (!exclude && text.mid(i, 4).compare(QLatin1String("tag:"), Qt::CaseInsensitive) == 0) {
            i += 4;
            const bool quoted = i < text.size() && text.at(i) == QLatin1Char('"');
            const QString tag = normaliseTagPath(quoted ? readQuoted(text, ++i) : readWord(text, i));
            if (!tag.isEmpty())
                query.tags << tag;
            continue;
        }
        SearchTerm term;
        if (text.at(i) == QLatin1Char('"')) {
            term.text = readQuoted(text, ++i).simplified();
        } else {
            term.text = readWord(text, i);
            if (term.text.size() > 1 && term.text.endsWith(QLatin1Char('*'))) {
                term.text.chop(1);
                term.prefix = true;
            }
        }
        if (hasToken(term.text))
            (exclude ? query.excluded : query.terms) << term;
    }
    return query;
}

QString ftsPhrase(const SearchTerm &term)
{
    QString quoted = term.text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"') + (term.prefix ? QLatin1String("*") : QLatin1String());
}

bool tagMatchesFilter(const QString &tagPath, const QString &filter)
{
    const QString path = QLatin1Char('/') + tagPath.toCaseFolded() + QLatin1Char('/');
    return path.contains(QLatin1Char('/') + filter.toCaseFolded() + QLatin1Char('/'));
}

} // namespace tagsmith
