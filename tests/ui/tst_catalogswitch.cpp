// File > New / Open / Open Recent over real catalog files: a catalog that opens replaces the
// window's catalog through the WindowHost; one that cannot be opened leaves the current one open.
#include "catalog/catalog.h"
#include "importing/importer.h"
#include "ui/desktop/catalogcheck.h"
#include "ui/desktop/recentcatalogs.h"
#include "ui/desktop/windowhost.h"
#include "ui/foldertreemodel.h"
#include "ui/foldertreeview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

namespace {

const QString kDatasets = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets");

// The label of the tree's first root ("photos (3)") shows which catalog the window browses.
QString firstRootLabel(MainWindow *window)
{
    auto *tree = window->findChild<FolderTreeView *>(QStringLiteral("folderTree"));
    return tree && tree->model()->rowCount() > 0 ? tree->model()->index(0, 0).data().toString() : QString();
}

} // namespace

class TestCatalogSwitch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartIsSizedToTheScreen();
    void firstStartSizeOnFullHd();
    void openRecentSwitchesCatalog();
    void newCatalogStartsEmpty();
    void newCatalogRefusesAnExistingFile();
    void unopenableCatalogKeepsTheCurrentOne_data();
    void unopenableCatalogKeepsTheCurrentOne();
    void recentListKeepsTheLastEight();

private:
    QString catalogWith(const QString &name, const QString &folder);

    QTemporaryDir m_dir;
    QString m_photos;
    QString m_videos;
    std::unique_ptr<WindowHost> m_host;
};

QString TestCatalogSwitch::catalogWith(const QString &name, const QString &folder)
{
    const QString path = m_dir.filePath(name);
    const QString library = m_dir.filePath(folder);
    QDir().mkpath(library);
    const QStringList files = QDir(kDatasets + QLatin1Char('/') + folder).entryList({QStringLiteral("*.jpg"), QStringLiteral("*.mp4")},
                                                                                   QDir::Files, QDir::Name);
    for (const QString &file : files.mid(0, 3))
        QFile::copy(kDatasets + QLatin1Char('/') + folder + QLatin1Char('/') + file, library + QLatin1Char('/') + file);
    auto catalog = Catalog::open(path);
    if (!catalog)
        qFatal("%s", qPrintable(catalog.error()));
    Importer(catalog.value()).run({library});
    return path;
}

void TestCatalogSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_photos = catalogWith(QStringLiteral("photos.sqlite"), QStringLiteral("photos"));
    m_videos = catalogWith(QStringLiteral("videos.sqlite"), QStringLiteral("videos"));
}

void TestCatalogSwitch::init()
{
    QSettings().remove(RecentCatalogs::settingsKey());
    m_host = std::make_unique<WindowHost>(m_photos);
    m_host->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host->window()));
    QTRY_COMPARE(firstRootLabel(m_host->window()), QStringLiteral("photos (3)"));
}

void TestCatalogSwitch::cleanup()
{
    m_host.reset();
}

void TestCatalogSwitch::firstStartIsSizedToTheScreen()
{
    m_host.reset();
    QSettings().remove(QStringLiteral("window/geometry"));
    MainWindow window(m_photos);
    const QRect available = window.screen()->availableGeometry();
    QCOMPARE(window.size(), MainWindow::firstStartSize(available));
    QVERIFY(window.width() > available.width() / 2 && window.height() > available.height() / 2);

    // After the first start the size the user left is kept.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(640, 480);
    QTRY_COMPARE(window.size(), QSize(640, 480));
    window.close();
    MainWindow again(m_photos);
    QCOMPARE(again.size(), QSize(640, 480));
}

void TestCatalogSwitch::firstStartSizeOnFullHd()
{
    const QSize size = MainWindow::firstStartSize(QRect(0, 0, 1920, 1040));   // 1920 x 1080 less a panel
    QVERIFY2(size.width() >= 1100 && size.height() >= 700, qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
    QVERIFY(size.width() <= 1920 && size.height() <= 1040);
    // A small screen gets all of it, never more.
    QCOMPARE(MainWindow::firstStartSize(QRect(0, 0, 1024, 600)), QSize(1024, 600));
}

void TestCatalogSwitch::openRecentSwitchesCatalog()
{
    RecentCatalogs::add(m_videos);
    RecentCatalogs::add(m_photos);   // the open one is added when it opens, first
    auto *recent = m_host->window()->findChild<QMenu *>(QStringLiteral("recentCatalogsMenu"));
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QAction *videos = nullptr;
    for (QAction *action : recent->actions())
        if (action->data().toString() == QFileInfo(m_videos).absoluteFilePath())
            videos = action;
    QVERIFY(videos);
    QVERIFY(videos->isEnabled());
    QSignalSpy replaced(m_host.get(), &WindowHost::windowReplaced);
    videos->trigger();
    QTRY_COMPARE(replaced.count(), 1);
    MainWindow *window = m_host->window();
    QCOMPARE(window->catalogPath(), QFileInfo(m_videos).absoluteFilePath());
    QVERIFY(window->isVisible());
    QTRY_COMPARE(firstRootLabel(window), QStringLiteral("videos (3)"));
    // The new window shows its first root as the current folder, the grid from the top.
    auto *tree = window->findChild<FolderTreeView *>(QStringLiteral("folderTree"));
    QTRY_COMPARE(tree->currentIndex(), tree->model()->index(0, 0));
    QVERIFY(tree->isVisible() && tree->width() > 0);
    auto *grid = window->findChild<QAbstractItemView *>(QStringLiteral("assetGrid"));
    QTRY_COMPARE(grid->model()->rowCount(), 3);
    QCOMPARE(grid->verticalScrollBar()->value(), 0);
    QCOMPARE(RecentCatalogs::list().first(), QFileInfo(m_videos).absoluteFilePath());
    QVERIFY(window->windowTitle().contains(QStringLiteral("videos")));
}

void TestCatalogSwitch::newCatalogStartsEmpty()
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    QSignalSpy replaced(m_host.get(), &WindowHost::windowReplaced);
    m_host->window()->switchCatalog(fresh, true);
    QTRY_COMPARE(replaced.count(), 1);
    QVERIFY(QFile::exists(fresh));
    QCOMPARE(m_host->window()->catalogPath(), fresh);
    auto *tree = m_host->window()->findChild<FolderTreeView *>(QStringLiteral("folderTree"));
    // The title names the catalog once it has opened.
    QTRY_VERIFY(m_host->window()->windowTitle().startsWith(QStringLiteral("fresh")));
    QCOMPARE(tree->model()->rowCount(), 0);
    QCOMPARE(Catalog::open(fresh).value()->schemaVersion() > 0, true);
}

void TestCatalogSwitch::newCatalogRefusesAnExistingFile()
{
    QSignalSpy refused(m_host->window(), &MainWindow::catalogRefused);
    m_host->window()->switchCatalog(m_videos, true);
    QTRY_COMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("already exists")), qPrintable(refused.first().first().toString()));
    QCOMPARE(m_host->window()->catalogPath(), m_photos);
}

void TestCatalogSwitch::unopenableCatalogKeepsTheCurrentOne_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("random bytes") << kDatasets + QStringLiteral("/bad/random_bytes.jpg") << QStringLiteral("not an SQLite database");
    QTest::newRow("empty file") << kDatasets + QStringLiteral("/bad/zero_bytes.jpg") << QStringLiteral("not an SQLite database");
    QTest::newRow("text file") << kDatasets + QStringLiteral("/README.md") << QStringLiteral("not an SQLite database");
    QTest::newRow("folder") << kDatasets + QStringLiteral("/photos") << QStringLiteral("is a folder");
    QTest::newRow("gone") << kDatasets + QStringLiteral("/no_such_catalog.sqlite") << QStringLiteral("does not exist");
    QTest::newRow("truncated catalog") << QStringLiteral("truncated") << QStringLiteral("malformed");
}

void TestCatalogSwitch::unopenableCatalogKeepsTheCurrentOne()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    if (file == QLatin1String("truncated")) {
        // A real catalog cut after its first page: the header and schema still read.
        file = m_dir.filePath(QStringLiteral("truncated.sqlite"));
        QFile::remove(file);
        QVERIFY(QFile::copy(m_videos, file));
        QFile cut(file);
        QVERIFY(cut.open(QIODevice::ReadWrite));
        QVERIFY(cut.size() > 8192);
        QVERIFY(cut.resize(4096));
    }
    const QByteArray before = QFileInfo(file).isFile() ? [&] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }()
                                                       : QByteArray();
    RecentCatalogs::add(file);
    MainWindow *window = m_host->window();
    QSignalSpy refused(window, &MainWindow::catalogRefused);
    QSignalSpy replaced(m_host.get(), &WindowHost::windowReplaced);
    window->switchCatalog(file);
    QTRY_COMPARE(refused.count(), 1);
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(reason), qPrintable(message));
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("catalogErrorBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), message);
    QVERIFY(box->informativeText().contains(m_photos));
    box->accept();
    // The window, its catalog and its folders are the same; the file was not changed.
    QCOMPARE(replaced.count(), 0);
    QCOMPARE(m_host->window(), window);
    QCOMPARE(window->catalogPath(), m_photos);
    QCOMPARE(firstRootLabel(window), QStringLiteral("photos (3)"));
    if (!before.isNull() && !file.endsWith(QLatin1String(".sqlite"))) {
        QFile after(file);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }
    // A recent entry whose file is gone leaves the list; a damaged one stays for the user to see.
    QCOMPARE(RecentCatalogs::list().contains(QFileInfo(file).absoluteFilePath()), QFileInfo::exists(file));
}

void TestCatalogSwitch::recentListKeepsTheLastEight()
{
    for (int i = 0; i < 10; ++i)
        RecentCatalogs::add(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(i)));
    const QStringList recent = RecentCatalogs::list();
    QCOMPARE(recent.size(), RecentCatalogs::MaxEntries);
    QCOMPARE(recent.first(), m_dir.filePath(QStringLiteral("c9.sqlite")));
    QCOMPARE(recent.last(), m_dir.filePath(QStringLiteral("c2.sqlite")));
    RecentCatalogs::add(m_dir.filePath(QStringLiteral("c5.sqlite")));   // again: moves to the front, no duplicate
    QCOMPARE(RecentCatalogs::list().first(), m_dir.filePath(QStringLiteral("c5.sqlite")));
    QCOMPARE(RecentCatalogs::list().count(m_dir.filePath(QStringLiteral("c5.sqlite"))), 1);

    // The menu numbers the entries for the keyboard and its Clear List empties the list.
    auto *recentMenu = m_host->window()->findChild<QMenu *>(QStringLiteral("recentCatalogsMenu"));
    Q_EMIT recentMenu->aboutToShow();
    QCOMPARE(recentMenu->actions().constFirst()->text(), QStringLiteral("&1 c5.sqlite"));
    recentMenu->actions().constLast()->trigger();
    QVERIFY(RecentCatalogs::list().isEmpty());
}

QTEST_MAIN(TestCatalogSwitch)
#include "tst_catalogswitch.moc"
