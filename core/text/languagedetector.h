#pragma once

#include "tokenizer.h"

namespace tagsmith {

// Guesses the language (ISO 639-1) from the share of each language's stop words among the
// tokens; Japanese from its kana. Returns "und" when nothing is convincing (too short,
// or a language without a list).
class LanguageDetector {
public:
    static QString detect(const QList<Token> &tokens);
    static QString detect(QStringView text);
};

} // namespace tagsmith
