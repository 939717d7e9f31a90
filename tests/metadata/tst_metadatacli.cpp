#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/tagrepository.h"
#include "exiftool.h"
#include "importing/importer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

namespace {
const QString Photos = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/");

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};
} // namespace

class TestMetadataCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_catalogPath;
    QString m_photo;

    CliRun cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(TAGSMITH_CLI), QStringList{QStringLiteral("--catalog"), m_catalogPath} + arguments);
        CliRun run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        if (!test::exifToolAvailable())
            QSKIP("exiftool (libimage-exiftool-perl) is not installed");
        const QString folder = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/photos");
        QVERIFY(QDir().mkpath(folder));
        m_photo = folder + QStringLiteral("/street.jpg");
        QVERIFY(QFile::copy(Photos + QStringLiteral("leuven_street.jpg"), m_photo));
        QFile::setPermissions(m_photo, QFile::ReadOwner | QFile::WriteOwner);
        m_catalogPath = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        auto catalog = Catalog::open(m_catalogPath);
        QVERIFY2(catalog, qPrintable(catalog.error()));
        QCOMPARE(Importer(catalog.value()).run({folder}).added, 1);
    }

    void writeSidecarThenPeerEditsThenRead()
    {
        for (const QString &tag : {QStringLiteral("places/Belgium/Leuven"), QStringLiteral("street")}) {
            const CliRun added = cli({QStringLiteral("tag"), QStringLiteral("add"), m_photo, tag});
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
        const CliRun written = cli({QStringLiteral("metadata"), QStringLiteral("write"), m_photo, QStringLiteral("--json")});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        const QJsonArray results = QJsonDocument::fromJson(written.out).array();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first()[QStringLiteral("written")].toString(), m_photo + QStringLiteral(".xmp"));

        const QString sidecar = m_photo + QStringLiteral(".xmp");
        QCOMPARE(test::exifToolList(test::exifToolJson(sidecar, {QStringLiteral("-XMP:all")}), QStringLiteral("HierarchicalSubject")),
                 (QStringList{QStringLiteral("places|Belgium|Leuven"), QStringLiteral("street")}));
        const QString problem = test::runExifTool({QStringLiteral("-XMP-lr:HierarchicalSubject+=from exiftool|nested"),
                                                    QStringLiteral("-XMP-dc:Subject+=nested"), sidecar});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const CliRun read = cli({QStringLiteral("metadata"), QStringLiteral("read"), m_photo, QStringLiteral("--json")});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        const QJsonObject metadata = QJsonDocument::fromJson(read.out).object();
        QCOMPARE(metadata[QStringLiteral("tags")].toArray().toVariantList(),
                 (QVariantList{QStringLiteral("places/Belgium/Leuven"), QStringLiteral("street"), QStringLiteral("from exiftool/nested")}));
        QCOMPARE(metadata[QStringLiteral("sources")].toArray().toVariantList(), QVariantList{sidecar});
    }

    void writeReportsAssetsNotInTheCatalog()
    {
        const CliRun written = cli({QStringLiteral("metadata"), QStringLiteral("write"), m_dir.filePath(QStringLiteral("elsewhere.jpg"))});
        QCOMPARE(written.exitCode, 1);
        QVERIFY2(written.err.contains(QStringLiteral("not in the catalog")), qPrintable(written.err));
    }

    void csvImportReportsRejectedRows()
    {
        const QString csvPath = m_dir.filePath(QStringLiteral("metadata.csv"));
        const CliRun exported = cli({QStringLiteral("csv"), QStringLiteral("export"), csvPath});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QByteArray text = csv.readAll();
        csv.close();
        QVERIFY2(text.contains("places/Belgium/Leuven|street"), text.constData());
        text.replace("places/Belgium/Leuven|street", "places/Belgium/Leuven|street|cobbles");
        text += m_photo.toUtf8() + ",\"unclosed\"x,,\r\n";
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write(text);
        csv.close();

        const CliRun imported = cli({QStringLiteral("csv"), QStringLiteral("import"), csvPath, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(report[QStringLiteral("applied")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("changed")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("rejected")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("errors")].toArray().first()[QStringLiteral("row")].toInt(), 3);
        QVERIFY2(imported.err.contains(QStringLiteral("row 3")), qPrintable(imported.err));

        const CliRun info = cli({QStringLiteral("info"), m_photo, QStringLiteral("--json")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QStringList tags;
        for (const QJsonValue &tag : QJsonDocument::fromJson(info.out).object()[QStringLiteral("tags")].toArray())
            tags << tag[QStringLiteral("tag")].toString();
        QCOMPARE(tags, (QStringList{QStringLiteral("cobbles"), QStringLiteral("places/Belgium/Leuven"), QStringLiteral("street")}));
    }

    void csvExportIncludesSmartTagsWhenAsked()
    {
        {
            auto catalog = Catalog::open(m_catalogPath);
            QVERIFY2(catalog, qPrintable(catalog.error()));
            const auto asset = AssetRepository(catalog.value()->connection()).findByPath(m_photo);
            QVERIFY(asset && asset.value());
            QVERIFY(TagRepository(catalog.value()->connection()).setSmartTag(asset.value()->id, QStringLiteral("wear/hats"),
                                                                            QStringLiteral("clothing"), 1, 0.99));
        }
        const QString plain = m_dir.filePath(QStringLiteral("plain.csv"));
        const QString smart = m_dir.filePath(QStringLiteral("smart.csv"));
        QCOMPARE(cli({QStringLiteral("csv"), QStringLiteral("export"), plain}).exitCode, 0);
        const CliRun run = cli({QStringLiteral("csv"), QStringLiteral("export"), smart, QStringLiteral("--include-smart")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile plainFile(plain);
        QFile smartFile(smart);
        QVERIFY(plainFile.open(QIODevice::ReadOnly) && smartFile.open(QIODevice::ReadOnly));
        QVERIFY(!plainFile.readAll().contains("wear/hats"));
        QVERIFY(smartFile.readAll().contains("wear/hats"));
        QCOMPARE(cli({QStringLiteral("csv"), QStringLiteral("export"), plain, QStringLiteral("--smart")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestMetadataCli)
#include "tst_metadatacli.moc"
