#pragma once

#include <QSet>
#include <QString>

namespace tagsmith {

// Per-language stop words and common words, loaded once from the :/tagsmith/text resources.
// The sets are immutable after first use, so any thread may read them.
class WordLists {
public:
    static const QSet<QString> &stopWords(const QString &language);
    static const QSet<QString> &commonWords(const QString &language);
    static QStringList languages();   // languages with a stop-word list: "en", "de", "fr"
};

} // namespace tagsmith
