// The main window's search field over a catalog of real imported photos: results come in the
// three tiers, in order, each badged; clearing the field returns to the folder.
#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/embeddingrepository.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "ui/assetgridview.h"
#include "ui/mainwindow.h"
#include "ui/search/resultbadgedelegate.h"
#include "ui/search/searchbar.h"
#include "ui/assetgridmodel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

namespace {

const QStringList kPhotos = {QStringLiteral("aloe_plant_pot.jpg"), QStringLiteral("baboon_mandrill.jpg"),
                             QStringLiteral("aerial_city_view.jpg"), QStringLiteral("kpa_pool_2.jpg")};

} // namespace

class TestSearchBar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void resultsComeByTier_data();
    void resultsComeByTier();
    void clearingReturnsToTheFolder();
    void findSimilarShowsNearestFirst();

private:
    // "name badge" per grid row.
    QStringList shownRows() const;
    void type(const QString &text);

    QTemporaryDir m_dir;
    QString m_catalogPath;
    std::unique_ptr<MainWindow> m_window;
    AssetGridView *m_grid = nullptr;
    SearchBar *m_search = nullptr;
};

void TestSearchBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString library = m_dir.filePath(QStringLiteral("library"));
    QVERIFY(QDir().mkpath(library));
    for (const QString &photo : kPhotos)
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/") + photo, library + QLatin1Char('/') + photo));
    m_catalogPath = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    auto catalog = Catalog::open(m_catalogPath);
    QVERIFY2(catalog, qPrintable(catalog.error()));
    QCOMPARE(Importer(catalog.value()).run({library}).added, int(kPhotos.size()));

    QSqlDatabase db = catalog.value()->connection();
    auto recordOf = [&](const QString &photo) {
        return AssetRepository(db).findByPath(QDir(library).canonicalPath() + QLatin1Char('/') + photo).value().value();
    };
    auto idOf = [&](const QString &photo) { return recordOf(photo).id; };
    TagRepository tags(db);
    // "zebra safari": the baboon has both words as manual tags (metadata), the city both as
    // applied smart tags, the aloe only one smart tag, the pool one below the 0.7 threshold.
    QVERIFY(tags.addManualTag(idOf(kPhotos[1]), QStringLiteral("zebra")));
    QVERIFY(tags.addManualTag(idOf(kPhotos[1]), QStringLiteral("safari")));
    QVERIFY(tags.setSmartTag(idOf(kPhotos[2]), QStringLiteral("zebra"), QStringLiteral("fauna"), 1, 0.9));
    QVERIFY(tags.setSmartTag(idOf(kPhotos[2]), QStringLiteral("safari"), QStringLiteral("fauna"), 1, 0.8));
    QVERIFY(tags.setSmartTag(idOf(kPhotos[0]), QStringLiteral("zebra"), QStringLiteral("fauna"), 1, 0.95));
    QVERIFY(tags.setSmartTag(idOf(kPhotos[3]), QStringLiteral("safari"), QStringLiteral("fauna"), 1, 0.5));

    // Embeddings as the embedder caches them (L2-normalised), placed so that seen from the pool
    // the city is close (cosine 0.8), the aloe unrelated (0) and the baboon opposite (-0.6).
    const QList<std::vector<float>> vectors = {{0, 1, 0, 0}, {-0.6f, 0.8f, 0, 0}, {0.8f, 0.6f, 0, 0}, {1, 0, 0, 0}};
    for (qsizetype i = 0; i < kPhotos.size(); ++i)
        QVERIFY(EmbeddingRepository(db).store(recordOf(kPhotos[i]).contentHash, QStringLiteral("test-variant"),
                                              CachedEmbedding{vectors[i], {}}));
}

void TestSearchBar::init()
{
    m_window = std::make_unique<MainWindow>(m_catalogPath);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_grid = m_window->findChild<AssetGridView *>(QStringLiteral("assetGrid"));
    m_search = m_window->findChild<SearchBar *>(QStringLiteral("searchField"));
    QVERIFY(m_grid && m_search);
    QVERIFY(m_search->isEnabled());
    QTRY_COMPARE(m_grid->model()->rowCount(), int(kPhotos.size()));
}

void TestSearchBar::cleanup()
{
    m_window.reset();
}

QStringList TestSearchBar::shownRows() const
{
    const auto *delegate = qobject_cast<const ResultBadgeDelegate *>(m_grid->itemDelegate());
    QStringList rows;
    for (int row = 0; row < m_grid->model()->rowCount(); ++row) {
        const QModelIndex index = m_grid->model()->index(row, 0);
        rows << index.data().toString() + QLatin1Char(' ')
                    + (delegate ? delegate->badgeOf(index.data(AssetGridModel::AssetIdRole).toLongLong()) : QString());
    }
    return rows;
}

void TestSearchBar::type(const QString &text)
{
    QSignalSpy queries(m_search, &SearchBar::queryChanged);
    m_search->setFocus();
    QTest::keyClicks(m_search, text);
    // Typing fast is one query, not one per key.
    QTRY_COMPARE(queries.count(), 1);
    QCOMPARE(queries.first().first().toString(), text.trimmed());
}

void TestSearchBar::resultsComeByTier_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("three tiers") << QStringLiteral("zebra safari")
                                 << QStringList{QStringLiteral("baboon_mandrill.jpg metadata"),
                                                QStringLiteral("aerial_city_view.jpg all tags"),
                                                QStringLiteral("aloe_plant_pot.jpg any tag")};
    QTest::newRow("exclusion") << QStringLiteral("zebra -safari") << QStringList{QStringLiteral("aloe_plant_pot.jpg all tags")};
    QTest::newRow("tag filter") << QStringLiteral("tag:safari") << QStringList{QStringLiteral("baboon_mandrill.jpg metadata"),
                                                                              QStringLiteral("aerial_city_view.jpg metadata")};
    QTest::newRow("nothing") << QStringLiteral("walrus") << QStringList{};
}

void TestSearchBar::resultsComeByTier()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QSignalSpy shown(m_window.get(), &MainWindow::assetsShown);
    type(query);
    // On failure the status line says why (the search worker reports its errors there).
    const QList<QLabel *> status = m_window->statusBar()->findChildren<QLabel *>();
    QTRY_VERIFY2(shown.count() > 0, qPrintable(status.isEmpty() ? QString() : status.first()->text()));
    QCOMPARE(shownRows(), expected);
}

void TestSearchBar::clearingReturnsToTheFolder()
{
    type(QStringLiteral("zebra"));
    QTRY_COMPARE(m_grid->model()->rowCount(), 3);
    QSignalSpy shown(m_window.get(), &MainWindow::assetsShown);
    m_search->clear();
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(m_grid->model()->rowCount(), int(kPhotos.size()));
    for (const QString &row : shownRows())
        QVERIFY2(row.endsWith(QLatin1Char(' ')), qPrintable(row));   // no badges left on the folder view
}

void TestSearchBar::findSimilarShowsNearestFirst()
{
    const QModelIndexList pool = m_grid->model()->match(m_grid->model()->index(0, 0), Qt::DisplayRole, kPhotos[3], 1, Qt::MatchExactly);
    QCOMPARE(pool.size(), 1);
    m_grid->setCurrentIndex(pool.first());
    QAction *findSimilar = m_window->findChild<QAction *>(QStringLiteral("findSimilarAction"));
    QVERIFY(findSimilar);
    QVERIFY(m_grid->actions().contains(findSimilar));   // offered in the grid's context menu
    QSignalSpy shown(m_window.get(), &MainWindow::assetsShown);
    findSimilar->trigger();
    QTRY_VERIFY(shown.count() > 0);
    QCOMPARE(shownRows(), (QStringList{QStringLiteral("kpa_pool_2.jpg original"), QStringLiteral("aerial_city_view.jpg 80 %"),
                                      QStringLiteral("aloe_plant_pot.jpg 0 %"), QStringLiteral("baboon_mandrill.jpg -60 %")}));
}

QTEST_MAIN(TestSearchBar)
#include "tst_searchbar.moc"
