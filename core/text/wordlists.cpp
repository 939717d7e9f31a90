#include "wordlists.h"

#include <QFile>
#include <QHash>

namespace tagsmith {

namespace {

QSet<QString> load(const QString &resource)
{
    QSet<QString> words;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return words;
    const QString content = QString::fromUtf8(file.readAll());
    for (const QString &line : content.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words.insert(word);
    }
    return words;
}

struct Tables {
    QHash<QString, QSet<QString>> stop;
    QHash<QString, QSet<QString>> common;
    QSet<QString> none;
};

const Tables &tables()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const Tables instance = [] {
        Tables t;
        for (const char *language : {"en", "de", "fr"}) {
            const QString code = QString::fromLatin1(language);
            t.stop.insert(code, load(QStringLiteral(":/tagsmith/text/stopwords_%1.txt").arg(code)));
            t.common.insert(code, load(QStringLiteral(":/tagsmith/text/commonwords_%1.txt").arg(code)));
        }
        return t;
    }();
    return instance;
}

} // namespace

const QSet<QString> &WordLists::stopWords(const QString &language)
{
    const auto it = tables().stop.constFind(language);
    return it == tables().stop.constEnd() ? tables().none : it.value();
}

const QSet<QString> &WordLists::commonWords(const QString &language)
{
    const auto it = tables().common.constFind(language);
    return it == tables().common.constEnd() ? tables().none : it.value();
}

QStringList WordLists::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

} // namespace tagsmith
