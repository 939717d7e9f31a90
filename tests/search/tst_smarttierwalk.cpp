#include "catalog/catalog.h"
#include "catalog/folderrepository.h"
#include "catalog/genericlabelrepository.h"
#include "catalog/migrations.h"
#include "catalog/modelrepository.h"
#include "catalog/sql.h"
#include "catalog/syntheticcatalog.h"
#include "catalog/tagrepository.h"
#include "search/searchengine.h"
#include "search/syntheticsearchdata.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

// The ranked-index walk (SmartTierWalk) must return what the aggregating query returns: the
// same assets, tiers, scores (to the bit) and order, for pages of every size, over a random
// synthetic catalog whose thresholds, moderation, block list, folder switches, tags and assets
// change between rounds the way the app's writers change them.
class TestSmartTierWalk : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CatalogPtr m_catalog;
    QRandomGenerator m_random{2026};

    QStringList queries()
    {
        QStringList words = syntheticSearchWords();
        words << QStringLiteral("animals") << QStringLiteral("scenes") << QStringLiteral("vehicles") << QStringLiteral("generic")
              << QStringLiteral("cars") << QStringLiteral("model-side-view") << QStringLiteral("veh*") << QStringLiteral("s*");
        // tag: filters are few: tier 1 evaluates them slowly on either plan (not this walk's part).
        QStringList made{QStringLiteral("animals scenes"), QStringLiteral("cars vehicles"), QStringLiteral("animals animals"),
                         QStringLiteral("dog -cat"), QStringLiteral("animals tag:scenes"), QStringLiteral("vehicles -beach tag:subjects"),
                         QStringLiteral("generic umbrella bicycle"), QStringLiteral("tag:animals/dog")};
        for (int i = 0; i < 40; ++i) {
            QStringList picked;
            const int terms = 1 + int(m_random.bounded(3));
            for (int t = 0; t < terms; ++t)
                picked << words.at(m_random.bounded(int(words.size())));
            if (m_random.bounded(5) == 0)
                picked << QStringLiteral("-") + words.at(m_random.bounded(int(words.size())));
            made << picked.join(QLatin1Char(' '));
        }
        return made;
    }

    void compareAll(const char *round)
    {
        QSqlDatabase db = m_catalog->connection();
        const SearchEngine walk(db, SmartTierPlan::RankedIndex);
        const SearchEngine scan(db, SmartTierPlan::FullScan);
        int smartHits = 0;
        for (const QString &query : queries()) {
            for (int limit : {1, 7, 50, -1}) {
                auto expected = scan.search(query, limit);
                auto actual = walk.search(query, limit);
                QVERIFY2(expected, qPrintable(expected.error()));
                QVERIFY2(actual, qPrintable(actual.error()));
                const QString where = QStringLiteral("%1: '%2' limit %3").arg(QLatin1String(round), query).arg(limit);
                QVERIFY2(actual.value().size() == expected.value().size(),
                         qPrintable(where + QStringLiteral(": %1 hits, expected %2").arg(actual.value().size()).arg(expected.value().size())));
                for (qsizetype i = 0; i < expected.value().size(); ++i) {
                    const SearchHit &a = actual.value().at(i);
                    const SearchHit &e = expected.value().at(i);
                    QVERIFY2(a.assetId == e.assetId && a.tier == e.tier && a.confidence == e.confidence && a.path == e.path,
                             qPrintable(where + QStringLiteral(": hit %1 is %2 %3 %4, expected %5 %6 %7").arg(i)
                                                    .arg(a.assetId).arg(tierName(a.tier)).arg(a.confidence, 0, 'g', 17)
                                                    .arg(e.assetId).arg(tierName(e.tier)).arg(e.confidence, 0, 'g', 17)));
                    if (limit < 0 && e.tier != SearchTier::Metadata)
                        ++smartHits;
                }
            }
        }
        QVERIFY2(smartHits > 1000, "the queries must reach the smart-tag tiers");
    }

    void exec(const QString &statement, const QVariantList &values = {})
    {
        auto done = sql::exec(m_catalog->connection(), statement, values);
        QVERIFY2(done, qPrintable(done.error()));
    }

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void initTestCase()
    {
        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("walk.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog.error()));
        m_catalog = catalog.value();
        QVERIFY(fillSyntheticCatalog(*m_catalog, 2000));
        SyntheticSearchOptions options;
        options.embeddingDimension = 0;
        options.smartTagsPerAsset = 4;
        QVERIFY(fillSyntheticSearchData(*m_catalog, options));
        // Ties everywhere: a third of the confidences on a 0.1 grid, some at exactly 1.0,
        // where promoted rows (1.0) meet them.
        exec(QStringLiteral("UPDATE asset_tags SET confidence = round(confidence, 1) WHERE source = 'smart' AND asset_id % 3 = 0"));
        exec(QStringLiteral("UPDATE asset_tags SET confidence = 1.0 WHERE source = 'smart' AND asset_id % 29 = 0"));
    }

    void sameAsTheAggregatingQuery() { compareAll("as generated"); }

    void sameAfterThresholdChanges()
    {
        QSqlDatabase db = m_catalog->connection();
        const auto models = ModelRepository(db).list();
        QVERIFY(models);
        for (const ModelRecord &model : models.value())
            QVERIFY(ModelRepository(db).setThreshold(model.id, model.name == QLatin1String("animals") ? 0.9 : 0.4));
        QVERIFY(GenericLabelRepository(db).setThreshold(GenericModels::ImageNet, 0.5));
        compareAll("thresholds changed");
    }

    void sameAfterModerationAndBlocks()
    {
        QSqlDatabase db = m_catalog->connection();
        TagRepository tags(db);
        auto rows = sql::exec(db, QStringLiteral("SELECT x.asset_id, t.path FROM asset_tags x JOIN tags t ON t.id = x.tag_id "
                                                 "WHERE x.source = 'smart' AND x.asset_id % 11 IN (1, 2) ORDER BY x.asset_id, t.path"));
        QVERIFY(rows);
        int i = 0;
        while (rows.value().next()) {
            const TagState state = ++i % 2 ? TagState::Promoted : TagState::Deleted;
            QVERIFY(tags.moderate(rows.value().value(0).toLongLong(), rows.value().value(1).toString(), state));
        }
        GenericLabelRepository generic(db);
        QVERIFY(generic.block({QStringLiteral("generic/umbrella"), QStringLiteral("bicycle")}));
        QVERIFY(FolderRepository(db).setSwitch(FolderSwitch::GenericLabels, QStringLiteral("/synthetic/0/batch-2"), QStringLiteral("disable")));
        compareAll("moderated, blocked, a folder without generic labels");
        QVERIFY(generic.unblock({QStringLiteral("bicycle")}));
        QVERIFY(FolderRepository(db).setSwitch(FolderSwitch::GenericLabels, QStringLiteral("/synthetic/0/batch-2"), QStringLiteral("inherit")));
        compareAll("unblocked, folder back on");
    }

    // What tag rename and merge and asset removal do to the rows, through the schema's cascades.
    void sameAfterTagAndAssetChanges()
    {
        exec(QStringLiteral("UPDATE tags SET path = 'scenes/seaside', name = 'seaside' WHERE path = 'scenes/beach'"));
        exec(QStringLiteral("DELETE FROM tags WHERE path = 'animals/horse'"));
        exec(QStringLiteral("DELETE FROM assets WHERE id % 13 = 0"));
        exec(QStringLiteral("DELETE FROM models WHERE name = 'vehicles'"));
        compareAll("tags renamed and removed, assets removed");
    }

    // A catalog from before the ranked index gets it on open, and searches the same.
    void olderCatalogGetsTheIndex()
    {
        // Rewinding to schema 7 re-runs every later migration, which only 8 is known to allow.
        if (latestSchemaVersion() != 8)
            QSKIP("a catalog rewound to schema 7 would re-run migrations after 8; build a real schema-7 file instead");
        const QString path = m_dir.filePath(QStringLiteral("older.sqlite"));
        {
            auto older = Catalog::open(path);
            QVERIFY2(older, qPrintable(older.error()));
            QVERIFY(fillSyntheticCatalog(*older.value(), 300));
            SyntheticSearchOptions options;
            options.embeddingDimension = 0;
            QVERIFY(fillSyntheticSearchData(*older.value(), options));
            QSqlDatabase db = older.value()->connection();
            QVERIFY(sql::exec(db, QStringLiteral("DROP INDEX asset_tags_ranked")));
            QVERIFY(sql::exec(db, QStringLiteral("PRAGMA user_version = 7")));
        }
        auto reopened = Catalog::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QSqlDatabase db = reopened.value()->connection();
        QCOMPARE(reopened.value()->schemaVersion(), latestSchemaVersion());
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'asset_tags_ranked'")).isValid());
        for (const QString &query : {QStringLiteral("animals scenes"), QStringLiteral("cars"), QStringLiteral("dog raincoat")}) {
            auto walked = SearchEngine(db, SmartTierPlan::RankedIndex).search(query, 50);
            auto scanned = SearchEngine(db, SmartTierPlan::FullScan).search(query, 50);
            QVERIFY(walked && scanned);
            QVERIFY(!walked.value().isEmpty());
            QCOMPARE(walked.value().size(), scanned.value().size());
            for (qsizetype i = 0; i < walked.value().size(); ++i)
                QCOMPARE(walked.value().at(i).assetId, scanned.value().at(i).assetId);
        }
    }
};

QTEST_GUILESS_MAIN(TestSmartTierWalk)
#include "tst_smarttierwalk.moc"
