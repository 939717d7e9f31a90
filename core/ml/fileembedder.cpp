#include "fileembedder.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QCoreApplication>
#include <QFileInfo>

#include <atomic>
#include <cmath>
#include <thread>

namespace tagsmith::ml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tagsmith::ml", text);
}

constexpr qint64 maxFileBytes = 256LL * 1024 * 1024;

void embedBatch(Embedder &embedder, std::vector<EmbeddedFile> &files, const std::vector<size_t> &indices, bool withMirror)
{
    std::vector<cv::Mat> images;
    std::vector<size_t> decoded;
    for (size_t index : indices) {
        EmbeddedFile &file = files[index];
        if (QFileInfo(file.path).size() > maxFileBytes) {
            file.error = tr("the file is larger than %1 MiB").arg(maxFileBytes >> 20);
            continue;
        }
        cv::Mat image;
        try {
            image = cv::imread(file.path.toStdString(), cv::IMREAD_COLOR);
        } catch (const cv::Exception &e) {
            file.error = QString::fromStdString(e.msg);
            continue;
        }
        if (image.empty()) {
            file.error = tr("OpenCV cannot decode this image");
            continue;
        }
        images.push_back(image);
        decoded.push_back(index);
    }
    const size_t count = images.size();
    if (withMirror) {
        for (size_t i = 0; i < count; ++i) {
            cv::Mat mirror;
            cv::flip(images[i], mirror, 1);
            images.push_back(mirror);
        }
    }
    Result<std::vector<Embedding>> embeddings = embedder.embed(images);
    for (size_t i = 0; i < count; ++i) {
        EmbeddedFile &file = files[decoded[i]];
        if (!embeddings) {
            file.error = embeddings.error();
            continue;
        }
        file.embedding = std::move(embeddings.value()[i]);
        if (withMirror)
            file.mirrored = std::move(embeddings.value()[count + i]);
    }
}

} // namespace

Result<std::vector<EmbeddedFile>> FileEmbedder::embedFiles(const ModelPack &pack, const QStringList &paths,
                                                           const Options &options)
{
    const int threads = std::max(1, options.threads);
    std::vector<Embedder> embedders;
    for (int t = 0; t < threads; ++t) {
        Result<Embedder> embedder = Embedder::create(pack);
        if (!embedder)
            return Error{embedder.error()};
        embedders.push_back(std::move(embedder).value());
    }
    std::vector<EmbeddedFile> files(static_cast<size_t>(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i)
        files[size_t(i)].path = paths.at(i);

    // Each worker has its own Net and decodes its own files; OpenCV's inner threads would only
    // compete with the workers for the same cores.
    const int previousThreads = cv::getNumThreads();
    if (threads > 1)
        cv::setNumThreads(1);
    std::atomic<size_t> next{0};
    const size_t batch = size_t(std::max(1, options.batchSize));
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (;;) {
                const size_t first = next.fetch_add(batch);
                if (first >= files.size())
                    return;
                std::vector<size_t> indices;
                for (size_t i = first; i < std::min(files.size(), first + batch); ++i)
                    indices.push_back(i);
                embedBatch(embedders[size_t(t)], files, indices, options.withMirror);
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    cv::setNumThreads(previousThreads);
    return files;
}

std::vector<float> FileEmbedder::flipAverage(const Embedding &image, const Embedding &mirror)
{
    std::vector<float> average(image.vector.size());
    double norm = 0;
    for (size_t i = 0; i < average.size(); ++i) {
        average[i] = 0.5f * (image.vector[i] * image.rawNorm + mirror.vector[i] * mirror.rawNorm);
        norm += double(average[i]) * average[i];
    }
    norm = std::sqrt(norm);
    if (norm > 0) {
        for (float &value : average)
            value = float(value / norm);
    }
    return average;
}

} // namespace tagsmith::ml
