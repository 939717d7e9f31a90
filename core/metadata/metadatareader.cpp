#include "metadatareader.h"

#include "media/exiv2setup.h"
#include "media/filecheck.h"
#include "xmpkeywords.h"

#include <QFile>
#include <QFileInfo>

#include <exiv2/exiv2.hpp>

namespace tagsmith {

namespace {
QString exiv2Message(const std::exception &error) { return QString::fromUtf8(error.what()); }

// Whether a reader added keywords or texts: only then is the file a source.
class Contribution {
public:
    Contribution(const KeywordCollector &keywords, const MetadataTexts &texts)
        : m_keywords(keywords), m_texts(texts), m_count(keywords.count()), m_title(texts.title), m_description(texts.description) {}
    bool made() const
    {
        return m_keywords.count() != m_count || m_texts.title != m_title || m_texts.description != m_description;
    }

private:
    const KeywordCollector &m_keywords;
    const MetadataTexts &m_texts;
    qsizetype m_count;
    QString m_title;
    QString m_description;
};

// True when the file's own metadata held keywords, a title or a description; `warning` is set
// when that metadata is broken.
bool readEmbedded(const QString &path, KeywordCollector &keywords, MetadataTexts &texts, QString &warning)
{
    try {
        auto image = Exiv2::ImageFactory::open(std::string(QFile::encodeName(path).constData()), false);
        if (!image.get())
            return false;
        image->readMetadata();
        const Contribution contribution(keywords, texts);
        xmpkeywords::collect(image->xmpData(), keywords, texts);
        xmpkeywords::collect(image->iptcData(), keywords, texts);
        xmpkeywords::collect(image->exifData(), texts);
        return contribution.made();
    } catch (const Exiv2::AnyError &error) {
        // kerFileContainsUnknownImageType: a video or a document, nothing embedded to read.
        if (error.code() != Exiv2::kerFileContainsUnknownImageType)
            warning = MetadataReader::tr("unreadable embedded metadata: %1").arg(exiv2Message(error));
    } catch (const std::exception &error) {
        warning = MetadataReader::tr("unreadable embedded metadata: %1").arg(exiv2Message(error));
    }
    return false;
}

// True when the sidecar held keywords, a title or a description. It is parsed straight from its bytes so its size is bounded before Exiv2 sees it.
bool readSidecar(const QString &path, KeywordCollector &keywords, MetadataTexts &texts, QString &warning)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warning = MetadataReader::tr("cannot read sidecar %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MetadataReader::maxSidecarBytes) {
        warning = MetadataReader::tr("sidecar %1 is larger than %2 MB and was skipped")
                      .arg(path).arg(MetadataReader::maxSidecarBytes / (1024 * 1024));
        return false;
    }
    const QByteArray bytes = file.readAll();
    try {
        Exiv2::XmpData xmp;
        if (Exiv2::XmpParser::decode(xmp, std::string(bytes.constData(), size_t(bytes.size()))) != 0) {
            warning = MetadataReader::tr("sidecar %1 is not valid XMP").arg(path);
            return false;
        }
        const Contribution contribution(keywords, texts);
        xmpkeywords::collect(xmp, keywords, texts);
        return contribution.made();
    } catch (const std::exception &error) {
        warning = MetadataReader::tr("sidecar %1 is not valid XMP: %2").arg(path, exiv2Message(error));
    }
    return false;
}
} // namespace

QStringList MetadataReader::sidecarPaths(const QString &path)
{
    const QFileInfo info(path);
    QStringList candidates{path + QStringLiteral(".xmp")};
    if (!info.suffix().isEmpty() && info.suffix().compare(QLatin1String("xmp"), Qt::CaseInsensitive) != 0)
        candidates << info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".xmp");
    QStringList existing;
    for (const QString &candidate : std::as_const(candidates))
        if (QFileInfo(candidate).isFile())
            existing << candidate;
    return existing;
}

Result<EmbeddedMetadata> MetadataReader::read(const QString &path)
{
    const QString problem = FileCheck::problem(path);
    if (!problem.isEmpty())
        return Error{problem};
    ensureExiv2Initialised();

    EmbeddedMetadata metadata;
    KeywordCollector keywords;
    MetadataTexts texts;
    for (const QString &sidecar : sidecarPaths(path)) {
        QString warning;
        if (readSidecar(sidecar, keywords, texts, warning))
            metadata.sources << sidecar;
        if (!warning.isEmpty())
            metadata.warnings << warning;
    }
    QString warning;
    if (readEmbedded(path, keywords, texts, warning))
        metadata.sources.prepend(path);
    if (!warning.isEmpty())
        metadata.warnings << warning;
    if (keywords.truncated())
        metadata.warnings << tr("more than %1 keywords; the rest were ignored").arg(KeywordCollector::maxKeywords);

    metadata.title = texts.title;
    metadata.description = texts.description;
    metadata.tags = keywords.tags();
    return metadata;
}

} // namespace tagsmith
