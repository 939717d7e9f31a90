#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/folderrepository.h"
#include "catalog/genericlabelrepository.h"
#include "catalog/modelrepository.h"
#include "catalog/smarttagrules.h"
#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

// SmartTagRules has two forms of one rule: standing() for a tag in hand and sqlApplied() for
// queries (search, sidecars). Over a real imported catalog with every kind of row, both must
// agree on what is applied, whatever the thresholds, block list and folder switches say.
class TestSmartTagRules : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CatalogPtr m_catalog;
    QString m_holiday;   // a folder that will turn generic labels off
    QHash<qint64, qint64> m_folderOf;
    QSet<qint64> m_inHoliday;

    // "asset:tag" of every smart row, applied by C++ and by SQL.
    QPair<QSet<QString>, QSet<QString>> appliedBothWays()
    {
        QSqlDatabase db = m_catalog->connection();
        auto rules = SmartTagRules::load(db);
        if (!rules)
            return {};
        QSet<QString> cpp, sql;
        for (auto it = m_folderOf.cbegin(); it != m_folderOf.cend(); ++it) {
            const auto tags = TagRepository(db).tagsOf(it.key());
            if (!tags)
                return {};
            for (const AssetTag &tag : tags.value())
                if (tag.source == TagSource::Smart && rules.value().applied(tag, it.value()))
                    cpp << QStringLiteral("%1:%2").arg(it.key()).arg(tag.tag);
        }
        QVariantList values;
        const QString condition = rules.value().sqlApplied(QStringLiteral("x"), values);
        auto query = sql::exec(db, QStringLiteral("SELECT x.asset_id, t.path FROM asset_tags x JOIN tags t ON t.id = x.tag_id "
                                                  "WHERE x.source = 'smart' AND %1").arg(condition), values);
        if (!query)
            return {};
        while (query.value().next())
            sql << QStringLiteral("%1:%2").arg(query.value().value(0).toLongLong()).arg(query.value().value(1).toString());
        return {cpp, sql};
    }

private slots:
    void initTestCase()
    {
        const QString library = m_dir.filePath(QStringLiteral("library"));
        m_holiday = library + QStringLiteral("/holiday");
        QVERIFY(QDir().mkpath(m_holiday));
        const QString photos = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/");
        QVERIFY(QFile::copy(photos + QStringLiteral("cat_chelsea.png"), library + QStringLiteral("/cat.png")));
        QVERIFY(QFile::copy(photos + QStringLiteral("coffee_cup.png"), m_holiday + QStringLiteral("/cup.png")));
        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog.error()));
        m_catalog = catalog.value();
        QCOMPARE(Importer(m_catalog).run({library}).added, 2);
        m_holiday = QDir(m_holiday).canonicalPath();

        QSqlDatabase db = m_catalog->connection();
        const auto assets = AssetRepository(db).list();
        QVERIFY(assets.ok());
        for (const AssetRecord &asset : assets.value()) {
            m_folderOf.insert(asset.id, asset.folderId);
            if (asset.path.startsWith(m_holiday + QLatin1Char('/')))
                m_inHoliday << asset.id;
        }
        QCOMPARE(m_inHoliday.size(), 1);
        QVERIFY(ModelRepository(db).create(QStringLiteral("pets"), {}));
        TagRepository tags(db);
        // Every asset gets the same rows: custom, ImageNet, COCO; above and below the thresholds;
        // one of each kind deleted or promoted.
        for (qint64 asset : m_folderOf.keys()) {
            QVERIFY(tags.setSmartTag(asset, QStringLiteral("pets/cat"), QStringLiteral("pets"), 1, 0.8));
            QVERIFY(tags.setSmartTag(asset, QStringLiteral("pets/dog"), QStringLiteral("pets"), 1, 0.4));
            QVERIFY(tags.setSmartTag(asset, QStringLiteral("pets/fish"), QStringLiteral("pets"), 1, 0.9));
            QVERIFY(tags.setSmartTag(asset, QStringLiteral("imagenet/tabby"), GenericModels::ImageNet, 1, 0.75));
            QVERIFY(tags.setSmartTag(asset, QStringLiteral("imagenet/cup"), GenericModels::ImageNet, 1, 0.5));
            QVERIFY(tags.setSmartTag(asset, QStringLiteral("coco/cat"), GenericModels::Objects, 1, 0.45));
            QVERIFY(tags.setSmartTag(asset, QStringLiteral("coco/cup"), GenericModels::Objects, 1, 0.2));
            QVERIFY(tags.setSmartTag(asset, QStringLiteral("coco/dog"), GenericModels::Objects, 1, 0.35));
            QVERIFY(tags.moderate(asset, QStringLiteral("pets/fish"), TagState::Deleted));
            QVERIFY(tags.moderate(asset, QStringLiteral("coco/cup"), TagState::Promoted));
        }
    }

    void bothFormsAgree_data()
    {
        QTest::addColumn<double>("petsThreshold");
        QTest::addColumn<double>("objectThreshold");
        QTest::addColumn<QStringList>("blocked");
        QTest::addColumn<bool>("holidayOff");
        QTest::addColumn<int>("outside");   // applied rows on the asset outside the holiday folder
        QTest::addColumn<int>("inside");    // and on the one inside
        // pets/cat, imagenet/tabby, coco/cat, coco/dog and the promoted coco/cup
        QTest::newRow("defaults") << 0.7 << 0.3 << QStringList() << false << 5 << 5;
        QTest::newRow("threshold lowered") << 0.3 << 0.3 << QStringList() << false << 6 << 6;
        QTest::newRow("objects raised") << 0.7 << 0.5 << QStringList() << false << 3 << 3;
        QTest::newRow("path blocked") << 0.7 << 0.3 << QStringList{QStringLiteral("coco/dog")} << false << 4 << 4;
        // A class name blocks coco/cat, not the custom pets/cat.
        QTest::newRow("class name blocked") << 0.7 << 0.3 << QStringList{QStringLiteral("cat")} << false << 4 << 4;
        // Inside: pets/cat and the promoted coco/cup.
        QTest::newRow("folder off") << 0.7 << 0.3 << QStringList() << true << 5 << 2;
        // A promoted label stays applied even when blocked.
        QTest::newRow("both") << 0.3 << 0.3 << QStringList{QStringLiteral("tabby"), QStringLiteral("coco/cup")} << true << 5 << 3;
    }

    void bothFormsAgree()
    {
        QFETCH(double, petsThreshold);
        QFETCH(double, objectThreshold);
        QFETCH(QStringList, blocked);
        QFETCH(bool, holidayOff);
        QFETCH(int, outside);
        QFETCH(int, inside);
        QSqlDatabase db = m_catalog->connection();
        QVERIFY(ModelRepository(db).setThreshold(ModelRepository(db).findByName(QStringLiteral("pets")).value()->id, petsThreshold));
        GenericLabelRepository generic(db);
        QVERIFY(generic.setThreshold(GenericModels::Objects, objectThreshold));
        QVERIFY(generic.unblock(generic.blocked().value()));
        QVERIFY(generic.block(blocked));
        QVERIFY(FolderRepository(db).setSwitch(FolderSwitch::GenericLabels, m_holiday, holidayOff ? QStringLiteral("disable") : QStringLiteral("inherit")));

        const auto [cpp, sql] = appliedBothWays();
        QCOMPARE(sql, cpp);
        int counted[2] = {0, 0};
        for (const QString &key : cpp)
            ++counted[m_inHoliday.contains(key.section(QLatin1Char(':'), 0, 0).toLongLong()) ? 1 : 0];
        QCOMPARE(counted[0], outside);
        QCOMPARE(counted[1], inside);
    }
};

QTEST_GUILESS_MAIN(TestSmartTagRules)
#include "tst_smarttagrules.moc"
