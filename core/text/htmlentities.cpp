#include "htmlentities.h"

#include <QHash>

namespace tagsmith {

namespace {

const QHash<QString, char32_t> &namedEntities()
{
    // The entities real documents use; the full HTML5 table has 2 000+ rarely seen names.
    static const QHash<QString, char32_t> table{
        {QStringLiteral("amp"), U'&'}, {QStringLiteral("lt"), U'<'}, {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'}, {QStringLiteral("apos"), U'\''}, {QStringLiteral("nbsp"), U' '},
        {QStringLiteral("shy"), U'\u00AD'}, {QStringLiteral("copy"), U'\u00A9'}, {QStringLiteral("reg"), U'\u00AE'},
        {QStringLiteral("trade"), U'\u2122'}, {QStringLiteral("hellip"), U'\u2026'}, {QStringLiteral("mdash"), U'\u2014'},
        {QStringLiteral("ndash"), U'\u2013'}, {QStringLiteral("lsquo"), U'\u2018'}, {QStringLiteral("rsquo"), U'\u2019'},
        {QStringLiteral("ldquo"), U'\u201C'}, {QStringLiteral("rdquo"), U'\u201D'}, {QStringLiteral("laquo"), U'\u00AB'},
        {QStringLiteral("raquo"), U'\u00BB'}, {QStringLiteral("bull"), U'\u2022'}, {QStringLiteral("middot"), U'\u00B7'},
        {QStringLiteral("deg"), U'\u00B0'}, {QStringLiteral("euro"), U'\u20AC'}, {QStringLiteral("pound"), U'\u00A3'},
        {QStringLiteral("sect"), U'\u00A7'}, {QStringLiteral("para"), U'\u00B6'}, {QStringLiteral("times"), U'\u00D7'},
        {QStringLiteral("auml"), U'\u00E4'}, {QStringLiteral("ouml"), U'\u00F6'}, {QStringLiteral("uuml"), U'\u00FC'},
        {QStringLiteral("Auml"), U'\u00C4'}, {QStringLiteral("Ouml"), U'\u00D6'}, {QStringLiteral("Uuml"), U'\u00DC'},
        {QStringLiteral("szlig"), U'\u00DF'}, {QStringLiteral("eacute"), U'\u00E9'}, {QStringLiteral("egrave"), U'\u00E8'},
        {QStringLiteral("ecirc"), U'\u00EA'}, {QStringLiteral("agrave"), U'\u00E0'}, {QStringLiteral("acirc"), U'\u00E2'},
        {QStringLiteral("ccedil"), U'\u00E7'}, {QStringLiteral("icirc"), U'\u00EE'}, {QStringLiteral("ocirc"), U'\u00F4'},
        {QStringLiteral("ucirc"), U'\u00FB'}, {QStringLiteral("ugrave"), U'\u00F9'}, {QStringLiteral("Eacute"), U'\u00C9'},
        {QStringLiteral("aacute"), U'\u00E1'}, {QStringLiteral("iacute"), U'\u00ED'}, {QStringLiteral("oacute"), U'\u00F3'},
        {QStringLiteral("uacute"), U'\u00FA'}, {QStringLiteral("ntilde"), U'\u00F1'}, {QStringLiteral("thinsp"), U'\u2009'},
        {QStringLiteral("ensp"), U'\u2002'}, {QStringLiteral("emsp"), U'\u2003'}, {QStringLiteral("zwnj"), U'\u200C'},
    };
    return table;
}

} // namespace

QString HtmlEntities::decode(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const qsizetype semicolon = c == u'&' ? text.indexOf(u';', i + 1) : -1;
        if (semicolon < 0 || semicolon - i > 12) {
            out.append(c);
            continue;
        }
        const QStringView name = text.sliced(i + 1, semicolon - i - 1);
        char32_t code = 0;
        bool ok = false;
        if (name.startsWith(u"#x") || name.startsWith(u"#X"))
            code = name.mid(2).toUInt(&ok, 16);
        else if (name.startsWith(u'#'))
            code = name.mid(1).toUInt(&ok, 10);
        else if (const auto it = namedEntities().constFind(name.toString()); it != namedEntities().constEnd()) {
            code = it.value();
            ok = true;
        }
        if (!ok || code == 0 || code > 0x10FFFF) {
            out.append(c);
            continue;
        }
        out.append(QString::fromUcs4(&code, 1));
        i = semicolon;
    }
    return out;
}

} // namespace tagsmith
