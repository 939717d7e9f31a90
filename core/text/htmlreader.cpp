#include "htmlreader.h"

#include "htmlentities.h"
#include "textdecoder.h"

#include <QRegularExpression>

namespace tagsmith {

namespace {

bool isBlockTag(QStringView name)
{
    static const QStringList blocks{
        QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("br"), QStringLiteral("li"),
        QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("title"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("pre"), QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("blockquote"),
        QStringLiteral("table"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("hr"),
        QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("nav")};
    return blocks.contains(name.toString());
}

} // namespace

QString HtmlReader::declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression charset(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = charset.match(QString::fromLatin1(bytes.left(4096)));
    return match.hasMatch() ? match.captured(1) : QString();
}

ExtractedText HtmlReader::read(const QByteArray &bytes)
{
    const DecodedText decoded = TextDecoder::decode(bytes, declaredCharset(bytes));
    const QString &html = decoded.text;
    ExtractedText result;
    result.format = QStringLiteral("HTML");
    result.encoding = decoded.encoding;

    QString text;
    text.reserve(html.size() / 2);
    qsizetype i = 0;
    qsizetype runStart = 0;
    auto flushRun = [&](qsizetype end) { text += HtmlEntities::decode(QStringView(html).sliced(runStart, end - runStart)); };
    while (i < html.size()) {
        if (html[i] != u'<') {
            ++i;
            continue;
        }
        flushRun(i);
        if (html.mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
            i = end < 0 ? html.size() : end + 3;
            runStart = i;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i);
        if (close < 0) {
            i = runStart = html.size();
            break;
        }
        QStringView tag = QStringView(html).sliced(i + 1, close - i - 1).trimmed();
        const bool closing = tag.startsWith(u'/');
        if (closing)
            tag = tag.mid(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && (tag[nameEnd].isLetterOrNumber()))
            ++nameEnd;
        const QString name = tag.left(nameEnd).toString().toLower();
        i = close + 1;
        // Raw-text elements: skip straight to their end tag.
        if (!closing && (name == u"script" || name == u"style" || name == u"noscript" || name == u"template")) {
            const qsizetype end = html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
            const qsizetype endClose = end < 0 ? -1 : html.indexOf(u'>', end);
            i = endClose < 0 ? html.size() : endClose + 1;
        } else if (isBlockTag(name)) {
            text += QLatin1Char('\n');
        } else {
            text += QLatin1Char(' ');
        }
        runStart = i;
    }
    flushRun(html.size());
    // Collapse the layout whitespace of the markup, keep paragraph breaks.
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\s*\\n\\s*"));
    text.replace(QStringLiteral("\r"), QString());
    text.replace(spaces, QStringLiteral(" "));
    text.replace(blankLines, QStringLiteral("\n"));
    result.text = text.trimmed();
    return result;
}

} // namespace tagsmith
