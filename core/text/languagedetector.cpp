#include "languagedetector.h"

#include "wordlists.h"

namespace tagsmith {

QString LanguageDetector::detect(const QList<Token> &tokens)
{
    // A sample is enough and keeps long documents cheap.
    const qsizetype sample = qMin<qsizetype>(tokens.size(), 20000);
    if (sample < 5)
        return QStringLiteral("und");
    qsizetype kana = 0;
    for (qsizetype i = 0; i < sample; ++i)
        kana += tokens[i].kana;
    if (kana * 10 >= sample)
        return QStringLiteral("ja");

    QString best = QStringLiteral("und");
    qsizetype bestHits = 0;
    for (const QString &language : WordLists::languages()) {
        const QSet<QString> &stop = WordLists::stopWords(language);
        qsizetype hits = 0;
        for (qsizetype i = 0; i < sample; ++i)
            hits += stop.contains(tokens[i].word);
        if (hits > bestHits) {
            bestHits = hits;
            best = language;
        }
    }
    // Running text is 30-50 % function words; a word list or table is not language.
    return bestHits * 20 >= sample ? best : QStringLiteral("und");
}

QString LanguageDetector::detect(QStringView text)
{
    return detect(Tokenizer::tokenize(text));
}

} // namespace tagsmith
