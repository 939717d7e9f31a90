#include "../testsupport/csv.h"

#include "catalog/assetrepository.h"
#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "jobs/jobrunner.h"
#include "processing/processingpipeline.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace tagsmith;
using tagsmith::test::readCsvRecords;

namespace {

const QString kDatasets = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets");

QString canonical(const QString &path) { return QFileInfo(path).canonicalFilePath(); }

// The bad files whose manifest row asks for an "unreadable/corrupt" status.
bool mustFail(const QString &expected) { return expected.contains(QStringLiteral("unreadable/corrupt")); }

// Files that are fine in truth: the importer must record them as ok.
bool mustSucceed(const QString &what, const QString &expected)
{
    return expected.contains(QStringLiteral("imported normally")) || expected.contains(QStringLiteral("import it as a normal image"))
        || expected.contains(QStringLiteral("import normally")) || expected.contains(QStringLiteral("image decodes and displays normally"))
        || what.startsWith(QStringLiteral("a valid JPEG 65 directory"));
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CatalogPtr m_catalog;

    CatalogPtr openFresh(const QString &name)
    {
        auto catalog = Catalog::open(m_dir.filePath(name));
        if (!catalog)
            qFatal("%s", qPrintable(catalog.error()));
        return catalog.value();
    }

    AssetRecord assetAt(const CatalogPtr &catalog, const QString &path)
    {
        auto found = AssetRepository(catalog->connection()).findByPath(path);
        if (!found || !found.value())
            return {};
        return *found.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalog = openFresh(QStringLiteral("datasets.sqlite"));
        const QStringList folders{kDatasets + QStringLiteral("/photos"), kDatasets + QStringLiteral("/videos"),
                                  kDatasets + QStringLiteral("/documents"), kDatasets + QStringLiteral("/bad")};
        const ImportReport report = Importer(m_catalog).run(folders);
        QVERIFY(!report.cancelled);
        QVERIFY(report.added > 150);
    }

    void photosHaveKindAndDisplaySize_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        for (const auto &row : readCsvRecords(kDatasets + QStringLiteral("/photos/manifest.csv")))
            QTest::newRow(qPrintable(row.value(QStringLiteral("file")))) << row.value(QStringLiteral("file"))
                << row.value(QStringLiteral("display_width")).toInt() << row.value(QStringLiteral("display_height")).toInt();
    }

    void photosHaveKindAndDisplaySize()
    {
        QFETCH(QString, file);
        QFETCH(int, width);
        QFETCH(int, height);
        const AssetRecord asset = assetAt(m_catalog, canonical(kDatasets + QStringLiteral("/photos/") + file));
        QVERIFY2(asset.id, "not recorded");
        QVERIFY2(asset.status == AssetStatus::Ok, qPrintable(asset.media.error));
        QCOMPARE(asset.media.kind, AssetKind::Image);
        QCOMPARE(asset.media.width, width);
        QCOMPARE(asset.media.height, height);
        QVERIFY(!asset.contentHash.isEmpty());
    }

    void videosHaveDurationAndCodec_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("duration");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        for (const auto &row : readCsvRecords(kDatasets + QStringLiteral("/videos/manifest.csv")))
            QTest::newRow(qPrintable(row.value(QStringLiteral("file")))) << row.value(QStringLiteral("file"))
                << row.value(QStringLiteral("duration_s")).toDouble() << row.value(QStringLiteral("display_width")).toInt()
                << row.value(QStringLiteral("display_height")).toInt();
    }

    void videosHaveDurationAndCodec()
    {
        QFETCH(QString, file);
        QFETCH(double, duration);
        QFETCH(int, width);
        QFETCH(int, height);
        const AssetRecord asset = assetAt(m_catalog, canonical(kDatasets + QStringLiteral("/videos/") + file));
        QVERIFY2(asset.id, "not recorded");
        QVERIFY2(asset.status == AssetStatus::Ok, qPrintable(asset.media.error));
        QCOMPARE(asset.media.kind, AssetKind::Video);
        QVERIFY2(qAbs(asset.media.durationSec - duration) < 0.25, qPrintable(QString::number(asset.media.durationSec)));
        QVERIFY(!asset.media.codec.isEmpty());
        QCOMPARE(asset.media.width, width);
        QCOMPARE(asset.media.height, height);
    }

    void documentsAreDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("password");
        for (const auto &row : readCsvRecords(kDatasets + QStringLiteral("/documents/manifest.csv")))
            QTest::newRow(qPrintable(row.value(QStringLiteral("file")))) << row.value(QStringLiteral("file"))
                << row.value(QStringLiteral("pages")).toInt() << row.value(QStringLiteral("password"));
    }

    void documentsAreDocuments()
    {
        QFETCH(QString, file);
        QFETCH(int, pages);
        QFETCH(QString, password);
        const AssetRecord asset = assetAt(m_catalog, canonical(kDatasets + QStringLiteral("/documents/") + file));
        QVERIFY2(asset.id, "not recorded");
        QCOMPARE(asset.media.kind, AssetKind::Document);
        if (!password.isEmpty()) {
            QCOMPARE(asset.status, AssetStatus::Failed);
            QVERIFY2(asset.media.error.contains(QStringLiteral("password")), qPrintable(asset.media.error));
            return;
        }
        QVERIFY2(asset.status == AssetStatus::Ok, qPrintable(asset.media.error));
        if (file.endsWith(QStringLiteral(".pdf")))
            QCOMPARE(asset.media.pages, pages);
    }

    void badFilesGetTheirBehaviour_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        for (const auto &row : readCsvRecords(kDatasets + QStringLiteral("/bad/manifest.csv")))
            QTest::newRow(qPrintable(row.value(QStringLiteral("path")).left(60).replace(QLatin1Char('\n'), QLatin1Char(' '))))
                << row.value(QStringLiteral("path")) << row.value(QStringLiteral("what")) << row.value(QStringLiteral("expected_behaviour"));
    }

    void badFilesGetTheirBehaviour()
    {
        QFETCH(QString, path);
        QFETCH(QString, what);
        QFETCH(QString, expected);
        const QString full = kDatasets + QStringLiteral("/bad/") + path;
        const AssetRecord asset = assetAt(m_catalog, QFileInfo(QFileInfo(full).absolutePath()).canonicalFilePath()
                                                         + QLatin1Char('/') + QFileInfo(full).fileName());
        QVERIFY2(asset.id, "not recorded (the path must be stored intact)");
        if (mustFail(expected) && !(path == QStringLiteral("zero_bytes.txt"))) {
            QCOMPARE(asset.status, AssetStatus::Failed);
            QVERIFY2(asset.media.error.size() > 8, qPrintable(asset.media.error));
        } else if (mustSucceed(what, expected)) {
            QVERIFY2(asset.status == AssetStatus::Ok, qPrintable(asset.media.error));
        }
        if (asset.status == AssetStatus::Failed)
            QVERIFY2(!asset.media.error.trimmed().isEmpty(), "a failed file needs a reason");
    }

    void embeddedKeywordsBecomeManualTags()
    {
        const AssetRecord asset = assetAt(m_catalog, canonical(kDatasets + QStringLiteral("/photos/leuven_street_rotated_exif_orient6_keywords.jpg")));
        QVERIFY(asset.id);
        auto tags = TagRepository(m_catalog->connection()).tagsOf(asset.id);
        QVERIFY(tags);
        QStringList manual;
        for (const AssetTag &tag : tags.value())
            if (tag.source == TagSource::Manual)
                manual << tag.tag;
        QVERIFY2(manual.join(QLatin1Char(' ')).contains(QStringLiteral("Leuven")), qPrintable(manual.join(QStringLiteral(", "))));
    }

    // Every keyword the manifest says is embedded becomes (the leaf of) a manual tag.
    void everyManifestKeywordIsImported()
    {
        int expected = 0;
        QStringList missing;
        for (const auto &row : readCsvRecords(kDatasets + QStringLiteral("/photos/manifest.csv"))) {
            const QStringList keywords = row.value(QStringLiteral("embedded_keywords")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            if (keywords.isEmpty())
                continue;
            const AssetRecord asset = assetAt(m_catalog, canonical(kDatasets + QStringLiteral("/photos/") + row.value(QStringLiteral("file"))));
            QVERIFY2(asset.id, qPrintable(row.value(QStringLiteral("file"))));
            auto tags = TagRepository(m_catalog->connection()).tagsOf(asset.id);
            QVERIFY(tags);
            QSet<QString> leaves;
            for (const AssetTag &tag : tags.value())
                if (tag.source == TagSource::Manual)
                    leaves.insert(tag.tag.section(QLatin1Char('/'), -1));
            for (const QString &keyword : keywords) {
                ++expected;
                if (!leaves.contains(keyword))
                    missing << row.value(QStringLiteral("file")) + QStringLiteral(": ") + keyword;
            }
        }
        QCOMPARE(expected, 78);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void secondRunChangesNothing()
    {
        const QStringList folders{kDatasets + QStringLiteral("/photos"), kDatasets + QStringLiteral("/videos"),
                                  kDatasets + QStringLiteral("/documents"), kDatasets + QStringLiteral("/bad")};
        const qint64 before = AssetRepository(m_catalog->connection()).count().value();
        const ImportReport report = Importer(m_catalog).run(folders);
        QCOMPARE(report.added, 0);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.missing, 0);
        QCOMPARE(AssetRepository(m_catalog->connection()).count().value(), before);
        // Keywords read again are not added twice.
        QCOMPARE(sql::scalar(m_catalog->connection(), QStringLiteral(
                     "SELECT COUNT(*) FROM (SELECT asset_id, tag_id FROM asset_tags GROUP BY asset_id, tag_id, source HAVING COUNT(*) > 1)")).toInt(), 0);
    }

    void incrementalChangesMovesAndVanishes()
    {
        QTemporaryDir root;
        const QString photos = kDatasets + QStringLiteral("/photos/");
        QVERIFY(QFile::copy(photos + QStringLiteral("red_apple.jpg"), root.filePath(QStringLiteral("apple.jpg"))));
        QVERIFY(QFile::copy(photos + QStringLiteral("cat_chelsea.png"), root.filePath(QStringLiteral("cat.png"))));
        QVERIFY(QFile::copy(photos + QStringLiteral("coffee_cup.png"), root.filePath(QStringLiteral("cup.png"))));
        CatalogPtr catalog = openFresh(QStringLiteral("incremental.sqlite"));
        const QString base = canonical(root.path());
        ImportReport first = Importer(catalog).run({root.path()});
        QCOMPARE(first.added, 3);

        TagRepository tags(catalog->connection());
        QVERIFY(tags.addManualTag(assetAt(catalog, base + QStringLiteral("/cat.png")).id, QStringLiteral("animals/cats")));
        QVERIFY(tags.addManualTag(assetAt(catalog, base + QStringLiteral("/cup.png")).id, QStringLiteral("things/cups")));
        const qint64 catId = assetAt(catalog, base + QStringLiteral("/cat.png")).id;

        // Change one, move one into a subfolder, delete one.
        {
            QFile apple(root.filePath(QStringLiteral("apple.jpg")));
            QVERIFY(apple.open(QIODevice::Append));
            apple.write("appended bytes change the content");
        }
        QFile(root.filePath(QStringLiteral("apple.jpg"))).setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
        QVERIFY(QDir(root.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(QFile::rename(root.filePath(QStringLiteral("cat.png")), root.filePath(QStringLiteral("sub/cat moved.png"))));
        QVERIFY(QFile::remove(root.filePath(QStringLiteral("cup.png"))));

        ImportReport second = Importer(catalog).run({root.path()});
        QCOMPARE(second.added, 0);
        QCOMPARE(second.updated, 2);
        QCOMPARE(second.missing, 1);

        const AssetRecord moved = assetAt(catalog, base + QStringLiteral("/sub/cat moved.png"));
        QCOMPARE(moved.id, catId);
        auto movedTags = tags.tagsOf(moved.id);
        QVERIFY(movedTags);
        QVERIFY(std::any_of(movedTags.value().cbegin(), movedTags.value().cend(),
                            [](const AssetTag &tag) { return tag.tag == QStringLiteral("animals/cats"); }));

        const AssetRecord gone = assetAt(catalog, base + QStringLiteral("/cup.png"));
        QCOMPARE(gone.status, AssetStatus::Missing);
        auto goneTags = tags.tagsOf(gone.id);
        QVERIFY(goneTags);   // never silently dropped
        QVERIFY(std::any_of(goneTags.value().cbegin(), goneTags.value().cend(),
                            [](const AssetTag &tag) { return tag.tag == QStringLiteral("things/cups"); }));

        ImportReport third = Importer(catalog).run({root.path()});
        QCOMPARE(third.added + third.updated + third.missing, 0);
    }

    // The file of a queued job vanishes before the job runs (moved, or away and back at the
    // same place): the next import that sees it again re-queues the work, and a move keeps tags.
    void jobsOfAVanishedFileRunAgainWhenItIsSeenAgain()
    {
        QTemporaryDir root;
        const QString documents = kDatasets + QStringLiteral("/documents/");
        QVERIFY(QFile::copy(documents + QStringLiteral("apt_guide_ja_utf8.txt"), root.filePath(QStringLiteral("moved.txt"))));
        QVERIFY(QFile::copy(documents + QStringLiteral("jonah_kjv.vtt"), root.filePath(QStringLiteral("away.vtt"))));
        CatalogPtr catalog = openFresh(QStringLiteral("vanished.sqlite"));
        const QString base = canonical(root.path());
        QCOMPARE(Importer(catalog).run({root.path()}).added, 2);
        const qint64 movedId = assetAt(catalog, base + QStringLiteral("/moved.txt")).id;
        const qint64 awayId = assetAt(catalog, base + QStringLiteral("/away.vtt")).id;
        QVERIFY(TagRepository(catalog->connection()).addManualTag(movedId, QStringLiteral("kept/through/rename")));

        QVERIFY(QFile::rename(root.filePath(QStringLiteral("moved.txt")), root.filePath(QStringLiteral("renamed.txt"))));
        QVERIFY(QFile::rename(root.filePath(QStringLiteral("away.vtt")), root.filePath(QStringLiteral("../away-for-now.vtt"))));
        const auto handlers = makeProcessingHandlers(catalog, m_dir.filePath(QStringLiteral("no-models")), 1);
        QVERIFY(JobRunner(catalog, handlers.handlers).runUntilIdle());
        QSqlDatabase db = catalog->connection();
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'failed'")).toInt() >= 2);

        QVERIFY(QFile::rename(root.filePath(QStringLiteral("../away-for-now.vtt")), root.filePath(QStringLiteral("away.vtt"))));
        Importer(catalog).run({root.path()});
        QCOMPARE(assetAt(catalog, base + QStringLiteral("/renamed.txt")).id, movedId);
        QCOMPARE(assetAt(catalog, base + QStringLiteral("/away.vtt")).status, AssetStatus::Ok);
        QVERIFY(JobRunner(catalog, handlers.handlers).runUntilIdle());
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE asset_id IN (?, ?)"), {movedId, awayId}).toInt(), 0);
        for (const qint64 id : {movedId, awayId})
            QVERIFY2(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM job_history WHERE asset_id = ? AND kind = 'text'"), {id}).toInt() == 1,
                     qPrintable(QString::number(id)));
        auto tags = TagRepository(db).tagsOf(movedId);
        QVERIFY(tags);
        QVERIFY(std::any_of(tags.value().cbegin(), tags.value().cend(),
                            [](const AssetTag &tag) { return tag.tag == QStringLiteral("kept/through/rename"); }));
    }

    void symlinkLoopsEndAndAreReported()
    {
        QTemporaryDir tmp;
        const QString lib = tmp.filePath(QStringLiteral("lib"));
        QVERIFY(QDir().mkpath(lib + QStringLiteral("/sub")));
        QVERIFY(QFile::copy(kDatasets + QStringLiteral("/photos/red_apple.jpg"), lib + QStringLiteral("/sub/apple.jpg")));
        QVERIFY(QFile::link(QStringLiteral(".."), lib + QStringLiteral("/sub/up")));
        QVERIFY(QFile::link(lib, lib + QStringLiteral("/sub/again")));
        QVERIFY(QFile::link(QStringLiteral("loop_b"), lib + QStringLiteral("/loop_a")));
        QVERIFY(QFile::link(QStringLiteral("loop_a"), lib + QStringLiteral("/loop_b")));
        QVERIFY(QFile::link(QStringLiteral("does-not-exist"), lib + QStringLiteral("/dangling.jpg")));
        QVERIFY(QDir().mkpath(lib + QStringLiteral("/folder_named_like_a_file.jpg")));

        CatalogPtr catalog = openFresh(QStringLiteral("symlinks.sqlite"));
        const ImportReport report = Importer(catalog).run({lib});
        QCOMPARE(report.added, 1);
        QCOMPARE(report.failed, 3);
        QHash<QString, QString> reasons;
        for (const ImportError &error : report.errors)
            reasons.insert(QFileInfo(error.path).fileName(), error.reason);
        QVERIFY2(reasons.value(QStringLiteral("loop_a")).contains(QStringLiteral("loop")), qPrintable(reasons.value(QStringLiteral("loop_a"))));
        QVERIFY2(reasons.value(QStringLiteral("dangling.jpg")).contains(QStringLiteral("broken")), qPrintable(reasons.value(QStringLiteral("dangling.jpg"))));
        auto all = AssetRepository(catalog->connection()).list();
        QVERIFY(all);
        int apples = 0;
        for (const AssetRecord &asset : all.value())
            apples += asset.name == QStringLiteral("apple.jpg") ? 1 : 0;
        QCOMPARE(apples, 1);
    }

    // Imported first through a subfolder holding `up -> ..`, then whole: the files are not
    // catalogued a second time under w/sub/up/...
    void symlinkToAnAncestorAddsNoDuplicates()
    {
        QTemporaryDir tmp;
        const QString w = tmp.filePath(QStringLiteral("w"));
        QVERIFY(QDir().mkpath(w + QStringLiteral("/sub")));
        QVERIFY(QFile::copy(kDatasets + QStringLiteral("/photos/red_apple.jpg"), w + QStringLiteral("/apple.jpg")));
        QVERIFY(QFile::copy(kDatasets + QStringLiteral("/photos/cat_chelsea.png"), w + QStringLiteral("/sub/cat.png")));
        QVERIFY(QFile::link(QStringLiteral(".."), w + QStringLiteral("/sub/up")));
        QVERIFY(QFile::link(QStringLiteral("apple.jpg"), w + QStringLiteral("/apple-again.jpg")));
        CatalogPtr catalog = openFresh(QStringLiteral("ancestor.sqlite"));
        Importer(catalog).run({w + QStringLiteral("/sub")});
        Importer(catalog).run({w + QStringLiteral("/sub/up")});
        const ImportReport whole = Importer(catalog).run({w});
        QCOMPARE(whole.failed, 0);
        auto all = AssetRepository(catalog->connection()).list();
        QVERIFY(all);
        QStringList paths;
        for (const AssetRecord &asset : all.value())
            paths << asset.path;
        QVERIFY2(paths.size() == 2, qPrintable(paths.join(QStringLiteral(", "))));
    }

    // A name that is not UTF-8 is refused with a reason, never skipped in silence.
    void nonUtf8NamesAreReported()
    {
        QTemporaryDir tmp;
        const QByteArray folder = QFile::encodeName(tmp.path());
        QFile source(kDatasets + QStringLiteral("/photos/red_apple.jpg"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        for (const QByteArray &name : {QByteArray("caf\xe9.jpg"), QByteArray("na\xefve.jpg")}) {
            FILE *file = std::fopen((folder + '/' + name).constData(), "wb");
            QVERIFY(file);
            QCOMPARE(std::fwrite(bytes.constData(), 1, size_t(bytes.size()), file), size_t(bytes.size()));
            std::fclose(file);
        }
        CatalogPtr catalog = openFresh(QStringLiteral("latin1.sqlite"));
        const ImportReport report = Importer(catalog).run({tmp.path()});
        QCOMPARE(report.added + report.failed, 2);
        QCOMPARE(report.errors.size(), report.failed);
        for (const ImportError &error : report.errors)
            QVERIFY2(error.reason.contains(QStringLiteral("UTF-8")), qPrintable(error.path + QStringLiteral(": ") + error.reason));
        // Two distinct names stay two distinct entries.
        QCOMPARE(AssetRepository(catalog->connection()).count().value(), 2);
        // QDir cannot name these files to remove them: unlink them by their bytes.
        for (const QByteArray &name : {QByteArray("caf\xe9.jpg"), QByteArray("na\xefve.jpg")})
            QCOMPARE(::unlink((folder + '/' + name).constData()), 0);
    }

    // A sidecar written by a tag edit sits beside its file: it is metadata, not an asset.
    void sidecarsAreNeverAssets()
    {
        QTemporaryDir tmp;
        QVERIFY(QFile::copy(kDatasets + QStringLiteral("/photos/red_apple.jpg"), tmp.filePath(QStringLiteral("apple.jpg"))));
        QFile sidecar(tmp.filePath(QStringLiteral("apple.jpg.xmp")));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><rdf:Description><dc:subject><rdf:Bag><rdf:li>fruit</rdf:li>"
                      "</rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>");
        sidecar.close();
        QVERIFY(QFile::copy(tmp.filePath(QStringLiteral("apple.jpg.xmp")), tmp.filePath(QStringLiteral("ORPHAN.XMP"))));
        CatalogPtr catalog = openFresh(QStringLiteral("sidecars.sqlite"));
        const ImportReport report = Importer(catalog).run({tmp.path()});
        QCOMPARE(report.added, 1);
        QCOMPARE(report.failed, 0);
        QCOMPARE(AssetRepository(catalog->connection()).count().value(), 1);
        const ImportReport named = Importer(catalog).run({tmp.filePath(QStringLiteral("apple.jpg.xmp"))});
        QCOMPARE(named.added, 0);
        QCOMPARE(named.failed, 1);
        QVERIFY2(named.errors.value(0).reason.contains(QStringLiteral("sidecar")), qPrintable(named.errors.value(0).reason));
        QCOMPARE(AssetRepository(catalog->connection()).count().value(), 1);
    }

    void unreadableFileIsReportedThenImportedAfterChmod()
    {
        QTemporaryDir tmp;
        QFile::setPermissions(tmp.path(), QFileDevice::Permissions(0x7777));
        QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("library")));
        QFile::setPermissions(tmp.filePath(QStringLiteral("library")), QFileDevice::Permissions(0x7777));
        const QString file = tmp.filePath(QStringLiteral("library/unreadable.jpg"));
        QVERIFY(QFile::copy(kDatasets + QStringLiteral("/photos/red_apple.jpg"), file));
        QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
        const QString catalogPath = tmp.filePath(QStringLiteral("catalog.sqlite"));

        // Root ignores file permissions: run the importer as "nobody" then.
        auto importAs = [&]() -> QJsonObject {
            QProcess process;
            QStringList arguments{QStringLiteral("--catalog"), catalogPath, QStringLiteral("--json"), QStringLiteral("import"), tmp.filePath(QStringLiteral("library"))};
            QString program = QStringLiteral(TAGSMITH_CLI);
            if (geteuid() == 0) {
                arguments.prepend(program);
                arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")} + arguments;
                program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            }
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.path());
            process.setProcessEnvironment(env);
            process.start(program, arguments);
            process.waitForFinished(60'000);
            return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        };
        if (geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv: permissions are not enforced");
        if (geteuid() == 0 && !QFileInfo(QStringLiteral(TAGSMITH_CLI)).isExecutable())
            QSKIP("the CLI is not reachable");

        QJsonObject first = importAs();
        if (first.isEmpty() && geteuid() == 0)
            QSKIP("the unprivileged user cannot reach the build tree");
        QCOMPARE(first.value(QStringLiteral("failed")).toInt(), 1);
        QVERIFY(QJsonDocument(first).toJson().contains("permission denied"));

        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QJsonObject second = importAs();
        QCOMPARE(second.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(second.value(QStringLiteral("failed")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
