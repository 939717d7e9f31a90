#include "sidecarwriter.h"

#include "media/exiv2setup.h"
#include "tagpath.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSaveFile>

#include <exiv2/exiv2.hpp>

#include <algorithm>
#include <cerrno>
#include <unistd.h>

namespace tagsmith {

namespace {
const char *const subjectKey = "Xmp.dc.subject";
const char *const hierarchyKey = "Xmp.lr.hierarchicalSubject";

QStringList bag(const Exiv2::XmpData &xmp, const char *key)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    QStringList values;
    if (it != xmp.end())
        for (long i = 0; i < it->count(); ++i)
            values << QString::fromStdString(it->toString(i));
    return values;
}

void setBag(Exiv2::XmpData &xmp, const char *key, const QStringList &values)
{
    const Exiv2::XmpKey xmpKey(key);
    const auto it = xmp.findKey(xmpKey);
    if (it != xmp.end())
        xmp.erase(it);
    if (values.isEmpty())
        return;
    Exiv2::XmpArrayValue value(Exiv2::xmpBag);
    for (const QString &item : values)
        value.read(item.toStdString());
    xmp.add(xmpKey, &value);
}

// Appends what is missing; returns whether anything was.
// Case-insensitive, as the reader is: "People|Jesper" and "people|Jesper" are one keyword.
bool appendMissing(QStringList &list, const QString &item)
{
    if (item.isEmpty() || list.contains(item, Qt::CaseInsensitive))
        return false;
    list << item;
    return true;
}

// Takes out the keywords of tags the user removed in Tagsmith; a leaf stays in dc:subject
// while another hierarchical keyword still ends in it.
void removeTags(QStringList &subjects, QStringList &hierarchy, const QStringList &removedTags, const QStringList &keptTags)
{
    for (const QString &path : removedTags) {
        const QStringList levels = tagpath::levels(path);
        if (levels.isEmpty() || keptTags.contains(levels.join(u'/'), Qt::CaseInsensitive))
            continue;
        const QString entry = levels.join(u'|');
        hierarchy.removeIf([&](const QString &item) { return item.compare(entry, Qt::CaseInsensitive) == 0; });
        const bool leafStillUsed = std::any_of(hierarchy.cbegin(), hierarchy.cend(), [&](const QString &item) {
            return item.section(u'|', -1).compare(levels.last(), Qt::CaseInsensitive) == 0;
        });
        if (!leafStillUsed)
            subjects.removeIf([&](const QString &item) { return item.compare(levels.last(), Qt::CaseInsensitive) == 0; });
    }
}

bool mergeTags(Exiv2::XmpData &xmp, const QStringList &tagPaths, const QStringList &removedTags)
{
    QStringList subjects = bag(xmp, subjectKey);
    QStringList hierarchy = bag(xmp, hierarchyKey);
    QStringList kept;
    for (const QString &path : tagPaths)
        kept << tagpath::fromLevels(path.split(u'/'));
    const QStringList subjectsBefore = subjects;
    const QStringList hierarchyBefore = hierarchy;
    removeTags(subjects, hierarchy, removedTags, kept);
    for (const QString &path : std::as_const(kept)) {
        const QStringList levels = path.split(u'/', Qt::SkipEmptyParts);
        if (levels.isEmpty())
            continue;
        appendMissing(subjects, levels.last());
        appendMissing(hierarchy, levels.join(u'|'));
    }
    if (subjects != subjectsBefore)
        setBag(xmp, subjectKey, subjects);
    if (hierarchy != hierarchyBefore)
        setBag(xmp, hierarchyKey, hierarchy);
    return subjects != subjectsBefore || hierarchy != hierarchyBefore;
}

QString reason(const std::exception &error) { return QString::fromUtf8(error.what()); }

// access() rather than QFileInfo::isWritable(): it also sees read-only mounts and immutable
// folders, which stop root as well.
QString folderProblem(const QString &sidecar)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(sidecar).absolutePath());
    if (::access(folder.constData(), W_OK) == 0)
        return {};
    if (errno == EACCES || errno == EPERM || errno == EROFS)
        return SidecarWriter::tr("cannot write sidecar %1: folder is read-only").arg(sidecar);
    return SidecarWriter::tr("cannot write sidecar %1: %2").arg(sidecar, QString::fromLocal8Bit(strerror(errno)));
}

Result<QString> writeSidecar(const QString &assetPath, const QStringList &tagPaths, const QStringList &removedTags)
{
    const QString sidecar = SidecarWriter::sidecarPath(assetPath);
    Exiv2::XmpData xmp;
    const bool exists = QFileInfo::exists(sidecar);
    if (exists) {
        QFile file(sidecar);
        if (!file.open(QIODevice::ReadOnly))
            return Error{SidecarWriter::tr("cannot read sidecar %1: %2").arg(sidecar, file.errorString())};
        if (file.size() > SidecarWriter::maxSidecarBytes)
            return Error{SidecarWriter::tr("cannot merge into sidecar %1: larger than %2 MB")
                             .arg(sidecar).arg(SidecarWriter::maxSidecarBytes / (1024 * 1024))};
        const QByteArray bytes = file.readAll();
        // Never replace a sidecar we cannot parse: its content would be lost.
        if (Exiv2::XmpParser::decode(xmp, std::string(bytes.constData(), size_t(bytes.size()))) != 0)
            return Error{SidecarWriter::tr("cannot merge into sidecar %1: it is not valid XMP").arg(sidecar)};
    }
    // Unchanged: nothing to write, and no empty sidecar is created for an untagged asset.
    if (!mergeTags(xmp, tagPaths, removedTags))
        return exists ? sidecar : QString();
    const QString problem = folderProblem(sidecar);
    if (!problem.isEmpty())
        return Error{problem};

    // Nothing left (the last tag was removed, no foreign properties): no empty sidecar stays.
    if (xmp.empty()) {
        if (exists && !QFile::remove(sidecar))
            return Error{SidecarWriter::tr("cannot remove the empty sidecar %1").arg(sidecar)};
        return QString();
    }
    std::string packet;
    if (Exiv2::XmpParser::encode(packet, xmp, Exiv2::XmpParser::useCompactFormat, 0) != 0)
        return Error{SidecarWriter::tr("cannot write sidecar %1: the XMP could not be encoded").arg(sidecar)};
    QSaveFile file(sidecar);
    if (!file.open(QIODevice::WriteOnly) || file.write(packet.data(), qint64(packet.size())) != qint64(packet.size())
        || !file.commit())
        return Error{SidecarWriter::tr("cannot write sidecar %1: %2").arg(sidecar, file.errorString())};
    return sidecar;
}

Result<QString> writeEmbedded(const QString &assetPath, const QStringList &tagPaths, const QStringList &removedTags)
{
    const QByteArray native = QFile::encodeName(assetPath);
    if (::access(native.constData(), W_OK) != 0)
        return Error{SidecarWriter::tr("cannot write tags into %1: the file is read-only").arg(assetPath)};
    auto image = Exiv2::ImageFactory::open(std::string(native.constData()));
    if (!image.get())
        return Error{SidecarWriter::tr("cannot write tags into %1: no metadata support for this file").arg(assetPath)};
    image->readMetadata();
    if (mergeTags(image->xmpData(), tagPaths, removedTags))
        image->writeMetadata();
    return assetPath;
}
} // namespace

QString SidecarWriter::sidecarPath(const QString &assetPath)
{
    const QString kept = assetPath + QStringLiteral(".xmp");
    const QFileInfo info(assetPath);
    if (QSettings().value(NamingKey).toString() != BaseNaming || info.suffix().isEmpty())
        return kept;
    const QDir folder = info.dir();
    const QStringList sharing = folder.entryList({info.completeBaseName() + QStringLiteral(".*")}, QDir::Files);
    for (const QString &name : sharing)
        if (name != info.fileName() && !name.endsWith(QLatin1String(".xmp"), Qt::CaseInsensitive))
            return kept;
    return folder.filePath(info.completeBaseName() + QStringLiteral(".xmp"));
}

Result<QString> SidecarWriter::write(const QString &assetPath, const QStringList &tagPaths, const SidecarOptions &options,
                                     const QStringList &removedTags)
{
    if (!QFileInfo(assetPath).isFile())
        return Error{tr("cannot write tags for %1: file not found").arg(assetPath)};
    ensureExiv2Initialised();
    try {
        return options.embedded ? writeEmbedded(assetPath, tagPaths, removedTags) : writeSidecar(assetPath, tagPaths, removedTags);
    } catch (const Exiv2::AnyError &error) {
        return Error{tr("cannot write tags for %1: %2").arg(assetPath, reason(error))};
    } catch (const std::exception &error) {
        return Error{tr("cannot write tags for %1: %2").arg(assetPath, reason(error))};
    }
}

} // namespace tagsmith
