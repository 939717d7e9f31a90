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

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u'\u3002';
}

bool isAllCaps(QStringView word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        letters += c.isUpper();
    }
    return letters >= 2;
}

} // namespace

// In a Title Case Heading every word is capitalised, so capitals there are no sign of a name:
// a line of three or more words, most of them capitalised, gives no case evidence.
void Tokenizer::markTitleCaseLines(QList<Token> &tokens)
{
    qsizetype lineStart = 0;
    auto finishLine = [&](qsizetype end) {
        qsizetype words = 0;
        qsizetype capitalised = 0;
        for (qsizetype i = lineStart; i < end; ++i) {
            if (!tokens[i].word.at(0).isLetter())
                continue;
            ++words;
            capitalised += tokens[i].capitalised;
        }
        if (words >= 3 && capitalised * 10 >= words * 6) {
            for (qsizetype i = lineStart; i < end; ++i)
                tokens[i].caseNeutral = true;
        }
        lineStart = end;
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].lineStart)
            finishLine(i);
    }
    finishLine(tokens.size());
}

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    bool pendingBreak = true;
    bool pendingSentence = true;
    bool pendingLine = true;
    for (qsizetype i = 0; i < n;) {
        const Script script = scriptOf(text[i]);
        if (script == Script::None) {
            // Lines are units in slides, subtitles, lists and tables: a phrase never spans two.
            if (breaksPhrase(text[i]) || text[i] == u'\n')
                pendingBreak = true;
            pendingSentence = pendingSentence || endsSentence(text[i]);
            pendingLine = pendingLine || text[i] == u'\n';
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
        token.allCaps = isAllCaps(word);
        // A verse or list number ("12 And Boaz said") does not end the sentence start.
        const bool number = word.at(0).isDigit();
        token.caseNeutral = pendingSentence;
        token.lineStart = pendingLine;
        pendingLine = false;
        pendingSentence = number && pendingSentence;
        token.word = word.toLower();
        token.phraseBreak = pendingBreak || (!tokens.isEmpty() && script != Script::Latin);
        token.kana = script == Script::Hiragana;
        tokens.append(std::move(token));
        pendingBreak = script != Script::Latin;
    }
    markTitleCaseLines(tokens);
    return tokens;
}

} // namespace tagsmith
