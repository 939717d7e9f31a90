#include "tokenizer.h"

namespace tagsmith {

namespace {

enum class Script { None, Latin, Hiragana, Katakana, Han };

Script scriptOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x3040 && u <= 0x309F)
        return Script::Hiragana;
    if ((u >= 0x30A0 && u <= 0x30FF) || (u >= 0xFF66 && u <= 0xFF9F))
        return Script::Katakana;
    if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF))
        return Script::Han;
    if (c.isLetterOrNumber() || c.isMark())
        return Script::Latin;
    return Script::None;
}

bool isJoiner(QChar c)
{
    return c == u'-' || c == u'\'' || c == u'\u2019';
}

bool breaksPhrase(QChar c)
{
    return c.isPunct() || c == u'\t' || c.isSymbol();
}

} // namespace

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    bool pendingBreak = true;
    for (qsizetype i = 0; i < n;) {
        const Script script = scriptOf(text[i]);
        if (script == Script::None) {
            // Lines are units in slides, subtitles, lists and tables: a phrase never spans two.
            if (breaksPhrase(text[i]) || text[i] == u'\n')
                pendingBreak = true;
            ++i;
            continue;
        }
        const qsizetype start = i;
        ++i;
        while (i < n) {
            const Script next = scriptOf(text[i]);
            if (next == script) {
                ++i;
            } else if (script == Script::Latin && isJoiner(text[i]) && i + 1 < n
                       && scriptOf(text[i + 1]) == Script::Latin) {
                i += 2;
            } else {
                break;
            }
        }
        QString word = text.sliced(start, i - start).toString();
        // Possessives fold into the noun: "Naomi's" counts as "naomi".
        if (word.endsWith(u"'s") || word.endsWith(u"\u2019s"))
            word.chop(2);
        word.replace(QChar(u'\u2019'), QLatin1Char('\''));
        Token token;
        token.capitalised = word.at(0).isUpper();
        token.word = word.toLower();
        token.phraseBreak = pendingBreak || (!tokens.isEmpty() && script != Script::Latin);
        token.kana = script == Script::Hiragana;
        tokens.append(std::move(token));
        pendingBreak = script != Script::Latin;
    }
    return tokens;
}

} // namespace tagsmith
