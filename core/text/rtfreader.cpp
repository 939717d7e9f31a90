#include "rtfreader.h"

#include "textdecoder.h"

#include <QCoreApplication>
#include <QSet>

#include <cctype>

#include <vector>

namespace tagsmith {

namespace {

struct GroupState {
    bool skip = false;
    int unicodeSkip = 1;   // \ucN: fallback characters that follow each \uN
};

bool isSkippedDestination(const QByteArray &word)
{
    static const QSet<QByteArray> destinations{
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "listtable",
        "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata",
        "colorschememapping", "datastore", "latentstyles", "fldinst", "pgdsctbl",
        "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
        "filetbl", "revtbl", "bkmkstart", "bkmkend", "shpinst", "nonshppict", "userprops",
        "docvar", "xe", "tc", "mmathPr", "wgrffmtfilter", "listtext", "pntext", "ftnsep",
        "ftnsepc", "aftnsep", "aftnsepc", "template", "panose", "falt"};
    return destinations.contains(word);
}

} // namespace

Result<ExtractedText> RtfReader::read(const QByteArray &bytes, qint64 maxCharacters)
{
    if (!bytes.startsWith("{\\rtf"))
        return Error{QCoreApplication::translate("RtfReader", "corrupt RTF: missing {\\rtf header")};
    ExtractedText result;
    result.format = QStringLiteral("RTF");
    result.encoding = QStringLiteral("windows-1252");
    QString &text = result.text;
    std::vector<GroupState> stack{GroupState{}};
    QByteArray pendingAnsi;   // \'xx bytes are collected so multi-byte code pages stay intact
    int fallbackToSkip = 0;
    auto flushAnsi = [&] {
        if (!pendingAnsi.isEmpty()) {
            text += TextDecoder::fromWindows1252(pendingAnsi);
            pendingAnsi.clear();
        }
    };
    auto put = [&](QStringView s) {
        if (fallbackToSkip > 0) {
            --fallbackToSkip;
            return;
        }
        if (!stack.back().skip) {
            flushAnsi();
            text += s;
        }
    };
    const qsizetype n = bytes.size();
    bool groupStart = false;
    for (qsizetype i = 0; i < n && text.size() < maxCharacters; ++i) {
        const char c = bytes[i];
        if (c == '{') {
            flushAnsi();
            if (stack.size() > 1000)
                return Error{QCoreApplication::translate("RtfReader", "corrupt RTF: groups nested too deeply")};
            stack.push_back(stack.back());
            groupStart = true;
            fallbackToSkip = 0;
            continue;
        }
        if (c == '}') {
            flushAnsi();
            if (stack.size() > 1)
                stack.pop_back();
            fallbackToSkip = 0;
            continue;
        }
        const bool atGroupStart = groupStart;
        groupStart = false;
        if (c == '\r' || c == '\n')
            continue;
        if (c != '\\') {
            put(QString(QLatin1Char(c)));
            continue;
        }
        if (i + 1 >= n)
            break;
        const char next = bytes[i + 1];
        if (next == '\'' && i + 3 < n) {
            bool ok = false;
            const int value = bytes.mid(i + 2, 2).toInt(&ok, 16);
            i += 3;
            if (!ok)
                continue;
            if (fallbackToSkip > 0)
                --fallbackToSkip;
            else if (!stack.back().skip)
                pendingAnsi.append(char(value));
            continue;
        }
        if (!std::isalpha(uchar(next))) {
            ++i;
            if (next == '*') {
                if (atGroupStart)
                    stack.back().skip = true;   // unknown optional destination
            } else if (next == '~') {
                put(u"\u00A0");
            } else if (next == '_') {
                put(u"-");
            } else if (next == '\\' || next == '{' || next == '}') {
                put(QString(QLatin1Char(next)));
            } else if (next == '\n' || next == '\r') {
                put(u"\n");
            }
            continue;
        }
        // Control word: letters, optional signed number, optional single space.
        qsizetype j = i + 1;
        while (j < n && std::isalpha(uchar(bytes[j])))
            ++j;
        const QByteArray word = bytes.mid(i + 1, j - i - 1);
        qsizetype numberStart = j;
        if (j < n && bytes[j] == '-')
            ++j;
        while (j < n && std::isdigit(uchar(bytes[j])) && j - numberStart < 10)
            ++j;
        const bool hasNumber = j > numberStart;
        const int number = hasNumber ? bytes.mid(numberStart, j - numberStart).toInt() : 0;
        if (j < n && bytes[j] == ' ')
            ++j;
        i = j - 1;

        if (word == "bin" && hasNumber) {
            i += qMax(0, number);   // raw binary data: never text
        } else if (atGroupStart && isSkippedDestination(word)) {
            stack.back().skip = true;
        } else if (word == "uc") {
            stack.back().unicodeSkip = qBound(0, number, 10);
        } else if (word == "u" && hasNumber) {
            const char16_t unit = char16_t(number < 0 ? number + 65536 : number);
            put(QStringView(&unit, 1));
            fallbackToSkip = stack.back().unicodeSkip;
        } else if (word == "par" || word == "line" || word == "sect" || word == "page" || word == "row") {
            put(u"\n");
        } else if (word == "tab" || word == "cell") {
            put(u"\t");
        } else if (word == "emdash") {
            put(u"\u2014");
        } else if (word == "endash") {
            put(u"\u2013");
        } else if (word == "lquote" || word == "rquote") {
            put(u"'");
        } else if (word == "ldblquote" || word == "rdblquote") {
            put(u"\"");
        } else if (word == "bullet") {
            put(u"\u2022");
        }
    }
    flushAnsi();
    if (text.size() >= maxCharacters) {
        text.truncate(maxCharacters);
        result.truncated = true;
    }
    return result;
}

} // namespace tagsmith
