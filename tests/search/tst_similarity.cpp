#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/embeddingrepository.h"
#include "catalog/folderrepository.h"
#include "catalog/sql.h"
#include "ml/matrixkernels.h"
#include "search/similarity.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tagsmith;

// Nearest neighbours over hand-made vectors whose cosines are known in closed form.
class TestSimilarity : public QObject {
    Q_OBJECT

    static constexpr int kDimension = 20;   // not a multiple of the kernel's 16 columns
    const QString kVariant = QStringLiteral("test-variant");

    QTemporaryDir m_dir;
    CatalogPtr m_catalog;
    QHash<QString, qint64> m_ids;

    // A unit vector at `degrees` from axis 0 towards axis `axis`.
    static std::vector<float> atAngle(double degrees, int axis = 1)
    {
        std::vector<float> v(kDimension, 0.0f);
        const double radians = degrees * M_PI / 180.0;
        v[0] = float(std::cos(radians));
        v[size_t(axis)] = float(std::sin(radians));
        return v;
    }

    void addAsset(const QString &name, const QString &hash)
    {
        QSqlDatabase db = m_catalog->connection();
        FolderRepository folders(db);
        AssetRecord asset;
        asset.folderId = folders.ensureFolder(folders.ensureRoot(QStringLiteral("/p")).value(), QStringLiteral("/p")).value();
        asset.path = QStringLiteral("/p/") + name;
        asset.name = name;
        asset.contentHash = hash;
        asset.media.kind = AssetKind::Image;
        auto id = AssetRepository(db).insert(asset);
        QVERIFY2(id, qPrintable(id.error()));
        m_ids.insert(name, id.value());
    }

    void storeEmbedding(const QString &hash, const std::vector<float> &vector, const QString &variant = {})
    {
        Status stored = EmbeddingRepository(m_catalog->connection())
                            .store(hash, variant.isEmpty() ? kVariant : variant, CachedEmbedding{vector, {}});
        QVERIFY2(stored, qPrintable(stored.error()));
    }

    QStringList names(const QList<SimilarAsset> &hits)
    {
        QStringList out;
        for (const SimilarAsset &hit : hits)
            out << hit.path.section(QLatin1Char('/'), -1);
        return out;
    }

private slots:
    // A malformed statement or format string shows up as a warning before it shows up as a wrong answer.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void initTestCase()
    {
        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("similar.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog.error()));
        m_catalog = catalog.value();
        // query at 0 degrees; the others at growing angles, some on other axes; one duplicate.
        const QList<std::pair<QString, double>> angles = {
            {QStringLiteral("query"), 0}, {QStringLiteral("deg60"), 60}, {QStringLiteral("deg10"), 10},
            {QStringLiteral("deg170"), 170}, {QStringLiteral("deg90"), 90}, {QStringLiteral("deg30"), 30}};
        int axis = 1;
        for (const auto &[name, degrees] : angles) {
            addAsset(name + QStringLiteral(".jpg"), name);
            storeEmbedding(name, atAngle(degrees, axis));
            axis = axis % (kDimension - 1) + 1;
        }
        addAsset(QStringLiteral("copy-of-query.jpg"), QStringLiteral("query"));   // same content, shares the row
        addAsset(QStringLiteral("no-embedding.jpg"), QStringLiteral("none"));
        storeEmbedding(QStringLiteral("other"), atAngle(5), QStringLiteral("another-variant"));
        addAsset(QStringLiteral("other-variant.jpg"), QStringLiteral("other"));
    }

    void nearestInCosineOrder()
    {
        Similarity similarity(kVariant);
        auto hits = similarity.nearest(m_catalog->connection(), m_ids.value(QStringLiteral("query.jpg")), 10);
        QVERIFY2(hits, qPrintable(hits.error()));
        QCOMPARE(names(hits.value()), (QStringList{QStringLiteral("copy-of-query.jpg"), QStringLiteral("deg10.jpg"),
                                                   QStringLiteral("deg30.jpg"), QStringLiteral("deg60.jpg"),
                                                   QStringLiteral("deg90.jpg"), QStringLiteral("deg170.jpg")}));
        const double expected[] = {1.0, std::cos(M_PI / 18), std::cos(M_PI / 6), 0.5, 0.0, std::cos(170 * M_PI / 180)};
        for (int i = 0; i < 6; ++i)
            QVERIFY2(std::abs(hits.value().at(i).similarity - expected[i]) < 1e-5, qPrintable(QString::number(i)));
        QCOMPARE(similarity.rows(), 6);
        QCOMPARE(similarity.dimension(), kDimension);
    }

    void limitTakesTheTop()
    {
        Similarity similarity(kVariant);
        auto hits = similarity.nearest(m_catalog->connection(), m_ids.value(QStringLiteral("deg60.jpg")), 2);
        QVERIFY2(hits, qPrintable(hits.error()));
        // From 60 degrees on its own axis, the query and its copy (cos 60 = 0.5) beat
        // 10 degrees on a third axis (cos 60 cos 10 = 0.49).
        QCOMPARE(names(hits.value()), (QStringList{QStringLiteral("query.jpg"), QStringLiteral("copy-of-query.jpg")}));
        QVERIFY(std::abs(hits.value().first().similarity - 0.5f) < 1e-5f);
    }

    void queryVectorDirectly()
    {
        Similarity similarity(kVariant);
        QVERIFY(similarity.refresh(m_catalog->connection()));
        auto hits = similarity.nearest(m_catalog->connection(), atAngle(175, 4), 1);
        QVERIFY2(hits, qPrintable(hits.error()));
        QCOMPARE(names(hits.value()), QStringList{QStringLiteral("deg170.jpg")});
        QVERIFY(!similarity.nearest(m_catalog->connection(), std::vector<float>(3, 1.0f), 1));
    }

    void missingEmbeddingIsAnError()
    {
        Similarity similarity(kVariant);
        QVERIFY(!similarity.nearest(m_catalog->connection(), m_ids.value(QStringLiteral("no-embedding.jpg")), 3));
        QVERIFY(!Similarity::variantOf(m_catalog->connection(), m_ids.value(QStringLiteral("no-embedding.jpg"))));
        QCOMPARE(Similarity::variantOf(m_catalog->connection(), m_ids.value(QStringLiteral("other-variant.jpg"))).value(),
                 QStringLiteral("another-variant"));
    }

    // The cached matrix follows the table: new rows, re-computed rows and deleted rows.
    void cacheFollowsTheTable()
    {
        QSqlDatabase db = m_catalog->connection();
        Similarity similarity(kVariant);
        const qint64 query = m_ids.value(QStringLiteral("query.jpg"));
        QVERIFY(similarity.nearest(db, query, 1));

        addAsset(QStringLiteral("deg1.jpg"), QStringLiteral("deg1"));
        storeEmbedding(QStringLiteral("deg1"), atAngle(1, 7));
        auto hits = similarity.nearest(db, query, 2);
        QCOMPARE(names(hits.value()), (QStringList{QStringLiteral("copy-of-query.jpg"), QStringLiteral("deg1.jpg")}));

        storeEmbedding(QStringLiteral("deg1"), atAngle(120, 7));   // re-computed: replaces the row
        hits = similarity.nearest(db, query, 2);
        QCOMPARE(names(hits.value()), (QStringList{QStringLiteral("copy-of-query.jpg"), QStringLiteral("deg10.jpg")}));
        QCOMPARE(similarity.rows(), 7);

        QVERIFY(sql::exec(db, QStringLiteral("DELETE FROM embeddings WHERE content_hash = 'deg10'")));
        hits = similarity.nearest(db, query, 2);
        QCOMPARE(names(hits.value()), (QStringList{QStringLiteral("copy-of-query.jpg"), QStringLiteral("deg30.jpg")}));
        QCOMPARE(similarity.rows(), 6);
    }

    // The 8-bit scan only picks candidates: on embedding-like vectors (1280 non-negative values in
    // clusters of near neighbours, L2-normalised) the answer equals a brute-force float search,
    // order and cosines, on every instruction-set path.
    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("instructionSet");
        QTest::newRow("plain") << int(ml::kernels::InstructionSet::Plain);
        QTest::newRow("widest") << int(ml::kernels::InstructionSet::Avx512);
    }

    void matchesBruteForce()
    {
        QFETCH(int, instructionSet);
        constexpr int kDense = 1280, kRows = 1500, kClusters = 30;
        const QString variant = QStringLiteral("dense-variant");
        QSqlDatabase db = m_catalog->connection();
        QRandomGenerator random(20261124);
        std::vector<std::vector<float>> centres(kClusters, std::vector<float>(kDense));
        for (auto &centre : centres)
            for (float &value : centre)
                value = float(std::pow(random.generateDouble(), 3.0));   // sparse-ish and non-negative, as ReLU features
        QList<std::pair<qint64, std::vector<float>>> stored;
        if (!m_ids.contains(QStringLiteral("dense0.jpg"))) {
            QVERIFY(sql::exec(db, QStringLiteral("BEGIN")));
            for (int i = 0; i < kRows; ++i) {
                std::vector<float> v = centres[size_t(i % kClusters)];
                double norm = 0;
                for (float &value : v) {
                    value = std::max(0.0f, value + float(0.15 * (random.generateDouble() - 0.5)));
                    norm += double(value) * value;
                }
                for (float &value : v)
                    value = float(value / std::sqrt(norm));
                const QString name = QStringLiteral("dense%1").arg(i);
                addAsset(name + QStringLiteral(".jpg"), name);
                storeEmbedding(name, v, variant);
            }
            QVERIFY(sql::exec(db, QStringLiteral("COMMIT")));
        }
        QHash<qint64, std::vector<float>> vectors;
        auto rows = sql::exec(db, QStringLiteral("SELECT a.id, e.vector FROM assets a JOIN embeddings e ON e.content_hash = a.content_hash "
                                                 "WHERE e.variant = ?"), {variant});
        QVERIFY(rows);
        while (rows.value().next()) {
            const QByteArray blob = rows.value().value(1).toByteArray();
            const auto *begin = reinterpret_cast<const float *>(blob.constData());
            vectors.insert(rows.value().value(0).toLongLong(), std::vector<float>(begin, begin + kDense));
        }
        QCOMPARE(vectors.size(), kRows);

        ml::kernels::limitInstructionSet(ml::kernels::InstructionSet(instructionSet));
        // The coarse scan on its own: within 1 % of the exact dot product of unit vectors.
        QuantizedRows codes;
        codes.reset(kDense);
        QList<qint64> ids = vectors.keys();
        std::sort(ids.begin(), ids.end());
        for (qsizetype row = 0; row < ids.size(); ++row)
            codes.set(row, vectors.value(ids.at(row)).data());
        const std::vector<float> &probeVector = vectors.value(ids.at(7));
        const std::vector<float> approximate = codes.dotAll(probeVector.data());
        QCOMPARE(qsizetype(approximate.size()), ids.size());
        for (qsizetype row = 0; row < ids.size(); ++row) {
            const std::vector<float> &v = vectors.value(ids.at(row));
            const double dot = std::inner_product(v.begin(), v.end(), probeVector.begin(), 0.0);
            QVERIFY2(std::abs(approximate[size_t(row)] - dot) < 0.01, qPrintable(QString::number(row)));
        }

        Similarity similarity(variant);
        for (int probe = 0; probe < 25; ++probe) {
            const qint64 query = m_ids.value(QStringLiteral("dense%1.jpg").arg(probe * 59 % kRows));
            const std::vector<float> &q = vectors.value(query);
            QList<std::pair<double, qint64>> exact;
            for (auto it = vectors.cbegin(); it != vectors.cend(); ++it)
                if (it.key() != query)
                    exact << std::make_pair(-std::inner_product(q.begin(), q.end(), it.value().begin(), 0.0), it.key());
            std::sort(exact.begin(), exact.end());
            auto hits = similarity.nearest(db, query, 20);
            QVERIFY2(hits, qPrintable(hits.error()));
            QCOMPARE(hits.value().size(), 20);
            for (int i = 0; i < 20; ++i) {
                QCOMPARE(hits.value().at(i).assetId, exact.at(i).second);
                QVERIFY(std::abs(hits.value().at(i).similarity + exact.at(i).first) < 1e-5);
            }
        }
        ml::kernels::limitInstructionSet(ml::kernels::InstructionSet::Avx512);
        // A quarter of the bytes of the floats, plus one scale per row.
        QVERIFY(similarity.memoryBytes() <= qsizetype(kRows) * (kDense + 4));
    }
};

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
