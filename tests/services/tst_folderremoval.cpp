// FolderRemoval over a real catalog: the folder's assets leave with their tags, jobs and the
// embeddings no other asset shares, in one transaction; files on disk and other folders stay.
#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/embeddingrepository.h"
#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "jobs/jobqueue.h"
#include "services/folderremoval.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

class TestFolderRemoval : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_other;
    CatalogPtr m_catalog;

    void copy(const QString &name, const QString &folder, const QString &as = {})
    {
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/") + name,
                            folder + QLatin1Char('/') + (as.isEmpty() ? name : as)));
    }
    AssetRecord asset(const QString &path)
    {
        const auto found = AssetRepository(m_catalog->connection()).findByPath(path);
        return found && found.value() ? *found.value() : AssetRecord{};
    }
    int count(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(m_catalog->connection(), statement, values, -1).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/library");
        m_other = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/other");
        copy(QStringLiteral("red_apple.jpg"), m_library + QStringLiteral("/fruit"));
        copy(QStringLiteral("aloe_plant_pot.jpg"), m_library + QStringLiteral("/fruit/pots"));
        copy(QStringLiteral("baboon_mandrill.jpg"), m_library + QStringLiteral("/animals"));
        copy(QStringLiteral("red_apple.jpg"), m_library + QStringLiteral("/animals"), QStringLiteral("apple_copy.jpg"));
        copy(QStringLiteral("aerial_city_view.jpg"), m_other);
        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog.error()));
        m_catalog = catalog.value();
        QCOMPARE(Importer(m_catalog).run({m_library, m_other}).added, 5);
    }

    void removesTheFolderWithWhatHangsOffIt()
    {
        const AssetRecord apple = asset(m_library + QStringLiteral("/fruit/red_apple.jpg"));
        const AssetRecord aloe = asset(m_library + QStringLiteral("/fruit/pots/aloe_plant_pot.jpg"));
        QVERIFY(apple.id && aloe.id);
        QVERIFY(TagRepository(m_catalog->connection()).addManualTag(apple.id, QStringLiteral("food/apples")));
        QVERIFY(JobQueue(m_catalog->connection()).enqueue(QStringLiteral("tag"), aloe.id, 0));
        EmbeddingRepository embeddings(m_catalog->connection());
        QVERIFY(embeddings.store(apple.contentHash, QStringLiteral("test"), CachedEmbedding{{1.0F, 0.0F}, {}}));
        QVERIFY(embeddings.store(aloe.contentHash, QStringLiteral("test"), CachedEmbedding{{0.0F, 1.0F}, {}}));

        const auto removed = FolderRemoval(m_catalog).remove(m_library + QStringLiteral("/fruit"));
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(removed->assets, 2);
        QCOMPARE(removed->folders, 2);        // fruit and fruit/pots
        QCOMPARE(removed->embeddings, 1);     // the apple's stays: animals/apple_copy.jpg has the same content
        QCOMPARE(removed->wasRoot, false);

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assets")), 3);
        for (const char *table : {"asset_tags", "jobs", "job_history", "asset_text"})
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE asset_id IN (?, ?)").arg(QLatin1String(table)), {apple.id, aloe.id}), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM folders WHERE path LIKE ?"), {m_library + QStringLiteral("/fruit%")}), 0);
        QVERIFY(embeddings.find(apple.contentHash, QStringLiteral("test")).value().has_value());
        QVERIFY(!embeddings.find(aloe.contentHash, QStringLiteral("test")).value().has_value());
        QVERIFY(QFile::exists(m_library + QStringLiteral("/fruit/red_apple.jpg")));
        QVERIFY(QFile::exists(m_library + QStringLiteral("/fruit/pots/aloe_plant_pot.jpg")));
        QVERIFY(asset(m_library + QStringLiteral("/animals/baboon_mandrill.jpg")).id);
        QVERIFY(asset(m_other + QStringLiteral("/aerial_city_view.jpg")).id);
        // The full-text index forgot them too.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM asset_fts WHERE rowid IN (?, ?)"), {apple.id, aloe.id}), 0);
    }

    void automaticRescanOfTheRootSkipsIt()
    {
        ImportOptions watcher;
        watcher.userRequested = false;
        const ImportReport report = Importer(m_catalog, watcher).run({m_library});
        QCOMPARE(report.added, 0);
        QCOMPARE(report.missing, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assets")), 3);
    }

    void importingTheFolderBringsItBack()
    {
        const ImportReport report = Importer(m_catalog).run({m_library + QStringLiteral("/fruit/pots")});
        QCOMPARE(report.added, 1);
        // Lifted for fruit as a whole: the next rescan of the root takes the rest again.
        ImportOptions watcher;
        watcher.userRequested = false;
        QCOMPARE(Importer(m_catalog, watcher).run({m_library}).added, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assets")), 5);
        QVERIFY(asset(m_library + QStringLiteral("/fruit/red_apple.jpg")).id);
    }

    void removingARootForgetsTheRoot()
    {
        const auto removed = FolderRemoval(m_catalog).remove(m_other);
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(removed->assets, 1);
        QVERIFY(removed->wasRoot);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM roots WHERE path = ?"), {m_other}), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assets")), 4);
        QVERIFY(QFile::exists(m_other + QStringLiteral("/aerial_city_view.jpg")));
    }

    void unknownFolderChangesNothing()
    {
        const auto removed = FolderRemoval(m_catalog).remove(m_dir.filePath(QStringLiteral("nowhere")));
        QVERIFY(!removed);
        QCOMPARE(removed.error(), QStringLiteral("%1 is not a folder of the catalog.").arg(m_dir.filePath(QStringLiteral("nowhere"))));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assets")), 4);
    }
};

QTEST_GUILESS_MAIN(TestFolderRemoval)
#include "tst_folderremoval.moc"
