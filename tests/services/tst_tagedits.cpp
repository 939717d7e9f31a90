#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/modelrepository.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "services/tagedits.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

// TagEdits is the one implementation of tag edits behind the CLI and the Manage Tags dialog:
// on a real imported catalog, an edit over several assets changes only what is not already so,
// reports the assets lacking the tag, and its inverse puts the catalog back exactly.
class TestTagEdits : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CatalogPtr m_catalog;
    QList<qint64> m_ids;

    // "asset:tag:source:state" of every row, to compare catalogs before and after.
    QStringList snapshot()
    {
        QStringList rows;
        TagRepository tags(m_catalog->connection());
        for (qint64 id : std::as_const(m_ids)) {
            const auto ofAsset = tags.tagsOf(id);
            if (!ofAsset)
                return {ofAsset.error()};
            for (const AssetTag &tag : ofAsset.value())
                rows << QStringLiteral("%1:%2:%3:%4").arg(id).arg(tag.tag).arg(int(tag.source)).arg(int(tag.state));
        }
        rows.sort();
        return rows;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("tagsmith-test-tagedits"));
        const QString library = m_dir.filePath(QStringLiteral("library"));
        QVERIFY(QDir().mkpath(library));
        const QString photos = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/");
        for (const QString &name : {QStringLiteral("cat_chelsea.png"), QStringLiteral("coffee_cup.png"), QStringLiteral("candies_smarties.png")})
            QVERIFY(QFile::copy(photos + name, library + QLatin1Char('/') + name));
        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog.error()));
        m_catalog = catalog.value();
        QCOMPARE(Importer(m_catalog).run({library}).added, 3);
        const auto assets = AssetRepository(m_catalog->connection()).list();
        QVERIFY(assets.ok());
        for (const AssetRecord &asset : assets.value())
            m_ids << asset.id;
        QVERIFY(ModelRepository(m_catalog->connection()).create(QStringLiteral("pets"), {}));
        // Two of the three assets carry the smart tag; one of those is already deleted.
        TagRepository tags(m_catalog->connection());
        QVERIFY(tags.setSmartTag(m_ids.at(0), QStringLiteral("pets/cat"), QStringLiteral("pets"), 1, 0.9));
        QVERIFY(tags.setSmartTag(m_ids.at(1), QStringLiteral("pets/cat"), QStringLiteral("pets"), 1, 0.8));
        QVERIFY(tags.moderate(m_ids.at(1), QStringLiteral("pets/cat"), TagState::Deleted));
        QVERIFY(tags.addManualTag(m_ids.at(2), QStringLiteral("places/moon")));
    }

    void addNormalisesAndSkipsWhatIsAlreadySo()
    {
        const QStringList before = snapshot();
        auto added = TagEdits(m_catalog).apply(TagEditKind::AddManual, m_ids, QStringLiteral("  places / moon "));
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added.value().tag, QStringLiteral("places/moon"));
        QCOMPARE(added.value().inverse.size(), 2);   // the third asset had it already
        QVERIFY(added.value().lacking.isEmpty());
        QVERIFY(snapshot() != before);
        QVERIFY(TagEdits(m_catalog).applyChanges(added.value().inverse));
        QCOMPARE(snapshot(), before);
    }

    void severalTagsInOneEdit()
    {
        const QStringList before = snapshot();
        auto added = TagEdits(m_catalog).applyAll(TagEditKind::AddManual, m_ids,
                                                  {QStringLiteral("places/moon"), QStringLiteral(" colours / red "), QStringLiteral("places/moon")});
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added.value().tag, QStringLiteral("places/moon, colours/red"));
        QCOMPARE(added.value().inverse.size(), 5);   // moon on two assets (the third had it), red on three
        QVERIFY(TagEdits(m_catalog).applyChanges(added.value().inverse));
        QCOMPARE(snapshot(), before);
        QVERIFY(!TagEdits(m_catalog).applyAll(TagEditKind::AddManual, m_ids, {QStringLiteral("ok"), QStringLiteral(" ")}));
        QCOMPARE(snapshot(), before);
    }

    void moderationReportsAssetsLackingTheTag()
    {
        const QStringList before = snapshot();
        auto deleted = TagEdits(m_catalog).apply(TagEditKind::DeleteSmart, m_ids, QStringLiteral("pets/cat"));
        QVERIFY2(deleted, qPrintable(deleted.error()));
        QCOMPARE(deleted.value().inverse.size(), 1);   // the second one was deleted already
        QCOMPARE(deleted.value().lacking, QList<qint64>{m_ids.at(2)});
        // What the sidecars must drop: the deleted tag, on the asset that changed.
        const auto removals = TagEdits::sidecarRemovals(TagEdits::forwardOf(deleted.value().inverse, TagEditKind::DeleteSmart));
        QCOMPARE(removals.value(m_ids.at(0)), QStringList{QStringLiteral("pets/cat")});
        QVERIFY(TagEdits(m_catalog).applyChanges(deleted.value().inverse));
        QCOMPARE(snapshot(), before);
    }

    void removingAMissingManualTagChangesNothing()
    {
        const QStringList before = snapshot();
        auto removed = TagEdits(m_catalog).apply(TagEditKind::RemoveManual, {m_ids.at(0)}, QStringLiteral("places/moon"));
        QVERIFY2(removed, qPrintable(removed.error()));
        QVERIFY(removed.value().inverse.isEmpty());
        QCOMPARE(removed.value().lacking, QList<qint64>{m_ids.at(0)});
        QCOMPARE(snapshot(), before);
    }

    void anEmptyTagIsRefusedWithAReason()
    {
        auto refused = TagEdits(m_catalog).apply(TagEditKind::AddManual, m_ids, QStringLiteral(" / "));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("name")));
    }

    void sidecarSettingIsReadFromOnePlace()
    {
        QSettings().setValue(QStringLiteral("metadata/writeSidecars"), false);
        QVERIFY(!TagEdits::sidecarsEnabled());
        QSettings().remove(QStringLiteral("metadata/writeSidecars"));
        QVERIFY(TagEdits::sidecarsEnabled());
    }
};

QTEST_GUILESS_MAIN(TestTagEdits)
#include "tst_tagedits.moc"
