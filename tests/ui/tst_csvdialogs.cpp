// The CSV import and export dialogs over a real catalog: the preview lists each row with what
// it will do or why it is rejected, Import applies the valid rows, a file that is no metadata
// CSV writes nothing; the export preview counts exactly the rows the file gets. Both dialogs
// are also walked by keyboard alone.
#include "catalog/catalog.h"
#include "importing/importer.h"
#include "metadata/catalogio/csvcatalogtransfer.h"
#include "ui/desktop/csvexportdialog.h"
#include "ui/desktop/csvimportdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

class TestCsvDialogs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewListsRowErrorsAndImportAppliesTheRest();
    void unusableFilesWriteNothing_data();
    void unusableFilesWriteNothing();
    void exportOfTheSelectionWritesThePreviewedCount();
    void exportScopesAndSmartTagsOption();
    void importByKeyboardAlone();
    void exportByKeyboardAlone();

private:
    QString writeCsv(const QString &name, const QByteArray &body);
    QString titleOf(const QString &path);
    static QString statusOf(const CsvImportDialog &dialog, int row) { return dialog.table()->item(row, CsvImportDialog::StatusColumn)->text(); }
    // Tab until `target` has the focus; false when it is not in the tab chain.
    static bool tabTo(QWidget *window, QWidget *target);

    QTemporaryDir m_dir;
    QString m_library;
    CatalogPtr m_catalog;
};

void TestCsvDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_library = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/photos");
    for (const QString &name : {QStringLiteral("aloe_plant_pot.jpg"), QStringLiteral("baboon_mandrill.jpg"),
                                QStringLiteral("aerial_city_view.jpg"), QStringLiteral("red_apple.jpg")}) {
        const QString folder = m_library + (name.startsWith(u'a') ? QStringLiteral("/a") : QStringLiteral("/other"));
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/") + name, folder + QLatin1Char('/') + name));
    }
    auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY2(catalog, qPrintable(catalog.error()));
    m_catalog = catalog.value();
    QCOMPARE(Importer(m_catalog).run({m_library}).added, 4);
}

QString TestCsvDialogs::writeCsv(const QString &name, const QByteArray &body)
{
    const QString file = m_dir.filePath(name);
    QFile csv(file);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(body) != body.size())
        qFatal("cannot write %s", qPrintable(file));
    return file;
}

QString TestCsvDialogs::titleOf(const QString &path)
{
    const auto rows = CsvCatalogTransfer(m_catalog->connection()).exportRows({path});
    return rows && rows->size() == 1 ? rows->first().title : QStringLiteral("<no row>");
}

bool TestCsvDialogs::tabTo(QWidget *window, QWidget *target)
{
    for (int i = 0; i < 20 && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

void TestCsvDialogs::previewListsRowErrorsAndImportAppliesTheRest()
{
    const QByteArray baboon = (m_library + QStringLiteral("/other/baboon_mandrill.jpg")).toUtf8();
    const QByteArray aloe = (m_library + QStringLiteral("/a/aloe_plant_pot.jpg")).toUtf8();
    const QByteArray apple = (m_library + QStringLiteral("/other/red_apple.jpg")).toUtf8();
    const QString file = writeCsv(QStringLiteral("broken.csv"),
                                  "path,title,description,tags\r\n"
                                  + baboon + ",Mandrill,A baboon,animals/monkeys|red\r\n"
                                  + m_dir.filePath(QStringLiteral("nowhere.jpg")).toUtf8() + ",Gone,,x\r\n"
                                  + aloe + ",Aloe,,plants//pots\r\n"
                                  + apple + ",Apple\r\n"
                                  + "\"" + apple + ",Open quote,,\r\n");
    CsvImportDialog dialog(m_catalog);
    dialog.show();
    QSignalSpy shown(&dialog, &CsvImportDialog::previewShown);
    dialog.setFile(file);
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.first().first().toBool(), true);
    QCOMPARE(dialog.table()->rowCount(), 5);
    QCOMPARE(statusOf(dialog, 0), QStringLiteral("will apply"));
    QCOMPARE(dialog.table()->item(0, CsvImportDialog::TagsColumn)->text(), QStringLiteral("animals/monkeys | red"));
    QCOMPARE(statusOf(dialog, 1), QStringLiteral("unknown asset: not in the catalog"));
    QVERIFY2(statusOf(dialog, 2).startsWith(QStringLiteral("malformed row 4: ")), qPrintable(statusOf(dialog, 2)));
    QVERIFY2(statusOf(dialog, 2).contains(QStringLiteral("empty level")), qPrintable(statusOf(dialog, 2)));
    QVERIFY2(statusOf(dialog, 3).contains(QStringLiteral("expected 4 columns")), qPrintable(statusOf(dialog, 3)));
    QVERIFY2(statusOf(dialog, 4).startsWith(QStringLiteral("malformed row 6: ")), qPrintable(statusOf(dialog, 4)));
    QVERIFY2(dialog.summary().contains(QStringLiteral("broken.csv: 1 row(s) will be applied, 4 rejected (listed with their row and line).")), qPrintable(dialog.summary()));
    QCOMPARE(titleOf(QString::fromUtf8(baboon)), QString());   // the preview wrote nothing

    QVERIFY(dialog.importButton()->isEnabled());
    QSignalSpy imported(&dialog, &CsvImportDialog::importFinished);
    dialog.importButton()->click();
    QVERIFY(imported.wait(20000));
    QCOMPARE(imported.first().first().toBool(), true);
    QVERIFY2(dialog.summary().startsWith(QStringLiteral("1 of 5 rows applied (1 changed), 4 rejected")), qPrintable(dialog.summary()));
    QCOMPARE(statusOf(dialog, 0), QStringLiteral("applied"));
    QCOMPARE(statusOf(dialog, 1), QStringLiteral("unknown asset: not in the catalog"));
    QCOMPARE(titleOf(QString::fromUtf8(baboon)), QStringLiteral("Mandrill"));
    QCOMPARE(titleOf(QString::fromUtf8(aloe)), QString());
}

void TestCsvDialogs::unusableFilesWriteNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("missing.csv")) << QStringLiteral("Cannot read");
    QTest::newRow("binary") << QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/bad/random_bytes.jpg") << QStringLiteral("not UTF-8 text");
    QTest::newRow("empty") << writeCsv(QStringLiteral("empty.csv"), {}) << QStringLiteral("the CSV file is empty");
    QTest::newRow("wrong header") << writeCsv(QStringLiteral("header.csv"), "file,name\r\n/x.jpg,X\r\n")
                                  << QStringLiteral("the first row must be the header path,title,description,tags");
    QTest::newRow("folder") << m_dir.path() << QStringLiteral("is a folder");
}

void TestCsvDialogs::unusableFilesWriteNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    CsvImportDialog dialog(m_catalog);
    QSignalSpy shown(&dialog, &CsvImportDialog::previewShown);
    dialog.setFile(file);
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.first().first().toBool(), false);
    QVERIFY2(dialog.summary().startsWith(QStringLiteral("This file cannot be imported: ")), qPrintable(dialog.summary()));
    QVERIFY2(dialog.summary().contains(reason), qPrintable(dialog.summary()));
    QVERIFY2(dialog.summary().endsWith(QStringLiteral("Nothing will be written.")), qPrintable(dialog.summary()));
    QCOMPARE(dialog.table()->rowCount(), 0);
    QVERIFY(!dialog.importButton()->isEnabled());
}

void TestCsvDialogs::exportOfTheSelectionWritesThePreviewedCount()
{
    const QStringList selected{m_library + QStringLiteral("/a/aloe_plant_pot.jpg"), m_library + QStringLiteral("/other/red_apple.jpg")};
    CsvExportDialog dialog(m_catalog, selected, m_library + QStringLiteral("/a"));
    QSignalSpy shown(&dialog, &CsvExportDialog::previewShown);
    QVERIFY(shown.wait(20000));
    QCOMPARE(dialog.scope(), CsvExportDialog::Scope::Selection);
    QCOMPARE(dialog.previewRows(), 2);
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(0, 0)->text(), selected.at(0));

    const QString file = m_dir.filePath(QStringLiteral("selection.csv"));
    dialog.setFile(file);
    QSignalSpy exported(&dialog, &CsvExportDialog::exported);
    dialog.exportButton()->click();
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(0).toBool(), true);
    QCOMPARE(exported.first().at(1).toInt(), dialog.previewRows());
    QVERIFY2(dialog.summary().startsWith(QStringLiteral("Exported 2 asset")), qPrintable(dialog.summary()));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QCOMPARE(text.count("\r\n"), 3);   // header and the two rows
    QVERIFY(text.contains("red_apple.jpg") && !text.contains("baboon"));

    // A folder that cannot be written is said, not ignored.
    dialog.setFile(m_dir.filePath(QStringLiteral("no/such/folder/out.csv")));
    exported.clear();
    dialog.exportButton()->click();
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(0).toBool(), false);
    QVERIFY2(dialog.summary().startsWith(QStringLiteral("Nothing was written: Cannot write")), qPrintable(dialog.summary()));
}

void TestCsvDialogs::exportScopesAndSmartTagsOption()
{
    CsvExportDialog dialog(m_catalog, {}, m_library + QStringLiteral("/a"));
    QSignalSpy shown(&dialog, &CsvExportDialog::previewShown);
    QVERIFY(shown.wait(20000));
    QVERIFY(!dialog.scopeButton(CsvExportDialog::Scope::Selection)->isEnabled());
    QCOMPARE(dialog.scope(), CsvExportDialog::Scope::Folder);
    QCOMPARE(dialog.previewRows(), 2);
    dialog.setScope(CsvExportDialog::Scope::Catalog);
    QTRY_COMPARE(dialog.previewRows(), 4);
    dialog.setIncludeSmart(true);   // no model ran: the same rows, but asked for on the worker again
    QVERIFY(shown.wait(20000));
    QCOMPARE(dialog.previewRows(), 4);
}

void TestCsvDialogs::importByKeyboardAlone()
{
    const QByteArray apple = (m_library + QStringLiteral("/other/red_apple.jpg")).toUtf8();
    const QString file = writeCsv(QStringLiteral("keyboard.csv"), "path,title,description,tags\r\n" + apple + ",Typed apple,,fruit\r\n");
    CsvImportDialog dialog(m_catalog);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.fileEdit());   // first in the tab order
    QSignalSpy shown(&dialog, &CsvImportDialog::previewShown);
    QTest::keyClicks(dialog.fileEdit(), file);
    QTest::keyClick(dialog.fileEdit(), Qt::Key_Return);
    QVERIFY(shown.wait(20000));
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(tabTo(&dialog, dialog.importButton()));
    QSignalSpy imported(&dialog, &CsvImportDialog::importFinished);
    QTest::keyClick(dialog.importButton(), Qt::Key_Space);
    QVERIFY(imported.wait(20000));
    QCOMPARE(titleOf(QString::fromUtf8(apple)), QStringLiteral("Typed apple"));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
}

void TestCsvDialogs::exportByKeyboardAlone()
{
    CsvExportDialog dialog(m_catalog, {m_library + QStringLiteral("/a/aloe_plant_pot.jpg")}, m_library + QStringLiteral("/a"));
    QSignalSpy shown(&dialog, &CsvExportDialog::previewShown);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_COMPARE(dialog.previewRows(), 1);
    // The scope by arrow keys, as in any radio group: Down twice goes to the whole catalog.
    QVERIFY(tabTo(&dialog, dialog.scopeButton(CsvExportDialog::Scope::Selection)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(dialog.scope(), CsvExportDialog::Scope::Catalog);
    QTRY_COMPARE(dialog.previewRows(), 4);
    QVERIFY(tabTo(&dialog, dialog.includeSmartBox()));
    QTest::keyClick(dialog.includeSmartBox(), Qt::Key_Space);
    QVERIFY(dialog.includeSmartBox()->isChecked());
    QVERIFY(tabTo(&dialog, dialog.fileEdit()));
    const QString file = m_dir.filePath(QStringLiteral("keyboard-export.csv"));
    QTest::keyClicks(dialog.fileEdit(), file);
    QVERIFY(tabTo(&dialog, dialog.exportButton()));
    QSignalSpy exported(&dialog, &CsvExportDialog::exported);
    QTest::keyClick(dialog.exportButton(), Qt::Key_Space);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(1).toInt(), 4);
    QVERIFY(QFile::exists(file));
}

QTEST_MAIN(TestCsvDialogs)
#include "tst_csvdialogs.moc"
