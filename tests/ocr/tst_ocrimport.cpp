// Importing the image-only scan of the documents dataset through the real job runner: with the
// ppocrv4 pack installed its text and keywords come from OCR; without it the asset keeps the
// reason "no text layer" and nothing is indexed. The same for tagsmith-cli extract-text.
#include "catalog/catalog.h"
#include "catalog/sql.h"
#include "importing/importer.h"
#include "jobs/jobrunner.h"
#include "ml/modelinstaller.h"
#include "processing/processingpipeline.h"
#include "processing/textjob.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

namespace {

const QString kScan = QStringLiteral("debian_history_en_scanned_image_only.pdf");

} // namespace

class TestOcrImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannedPdfIsIndexed_data();
    void scannedPdfIsIndexed();
    void cliExtractTextUsesOcr_data();
    void cliExtractTextUsesOcr();

private:
    QTemporaryDir m_models;
};

void TestOcrImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_models.isValid());
    const QStringList only{QStringLiteral("ppocrv4")};
    const ml::ModelInstallReport installed = ml::ModelInstaller::install(QStringLiteral(TAGSMITH_SHARED_DIR "/models"), m_models.path(), only);
    QVERIFY2(installed.failed.isEmpty(), qPrintable(installed.failed.value(0).reason));
}

void TestOcrImport::scannedPdfIsIndexed_data()
{
    QTest::addColumn<bool>("packInstalled");
    QTest::newRow("ppocrv4 installed") << true;
    QTest::newRow("no OCR pack") << false;
}

void TestOcrImport::scannedPdfIsIndexed()
{
    QFETCH(bool, packInstalled);
    QTemporaryDir dir;
    QTemporaryDir noModels;
    QVERIFY(dir.isValid() && noModels.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("library"))));
    QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/documents/") + kScan, dir.filePath(QStringLiteral("library/") + kScan)));
    auto catalog = Catalog::open(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY2(catalog, qPrintable(catalog.error()));
    const ImportReport report = Importer(catalog.value()).run({dir.filePath(QStringLiteral("library"))});
    QCOMPARE(report.added, 1);

    const ProcessingHandlers handlers = makeProcessingHandlers(catalog.value(), packInstalled ? m_models.path() : noModels.path());
    JobRunner runner(catalog.value(), handlers.handlers);
    const Status ran = runner.runUntilIdle();
    QVERIFY2(ran, qPrintable(ran.error()));

    const QSqlDatabase db = catalog.value()->connection();
    const QString text = sql::scalar(db, QStringLiteral("SELECT text FROM asset_text"), {}, QString()).toString();
    const QString reason = sql::scalar(db, QStringLiteral("SELECT error FROM assets"), {}, QString()).toString();
    const int keywordTags = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM asset_tags WHERE model = ?"), {TextJob::ModelName}, 0).toInt();
    if (packInstalled) {
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
        QVERIFY2(text.toLower().contains(QStringLiteral("ian murdock")), qPrintable(text));
        QVERIFY(keywordTags > 0);
        const int debianTag = sql::scalar(db, QStringLiteral(
            "SELECT COUNT(*) FROM asset_tags JOIN tags ON tags.id = asset_tags.tag_id WHERE tags.path = 'keywords/debian'"), {}, 0).toInt();
        QCOMPARE(debianTag, 1);
    } else {
        QCOMPARE(reason, QStringLiteral("no text layer"));
        QVERIFY(text.isEmpty());
        QCOMPARE(keywordTags, 0);
    }
}

void TestOcrImport::cliExtractTextUsesOcr_data() { scannedPdfIsIndexed_data(); }

void TestOcrImport::cliExtractTextUsesOcr()
{
    QFETCH(bool, packInstalled);
    QTemporaryDir noModels;
    QProcess cli;
    cli.start(QStringLiteral(TAGSMITH_CLI), {QStringLiteral("--models"), packInstalled ? m_models.path() : noModels.path(),
                                             QStringLiteral("--json"), QStringLiteral("extract-text"),
                                             QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/documents/") + kScan});
    QVERIFY(cli.waitForFinished(300'000));
    QCOMPARE(cli.exitCode(), packInstalled ? 0 : 1);
    const QJsonObject result = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QJsonObject ocr = result[QStringLiteral("ocr")].toObject();
    QCOMPARE(ocr[QStringLiteral("used")].toBool(), packInstalled);
    if (packInstalled) {
        QCOMPARE(ocr[QStringLiteral("pages")].toInt(), 3);
        QVERIFY(ocr[QStringLiteral("pagesPerSecond")].toDouble() > 0);
        QStringList keywords;
        for (const QJsonValue &keyword : result[QStringLiteral("keywords")].toArray())
            keywords << keyword[QStringLiteral("keyword")].toString();
        QVERIFY2(keywords.contains(QStringLiteral("debian")), qPrintable(keywords.join(QLatin1Char(','))));
    } else {
        QCOMPARE(result[QStringLiteral("error")].toString(), QStringLiteral("no text layer"));
        QVERIFY(ocr[QStringLiteral("reason")].toString().startsWith(QStringLiteral("OCR is off")));
    }
}

QTEST_GUILESS_MAIN(TestOcrImport)
#include "tst_ocrimport.moc"
