#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/folderrepository.h"
#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "search/searchengine.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tagsmith;

// A crafted catalog on a real SQLite file: each asset exists to prove one ranking rule.
class TestSearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CatalogPtr m_catalog;
    QHash<QString, qint64> m_ids;

    qint64 addAsset(const QString &name, const QString &title = {})
    {
        QSqlDatabase db = m_catalog->connection();
        FolderRepository folders(db);
        const RootRecord root = folders.ensureRoot(QStringLiteral("/photos")).value();
        AssetRecord asset;
        asset.folderId = folders.ensureFolder(root, QStringLiteral("/photos")).value();
        asset.path = QStringLiteral("/photos/") + name;
        asset.name = name;
        asset.size = 1;
        asset.mtime = 1;
        asset.contentHash = name;
        asset.media.kind = AssetKind::Image;
        auto id = AssetRepository(db).insert(asset);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        // The repository's insert stores file facts only; titles come from metadata later.
        if (!title.isEmpty() && !sql::exec(db, QStringLiteral("UPDATE assets SET title = ? WHERE id = ?"), {title, id.value()}))
            qFatal("cannot set the title");
        m_ids.insert(name, id.value());
        return id.value();
    }

    void smartTag(const QString &name, const QString &tag, const QString &model, double confidence)
    {
        Status status = TagRepository(m_catalog->connection()).setSmartTag(m_ids.value(name), tag, model, 1, confidence);
        QVERIFY2(status, qPrintable(status.error()));
    }

    void manualTag(const QString &name, const QString &tag)
    {
        Status status = TagRepository(m_catalog->connection()).addManualTag(m_ids.value(name), tag);
        QVERIFY2(status, qPrintable(status.error()));
    }

    void model(const QString &name, double threshold)
    {
        auto added = sql::exec(m_catalog->connection(), QStringLiteral(
            "INSERT INTO models(name, threshold, created_at, updated_at) VALUES(?,?,0,0)"), {name, threshold});
        QVERIFY2(added, qPrintable(added.error()));
    }

    // "tier name" per hit, ordered by score then name so that equal scores compare as sets,
    // after checking that the engine's own order never raises the score.
    QStringList run(const QString &query)
    {
        auto hits = SearchEngine(m_catalog->connection()).search(query, -1);
        if (!hits)
            qFatal("%s", qPrintable(hits.error()));
        QList<SearchHit> sorted = hits.value();
        for (qsizetype i = 1; i < sorted.size(); ++i)
            if (sorted.at(i).score() > sorted.at(i - 1).score() + 1e-9)
                qFatal("hit %lld of '%s' outranks the previous one", qlonglong(i), qPrintable(query));
        std::stable_sort(sorted.begin(), sorted.end(), [](const SearchHit &a, const SearchHit &b) {
            return a.score() > b.score() + 1e-9 || (std::abs(a.score() - b.score()) <= 1e-9 && a.path < b.path);
        });
        QStringList rows;
        for (const SearchHit &hit : std::as_const(sorted))
            rows << tierName(hit.tier) + QLatin1Char(' ') + hit.path.section(QLatin1Char('/'), -1);
        return rows;
    }

    double scoreOf(const QString &query, const QString &name)
    {
        auto hits = SearchEngine(m_catalog->connection()).search(query, -1);
        for (const SearchHit &hit : hits.value())
            if (hit.assetId == m_ids.value(name))
                return hit.score();
        return -1;
    }

private slots:
    // A malformed statement or format string shows up as a warning before it shows up as a wrong answer.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void initTestCase()
    {
        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("search.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog.error()));
        m_catalog = catalog.value();
        QSqlDatabase db = m_catalog->connection();
        model(QStringLiteral("scenes"), 0.7);
        model(QStringLiteral("animals"), 0.5);
        model(QStringLiteral("vehicles"), 0.8);

        addAsset(QStringLiteral("beach-party.jpg"), QStringLiteral("Summer"));       // name
        addAsset(QStringLiteral("a2.jpg"), QStringLiteral("sunset walk"));           // manual tag + title
        manualTag(QStringLiteral("a2.jpg"), QStringLiteral("scenes/beach"));
        addAsset(QStringLiteral("a3.jpg"));                                          // smart, both terms
        smartTag(QStringLiteral("a3.jpg"), QStringLiteral("scenes/beach"), QStringLiteral("scenes"), 0.9);
        smartTag(QStringLiteral("a3.jpg"), QStringLiteral("scenes/sunset"), QStringLiteral("scenes"), 0.8);
        addAsset(QStringLiteral("a4.jpg"));                                          // smart, both, surer
        smartTag(QStringLiteral("a4.jpg"), QStringLiteral("scenes/beach"), QStringLiteral("scenes"), 0.99);
        smartTag(QStringLiteral("a4.jpg"), QStringLiteral("scenes/sunset"), QStringLiteral("scenes"), 0.95);
        addAsset(QStringLiteral("a5.jpg"));                                          // smart, one term
        smartTag(QStringLiteral("a5.jpg"), QStringLiteral("scenes/beach"), QStringLiteral("scenes"), 0.8);
        addAsset(QStringLiteral("a6.jpg"));
        smartTag(QStringLiteral("a6.jpg"), QStringLiteral("scenes/sunset"), QStringLiteral("scenes"), 0.9);
        addAsset(QStringLiteral("a7.jpg"));                                          // deleted by the user
        smartTag(QStringLiteral("a7.jpg"), QStringLiteral("scenes/beach"), QStringLiteral("scenes"), 0.95);
        QVERIFY(TagRepository(db).moderate(m_ids.value(QStringLiteral("a7.jpg")), QStringLiteral("scenes/beach"), TagState::Deleted));
        addAsset(QStringLiteral("a8.jpg"));                                          // below its model's threshold
        smartTag(QStringLiteral("a8.jpg"), QStringLiteral("scenes/beach"), QStringLiteral("scenes"), 0.65);
        addAsset(QStringLiteral("a9.jpg"));                                          // generic: no row, 0.7 applies
        smartTag(QStringLiteral("a9.jpg"), QStringLiteral("scenes/beach"), QStringLiteral("generic"), 0.69);
        addAsset(QStringLiteral("a10.jpg"));
        smartTag(QStringLiteral("a10.jpg"), QStringLiteral("scenes/beach"), QStringLiteral("generic"), 0.75);
        addAsset(QStringLiteral("a11.jpg"), QStringLiteral("sunset"));               // promoted despite low confidence
        smartTag(QStringLiteral("a11.jpg"), QStringLiteral("scenes/beach"), QStringLiteral("scenes"), 0.5);
        QVERIFY(TagRepository(db).moderate(m_ids.value(QStringLiteral("a11.jpg")), QStringLiteral("scenes/beach"), TagState::Promoted));
        addAsset(QStringLiteral("a12.jpg"));                                         // a lower model threshold
        smartTag(QStringLiteral("a12.jpg"), QStringLiteral("animals/dog"), QStringLiteral("animals"), 0.55);
        const qint64 report = addAsset(QStringLiteral("report.pdf"));                // document text
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO asset_text(asset_id, text) VALUES(?,?)"),
                          {report, QStringLiteral("The quarterly harbour inspection found rust.")}));
        addAsset(QStringLiteral("a14.jpg"), QStringLiteral("Inspection of the old harbour"));
        addAsset(QStringLiteral("a15.jpg"), QStringLiteral("beach"));                // hierarchical manual tag
        manualTag(QStringLiteral("a15.jpg"), QStringLiteral("vehicles/cars/model-x"));
        addAsset(QStringLiteral("a16.jpg"));                                         // smart tag under vehicles
        smartTag(QStringLiteral("a16.jpg"), QStringLiteral("vehicles/trucks"), QStringLiteral("vehicles"), 0.9);
        addAsset(QStringLiteral("a17.jpg"));                                         // below threshold: no tag: match
        smartTag(QStringLiteral("a17.jpg"), QStringLiteral("vehicles/trucks"), QStringLiteral("vehicles"), 0.7);
    }

    void ranks_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const auto rows = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(',')); };
        QTest::newRow("three tiers and the order within them") << QStringLiteral("beach sunset")
            << rows("metadata a11.jpg,metadata a2.jpg,smart-all a4.jpg,smart-all a3.jpg,smart-any a6.jpg,smart-any a5.jpg,smart-any a10.jpg");
        QTest::newRow("one term") << QStringLiteral("beach")
            << rows("metadata a11.jpg,metadata a15.jpg,metadata a2.jpg,metadata beach-party.jpg,"
                    "smart-all a4.jpg,smart-all a3.jpg,smart-all a5.jpg,smart-all a10.jpg");
        QTest::newRow("case-insensitive title") << QStringLiteral("SUMMER") << rows("metadata beach-party.jpg");
        QTest::newRow("model threshold below the default") << QStringLiteral("dog") << rows("smart-all a12.jpg");
        QTest::newRow("exclude a name word") << QStringLiteral("beach -party")
            << rows("metadata a11.jpg,metadata a15.jpg,metadata a2.jpg,smart-all a4.jpg,smart-all a3.jpg,smart-all a5.jpg,smart-all a10.jpg");
        QTest::newRow("exclude by title and smart tag") << QStringLiteral("beach -sunset")
            << rows("metadata a15.jpg,metadata beach-party.jpg,smart-all a5.jpg,smart-all a10.jpg");
        QTest::newRow("phrase in document text") << QStringLiteral("\"harbour inspection\"") << rows("metadata report.pdf");
        QTest::newRow("words anywhere") << QStringLiteral("harbour inspection") << rows("metadata a14.jpg,metadata report.pdf");
        QTest::newRow("prefix") << QStringLiteral("harb*") << rows("metadata a14.jpg,metadata report.pdf");
        QTest::newRow("tag: covers descendants") << QStringLiteral("tag:vehicles")
            << rows("metadata a15.jpg,metadata a16.jpg");
        QTest::newRow("tag: at a middle level") << QStringLiteral("tag:cars") << rows("metadata a15.jpg");
        QTest::newRow("tag: full path") << QStringLiteral("tag:Vehicles/Cars") << rows("metadata a15.jpg");
        QTest::newRow("tag: is no prefix match") << QStringLiteral("tag:veh") << QStringList();
        QTest::newRow("tag: with a term") << QStringLiteral("beach tag:vehicles") << rows("metadata a15.jpg");
        QTest::newRow("punctuated word as phrase") << QStringLiteral("model-x") << rows("metadata a15.jpg");
        QTest::newRow("only an exclusion finds nothing") << QStringLiteral("-beach") << QStringList();
        QTest::newRow("nothing matches") << QStringLiteral("zeppelin") << QStringList();
        QTest::newRow("FTS syntax is taken literally") << QStringLiteral("NOT OR ( zeppelin \"x") << QStringList();
    }

    void ranks()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(run(query), expected);
    }

    // A search reads in one snapshot and lets go of it: another connection's checkpoint can then
    // truncate the whole write-ahead log (a read transaction left open would make it busy).
    void searchLeavesNoReadTransaction()
    {
        QVERIFY(sql::exec(m_catalog->connection(), QStringLiteral("INSERT INTO settings(key, value) VALUES('test/wal', '1') "
                                                                  "ON CONFLICT(key) DO UPDATE SET value = value + 1")));   // frames in the log
        QVERIFY(!run(QStringLiteral("sunset")).isEmpty());
        auto other = Catalog::open(m_dir.filePath(QStringLiteral("search.sqlite")));
        QVERIFY2(other, qPrintable(other.error()));
        auto checkpoint = sql::exec(other.value()->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY2(checkpoint, qPrintable(checkpoint.error()));
        QVERIFY(checkpoint.value().next());
        QCOMPARE(checkpoint.value().value(0).toInt(), 0);   // not busy
    }

    // A fresh catalog has smart tags (generic labels, keywords) before any model row exists:
    // the default threshold applies and the search must not fail.
    void smartTagsWithoutModelRows()
    {
        QTemporaryDir dir;
        auto catalog = Catalog::open(dir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY(catalog);
        QSqlDatabase db = catalog.value()->connection();
        FolderRepository folders(db);
        const RootRecord root = folders.ensureRoot(QStringLiteral("/fresh")).value();
        AssetRecord asset;
        asset.folderId = folders.ensureFolder(root, QStringLiteral("/fresh")).value();
        asset.path = QStringLiteral("/fresh/animal.jpg");
        asset.name = QStringLiteral("animal.jpg");
        asset.contentHash = QStringLiteral("x");
        asset.media.kind = AssetKind::Image;
        const qint64 id = AssetRepository(db).insert(asset).value();
        QVERIFY(TagRepository(db).setSmartTag(id, QStringLiteral("imagenet/zebra"), QStringLiteral("generic"), 1, 0.9));
        QVERIFY(TagRepository(db).setSmartTag(id, QStringLiteral("imagenet/horse"), QStringLiteral("generic"), 1, 0.2));
        auto hits = SearchEngine(db).search(QStringLiteral("zebra"));
        QVERIFY2(hits, qPrintable(hits.error()));
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(tierName(hits.value().first().tier), QStringLiteral("smart-all"));
        auto below = SearchEngine(db).search(QStringLiteral("horse"));   // 0.2 is under the default 0.7
        QVERIFY2(below, qPrintable(below.error()));
        QVERIFY(below.value().isEmpty());
    }

    void scoresWithinTiers()
    {
        QCOMPARE(scoreOf(QStringLiteral("beach sunset"), QStringLiteral("a11.jpg")), 3.5);
        QCOMPARE(scoreOf(QStringLiteral("beach sunset"), QStringLiteral("a2.jpg")), 3.0);
        QVERIFY(qAbs(scoreOf(QStringLiteral("beach sunset"), QStringLiteral("a4.jpg")) - 1.97) < 1e-9);
        QVERIFY(qAbs(scoreOf(QStringLiteral("beach sunset"), QStringLiteral("a5.jpg")) - 0.4) < 1e-9);
        QCOMPARE(scoreOf(QStringLiteral("tag:vehicles"), QStringLiteral("a16.jpg")), 2.9);
    }

    void limitKeepsTheBest()
    {
        auto hits = SearchEngine(m_catalog->connection()).search(QStringLiteral("beach sunset"), 3);
        QVERIFY2(hits, qPrintable(hits.error()));
        QCOMPARE(hits.value().size(), 3);
        QCOMPARE(hits.value().at(2).assetId, m_ids.value(QStringLiteral("a4.jpg")));
    }

    // The triggers keep the index in step with tags, titles, text and deletions.
    void indexFollowsChanges()
    {
        QSqlDatabase db = m_catalog->connection();
        TagRepository tags(db);
        const qint64 a5 = m_ids.value(QStringLiteral("a5.jpg"));
        QVERIFY(tags.moderate(a5, QStringLiteral("scenes/beach"), TagState::Promoted));
        QCOMPARE(scoreOf(QStringLiteral("beach"), QStringLiteral("a5.jpg")), 3.5);
        QVERIFY(tags.moderate(a5, QStringLiteral("scenes/beach"), TagState::Deleted));
        QCOMPARE(scoreOf(QStringLiteral("beach"), QStringLiteral("a5.jpg")), -1.0);
        // Re-applying a deleted tag refreshes its confidence but it stays deleted.
        smartTag(QStringLiteral("a5.jpg"), QStringLiteral("scenes/beach"), QStringLiteral("scenes"), 0.99);
        QCOMPARE(scoreOf(QStringLiteral("beach"), QStringLiteral("a5.jpg")), -1.0);

        const qint64 a2 = m_ids.value(QStringLiteral("a2.jpg"));
        QVERIFY(tags.removeManualTag(a2, QStringLiteral("scenes/beach")).value());
        QCOMPARE(scoreOf(QStringLiteral("beach"), QStringLiteral("a2.jpg")), -1.0);

        QVERIFY(sql::exec(db, QStringLiteral("UPDATE assets SET title = 'zeppelin' WHERE id = ?"), {a2}));
        QCOMPARE(run(QStringLiteral("zeppelin")), QStringList{QStringLiteral("metadata a2.jpg")});
        QCOMPARE(run(QStringLiteral("walk")), QStringList());

        const qint64 report = m_ids.value(QStringLiteral("report.pdf"));
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE asset_text SET text = 'zeppelin hangar' WHERE asset_id = ?"), {report}));
        QCOMPARE(run(QStringLiteral("zeppelin")).size(), 2);
        QVERIFY(sql::exec(db, QStringLiteral("DELETE FROM assets WHERE id = ?"), {report}));
        QCOMPARE(run(QStringLiteral("zeppelin")), QStringList{QStringLiteral("metadata a2.jpg")});
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM asset_fts")).toInt(),
                 sql::scalar(db, QStringLiteral("SELECT count(*) FROM assets")).toInt());
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("words") << QStringLiteral("  red   car ") << QStringList{QStringLiteral("red"), QStringLiteral("car")}
                               << QStringList() << QStringList();
        QTest::newRow("phrase and exclusion") << QStringLiteral("\"red  car\" -blue -\"old van\"")
                                              << QStringList{QStringLiteral("red car")}
                                              << QStringList{QStringLiteral("blue"), QStringLiteral("old van")} << QStringList();
        QTest::newRow("tags") << QStringLiteral("TAG:vehicles/cars tag:\"big things / boats\" x")
                              << QStringList{QStringLiteral("x")} << QStringList()
                              << QStringList{QStringLiteral("vehicles/cars"), QStringLiteral("big things/boats")};
        QTest::newRow("unclosed quote") << QStringLiteral("\"open end") << QStringList{QStringLiteral("open end")}
                                        << QStringList() << QStringList();
        QTest::newRow("lone dash and punctuation") << QStringLiteral("- +++ -- tag:") << QStringList() << QStringList()
                                                   << QStringList();
        QTest::newRow("hyphenated word") << QStringLiteral("model-side-view") << QStringList{QStringLiteral("model-side-view")}
                                         << QStringList() << QStringList();
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QFETCH(QStringList, excluded);
        QFETCH(QStringList, tags);
        const SearchQuery query = SearchQuery::parse(text);
        const auto texts = [](const QList<SearchTerm> &list) {
            QStringList out;
            for (const SearchTerm &term : list)
                out << term.text;
            return out;
        };
        QCOMPARE(texts(query.terms), terms);
        QCOMPARE(texts(query.excluded), excluded);
        QCOMPARE(query.tags, tags);
    }

    void quotesStayInsideThePhrase()
    {
        QCOMPARE(ftsPhrase(SearchTerm{QStringLiteral("say \"hi"), false}), QStringLiteral("\"say \"\"hi\""));
        QCOMPARE(ftsPhrase(SearchTerm{QStringLiteral("harb"), true}), QStringLiteral("\"harb\"*"));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
