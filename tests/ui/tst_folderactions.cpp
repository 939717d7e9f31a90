// The folder tree's Rescan Folder and Remove from Catalog over a real catalog: a file copied
// into the folder is imported by the rescan; removal asks first, naming the number of assets,
// then takes the folder out of the tree while its files stay on disk.
#include "catalog/catalog.h"
#include "importing/importer.h"
#include "services/folderremoval.h"
#include "ui/foldertreemodel.h"
#include "ui/foldertreeview.h"
#include "ui/mainwindow.h"
#include "ui/uploadjob.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

class TestFolderActions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rescanImportsANewFile();
    void removeAsksThenTakesTheFolderOut();
    void cancelKeepsTheFolder();

private:
    FolderTreeView *tree() const { return m_window->findChild<FolderTreeView *>(QStringLiteral("folderTree")); }
    QModelIndex indexOf(const QString &path) const
    {
        return static_cast<FolderTreeModel *>(tree()->model())->indexOfPath(path);
    }
    QMessageBox *removeBox() const;

    QTemporaryDir m_dir;
    QString m_library;
    QString m_catalog;
    std::unique_ptr<MainWindow> m_window;
};

void TestFolderActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(QStringLiteral("metadata/writeSidecars"), false);
    QVERIFY(m_dir.isValid());
    m_library = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/library");
    const std::pair<const char *, const char *> files[] = {
        {"red_apple.jpg", "/fruit"}, {"aloe_plant_pot.jpg", "/fruit"}, {"baboon_mandrill.jpg", "/animals"}};
    for (const auto &[name, folder] : files) {
        QDir().mkpath(m_library + QLatin1String(folder));
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/") + QLatin1String(name),
                            m_library + QLatin1String(folder) + QLatin1Char('/') + QLatin1String(name)));
    }
    m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    auto catalog = Catalog::open(m_catalog);
    QVERIFY2(catalog, qPrintable(catalog.error()));
    QCOMPARE(Importer(catalog.value()).run({m_library}).added, 3);
}

void TestFolderActions::init()
{
    m_window = std::make_unique<MainWindow>(m_catalog);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(indexOf(m_library + QStringLiteral("/animals")).isValid());
}

void TestFolderActions::cleanup()
{
    m_window.reset();
}

QMessageBox *TestFolderActions::removeBox() const
{
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>(QStringLiteral("removeFolderBox")))
        if (box->isVisible())
            return box;
    return nullptr;
}

void TestFolderActions::rescanImportsANewFile()
{
    const QString animals = m_library + QStringLiteral("/animals");
    QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/beach_dune_grass.jpg"), animals + QStringLiteral("/dune.jpg")));
    tree()->setCurrentIndex(indexOf(animals));
    QCOMPARE(indexOf(animals).data(FolderTreeModel::RecursiveCountRole).toInt(), 1);
    QSignalSpy finished(m_window.get(), &MainWindow::uploadFinished);
    QVERIFY(tree()->rescanAction()->isEnabled());
    QCOMPARE(tree()->rescanAction()->shortcut(), QKeySequence(Qt::Key_F5));
    tree()->rescanAction()->trigger();
    QVERIFY(finished.wait(60000));
    const UploadSummary summary = finished.first().first().value<UploadSummary>();
    QCOMPARE(summary.import.added, 1);
    QCOMPARE(summary.import.unchanged, 1);
    QTRY_COMPARE(indexOf(animals).data(FolderTreeModel::RecursiveCountRole).toInt(), 2);
}

void TestFolderActions::removeAsksThenTakesTheFolderOut()
{
    const QString fruit = m_library + QStringLiteral("/fruit");
    tree()->setCurrentIndex(indexOf(fruit));
    QSignalSpy removed(tree(), &FolderTreeView::folderRemoved);
    tree()->removeAction()->trigger();
    QMessageBox *box = removeBox();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("its 2 asset")), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("No file on disk is touched")), qPrintable(box->informativeText()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->findChild<QPushButton *>(QStringLiteral("removeFolderConfirm"))->click();
    QVERIFY(removed.wait(30000));
    QCOMPARE(removed.first().first().value<FolderRemovalReport>().assets, 2);
    QTRY_VERIFY(!indexOf(fruit).isValid());
    QVERIFY(indexOf(m_library + QStringLiteral("/animals")).isValid());
    QVERIFY(QFile::exists(fruit + QStringLiteral("/red_apple.jpg")));
    QVERIFY(QFile::exists(fruit + QStringLiteral("/aloe_plant_pot.jpg")));
}

void TestFolderActions::cancelKeepsTheFolder()
{
    const QString animals = m_library + QStringLiteral("/animals");
    tree()->setCurrentIndex(indexOf(animals));
    QSignalSpy removed(tree(), &FolderTreeView::folderRemoved);
    tree()->removeAction()->trigger();
    QMessageBox *box = removeBox();
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!removeBox());
    QCOMPARE(removed.size(), 0);
    QVERIFY(indexOf(animals).isValid());
}

QTEST_MAIN(TestFolderActions)
#include "tst_folderactions.moc"
