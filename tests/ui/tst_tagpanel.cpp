// The Tags panel and batch tagging in the browse window, over a catalog of real imported photos:
// counts, click to filter, rename through the panel, typing tags for a selection, dropping a
// tag onto the grid, and Edit > Undo/Redo of each.
#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "ui/assetgridmodel.h"
#include "ui/assetgridview.h"
#include "ui/mainwindow.h"
#include "ui/tags/batchtagdialog.h"
#include "ui/tags/taglistedit.h"
#include "ui/tags/tagactions.h"
#include "ui/tags/tagpanel.h"
#include "ui/tags/tagtasks.h"
#include "ui/tags/taxonomymodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace tagsmith;

namespace {

const QStringList kPhotos = {QStringLiteral("aerial_city_view.jpg"), QStringLiteral("aloe_plant_pot.jpg"),
                             QStringLiteral("baboon_mandrill.jpg"), QStringLiteral("kpa_pool_2.jpg")};

} // namespace

class TestTagPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void countsAreShown();
    void clickingATagFiltersTheGrid();
    void renameThroughThePanelAndUndo();
    void moveToTheTopLevelAndUndo();
    void mergeThroughThePanelAndUndo();
    void batchAddByTypingThenUndoAndRedo();
    void droppedTagGoesToTheSelectionOrTheAssetUnderIt();

private:
    QString countShown(const QString &path) const;
    QByteArray sidecar(const QString &photo) const;
    bool hasManual(const QString &photo, const QString &tag);
    void selectRows(const QList<int> &rows);
    int rowOf(const QString &photo) const;

    QTemporaryDir m_dir;
    QString m_catalogPath;
    CatalogPtr m_catalog;
    QHash<QString, qint64> m_ids;
    std::unique_ptr<MainWindow> m_window;
    AssetGridView *m_grid = nullptr;
    TagPanel *m_panel = nullptr;
    TagActions *m_actions = nullptr;
};

void TestTagPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().setValue(QStringLiteral("background/startDelayMs"), 3'600'000);   // no watcher or schedule in this test
    QSettings().setValue(QStringLiteral("metadata/writeSidecars"), true);
    QVERIFY(m_dir.isValid());
    const QString library = m_dir.filePath(QStringLiteral("library"));
    QVERIFY(QDir().mkpath(library));
    for (const QString &photo : kPhotos)
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/") + photo, library + QLatin1Char('/') + photo));
    m_catalogPath = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    auto catalog = Catalog::open(m_catalogPath);
    QVERIFY2(catalog, qPrintable(catalog.error()));
    m_catalog = catalog.value();
    QCOMPARE(Importer(m_catalog).run({library}).added, int(kPhotos.size()));
    AssetRepository assets(m_catalog->connection());
    for (const QString &photo : kPhotos) {
        auto found = assets.findByPath(QDir(library).canonicalPath() + QLatin1Char('/') + photo);
        QVERIFY(found && found.value());
        m_ids.insert(photo, found.value()->id);
    }
    TagRepository tags(m_catalog->connection());
    QVERIFY(tags.addManualTag(m_ids.value(kPhotos[2]), QStringLiteral("animals/monkey")));
    QVERIFY(tags.addManualTag(m_ids.value(kPhotos[0]), QStringLiteral("places/city")));
    QVERIFY(tags.setSmartTag(m_ids.value(kPhotos[1]), QStringLiteral("plants/aloe"), QStringLiteral("flora"), 1, 0.9));
    QVERIFY(tags.setSmartTag(m_ids.value(kPhotos[3]), QStringLiteral("plants/cactus"), QStringLiteral("flora"), 1, 0.3));   // a candidate
}

void TestTagPanel::init()
{
    m_window = std::make_unique<MainWindow>(m_catalogPath);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_grid = m_window->findChild<AssetGridView *>(QStringLiteral("assetGrid"));
    m_panel = m_window->findChild<TagPanel *>(QStringLiteral("tagPanel"));
    m_actions = m_window->findChild<TagActions *>();
    QVERIFY(m_grid && m_panel && m_actions);
    m_panel->show();
    QTRY_COMPARE(m_grid->model()->rowCount(), int(kPhotos.size()));
    QTRY_VERIFY(m_panel->model()->indexOfPath(QStringLiteral("animals/monkey")).isValid());
}

void TestTagPanel::cleanup()
{
    m_actions->tasks()->waitForDone();
    m_window.reset();
}

QString TestTagPanel::countShown(const QString &path) const
{
    const QModelIndex index = m_panel->model()->indexOfPath(path);
    return index.isValid() ? index.siblingAtColumn(1).data().toString() : QStringLiteral("(none)");
}

QByteArray TestTagPanel::sidecar(const QString &photo) const
{
    QFile file(m_dir.filePath(QStringLiteral("library/")) + photo + QStringLiteral(".xmp"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestTagPanel::hasManual(const QString &photo, const QString &tag)
{
    const auto tags = TagRepository(m_catalog->connection()).tagsOf(m_ids.value(photo));
    for (const AssetTag &assetTag : tags.value())
        if (assetTag.tag == tag && assetTag.source == TagSource::Manual)
            return true;
    return false;
}

int TestTagPanel::rowOf(const QString &photo) const
{
    const int row = int(m_grid->model()->match(m_grid->model()->index(0, 0), AssetGridModel::AssetIdRole, m_ids.value(photo), 1,
                                               Qt::MatchExactly).value(0).row());
    return row;
}

void TestTagPanel::selectRows(const QList<int> &rows)
{
    m_grid->selectionModel()->clearSelection();
    for (int row : rows)
        m_grid->selectionModel()->select(m_grid->model()->index(row, 0), QItemSelectionModel::Select);
}

void TestTagPanel::countsAreShown()
{
    QCOMPARE(countShown(QStringLiteral("animals/monkey")), QStringLiteral("1"));
    QCOMPARE(countShown(QStringLiteral("animals")), QStringLiteral("1"));
    QCOMPARE(countShown(QStringLiteral("plants")), QStringLiteral("1"));          // the applied smart tag
    QCOMPARE(countShown(QStringLiteral("plants/cactus")), QStringLiteral("0"));   // a candidate below the threshold
    // Leaf rows sit under their parents, named by their last level.
    const QModelIndex monkey = m_panel->model()->indexOfPath(QStringLiteral("animals/monkey"));
    QCOMPARE(monkey.data().toString(), QStringLiteral("monkey"));
    QCOMPARE(monkey.parent().data(TaxonomyModel::PathRole).toString(), QStringLiteral("animals"));
    QVERIFY(!m_panel->tree()->accessibleName().isEmpty());
    QVERIFY(m_window->menuBar()->findChild<QMenu *>() != nullptr);
}

void TestTagPanel::clickingATagFiltersTheGrid()
{
    QTreeView *tree = m_panel->tree();
    const QModelIndex monkey = m_panel->model()->indexOfPath(QStringLiteral("animals/monkey"));
    tree->scrollTo(monkey);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(monkey).center());
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QCOMPARE(search->text(), QStringLiteral("tag:\"animals/monkey\""));
    QTRY_COMPARE(m_grid->model()->rowCount(), 1);
    QCOMPARE(m_grid->model()->index(0, 0).data(AssetGridModel::AssetIdRole).toLongLong(), m_ids.value(kPhotos[2]));
    // A parent shows what is below it.
    const QModelIndex plants = m_panel->model()->indexOfPath(QStringLiteral("plants"));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(plants).center());
    QTRY_COMPARE(m_grid->model()->rowCount(), 1);
    QTRY_COMPARE(m_grid->model()->index(0, 0).data(AssetGridModel::AssetIdRole).toLongLong(), m_ids.value(kPhotos[1]));
}

void TestTagPanel::renameThroughThePanelAndUndo()
{
    m_panel->setCurrentPath(QStringLiteral("places/city"));
    m_panel->tree()->setFocus();
    QTest::keyClick(m_panel->tree(), Qt::Key_F2);
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = m_window->findChild<QInputDialog *>(QStringLiteral("renameTagDialog"))) != nullptr);
    QCOMPARE(ask->textValue(), QStringLiteral("places/city"));
    ask->setTextValue(QStringLiteral("locations/city"));
    ask->accept();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<QMessageBox *>(QStringLiteral("confirmTagEdit"))) != nullptr);
    QVERIFY2(confirm->informativeText().contains(QStringLiteral("1 asset")), qPrintable(confirm->informativeText()));
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(countShown(QStringLiteral("locations/city")), QStringLiteral("1"));
    QCOMPARE(countShown(QStringLiteral("places/city")), QStringLiteral("(none)"));
    QVERIFY(hasManual(kPhotos[0], QStringLiteral("locations/city")));
    QTRY_COMPARE(m_panel->currentPath(), QStringLiteral("locations/city"));
    // The sidecar follows: the new name in, the old one out.
    QTRY_VERIFY_WITH_TIMEOUT(sidecar(kPhotos[0]).contains("locations|city"), 15000);
    QVERIFY(!sidecar(kPhotos[0]).contains("places|city"));

    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Rename")), qPrintable(undo->text()));
    undo->trigger();
    QTRY_COMPARE(countShown(QStringLiteral("places/city")), QStringLiteral("1"));
    QCOMPARE(countShown(QStringLiteral("locations")), QStringLiteral("(none)"));   // the parent it created went with it
    QVERIFY(hasManual(kPhotos[0], QStringLiteral("places/city")));
    QTRY_VERIFY_WITH_TIMEOUT(sidecar(kPhotos[0]).contains("places|city"), 15000);
    QVERIFY(!sidecar(kPhotos[0]).contains("locations|city"));

    // Redo and undo at once, without waiting in between: the undo works on the redo's inverse.
    m_actions->undoStack()->redo();
    m_actions->undoStack()->undo();
    m_actions->tasks()->waitForDone();
    QVERIFY(hasManual(kPhotos[0], QStringLiteral("places/city")));
    QVERIFY(!TagRepository(m_catalog->connection()).allTagPaths().value().contains(QStringLiteral("locations")));
}

void TestTagPanel::moveToTheTopLevelAndUndo()
{
    m_panel->setCurrentPath(QStringLiteral("animals/monkey"));
    m_panel->findChild<QAction *>(QStringLiteral("moveTagAction"))->trigger();
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = m_window->findChild<QInputDialog *>(QStringLiteral("moveTagDialog"))) != nullptr);
    QCOMPARE(ask->textValue(), QStringLiteral("animals"));   // where it is now
    ask->setTextValue(QString());                             // empty: the top level
    ask->accept();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<QMessageBox *>(QStringLiteral("confirmTagEdit"))) != nullptr);
    QVERIFY2(confirm->text().contains(QStringLiteral("to “monkey”")), qPrintable(confirm->text()));
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(countShown(QStringLiteral("monkey")), QStringLiteral("1"));
    QCOMPARE(m_panel->model()->indexOfPath(QStringLiteral("monkey")).parent(), QModelIndex());
    m_actions->undoStack()->undo();
    QTRY_COMPARE(countShown(QStringLiteral("animals/monkey")), QStringLiteral("1"));
    QCOMPARE(countShown(QStringLiteral("monkey")), QStringLiteral("(none)"));
}

void TestTagPanel::mergeThroughThePanelAndUndo()
{
    m_panel->setCurrentPath(QStringLiteral("plants/cactus"));
    m_panel->findChild<QAction *>(QStringLiteral("mergeTagAction"))->trigger();
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = m_window->findChild<QInputDialog *>(QStringLiteral("mergeTagDialog"))) != nullptr);
    QVERIFY(ask->comboBoxItems().contains(QStringLiteral("plants/aloe")));
    QVERIFY(!ask->comboBoxItems().contains(QStringLiteral("plants/cactus")));
    ask->setTextValue(QStringLiteral("plants/aloe"));
    ask->accept();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<QMessageBox *>(QStringLiteral("confirmTagEdit"))) != nullptr);
    QVERIFY2(confirm->text().contains(QStringLiteral("into “plants/aloe”")), qPrintable(confirm->text()));
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(countShown(QStringLiteral("plants/cactus")), QStringLiteral("(none)"));
    // The candidate moved with its confidence: still below the threshold, so the count stays.
    QCOMPARE(countShown(QStringLiteral("plants/aloe")), QStringLiteral("1"));
    m_actions->undoStack()->undo();
    QTRY_COMPARE(countShown(QStringLiteral("plants/cactus")), QStringLiteral("0"));
}

void TestTagPanel::batchAddByTypingThenUndoAndRedo()
{
    const QList<int> rows = {rowOf(kPhotos[0]), rowOf(kPhotos[1]), rowOf(kPhotos[3])};
    selectRows(rows);
    m_grid->setFocus();
    QTest::keyClick(m_grid, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    BatchTagDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<BatchTagDialog *>()) != nullptr);
    TagListEdit *edit = dialog->edit();
    QTRY_VERIFY(edit->tagCompleter()->model()->rowCount() > 0);   // the taxonomy arrived
    // "monk" matches the second level of animals/monkey; Down and Enter put the path in.
    QTest::keyClicks(edit, QStringLiteral("monk"));
    QTRY_VERIFY(edit->tagCompleter()->popup()->isVisible());
    QCOMPARE(edit->tagCompleter()->completionCount(), 1);
    QCOMPARE(edit->tagCompleter()->currentCompletion(), QStringLiteral("animals/monkey"));
    QTest::keyClick(edit->tagCompleter()->popup(), Qt::Key_Down);
    QTest::keyClick(edit->tagCompleter()->popup(), Qt::Key_Return);
    QCOMPARE(edit->text(), QStringLiteral("animals/monkey"));
    QTest::keyClicks(edit, QStringLiteral(", colour/red"));
    QCOMPARE(edit->tags(), (QStringList{QStringLiteral("animals/monkey"), QStringLiteral("colour/red")}));
    dialog->findChild<QPushButton *>(QStringLiteral("batchTagsApply"))->click();

    QTRY_VERIFY(hasManual(kPhotos[3], QStringLiteral("colour/red")));
    for (const QString &photo : {kPhotos[0], kPhotos[1], kPhotos[3]}) {
        QVERIFY(hasManual(photo, QStringLiteral("colour/red")));
        QVERIFY(hasManual(photo, QStringLiteral("animals/monkey")));
    }
    QVERIFY(!hasManual(kPhotos[2], QStringLiteral("colour/red")));
    QTRY_COMPARE(countShown(QStringLiteral("animals/monkey")), QStringLiteral("4"));
    QTRY_VERIFY_WITH_TIMEOUT(sidecar(kPhotos[3]).contains("colour|red"), 15000);

    // Back in the window (the dialog has closed), the keys undo and redo.
    QTRY_COMPARE(m_actions->undoStack()->count(), 1);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_grid, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!hasManual(kPhotos[3], QStringLiteral("colour/red")));
    for (const QString &photo : {kPhotos[0], kPhotos[1], kPhotos[3]})
        QVERIFY(!hasManual(photo, QStringLiteral("animals/monkey")));
    QVERIFY(hasManual(kPhotos[2], QStringLiteral("animals/monkey")));   // it had it before
    QTRY_COMPARE(countShown(QStringLiteral("animals/monkey")), QStringLiteral("1"));
    QTRY_VERIFY_WITH_TIMEOUT(!sidecar(kPhotos[3]).contains("colour|red"), 15000);   // the undo reaches the sidecar too

    QTest::keyClick(m_grid, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(hasManual(kPhotos[3], QStringLiteral("colour/red")));
    m_actions->undoStack()->undo();
    QTRY_VERIFY(!hasManual(kPhotos[3], QStringLiteral("colour/red")));
}

void TestTagPanel::droppedTagGoesToTheSelectionOrTheAssetUnderIt()
{
    const QModelIndex aloe = m_panel->model()->indexOfPath(QStringLiteral("plants/aloe"));
    std::unique_ptr<QMimeData> mime(m_panel->model()->mimeData({aloe}));
    QVERIFY(mime && mime->hasFormat(QString::fromLatin1(TaxonomyModel::MimeType)));
    const auto drop = [&](int row) {
        const QPoint pos = m_grid->visualRect(m_grid->model()->index(row, 0)).center();
        QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_grid->viewport(), &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_grid->viewport(), &move);
        QDropEvent dropped(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_grid->viewport(), &dropped);
        return move.isAccepted() && dropped.isAccepted();
    };
    selectRows({rowOf(kPhotos[0]), rowOf(kPhotos[2])});
    QVERIFY(drop(rowOf(kPhotos[2])));   // on a selected asset: the whole selection
    QTRY_VERIFY(hasManual(kPhotos[0], QStringLiteral("plants/aloe")));
    QVERIFY(hasManual(kPhotos[2], QStringLiteral("plants/aloe")));
    QVERIFY(!hasManual(kPhotos[3], QStringLiteral("plants/aloe")));
    QVERIFY(drop(rowOf(kPhotos[3])));   // beside the selection: that asset alone
    QTRY_VERIFY(hasManual(kPhotos[3], QStringLiteral("plants/aloe")));
    QVERIFY(!hasManual(kPhotos[1], QStringLiteral("plants/aloe")));   // it has the smart tag only
    QTRY_COMPARE(m_actions->undoStack()->count(), 2);
    m_actions->undoStack()->undo();
    m_actions->undoStack()->undo();
    QTRY_VERIFY(!hasManual(kPhotos[0], QStringLiteral("plants/aloe")));
    QTRY_VERIFY(!hasManual(kPhotos[3], QStringLiteral("plants/aloe")));
}

QTEST_MAIN(TestTagPanel)
#include "tst_tagpanel.moc"
