#pragma once

#include "ml/embedder.h"
#include "util/result.h"

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>
#include <vector>

namespace tagsmith {

// A fixed set of embedders shared by worker threads: a cv::dnn::Net is not thread-safe,
// so each thread borrows one for the length of one image.
class EmbedderPool {
public:
    static Result<std::shared_ptr<EmbedderPool>> create(const QString &modelsDir, int count);

    QString variant() const { return m_variant; }
    int size() const { return int(m_all.size()); }

    class Lease {
    public:
        Lease(EmbedderPool &pool, ml::Embedder *embedder) : m_pool(pool), m_embedder(embedder) {}
        ~Lease() { m_pool.giveBack(m_embedder); }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        ml::Embedder &operator*() const { return *m_embedder; }
        ml::Embedder *operator->() const { return m_embedder; }

    private:
        EmbedderPool &m_pool;
        ml::Embedder *m_embedder;
    };

    // Blocks until an embedder is free.
    Lease borrow();

private:
    EmbedderPool() = default;
    void giveBack(ml::Embedder *embedder);

    std::vector<std::unique_ptr<ml::Embedder>> m_all;
    std::vector<ml::Embedder *> m_free;
    QMutex m_mutex;
    QWaitCondition m_available;
    QString m_variant;
};

// The image as the embedder's README prescribes it: cv::imread's full decode (EXIF orientation
// applied) where OpenCV reads the format, Qt's readers for the rest.
Result<cv::Mat> decodeForEmbedding(const QString &path);

} // namespace tagsmith
