#include "catalog/catalog.h"
#include "catalog/folderrepository.h"
#include "ui/foldersmarttagsdialog.h"
#include "importing/importer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

// The folder property dialog: shows the effective value and where it comes from, and saves
// the user's choice (reads and writes on a worker thread).
class TestFolderSmartTags : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_catalogPath;
    CatalogPtr m_catalog;   // the app's one catalog, injected into the dialog
    QString m_root;

    static FolderSwitchSetting setting(const QString &catalogPath, FolderSwitch which, const QString &folder)
    {
        auto catalog = Catalog::open(catalogPath);
        if (!catalog)
            return {};
        auto read = FolderRepository(catalog.value()->connection()).switchSetting(which, folder);
        return read ? read.value() : FolderSwitchSetting{};
    }

private slots:
    void initTestCase()
    {
        m_root = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/library");
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/shoots/day1")));
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/red_apple.jpg"), m_root + QStringLiteral("/shoots/day1/apple.jpg")));
        m_catalogPath = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        auto catalog = Catalog::open(m_catalogPath);
        QVERIFY(catalog);
        m_catalog = catalog.value();
        QCOMPARE(Importer(m_catalog).run({m_root}).added, 1);
    }

    void showsTheRootDefaultThenSavesDisable()
    {
        FolderSmartTagsDialog dialog(m_catalog, m_root + QStringLiteral("/shoots"));
        QSignalSpy loaded(&dialog, &FolderSmartTagsDialog::loaded);
        dialog.show();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(dialog.findChildren<QRadioButton *>().size(), 9);   // three switches of three choices
        for (const FolderSwitch which : FolderSmartTagsDialog::Switches) {
            QVERIFY(dialog.button(which, QStringLiteral("inherit"))->isChecked());
            QVERIFY2(dialog.effectiveText(which).contains(QStringLiteral("enabled here: the default of the root")),
                     qPrintable(dialog.effectiveText(which)));
        }
        QVERIFY(dialog.effectiveText(FolderSwitch::VideoTags).startsWith(QStringLiteral("Video tags")));
        if (const QString dir = qEnvironmentVariable("TAGSMITH_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/folder-switches.png"));
        QVERIFY(dialog.effectiveText(FolderSwitch::GenericLabels).startsWith(QStringLiteral("Generic labels")));

        QSignalSpy saved(&dialog, &FolderSmartTagsDialog::saved);
        QTest::mouseClick(dialog.button(FolderSwitch::SmartTags, QStringLiteral("disable")), Qt::LeftButton);
        QTest::mouseClick(dialog.button(FolderSwitch::GenericLabels, QStringLiteral("enable")), Qt::LeftButton);
        QCOMPARE(dialog.chosenValue(FolderSwitch::SmartTags), QStringLiteral("disable"));
        QCOMPARE(dialog.chosenValue(FolderSwitch::VideoTags), QStringLiteral("inherit"));   // one group does not move another
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        const QString shoots = m_root + QStringLiteral("/shoots");
        const FolderSwitchSetting smart = setting(m_catalogPath, FolderSwitch::SmartTags, shoots);
        QCOMPARE(smart.value, QStringLiteral("disable"));
        QVERIFY(!smart.enabled);
        QCOMPARE(setting(m_catalogPath, FolderSwitch::VideoTags, shoots).value, QStringLiteral("inherit"));
        QCOMPARE(setting(m_catalogPath, FolderSwitch::GenericLabels, shoots).value, QStringLiteral("enable"));
    }

    void videoTagsSwitchIsSavedOnItsOwn()
    {
        const QString day1 = m_root + QStringLiteral("/shoots/day1");
        FolderSmartTagsDialog dialog(m_catalog, day1);
        QSignalSpy loaded(&dialog, &FolderSmartTagsDialog::loaded);
        dialog.show();
        QTRY_COMPARE(loaded.count(), 1);
        QSignalSpy saved(&dialog, &FolderSmartTagsDialog::saved);
        QTest::mouseClick(dialog.button(FolderSwitch::VideoTags, QStringLiteral("disable")), Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(setting(m_catalogPath, FolderSwitch::VideoTags, day1).value, QStringLiteral("disable"));
        QCOMPARE(setting(m_catalogPath, FolderSwitch::SmartTags, day1).value, QStringLiteral("inherit"));

        // Opened again, the dialog shows what was saved.
        FolderSmartTagsDialog again(m_catalog, day1);
        QSignalSpy loadedAgain(&again, &FolderSmartTagsDialog::loaded);
        QTRY_COMPARE(loadedAgain.count(), 1);
        QVERIFY(again.button(FolderSwitch::VideoTags, QStringLiteral("disable"))->isChecked());
        QVERIFY2(again.effectiveText(FolderSwitch::VideoTags).contains(QStringLiteral("set on this folder")),
                 qPrintable(again.effectiveText(FolderSwitch::VideoTags)));
        {
            // Reset for the next test function.
            auto catalog = Catalog::open(m_catalogPath);
            QVERIFY(catalog);
            QVERIFY(FolderRepository(catalog.value()->connection()).setSwitch(FolderSwitch::VideoTags, day1, QStringLiteral("inherit")));
        }
    }

    void subfolderShowsWhereItInherits()
    {
        {
            auto catalog = Catalog::open(m_catalogPath);
            QVERIFY(catalog);
            QSqlDatabase db = catalog.value()->connection();
            QVERIFY(FolderRepository(db).setSmartTags(m_root + QStringLiteral("/shoots"), QStringLiteral("disable")));
        }
        FolderSmartTagsDialog dialog(m_catalog, m_root + QStringLiteral("/shoots/day1"));
        QSignalSpy loaded(&dialog, &FolderSmartTagsDialog::loaded);
        dialog.show();
        QTRY_COMPARE(loaded.count(), 1);
        const QString text = dialog.effectiveText(FolderSwitch::SmartTags);
        QVERIFY2(text.contains(QStringLiteral("disabled")) && text.contains(m_root + QStringLiteral("/shoots")), qPrintable(text));
        QVERIFY(dialog.button(FolderSwitch::SmartTags, QStringLiteral("inherit"))->isChecked());
    }
};

QTEST_MAIN(TestFolderSmartTags)
#include "tst_foldersmarttags.moc"
