// A video's smart tags in the app, over videos tagged by the real models (installed from
// ../shared/models into the test profile): the properties panel shows each tag's time
// ranges in the objects/scenes and actions groups, a click on a range opens the preview's
// frame scrubber at that time, and the Jobs panel follows the frames of the 60-second video.
#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/folderrepository.h"
#include "catalog/sql.h"
#include "importing/importer.h"
#include "jobs/jobrunner.h"
#include "ml/modelinstaller.h"
#include "processing/processingpipeline.h"
#include "processing/tagrangerepository.h"
#include "ui/jobspanel.h"
#include "ui/mainwindow.h"
#include "ui/previewdialog.h"
#include "ui/propertiespanel.h"
#include "ui/thumbnailcache.h"

#include <QAbstractButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <memory>

using namespace tagsmith;

namespace {

const QString kVideos = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/videos");
const QString kLongVideo = QStringLiteral("people_walking_campus.mp4");
const QStringList kFiles = {QStringLiteral("dog_samoyed_phone.mp4"), QStringLiteral("city_night_skyscrapers.mkv"),
                            QStringLiteral("diver_underwater.mov"), kLongVideo};

// With TAGSMITH_SCREENSHOT_DIR set, the test also saves what it shows for docs/screenshots.
void snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TAGSMITH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestVideoTags : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_modelsDir;
    QString m_catalogPath;
    // The range with the latest start among the tagged videos: where a click must seek to.
    QString m_rangeFile;
    TagRange m_range;
    std::unique_ptr<MainWindow> m_window;

    QListView *grid() const { return m_window->findChild<QListView *>(QStringLiteral("assetGrid")); }
    PropertiesPanel *panel() const { return m_window->findChild<PropertiesPanel *>(QStringLiteral("propertiesPanel")); }

    bool select(const QString &name)
    {
        const QModelIndexList found = grid()->model()->match(grid()->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        if (found.isEmpty())
            return false;
        grid()->setCurrentIndex(found.first());
        grid()->scrollTo(found.first());
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_modelsDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/models");
        QDir(m_modelsDir).removeRecursively();   // a previous run's copy
        const ml::ModelInstallReport installed = ml::ModelInstaller::install(QStringLiteral(TAGSMITH_SHARED_DIR "/models"), m_modelsDir);
        QVERIFY2(installed.failed.isEmpty(), qPrintable(installed.failed.isEmpty() ? QString() : installed.failed.first().reason));

        m_library = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/videos");
        QVERIFY(QDir().mkpath(m_library));
        for (const QString &file : kFiles)
            QVERIFY(QFile::copy(kVideos + QLatin1Char('/') + file, m_library + QLatin1Char('/') + file));
        m_catalogPath = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        auto catalog = Catalog::open(m_catalogPath);
        QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error()));
        QCOMPARE(Importer(catalog.value()).run({m_library}).added, int(kFiles.size()));
        // Thumbnails and video tags, as the app's queue would do them, before the window opens.
        const ProcessingHandlers processing = makeProcessingHandlers(catalog.value(), m_modelsDir);
        QVERIFY2(processing.smartTagsOff.isEmpty(), qPrintable(processing.smartTagsOff));
        QVERIFY(JobRunner(catalog.value(), processing.handlers).runUntilIdle());

        QSqlDatabase db = catalog.value()->connection();
        bool any = false;
        for (const QString &file : kFiles) {
            auto asset = AssetRepository(db).findByPath(m_library + QLatin1Char('/') + file);
            QVERIFY(asset && asset.value());
            auto ranges = TagRangeRepository(db).rangesOf(asset.value()->id);
            QVERIFY(ranges);
            for (const TagRange &range : ranges.value()) {
                if (!any || range.startSeconds > m_range.startSeconds) {
                    m_range = range;
                    m_rangeFile = file;
                    any = true;
                }
            }
        }
        QVERIFY2(any, "no video has a tag over the threshold in any frame");
        qInfo("seek target: %s %s %.2f-%.2f s", qPrintable(m_rangeFile), qPrintable(m_range.tag), m_range.startSeconds,
              m_range.endSeconds);

        m_window = std::make_unique<MainWindow>(m_catalogPath);
        m_window->resize(1400, 860);
        QSignalSpy folders(m_window.get(), &MainWindow::foldersShown);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(folders.count() > 0, 30000);
        QSignalSpy shown(m_window.get(), &MainWindow::assetsShown);
        m_window->selectFolder(m_library);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && grid()->model()->rowCount() == kFiles.size(), 30000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QDir(m_modelsDir).removeRecursively();
    }

    void propertiesShowTimeRangesInTwoGroups()
    {
        QVERIFY(select(m_rangeFile));
        const QString range = PropertiesPanel::rangeText(m_range.startSeconds, m_range.endSeconds);
        QTRY_VERIFY2_WITH_TIMEOUT(panel()->plainText().contains(range), qPrintable(panel()->plainText()), 30000);
        const QString text = panel()->plainText();
        QVERIFY2(text.contains(QStringLiteral("Objects and scenes (threshold 70 %)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Actions (threshold 70 %)")), qPrintable(text));
        // No model is marked as an action model: the panel says so instead of inventing actions.
        QVERIFY2(text.contains(QStringLiteral("No action model — mark a model as an action model to get action tags")), qPrintable(text));
        // The range stands on the line of its tag.
        // The ranges stand on the line below their tag.
        const QString lines = text.section(m_range.tag + QStringLiteral(" (model "), 1).section(QLatin1Char('\n'), 0, 1);
        QVERIFY2(lines.section(QLatin1Char('\n'), 1).contains(range), qPrintable(lines));
        // The screenshot shows the minute-long walk: people detected in the frames, with several ranges.
        QVERIFY(select(kLongVideo));
        QTRY_VERIFY2_WITH_TIMEOUT(panel()->plainText().contains(kLongVideo) && panel()->plainText().contains(QStringLiteral("coco/person")),
                                  qPrintable(panel()->plainText()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->thumbnailCache()->pendingCount() == 0, 30000);
        QTest::qWait(200);   // the grid repaints the thumbnails that just arrived
        snap(m_window.get(), QStringLiteral("video-tags"));
    }

    // With an action model, its tags form the actions group under its own threshold, and the
    // "no action model" line is gone. Values as the catalog loader would hand them over.
    void actionModelTagsFormTheirOwnGroup()
    {
        AssetDetails details;
        details.asset.id = 77;
        details.asset.name = QStringLiteral("walk.mp4");
        details.asset.media.kind = AssetKind::Video;
        details.tags << AssetTag{QStringLiteral("walking"), TagSource::Smart, QStringLiteral("moves"), 3, 0.91, TagState::Active}
                     << AssetTag{QStringLiteral("dog"), TagSource::Smart, QStringLiteral("pets"), 1, 0.62, TagState::Active};
        VideoTagSummary summary;
        summary.assetId = 77;
        summary.actionModels = {QStringLiteral("moves")};
        summary.objectThreshold = 0.6;
        summary.actionThreshold = 0.8;
        summary.ranges << TagRange{QStringLiteral("walking"), QStringLiteral("moves"), 3.2, 12.4}
                       << TagRange{QStringLiteral("walking"), QStringLiteral("moves"), 40.0, 51.0}
                       << TagRange{QStringLiteral("dog"), QStringLiteral("pets"), 0.0, 7.5};
        PropertiesPanel panel;
        QSignalSpy seeks(&panel, &PropertiesPanel::seekRequested);
        panel.showDetails(details);
        panel.showVideoTags(summary);
        const QString text = panel.plainText();
        const QString objects = text.section(QStringLiteral("Objects and scenes (threshold 60 %)"), 1).section(QStringLiteral("Actions"), 0, 0);
        const QString actions = text.section(QStringLiteral("Actions (threshold 80 %)"), 1);
        QVERIFY2(objects.contains(QStringLiteral("62 %")) && objects.contains(QStringLiteral("dog (model pets, v1)"))
                     && objects.contains(PropertiesPanel::rangeText(0.0, 7.5)) && !objects.contains(QStringLiteral("walking")),
                 qPrintable(text));
        QVERIFY2(actions.contains(QStringLiteral("91 %")) && actions.contains(QStringLiteral("walking (model moves, v3)"))
                     && actions.contains(PropertiesPanel::rangeText(3.2, 12.4) + QStringLiteral(", ") + PropertiesPanel::rangeText(40.0, 51.0)),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("No action model")));
        QCOMPARE(PropertiesPanel::rangeText(3.2, 12.4).remove(QChar(0x2060)), QStringLiteral("0:03–0:13"));
        // The third link (the second range of "walking") asks for its own start.
        Q_EMIT panel.anchorClicked(QUrl(panel.document()->toHtml().section(QStringLiteral("href=\""), 3).section(QLatin1Char('"'), 0, 0)));
        QCOMPARE(seeks.size(), 1);
        QCOMPARE(seeks.first().at(0).toLongLong(), 77);
        QCOMPARE(seeks.first().at(1).toDouble(), 40.0);
    }

    void clickingARangeSeeksThePreview()
    {
        QVERIFY(select(m_rangeFile));
        const QString range = PropertiesPanel::rangeText(m_range.startSeconds, m_range.endSeconds);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->plainText().contains(range) && panel()->plainText().contains(m_rangeFile), 30000);
        // Click the middle of the range's link, where a user would.
        QTextCursor cursor = panel()->document()->find(range);
        QVERIFY(!cursor.isNull());
        cursor.setPosition(cursor.selectionStart() + int(range.size() / 2));
        panel()->setTextCursor(cursor);
        panel()->ensureCursorVisible();
        const QPoint point = panel()->cursorRect(cursor).center();
        QVERIFY(!panel()->anchorAt(point).isEmpty());
        QTest::mouseClick(panel()->viewport(), Qt::LeftButton, {}, point);

        PreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = m_window->findChild<PreviewDialog *>()) != nullptr);
        QCOMPARE(preview->windowTitle(), m_rangeFile);
        // The scrubber moves to the range's start (tenths of a second) and that frame shows.
        QVERIFY2(std::abs(preview->currentTime() - m_range.startSeconds) <= 0.051,
                 qPrintable(QStringLiteral("%1 vs %2").arg(preview->currentTime()).arg(m_range.startSeconds)));
        // (The preview opens a tenth of the way in; the frame of the range follows it.)
        QTRY_VERIFY2_WITH_TIMEOUT(preview->shownTime() >= preview->currentTime() - 0.06 && preview->shownTime() <= preview->currentTime() + 1.0,
                                  qPrintable(QStringLiteral("frame at %1 for %2").arg(preview->shownTime()).arg(preview->currentTime())),
                                  20000);
        QVERIFY(!preview->imageSize().isEmpty());
        preview->resize(900, 640);
        snap(preview, QStringLiteral("video-preview"));
        delete preview;
    }

    void scrubberShowsTheFrameAtItsTime_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("expected");
        QTest::newRow("start") << 0.0 << 0.0;
        QTest::newRow("middle") << 30.0 << 30.0;
        QTest::newRow("near the end") << 55.5 << 55.5;
        QTest::newRow("past the end is clamped") << 500.0 << 59.9;
    }

    void scrubberShowsTheFrameAtItsTime()
    {
        QFETCH(double, seconds);
        QFETCH(double, expected);
        QVERIFY(select(kLongVideo));
        QTest::keyClick(grid(), Qt::Key_Return);   // Enter opens the preview
        PreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = m_window->findChild<PreviewDialog *>()) != nullptr);
        QSignalSpy frames(preview, &PreviewDialog::frameShown);
        preview->seekTo(seconds);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty() && std::abs(preview->shownTime() - preview->currentTime()) < 0.2, 20000);
        QVERIFY2(std::abs(preview->shownTime() - expected) < 0.25,
                 qPrintable(QStringLiteral("frame at %1, expected about %2").arg(preview->shownTime()).arg(expected)));
        auto *time = preview->findChild<QLabel *>(QStringLiteral("previewTime"));
        QVERIFY(time && time->text().endsWith(QStringLiteral("/ 1:00")));
        QVERIFY(preview->findChild<QSlider *>(QStringLiteral("previewScrubber")));
        QVERIFY(preview->findChild<QAbstractButton *>(QStringLiteral("openExternally")));
        delete preview;
    }

    void jobsPanelFollowsTheFramesAndCancelIsQuick()
    {
        auto *jobs = m_window->findChild<JobsPanel *>(QStringLiteral("jobsPanel"));
        QVERIFY(jobs);
        jobs->show();
        auto *step = jobs->findChild<QLabel *>(QStringLiteral("jobsStep"));
        QVERIFY(step);
        QVERIFY(select(kLongVideo));
        QAction *rerun = m_window->findChild<QAction *>(QStringLiteral("rerunSmartTagsAction"));
        QVERIFY(rerun && grid()->actions().contains(rerun));   // in the grid's context menu
        rerun->trigger();

        const QRegularExpression frames(QStringLiteral("^Tagging video %1: frame (\\d+) / 16$").arg(QRegularExpression::escape(kLongVideo)));
        QTRY_VERIFY2_WITH_TIMEOUT(step->isVisible() && frames.match(step->text()).hasMatch(), qPrintable(step->text()), 60000);
        const int first = frames.match(step->text()).captured(1).toInt();
        QTRY_VERIFY2_WITH_TIMEOUT(frames.match(step->text()).captured(1).toInt() > first, qPrintable(step->text()), 60000);
        snap(jobs, QStringLiteral("jobs-video-frames"));

        // Cancel All, confirmed: the running video stops between two frames.
        QTest::mouseClick(jobs->findChild<QAbstractButton *>(QStringLiteral("cancelJobs")), Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = jobs->findChild<QMessageBox *>(QStringLiteral("cancelJobsQuestion"))) != nullptr);
        QElapsedTimer clock;
        clock.start();
        question->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!step->isVisible(), 30000);
        qInfo("gui_cancel_60s_video: %lld ms from Yes to the frame line gone", clock.elapsed());
        QVERIFY(clock.elapsed() < 10000);
    }

    // Re-run on a video in a folder whose video tags are off: the catalog refuses the job and
    // the status line says that nothing was queued.
    void rerunRespectsTheFolderSwitch()
    {
        {
            auto catalog = Catalog::open(m_catalogPath);
            QVERIFY(catalog);
            QSqlDatabase db = catalog.value()->connection();
            QVERIFY(sql::transaction(db, [&] { return FolderRepository(db).setSwitch(FolderSwitch::VideoTags, m_library, QStringLiteral("disable")); }));
        }
        QVERIFY(select(QStringLiteral("dog_samoyed_phone.mp4")));
        auto *status = m_window->statusBar()->findChildren<QLabel *>().value(0);
        QVERIFY(status);
        m_window->findChild<QAction *>(QStringLiteral("rerunSmartTagsAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Nothing to re-run: no photo or video selected in a folder with smart tags on"), 20000);
        // Enabled again, the same action queues the video.
        {
            auto catalog = Catalog::open(m_catalogPath);
            QVERIFY(catalog);
            QSqlDatabase db = catalog.value()->connection();
            QVERIFY(sql::transaction(db, [&] { return FolderRepository(db).setSwitch(FolderSwitch::VideoTags, m_library, QStringLiteral("inherit")); }));
        }
        m_window->findChild<QAction *>(QStringLiteral("rerunSmartTagsAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Smart tags queued again for 1 asset(s)"), 20000);
    }
};

QTEST_MAIN(TestVideoTags)
#include "tst_videotags.moc"
