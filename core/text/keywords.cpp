#include "keywords.h"

#include "languagedetector.h"
#include "tokenizer.h"
#include "wordlists.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace tagsmith {

namespace {

constexpr double kCommonWordWeight = 0.25;
constexpr double kNameBoost = 2.0;        // people, places, products: what a user tags by
constexpr int kNameMinCount = 2;          // a name mentioned once is a passing reference
constexpr double kTermExponent = 0.7;     // sub-linear term frequency
constexpr double kPhraseBoost = 1.4;
constexpr double kSubsumedShare = 0.7;   // a word mostly seen inside a chosen phrase adds nothing

struct Candidate {
    QString key;                    // folded words joined by spaces
    QHash<QString, int> surfaces;   // spelling -> count, the most frequent one is shown
    int count = 0;
    int midSentence = 0;            // occurrences whose case is evidence (not sentence-initial)
    int titleCaseMidSentence = 0;   // of those, "Boaz" (not "boaz", not "LORD")
    int words = 1;
    double score = 0;
};

QString mostFrequentSurface(const Candidate &candidate)
{
    QString best;
    int bestCount = -1;
    for (auto it = candidate.surfaces.cbegin(); it != candidate.surfaces.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

bool isContentWord(const Token &token, const QSet<QString> &stop, const QSet<QString> &english)
{
    if (token.kana || stop.contains(token.word) || english.contains(token.word))
        return false;
    bool hasLetter = false;
    for (const QChar c : token.word)
        hasLetter = hasLetter || c.isLetter();
    if (!hasLetter)
        return false;
    // One- and two-letter Latin words are variables, units and abbreviations ("x", "cm",
    // "ns"); a Japanese word of two characters is normal.
    return token.word.size() >= (token.word.at(0).unicode() >= 0x3000 ? 2 : 3);
}

// Stands in for IDF: frequent general words are damped, longer words are rarer.
double backgroundWeight(const QString &word, const QSet<QString> &common)
{
    const double length = std::min<double>(word.size(), 10);
    const double lengthWeight = 0.55 + 0.45 * length / 10.0;
    return (common.contains(word) ? kCommonWordWeight : 1.0) * lengthWeight;
}

// Capitalised in the middle of sentences, not all upper case: a name. Sentence-initial
// words, Title Case headings and all-caps emphasis ("the LORD") prove nothing.
bool isName(const Candidate &word)
{
    return word.midSentence > 0 && word.titleCaseMidSentence * 10 >= word.midSentence * 8;
}

// "Moabitess" and "Israelites" are the people of a place named in the same text: one keyword.
void mergeDemonyms(QHash<QString, Candidate> &words)
{
    static const QStringList suffixes{QStringLiteral("itess"), QStringLiteral("ites"), QStringLiteral("ite")};
    for (auto it = words.begin(); it != words.end();) {
        QString stem;
        for (const QString &suffix : suffixes) {
            if (it.key().size() >= suffix.size() + 3 && it.key().endsWith(suffix)) {
                stem = it.key().chopped(suffix.size());
                break;
            }
        }
        const auto base = stem.isEmpty() ? words.end() : words.find(stem);
        if (base == words.end() || !isName(it.value()) || !isName(base.value())) {
            ++it;
            continue;
        }
        Candidate &into = base.value();
        const Candidate &from = it.value();
        into.count += from.count;
        into.midSentence += from.midSentence;
        into.titleCaseMidSentence += from.titleCaseMidSentence;
        it = words.erase(it);
    }
}

// Sub-linear: the twentieth mention of a word says less than the second, so a short excerpt
// of a text (a slide deck of selected passages) ranks the same central terms as the whole.
double termWeight(int count)
{
    return std::pow(double(std::max(count, 1)), kTermExponent);
}

double wordWeight(const Candidate &word, const QSet<QString> &common, bool capitalisationMeansName)
{
    const double background = backgroundWeight(word.key, common);
    if (capitalisationMeansName && word.count >= kNameMinCount && isName(word) && !common.contains(word.key))
        return kNameBoost * background;
    return background;
}

} // namespace

QString Keywords::fold(const QString &word, const QString &language)
{
    if (language != u"en" && language != u"und")
        return word;
    const qsizetype n = word.size();
    // Light stemming: "gleaned", "gleaning" and "glean" are one keyword.
    if (n > 5 && word.endsWith(u"ing"))
        return word.left(n - 3);
    if (n > 5 && word.endsWith(u"ed") && !word.endsWith(u"eed"))
        return word.left(n - 2);
    if (n > 4 && word.endsWith(u"ies"))
        return word.left(n - 3) + QLatin1Char('y');
    if (n > 4 && (word.endsWith(u"sses") || word.endsWith(u"xes") || word.endsWith(u"ches") || word.endsWith(u"shes")))
        return word.left(n - 2);
    if (n > 3 && word.endsWith(u's') && !word.endsWith(u"ss") && !word.endsWith(u"us") && !word.endsWith(u"is"))
        return word.left(n - 1);
    return word;
}

bool Keywords::matches(const QString &expected, const QList<Keyword> &keywords)
{
    auto foldAll = [](const QString &text) {
        QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &word : words)
            word = fold(word);
        return QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ');
    };
    const QString wanted = foldAll(expected);
    return std::any_of(keywords.cbegin(), keywords.cend(),
                       [&](const Keyword &keyword) { return foldAll(keyword.text).contains(wanted); });
}

KeywordResult Keywords::extract(const QString &text, const KeywordOptions &options)
{
    KeywordResult result;
    const QList<Token> tokens = Tokenizer::tokenize(text);
    result.language = options.language.isEmpty() ? LanguageDetector::detect(tokens) : options.language;
    const QSet<QString> &stop = WordLists::stopWords(result.language);
    const QSet<QString> &english = WordLists::stopWords(QStringLiteral("en"));
    const QSet<QString> &common = WordLists::commonWords(result.language == u"und" ? QStringLiteral("en") : result.language);
    const bool capitalisationMeansName = result.language == u"en" || result.language == u"fr" || result.language == u"und";

    QHash<QString, Candidate> words;
    QHash<QString, Candidate> phrases;
    QStringList run;          // folded content words since the last break
    QStringList runSurface;
    qsizetype contentTokens = 0;
    auto addPhrases = [&] {
        for (int length = 2; length <= 3; ++length) {
            for (qsizetype start = 0; start + length <= run.size(); ++start) {
                Candidate &phrase = phrases[run.mid(start, length).join(QLatin1Char(' '))];
                phrase.words = length;
                ++phrase.count;
                ++phrase.surfaces[runSurface.mid(start, length).join(QLatin1Char(' '))];
            }
        }
    };
    for (const Token &token : tokens) {
        const bool content = isContentWord(token, stop, english);
        if (token.phraseBreak || !content) {
            addPhrases();
            run.clear();
            runSurface.clear();
        }
        if (!content)
            continue;
        ++contentTokens;
        const QString key = fold(token.word, result.language);
        Candidate &word = words[key];
        ++word.count;
        if (!token.caseNeutral) {
            ++word.midSentence;
            word.titleCaseMidSentence += token.capitalised && !token.allCaps;
        }
        ++word.surfaces[token.word];
        run.append(key);
        runSurface.append(token.word);
    }
    addPhrases();
    if (words.isEmpty())
        return result;
    if (capitalisationMeansName)
        mergeDemonyms(words);

    QList<Candidate> candidates;
    for (auto it = words.begin(); it != words.end(); ++it) {
        Candidate &word = it.value();
        word.key = it.key();
        word.score = termWeight(word.count) * wordWeight(word, common, capitalisationMeansName);
        candidates.append(word);
    }
    for (auto it = phrases.begin(); it != phrases.end(); ++it) {
        Candidate &phrase = it.value();
        if (phrase.count < 2)
            continue;
        const QStringList members = it.key().split(QLatin1Char(' '));
        // A phrase is a unit when its words mostly occur together.
        int rarestMember = INT_MAX;
        double weight = 0;
        for (const QString &member : members) {
            const auto found = words.constFind(member);
            Candidate merged;   // a demonym, counted under its place now
            merged.key = member;
            const Candidate &word = found != words.cend() ? found.value() : merged;
            rarestMember = std::min(rarestMember, word.count);
            weight += wordWeight(word, common, capitalisationMeansName);
        }
        if (phrase.count * 3 < rarestMember)
            continue;
        phrase.key = it.key();
        phrase.score = termWeight(phrase.count) * weight / members.size() * kPhraseBoost;
        candidates.append(phrase);
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.key < b.key;
    });

    QList<const Candidate *> chosen;
    for (const Candidate &candidate : candidates) {
        if (chosen.size() >= options.topN)
            break;
        const bool redundant = std::any_of(chosen.cbegin(), chosen.cend(), [&](const Candidate *picked) {
            if (picked->words > 1 && candidate.words == 1)
                return picked->key.split(QLatin1Char(' ')).contains(candidate.key)
                       && picked->count >= kSubsumedShare * candidate.count;
            if (picked->words == 1 && candidate.words > 1)
                return false;
            // Overlapping phrases ("ian murdock" vs "debian founder ian murdock"): keep one.
            return picked->words > 1 && (picked->key.contains(candidate.key) || candidate.key.contains(picked->key));
        });
        if (!redundant)
            chosen.append(&candidate);
    }
    // Few content words make every weight unreliable.
    const double reliability = std::min(1.0, std::sqrt(double(contentTokens) / 300.0));
    const double top = chosen.isEmpty() ? 1.0 : chosen.first()->score;
    for (const Candidate *candidate : chosen) {
        Keyword keyword;
        keyword.text = mostFrequentSurface(*candidate);
        keyword.occurrences = candidate->count;
        keyword.confidence = std::clamp(std::sqrt(candidate->score / top) * reliability, 0.01, 1.0);
        result.keywords.append(keyword);
    }
    return result;
}

} // namespace tagsmith
