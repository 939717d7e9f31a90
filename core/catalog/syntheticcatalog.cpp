#include "syntheticcatalog.h"

#include "assetrepository.h"
#include "folderrepository.h"
#include "sql.h"
#include "tagrepository.h"

#include <QRandomGenerator>

#include <array>

namespace tagsmith {

Status fillSyntheticCatalog(Catalog &catalog, int assetCount, quint32 seed)
{
    QSqlDatabase db = catalog.connection();
    QRandomGenerator random(seed);
    static const std::array<const char *, 12> words{"beach", "city", "dog", "raincoat", "telehandler", "model-side-view",
                                                    "sunset", "portrait", "forest", "kitchen", "office", "concert"};
    return sql::transaction(db, [&]() -> Status {
        FolderRepository folders(db);
        AssetRepository assets(db);
        TagRepository tags(db);
        auto root = folders.ensureRoot(QStringLiteral("/synthetic"));
        if (!root)
            return Error{root.error()};
        QList<qint64> tagIds;
        for (const char *word : words) {
            auto id = tags.ensureTag(QStringLiteral("subjects/") + QString::fromLatin1(word));
            if (!id)
                return Error{id.error()};
            tagIds << id.value();
        }
        qint64 folderId = 0;
        for (int i = 0; i < assetCount; ++i) {
            if (i % 500 == 0) {
                auto folder = folders.ensureFolder(root.value(), QStringLiteral("/synthetic/%1/batch-%2").arg(i / 10'000).arg(i / 500));
                if (!folder)
                    return Error{folder.error()};
                folderId = folder.value();
            }
            AssetRecord asset;
            asset.folderId = folderId;
            const int kind = int(random.bounded(10));
            const char *extension = kind < 7 ? "jpg" : kind < 9 ? "mp4" : "pdf";
            asset.name = QStringLiteral("%1-%2.%3").arg(QString::fromLatin1(words[random.bounded(int(words.size()))])).arg(i).arg(QString::fromLatin1(extension));
            asset.path = QStringLiteral("/synthetic/%1/batch-%2/").arg(i / 10'000).arg(i / 500) + asset.name;
            asset.size = 100'000 + random.bounded(10'000'000);
            asset.mtime = 1'600'000'000 + random.bounded(100'000'000);
            asset.contentHash = QString::number(random.generate64(), 16);
            asset.media.kind = kind < 7 ? AssetKind::Image : kind < 9 ? AssetKind::Video : AssetKind::Document;
            asset.media.mime = kind < 7 ? QStringLiteral("image/jpeg") : kind < 9 ? QStringLiteral("video/mp4") : QStringLiteral("application/pdf");
            asset.media.width = 4000;
            asset.media.height = 3000;
            auto id = assets.insert(asset);
            if (!id)
                return Error{id.error()};
            for (int t = 0; t < 2; ++t) {
                auto tagged = sql::exec(db, QStringLiteral(
                    "INSERT OR IGNORE INTO asset_tags(asset_id, tag_id, source, confidence, state, updated_at) VALUES(?,?,'manual',1.0,'active',0)"),
                    {id.value(), tagIds.at(random.bounded(int(tagIds.size())))});
                if (!tagged)
                    return Error{tagged.error()};
            }
        }
        return success();
    });
}

} // namespace tagsmith
