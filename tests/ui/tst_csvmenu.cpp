// File > Export CSV / Import CSV over a real catalog: rows written, a file with broken rows
// applies the good ones and names each rejected one, an unreadable file is refused.
#include "catalog/catalog.h"
#include "importing/importer.h"
#include "ui/foldertreeview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

class TestCsvMenu : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuHasBothActions();
    void exportWritesEveryAsset();
    void brokenRowsAreNamedAndTheRestApplied();
    void unreadableFileIsRefused();

private:
    QList<QVariant> waitForOutcome();

    QTemporaryDir m_dir;
    QString m_catalog;
    QString m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestCsvMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(QStringLiteral("metadata/writeSidecars"), false);   // keep the copied photos alone
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("photos"));
    QDir().mkpath(m_library);
    for (const QString &name : {QStringLiteral("aloe_plant_pot.jpg"), QStringLiteral("baboon_mandrill.jpg"),
                                QStringLiteral("aerial_city_view.jpg")})
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/") + name, m_library + QLatin1Char('/') + name));
    m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    auto catalog = Catalog::open(m_catalog);
    QVERIFY2(catalog, qPrintable(catalog.error()));
    QCOMPARE(Importer(catalog.value()).run({m_library}).added, 3);
}

void TestCsvMenu::init()
{
    m_window = std::make_unique<MainWindow>(m_catalog);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->findChild<FolderTreeView *>(QStringLiteral("folderTree"))->model()->rowCount() > 0);
    m_window->selectFolder(QString());   // everything, so the export takes the whole catalog
}

void TestCsvMenu::cleanup()
{
    m_window.reset();
}

QList<QVariant> TestCsvMenu::waitForOutcome()
{
    QSignalSpy finished(m_window.get(), &MainWindow::csvFinished);
    if (!finished.wait(30000))
        return {};
    // An earlier box may still wait for its deferred delete: take the one saying this outcome.
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>(QStringLiteral("csvOutcomeBox")))
        if (box->isVisible() && box->text() == finished.first().at(1).toString()) {
            box->accept();
            return finished.first();
        }
    return {};
}

void TestCsvMenu::menuHasBothActions()
{
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("importCsvAction")));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("exportCsvAction")));
}

void TestCsvMenu::exportWritesEveryAsset()
{
    const QString file = m_dir.filePath(QStringLiteral("export.csv"));
    m_window->exportCsvFile(file);
    const QList<QVariant> outcome = waitForOutcome();
    QVERIFY(!outcome.isEmpty());
    QVERIFY2(outcome.at(0).toBool(), qPrintable(outcome.at(1).toString()));
    QVERIFY2(outcome.at(1).toString().contains(QStringLiteral("Exported 3 asset")), qPrintable(outcome.at(1).toString()));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY(text.startsWith("path,title,description,tags"));
    QVERIFY(text.contains("baboon_mandrill.jpg"));
}

void TestCsvMenu::brokenRowsAreNamedAndTheRestApplied()
{
    const QString file = m_dir.filePath(QStringLiteral("broken.csv"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    const QByteArray baboon = (m_library + QStringLiteral("/baboon_mandrill.jpg")).toUtf8();
    const QByteArray aloe = (m_library + QStringLiteral("/aloe_plant_pot.jpg")).toUtf8();
    csv.write("path,title,description,tags\r\n");
    csv.write(baboon + ",Mandrill,A baboon,animals/monkeys\r\n");
    csv.write(m_dir.filePath(QStringLiteral("nowhere.jpg")).toUtf8() + ",Gone,,x\r\n");   // not in the catalog
    csv.write(aloe + ",Aloe,,plants//pots\r\n");                                          // empty tag level
    csv.close();
    m_window->importCsvFile(file);
    const QList<QVariant> outcome = waitForOutcome();
    QVERIFY(!outcome.isEmpty());
    QCOMPARE(outcome.at(0).toBool(), false);
    QVERIFY2(outcome.at(1).toString().contains(QStringLiteral("1 of 3 rows applied")), qPrintable(outcome.at(1).toString()));
    const QStringList details = outcome.at(2).toStringList();
    QCOMPARE(details.size(), 2);
    QVERIFY2(details.at(0).startsWith(QStringLiteral("Row 3 (line 3) rejected:")), qPrintable(details.at(0)));
    QVERIFY2(details.at(0).contains(QStringLiteral("not in the catalog")), qPrintable(details.at(0)));
    QVERIFY2(details.at(1).startsWith(QStringLiteral("Row 4 (line 4) rejected:")), qPrintable(details.at(1)));

    // The good row is in the catalog.
    m_window->exportCsvFile(m_dir.filePath(QStringLiteral("after.csv")));
    QVERIFY(!waitForOutcome().isEmpty());
    QFile after(m_dir.filePath(QStringLiteral("after.csv")));
    QVERIFY(after.open(QIODevice::ReadOnly));
    const QByteArray text = after.readAll();
    QVERIFY2(text.contains("Mandrill,A baboon,animals/monkeys"), text.constData());
    QVERIFY(!text.contains("Aloe"));
}

void TestCsvMenu::unreadableFileIsRefused()
{
    m_window->importCsvFile(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/bad/random_bytes.jpg"));
    QList<QVariant> outcome = waitForOutcome();
    QVERIFY(!outcome.isEmpty());
    QCOMPARE(outcome.at(0).toBool(), false);
    QVERIFY2(outcome.at(1).toString().contains(QStringLiteral("random_bytes.jpg: ")), qPrintable(outcome.at(1).toString()));
    m_window->importCsvFile(m_dir.filePath(QStringLiteral("missing.csv")));
    outcome = waitForOutcome();
    QVERIFY(!outcome.isEmpty());
    QVERIFY2(outcome.at(1).toString().startsWith(QStringLiteral("Cannot read")), qPrintable(outcome.at(1).toString()));
}

QTEST_MAIN(TestCsvMenu)
#include "tst_csvmenu.moc"
