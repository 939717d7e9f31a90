#include "videoframes.h"

#include "avdecoder.h"
#include "filecheck.h"

#include <QTransform>

#include <cmath>
#include <memory>

extern "C" {
#include <libavformat/avformat.h>
}

namespace tagsmith {

namespace {
struct FrameDeleter {
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};

struct OpenedVideo {
    std::shared_ptr<AvInput> input;
    std::shared_ptr<AvDecoder> decoder;
    int stream = -1;
    int rotation = 0;
    double duration = 0.0;
};

Result<OpenedVideo> openVideo(const QString &path, const ProbeLimits &limits)
{
    const QString problem = FileCheck::problem(path);
    if (!problem.isEmpty())
        return Error{problem};
    auto input = AvInput::open(path, std::chrono::milliseconds(limits.timeoutMs));
    if (!input)
        return Error{VideoFrames::tr("cannot open the video: %1").arg(input.error())};
    OpenedVideo video;
    video.input = input.value();
    video.stream = video.input->videoStreamIndex();
    if (video.stream < 0)
        return Error{VideoFrames::tr("no video stream (audio only)")};
    const AVCodecParameters *parameters = video.input->context()->streams[video.stream]->codecpar;
    if (qint64(parameters->width) * parameters->height > limits.maxPixels)
        return Error{VideoFrames::tr("video frames of %1×%2 pixels are over the %3-megapixel limit")
                         .arg(parameters->width).arg(parameters->height).arg(limits.maxPixels / 1'000'000)};
    auto decoder = AvDecoder::open(video.input, video.stream);
    if (!decoder)
        return Error{decoder.error()};
    video.decoder = decoder.value();
    video.rotation = video.input->rotation(video.stream);
    video.duration = video.input->durationSeconds();
    return video;
}

double frameSeconds(const OpenedVideo &video, const AVFrame *frame)
{
    const qint64 pts = frame->best_effort_timestamp;
    if (pts == AV_NOPTS_VALUE)
        return -1.0;
    const AVStream *stream = video.input->context()->streams[video.stream];
    const qint64 start = stream->start_time == AV_NOPTS_VALUE ? 0 : stream->start_time;
    return double(pts - start) * av_q2d(stream->time_base);
}

QImage upright(const AVFrame *frame, const OpenedVideo &video, int minimumShortSide)
{
    const QImage image = AvDecoder::toImage(frame, minimumShortSide);
    if (video.rotation == 0 || image.isNull())
        return image;
    return image.transformed(QTransform().rotate(video.rotation));
}

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
    const Result<OpenedVideo> opened = openVideo(path, m_limits);
    if (!opened)
        return Error{opened.error()};
    const OpenedVideo &video = opened.value();
    constexpr double MinimumContrast = 12.0;
    // The first frame is often a fade from black; a tenth of the way in usually shows the subject.
    static constexpr double fractions[] = {0.1, 0.33, 0.5, 0.0};
    QImage best;
    double bestContrast = -1.0;
    QString lastError;
    for (const double fraction : fractions) {
        if (video.input->expired())
            break;
        if (!video.decoder->seek(video.duration * fraction))
            continue;
        const Result<const AVFrame *> frame = video.decoder->nextFrame();
        if (!frame) {
            lastError = frame.error();
            continue;
        }
        const QImage image = upright(frame.value(), video, minimumShortSide);
        const double score = contrast(image);
        if (score >= MinimumContrast)
            return image;
        if (score > bestContrast) {
            best = image;
            bestContrast = score;
        }
    }
    if (!best.isNull())
        return best;
    return Error{lastError.isEmpty() ? tr("no frame could be decoded") : lastError};
}

Result<QList<QImage>> VideoFrames::sampleFrames(const QString &path, int count, int minimumShortSide) const
{
    const Result<OpenedVideo> opened = openVideo(path, m_limits);
    if (!opened)
        return Error{opened.error()};
    const OpenedVideo &video = opened.value();
    QList<QImage> frames;
    double lastTime = -1.0;
    QString lastError;
    for (int i = 0; i < count && !video.input->expired(); ++i) {
        const double target = video.duration * (i + 0.5) / count;
        if (!video.decoder->seek(target))
            continue;
        // The seek lands on the keyframe before the target: decode forward to it, within a bound,
        // keeping a reference to the last good frame (a failed decode call clears the decoder's).
        Result<const AVFrame *> frame = video.decoder->nextFrame();
        if (!frame) {
            lastError = frame.error();
            continue;
        }
        const std::unique_ptr<AVFrame, FrameDeleter> kept(av_frame_clone(frame.value()));
        for (int skipped = 0; kept && skipped < 300; ++skipped) {
            const double t = frameSeconds(video, kept.get());
            if (t < 0 || t + 1e-3 >= target)
                break;
            const Result<const AVFrame *> next = video.decoder->nextFrame();
            if (!next)
                break;
            av_frame_unref(kept.get());
            av_frame_ref(kept.get(), next.value());
        }
        if (!kept)
            continue;
        const double t = frameSeconds(video, kept.get());
        if (t >= 0 && std::abs(t - lastTime) < 1e-6)
            continue; // a short clip: this sample landed on the frame we already have
        lastTime = t;
        frames << upright(kept.get(), video, minimumShortSide);
    }
    if (frames.isEmpty())
        return Error{lastError.isEmpty() ? tr("no frame could be decoded") : lastError};
    return frames;
}

} // namespace tagsmith
