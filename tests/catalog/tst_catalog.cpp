#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/folderrepository.h"
#include "catalog/migrations.h"
#include "catalog/sql.h"
#include "catalog/tagrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

class TestCatalog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString catalogPath() const { return m_dir.filePath(QStringLiteral("catalog.sqlite")); }

    AssetRecord sampleAsset(qint64 folderId, const QString &path)
    {
        AssetRecord asset;
        asset.folderId = folderId;
        asset.path = path;
        asset.name = path.section(QLatin1Char('/'), -1);
        asset.size = 123;
        asset.mtime = 1'700'000'000;
        asset.contentHash = QStringLiteral("abc");
        asset.media.mime = QStringLiteral("image/jpeg");
        asset.media.kind = AssetKind::Image;
        asset.media.width = 640;
        asset.media.height = 480;
        return asset;
    }

private slots:
    void opensWithPragmasAndLatestSchema()
    {
        auto catalog = Catalog::open(catalogPath());
        QVERIFY2(catalog, qPrintable(catalog.error()));
        QSqlDatabase db = catalog.value()->connection();
        QCOMPARE(catalog.value()->schemaVersion(), latestSchemaVersion());
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void reopeningKeepsDataAndVersion()
    {
        qint64 id = 0;
        {
            auto catalog = Catalog::open(catalogPath());
            QVERIFY(catalog);
            QSqlDatabase db = catalog.value()->connection();
            FolderRepository folders(db);
            auto root = folders.ensureRoot(QStringLiteral("/photos"));
            QVERIFY2(root, qPrintable(root.error()));
            auto folder = folders.ensureFolder(root.value(), QStringLiteral("/photos/2024/june"));
            QVERIFY2(folder, qPrintable(folder.error()));
            auto inserted = AssetRepository(db).insert(sampleAsset(folder.value(), QStringLiteral("/photos/2024/june/a b;'\"%.jpg")));
            QVERIFY2(inserted, qPrintable(inserted.error()));
            id = inserted.value();
        }
        auto catalog = Catalog::open(catalogPath());
        QVERIFY(catalog);
        auto found = AssetRepository(catalog.value()->connection()).findById(id);
        QVERIFY(found && found.value());
        QCOMPARE(found.value()->path, QStringLiteral("/photos/2024/june/a b;'\"%.jpg"));
        QCOMPARE(found.value()->media.width, 640);
        QCOMPARE(catalog.value()->schemaVersion(), latestSchemaVersion());
        // The folder chain exists with parents.
        auto folders = FolderRepository(catalog.value()->connection()).folders();
        QVERIFY(folders);
        QStringList paths;
        for (const FolderRecord &folder : folders.value())
            paths << folder.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("/photos"), QStringLiteral("/photos/2024"), QStringLiteral("/photos/2024/june")}));
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto catalog = Catalog::open(path);
            QVERIFY(catalog);
            QVERIFY(sql::exec(catalog.value()->connection(), QStringLiteral("PRAGMA user_version = 999")));
        }
        auto catalog = Catalog::open(path);
        QVERIFY(!catalog);
        QVERIFY(catalog.error().contains(QStringLiteral("newer")));
    }

    void hierarchicalTagsAndManualTagging()
    {
        auto catalog = Catalog::open(catalogPath());
        QVERIFY(catalog);
        QSqlDatabase db = catalog.value()->connection();
        TagRepository tags(db);
        auto id = tags.ensureTag(QStringLiteral(" vehicles / cars/model-x/ "));
        QVERIFY2(id, qPrintable(id.error()));
        auto all = tags.allTagPaths();
        QVERIFY(all);
        QVERIFY(all.value().contains(QStringLiteral("vehicles")));
        QVERIFY(all.value().contains(QStringLiteral("vehicles/cars")));
        QVERIFY(all.value().contains(QStringLiteral("vehicles/cars/model-x")));
        QVERIFY(!tags.ensureTag(QStringLiteral(" / ")));

        auto asset = AssetRepository(db).findByPath(QStringLiteral("/photos/2024/june/a b;'\"%.jpg"));
        QVERIFY(asset && asset.value());
        const qint64 assetId = asset.value()->id;
        QVERIFY(tags.addManualTag(assetId, QStringLiteral("vehicles/cars/model-x")));
        QVERIFY(tags.addManualTag(assetId, QStringLiteral("vehicles/cars/model-x")));   // idempotent
        auto applied = tags.tagsOf(assetId);
        QVERIFY(applied);
        QCOMPARE(applied.value().size(), 1);
        QCOMPARE(applied.value().first().tag, QStringLiteral("vehicles/cars/model-x"));
        QCOMPARE(applied.value().first().confidence, 1.0);
        auto removed = tags.removeManualTag(assetId, QStringLiteral("vehicles/cars/model-x"));
        QVERIFY(removed && removed.value());
        removed = tags.removeManualTag(assetId, QStringLiteral("vehicles/cars/model-x"));
        QVERIFY(removed && !removed.value());
    }

    void moderationSurvivesReapplication()
    {
        auto catalog = Catalog::open(catalogPath());
        QVERIFY(catalog);
        QSqlDatabase db = catalog.value()->connection();
        TagRepository tags(db);
        auto asset = AssetRepository(db).findByPath(QStringLiteral("/photos/2024/june/a b;'\"%.jpg"));
        QVERIFY(asset && asset.value());
        const qint64 id = asset.value()->id;
        QVERIFY(tags.setSmartTag(id, QStringLiteral("clothing/dress"), QStringLiteral("clothing"), 1, 0.91));
        QVERIFY(tags.setSmartTag(id, QStringLiteral("clothing/hat"), QStringLiteral("clothing"), 1, 0.80));
        QVERIFY(tags.moderate(id, QStringLiteral("clothing/dress"), TagState::Deleted));
        QVERIFY(tags.moderate(id, QStringLiteral("clothing/hat"), TagState::Promoted));
        QVERIFY(!tags.moderate(id, QStringLiteral("clothing/none"), TagState::Deleted));
        // A new model version proposes both again, with other confidences.
        QVERIFY(tags.setSmartTag(id, QStringLiteral("clothing/dress"), QStringLiteral("clothing"), 2, 0.95));
        QVERIFY(tags.setSmartTag(id, QStringLiteral("clothing/hat"), QStringLiteral("clothing"), 2, 0.75));
        QVERIFY(tags.clearSmartTags(id, QStringLiteral("clothing"), {}));   // moderated tags are never cleared
        auto applied = tags.tagsOf(id);
        QVERIFY(applied);
        QCOMPARE(applied.value().size(), 2);
        QCOMPARE(applied.value().at(0).tag, QStringLiteral("clothing/hat"));   // promoted ranks first
        QCOMPARE(applied.value().at(0).state, TagState::Promoted);
        QCOMPARE(applied.value().at(0).version, 2);
        QCOMPARE(applied.value().at(1).state, TagState::Deleted);
    }

    void failedTransactionWritesNothing()
    {
        auto catalog = Catalog::open(catalogPath());
        QVERIFY(catalog);
        QSqlDatabase db = catalog.value()->connection();
        const qint64 before = AssetRepository(db).count().value();
        Status status = sql::transaction(db, [&]() -> Status {
            auto folder = sql::scalar(db, QStringLiteral("SELECT id FROM folders LIMIT 1")).toLongLong();
            auto first = AssetRepository(db).insert(sampleAsset(folder, QStringLiteral("/photos/x.jpg")));
            if (!first)
                return Error{first.error()};
            return Error{QStringLiteral("simulated failure after a write")};
        });
        QVERIFY(!status);
        QCOMPARE(AssetRepository(db).count().value(), before);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
