#include "subtitlereader.h"

#include "htmlentities.h"
#include "textdecoder.h"

#include <QRegularExpression>

namespace tagsmith {

ExtractedText SubtitleReader::read(const QByteArray &bytes, const QString &format)
{
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|\\{\\\\[^}]*\\}"));
    DecodedText decoded = TextDecoder::decode(bytes);
    decoded.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    decoded.text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    ExtractedText result;
    result.format = format;
    result.encoding = decoded.encoding;

    // A cue is a blank-line separated block; its text follows the line with "-->".
    const QStringList blocks = decoded.text.split(QRegularExpression(QStringLiteral("\\n[ \\t]*\\n")),
                                                  Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        const QStringList lines = block.split(QLatin1Char('\n'));
        const qsizetype timing = lines.indexOf(QRegularExpression(QStringLiteral(".*-->.*")));
        if (timing < 0)
            continue;   // header, NOTE, STYLE, REGION or garbage
        if (lines.first().startsWith(u"NOTE") || lines.first().startsWith(u"STYLE")
            || lines.first().startsWith(u"REGION"))
            continue;
        for (qsizetype i = timing + 1; i < lines.size(); ++i) {
            QString line = lines[i];
            line.remove(markup);
            line = HtmlEntities::decode(line).trimmed();
            if (!line.isEmpty())
                result.text += line + QLatin1Char('\n');
        }
        result.text += QLatin1Char('\n');
    }
    return result;
}

} // namespace tagsmith
