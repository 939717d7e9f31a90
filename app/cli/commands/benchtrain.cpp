#include "commands.h"

#include "ml/benchfigures.h"
#include "ml/fileembedder.h"
#include "ml/imagefolders.h"
#include "ml/trainer.h"

#include <opencv2/imgcodecs.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

namespace tagsmith::cli {

namespace {

using namespace tagsmith::ml;

QString trTrain(const char *text)
{
    return QCoreApplication::translate("tagsmith::cli", text);
}

constexpr int tagCount = 50;
constexpr int examplesPerTag = 50;
constexpr int embeddedPerClass = 30;
constexpr int repeats = 3;

double medianSeconds(const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::vector<float> perturbed(const std::vector<float> &base, const std::vector<float> &offset, double noise, std::mt19937 &random)
{
    std::normal_distribution<float> gaussian(0.0f, float(noise / std::sqrt(double(base.size()))));
    std::vector<float> v(base.size());
    double norm = 0;
    for (size_t j = 0; j < v.size(); ++j) {
        v[j] = base[j] + offset[j] + gaussian(random);
        norm += double(v[j]) * v[j];
    }
    for (float &value : v)
        value = float(value / std::sqrt(norm));
    return v;
}

// 50 tags x 50 examples from real clothing embeddings: tag t takes class t % classes, shifted by
// its own random direction so tags of one class stay separable, plus per-example noise.
TrainingSet syntheticSet(const std::vector<std::vector<std::vector<float>>> &byClass, int background)
{
    std::mt19937 random(7);
    const size_t dim = byClass.front().front().size();
    TrainingSet set;
    std::vector<float> zero(dim, 0.0f);
    for (int t = 0; t < tagCount; ++t) {
        const auto &pool = byClass[size_t(t) % byClass.size()];
        const std::vector<float> offset = perturbed(zero, zero, 1.0, random);
        std::vector<float> scaled(dim);
        std::transform(offset.begin(), offset.end(), scaled.begin(), [](float v) { return 0.3f * v; });
        TrainingTag tag{QStringLiteral("tag%1").arg(t), {}};
        for (int i = 0; i < examplesPerTag; ++i)
            tag.examples.push_back({QStringLiteral("t%1-%2").arg(t).arg(i), perturbed(pool[size_t(i) % pool.size()], scaled, 0.1, random)});
        set.tags.push_back(std::move(tag));
    }
    for (int i = 0; i < background; ++i) {
        const auto &pool = byClass[size_t(i) % byClass.size()];
        const std::vector<float> offset = perturbed(zero, zero, 1.0, random);
        std::vector<float> scaled(dim);
        std::transform(offset.begin(), offset.end(), scaled.begin(), [](float v) { return 0.5f * v; });
        set.background.push_back({QStringLiteral("bg%1").arg(i), perturbed(pool[size_t(i / 10) % pool.size()], scaled, 0.1, random)});
    }
    return set;
}

} // namespace

// bench train: time to train the largest tag model AEM allows (50 tags x 50 examples) against the
// time of one forward-pass batch of the embedder, measured in the same run.
int runBenchTrain(CliContext &context, const QStringList &arguments)
{
    const qsizetype dataAt = arguments.indexOf(QStringLiteral("--data"));
    const QString sharedDir = qEnvironmentVariable("TAGSMITH_SHARED_DIR");
    const QString clothing = dataAt >= 0 && dataAt + 1 < arguments.size() ? arguments.at(dataAt + 1)
                             : sharedDir.isEmpty() ? QString() : sharedDir + QStringLiteral("/datasets/fewshot/clothing");
    if (clothing.isEmpty()) {
        context.err << trTrain("bench train needs --data DIR (the clothing set) or TAGSMITH_SHARED_DIR") << '\n';
        return 2;
    }
    const Result<ModelPack> pack = ModelPack::load(context.modelsDir, QStringLiteral("mobilenet_v2_imagenet"));
    if (!pack) {
        context.err << pack.error() << '\n';
        return 1;
    }

    QStringList paths;
    std::vector<int> classOf;
    const QStringList classes = ImageFolders::subfolders(clothing + QStringLiteral("/train"));
    for (qsizetype c = 0; c < classes.size(); ++c) {
        const QStringList files = ImageFolders::imageFiles(clothing + QStringLiteral("/train/") + classes.at(c)).mid(0, embeddedPerClass);
        paths << files;
        classOf.insert(classOf.end(), size_t(files.size()), int(c));
    }
    context.err << trTrain("embedding %1 clothing photos...").arg(paths.size()) << '\n';
    const Result<std::vector<EmbeddedFile>> embedded = FileEmbedder::embedFiles(*pack, paths, FileEmbedder::Options{});
    if (!embedded) {
        context.err << embedded.error() << '\n';
        return 1;
    }
    std::vector<std::vector<std::vector<float>>> byClass(size_t(classes.size()));
    for (size_t i = 0; i < embedded->size(); ++i) {
        if ((*embedded)[i].error.isEmpty())
            byClass[size_t(classOf[i])].push_back((*embedded)[i].embedding.vector);
    }
    if (classes.size() < 2 || std::any_of(byClass.begin(), byClass.end(), [](const auto &pool) { return pool.empty(); })) {
        context.err << trTrain("%1 has no usable train/<class>/ photos").arg(clothing) << '\n';
        return 1;
    }

    BenchFigures figures;
    // Baseline: one forward pass of a batch of 8 real images through the embedder.
    Result<Embedder> embedder = Embedder::create(*pack);
    if (!embedder) {
        context.err << embedder.error() << '\n';
        return 1;
    }
    std::vector<cv::Mat> batch;
    for (int i = 0; i < 8; ++i)
        batch.push_back(cv::imread(paths.at(i).toStdString(), cv::IMREAD_COLOR));
    (void)embedder.value().embed(batch);   // warm-up: first forward allocates
    const double forward = medianSeconds([&] { (void)embedder.value().embed(batch); });
    figures.add(QStringLiteral("baseline_forward_batch8_seconds"), forward, QStringLiteral("s"), 4);

    const TrainingSet plain = syntheticSet(byClass, 0);
    const TrainingSet withBackground = syntheticSet(byClass, 250);
    int iterations = 0;
    const auto timeTraining = [&](const TrainingSet &set, int folds) {
        return medianSeconds([&] {
            const Result<TrainedTagModel> trained = Trainer::train(set, TrainerOptions{.folds = folds});
            iterations = trained ? trained->report.iterations : -1;
        });
    };
    const double fit = timeTraining(plain, 0);
    figures.add(QStringLiteral("train_50x50_fit_seconds"), fit, QStringLiteral("s"), 4);
    figures.add(QStringLiteral("train_50x50_fit_iterations"), iterations, QStringLiteral("iterations"), 0);
    figures.add(QStringLiteral("train_50x50_fit_vs_forward_batch8"), fit / forward, QStringLiteral("x"), 2);
    const double fitBackground = timeTraining(withBackground, 0);
    figures.add(QStringLiteral("train_50x50_bg250_fit_seconds"), fitBackground, QStringLiteral("s"), 4);
    figures.add(QStringLiteral("train_50x50_bg250_fit_iterations"), iterations, QStringLiteral("iterations"), 0);
    const double fitReport = timeTraining(withBackground, 5);
    figures.add(QStringLiteral("train_50x50_bg250_fit_cv5_seconds"), fitReport, QStringLiteral("s"), 4);
    figures.add(QStringLiteral("train_50x50_bg250_cv5_report_only_seconds"), fitReport - fitBackground, QStringLiteral("s"), 4);
    figures.add(QStringLiteral("train_50x50_bg250_fit_cv5_vs_forward_batch8"), fitReport / forward, QStringLiteral("x"), 2);
    figures.add(QStringLiteral("train_target_seconds"), 1.0, QStringLiteral("s"), 1);
    figures.print(context.out, context.json);
    return 0;
}

} // namespace tagsmith::cli
