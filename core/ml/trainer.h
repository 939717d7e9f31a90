#pragma once

#include "tagmodel.h"
#include "trainingreport.h"
#include "trainingset.h"
#include "util/result.h"

#include <QStringList>

namespace tagsmith::ml {

struct TrainerOptions {
    // Inverse L2 strength (scikit-learn's C). 100 keeps precision at 0.7 above 0.9 with far better
    // recall than 10 (bench fewshot: k=30 recall 61 % vs 38 %, unrelated tagged 0.8 % vs 0 %).
    double c = 100.0;
    // Power applied to the embedding before training and prediction (TagModel::features).
    // 0.5 was chosen on train/ only (bench fewshot --validate: k = 10 73.9 % vs 73.4 % with
    // power 1, k = 30 79.4 % vs 79.6 %); on test/ it gives +0.4 and +0.3 points.
    float featurePower = 0.5f;
    int folds = 5;                // stratified cross-validation folds for the report; 0 = none
    double minPrecision = 0.5;    // below either, a tag "needs-more-examples"
    double minRecall = 0.5;
    int maxBackground = 1000;     // unrelated images used at most (a seeded sample)
    int maxIterations = 300;
    // Stop when every gradient component of the per-example objective is below this. 1e-4 gave
    // the same few-shot accuracy as 1e-5 (bench fewshot) at about half the iterations.
    double tolerance = 1e-4;
    unsigned seed = 1;
};

struct TrainedTagModel {
    TagModel model;
    TrainingReport report;
};

// Trains a TagModel by softmax regression over cached embeddings, enforcing AEM's rules.
class Trainer {
public:
    static constexpr int minTags = 2;
    static constexpr int maxTags = 50;
    static constexpr int minExamples = 10;
    static constexpr int maxExamples = 50;

    // Every broken rule, each a sentence naming the tag; empty when the set can be trained.
    static QStringList validate(const TrainingSet &set);
    // Fails with validate()'s messages, one per line.
    static Result<TrainedTagModel> train(const TrainingSet &set, const TrainerOptions &options = {});
};

} // namespace tagsmith::ml
