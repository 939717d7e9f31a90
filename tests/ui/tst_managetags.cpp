// Manage Tags on a multi-selection of the browse window, over a catalog of real imported photos:
// batch add and remove of a manual tag, delete and promote of smart tags, undo, sidecars.
#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/genericlabelrepository.h"
#include "catalog/smarttagrules.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "metadata/sidecarwriter.h"
#include "ui/assetgridmodel.h"
#include "ui/assetgridview.h"
#include "ui/mainwindow.h"
#include "ui/tags/managetagsdialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tagsmith;

namespace {

const QStringList kPhotos = {QStringLiteral("aloe_plant_pot.jpg"), QStringLiteral("baboon_mandrill.jpg"),
                             QStringLiteral("aerial_city_view.jpg")};

} // namespace

class TestManageTags : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void multiSelectionEdits();
    void blockEverywhereSilencesAGenericLabel();

private:
    // "source:state" of `tag` on the asset, "" when it has none.
    QString stateOf(const QString &name, const QString &tag);
    QStringList column(const QTreeWidget *tree, int column) const;
    void select(QTreeWidget *tree, const QString &tag);

    QTemporaryDir m_dir;
    QString m_catalogPath;
    CatalogPtr m_catalog;
    QHash<QString, qint64> m_ids;
    QHash<QString, QString> m_paths;
};

void TestManageTags::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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
    const ImportReport report = Importer(m_catalog).run({library});
    QCOMPARE(report.added, int(kPhotos.size()));

    AssetRepository assets(m_catalog->connection());
    TagRepository tags(m_catalog->connection());
    for (const QString &photo : kPhotos) {
        const QString path = QDir(library).canonicalPath() + QLatin1Char('/') + photo;
        auto found = assets.findByPath(path);
        QVERIFY2(found && found.value(), qPrintable(path));
        m_ids.insert(photo, found.value()->id);
        m_paths.insert(photo, path);
    }
    // Smart tags as a model would have applied them: "plant" on two assets, "animal" on one.
    QVERIFY(tags.setSmartTag(m_ids.value(kPhotos[0]), QStringLiteral("plant"), QStringLiteral("flora"), 3, 0.91));
    QVERIFY(tags.setSmartTag(m_ids.value(kPhotos[2]), QStringLiteral("plant"), QStringLiteral("flora"), 3, 0.74));
    QVERIFY(tags.setSmartTag(m_ids.value(kPhotos[1]), QStringLiteral("animal/monkey"), QStringLiteral("fauna"), 2, 0.97));
    QVERIFY(tags.setSmartTag(m_ids.value(kPhotos[2]), QStringLiteral("city"), QStringLiteral("places"), 1, 0.55));
    QVERIFY(tags.addManualTag(m_ids.value(kPhotos[0]), QStringLiteral("garden")));
}

QString TestManageTags::stateOf(const QString &name, const QString &tag)
{
    auto tags = TagRepository(m_catalog->connection()).tagsOf(m_ids.value(name));
    if (!tags)
        return tags.error();
    QStringList found;
    for (const AssetTag &assetTag : tags.value())
        if (assetTag.tag == tag)
            found << sourceName(assetTag.source) + QLatin1Char(':') + stateName(assetTag.state);
    return found.join(QLatin1Char(','));
}

QStringList TestManageTags::column(const QTreeWidget *tree, int column) const
{
    QStringList values;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        values << tree->topLevelItem(row)->text(column);
    return values;
}

void TestManageTags::select(QTreeWidget *tree, const QString &tag)
{
    const QList<QTreeWidgetItem *> items = tree->findItems(tag, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    tree->setCurrentItem(items.first());
}

void TestManageTags::multiSelectionEdits()
{
    MainWindow window(m_catalogPath);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *grid = window.findChild<AssetGridView *>(QStringLiteral("assetGrid"));
    QVERIFY(grid);
    QTRY_COMPARE(grid->model()->rowCount(), int(kPhotos.size()));
    grid->setFocus();
    grid->selectAll();
    QCOMPARE(grid->selectionModel()->selectedIndexes().size(), kPhotos.size());

    // The shortcut on the grid opens the dialog for the whole selection.
    QTest::keyClick(grid, Qt::Key_T, Qt::ControlModifier);
    ManageTagsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ManageTagsDialog *>()) != nullptr);
    auto *smart = dialog->findChild<QTreeWidget *>(QStringLiteral("smartTags"));
    auto *manual = dialog->findChild<QListWidget *>(QStringLiteral("manualTags"));
    auto *newTag = dialog->findChild<QLineEdit *>(QStringLiteral("newTag"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addManualTag"));
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removeManualTag"));
    auto *deleteTag = dialog->findChild<QPushButton *>(QStringLiteral("deleteSmartTag"));
    auto *promote = dialog->findChild<QPushButton *>(QStringLiteral("promoteSmartTag"));
    auto *undo = dialog->findChild<QPushButton *>(QStringLiteral("undoTagEdit"));
    QVERIFY(smart && manual && newTag && add && remove && deleteTag && promote && undo);

    // Smart tags by confidence, descending, with model and version; manual tags apart.
    QTRY_COMPARE(smart->topLevelItemCount(), 3);
    QCOMPARE(column(smart, 0), (QStringList{QStringLiteral("animal/monkey"), QStringLiteral("plant"), QStringLiteral("city")}));
    QCOMPARE(column(smart, 1), (QStringList{QStringLiteral("fauna"), QStringLiteral("flora"), QStringLiteral("places")}));
    QCOMPARE(column(smart, 2), (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1")}));
    QCOMPARE(column(smart, 3), (QStringList{QStringLiteral("0.97"), QStringLiteral("0.91"), QStringLiteral("0.55")}));
    QCOMPARE(column(smart, 4).at(1), QStringLiteral("2 of 3"));
    // "city" is below its model's default threshold: stored, but not applied.
    QCOMPARE(column(smart, 5), (QStringList{QStringLiteral("active"), QStringLiteral("active"), QStringLiteral("candidate")}));
    QCOMPARE(manual->count(), 1);
    QCOMPARE(manual->item(0)->text(), QStringLiteral("garden (1 of 3)"));
    QVERIFY(!undo->isEnabled());

    // Batch add: one tag on every selected asset, typed with the completer over existing tags.
    QSignalSpy loaded(dialog, &ManageTagsDialog::tagsLoaded);
    QTest::keyClicks(newTag, QStringLiteral("trip / italy "));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE(manual->count(), 2);
    QTRY_VERIFY(undo->isEnabled());
    QCOMPARE(manual->item(1)->text(), QStringLiteral("trip/italy (3 of 3)"));
    for (const QString &photo : kPhotos)
        QCOMPARE(stateOf(photo, QStringLiteral("trip/italy")), QStringLiteral("manual:active"));

    // Delete "plant" on both assets that carry it; it stays deleted when the model runs again.
    select(smart, QStringLiteral("plant"));
    QTest::mouseClick(deleteTag, Qt::LeftButton);
    QTRY_COMPARE(stateOf(kPhotos[0], QStringLiteral("plant")), QStringLiteral("smart:deleted"));
    QCOMPARE(stateOf(kPhotos[2], QStringLiteral("plant")), QStringLiteral("smart:deleted"));
    QVERIFY(TagRepository(m_catalog->connection()).setSmartTag(m_ids.value(kPhotos[0]), QStringLiteral("plant"),
                                                               QStringLiteral("flora"), 4, 0.99));
    QCOMPARE(stateOf(kPhotos[0], QStringLiteral("plant")), QStringLiteral("smart:deleted"));

    // Promote the monkey.
    QTRY_VERIFY(promote->isEnabled());
    select(smart, QStringLiteral("animal/monkey"));
    QTest::mouseClick(promote, Qt::LeftButton);
    QTRY_COMPARE(stateOf(kPhotos[1], QStringLiteral("animal/monkey")), QStringLiteral("smart:promoted"));
    QTRY_COMPARE(dialog->undoDepth(), 3);
    QTRY_COMPARE(smart->findItems(QStringLiteral("animal/monkey"), Qt::MatchExactly).value(0)->text(5), QStringLiteral("promoted"));

    // Batch remove of a manual tag, then undo it and the promotion and deletion, newest first.
    QTRY_VERIFY(remove->isEnabled() || manual->count() == 2);
    manual->setCurrentRow(1);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(manual->count(), 1);
    for (const QString &photo : kPhotos)
        QCOMPARE(stateOf(photo, QStringLiteral("trip/italy")), QString());

    QTRY_VERIFY(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(manual->count(), 2);
    for (const QString &photo : kPhotos)
        QCOMPARE(stateOf(photo, QStringLiteral("trip/italy")), QStringLiteral("manual:active"));
    QTRY_VERIFY(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(stateOf(kPhotos[1], QStringLiteral("animal/monkey")), QStringLiteral("smart:active"));
    QTRY_VERIFY(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(stateOf(kPhotos[0], QStringLiteral("plant")), QStringLiteral("smart:active"));
    QCOMPARE(stateOf(kPhotos[2], QStringLiteral("plant")), QStringLiteral("smart:active"));
    QCOMPARE(dialog->undoDepth(), 1);   // the batch add is left

    // The manual tag reached every sidecar (written when the dialog's worker goes away).
    dialog->close();
    QTRY_VERIFY(!window.findChild<ManageTagsDialog *>());
    for (const QString &photo : kPhotos) {
        QFile sidecar(SidecarWriter::sidecarPath(m_paths.value(photo)));
        QVERIFY2(sidecar.open(QIODevice::ReadOnly), qPrintable(sidecar.fileName()));
        QVERIFY2(sidecar.readAll().contains("trip|italy"), qPrintable(sidecar.fileName()));
    }
}

// A generic label blocked from one asset's dialog is stored, not applied, on every asset;
// custom smart tags cannot be blocked.
void TestManageTags::blockEverywhereSilencesAGenericLabel()
{
    TagRepository tags(m_catalog->connection());
    QVERIFY(tags.setSmartTag(m_ids.value(kPhotos[1]), QStringLiteral("imagenet/baboon"), GenericModels::ImageNet, 1, 0.93));
    QVERIFY(tags.setSmartTag(m_ids.value(kPhotos[0]), QStringLiteral("imagenet/baboon"), GenericModels::ImageNet, 1, 0.81));
    ManageTagsDialog dialog(m_catalog, {m_ids.value(kPhotos[1])}, {m_paths.value(kPhotos[1])});
    QSignalSpy loaded(&dialog, &ManageTagsDialog::tagsLoaded);
    dialog.show();
    QTRY_COMPARE(loaded.size(), 1);
    auto *smart = dialog.findChild<QTreeWidget *>(QStringLiteral("smartTags"));
    auto *block = dialog.findChild<QPushButton *>(QStringLiteral("blockGenericLabel"));
    QVERIFY(smart && block);
    select(smart, QStringLiteral("animal/monkey"));
    QVERIFY(!block->isEnabled());
    select(smart, QStringLiteral("imagenet/baboon"));
    QVERIFY(block->isEnabled());
    QCOMPARE(smart->currentItem()->text(5), ManageTagsDialog::tr("active"));

    QTest::mouseClick(block, Qt::LeftButton);
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(smart->findItems(QStringLiteral("imagenet/baboon"), Qt::MatchExactly).first()->text(5), ManageTagsDialog::tr("blocked"));
    QCOMPARE(GenericLabelRepository(m_catalog->connection()).blocked().value(), QStringList{QStringLiteral("imagenet/baboon")});
    auto rules = SmartTagRules::load(m_catalog->connection());
    QVERIFY(rules.ok());
    const AssetTag onOther{QStringLiteral("imagenet/baboon"), TagSource::Smart, GenericModels::ImageNet, 1, 0.81, TagState::Active};
    QCOMPARE(rules.value().standing(onOther, 0), SmartTagStanding::Blocked);
    QVERIFY(GenericLabelRepository(m_catalog->connection()).unblock({QStringLiteral("imagenet/baboon")}));
    QCOMPARE(SmartTagRules::load(m_catalog->connection()).value().standing(onOther, 0), SmartTagStanding::Applied);
}

QTEST_MAIN(TestManageTags)
#include "tst_managetags.moc"
