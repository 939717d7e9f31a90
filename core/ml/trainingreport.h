#pragma once

#include <QString>

#include <vector>

namespace tagsmith::ml {

struct TagReport {
    QString tag;
    int examples = 0;
    double precision = 0;   // cross-validated, arg-max decision (background counts as "no tag")
    double recall = 0;
    QString status;         // "trained" or "needs-more-examples"
};

struct TrainingReport {
    std::vector<TagReport> tags;
    int backgroundExamples = 0;
    int folds = 0;
    int iterations = 0;      // of the final fit
    double seconds = 0;      // fit + cross-validation
};

} // namespace tagsmith::ml
