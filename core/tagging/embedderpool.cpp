#include "embedderpool.h"

#include "media/imagedecoder.h"
#include "ml/modelpack.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutexLocker>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace tagsmith {

Result<std::shared_ptr<EmbedderPool>> EmbedderPool::create(const QString &modelsDir, int count)
{
    auto pack = ml::ModelPack::load(modelsDir, QStringLiteral("mobilenet_v2_imagenet"));
    if (!pack)
        return Error{pack.error()};
    // Several networks side by side: OpenCV's own threads would only fight over the cores.
    if (count > 1)
        cv::setNumThreads(1);
    std::shared_ptr<EmbedderPool> pool(new EmbedderPool);
    for (int i = 0; i < std::max(1, count); ++i) {
        auto embedder = ml::Embedder::create(pack.value());
        if (!embedder)
            return Error{embedder.error()};
        pool->m_all.push_back(std::make_unique<ml::Embedder>(std::move(embedder.value())));
        pool->m_free.push_back(pool->m_all.back().get());
    }
    pool->m_variant = pool->m_all.front()->variant();
    return pool;
}

EmbedderPool::Lease EmbedderPool::borrow()
{
    QMutexLocker lock(&m_mutex);
    while (m_free.empty())
        m_available.wait(&m_mutex);
    ml::Embedder *embedder = m_free.back();
    m_free.pop_back();
    return Lease(*this, embedder);
}

void EmbedderPool::giveBack(ml::Embedder *embedder)
{
    QMutexLocker lock(&m_mutex);
    m_free.push_back(embedder);
    m_available.wakeOne();
}

Result<cv::Mat> decodeForEmbedding(const QString &path)
{
    cv::Mat bgr = cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
    if (!bgr.empty())
        return bgr;
    // Full size and upright, like cv::imread: GIF, ICO, XPM, HEIC, AVIF, PSD ...
    auto decoded = ImageDecoder::decode(path);
    if (!decoded)
        return Error{QCoreApplication::translate("tagging", "cannot decode the image for smart tags: %1").arg(decoded.error())};
    QImage image = decoded.value().convertToFormat(QImage::Format_RGB888);
    cv::Mat rgb(image.height(), image.width(), CV_8UC3, image.bits(), size_t(image.bytesPerLine()));
    cv::Mat converted;
    cv::cvtColor(rgb, converted, cv::COLOR_RGB2BGR);
    return converted;
}

} // namespace tagsmith
