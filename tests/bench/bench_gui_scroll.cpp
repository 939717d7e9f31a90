// GUI bench: the longest main-thread stall (event-loop latency) of the browse window on a
// synthetic 100 000-asset catalog, while the grid loads, while it is scrolled top to bottom
// and while thumbnails of real photos generate. Baseline: the same probe on an idle loop.
// Prints `name: value unit` lines. Usage: bench_gui_scroll [asset count]
#include "catalog/catalog.h"
#include "catalog/sql.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace tagsmith;

namespace {

// Measures the largest gap between ticks of a fast timer on the GUI thread.
class StallProbe {
public:
    StallProbe()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

void waitFor(const std::function<bool()> &condition, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition() && !deadline.hasExpired())
        QTest::qWait(5);
}

// Assets whose paths are symbolic links to the real photos, so thumbnails really decode.
Status buildCatalog(const QString &catalogPath, const QString &folder, int count)
{
    QStringList photos = QDir(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos"))
                             .entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    for (QString &photo : photos)
        photo = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/") + photo;
    auto catalog = Catalog::open(catalogPath);
    if (!catalog)
        return Error{catalog.error()};
    QSqlDatabase db = catalog.value()->connection();
    return sql::transaction(db, [&]() -> Status {
        if (auto root = sql::exec(db, QStringLiteral("INSERT INTO roots(id, path, added_at) VALUES(1, ?, 0)"), {folder}); !root)
            return Error{root.error()};
        const int folders = 100;
        for (int f = 0; f < folders; ++f) {
            const QString path = f == 0 ? folder : folder + QStringLiteral("/f%1").arg(f, 3, 10, QLatin1Char('0'));
            if (f > 0)
                QDir().mkpath(path);
            if (auto row = sql::exec(db, QStringLiteral("INSERT INTO folders(id, root_id, parent_id, path, name) VALUES(?, 1, ?, ?, ?)"),
                                     {f + 1, f == 0 ? QVariant() : QVariant(1), path, QFileInfo(path).fileName()});
                !row)
                return Error{row.error()};
        }
        for (int i = 0; i < count; ++i) {
            const int f = 1 + i % (folders - 1);
            const QString dir = folder + QStringLiteral("/f%1").arg(f, 3, 10, QLatin1Char('0'));
            const QString name = QStringLiteral("asset_%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
            const QString path = dir + QLatin1Char('/') + name;
            QFile::link(photos[i % photos.size()], path);
            if (auto row = sql::exec(db, QStringLiteral(
                    "INSERT INTO assets(folder_id, path, name, size, mtime, mime, kind, width, height, status, added_at, updated_at) "
                    "VALUES(?, ?, ?, ?, ?, 'image/jpeg', 'image', 800, 600, 'ok', 0, 0)"),
                    {f + 1, path, name, 100000 + i, 1700000000 + i});
                !row)
                return Error{row.error()};
        }
        return success();
    });
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%s: %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir work;
    // Thumbnails of the synthetic assets must not land in the user's cache.
    qputenv("XDG_CACHE_HOME", work.filePath(QStringLiteral("cache")).toLocal8Bit());
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    const QString catalogPath = work.filePath(QStringLiteral("catalog.sqlite"));
    const QString library = work.filePath(QStringLiteral("library"));
    QDir().mkpath(library);
    QElapsedTimer clock;
    clock.start();
    if (Status built = buildCatalog(catalogPath, library, count); !built) {
        std::fprintf(stderr, "%s\n", qPrintable(built.error()));
        return 1;
    }
    std::fprintf(stderr, "built a catalog of %d assets in %lld ms\n", count, clock.elapsed());

    StallProbe probe;
    probe.start();
    QTest::qWait(1000);
    print("gui_idle_longest_stall (baseline)", probe.stop(), "ms");

    clock.restart();
    probe.start();
    MainWindow window(catalogPath);
    window.resize(1280, 800);
    window.show();
    auto *grid = window.findChild<QListView *>(QStringLiteral("assetGrid"));
    window.selectFolder(library);
    waitFor([&] { return grid->model()->rowCount() == count; }, 120000);
    QTest::qWait(200);
    const qint64 loadStall = probe.stop();
    print("gui_open_and_list_100k", double(clock.elapsed()), "ms");
    print("gui_open_longest_stall", double(loadStall), "ms");

    // Drag the scroll bar top to bottom in 200 steps, one per frame.
    QScrollBar *bar = grid->verticalScrollBar();
    probe.start();
    clock.restart();
    const int steps = 200;
    for (int step = 0; step <= steps; ++step) {
        bar->setValue(int(qint64(bar->maximum()) * step / steps));
        QTest::qWait(16);
    }
    print("gui_scroll_top_to_bottom_longest_stall", double(probe.stop()), "ms");

    // Wheel-like scrolling through the first pages while thumbnails generate.
    bar->setValue(0);
    probe.start();
    for (int page = 0; page < 30; ++page) {
        for (int tick = 0; tick < 8; ++tick) {
            bar->setValue(bar->value() + bar->pageStep() / 8);
            QTest::qWait(16);
        }
        QTest::qWait(120);   // a pause lets the visible thumbnails start
    }
    waitFor([&] { return window.thumbnailCache()->pendingCount() == 0; }, 60000);
    print("gui_scroll_with_thumbnails_longest_stall", double(probe.stop()), "ms");
    print("gui_thumbnail_cache", double(window.thumbnailCache()->cachedBytes()) / (1 << 20), "MiB");
    return 0;
}
