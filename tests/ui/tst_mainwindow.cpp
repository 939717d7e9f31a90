// The browse window over a real catalog: an imported copy of subsets of ../shared/datasets.
#include "ui/assetgridmodel.h"
#include "ui/assetgridview.h"
#include "catalog/catalog.h"
#include "catalog/browsequeries.h"
#include "ui/foldertreemodel.h"
#include "ui/foldertreeview.h"
#include "importing/importer.h"
#include "media/exifreader.h"
#include "ui/mainwindow.h"
#include "ui/previewdialog.h"
#include "ui/propertiespanel.h"
#include "ui/uploadprogressdialog.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace tagsmith;

namespace {

const QString kDatasets = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets");

// The library the tests browse: folder -> files copied from the datasets folder of the same name.
const QList<std::pair<QString, QStringList>> kLibrary = {
    {QStringLiteral("photos"),
     {QStringLiteral("aloe_plant_pot.jpg"), QStringLiteral("baboon_mandrill.jpg"), QStringLiteral("aerial_city_view.jpg"),
      QStringLiteral("astronaut_eileen_collins.png"), QStringLiteral("architecture_curves_bw.gif"), QStringLiteral("kpa_pool_2.jpg")}},
    {QStringLiteral("videos"), {QStringLiteral("dog_portrait_rotate90.mp4")}},
    {QStringLiteral("documents"),
     {QStringLiteral("ruth_kjv.pdf"), QStringLiteral("ruth_kjv.docx"), QStringLiteral("jonah_kjv.vtt")}},
    {QStringLiteral("bad"),
     {QStringLiteral("zero_bytes.jpg"), QStringLiteral("truncated_half.png"), QStringLiteral("random_bytes.pdf")}},
};

QString datasetFile(const QString &folder, const QString &name) { return kDatasets + QLatin1Char('/') + folder + QLatin1Char('/') + name; }

// Sends the drag enter/move/drop sequence a file manager would, at `pos` of `target`.
bool dropUrls(QWidget *target, const QPoint &pos, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeShowsFoldersWithCounts_data();
    void treeShowsFoldersWithCounts();
    void gridShowsAllItems();
    void selectingAnItemFillsProperties();
    void brokenFileShowsItsReason_data();
    void brokenFileShowsItsReason();
    void dropOnTreeFolderCopiesAndImports();
    void dropOnGridCopiesIntoCurrentFolder();
    void dragOutOffersUriList();
    void zoomChangesCellSize();
    void sortOrdersTheGrid();
    void folderDroppedOnEmptyTreeAreaBecomesRoot();
    void layoutPersistsAcrossSessions();
    void enterOpensUprightPreview_data();
    void enterOpensUprightPreview();
    void watchedChangesRefreshTreeAndKeepSelection();

private:
    QString libraryPath(const QString &folder = {}) const;
    QModelIndex folderIndex(const QString &folder) const;
    void showFolder(const QString &folder);
    int rowOfName(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_catalogPath;
    QHash<QString, QString> m_importErrors;   // path -> reason, as the importer stored it
    std::unique_ptr<MainWindow> m_window;
    FolderTreeView *m_tree = nullptr;
    AssetGridView *m_grid = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    std::unique_ptr<QAbstractItemModelTester> m_gridTester;
};

QString TestMainWindow::libraryPath(const QString &folder) const
{
    const QString root = QDir(m_dir.filePath(QStringLiteral("library"))).canonicalPath();
    return folder.isEmpty() ? root : root + QLatin1Char('/') + folder;
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    for (const auto &[folder, files] : kLibrary) {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("library/") + folder)));
        for (const QString &file : files)
            QVERIFY2(QFile::copy(datasetFile(folder, file), m_dir.filePath(QStringLiteral("library/%1/%2").arg(folder, file))),
                     qPrintable(file));
    }
    m_catalogPath = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    auto catalog = Catalog::open(m_catalogPath);
    QVERIFY2(catalog, qPrintable(catalog.error()));
    const ImportReport report = Importer(catalog.value()).run({m_dir.filePath(QStringLiteral("library"))});
    for (const ImportError &error : report.errors)
        m_importErrors.insert(error.path, error.reason);
    QCOMPARE(report.failed, int(kLibrary.last().second.size()));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(m_catalogPath);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tree = m_window->findChild<FolderTreeView *>(QStringLiteral("folderTree"));
    m_grid = m_window->findChild<AssetGridView *>(QStringLiteral("assetGrid"));
    QVERIFY(m_tree && m_grid);
    m_treeTester = std::make_unique<QAbstractItemModelTester>(m_tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_gridTester = std::make_unique<QAbstractItemModelTester>(m_grid->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(m_tree->model()->rowCount() > 0);
}

void TestMainWindow::cleanup()
{
    m_treeTester.reset();
    m_gridTester.reset();
    m_window.reset();
}

QModelIndex TestMainWindow::folderIndex(const QString &folder) const
{
    return static_cast<FolderTreeModel *>(m_tree->model())->indexOfPath(libraryPath(folder));
}

void TestMainWindow::showFolder(const QString &folder)
{
    QSignalSpy shown(m_window.get(), &MainWindow::assetsShown);
    const QModelIndex index = folderIndex(folder);
    QVERIFY(index.isValid());
    m_tree->scrollTo(index);
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, m_tree->visualRect(index).center());
    QTRY_VERIFY(shown.count() > 0);
    QCOMPARE(m_window->currentFolder(), libraryPath(folder));
}

int TestMainWindow::rowOfName(const QString &name) const
{
    const QModelIndexList found = m_grid->model()->match(m_grid->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    return found.isEmpty() ? -1 : found.first().row();
}

void TestMainWindow::treeShowsFoldersWithCounts_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("count");
    int total = 0;
    for (const auto &[folder, files] : kLibrary) {
        QTest::newRow(qPrintable(folder)) << folder << int(files.size());
        total += int(files.size());
    }
    QTest::newRow("root, recursive") << QString() << total;
}

void TestMainWindow::treeShowsFoldersWithCounts()
{
    QFETCH(QString, folder);
    QFETCH(int, count);
    const QModelIndex index = folderIndex(folder);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(FolderTreeModel::RecursiveCountRole).toInt(), count);
    QCOMPARE(index.data(Qt::DisplayRole).toString(),
             QStringLiteral("%1 (%2)").arg(folder.isEmpty() ? QStringLiteral("library") : folder).arg(count));
    QVERIFY(m_tree->visualRect(index).isValid());   // expanded down to the folder
}

void TestMainWindow::gridShowsAllItems()
{
    int total = 0;
    for (const auto &[folder, files] : kLibrary) {
        showFolder(folder);
        QCOMPARE(m_grid->model()->rowCount(), int(files.size()));
        for (const QString &file : files)
            QVERIFY2(rowOfName(file) >= 0, qPrintable(file));
        total += int(files.size());
    }
    showFolder(QString());
    QCOMPARE(m_grid->model()->rowCount(), total);
}

void TestMainWindow::selectingAnItemFillsProperties()
{
    showFolder(QStringLiteral("photos"));
    const int row = rowOfName(QStringLiteral("baboon_mandrill.jpg"));
    QVERIFY(row >= 0);
    const QModelIndex index = m_grid->model()->index(row, 0);
    QTest::mouseClick(m_grid->viewport(), Qt::LeftButton, {}, m_grid->visualRect(index).center());
    auto *panel = m_window->findChild<PropertiesPanel *>(QStringLiteral("propertiesPanel"));
    QVERIFY(panel);
    QTRY_VERIFY2(panel->plainText().contains(libraryPath(QStringLiteral("photos/baboon_mandrill.jpg"))),
                 qPrintable(panel->plainText()));
    const QString text = panel->plainText();
    QVERIFY2(text.contains(QStringLiteral("image/jpeg")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" px")), qPrintable(text));

    // A photo with camera metadata (and EXIF orientation 8) shows the camera facts.
    const int exifRow = rowOfName(QStringLiteral("kpa_pool_2.jpg"));
    QVERIFY(exifRow >= 0);
    const QString exifPath = libraryPath(QStringLiteral("photos/kpa_pool_2.jpg"));
    const auto exif = ExifReader::read(exifPath);
    QVERIFY2(exif && !exif.value().cameraModel.isEmpty(), qPrintable(exif.error()));
    m_grid->setCurrentIndex(m_grid->model()->index(exifRow, 0));
    QTRY_VERIFY2(panel->plainText().contains(exif.value().cameraModel), qPrintable(panel->plainText()));
    QVERIFY(panel->plainText().contains(QStringLiteral("ISO ")) || panel->plainText().contains(QStringLiteral(" s")));

    // A second item makes it a multi-selection.
    const QModelIndex other = m_grid->model()->index(row, 0);
    QTest::mouseClick(m_grid->viewport(), Qt::LeftButton, Qt::ControlModifier, m_grid->visualRect(other).center());
    QCOMPARE(m_grid->selectionModel()->selectedIndexes().size(), 2);
    QTRY_COMPARE(panel->plainText(), QStringLiteral("2 assets selected"));
}

void TestMainWindow::brokenFileShowsItsReason_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &file : kLibrary.last().second)
        QTest::newRow(qPrintable(file)) << file;
}

void TestMainWindow::brokenFileShowsItsReason()
{
    QFETCH(QString, name);
    const QString path = libraryPath(QStringLiteral("bad/") + name);
    const QString reason = m_importErrors.value(path);
    QVERIFY2(!reason.isEmpty(), qPrintable(path));
    showFolder(QStringLiteral("bad"));
    const int row = rowOfName(name);
    QVERIFY(row >= 0);
    const QModelIndex index = m_grid->model()->index(row, 0);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(reason));
    QCOMPARE(AssetStatus(index.data(AssetGridModel::StatusRole).toInt()), AssetStatus::Failed);
    m_grid->setCurrentIndex(index);
    auto *panel = m_window->findChild<PropertiesPanel *>(QStringLiteral("propertiesPanel"));
    QTRY_VERIFY2(panel->plainText().contains(reason), qPrintable(panel->plainText()));
}

void TestMainWindow::dropOnTreeFolderCopiesAndImports()
{
    const QString target = libraryPath(QStringLiteral("photos"));
    const int before = folderIndex(QStringLiteral("photos")).data(FolderTreeModel::DirectCountRole).toInt();
    const QModelIndex index = folderIndex(QStringLiteral("photos"));
    QSignalSpy finished(m_window.get(), &MainWindow::uploadFinished);
    // aloe_plant_pot.jpg is already there: the copy must become "aloe_plant_pot (2).jpg".
    QVERIFY(dropUrls(m_tree->viewport(), m_tree->visualRect(index).center(),
                     {datasetFile(QStringLiteral("photos"), QStringLiteral("aloe_plant_pot.jpg")),
                      datasetFile(QStringLiteral("photos"), QStringLiteral("basketball_players_grayscale.png")),
                      datasetFile(QStringLiteral("bad"), QStringLiteral("truncated_header_only.jpg"))}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto summary = finished.first().first().value<UploadSummary>();
    QCOMPARE(summary.copy.copied.size(), 3);
    QCOMPARE(summary.import.added, 2);
    QCOMPARE(summary.import.failed, 1);
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/aloe_plant_pot (2).jpg")));
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/basketball_players_grayscale.png")));
    QCOMPARE(QFileInfo(target + QStringLiteral("/aloe_plant_pot (2).jpg")).size(),
             QFileInfo(target + QStringLiteral("/aloe_plant_pot.jpg")).size());
    QTRY_COMPARE(folderIndex(QStringLiteral("photos")).data(FolderTreeModel::DirectCountRole).toInt(), before + 3);

    UploadProgressDialog *dialog = m_window->uploadDialog();
    QVERIFY(dialog && dialog->isFinished());
    QCOMPARE(dialog->summaryText(), QStringLiteral("Imported: 2 · Failed: 1"));

    // The drop target is shown: its grid holds the copies.
    QTRY_COMPARE(m_window->currentFolder(), target);
    QTRY_VERIFY(rowOfName(QStringLiteral("aloe_plant_pot (2).jpg")) >= 0);
}

void TestMainWindow::dropOnGridCopiesIntoCurrentFolder()
{
    showFolder(QStringLiteral("documents"));
    const int before = m_grid->model()->rowCount();
    QSignalSpy finished(m_window.get(), &MainWindow::uploadFinished);
    const QString source = datasetFile(QStringLiteral("documents"), QStringLiteral("ruth_kjv.pdf"));
    QVERIFY(dropUrls(m_grid->viewport(), m_grid->viewport()->rect().center(), {source, source}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const QString target = libraryPath(QStringLiteral("documents"));
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/ruth_kjv (2).pdf")));
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/ruth_kjv (3).pdf")));
    QTRY_COMPARE(m_grid->model()->rowCount(), before + 2);
}

void TestMainWindow::dragOutOffersUriList()
{
    showFolder(QStringLiteral("videos"));
    QVERIFY(m_grid->model()->rowCount() > 0);
    const QModelIndex index = m_grid->model()->index(0, 0);
    std::unique_ptr<QMimeData> mime(m_grid->model()->mimeData({index}));
    QVERIFY(mime->hasFormat(QStringLiteral("text/uri-list")));
    QCOMPARE(mime->urls().value(0).toLocalFile(), index.data(AssetGridModel::PathRole).toString());
    QVERIFY(m_grid->model()->flags(index) & Qt::ItemIsDragEnabled);
}

void TestMainWindow::zoomChangesCellSize()
{
    showFolder(QStringLiteral("photos"));
    const QModelIndex first = m_grid->model()->index(0, 0);
    m_window->setThumbnailSize(96);
    QTRY_VERIFY(m_grid->visualRect(first).width() < 96 + 20);
    const int small = m_grid->visualRect(first).width();
    m_window->setThumbnailSize(224);
    QTRY_VERIFY(m_grid->visualRect(first).width() >= 224);
    QVERIFY(m_grid->visualRect(first).width() > small);
}

void TestMainWindow::sortOrdersTheGrid()
{
    showFolder(QStringLiteral("photos"));
    QSignalSpy shown(m_window.get(), &MainWindow::assetsShown);
    m_window->setSort(AssetSort::Size);
    QTRY_VERIFY(shown.count() > 0);
    QAbstractItemModel *model = m_grid->model();
    QVERIFY(model->rowCount() > 2);
    for (int row = 1; row < model->rowCount(); ++row) {
        const qint64 previous = QFileInfo(model->index(row - 1, 0).data(AssetGridModel::PathRole).toString()).size();
        const qint64 current = QFileInfo(model->index(row, 0).data(AssetGridModel::PathRole).toString()).size();
        QVERIFY2(previous >= current, qPrintable(model->index(row, 0).data().toString()));
    }
    m_window->setSort(AssetSort::Name);
}

void TestMainWindow::folderDroppedOnEmptyTreeAreaBecomesRoot()
{
    // A folder outside every root, indexed where it is (no copy).
    const QString outside = m_dir.filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(QFile::copy(datasetFile(QStringLiteral("photos"), QStringLiteral("cat_chelsea.png")), outside + QStringLiteral("/cat.png")));
    const int roots = m_tree->model()->rowCount();
    QSignalSpy finished(m_window.get(), &MainWindow::uploadFinished);
    const QPoint empty(10, m_tree->viewport()->height() - 10);
    QVERIFY(!m_tree->indexAt(empty).isValid());
    QVERIFY(dropUrls(m_tree->viewport(), empty, {outside}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const UploadSummary summary = finished.first().first().value<UploadSummary>();
    QVERIFY2(summary.import.added == 1,
             qPrintable(QStringLiteral("added %1, updated %2, unchanged %3, failed %4, cancelled %5, first error: %6")
                            .arg(summary.import.added).arg(summary.import.updated).arg(summary.import.unchanged)
                            .arg(summary.import.failed).arg(summary.cancelled)
                            .arg(summary.import.errors.isEmpty() ? QString() : summary.import.errors.first().reason)));
    QTRY_COMPARE(m_tree->model()->rowCount(), roots + 1);
    const QModelIndex root = static_cast<FolderTreeModel *>(m_tree->model())->indexOfPath(QDir(outside).canonicalPath());
    QVERIFY(root.isValid());
    QCOMPARE(root.data(FolderTreeModel::RecursiveCountRole).toInt(), 1);
    QVERIFY(QFileInfo::exists(outside + QStringLiteral("/cat.png")));
    QCOMPARE(QDir(outside).entryList(QDir::Files).size(), 1);   // indexed in place, nothing copied
    // A file (not a folder) dropped on the empty area is refused.
    QVERIFY(!dropUrls(m_tree->viewport(), empty, {outside + QStringLiteral("/cat.png")}));
}

void TestMainWindow::layoutPersistsAcrossSessions()
{
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({300, 500, 400});
    const QList<int> sizes = splitter->sizes();
    m_window->setThumbnailSize(128);
    m_window->close();   // closing saves the layout
    cleanup();
    init();
    auto *restored = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QCOMPARE(restored->sizes(), sizes);
    showFolder(QStringLiteral("photos"));
    QTRY_VERIFY(m_grid->visualRect(m_grid->model()->index(0, 0)).width() < 128 + 20);
    m_window->setThumbnailSize(160);
    m_window->close();
}

void TestMainWindow::enterOpensUprightPreview_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("portrait");   // display orientation, from the datasets' manifests
    QTest::newRow("EXIF orientation 8") << QStringLiteral("photos") << QStringLiteral("kpa_pool_2.jpg") << true;
    QTest::newRow("landscape photo") << QStringLiteral("photos") << QStringLiteral("baboon_mandrill.jpg") << false;
    QTest::newRow("video rotated 90") << QStringLiteral("videos") << QStringLiteral("dog_portrait_rotate90.mp4") << true;
    // Three portrait pages side by side.
    QTest::newRow("PDF pages") << QStringLiteral("documents") << QStringLiteral("ruth_kjv.pdf") << false;
}

void TestMainWindow::enterOpensUprightPreview()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    QFETCH(bool, portrait);
    showFolder(folder);
    const int row = rowOfName(name);
    QVERIFY(row >= 0);
    m_grid->setFocus();
    m_grid->setCurrentIndex(m_grid->model()->index(row, 0));
    QTest::keyClick(m_grid, Qt::Key_Return);
    PreviewDialog *preview = nullptr;
    QTRY_VERIFY((preview = m_window->findChild<PreviewDialog *>(QStringLiteral("previewDialog"))));
    QTRY_VERIFY_WITH_TIMEOUT(preview->isLoaded(), 30000);
    const QSize size = preview->imageSize();
    QVERIFY2(!size.isEmpty(), qPrintable(name));
    QCOMPARE(size.height() > size.width(), portrait);
    preview->close();
}

void TestMainWindow::watchedChangesRefreshTreeAndKeepSelection()
{
    // The folder watcher and the schedule start right away instead of after the usual 10 s.
    QSettings().setValue(QStringLiteral("background/startDelayMs"), 0);
    cleanup();
    init();
    showFolder(QStringLiteral("photos"));
    const int row = rowOfName(QStringLiteral("baboon_mandrill.jpg"));
    QVERIFY(row >= 0);
    m_grid->selectionModel()->select(m_grid->model()->index(row, 0), QItemSelectionModel::ClearAndSelect);
    const int before = folderIndex(QStringLiteral("photos")).data(FolderTreeModel::RecursiveCountRole).toInt();

    // A folder with a photo appears under photos/ at once, as a file manager's move makes it.
    QTemporaryDir outside;
    QVERIFY(QDir().mkpath(outside.filePath(QStringLiteral("arrivals"))));
    QVERIFY(QFile::copy(datasetFile(QStringLiteral("photos"), QStringLiteral("aloe_plant_pot.jpg")),
                        outside.filePath(QStringLiteral("arrivals/new_aloe.jpg"))));
    QTest::qWait(1000);   // the watcher's first scan of the roots has to be done before the move
    QVERIFY(QDir().rename(outside.filePath(QStringLiteral("arrivals")), libraryPath(QStringLiteral("photos/arrivals"))));

    QTRY_VERIFY_WITH_TIMEOUT(folderIndex(QStringLiteral("photos/arrivals")).isValid(), 30'000);
    QCOMPARE(folderIndex(QStringLiteral("photos/arrivals")).data(FolderTreeModel::RecursiveCountRole).toInt(), 1);
    QCOMPARE(folderIndex(QStringLiteral("photos")).data(FolderTreeModel::RecursiveCountRole).toInt(), before + 1);
    // The grid reloaded the same folder: the user's selection is still there.
    QCOMPARE(m_window->currentFolder(), libraryPath(QStringLiteral("photos")));
    QTRY_COMPARE(m_grid->model()->rowCount(), before + 1);
    const QModelIndexList selected = m_grid->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(Qt::DisplayRole).toString(), QStringLiteral("baboon_mandrill.jpg"));

    QSettings().remove(QStringLiteral("background/startDelayMs"));
    QVERIFY(QDir(libraryPath(QStringLiteral("photos/arrivals"))).removeRecursively());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
