#include "xmpkeywords.h"

#include <exiv2/exiv2.hpp>

namespace tagsmith {

namespace {
constexpr qsizetype maxTextLength = 64 * 1024;   // a caption longer than this is not a caption

QString bounded(const QString &text) { return text.trimmed().left(maxTextLength); }

QString fromStd(const std::string &text) { return QString::fromStdString(text); }

// XMP arrays: one string per item.
QStringList items(const Exiv2::XmpData &xmp, const char *key)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it == xmp.end())
        return {};
    QStringList values;
    const long count = it->count();
    for (long i = 0; i < count; ++i)
        values << fromStd(it->toString(i));
    return values;
}

// A language alternative: x-default when present, else the first language.
QString langAlt(const Exiv2::XmpData &xmp, const char *key)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it == xmp.end())
        return {};
    if (const auto *alt = dynamic_cast<const Exiv2::LangAltValue *>(&it->value())) {
        const auto found = alt->value_.find("x-default");
        if (found != alt->value_.end())
            return fromStd(found->second);
        return alt->value_.empty() ? QString() : fromStd(alt->value_.begin()->second);
    }
    return fromStd(it->toString());
}

QString iptcText(const Exiv2::Iptcdatum &datum)
{
    const std::string raw = datum.toString();
    const QByteArray bytes(raw.data(), qsizetype(raw.size()));
    const QString utf8 = QString::fromUtf8(bytes);
    return utf8.contains(QChar::ReplacementCharacter) ? QString::fromLatin1(bytes) : utf8;
}

QString iptcFirst(const Exiv2::IptcData &iptc, const char *key)
{
    const auto it = iptc.findKey(Exiv2::IptcKey(key));
    return it == iptc.end() ? QString() : iptcText(*it);
}

bool isCameraPlaceholder(const QString &text)
{
    static const QStringList placeholders{QStringLiteral("OLYMPUS DIGITAL CAMERA"), QStringLiteral("SONY DSC"),
                                          QStringLiteral("DIGITAL CAMERA"), QStringLiteral("Default")};
    return placeholders.contains(text, Qt::CaseInsensitive);
}
} // namespace

void MetadataTexts::offerTitle(const QString &text)
{
    if (title.isEmpty())
        title = bounded(text);
}

void MetadataTexts::offerDescription(const QString &text)
{
    if (description.isEmpty())
        description = bounded(text);
}

namespace xmpkeywords {

void collect(const Exiv2::XmpData &xmp, KeywordCollector &keywords, MetadataTexts &texts)
{
    for (const QString &path : items(xmp, "Xmp.lr.hierarchicalSubject"))
        keywords.addHierarchical(path.split(QLatin1Char('|')));
    for (const QString &path : items(xmp, "Xmp.digiKam.TagsList"))
        keywords.addHierarchical(path.split(QLatin1Char('/')));
    for (const QString &keyword : items(xmp, "Xmp.dc.subject"))
        keywords.addFlat(keyword);
    texts.offerTitle(langAlt(xmp, "Xmp.dc.title"));
    texts.offerTitle(langAlt(xmp, "Xmp.photoshop.Headline"));
    texts.offerDescription(langAlt(xmp, "Xmp.dc.description"));
}

void collect(const Exiv2::IptcData &iptc, KeywordCollector &keywords, MetadataTexts &texts)
{
    const Exiv2::IptcKey keywordKey("Iptc.Application2.Keywords");
    for (const Exiv2::Iptcdatum &datum : iptc)
        if (datum.tag() == keywordKey.tag() && datum.record() == keywordKey.record())
            keywords.addFlat(iptcText(datum));
    texts.offerTitle(iptcFirst(iptc, "Iptc.Application2.ObjectName"));
    texts.offerTitle(iptcFirst(iptc, "Iptc.Application2.Headline"));
    texts.offerDescription(iptcFirst(iptc, "Iptc.Application2.Caption"));
}

void collect(const Exiv2::ExifData &exif, MetadataTexts &texts)
{
    const auto it = exif.findKey(Exiv2::ExifKey("Exif.Image.ImageDescription"));
    if (it == exif.end())
        return;
    const QString text = fromStd(it->toString()).trimmed();
    if (!isCameraPlaceholder(text))
        texts.offerDescription(text);
}

} // namespace xmpkeywords
} // namespace tagsmith
