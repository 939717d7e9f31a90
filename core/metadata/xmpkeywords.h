#pragma once

#include "keywordcollector.h"

#include <QString>

namespace Exiv2 {
class ExifData;
class IptcData;
class XmpData;
} // namespace Exiv2

namespace tagsmith {

// Title and description, first non-empty candidate wins: callers offer them in priority order.
struct MetadataTexts {
    QString title;
    QString description;

    void offerTitle(const QString &text);
    void offerDescription(const QString &text);
};

// Pulls keywords, title and description out of Exiv2's containers. Internal to the metadata
// library (the header names Exiv2 types).
namespace xmpkeywords {

// dc:subject, lr:hierarchicalSubject ('|' levels), digiKam:TagsList ('/' levels),
// dc:title, photoshop:Headline, dc:description.
void collect(const Exiv2::XmpData &xmp, KeywordCollector &keywords, MetadataTexts &texts);
// Keywords, ObjectName, Headline, Caption (UTF-8 when valid, else Latin-1 as IPTC's default).
void collect(const Exiv2::IptcData &iptc, KeywordCollector &keywords, MetadataTexts &texts);
// ImageDescription, unless it is a camera's placeholder.
void collect(const Exiv2::ExifData &exif, MetadataTexts &texts);

} // namespace xmpkeywords
} // namespace tagsmith
