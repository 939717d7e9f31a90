// Edit > Preferences over a real catalog: each control writes the key the CLI reads and takes
// effect in the open window at once; the language rebuilds the window in German.
#include "catalog/catalog.h"
#include "importing/importer.h"
#include "jobs/jobrunner.h"
#include "processing/processingpipeline.h"
#include "scheduling/scheduler.h"
#include "translationloader.h"
#include "ui/assetgridview.h"
#include "ui/desktop/genericthresholdsbox.h"
#include "ui/desktop/preferencesdialog.h"
#include "ui/desktop/windowhost.h"
#include "ui/foldertreeview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimeEdit>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

class TestPreferences : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlHasAnAccessibleName();
    void sidecarSwitchIsTheCliSetting();
    void thumbnailSizeAppliesToTheGrid();
    void workerThreadsAreStored();
    void genericThresholdsAreTheCatalogs();
    void schedulesAreTheSchedulersSettings();
    void languageRebuildsTheWindowInGerman();

private:
    PreferencesDialog *openDialog();

    QTemporaryDir m_dir;
    QString m_catalog;
    std::unique_ptr<WindowHost> m_host;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const QString library = m_dir.filePath(QStringLiteral("photos"));
    QDir().mkpath(library);
    for (const QString &name : {QStringLiteral("aloe_plant_pot.jpg"), QStringLiteral("baboon_mandrill.jpg")})
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/") + name, library + QLatin1Char('/') + name));
    m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    auto catalog = Catalog::open(m_catalog);
    QVERIFY2(catalog, qPrintable(catalog.error()));
    QCOMPARE(Importer(catalog.value()).run({library}).added, 2);
}

void TestPreferences::init()
{
    m_host = std::make_unique<WindowHost>(m_catalog);
    m_host->window()->resize(1100, 700);
    m_host->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host->window()));
    auto *tree = m_host->window()->findChild<FolderTreeView *>(QStringLiteral("folderTree"));
    QTRY_VERIFY(tree->model()->rowCount() > 0);
}

void TestPreferences::cleanup()
{
    m_host.reset();
}

PreferencesDialog *TestPreferences::openDialog()
{
    auto *action = m_host->window()->findChild<QAction *>(QStringLiteral("preferencesAction"));
    if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_Comma))
        return nullptr;
    action->trigger();
    auto *dialog = m_host->window()->findChild<PreferencesDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestPreferences::everyControlHasAnAccessibleName()
{
    PreferencesDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QList<QWidget *> controls = dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *control : controls) {
        if (!qobject_cast<QCheckBox *>(control) && !qobject_cast<QAbstractSpinBox *>(control) && !qobject_cast<QSlider *>(control)
            && !qobject_cast<QComboBox *>(control))
            continue;
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        ++checked;
    }
    QCOMPARE(checked, 13);   // sidecars and their naming, 2 source switches, 2 thresholds, 2 worker counts, the schedules' 3, and 2 more
}

void TestPreferences::sidecarSwitchIsTheCliSetting()
{
    PreferencesDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *sidecars = dialog->findChild<QCheckBox *>(QStringLiteral("writeSidecars"));
    QVERIFY(sidecars->isChecked());   // the default, as in the CLI
    sidecars->click();
    QCOMPARE(QSettings().value(QStringLiteral("metadata/writeSidecars")).toBool(), false);

    sidecars->click();
    QCOMPARE(QSettings().value(QStringLiteral("metadata/writeSidecars")).toBool(), true);
}

void TestPreferences::thumbnailSizeAppliesToTheGrid()
{
    PreferencesDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *grid = m_host->window()->findChild<AssetGridView *>(QStringLiteral("assetGrid"));
    QTRY_VERIFY(grid->model()->rowCount() > 0);
    auto *slider = dialog->findChild<QSlider *>(QStringLiteral("thumbnailSize"));
    slider->setValue(64);
    QTRY_VERIFY(grid->visualRect(grid->model()->index(0, 0)).width() < 64 + 40);
    const int small = grid->visualRect(grid->model()->index(0, 0)).width();
    slider->setValue(256);
    QTRY_VERIFY(grid->visualRect(grid->model()->index(0, 0)).width() > small + 100);
    QCOMPARE(QSettings().value(QStringLiteral("grid/thumbnailSize")).toInt(), 256);
    slider->setValue(160);
}

void TestPreferences::workerThreadsAreStored()
{
    PreferencesDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *workers = dialog->findChild<QSpinBox *>(QStringLiteral("inferenceWorkers"));
    QCOMPARE(workers->value(), 0);
    QVERIFY(!workers->specialValueText().isEmpty());   // 0 reads "Automatic (n threads)"
    workers->setValue(2);
    QCOMPARE(QSettings().value(PreferencesDialog::workersKey()).toInt(), 2);
    workers->setValue(0);
    QCOMPARE(QSettings().value(PreferencesDialog::workersKey()).toInt(), 0);
    // The thumbnail and text pool: what the app's and the CLI's job runners are given.
    auto *decode = dialog->findChild<QSpinBox *>(QStringLiteral("decodeWorkers"));
    QVERIFY(decode);
    QCOMPARE(JobRunnerOptions::fromSettings().decodeThreads, 0);
    decode->setValue(1);
    QCOMPARE(JobRunnerOptions::fromSettings().decodeThreads, 1);
    decode->setValue(0);
    QCOMPARE(JobRunnerOptions::fromSettings().decodeThreads, 0);
}

void TestPreferences::genericThresholdsAreTheCatalogs()
{
    PreferencesDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *box = dialog->findChild<GenericThresholdsBox *>();
    QVERIFY(box);
    QTRY_VERIFY(box->objects()->isEnabled());
    QCOMPARE(box->objects()->value(), 0.3);     // the defaults, read from the catalog
    QCOMPARE(box->imageNet()->value(), 0.7);
    QSignalSpy saved(box, &GenericThresholdsBox::saved);
    box->objects()->setValue(0.45);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(1).toString(), QString());

    // tagsmith-cli reads the same value from the catalog.
    QProcess cli;
    cli.start(QStringLiteral(TAGSMITH_CLI), {QStringLiteral("--catalog"), m_catalog, QStringLiteral("generic"),
                                             QStringLiteral("object-threshold")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(cli.readAllStandardOutput()).trimmed(), QStringLiteral("0.45"));
    box->objects()->setValue(0.3);
    QTRY_COMPARE(saved.count(), 2);

    // Switching a source off is the CLI's `generic disable objects`, and disables its threshold.
    QVERIFY(box->objectsOn()->isChecked());
    box->objectsOn()->setChecked(false);
    QTRY_COMPARE(saved.count(), 3);
    QCOMPARE(saved.last().at(1).toString(), QString());
    QVERIFY(!box->objects()->isEnabled());
    QProcess list;
    list.start(QStringLiteral(TAGSMITH_CLI), {QStringLiteral("--catalog"), m_catalog, QStringLiteral("--json"), QStringLiteral("generic"),
                                              QStringLiteral("list")});
    QVERIFY(list.waitForFinished(60000));
    const QJsonObject state = QJsonDocument::fromJson(list.readAllStandardOutput()).object();
    QCOMPARE(state.value(QStringLiteral("objects_enabled")).toBool(), false);
    QCOMPARE(state.value(QStringLiteral("imagenet_enabled")).toBool(), true);
    box->objectsOn()->setChecked(true);
    QTRY_COMPARE(saved.count(), 4);
    QVERIFY(box->objects()->isEnabled());
}

void TestPreferences::schedulesAreTheSchedulersSettings()
{
    PreferencesDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *tagging = dialog->findChild<QTimeEdit *>(QStringLiteral("taggingTime"));
    auto *day = dialog->findChild<QComboBox *>(QStringLiteral("trainingDay"));
    auto *training = dialog->findChild<QTimeEdit *>(QStringLiteral("trainingTime"));
    QVERIFY(tagging && day && training);
    // The scheduler's defaults: tagging daily at 00:00, training on Saturdays at 00:30.
    QCOMPARE(tagging->time(), QTime(0, 0));
    QCOMPARE(day->currentData().toInt(), int(Qt::Saturday));
    QCOMPARE(training->time(), QTime(0, 30));

    tagging->setTime(QTime(13, 15));
    day->setCurrentIndex(day->findData(0));
    training->setTime(QTime(22, 5));
    const ScheduleConfig config = ScheduleConfig::fromSettings();
    QCOMPARE(config.tagging.time, QTime(13, 15));
    QCOMPARE(config.training.dayOfWeek, 0);
    QCOMPARE(config.training.time, QTime(22, 5));
    for (const char *key : {"schedule/taggingTime", "schedule/trainingDay", "schedule/trainingTime"})
        QSettings().remove(QLatin1String(key));
}

void TestPreferences::languageRebuildsTheWindowInGerman()
{
    PreferencesDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    QSignalSpy replaced(m_host.get(), &WindowHost::windowReplaced);
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QTRY_COMPARE(replaced.count(), 1);
    QCOMPARE(QSettings().value(TranslationLoader::settingsKey()).toString(), QStringLiteral("de"));
    QStringList menus;
    for (QAction *menu : m_host->window()->menuBar()->actions())
        menus << menu->text();
    QVERIFY2(menus.contains(QStringLiteral("&Datei")) && menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(u' ')));
    QCOMPARE(m_host->window()->catalogPath(), m_catalog);   // the same catalog, in the new language
    auto *reopened = m_host->window()->findChild<PreferencesDialog *>();
    QVERIFY(reopened && reopened->isVisible());
    QCOMPARE(reopened->windowTitle(), QStringLiteral("Einstellungen"));

    dialog = openDialog();
    QVERIFY(dialog);
    language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QTRY_COMPARE(replaced.count(), 2);
    QStringList english;
    for (QAction *menu : m_host->window()->menuBar()->actions())
        english << menu->text();
    QVERIFY2(english.contains(QStringLiteral("&File")), qPrintable(english.join(u' ')));
    QSettings().remove(TranslationLoader::settingsKey());
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
