#include "commands.h"
#include "common.h"

#include "catalog/tagrepository.h"

#include <QDateTime>
#include <QJsonArray>

namespace tagsmith::cli {

int runInfo(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        context.err << tr("usage: tagsmith-cli info PATH") << '\n';
        return 2;
    }
    const auto opened = openAsset(context, arguments.first());
    if (!opened)
        return 1;
    const auto tags = assetTags(context, *opened);
    if (!tags)
        return 1;
    const AssetRecord *asset = &opened->asset;
    const MediaInfo &media = asset->media;
    QJsonObject object = assetJson(*asset);
    object.insert(QStringLiteral("size"), asset->size);
    object.insert(QStringLiteral("modified"), QDateTime::fromSecsSinceEpoch(asset->mtime).toString(Qt::ISODate));
    object.insert(QStringLiteral("hash"), asset->contentHash);
    object.insert(QStringLiteral("width"), media.width);
    object.insert(QStringLiteral("height"), media.height);
    object.insert(QStringLiteral("duration"), media.durationSec);
    object.insert(QStringLiteral("codec"), media.codec);
    object.insert(QStringLiteral("rotation"), media.rotation);
    object.insert(QStringLiteral("pages"), media.pages);
    object.insert(QStringLiteral("title"), asset->title);
    object.insert(QStringLiteral("description"), asset->description);
    QJsonArray tagArray;
    for (const AssetTag &tag : *tags)
        tagArray.append(tagJson(tag));
    object.insert(QStringLiteral("tags"), tagArray);
    if (context.json) {
        context.printJson(QJsonDocument(object));
        return 0;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("tags"))
            continue;
        context.out << it.key() << ": " << it.value().toVariant().toString() << '\n';
    }
    for (const AssetTag &tag : *tags) {
        context.out << "tag: " << tag.tag << " (" << sourceName(tag.source);
        if (tag.source == TagSource::Smart)
            context.out << ", " << tag.model << " v" << tag.version << ", " << QString::number(tag.confidence, 'f', 2);
        context.out << ", " << stateName(tag.state) << ")\n";
    }
    return 0;
}

} // namespace tagsmith::cli
