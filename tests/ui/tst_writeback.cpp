// Edit > Write Metadata to Files over a real catalog: sidecars are written for the selected
// assets, a file in a read-only folder is listed with the reason and the others are still
// written; the menu action works on the grid's selection.
#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "ui/assetgridview.h"
#include "ui/desktop/writebackdialog.h"
#include "ui/foldertreeview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace tagsmith;

namespace {

// A folder nobody may write to, root included (chattr +i); undone when it goes out of scope.
class LockedFolder {
public:
    explicit LockedFolder(const QString &path) : m_path(path)
    {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
        if (::geteuid() == 0)
            m_immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
    }
    ~LockedFolder()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    bool effective() const { return ::geteuid() != 0 || m_immutable; }

private:
    QString m_path;
    bool m_immutable = false;
};

} // namespace

class TestWriteBack : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sidecarsForTheSelectionAndTheLockedOneReported();
    void menuActionWritesTheGridSelection();
    void cancelKeepsWhatWasWritten();

private:
    QByteArray sidecarOf(const QString &asset);

    QTemporaryDir m_dir;
    QString m_open;
    QString m_locked;
    QStringList m_assets;
    CatalogPtr m_catalog;
};

void TestWriteBack::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(QStringLiteral("metadata/writeSidecars"), false);   // only the write-back writes them
    QVERIFY(m_dir.isValid());
    const QString library = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/library");
    m_open = library + QStringLiteral("/open");
    m_locked = library + QStringLiteral("/locked");
    const std::pair<QString, QString> files[] = {{QStringLiteral("red_apple.jpg"), m_open},
                                                 {QStringLiteral("aloe_plant_pot.jpg"), m_open},
                                                 {QStringLiteral("baboon_mandrill.jpg"), m_locked}};
    for (const auto &[name, folder] : files) {
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/") + name, folder + QLatin1Char('/') + name));
        m_assets << folder + QLatin1Char('/') + name;
    }
    auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY2(catalog, qPrintable(catalog.error()));
    m_catalog = catalog.value();
    QCOMPARE(Importer(m_catalog).run({library}).added, 3);
    AssetRepository assets(m_catalog->connection());
    TagRepository tags(m_catalog->connection());
    for (const QString &path : std::as_const(m_assets)) {
        const auto asset = assets.findByPath(path);
        QVERIFY(asset && asset.value());
        QVERIFY(tags.addManualTag(asset.value()->id, QStringLiteral("written/back")));
    }
}

QByteArray TestWriteBack::sidecarOf(const QString &asset)
{
    QFile sidecar(asset + QStringLiteral(".xmp"));
    return sidecar.open(QIODevice::ReadOnly) ? sidecar.readAll() : QByteArray();
}

void TestWriteBack::sidecarsForTheSelectionAndTheLockedOneReported()
{
    WriteBackDialog dialog(m_catalog, m_assets);
    QSignalSpy finished(&dialog, &WriteBackDialog::finished);
    {
        LockedFolder locked(m_locked);
        if (!locked.effective())
            QSKIP("cannot make a folder read-only for root here (chattr failed)");
        dialog.start();
        QVERIFY(finished.wait(60000));
    }
    QCOMPARE(finished.first().at(0).toInt(), 2);   // written
    QCOMPARE(finished.first().at(1).toInt(), 1);   // failed
    QCOMPARE(finished.first().at(2).toBool(), false);
    QCOMPARE(dialog.problems()->count(), 1);
    QVERIFY2(dialog.problems()->item(0)->text().contains(QStringLiteral("baboon_mandrill.jpg.xmp: folder is read-only")),
             qPrintable(dialog.problems()->item(0)->text()));
    QVERIFY2(dialog.summary().startsWith(QStringLiteral("2 file(s) written, 1 could not be written")), qPrintable(dialog.summary()));
    for (const QString &asset : {m_assets.at(0), m_assets.at(1)})
        QVERIFY2(sidecarOf(asset).contains("written|back"), qPrintable(asset));
    QVERIFY(!QFile::exists(m_assets.at(2) + QStringLiteral(".xmp")));
    QCOMPARE(dialog.outcomes().at(0).written, m_assets.at(0) + QStringLiteral(".xmp"));

    // Unlocked, a second run writes the one that failed and leaves the others as they were.
    const QByteArray before = sidecarOf(m_assets.at(0));
    finished.clear();
    dialog.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QVERIFY(sidecarOf(m_assets.at(2)).contains("written|back"));
    QCOMPARE(sidecarOf(m_assets.at(0)), before);
}

void TestWriteBack::menuActionWritesTheGridSelection()
{
    for (const QString &asset : std::as_const(m_assets))
        QFile::remove(asset + QStringLiteral(".xmp"));
    MainWindow window(m_catalog->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::assetsShown);
    QTRY_VERIFY(window.findChild<FolderTreeView *>(QStringLiteral("folderTree"))->model()->rowCount() > 0);
    window.selectFolder(m_open);
    QTRY_VERIFY(!shown.isEmpty() && shown.last().first().toInt() == 2);
    auto *grid = window.findChild<AssetGridView *>(QStringLiteral("assetGrid"));
    grid->selectAll();
    auto *action = window.findChild<QAction *>(QStringLiteral("writeMetadataAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Save));
    action->trigger();
    auto *dialog = window.findChild<WriteBackDialog *>();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &WriteBackDialog::finished);
    dialog->setEmbedded(false);
    dialog->writeButton()->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QVERIFY(sidecarOf(m_assets.at(0)).contains("written|back"));
    QVERIFY(!QFile::exists(m_assets.at(2) + QStringLiteral(".xmp")));   // not selected
    dialog->close();
}

void TestWriteBack::cancelKeepsWhatWasWritten()
{
    // Cancel right after Start: how many files the worker reached first is up to the scheduler,
    // so the test checks the accounting, whichever it was.
    QStringList many;
    for (int i = 0; i < 40; ++i)
        many << m_assets;
    WriteBackDialog dialog(m_catalog, many);
    QSignalSpy finished(&dialog, &WriteBackDialog::finished);
    dialog.start();
    dialog.cancel();
    QVERIFY(finished.wait(60000));
    const int written = finished.first().at(0).toInt();
    const int failed = finished.first().at(1).toInt();
    QCOMPARE(written + failed, int(dialog.outcomes().size()));
    QVERIFY(dialog.outcomes().size() <= many.size());
    if (finished.first().at(2).toBool())
        QVERIFY2(dialog.summary().contains(QStringLiteral("; cancelled, %1 not attempted").arg(many.size() - dialog.outcomes().size())),
                 qPrintable(dialog.summary()));
    QVERIFY(dialog.writeButton()->isEnabled());   // ready for another run
}

QTEST_MAIN(TestWriteBack)
#include "tst_writeback.moc"
