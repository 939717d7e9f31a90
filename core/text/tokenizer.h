#pragma once

#include <QList>
#include <QString>

namespace tagsmith {

struct Token {
    QString word;             // lower case
    bool capitalised = false; // first letter upper case in the source
    bool allCaps = false;     // two or more letters, all upper case ("TLM", "LORD")
    bool caseNeutral = false; // starts a sentence or line, or sits in a Title Case heading:
                              // its capital is no sign of a name
    bool lineStart = false;   // first word of a line
    bool phraseBreak = false; // punctuation, a paragraph or a script change precedes it
    bool kana = false;        // Japanese hiragana run (particles, inflections): never a keyword
};

// Splits text into words: runs of letters and digits, keeping inner hyphens and
// apostrophes ("apt-get", "o'clock"); splits at script changes so Japanese katakana and
// kanji runs become words although the text has no spaces.
class Tokenizer {
public:
    static QList<Token> tokenize(QStringView text);

private:
    static void markTitleCaseLines(QList<Token> &tokens);
};

} // namespace tagsmith
