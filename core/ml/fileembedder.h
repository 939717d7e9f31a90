#pragma once

#include "embedder.h"
#include "modelpack.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tagsmith::ml {

struct EmbeddedFile {
    QString path;
    QString error;        // empty when embedded
    Embedding embedding;
    Embedding mirrored;   // the mirror image's embedding, only with Options::withMirror
};

// Embeds image files on several threads, one Embedder (cv::dnn::Net) per thread, decoding with
// cv::imread(IMREAD_COLOR): the golden path of variant "mnv2-squash224-v1". For benchmarks and
// batch tools; the import pipeline runs its own jobs and decoder.
class FileEmbedder {
public:
    struct Options {
        int threads = 2;
        int batchSize = 8;
        bool withMirror = false;   // also embed each mirror image, for flip averaging
    };

    static Result<std::vector<EmbeddedFile>> embedFiles(const ModelPack &pack, const QStringList &paths,
                                                        const Options &options);
    // Flip averaging from separately embedded image and mirror (equals EmbedderOptions::flipAveraging).
    static std::vector<float> flipAverage(const Embedding &image, const Embedding &mirror);
};

} // namespace tagsmith::ml
