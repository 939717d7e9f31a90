// Help > Keyboard Shortcuts and Help > About over a real catalog and a real models folder.
#include "catalog/catalog.h"
#include "media/libraryversions.h"
#include "ml/modelinstaller.h"
#include "ml/modelmanifest.h"
#include "ui/desktop/aboutdialog.h"
#include "ui/desktop/shortcutsdialog.h"
#include "ui/foldertreeview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <opencv2/core/version.hpp>

using namespace tagsmith;

namespace {

void collect(const QMenu *menu, QList<const QAction *> &into)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        into << action;
        if (action->menu() && !action->menu()->property(ShortcutsDialog::ListsNoItems).toBool())
            collect(action->menu(), into);
    }
}

void collect(const QTreeWidgetItem *item, QHash<QString, QString> &into)
{
    for (int i = 0; i < item->childCount(); ++i) {
        into.insert(item->child(i)->text(0), item->child(i)->text(1));
        collect(item->child(i), into);
    }
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

class TestAboutShortcuts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menusFollowDesktopConventions();
    void shortcutsListEveryActionFromTheActions();
    void shortcutsAreUnique();
    void aboutShowsVersions();
    void aboutShowsModelOriginsAndLicences();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAboutShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAboutShortcuts::menusFollowDesktopConventions()
{
    QStringList menus;
    for (const QAction *menu : m_window->menuBar()->actions())
        menus << plain(menu->text());
    QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"), QStringLiteral("Tags"),
                                 QStringLiteral("Models"), QStringLiteral("Help")}));
    const auto shortcutOf = [this](const char *name) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        return action ? action->shortcut() : QKeySequence(Qt::Key_unknown);
    };
    QCOMPARE(shortcutOf("newCatalogAction"), QKeySequence(QKeySequence::New));
    QCOMPARE(shortcutOf("openCatalogAction"), QKeySequence(QKeySequence::Open));
    QVERIFY(!shortcutOf("quitAction").isEmpty());   // Ctrl+Q where the platform has no Quit key
    QCOMPARE(shortcutOf("selectAllAction"), QKeySequence(QKeySequence::SelectAll));
    QCOMPARE(shortcutOf("manageTagsAction"), QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(shortcutOf("preferencesAction"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("recentCatalogsMenu")));
}

void TestAboutShortcuts::shortcutsListEveryActionFromTheActions()
{
    m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->list()->accessibleName().isEmpty());
    QHash<QString, QString> listed;
    for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
        collect(dialog->list()->topLevelItem(i), listed);
    QList<const QAction *> actions;
    for (const QAction *menu : m_window->menuBar()->actions())
        collect(menu->menu(), actions);
    QVERIFY2(actions.size() > 20, qPrintable(QString::number(actions.size())));
    for (const QAction *action : std::as_const(actions)) {
        QVERIFY2(listed.contains(plain(action->text())), qPrintable(action->text()));
        QCOMPARE(listed.value(plain(action->text())), action->shortcut().toString(QKeySequence::NativeText));
    }
    QVERIFY(!listed.contains(QStringLiteral("Clear List")));   // Open Recent lists files, not commands
    QCOMPARE(listed.value(QStringLiteral("Preferences…")), QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText));
    dialog->close();
}

void TestAboutShortcuts::shortcutsAreUnique()
{
    QList<const QAction *> actions;
    for (const QAction *menu : m_window->menuBar()->actions())
        collect(menu->menu(), actions);
    QHash<QKeySequence, QString> seen;
    for (const QAction *action : std::as_const(actions)) {
        if (action->shortcut().isEmpty())
            continue;
        const QString other = seen.value(action->shortcut());
        QVERIFY2(other.isEmpty() || other == action->text(),
                 qPrintable(QStringLiteral("%1 and %2 share %3").arg(other, action->text(), action->shortcut().toString())));
        seen.insert(action->shortcut(), action->text());
    }
}

void TestAboutShortcuts::aboutShowsVersions()
{
    AboutDialog dialog(m_dir.filePath(QStringLiteral("no-models")));
    const QString text = dialog.text();
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(CV_VERSION)));
    QVERIFY(!LibraryVersions::ffmpeg().isEmpty());
    QVERIFY(text.contains(LibraryVersions::ffmpeg()));
    QVERIFY(text.contains(QStringLiteral("FFmpeg")));
}

void TestAboutShortcuts::aboutShowsModelOriginsAndLicences()
{
    // One pack installed from ../shared/models, as `tagsmith-cli models install` does.
    const QString models = m_dir.filePath(QStringLiteral("models"));
    const auto manifest = ml::ModelManifest::builtin(QStringLiteral("coco_centernet"));
    QVERIFY(manifest);
    const Status installed = ml::ModelInstaller::installOne(manifest.value(), QStringLiteral(TAGSMITH_SHARED_DIR "/models"), models);
    QVERIFY2(installed, qPrintable(installed.error()));
    AboutDialog dialog(models);
    const QString text = dialog.text();
    for (const QString &name : ml::ModelManifest::builtinNames())
        QVERIFY2(text.contains(name), qPrintable(name));
    QVERIFY(text.contains(QStringLiteral("MIT")));
    QVERIFY(text.contains(QStringLiteral("Apache-2.0")));
    QVERIFY(text.contains(QStringLiteral("MobileNetV3 CenterNet")));
    QVERIFY2(text.contains(QStringLiteral("yes, in ")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("no: ")));   // the packs not installed say why
}

QTEST_MAIN(TestAboutShortcuts)
#include "tst_aboutshortcuts.moc"
