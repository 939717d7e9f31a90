#include "videoframes.h"

#include <algorithm>
#include <cmath>

namespace tagsmith {
namespace {

// Standard deviation of luma on a coarse grid: near zero for black, white or flat frames.
double contrast(const QImage &image)
{
    const int step = qMax(1, qMin(image.width(), image.height()) / 32);
    double sum = 0.0;
    double sumSquares = 0.0;
    int n = 0;
    for (int y = 0; y < image.height(); y += step) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += step) {
            const double luma = 0.299 * qRed(line[x]) + 0.587 * qGreen(line[x]) + 0.114 * qBlue(line[x]);
            sum += luma;
            sumSquares += luma * luma;
            ++n;
        }
    }
    if (n == 0)
        return 0.0;
    const double mean = sum / n;
    return std::sqrt(qMax(0.0, sumSquares / n - mean * mean));
}
} // namespace

VideoFrames::VideoFrames(ProbeLimits limits) : m_limits(limits) {}

Result<QImage> VideoFrames::representativeFrame(const QString &path, int minimumShortSide) const
{
    auto opened = VideoFrameReader::open(path, m_limits);
    if (!opened)
        return Error{opened.error()};
    VideoFrameReader &video = *opened.value();
    constexpr double MinimumContrast = 12.0;
    // The first frame is often a fade from black; a tenth of the way in usually shows the subject.
    static constexpr double fractions[] = {0.1, 0.33, 0.5, 0.0};
    QImage best;
    double bestContrast = -1.0;
    QString lastError;
    for (const double fraction : fractions) {
        if (video.expired())
            break;
        const Result<VideoFrame> frame = video.keyframeAt(video.duration() * fraction, minimumShortSide);
        if (!frame) {
            lastError = frame.error();
            continue;
        }
        const double score = contrast(frame.value().image);
        if (score >= MinimumContrast)
            return frame.value().image;
        if (score > bestContrast) {
            best = frame.value().image;
            bestContrast = score;
        }
    }
    if (!best.isNull())
        return best;
    return Error{lastError.isEmpty() ? tr("no frame could be decoded") : lastError};
}

Result<QList<QImage>> VideoFrames::sampleFrames(const QString &path, int count, int minimumShortSide) const
{
    auto opened = VideoFrameReader::open(path, m_limits);
    if (!opened)
        return Error{opened.error()};
    VideoFrameReader &video = *opened.value();
    QList<QImage> frames;
    const QString lastError = video.sampleEvenly(count, minimumShortSide, [&](VideoFrame &&frame) {
        frames << std::move(frame.image);
        return true;
    }).lastError;
    if (frames.isEmpty())
        return Error{lastError.isEmpty() ? tr("no frame could be decoded") : lastError};
    return frames;
}

Result<VideoFrame> VideoFrames::frameAt(const QString &path, double seconds, const QSize &bounds) const
{
    auto opened = VideoFrameReader::open(path, m_limits);
    if (!opened)
        return Error{opened.error()};
    VideoFrameReader &video = *opened.value();
    const double duration = video.duration();
    // The last frame starts a little before the end; aiming at the very end would decode nothing.
    const double target = std::clamp(seconds, 0.0, duration > 0 ? std::max(0.0, duration - 1.0 / video.frameRate()) : 0.0);
    // Decoded at about the short side of the bounds, then fitted exactly.
    Result<VideoFrame> frame = video.frameAt(target, std::max(1, std::min(bounds.width(), bounds.height())));
    if (!frame)
        return frame;
    QImage &image = frame.value().image;
    if (bounds.isValid() && (image.width() > bounds.width() || image.height() > bounds.height()))
        image = image.scaled(bounds, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return frame;
}

} // namespace tagsmith
