#pragma once

#include <QList>
#include <QString>

namespace tagsmith {

struct Keyword {
    QString text;            // lower case; a phrase has single spaces ("ian murdock")
    double confidence = 0;   // 0..1: relative weight, damped for short texts
    int occurrences = 0;
};

struct KeywordOptions {
    int topN = 10;
    QString language;        // ISO 639-1; empty: detect
};

struct KeywordResult {
    QString language;        // detected or given; "und" when unknown
    QList<Keyword> keywords; // best first
};

// Statistical keywords of one text: tokens minus stop words, weighted by a sub-linear term
// frequency (count^0.7, so an excerpt ranks like the whole) and a background-commonness
// damping (a built-in list of frequent general words, months and weekdays, and word length
// stand in for corpus IDF). Names - words capitalised in mid-sentence, not in headings or
// all caps - weigh double, and a people's name folds into its place ("Moabitess" -> Moab).
// Multi-word phrase candidates are RAKE-like runs of content words seen at least twice.
// Pure function of its input: thread-safe.
class Keywords {
public:
    static KeywordResult extract(const QString &text, const KeywordOptions &options = {});
    // Folds inflection so "cells" and "cell" meet: English plurals only; other languages
    // keep the word. Also used to compare keywords in tests and the bench.
    static QString fold(const QString &word, const QString &language = QStringLiteral("en"));
    // True if expected (one word or a phrase) is one of keywords, or a word run inside one
    // of them, compared case-insensitively after folding every word.
    static bool matches(const QString &expected, const QList<Keyword> &keywords);
};

} // namespace tagsmith
