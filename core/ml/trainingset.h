#pragma once

#include <QString>

#include <vector>

namespace tagsmith::ml {

struct TrainingExample {
    QString imageId;               // caller's identity of the image (e.g. content hash)
    std::vector<float> embedding;  // L2-normalised
};

struct TrainingTag {
    QString name;
    std::vector<TrainingExample> examples;
};

// What a tag model learns from: its tags' example images, and optionally unrelated images
// ("none of these") so that confidence means "shows this tag" rather than "looks most like it".
struct TrainingSet {
    std::vector<TrainingTag> tags;
    std::vector<TrainingExample> background;
    QString embeddingVariant;
};

} // namespace tagsmith::ml
