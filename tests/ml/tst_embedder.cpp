#include "sharedmodels.h"

#include <opencv2/imgcodecs.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace tagsmith::ml;

namespace {

const QString shared = QStringLiteral(TAGSMITH_SHARED_DIR);

QJsonObject golden()
{
    QFile file(shared + QStringLiteral("/models/golden/mobilenet_v2_imagenet.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("images")).toObject();
}

cv::Mat readImage(const QString &name)
{
    return cv::imread((shared + QStringLiteral("/models/golden/") + name).toStdString(), cv::IMREAD_COLOR);
}

} // namespace

class tst_Embedder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesGolden_data();
    void matchesGolden();
    void batchEqualsSingle();
    void flipAveragingHasItsOwnVariant();
    void rejectsEmptyImage();

private:
    std::optional<Embedder> m_embedder;
    QStringList m_labels;
};

void tst_Embedder::initTestCase()
{
    auto embedder = sharedEmbedder();
    QVERIFY2(embedder.ok(), qPrintable(embedder.error()));
    m_embedder.emplace(std::move(embedder).value());
    m_labels = sharedEmbedderPack()->labels().value();
    QCOMPARE(m_embedder->variant(), QStringLiteral("mnv2-squash224-v1"));
    QCOMPARE(m_embedder->dimension(), 1280);
}

void tst_Embedder::matchesGolden_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject images = golden();
    QVERIFY(!images.isEmpty());
    for (auto it = images.begin(); it != images.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
}

void tst_Embedder::matchesGolden()
{
    QFETCH(QString, image);
    QFETCH(QJsonObject, expected);
    const cv::Mat bgr = readImage(image);
    QCOMPARE(bgr.rows, expected.value(QLatin1String("decoded_shape")).toArray().at(0).toInt());
    QCOMPARE(bgr.cols, expected.value(QLatin1String("decoded_shape")).toArray().at(1).toInt());

    const cv::Mat blob = m_embedder->blob({bgr});
    QCOMPARE(blob.size[1], 3);
    QCOMPARE(blob.size[2], 224);
    const QJsonArray first8 = expected.value(QLatin1String("blob_first8_channel0_row0")).toArray();
    for (int i = 0; i < 8; ++i)
        QCOMPARE(blob.ptr<float>()[i], float(first8.at(i).toDouble()));
    QVERIFY(std::abs(cv::mean(blob.reshape(1, 1))[0] - expected.value(QLatin1String("blob_mean")).toDouble()) < 1e-5);

    const auto embedding = m_embedder->embed(bgr);
    QVERIFY2(embedding.ok(), qPrintable(embedding.error()));
    QCOMPARE(embedding->vector.size(), size_t(1280));
    const double expectedNorm = expected.value(QLatin1String("ref_embedding_l2")).toDouble();
    QVERIFY2(std::abs(embedding->rawNorm - expectedNorm) < 1e-3, qPrintable(QString::number(embedding->rawNorm)));
    const QJsonArray first16 = expected.value(QLatin1String("ref_embedding_first16")).toArray();
    for (int i = 0; i < 16; ++i) {
        const double raw = double(embedding->vector[size_t(i)]) * embedding->rawNorm;
        QVERIFY2(std::abs(raw - first16.at(i).toDouble()) < 1e-4, qPrintable(QStringLiteral("%1: %2").arg(i).arg(raw)));
    }
    double unit = 0;
    for (float value : embedding->vector)
        unit += double(value) * value;
    QVERIFY(std::abs(unit - 1.0) < 1e-5);

    QCOMPARE(embedding->probs.size(), size_t(1001));
    const auto best = std::max_element(embedding->probs.begin(), embedding->probs.end());
    const QJsonArray top = expected.value(QLatin1String("opencv_top5")).toArray().at(0).toArray();
    QCOMPARE(m_labels.at(int(best - embedding->probs.begin())), top.at(0).toString());
    QVERIFY(std::abs(*best - top.at(1).toDouble()) < 1e-3);
}

void tst_Embedder::batchEqualsSingle()
{
    const std::vector<cv::Mat> images{readImage(QStringLiteral("dress.jpg")), readImage(QStringLiteral("dog.jpg")),
                                      readImage(QStringLiteral("shoes.jpg"))};
    const auto batch = m_embedder->embed(images);
    QVERIFY2(batch.ok(), qPrintable(batch.error()));
    QCOMPARE(batch->size(), images.size());
    for (size_t i = 0; i < images.size(); ++i) {
        const auto single = m_embedder->embed(images[i]);
        for (size_t j = 0; j < single->vector.size(); ++j)
            QVERIFY(std::abs(single->vector[j] - (*batch)[i].vector[j]) < 1e-5);
    }
}

void tst_Embedder::flipAveragingHasItsOwnVariant()
{
    auto flipping = sharedEmbedder(EmbedderOptions{true});
    QVERIFY(flipping.ok());
    QVERIFY(flipping->variant() != m_embedder->variant());

    const cv::Mat shoes = readImage(QStringLiteral("shoes.jpg"));
    const auto plain = m_embedder->embed(shoes);
    const auto flipped = flipping.value().embed(shoes);
    QVERIFY(flipped.ok());
    double cosine = 0;
    for (size_t j = 0; j < plain->vector.size(); ++j)
        cosine += double(plain->vector[j]) * flipped->vector[j];
    // The mirror image is the same photo: close, yet not the same vector.
    QVERIFY2(cosine > 0.9 && cosine < 0.99999, qPrintable(QString::number(cosine)));
}

void tst_Embedder::rejectsEmptyImage()
{
    const auto result = m_embedder->embed(cv::Mat());
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Embedder)
#include "tst_embedder.moc"
