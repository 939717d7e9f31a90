#include "embeddingindexer.h"

#include "catalog/embeddingrepository.h"
#include "catalog/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace tagsmith {
namespace {

const QString kDefaultEmbedder = QStringLiteral("mobilenet_v2_imagenet");

struct Job {
    EmbeddingTarget target;
    CachedEmbedding result;
    QString error;
};

} // namespace

Result<std::shared_ptr<EmbeddingIndexer>> EmbeddingIndexer::create(const QString &modelsDir, int threads)
{
    auto pool = EmbedderPool::create(modelsDir, threads > 0 ? threads : QThread::idealThreadCount());
    if (!pool)
        return Error{pool.error()};
    auto indexer = std::shared_ptr<EmbeddingIndexer>(new EmbeddingIndexer);
    indexer->m_pool = pool.value();
    indexer->m_variant = indexer->m_pool->variant();
    return indexer;
}

Result<EmbeddingRun> EmbeddingIndexer::ensure(const CatalogPtr &catalog, const QList<EmbeddingTarget> &targets,
                                              const std::function<void(int, int)> &progress, const std::atomic<bool> *cancel)
{
    EmbeddingRun run;
    QSqlDatabase db = catalog->connection();
    EmbeddingRepository cache(db);
    QList<Job> pending;
    QSet<QString> queuedHashes;
    for (const EmbeddingTarget &target : targets) {
        auto cached = cache.find(target.contentHash, m_variant);
        if (!cached)
            return Error{cached.error()};
        if (cached.value() || queuedHashes.contains(target.contentHash)) {
            ++run.cached;
            continue;
        }
        queuedHashes.insert(target.contentHash);
        pending << Job{target, {}, {}};
    }

    QThreadPool pool;
    pool.setMaxThreadCount(m_pool->size());

    const int chunk = 64;   // a kill loses at most one chunk of work
    int done = 0;
    for (qsizetype start = 0; start < pending.size(); start += chunk) {
        if (cancel && cancel->load())
            break;
        QList<Job> batch = pending.mid(start, chunk);
        QtConcurrent::blockingMap(&pool, batch, [&](Job &job) {
            auto image = decodeForEmbedding(job.target.path);
            if (!image) {
                job.error = image.error();
            } else if (auto embedding = m_pool->borrow()->embed(image.value()); !embedding) {
                job.error = embedding.error();
            } else {
                job.result = CachedEmbedding{embedding.value().vector, embedding.value().probs};
            }
        });
        Status written = sql::transaction(db, [&]() -> Status {
            for (const Job &job : std::as_const(batch)) {
                if (!job.error.isEmpty())
                    continue;
                if (Status stored = cache.store(job.target.contentHash, m_variant, job.result); !stored)
                    return stored;
            }
            return success();
        });
        if (!written)
            return Error{written.error()};
        for (const Job &job : std::as_const(batch)) {
            if (job.error.isEmpty())
                ++run.computed;
            else
                run.failures << qMakePair(job.target.path, job.error);
        }
        done += int(batch.size());
        if (progress)
            progress(done, int(pending.size()));
    }
    return run;
}

} // namespace tagsmith
