#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "metadata/catalogio/csvcatalogtransfer.h"
#include "metadata/catalogio/sidecartags.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

namespace {
const QString Photos = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/");
} // namespace

class TestCsvCatalogTransfer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CatalogPtr m_catalog;
    QString m_root;
    QString m_quoted;   // a file name with a comma and quotes
    QString m_plain;
    QString m_nested;

    qint64 idOf(const QString &path) { return AssetRepository(m_catalog->connection()).findByPath(path).value()->id; }
    AssetRecord asset(const QString &path) { return *AssetRepository(m_catalog->connection()).findByPath(path).value(); }
    QStringList sidecarTags(const QString &path) { return SidecarTags::forAsset(m_catalog->connection(), path, false).value(); }

private slots:
    void initTestCase()
    {
        m_root = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/photos");
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/trip")));
        m_quoted = m_root + QStringLiteral("/street, \"Leuven\".jpg");
        m_plain = m_root + QStringLiteral("/cat.png");
        m_nested = m_root + QStringLiteral("/trip/canyon.jpg");
        QVERIFY(QFile::copy(Photos + QStringLiteral("leuven_street.jpg"), m_quoted));
        QVERIFY(QFile::copy(Photos + QStringLiteral("cat_chelsea.png"), m_plain));
        QVERIFY(QFile::copy(Photos + QStringLiteral("kpa_grand_canyon_3.jpg"), m_nested));
        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog.error()));
        m_catalog = catalog.value();
        const ImportReport report = Importer(m_catalog).run({m_root});
        QCOMPARE(report.added, 3);
        // The import read these photos' embedded keywords as manual tags; this test starts from
        // a known tag set, so it sets its own.
        QVERIFY(sql::exec(m_catalog->connection(), QStringLiteral("DELETE FROM asset_tags")));

        TagRepository tags(m_catalog->connection());
        QVERIFY(tags.addManualTag(idOf(m_quoted), QStringLiteral("places/Belgium/Leuven")));
        QVERIFY(tags.addManualTag(idOf(m_quoted), QStringLiteral("street")));
        QVERIFY(tags.setSmartTag(idOf(m_nested), QStringLiteral("landscape"), QStringLiteral("scenes"), 1, 0.9));
        QVERIFY(tags.moderate(idOf(m_nested), QStringLiteral("landscape"), TagState::Promoted));
        QVERIFY(tags.setSmartTag(idOf(m_nested), QStringLiteral("desert"), QStringLiteral("scenes"), 1, 0.95));
    }

    void sidecarTagsAreManualAndPromoted()
    {
        QCOMPARE(sidecarTags(m_quoted), (QStringList{QStringLiteral("places/Belgium/Leuven"), QStringLiteral("street")}));
        QCOMPARE(sidecarTags(m_nested), QStringList{QStringLiteral("landscape")});
        // Smart tags only on request, and only at or above the model's threshold (0.7 by default).
        QCOMPARE(SidecarTags::forAsset(m_catalog->connection(), m_nested, true).value(),
                 (QStringList{QStringLiteral("desert"), QStringLiteral("landscape")}));
        QVERIFY(!SidecarTags::forAsset(m_catalog->connection(), m_root + QStringLiteral("/nope.jpg"), false).ok());
    }

    void exportsAFolderRecursively()
    {
        CsvCatalogTransfer transfer(m_catalog->connection());
        const auto all = transfer.exportRows({});
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 3);
        const auto trip = transfer.exportRows({m_root + QStringLiteral("/trip")});
        QVERIFY2(trip.ok(), qPrintable(trip.error()));
        QCOMPARE(trip->size(), 1);
        QCOMPARE(trip->first().path, m_nested);
        QCOMPARE(trip->first().tags, QStringList{QStringLiteral("landscape")});
        QVERIFY(!transfer.exportRows({m_root + QStringLiteral("/not-imported.jpg")}).ok());
    }

    void exportEditImportRoundTrip()
    {
        CsvCatalogTransfer transfer(m_catalog->connection());
        const auto exported = transfer.exportCsv({m_root});
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        auto parsed = CsvMetadata::parse(exported.value());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->rows.size(), 3);

        // Edit as a user would in a spreadsheet.
        QList<MetadataRow> rows;
        for (const CsvMetadataRow &row : std::as_const(parsed->rows))
            rows << row.metadata;
        for (MetadataRow &row : rows) {
            if (row.path == m_quoted) {
                row.title = QStringLiteral("Leuven, \"old town\"");
                row.description = QStringLiteral("Cobbles\nand brick");
                row.tags = QStringList{QStringLiteral("places/Belgium/Leuven"), QStringLiteral("architecture/brick")};   // "street" dropped
            } else if (row.path == m_nested) {
                row.tags = QStringList{QStringLiteral("trips/2019")};   // the promoted "landscape" dropped
            }
        }
        QByteArray csv = CsvMetadata::write(rows);
        // Three rejected rows: a malformed quote, an unknown path and an empty tag level.
        csv += "\"" + m_plain.toUtf8() + "\",\"Cat\"s,,pets\r\n";
        csv += "\"" + m_root.toUtf8() + "/unknown.jpg\",Ghost,,ghosts\r\n";
        csv += m_plain.toUtf8() + ",Cat,,animals//cats\r\n";

        const auto report = transfer.importCsv(csv);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->rows, 6);
        QCOMPARE(report->applied, 3);
        QCOMPARE(report->changed, 2);
        QCOMPARE(report->errors.size(), 3);
        // Row 3 spans two lines (its description holds a line break), so rows and lines differ.
        QCOMPARE(report->errors.at(0).row, 5);
        QCOMPARE(report->errors.at(0).line, 6);
        QVERIFY2(report->errors.at(0).message.contains(QStringLiteral("after a closing quote")), qPrintable(report->errors.at(0).message));
        QCOMPARE(report->errors.at(1).row, 6);
        QVERIFY2(report->errors.at(1).message.contains(QStringLiteral("not in the catalog")), qPrintable(report->errors.at(1).message));
        QCOMPARE(report->errors.at(2).row, 7);
        QVERIFY2(report->errors.at(2).message.contains(QStringLiteral("empty level")), qPrintable(report->errors.at(2).message));

        const AssetRecord quoted = asset(m_quoted);
        QCOMPARE(quoted.title, QStringLiteral("Leuven, \"old town\""));
        QCOMPARE(quoted.description, QStringLiteral("Cobbles\nand brick"));
        QCOMPARE(sidecarTags(m_quoted), (QStringList{QStringLiteral("architecture/brick"), QStringLiteral("places/Belgium/Leuven")}));
        QCOMPARE(sidecarTags(m_nested), QStringList{QStringLiteral("trips/2019")});
        // The dropped promoted tag is deleted, so re-tagging never brings it back.
        const auto nestedTags = TagRepository(m_catalog->connection()).tagsOf(idOf(m_nested)).value();
        const auto landscape = std::find_if(nestedTags.begin(), nestedTags.end(), [](const AssetTag &t) { return t.tag == QLatin1String("landscape"); });
        QVERIFY(landscape != nestedTags.end());
        QCOMPARE(landscape->state, TagState::Deleted);
        // The rejected rows changed nothing.
        QCOMPARE(asset(m_plain).title, QString());
        QCOMPARE(sidecarTags(m_plain), QStringList());
        QVERIFY(!TagRepository(m_catalog->connection()).allTagPaths().value().contains(QStringLiteral("ghosts")));

        // Importing the same file again changes nothing more.
        const auto again = transfer.importCsv(csv);
        QVERIFY(again.ok());
        QCOMPARE(again->changed, 0);
        QCOMPARE(again->errors.size(), 3);
    }

    void unusableFileChangesNothing()
    {
        CsvCatalogTransfer transfer(m_catalog->connection());
        const auto before = transfer.exportCsv({});
        const auto report = transfer.importCsv("title,path\r\n" + m_plain.toUtf8() + ",x\r\n");
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(QStringLiteral("header")), qPrintable(report.error()));
        QCOMPARE(transfer.exportCsv({}).value(), before.value());
    }
};

QTEST_GUILESS_MAIN(TestCsvCatalogTransfer)
#include "tst_csvcatalogtransfer.moc"
