#include "ml/softmaxregression.h"
#include "ml/trainer.h"
#include "sharedmodels.h"

#include <opencv2/imgcodecs.hpp>

#include <QDir>
#include <QTest>

using namespace tagsmith::ml;

namespace {

const QString shared = QStringLiteral(TAGSMITH_SHARED_DIR);
const QStringList classes{QStringLiteral("dress"), QStringLiteral("hat"), QStringLiteral("shoes")};

int argMax(const std::vector<float> &values)
{
    return int(std::max_element(values.begin(), values.end()) - values.begin());
}

} // namespace

// Real embeddings of real clothing photos: the trainer is checked on what it will see.
class tst_Trainer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void trainsAndGeneralises();
    void rejectsBrokenRules_data();
    void rejectsBrokenRules();
    void serializationRoundTrips();
    void backgroundLowersUnrelatedConfidence();
    void featurePowerIsAppliedAndStored_data();
    void featurePowerIsAppliedAndStored();
    void readsFormatVersion1();
    void defaultToleranceStaysNearOptimum_data();
    void defaultToleranceStaysNearOptimum();

private:
    std::vector<TrainingExample> embedFolder(const QString &dir, int count);
    TrainingSet set(int examplesPerTag) const;

    std::optional<Embedder> m_embedder;
    std::vector<std::vector<TrainingExample>> m_train;   // per class, 12 examples
    std::vector<std::vector<TrainingExample>> m_test;    // per class, 8 images
    std::vector<TrainingExample> m_photos;               // unrelated photos
};

std::vector<TrainingExample> tst_Trainer::embedFolder(const QString &dir, int count)
{
    std::vector<TrainingExample> examples;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name).mid(0, count);
    for (const QString &file : files) {
        const cv::Mat image = cv::imread(QDir(dir).filePath(file).toStdString(), cv::IMREAD_COLOR);
        const auto embedding = m_embedder->embed(image);
        if (embedding)
            examples.push_back({file, embedding->vector});
    }
    return examples;
}

void tst_Trainer::initTestCase()
{
    auto embedder = sharedEmbedder();
    QVERIFY2(embedder.ok(), qPrintable(embedder.error()));
    m_embedder.emplace(std::move(embedder).value());
    const QString clothing = shared + QStringLiteral("/datasets/fewshot/clothing/");
    for (const QString &name : classes) {
        m_train.push_back(embedFolder(clothing + QStringLiteral("train/") + name, 12));
        m_test.push_back(embedFolder(clothing + QStringLiteral("test/") + name, 8));
        QCOMPARE(m_train.back().size(), size_t(12));
        QCOMPARE(m_test.back().size(), size_t(8));
    }
    m_photos = embedFolder(shared + QStringLiteral("/datasets/photos"), 40);
    QVERIFY(m_photos.size() >= 30);
}

TrainingSet tst_Trainer::set(int examplesPerTag) const
{
    TrainingSet result;
    result.embeddingVariant = m_embedder->variant();
    for (size_t c = 0; c < size_t(classes.size()); ++c) {
        TrainingTag tag{classes.at(qsizetype(c)), {}};
        tag.examples.assign(m_train[c].begin(), m_train[c].begin() + examplesPerTag);
        result.tags.push_back(std::move(tag));
    }
    return result;
}

void tst_Trainer::trainsAndGeneralises()
{
    const auto trained = Trainer::train(set(12));
    QVERIFY2(trained.ok(), qPrintable(trained.error()));
    const TagModel &model = trained->model;
    QCOMPARE(model.tags(), classes);
    QCOMPARE(model.embeddingVariant(), QStringLiteral("mnv2-squash224-v1"));
    QVERIFY(!model.hasBackground());

    int correct = 0;
    for (size_t c = 0; c < m_test.size(); ++c) {
        for (const TrainingExample &image : m_test[c])
            correct += argMax(model.predict(image.embedding)) == int(c);
    }
    // Dress, hat and shoes are far apart: 24 held-out photos, at most 2 mistakes.
    QVERIFY2(correct >= 22, qPrintable(QString::number(correct)));

    const TrainingReport &report = trained->report;
    QCOMPARE(report.tags.size(), size_t(3));
    QCOMPARE(report.folds, 5);
    for (const TagReport &tag : report.tags) {
        QCOMPARE(tag.examples, 12);
        QVERIFY2(tag.recall >= 0.5 && tag.precision >= 0.5, qPrintable(tag.tag));
        QCOMPARE(tag.status, QStringLiteral("trained"));
    }
}

void tst_Trainer::rejectsBrokenRules_data()
{
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("9 examples") << QStringLiteral("nine") << QStringList{QStringLiteral("\"hat\""), QStringLiteral("9")};
    QTest::newRow("one tag") << QStringLiteral("onetag") << QStringList{QStringLiteral("at least 2 tags")};
    QTest::newRow("image under two tags") << QStringLiteral("shared")
                                          << QStringList{QStringLiteral("\"dress\""), QStringLiteral("\"shoes\"")};
    QTest::newRow("51 examples") << QStringLiteral("many") << QStringList{QStringLiteral("\"dress\""), QStringLiteral("51")};
    QTest::newRow("same tag twice") << QStringLiteral("twice") << QStringList{QStringLiteral("\"hat\" appears twice")};
}

void tst_Trainer::rejectsBrokenRules()
{
    QFETCH(QString, broken);
    QFETCH(QStringList, mentions);
    TrainingSet s = set(10);
    if (broken == QLatin1String("nine")) {
        s.tags[1].examples.resize(9);
    } else if (broken == QLatin1String("onetag")) {
        s.tags.resize(1);
    } else if (broken == QLatin1String("shared")) {
        s.tags[2].examples[3].imageId = s.tags[0].examples[5].imageId;
    } else if (broken == QLatin1String("many")) {
        for (int i = 0; s.tags[0].examples.size() < 51; ++i)
            s.tags[0].examples.push_back({QStringLiteral("extra%1").arg(i), m_photos[size_t(i) % m_photos.size()].embedding});
    } else {
        s.tags[2].name = s.tags[1].name;
    }
    const auto trained = Trainer::train(s);
    QVERIFY(!trained.ok());
    for (const QString &mention : mentions)
        QVERIFY2(trained.error().contains(mention), qPrintable(trained.error()));
    QVERIFY(!Trainer::validate(s).isEmpty());
}

void tst_Trainer::serializationRoundTrips()
{
    const auto trained = Trainer::train(set(10), TrainerOptions{.c = 10.0, .folds = 0});
    QVERIFY(trained.ok());
    const QByteArray bytes = trained->model.toBytes();
    const auto restored = TagModel::fromBytes(bytes);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->tags(), trained->model.tags());
    QCOMPARE(restored->embeddingVariant(), trained->model.embeddingVariant());
    for (const auto &images : m_test) {
        for (const TrainingExample &image : images)
            QVERIFY(restored->predict(image.embedding) == trained->model.predict(image.embedding));
    }
    QVERIFY(!TagModel::fromBytes(bytes.left(bytes.size() - 3)).ok());
    QVERIFY(!TagModel::fromBytes(QByteArray("not a model")).ok());
}

void tst_Trainer::backgroundLowersUnrelatedConfidence()
{
    // Half of the photos teach "none of these", the other half are measured.
    TrainingSet plain = set(12);
    TrainingSet withBackground = plain;
    for (size_t i = 0; i < m_photos.size(); i += 2)
        withBackground.background.push_back(m_photos[i]);
    const auto a = Trainer::train(plain, TrainerOptions{.folds = 0});
    const auto b = Trainer::train(withBackground, TrainerOptions{.folds = 0});
    QVERIFY(a.ok() && b.ok());
    QVERIFY(b->model.hasBackground());
    QCOMPARE(b->report.backgroundExamples, int((m_photos.size() + 1) / 2));

    double plainMax = 0, backgroundMax = 0;
    for (size_t i = 1; i < m_photos.size(); i += 2) {
        const auto p = a->model.predict(m_photos[i].embedding);
        const auto q = b->model.predict(m_photos[i].embedding);
        plainMax += *std::max_element(p.begin(), p.end());
        backgroundMax += *std::max_element(q.begin(), q.end());
    }
    QVERIFY2(backgroundMax < 0.5 * plainMax, qPrintable(QStringLiteral("%1 vs %2").arg(backgroundMax).arg(plainMax)));
}

void tst_Trainer::featurePowerIsAppliedAndStored_data()
{
    QTest::addColumn<float>("power");
    QTest::newRow("default") << TrainerOptions{}.featurePower;
    QTest::newRow("none") << 1.0f;
    QTest::newRow("cube root") << 0.33f;
}

// The weights apply to TagModel::features(embedding, power): predict() must transform the
// embedding it is given exactly as training transformed the examples, also after a round trip.
void tst_Trainer::featurePowerIsAppliedAndStored()
{
    QFETCH(float, power);
    TrainerOptions options;
    options.featurePower = power;
    options.folds = 0;
    const auto trained = Trainer::train(set(10), options);
    QVERIFY2(trained.ok(), qPrintable(trained.error()));
    QCOMPARE(trained->model.featurePower(), power);
    const auto restored = TagModel::fromBytes(trained->model.toBytes());
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->featurePower(), power);

    const int classCount = int(classes.size());
    for (const auto &images : m_test) {
        for (const TrainingExample &image : images) {
            const std::vector<float> x = TagModel::features(image.embedding, power);
            double norm = 0;
            for (float v : x) norm += double(v) * v;
            QVERIFY(std::abs(norm - 1.0) < 1e-4);
            QCOMPARE(x == image.embedding, power == 1.0f);
            const std::vector<float> expected = SoftmaxRegression::probabilities(trained->model.weights(), classCount, x.data(), int(x.size()));
            QVERIFY(restored->predict(image.embedding) == expected);
        }
    }
}

// Models stored before the feature power (format 1) keep working, as power 1.
void tst_Trainer::readsFormatVersion1()
{
    TrainerOptions options;
    options.featurePower = 1.0f;
    options.folds = 0;
    const auto trained = Trainer::train(set(10), options);
    QVERIFY(trained.ok());
    QByteArray bytes = trained->model.toBytes();
    bytes.chop(int(sizeof(float)));   // format 1 ends with the weights
    bytes[7] = 1;                     // the big-endian version after the 4-byte magic
    const auto restored = TagModel::fromBytes(bytes);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->featurePower(), 1.0f);
    for (const auto &images : m_test) {
        for (const TrainingExample &image : images)
            QVERIFY(restored->predict(image.embedding) == trained->model.predict(image.embedding));
    }
    bytes[7] = 3;
    QVERIFY(!TagModel::fromBytes(bytes).ok());
}

void tst_Trainer::defaultToleranceStaysNearOptimum_data()
{
    QTest::addColumn<bool>("background");
    QTest::newRow("three well separated tags") << false;
    QTest::newRow("with background") << true;
}

// The trainer stops early (gradient 1e-4); its confidences, which the 0.7 threshold reads,
// must stay close to the exact optimum's. Well separated tags without background are where an
// early stop is likeliest to leave the probabilities too sharp.
void tst_Trainer::defaultToleranceStaysNearOptimum()
{
    QFETCH(bool, background);
    TrainingSet s = set(12);
    if (background)
        s.background = m_photos;
    TrainerOptions exact;
    exact.tolerance = 1e-9;
    exact.maxIterations = 3000;
    exact.folds = 0;
    const auto a = Trainer::train(s, TrainerOptions{.folds = 0});
    const auto b = Trainer::train(s, exact);
    QVERIFY(a.ok() && b.ok());
    double worst = 0;
    for (const auto &images : m_test) {
        for (const TrainingExample &image : images) {
            const std::vector<float> p = a->model.predict(image.embedding), q = b->model.predict(image.embedding);
            for (size_t t = 0; t < p.size(); ++t)
                worst = std::max(worst, double(std::abs(p[t] - q[t])));
        }
    }
    QVERIFY2(worst < 0.02, qPrintable(QString::number(worst)));
}

QTEST_GUILESS_MAIN(tst_Trainer)
#include "tst_trainer.moc"
