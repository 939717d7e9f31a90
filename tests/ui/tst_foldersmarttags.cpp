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
    QString m_root;

    QString effectiveText(FolderSmartTagsDialog &dialog)
    {
        QString text;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("Smart tags are")))
                text = label->text();
        return text;
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
        QCOMPARE(Importer(catalog.value()).run({m_root}).added, 1);
    }

    void showsTheRootDefaultThenSavesDisable()
    {
        FolderSmartTagsDialog dialog(m_catalogPath, m_root + QStringLiteral("/shoots"));
        QSignalSpy loaded(&dialog, &FolderSmartTagsDialog::loaded);
        dialog.show();
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(dialog.findChildren<QRadioButton *>().first()->isChecked());   // Inherited
        QVERIFY2(effectiveText(dialog).contains(QStringLiteral("enabled")), qPrintable(effectiveText(dialog)));

        QSignalSpy saved(&dialog, &FolderSmartTagsDialog::saved);
        dialog.findChildren<QRadioButton *>().at(2)->setChecked(true);   // Disable
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        auto catalog = Catalog::open(m_catalogPath);
        QVERIFY(catalog);
        auto setting = FolderRepository(catalog.value()->connection()).smartTags(m_root + QStringLiteral("/shoots"));
        QVERIFY(setting);
        QCOMPARE(setting.value().value, QStringLiteral("disable"));
        QVERIFY(!setting.value().enabled);
    }

    void subfolderShowsWhereItInherits()
    {
        {
            auto catalog = Catalog::open(m_catalogPath);
            QVERIFY(catalog);
            QSqlDatabase db = catalog.value()->connection();
            QVERIFY(FolderRepository(db).setSmartTags(m_root + QStringLiteral("/shoots"), QStringLiteral("disable")));
        }
        FolderSmartTagsDialog dialog(m_catalogPath, m_root + QStringLiteral("/shoots/day1"));
        QSignalSpy loaded(&dialog, &FolderSmartTagsDialog::loaded);
        dialog.show();
        QTRY_COMPARE(loaded.count(), 1);
        const QString text = effectiveText(dialog);
        QVERIFY2(text.contains(QStringLiteral("disabled")) && text.contains(m_root + QStringLiteral("/shoots")), qPrintable(text));
    }
};

QTEST_MAIN(TestFolderSmartTags)
#include "tst_foldersmarttags.moc"
