#pragma once

#include "modelpack.h"
#include "util/result.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/dnn/dnn.hpp>

#include <QString>

#include <vector>

namespace tagsmith::ml {

struct Embedding {
    std::vector<float> vector;   // L2-normalised (unit length)
    float rawNorm = 0;           // L2 norm before normalisation (of the average when flip-averaged)
    std::vector<float> probs;    // the network's class probabilities (ImageNet: 1001, index 0 = background)
};

struct EmbedderOptions {
    // Average the embedding of the image and of its mirror image: +0.4..1.0 points of
    // few-shot accuracy for twice the compute (models/README.md). Changes the variant string.
    bool flipAveraging = false;
};

// One cv::dnn::Net: a Net is not thread-safe, so use one Embedder per worker thread.
class Embedder {
public:
    static Result<Embedder> create(const ModelPack &pack, EmbedderOptions options = {});

    Embedder(Embedder &&) = default;
    Embedder &operator=(Embedder &&) = default;
    Embedder(const Embedder &) = delete;
    Embedder &operator=(const Embedder &) = delete;

    // bgr: 8-bit BGR as cv::imread(path, cv::IMREAD_COLOR) returns it.
    Result<Embedding> embed(const cv::Mat &bgr);
    Result<std::vector<Embedding>> embed(const std::vector<cv::Mat> &bgrImages);

    // The network input for these images, exactly as the model's README prescribes.
    cv::Mat blob(const std::vector<cv::Mat> &bgrImages) const;

    // Identifies model + preprocessing (e.g. "mnv2-squash224-v1"); store it with every cached
    // embedding and recompute when it changes.
    QString variant() const;
    int dimension() const { return m_spec.embeddingDim; }

private:
    Embedder() = default;

    NetworkSpec m_spec;
    EmbedderOptions m_options;
    cv::dnn::Net m_net;
};

} // namespace tagsmith::ml
