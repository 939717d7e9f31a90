#pragma once

#include <vector>

namespace tagsmith::ml {

// Multinomial logistic regression (softmax, L2-regularised, bias unregularised), fitted by
// full-batch L-BFGS. Minimises 0.5*|W|^2 + C * sum_i crossEntropy_i, as scikit-learn's C does,
// so C keeps its meaning whatever the number of examples.
class SoftmaxRegression {
public:
    struct Options {
        double c = 10.0;
        int maxIterations = 300;
        double gradientTolerance = 1e-5;   // on max |gradient| of the per-example-mean objective
    };

    // rows: n pointers to `dim` floats; labels in [0, classes). warmStart: a previous result of
    // the same shape (classes x (dim + 1)) to start from, or empty.
    // Returns weights as classes rows of dim coefficients followed by the bias.
    static std::vector<float> fit(const std::vector<const float *> &rows, int dim, const std::vector<int> &labels,
                                  int classes, const Options &options, const std::vector<float> &warmStart = {},
                                  int *iterations = nullptr);

    // Class probabilities of one example under weights from fit().
    static std::vector<float> probabilities(const std::vector<float> &weights, int classes, const float *row, int dim);
    // The most probable class of each row, in one blocked matrix product (cross-validation).
    static std::vector<int> predictedClasses(const std::vector<float> &weights, int classes,
                                             const std::vector<const float *> &rows, int dim);
};

} // namespace tagsmith::ml
