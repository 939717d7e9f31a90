#include "ml/matrixkernels.h"
#include "ml/softmaxregression.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace tagsmith::ml;

// Odd sizes on purpose: the kernels pad rows to 4, columns to 16 and classes to 4.
class tst_SoftmaxRegression : public QObject {
    Q_OBJECT

private slots:
    void kernelsMatchPlainLoops_data();
    void kernelsMatchPlainLoops();
    void fitsSeparableClasses_data();
    void fitsSeparableClasses();
    void commonOffsetOnlyMovesBiases_data();
    void commonOffsetOnlyMovesBiases();
};

void tst_SoftmaxRegression::kernelsMatchPlainLoops_data()
{
    QTest::addColumn<int>("instructionSet");
    QTest::newRow("plain") << int(kernels::InstructionSet::Plain);
    QTest::newRow("avx2") << int(kernels::InstructionSet::Avx2);
    QTest::newRow("avx512") << int(kernels::InstructionSet::Avx512);
}

void tst_SoftmaxRegression::kernelsMatchPlainLoops()
{
    QFETCH(int, instructionSet);
    const auto wanted = kernels::InstructionSet(instructionSet);
    kernels::limitInstructionSet(wanted);
    if (kernels::instructionSet() != wanted)
        QSKIP("this CPU lacks the instruction set");
    const int rows = 8, dim = 64, classes = 8;
    std::mt19937 random(3);
    std::normal_distribution<float> gaussian;
    std::vector<float> x(rows * dim), w(classes * dim), r(rows * classes), z(rows * classes), g(classes * dim, 0.5f);
    for (float &v : x) v = gaussian(random);
    for (float &v : w) v = gaussian(random);
    for (float &v : r) v = gaussian(random);
    kernels::multiplyTransposed(x.data(), rows, dim, w.data(), classes, z.data());
    kernels::accumulateGradient(r.data(), x.data(), rows, dim, classes, g.data());
    for (int i = 0; i < rows; ++i) {
        for (int k = 0; k < classes; ++k) {
            double dot = 0;
            for (int j = 0; j < dim; ++j)
                dot += double(x[i * dim + j]) * w[k * dim + j];
            QVERIFY(std::abs(dot - z[i * classes + k]) < 1e-4);
        }
    }
    for (int k = 0; k < classes; ++k) {
        for (int j = 0; j < dim; ++j) {
            double sum = 0.5;
            for (int i = 0; i < rows; ++i)
                sum += double(r[i * classes + k]) * x[i * dim + j];
            QVERIFY(std::abs(sum - g[k * dim + j]) < 1e-4);
        }
    }
    kernels::limitInstructionSet(kernels::InstructionSet::Avx512);
}

void tst_SoftmaxRegression::fitsSeparableClasses_data()
{
    QTest::addColumn<int>("perClass");
    QTest::addColumn<int>("dim");
    QTest::addColumn<int>("classes");
    QTest::newRow("7 rows, 19 dims, 3 classes") << 7 << 19 << 3;
    QTest::newRow("5 rows, 1280 dims, 5 classes") << 5 << 1280 << 5;
    QTest::newRow("11 rows, 33 dims, 2 classes") << 11 << 33 << 2;
}

void tst_SoftmaxRegression::fitsSeparableClasses()
{
    QFETCH(int, perClass);
    QFETCH(int, dim);
    QFETCH(int, classes);
    // Each class is a noisy copy of its own random centre.
    std::mt19937 random(11);
    std::normal_distribution<float> gaussian;
    std::vector<std::vector<float>> centres(classes, std::vector<float>(dim));
    for (auto &centre : centres)
        for (float &v : centre) v = gaussian(random);
    std::vector<std::vector<float>> data;
    std::vector<int> labels;
    for (int c = 0; c < classes; ++c) {
        for (int i = 0; i < perClass; ++i) {
            std::vector<float> row = centres[c];
            for (float &v : row) v += 0.3f * gaussian(random);
            data.push_back(row);
            labels.push_back(c);
        }
    }
    std::vector<const float *> rows;
    for (const auto &row : data)
        rows.push_back(row.data());
    int iterations = 0;
    const std::vector<float> weights = SoftmaxRegression::fit(rows, dim, labels, classes, {}, {}, &iterations);
    QCOMPARE(weights.size(), size_t(classes) * size_t(dim + 1));
    QVERIFY(iterations > 0);
    const std::vector<int> predicted = SoftmaxRegression::predictedClasses(weights, classes, rows, dim);
    QCOMPARE(predicted.size(), data.size());
    for (size_t i = 0; i < data.size(); ++i) {
        const std::vector<float> p = SoftmaxRegression::probabilities(weights, classes, data[i].data(), dim);
        QCOMPARE(predicted[i], int(std::max_element(p.begin(), p.end()) - p.begin()));
        double total = 0;
        for (float v : p) total += v;
        QVERIFY(std::abs(total - 1.0) < 1e-5);
        QCOMPARE(int(std::max_element(p.begin(), p.end()) - p.begin()), labels[i]);
        QVERIFY(p[size_t(labels[i])] > 0.8f);
    }
}

void tst_SoftmaxRegression::commonOffsetOnlyMovesBiases_data()
{
    QTest::addColumn<float>("offset");
    QTest::addColumn<double>("c");
    QTest::newRow("offset 0.5, C 100") << 0.5f << 100.0;
    QTest::newRow("offset 3, C 1") << 3.0f << 1.0;
    QTest::newRow("offset -2, C 10") << -2.0f << 10.0;
}

// The fit centres the rows internally; shifting every row by the same vector must give the
// same coefficients and biases that absorb the shift, so every probability stays the same.
void tst_SoftmaxRegression::commonOffsetOnlyMovesBiases()
{
    QFETCH(float, offset);
    QFETCH(double, c);
    constexpr int dim = 40, classes = 4, perClass = 6;
    std::mt19937 random(5);
    std::normal_distribution<float> gaussian;
    std::vector<float> shift(dim);
    for (float &v : shift) v = offset * (1.0f + 0.5f * gaussian(random));
    std::vector<std::vector<float>> data, shifted;
    std::vector<int> labels;
    for (int k = 0; k < classes; ++k) {
        for (int i = 0; i < perClass; ++i) {
            std::vector<float> row(dim);
            for (float &v : row) v = gaussian(random);
            row[size_t(k)] += 2.0f;
            std::vector<float> moved = row;
            for (int j = 0; j < dim; ++j) moved[size_t(j)] += shift[size_t(j)];
            data.push_back(row);
            shifted.push_back(moved);
            labels.push_back(k);
        }
    }
    std::vector<const float *> rows, shiftedRows;
    for (size_t i = 0; i < data.size(); ++i) {
        rows.push_back(data[i].data());
        shiftedRows.push_back(shifted[i].data());
    }
    const SoftmaxRegression::Options options{c, 500, 1e-7};
    const std::vector<float> a = SoftmaxRegression::fit(rows, dim, labels, classes, options);
    const std::vector<float> b = SoftmaxRegression::fit(shiftedRows, dim, labels, classes, options);
    for (size_t i = 0; i < data.size(); ++i) {
        const std::vector<float> p = SoftmaxRegression::probabilities(a, classes, data[i].data(), dim);
        const std::vector<float> q = SoftmaxRegression::probabilities(b, classes, shifted[i].data(), dim);
        for (int k = 0; k < classes; ++k)
            QVERIFY2(std::abs(p[size_t(k)] - q[size_t(k)]) < 1e-4, qPrintable(QStringLiteral("row %1 class %2: %3 vs %4").arg(i).arg(k).arg(p[size_t(k)]).arg(q[size_t(k)])));
    }
    // Not trivially equal: the biases differ by the coefficients times the shift.
    QVERIFY(offset == 0.0f || std::abs(a[size_t(dim)] - b[size_t(dim)]) > 1e-3);
}

QTEST_GUILESS_MAIN(tst_SoftmaxRegression)
#include "tst_softmaxregression.moc"
