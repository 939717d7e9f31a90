#include "commands.h"
#include "optionvalue.h"

#include "ml/benchfigures.h"
#include "ml/fileembedder.h"
#include "ml/imagefolders.h"
#include "ml/softmaxregression.h"
#include "ml/trainer.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <random>

namespace tagsmith::cli {

namespace {

using namespace tagsmith::ml;

QString trBench(const char *text)
{
    return QCoreApplication::translate("tagsmith::cli", text);
}

struct Sample {
    QString id;
    std::vector<float> plain;
    std::vector<float> flip;   // flip-averaged, only with --flip
    int label = -1;
    const std::vector<float> &vector(bool useFlip) const { return useFlip ? flip : plain; }
};

struct Data {
    QStringList classes;
    std::vector<std::vector<Sample>> train;   // per class
    std::vector<Sample> test;
    std::vector<Sample> background;           // photos in the background-train half
    std::vector<Sample> unrelated;            // photos in the measure half + video frames
    int unrelatedPhotos = 0;
    int videoFrames = 0;
};

struct RunResult {
    double accuracy = 0;
    int measured = 0, applied = 0, appliedCorrect = 0, unrelatedTagged = 0;
};

constexpr double threshold = 0.7;
constexpr int seeds = 5;

std::vector<Sample> toSamples(const std::vector<EmbeddedFile> &files, int label, bool flip, QTextStream &err)
{
    std::vector<Sample> samples;
    for (const EmbeddedFile &file : files) {
        if (!file.error.isEmpty()) {
            err << trBench("skipped %1: %2").arg(QFileInfo(file.path).fileName(), file.error) << '\n';
            continue;
        }
        samples.push_back({file.path, file.embedding.vector,
                           flip ? FileEmbedder::flipAverage(file.embedding, file.mirrored) : std::vector<float>(), label});
    }
    return samples;
}

// A few frames per clip (at 1/4, 1/2, 3/4 of its length), decoded by OpenCV's FFmpeg backend.
std::vector<Sample> videoFrames(const ModelPack &pack, const QString &dir, bool flip)
{
    std::vector<Sample> samples;
    Result<Embedder> embedder = Embedder::create(pack);
    if (!embedder)
        return samples;
    static const QStringList patterns{QStringLiteral("*.mp4"), QStringLiteral("*.mkv"), QStringLiteral("*.mov"),
                                      QStringLiteral("*.avi"), QStringLiteral("*.webm")};
    for (const QString &name : QDir(dir).entryList(patterns, QDir::Files, QDir::Name)) {
        cv::VideoCapture capture(QDir(dir).filePath(name).toStdString(), cv::CAP_FFMPEG);
        const double frames = capture.get(cv::CAP_PROP_FRAME_COUNT);
        for (int quarter = 1; quarter <= 3 && capture.isOpened() && frames > 4; ++quarter) {
            capture.set(cv::CAP_PROP_POS_FRAMES, std::floor(frames * quarter / 4));
            cv::Mat frame;
            if (!capture.read(frame) || frame.empty() || frame.type() != CV_8UC3)
                continue;
            cv::Mat mirror;
            cv::flip(frame, mirror, 1);
            Result<std::vector<Embedding>> e = embedder.value().embed(std::vector<cv::Mat>{frame, mirror});
            if (e)
                samples.push_back({name, (*e)[0].vector, flip ? FileEmbedder::flipAverage((*e)[0], (*e)[1]) : std::vector<float>(), -1});
        }
    }
    return samples;
}

// Photos go to the background-train or the measure half by a fixed hash of their name.
bool isBackgroundHalf(const QString &path)
{
    const QByteArray name = QFileInfo(path).fileName().toUtf8();
    return (QCryptographicHash::hash(name, QCryptographicHash::Md5).at(0) & 1) == 0;
}

std::vector<std::vector<const Sample *>> drawExamples(const Data &data, int k, int seed)
{
    std::vector<std::vector<const Sample *>> chosen(data.train.size());
    for (size_t c = 0; c < data.train.size(); ++c) {
        std::vector<const Sample *> pool;
        for (const Sample &s : data.train[c])
            pool.push_back(&s);
        std::mt19937 random(unsigned(seed * 1000 + int(c)));
        std::shuffle(pool.begin(), pool.end(), random);
        pool.resize(size_t(std::min<qsizetype>(k, qsizetype(pool.size()))));
        chosen[c] = pool;
    }
    return chosen;
}

// The images a run is measured on: test/, or with --validate the train/ images not drawn as
// examples (for choosing hyper-parameters without looking at test/).
std::vector<const Sample *> measuredImages(const Data &data, const std::vector<std::vector<const Sample *>> &chosen, bool validate)
{
    std::vector<const Sample *> images;
    if (!validate) {
        for (const Sample &s : data.test)
            images.push_back(&s);
        return images;
    }
    for (size_t c = 0; c < data.train.size(); ++c) {
        for (const Sample &s : data.train[c]) {
            if (std::find(chosen[c].begin(), chosen[c].end(), &s) == chosen[c].end())
                images.push_back(&s);
        }
    }
    return images;
}

int argMax(const std::vector<float> &v)
{
    return int(std::max_element(v.begin(), v.end()) - v.begin());
}

// One way of turning k examples per class into per-class probabilities.
struct Variant {
    QString name;
    bool flip = false;
    bool background = false;   // train the "none of these" class from the background photos
    bool reference = false;    // the README's protocol instead of Trainer
    TrainerOptions options;
};

using Classifier = std::function<std::vector<float>(const std::vector<float> &)>;

// The README's protocol, independent of whatever Trainer does: plain multinomial logistic
// regression (C = 100, as scikit-learn's default penalty) on the L2-normalised embeddings.
Classifier trainReference(const std::vector<std::vector<const Sample *>> &chosen, bool useFlip)
{
    std::vector<const float *> rows;
    std::vector<int> labels;
    for (size_t c = 0; c < chosen.size(); ++c) {
        for (const Sample *s : chosen[c]) {
            rows.push_back(s->vector(useFlip).data());
            labels.push_back(int(c));
        }
    }
    const int classes = int(chosen.size());
    const int dim = int(chosen.front().front()->plain.size());
    auto weights = std::make_shared<std::vector<float>>(
        SoftmaxRegression::fit(rows, dim, labels, classes, SoftmaxRegression::Options{.c = 100.0}));
    return [weights, classes, dim](const std::vector<float> &x) {
        return SoftmaxRegression::probabilities(*weights, classes, x.data(), dim);
    };
}

Classifier trainPipeline(const Data &data, const std::vector<std::vector<const Sample *>> &chosen, const Variant &variant)
{
    TrainingSet set;
    for (size_t t = 0; t < chosen.size(); ++t) {
        TrainingTag tag{data.classes.at(qsizetype(t)), {}};
        for (const Sample *s : chosen[t])
            tag.examples.push_back({s->id, s->vector(variant.flip)});
        set.tags.push_back(std::move(tag));
    }
    if (variant.background) {
        for (const Sample &s : data.background)
            set.background.push_back({s.id, s.vector(variant.flip)});
    }
    Result<TrainedTagModel> trained = Trainer::train(set, variant.options);
    if (!trained)
        return {};
    auto model = std::make_shared<TagModel>(std::move(trained->model));
    return [model](const std::vector<float> &x) { return model->predict(x); };
}

RunResult run(const Data &data, int k, int seed, const Variant &variant, bool validate, double &trainSeconds)
{
    const auto chosen = drawExamples(data, k, seed);
    QElapsedTimer timer;
    timer.start();
    const Classifier classify = variant.reference ? trainReference(chosen, variant.flip) : trainPipeline(data, chosen, variant);
    trainSeconds += double(timer.nsecsElapsed()) / 1e9;
    RunResult result;
    if (!classify)
        return result;
    const std::vector<const Sample *> measured = measuredImages(data, chosen, validate);
    int correct = 0;
    for (const Sample *s : measured) {
        const std::vector<float> p = classify(s->vector(variant.flip));
        const int best = argMax(p);
        correct += best == s->label;
        if (p[size_t(best)] >= threshold) {
            ++result.applied;
            result.appliedCorrect += best == s->label;
        }
    }
    for (const Sample &s : data.unrelated) {
        const std::vector<float> p = classify(s.vector(variant.flip));
        result.unrelatedTagged += *std::max_element(p.begin(), p.end()) >= threshold;
    }
    result.measured = int(measured.size());
    result.accuracy = double(correct) / double(measured.size());
    return result;
}

// Baseline: cosine to each class's mean example.
double runCentroid(const Data &data, int k, int seed, bool validate)
{
    const auto chosen = drawExamples(data, k, seed);
    std::vector<std::vector<float>> centroids;
    for (const auto &examples : chosen) {
        std::vector<float> mean(examples.front()->plain.size(), 0.0f);
        for (const Sample *s : examples) {
            for (size_t j = 0; j < mean.size(); ++j)
                mean[j] += s->plain[j];
        }
        centroids.push_back(mean);
    }
    const std::vector<const Sample *> measured = measuredImages(data, chosen, validate);
    int correct = 0;
    for (const Sample *s : measured) {
        std::vector<float> scores;
        for (const auto &centroid : centroids) {
            double dot = 0, norm = 0;
            for (size_t j = 0; j < centroid.size(); ++j) {
                dot += double(centroid[j]) * s->plain[j];
                norm += double(centroid[j]) * centroid[j];
            }
            scores.push_back(float(dot / std::sqrt(norm)));
        }
        correct += argMax(scores) == s->label;
    }
    return double(correct) / double(measured.size());
}

void meanAndSd(const std::vector<double> &values, double &mean, double &sd)
{
    mean = 0;
    for (double v : values)
        mean += v;
    mean /= double(values.size());
    double variance = 0;
    for (double v : values)
        variance += (v - mean) * (v - mean);
    sd = values.size() > 1 ? std::sqrt(variance / double(values.size() - 1)) : 0.0;
}

Result<Data> loadData(CliContext &context, const ModelPack &pack, const QString &clothing, const QString &photos,
                      const QString &videos, bool flip, BenchFigures &figures)
{
    Data data;
    const FileEmbedder::Options options{2, 8, flip};
    QStringList paths;
    std::vector<int> counts;
    data.classes = ImageFolders::subfolders(clothing + QStringLiteral("/train"));
    if (data.classes.size() < 2)
        return Error{trBench("%1 has no train/<class>/ folders").arg(clothing)};
    for (const QString &split : {QStringLiteral("train"), QStringLiteral("test")}) {
        for (const QString &name : data.classes) {
            const QStringList files = ImageFolders::imageFiles(QStringLiteral("%1/%2/%3").arg(clothing, split, name));
            paths << files;
            counts.push_back(int(files.size()));
        }
    }
    const QStringList photoFiles = ImageFolders::imageFiles(photos);
    paths << photoFiles;

    context.err << trBench("embedding %1 images on 2 threads...").arg(paths.size()) << '\n';
    QElapsedTimer timer;
    timer.start();
    Result<std::vector<EmbeddedFile>> embedded = FileEmbedder::embedFiles(pack, paths, options);
    if (!embedded)
        return Error{embedded.error()};
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    figures.add(QStringLiteral("embed_images"), double(paths.size()), QStringLiteral("images"), 0);
    figures.add(QStringLiteral("embed_rate"), double(paths.size()) / seconds,
                flip ? QStringLiteral("images/s (decode + 2 forwards, 2 threads)") : QStringLiteral("images/s (decode + forward, 2 threads)"), 1);

    size_t offset = 0;
    const int classCount = int(data.classes.size());
    data.train.resize(size_t(classCount));
    for (int i = 0; i < 2 * classCount; ++i) {
        const std::vector<EmbeddedFile> slice(embedded->begin() + ptrdiff_t(offset), embedded->begin() + ptrdiff_t(offset + size_t(counts[size_t(i)])));
        offset += size_t(counts[size_t(i)]);
        std::vector<Sample> samples = toSamples(slice, i % classCount, flip, context.err);
        if (i < classCount)
            data.train[size_t(i)] = std::move(samples);
        else
            data.test.insert(data.test.end(), samples.begin(), samples.end());
    }
    const std::vector<EmbeddedFile> photoSlice(embedded->begin() + ptrdiff_t(offset), embedded->end());
    for (const Sample &s : toSamples(photoSlice, -1, flip, context.err)) {
        if (isBackgroundHalf(s.id)) {
            data.background.push_back(s);
        } else {
            data.unrelated.push_back(s);
            ++data.unrelatedPhotos;
        }
    }
    const std::vector<Sample> frames = videoFrames(pack, videos, flip);
    data.videoFrames = int(frames.size());
    data.unrelated.insert(data.unrelated.end(), frames.begin(), frames.end());
    return data;
}

} // namespace

// bench fewshot: few-shot accuracy of tag models on the clothing set against the README's
// logistic-regression protocol and a nearest-centroid classifier, both measured in the same run
// on the same draws, plus precision and recall at threshold 0.7 and the share of unrelated
// images that get any tag.
int runBenchFewshot(CliContext &context, const QStringList &arguments)
{
    const QString sharedDir = qEnvironmentVariable("TAGSMITH_SHARED_DIR");
    const QString fallback = sharedDir.isEmpty() ? QString() : sharedDir + QStringLiteral("/datasets/fewshot/clothing");
    const QString clothing = optionValue(arguments, QStringLiteral("--data"), fallback);
    if (clothing.isEmpty()) {
        context.err << trBench("bench fewshot needs --data DIR (the clothing set) or TAGSMITH_SHARED_DIR") << '\n';
        return 2;
    }
    const QString datasets = QDir(clothing).absoluteFilePath(QStringLiteral("../.."));
    const QString photos = optionValue(arguments, QStringLiteral("--photos"), datasets + QStringLiteral("/photos"));
    const QString videos = optionValue(arguments, QStringLiteral("--videos"), datasets + QStringLiteral("/videos"));
    // --c 10,100: regularisation strengths of the pipeline to compare over the same embeddings.
    std::vector<double> strengths;
    for (const QString &value : optionValue(arguments, QStringLiteral("--c"), QString::number(TrainerOptions{}.c)).split(QLatin1Char(',')))
        strengths.push_back(value.toDouble());
    const bool flip = arguments.contains(QStringLiteral("--flip"));
    const bool validate = arguments.contains(QStringLiteral("--validate"));

    const Result<ModelPack> pack = ModelPack::load(context.modelsDir, QStringLiteral("mobilenet_v2_imagenet"));
    if (!pack) {
        context.err << pack.error() << '\n';
        return 1;
    }
    BenchFigures figures;
    const Result<Data> loaded = loadData(context, *pack, clothing, photos, videos, flip, figures);
    if (!loaded) {
        context.err << loaded.error() << '\n';
        return 1;
    }
    const Data &data = *loaded;
    if (validate)
        context.err << trBench("--validate: measured on the train/ images not drawn as examples; test/ is not measured") << '\n';
    else
        context.err << trBench("test images: %1 (all of test/; the README's figures used the original 372-image test split)")
                           .arg(data.test.size()) << '\n';
    context.err << trBench("background (\"none of these\") training: %1 photos whose MD5(file name) is even; "
                           "measured as unrelated: the other %2 photos and %3 video frames (never trained on)")
                       .arg(data.background.size()).arg(data.unrelatedPhotos).arg(data.videoFrames) << '\n';
    figures.add(QStringLiteral("test_images"), double(data.test.size()), QStringLiteral("images"), 0);
    figures.add(QStringLiteral("background_train_photos"), double(data.background.size()), QStringLiteral("images"), 0);
    figures.add(QStringLiteral("unrelated_measured"), double(data.unrelated.size()), QStringLiteral("images"), 0);

    std::vector<Variant> variants{{QStringLiteral("baseline_logreg_c100"), false, false, true, {}}};
    for (bool withFlip : flip ? std::vector<bool>{false, true} : std::vector<bool>{false}) {
        const QString suffix = withFlip ? QStringLiteral("_flip") : QString();
        for (const double c : strengths) {
            const QString name = QStringLiteral("tagsmith") + suffix + (c == TrainerOptions{}.c ? QString() : QStringLiteral("_c%1").arg(c));
            variants.push_back({name, withFlip, true, false, TrainerOptions{.c = c, .folds = 0}});
        }
        // The previous pipeline (no feature power) and the pipeline without "none of these".
        variants.push_back({QStringLiteral("tagsmith_power1") + suffix, withFlip, true, false,
                            TrainerOptions{.featurePower = 1.0f, .folds = 0}});
        variants.push_back({QStringLiteral("tagsmith_nobg") + suffix, withFlip, false, false, TrainerOptions{.folds = 0}});
    }

    const std::map<int, double> readme{{10, 77.1}, {30, 81.0}};
    for (const auto &[k, readmeAccuracy] : readme) {
        const QString prefix = QStringLiteral("k%1_").arg(k);
        figures.add(prefix + QStringLiteral("baseline_readme_logreg_accuracy"), readmeAccuracy, QStringLiteral("% (README, 372-image test split)"), 1);
        std::vector<double> centroid;
        for (int seed = 1; seed <= seeds; ++seed)
            centroid.push_back(100 * runCentroid(data, k, seed, validate));
        double mean = 0, sd = 0;
        meanAndSd(centroid, mean, sd);
        figures.add(prefix + QStringLiteral("baseline_centroid_accuracy"), mean, QStringLiteral("%"), 1);
        figures.add(prefix + QStringLiteral("baseline_centroid_accuracy_sd"), sd, QStringLiteral("%"), 1);
        double referenceAccuracy = 0;
        for (const Variant &variant : variants) {
            std::vector<double> accuracy;
            RunResult total;
            double trainSeconds = 0;
            for (int seed = 1; seed <= seeds; ++seed) {
                const RunResult r = run(data, k, seed, variant, validate, trainSeconds);
                accuracy.push_back(100 * r.accuracy);
                total.measured += r.measured;
                total.applied += r.applied;
                total.appliedCorrect += r.appliedCorrect;
                total.unrelatedTagged += r.unrelatedTagged;
            }
            meanAndSd(accuracy, mean, sd);
            if (variant.reference)
                referenceAccuracy = mean;
            const QString name = prefix + variant.name;
            figures.add(name + QStringLiteral("_accuracy"), mean, QStringLiteral("%"), 1);
            figures.add(name + QStringLiteral("_accuracy_sd"), sd, QStringLiteral("%"), 1);
            if (!variant.reference)
                figures.add(name + QStringLiteral("_vs_baseline_logreg_c100"), referenceAccuracy > 0 ? mean / referenceAccuracy : 0.0, QStringLiteral("x"), 3);
            figures.add(name + QStringLiteral("_t07_precision"), total.applied ? 100.0 * total.appliedCorrect / total.applied : 0.0, QStringLiteral("%"), 1);
            figures.add(name + QStringLiteral("_t07_recall"), total.measured ? 100.0 * total.appliedCorrect / total.measured : 0.0, QStringLiteral("%"), 1);
            figures.add(name + QStringLiteral("_t07_unrelated_tagged"), 100.0 * total.unrelatedTagged / double(seeds * data.unrelated.size()), QStringLiteral("%"), 2);
            figures.add(name + QStringLiteral("_train_seconds"), trainSeconds / seeds, QStringLiteral("s"), 3);
        }
    }
    figures.print(context.out, context.json);
    return 0;
}

} // namespace tagsmith::cli
