#include "trainer.h"

#include "softmaxregression.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <random>

namespace tagsmith::ml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tagsmith::ml::Trainer", text);
}

// The training rows: tag t has label t, the background label tags.size().
struct Samples {
    std::vector<std::vector<float>> features;   // what rows point into
    std::vector<const float *> rows;
    std::vector<int> labels;
    std::vector<int> folds;
};

Samples collectSamples(const TrainingSet &set, const TrainerOptions &options)
{
    Samples samples;
    std::mt19937 random(options.seed);
    const auto add = [&](const std::vector<const TrainingExample *> &examples, int label) {
        std::vector<int> order(examples.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::shuffle(order.begin(), order.end(), random);
        for (size_t i = 0; i < order.size(); ++i) {
            samples.features.push_back(TagModel::features(examples[size_t(order[i])]->embedding, options.featurePower));
            samples.rows.push_back(samples.features.back().data());
            samples.labels.push_back(label);
            // Stratified: each label's examples are dealt round-robin over the folds.
            samples.folds.push_back(options.folds > 0 ? int(i) % options.folds : 0);
        }
    };

    QSet<QString> exampleIds;
    for (size_t t = 0; t < set.tags.size(); ++t) {
        std::vector<const TrainingExample *> examples;
        for (const TrainingExample &example : set.tags[t].examples) {
            examples.push_back(&example);
            exampleIds.insert(example.imageId);
        }
        add(examples, int(t));
    }
    // An image that is an example of a tag cannot also stand for "none of these".
    std::vector<const TrainingExample *> background;
    for (const TrainingExample &example : set.background) {
        if (!exampleIds.contains(example.imageId))
            background.push_back(&example);
    }
    std::shuffle(background.begin(), background.end(), random);
    if (int(background.size()) > options.maxBackground)
        background.resize(size_t(options.maxBackground));
    add(background, int(set.tags.size()));
    return samples;
}

void crossValidate(const Samples &samples, int dim, int classes, int tags, const std::vector<float> &full,
                   const TrainerOptions &options, TrainingReport &report)
{
    std::vector<int> truePositives(size_t(tags), 0), predicted(size_t(tags), 0), actual(size_t(tags), 0);
    SoftmaxRegression::Options fitOptions{options.c, options.maxIterations, options.tolerance};
    for (int fold = 0; fold < options.folds; ++fold) {
        Samples train;
        std::vector<size_t> heldOut;
        for (size_t i = 0; i < samples.rows.size(); ++i) {
            if (samples.folds[i] == fold) {
                heldOut.push_back(i);
            } else {
                train.rows.push_back(samples.rows[i]);
                train.labels.push_back(samples.labels[i]);
            }
        }
        // Warm-started from the full model: a few iterations move it to the fold's optimum.
        const std::vector<float> weights = SoftmaxRegression::fit(train.rows, dim, train.labels, classes, fitOptions, full);
        std::vector<const float *> heldOutRows;
        for (size_t i : heldOut)
            heldOutRows.push_back(samples.rows[i]);
        const std::vector<int> guesses = SoftmaxRegression::predictedClasses(weights, classes, heldOutRows, dim);
        for (size_t h = 0; h < heldOut.size(); ++h) {
            const size_t i = heldOut[h];
            const int guess = guesses[h];
            const int truth = samples.labels[i];
            if (truth < tags)
                ++actual[size_t(truth)];
            if (guess < tags)
                ++predicted[size_t(guess)];
            if (guess == truth && truth < tags)
                ++truePositives[size_t(truth)];
        }
    }
    for (int t = 0; t < tags; ++t) {
        TagReport &tag = report.tags[size_t(t)];
        tag.precision = predicted[size_t(t)] ? double(truePositives[size_t(t)]) / predicted[size_t(t)] : 0.0;
        tag.recall = actual[size_t(t)] ? double(truePositives[size_t(t)]) / actual[size_t(t)] : 0.0;
        const bool good = tag.precision >= options.minPrecision && tag.recall >= options.minRecall;
        tag.status = good ? QStringLiteral("trained") : QStringLiteral("needs-more-examples");
    }
}

} // namespace

QStringList Trainer::validate(const TrainingSet &set)
{
    QStringList problems;
    const int tagCount = int(set.tags.size());
    if (tagCount < minTags)
        problems << tr("a tag model needs at least %1 tags; this one has %2").arg(minTags).arg(tagCount);
    if (tagCount > maxTags)
        problems << tr("a tag model can have at most %1 tags; this one has %2").arg(maxTags).arg(tagCount);

    QSet<QString> names;
    QHash<QString, QString> tagOfImage;
    int dimension = -1;
    for (const TrainingTag &tag : set.tags) {
        if (tag.name.trimmed().isEmpty())
            problems << tr("a tag has no name");
        else if (names.contains(tag.name))
            problems << tr("tag \"%1\" appears twice in the model").arg(tag.name);
        names.insert(tag.name);

        const int count = int(tag.examples.size());
        if (count < minExamples)
            problems << tr("tag \"%1\" has %2 example images; it needs at least %3").arg(tag.name).arg(count).arg(minExamples);
        if (count > maxExamples)
            problems << tr("tag \"%1\" has %2 example images; at most %3 are allowed").arg(tag.name).arg(count).arg(maxExamples);

        for (const TrainingExample &example : tag.examples) {
            if (dimension < 0)
                dimension = int(example.embedding.size());
            if (example.embedding.empty() || int(example.embedding.size()) != dimension) {
                problems << tr("an example image of tag \"%1\" has no embedding of the model's kind").arg(tag.name);
                break;
            }
            const auto previous = tagOfImage.constFind(example.imageId);
            if (previous == tagOfImage.constEnd())
                tagOfImage.insert(example.imageId, tag.name);
            else if (previous.value() == tag.name)
                problems << tr("image %1 is listed twice under tag \"%2\"").arg(example.imageId, tag.name);
            else
                problems << tr("image %1 is an example of both tag \"%2\" and tag \"%3\"; an image can be under only one tag of a model")
                                .arg(example.imageId, previous.value(), tag.name);
        }
    }
    for (const TrainingExample &example : set.background) {
        if (int(example.embedding.size()) != dimension) {
            problems << tr("an unrelated (background) image has no embedding of the model's kind");
            break;
        }
    }
    return problems;
}

Result<TrainedTagModel> Trainer::train(const TrainingSet &set, const TrainerOptions &options)
{
    const QStringList problems = validate(set);
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n'))};

    QElapsedTimer timer;
    timer.start();
    const Samples samples = collectSamples(set, options);
    const int tags = int(set.tags.size());
    const bool hasBackground = int(samples.rows.size()) > [&] {
        int n = 0;
        for (const TrainingTag &tag : set.tags)
            n += int(tag.examples.size());
        return n;
    }();
    const int classes = tags + (hasBackground ? 1 : 0);
    const int dim = int(set.tags.front().examples.front().embedding.size());

    TrainingReport report;
    report.backgroundExamples = hasBackground ? int(std::count(samples.labels.begin(), samples.labels.end(), tags)) : 0;
    report.folds = options.folds;
    for (const TrainingTag &tag : set.tags)
        report.tags.push_back({tag.name, int(tag.examples.size()), 0.0, 0.0, QStringLiteral("trained")});

    const SoftmaxRegression::Options fitOptions{options.c, options.maxIterations, options.tolerance};
    std::vector<float> weights = SoftmaxRegression::fit(samples.rows, dim, samples.labels, classes, fitOptions, {},
                                                        &report.iterations);
    if (options.folds > 1)
        crossValidate(samples, dim, classes, tags, weights, options, report);
    report.seconds = double(timer.nsecsElapsed()) / 1e9;

    QStringList names;
    for (const TrainingTag &tag : set.tags)
        names << tag.name;
    return TrainedTagModel{TagModel(names, set.embeddingVariant, dim, hasBackground, std::move(weights), options.featurePower),
                           std::move(report)};
}

} // namespace tagsmith::ml
