#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/modelrepository.h"
#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "services/taxonomycounts.h"
#include "services/taxonomyedits.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

// Renaming, moving and merging tags on a real imported catalog: a subtree moves whole, a merge
// keeps the manual row, the higher confidence and the moderation, bad input changes nothing,
// tags of a model are refused, and the inverse puts every row back exactly.
class TestTaxonomyEdits : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CatalogPtr m_catalog;
    QList<qint64> m_ids;

    // Every tag (path, name, parent) and every asset_tags row with all its columns.
    QStringList snapshot()
    {
        QStringList rows;
        const QSqlDatabase db = m_catalog->connection();
        auto tags = sql::exec(db, QStringLiteral("SELECT t.path, t.name, coalesce(p.path, '') FROM tags t LEFT JOIN tags p ON p.id = t.parent_id"));
        while (tags && tags.value().next())
            rows << QStringLiteral("tag %1 %2 %3").arg(tags.value().value(0).toString(), tags.value().value(1).toString(),
                                                       tags.value().value(2).toString());
        auto assetTags = sql::exec(db, QStringLiteral("SELECT t.path, at.asset_id, at.source, at.model, at.model_version, at.confidence, "
                                                      "at.state, at.updated_at FROM asset_tags at JOIN tags t ON t.id = at.tag_id"));
        while (assetTags && assetTags.value().next()) {
            QStringList columns;
            for (int i = 0; i < 8; ++i)
                columns << assetTags.value().value(i).toString();
            rows << columns.join(QLatin1Char(' '));
        }
        rows.sort();
        return rows;
    }

    // "source:state:confidence:model" of `tag` on asset `index`, "" when it has none.
    QString rowOf(int index, const QString &tag)
    {
        QStringList found;
        const auto tags = TagRepository(m_catalog->connection()).tagsOf(m_ids.at(index));
        for (const AssetTag &assetTag : tags.value())
            if (assetTag.tag == tag)
                found << QStringLiteral("%1:%2:%3:%4").arg(sourceName(assetTag.source), stateName(assetTag.state))
                             .arg(assetTag.confidence).arg(assetTag.model);
        return found.join(QLatin1Char(','));
    }

    QStringList paths() { return TagRepository(m_catalog->connection()).allTagPaths().value(); }

private slots:
    void initTestCase()
    {
        const QString library = m_dir.filePath(QStringLiteral("library"));
        QVERIFY(QDir().mkpath(library));
        const QString photos = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/");
        for (const QString &name : {QStringLiteral("cat_chelsea.png"), QStringLiteral("coffee_cup.png"),
                                    QStringLiteral("candies_smarties.png"), QStringLiteral("red_apple.jpg")})
            QVERIFY(QFile::copy(photos + name, library + QLatin1Char('/') + name));
        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog.error()));
        m_catalog = catalog.value();
        QCOMPARE(Importer(m_catalog).run({library}).added, 4);
        const auto assets = AssetRepository(m_catalog->connection()).list();
        QVERIFY(assets.ok());
        for (const AssetRecord &asset : assets.value())
            m_ids << asset.id;
        TagRepository tags(m_catalog->connection());
        QVERIFY(tags.addManualTag(m_ids.at(0), QStringLiteral("vehicles/cars")));
        QVERIFY(tags.addManualTag(m_ids.at(1), QStringLiteral("vehicles/cars/model-x")));
        QVERIFY(tags.setSmartTag(m_ids.at(2), QStringLiteral("vehicles/cars/model-x"), QStringLiteral("imagenet"), 1, 0.8));
        QVERIFY(tags.addManualTag(m_ids.at(3), QStringLiteral("vehicles/bikes")));

        // The merge: pets/kitty (with a subtag) into animals/cat, overlapping on three assets.
        QVERIFY(tags.addManualTag(m_ids.at(0), QStringLiteral("pets/kitty")));
        QVERIFY(tags.addManualTag(m_ids.at(0), QStringLiteral("animals/cat")));
        QVERIFY(tags.setSmartTag(m_ids.at(1), QStringLiteral("pets/kitty"), QStringLiteral("imagenet"), 1, 0.9));
        QVERIFY(tags.setSmartTag(m_ids.at(1), QStringLiteral("animals/cat"), QStringLiteral("coco"), 1, 0.6));
        QVERIFY(tags.moderate(m_ids.at(1), QStringLiteral("animals/cat"), TagState::Deleted));
        QVERIFY(tags.setSmartTag(m_ids.at(2), QStringLiteral("pets/kitty"), QStringLiteral("imagenet"), 1, 0.5));
        QVERIFY(tags.moderate(m_ids.at(2), QStringLiteral("pets/kitty"), TagState::Promoted));
        QVERIFY(tags.setSmartTag(m_ids.at(3), QStringLiteral("pets/kitty"), QStringLiteral("imagenet"), 1, 0.4));
        QVERIFY(tags.setSmartTag(m_ids.at(3), QStringLiteral("animals/cat"), QStringLiteral("coco"), 1, 0.7));
        QVERIFY(tags.addManualTag(m_ids.at(3), QStringLiteral("pets/kitty/tabby")));
        QVERIFY(tags.addManualTag(m_ids.at(2), QStringLiteral("pets/hamster")));

        // A tag model's tag.
        auto model = ModelRepository(m_catalog->connection()).create(QStringLiteral("dogs"), {});
        QVERIFY(model);
        QVERIFY(ModelRepository(m_catalog->connection()).setExamples(model.value(), {{QStringLiteral("pets/dog/terrier"), {m_ids.at(0)}}}));
    }

    void renameMovesTheWholeSubtreeAndUndoRestoresIt()
    {
        const QStringList before = snapshot();
        auto renamed = TaxonomyEdits(m_catalog).rename(QStringLiteral(" vehicles / cars "), QStringLiteral("transport/cars"));
        QVERIFY2(renamed, qPrintable(renamed.error()));
        QCOMPARE(renamed.value().from, QStringLiteral("vehicles/cars"));
        QCOMPARE(renamed.value().tagsChanged, 2);
        QCOMPARE(renamed.value().assets, (QList<qint64>{m_ids.at(0), m_ids.at(1), m_ids.at(2)}));
        const QStringList now = paths();
        QVERIFY(now.contains(QStringLiteral("transport")) && now.contains(QStringLiteral("transport/cars/model-x")));
        QVERIFY(!now.contains(QStringLiteral("vehicles/cars")) && !now.contains(QStringLiteral("vehicles/cars/model-x")));
        QVERIFY(now.contains(QStringLiteral("vehicles/bikes")));   // the old parent and its other children stay
        QCOMPARE(rowOf(2, QStringLiteral("transport/cars/model-x")), QStringLiteral("smart:active:0.8:imagenet"));
        QCOMPARE(rowOf(1, QStringLiteral("transport/cars/model-x")), QStringLiteral("manual:active:1:"));
        // Sidecars: the manual rows' assets drop the old names; the smart-only asset has no sidecar tag.
        QCOMPARE(renamed.value().sidecars.size(), 2);
        QCOMPARE(renamed.value().sidecars.at(0).removed, QStringList{QStringLiteral("vehicles/cars")});
        QVERIFY(renamed.value().sidecars.at(0).path.endsWith(QStringLiteral(".png")) || renamed.value().sidecars.at(0).path.endsWith(QStringLiteral(".jpg")));
        QCOMPARE(renamed.value().inverse.createdTags, QStringList{QStringLiteral("transport")});

        auto undone = TaxonomyEdits(m_catalog).undo(renamed.value().inverse);
        QVERIFY2(undone, qPrintable(undone.error()));
        QCOMPARE(snapshot(), before);   // "transport" is gone again
        // Redo is the edit again.
        QVERIFY(TaxonomyEdits(m_catalog).rename(QStringLiteral("vehicles/cars"), QStringLiteral("transport/cars")));
        QVERIFY(TaxonomyEdits(m_catalog).rename(QStringLiteral("transport/cars"), QStringLiteral("vehicles/cars")));
    }

    void moveIsARenameOfTheParentPart()
    {
        const QStringList before = snapshot();
        auto moved = TaxonomyEdits(m_catalog).rename(QStringLiteral("vehicles/cars/model-x"), QStringLiteral("vehicles/model-x"));
        QVERIFY2(moved, qPrintable(moved.error()));
        QVERIFY(moved.value().inverse.createdTags.isEmpty());
        QCOMPARE(rowOf(2, QStringLiteral("vehicles/model-x")), QStringLiteral("smart:active:0.8:imagenet"));
        const qint64 parent = sql::scalar(m_catalog->connection(), QStringLiteral(
            "SELECT p.path = 'vehicles' FROM tags t JOIN tags p ON p.id = t.parent_id WHERE t.path = 'vehicles/model-x'")).toLongLong();
        QCOMPARE(parent, 1);
        QVERIFY(TaxonomyEdits(m_catalog).undo(moved.value().inverse));
        QCOMPARE(snapshot(), before);
    }

    void mergeKeepsManualConfidenceAndModeration()
    {
        const QStringList before = snapshot();
        auto merged = TaxonomyEdits(m_catalog).merge(QStringLiteral("pets/kitty"), QStringLiteral("animals/cat"));
        QVERIFY2(merged, qPrintable(merged.error()));
        QCOMPARE(merged.value().tagsChanged, 2);
        const QStringList now = paths();
        QVERIFY(!now.contains(QStringLiteral("pets/kitty")) && !now.contains(QStringLiteral("pets/kitty/tabby")));
        QVERIFY(now.contains(QStringLiteral("pets/hamster")) && now.contains(QStringLiteral("animals/cat/tabby")));
        QCOMPARE(rowOf(0, QStringLiteral("animals/cat")), QStringLiteral("manual:active:1:"));              // one manual row
        QCOMPARE(rowOf(1, QStringLiteral("animals/cat")), QStringLiteral("smart:deleted:0.9:imagenet"));    // higher confidence, deletion kept
        QCOMPARE(rowOf(2, QStringLiteral("animals/cat")), QStringLiteral("smart:promoted:0.5:imagenet"));   // moved, promotion kept
        QCOMPARE(rowOf(3, QStringLiteral("animals/cat")), QStringLiteral("smart:active:0.7:coco"));         // the target's was higher
        QCOMPARE(rowOf(3, QStringLiteral("animals/cat/tabby")), QStringLiteral("manual:active:1:"));
        QCOMPARE(merged.value().assets.size(), 4);
        QStringList removedFromSidecars;
        for (const SidecarRewrite &rewrite : merged.value().sidecars)
            removedFromSidecars += rewrite.removed;
        removedFromSidecars.sort();
        QCOMPARE(removedFromSidecars, (QStringList{QStringLiteral("pets/kitty"), QStringLiteral("pets/kitty"), QStringLiteral("pets/kitty/tabby")}));

        auto undone = TaxonomyEdits(m_catalog).undo(merged.value().inverse);
        QVERIFY2(undone, qPrintable(undone.error()));
        QCOMPARE(snapshot(), before);
    }

    void mergeAChildIntoItsParent()
    {
        QVERIFY(TagRepository(m_catalog->connection()).addManualTag(m_ids.at(3), QStringLiteral("vehicles")));
        const QStringList before = snapshot();
        auto merged = TaxonomyEdits(m_catalog).merge(QStringLiteral("vehicles/cars"), QStringLiteral("vehicles"));
        QVERIFY2(merged, qPrintable(merged.error()));
        // The asset that had the target only is not changed.
        QCOMPARE(merged.value().assets, (QList<qint64>{m_ids.at(0), m_ids.at(1), m_ids.at(2)}));
        QVERIFY(paths().contains(QStringLiteral("vehicles/model-x")));
        QCOMPARE(rowOf(0, QStringLiteral("vehicles")), QStringLiteral("manual:active:1:"));
        QVERIFY(TaxonomyEdits(m_catalog).undo(merged.value().inverse));
        QCOMPARE(snapshot(), before);
    }

    void badInputIsRefusedWithASentence_data()
    {
        QTest::addColumn<bool>("merge");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty source") << false << QStringLiteral(" / ") << QStringLiteral("x") << QStringLiteral("Give the tag to rename");
        QTest::newRow("empty target") << true << QStringLiteral("vehicles") << QString() << QStringLiteral("Give the tag to merge into");
        QTest::newRow("bar in a name") << false << QStringLiteral("vehicles") << QStringLiteral("a|b") << QStringLiteral("cannot contain “|”");
        QTest::newRow("same name") << false << QStringLiteral("vehicles/cars") << QStringLiteral("vehicles/ cars") << QStringLiteral("already has that name");
        QTest::newRow("own subtree") << false << QStringLiteral("vehicles") << QStringLiteral("vehicles/old") << QStringLiteral("its own subtree");
        QTest::newRow("unknown") << false << QStringLiteral("boats") << QStringLiteral("ships") << QStringLiteral("There is no tag “boats”");
        QTest::newRow("target exists") << false << QStringLiteral("vehicles/bikes") << QStringLiteral("animals/cat")
                                       << QStringLiteral("merge “vehicles/bikes” into it");
        QTest::newRow("merge into itself") << true << QStringLiteral("animals") << QStringLiteral("animals") << QStringLiteral("into itself");
        QTest::newRow("merge into subtag") << true << QStringLiteral("vehicles") << QStringLiteral("vehicles/cars") << QStringLiteral("own subtag");
        QTest::newRow("merge unknown") << true << QStringLiteral("boats") << QStringLiteral("vehicles") << QStringLiteral("There is no tag “boats”");
        QTest::newRow("merge into unknown") << true << QStringLiteral("vehicles") << QStringLiteral("ships") << QStringLiteral("rename “vehicles” to it");
    }

    void badInputIsRefusedWithASentence()
    {
        QFETCH(bool, merge);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, says);
        const QStringList before = snapshot();
        auto refused = merge ? TaxonomyEdits(m_catalog).merge(from, to) : TaxonomyEdits(m_catalog).rename(from, to);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(says), qPrintable(refused.error()));
        QCOMPARE(snapshot(), before);
    }

    void aSubtagLandingOnWhatIsMergedIsRefused()
    {
        TagRepository tags(m_catalog->connection());
        QVERIFY(tags.addManualTag(m_ids.at(0), QStringLiteral("food/fruit/fruit")));
        const QStringList before = snapshot();
        auto refused = TaxonomyEdits(m_catalog).merge(QStringLiteral("food/fruit"), QStringLiteral("food"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("would land on “food/fruit”")), qPrintable(refused.error()));
        QCOMPARE(snapshot(), before);
    }

    // Counts as the `tag:` filter finds assets: manual and applied smart rows, a level only its
    // subtags name, and names that differ in case alone counted together.
    void countsFollowTheTagFilter()
    {
        const QSqlDatabase db = m_catalog->connection();
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO tags(parent_id, name, path) VALUES(NULL, 'Odense', 'Places/Odense')")));
        QVERIFY(TagRepository(db).addManualTag(m_ids.at(1), QStringLiteral("Places/Odense")));
        QVERIFY(TagRepository(db).addManualTag(m_ids.at(2), QStringLiteral("places")));
        auto counts = TaxonomyCounts::load(db);
        QVERIFY2(counts, qPrintable(counts.error()));
        QHash<QString, int> count;
        QStringList order;
        for (const TagCount &tag : counts.value()) {
            count.insert(tag.path, tag.assets);
            order << tag.path;
        }
        QCOMPARE(count.value(QStringLiteral("vehicles/cars/model-x"), -1), 2);   // manual on one, smart at 0.8 (threshold 0.7) on another
        QCOMPARE(count.value(QStringLiteral("animals/cat"), -1), 2);             // the deleted smart row does not count
        QCOMPARE(count.value(QStringLiteral("Places"), -1), 2);    // no row of its own, shown for Places/Odense
        QCOMPARE(count.value(QStringLiteral("places"), -1), 2);
        QVERIFY(order.indexOf(QStringLiteral("Places")) < order.indexOf(QStringLiteral("Places/Odense")));
        QCOMPARE(count.value(QStringLiteral("pets/dog/terrier"), -1), 0);
        // Merging into such a level works; renaming onto it says to merge.
        auto onto = TaxonomyEdits(m_catalog).rename(QStringLiteral("vehicles/bikes"), QStringLiteral("Places"));
        QVERIFY(!onto);
        QVERIFY2(onto.error().contains(QStringLiteral("merge")), qPrintable(onto.error()));
        const QStringList before = snapshot();
        auto merged = TaxonomyEdits(m_catalog).merge(QStringLiteral("places"), QStringLiteral("Places"));
        QVERIFY2(merged, qPrintable(merged.error()));
        QVERIFY(TaxonomyEdits(m_catalog).undo(merged.value().inverse));
        QCOMPARE(snapshot(), before);
    }

    void tagsOfAModelAreRefused()
    {
        const QStringList before = snapshot();
        auto renamed = TaxonomyEdits(m_catalog).rename(QStringLiteral("pets/dog/terrier"), QStringLiteral("pets/terrier"));
        QVERIFY(!renamed);
        QVERIFY2(renamed.error().contains(QStringLiteral("model “dogs”")) && renamed.error().contains(QStringLiteral("retrain")),
                 qPrintable(renamed.error()));
        // A parent whose subtree holds a model tag moves that tag too: refused as well.
        auto parent = TaxonomyEdits(m_catalog).rename(QStringLiteral("pets"), QStringLiteral("animals/pets"));
        QVERIFY(!parent);
        QVERIFY(parent.error().contains(QStringLiteral("“pets/dog/terrier”")));
        auto merged = TaxonomyEdits(m_catalog).merge(QStringLiteral("pets/dog"), QStringLiteral("animals"));
        QVERIFY(!merged);
        QVERIFY(merged.error().contains(QStringLiteral("model “dogs”")));
        QCOMPARE(snapshot(), before);
        // A tag outside the model's subtree can still move under the model's tag.
        auto under = TaxonomyEdits(m_catalog).rename(QStringLiteral("pets/hamster"), QStringLiteral("pets/dog/hamster"));
        QVERIFY2(under, qPrintable(under.error()));
        QVERIFY(TaxonomyEdits(m_catalog).undo(under.value().inverse));
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestTaxonomyEdits)
#include "tst_taxonomyedits.moc"
