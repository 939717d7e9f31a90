#include "documentprobe.h"

#include "zipdirectory.h"

#include <QFile>

namespace tagsmith {

namespace {
const QString Docx = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
const QString Pptx = QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation");
const QString Doc = QStringLiteral("application/msword");
const QString Ppt = QStringLiteral("application/vnd.ms-powerpoint");
const QString Zip = QStringLiteral("application/zip");
const QString Ole = QStringLiteral("application/x-ole-storage");

bool isOdf(const QString &mime)
{
    return mime.startsWith(QLatin1String("application/vnd.oasis.opendocument."));
}

// OLE directory entries store stream names in UTF-16LE.
bool containsUtf16Name(const QByteArray &data, const char *name)
{
    QByteArray utf16;
    for (const char *c = name; *c; ++c)
        utf16.append(*c).append('\0');
    return data.contains(utf16);
}
} // namespace

void DocumentProbe::probe(const QString &path, const QMimeType &byContent, const QMimeType &byName, MediaInfo &info)
{
    if (byContent.name() == Zip || byContent.inherits(Zip)) {
        probeZip(path, byContent, byName, info);
        return;
    }
    if (byContent.name() == Ole || byContent.inherits(Ole)) {
        probeOle(path, byName, info);
        return;
    }
    info.kind = AssetKind::Document;
    // CSV, SRT and VTT are plain text by content; the extension names the flavour.
    if (byContent.name() == QLatin1String("text/plain") && byName.inherits(byContent.name()))
        info.mime = byName.name();
}

void DocumentProbe::probeZip(const QString &path, const QMimeType &byContent, const QMimeType &byName, MediaInfo &info)
{
    const Result<ZipDirectory> zip = ZipDirectory::read(path);
    const QString expected = byName.inherits(Zip) && byName.name() != Zip ? byName.name() : byContent.name();
    const QString label = expected == Docx ? QStringLiteral("DOCX") : expected == Pptx ? QStringLiteral("PPTX")
                        : isOdf(expected) ? QStringLiteral("OpenDocument") : QStringLiteral("ZIP");
    info.kind = AssetKind::Document;
    if (!zip) {
        info.error = tr("corrupt %1: %2").arg(label, zip.error());
        return;
    }
    if (zip->contains(QStringLiteral("word/document.xml"))) {
        info.mime = Docx;
    } else if (zip->contains(QStringLiteral("ppt/presentation.xml"))) {
        info.mime = Pptx;
    } else if (zip->contains(QStringLiteral("mimetype")) && zip->contains(QStringLiteral("content.xml"))) {
        info.mime = isOdf(byContent.name()) ? byContent.name() : expected;
    } else if (zip->contains(QStringLiteral("[Content_Types].xml")) || isOdf(expected)) {
        const QString part = expected == Pptx ? QStringLiteral("ppt/presentation.xml")
                           : isOdf(expected) ? QStringLiteral("content.xml") : QStringLiteral("word/document.xml");
        info.error = tr("corrupt %1: the main part %2 is missing").arg(label == QLatin1String("ZIP") ? tr("Office document") : label, part);
    } else {
        info.kind = AssetKind::Other;
        info.error = tr("not a recognised image, video or document format (a ZIP archive)");
    }
}

void DocumentProbe::probeOle(const QString &path, const QMimeType &byName, MediaInfo &info)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = tr("cannot open the file: %1").arg(file.errorString());
        return;
    }
    // The directory sectors of small Office files are near the start; 4 MiB bounds the read.
    const QByteArray head = file.read(4 * 1024 * 1024);
    info.kind = AssetKind::Document;
    if (containsUtf16Name(head, "WordDocument"))
        info.mime = Doc;
    else if (containsUtf16Name(head, "PowerPoint Document"))
        info.mime = Ppt;
    else if (byName.name() == Doc || byName.name() == Ppt)
        info.mime = byName.name();
    else {
        info.kind = AssetKind::Other;
        info.error = tr("not a recognised image, video or document format (an OLE compound file)");
    }
}

} // namespace tagsmith
