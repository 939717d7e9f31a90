#include "embeddingindexer.h"

#include "catalog/embeddingrepository.h"
#include "catalog/sql.h"
#include "ml/modelpack.h"

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

// The golden path (cv::imread, full decode) where OpenCV reads the format; Qt's readers
// for the rest (GIF, ICO, XPM, ...). The prober has already refused oversized images.
Result<cv::Mat> decodeForEmbedding(const QString &path)
{
    cv::Mat bgr = cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
    if (!bgr.empty())
        return bgr;
    QImageReader reader(path);
    reader.setAutoTransform(true);   // cv::imread applies EXIF orientation too: keep both paths alike
    QImage image = reader.read();
    if (image.isNull())
        return Error{QCoreApplication::translate("tagging", "cannot decode the image for smart tags: %1").arg(reader.errorString())};
    image = image.convertToFormat(QImage::Format_RGB888);
    cv::Mat rgb(image.height(), image.width(), CV_8UC3, image.bits(), size_t(image.bytesPerLine()));
    cv::Mat converted;
    cv::cvtColor(rgb, converted, cv::COLOR_RGB2BGR);
    return converted;
}

struct Job {
    EmbeddingTarget target;
    CachedEmbedding result;
    QString error;
};

} // namespace

Result<std::shared_ptr<EmbeddingIndexer>> EmbeddingIndexer::create(const QString &modelsDir, int threads)
{
    auto pack = ml::ModelPack::load(modelsDir, kDefaultEmbedder);
    if (!pack)
        return Error{pack.error()};
    auto indexer = std::shared_ptr<EmbeddingIndexer>(new EmbeddingIndexer);
    const int count = threads > 0 ? threads : QThread::idealThreadCount();
    for (int i = 0; i < count; ++i) {
        auto embedder = ml::Embedder::create(pack.value());
        if (!embedder)
            return Error{embedder.error()};
        indexer->m_embedders.push_back(std::make_unique<ml::Embedder>(std::move(embedder.value())));
    }
    indexer->m_variant = indexer->m_embedders.front()->variant();
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
    pool.setMaxThreadCount(int(m_embedders.size()));
    QMutex freeMutex;
    std::vector<ml::Embedder *> free;
    for (auto &embedder : m_embedders)
        free.push_back(embedder.get());

    const int chunk = 64;   // a kill loses at most one chunk of work
    int done = 0;
    for (qsizetype start = 0; start < pending.size(); start += chunk) {
        if (cancel && cancel->load())
            break;
        QList<Job> batch = pending.mid(start, chunk);
        QtConcurrent::blockingMap(&pool, batch, [&](Job &job) {
            ml::Embedder *embedder = nullptr;
            {
                QMutexLocker lock(&freeMutex);
                embedder = free.back();
                free.pop_back();
            }
            auto image = decodeForEmbedding(job.target.path);
            if (!image) {
                job.error = image.error();
            } else if (auto embedding = embedder->embed(image.value()); !embedding) {
                job.error = embedding.error();
            } else {
                job.result = CachedEmbedding{embedding.value().vector, embedding.value().probs};
            }
            QMutexLocker lock(&freeMutex);
            free.push_back(embedder);
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
