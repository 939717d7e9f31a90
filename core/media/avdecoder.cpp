#include "avdecoder.h"

#include <cmath>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace tagsmith {

Result<std::shared_ptr<AvDecoder>> AvDecoder::open(std::shared_ptr<AvInput> input, int streamIndex)
{
    std::shared_ptr<AvDecoder> decoder(new AvDecoder);
    decoder->m_input = std::move(input);
    decoder->m_streamIndex = streamIndex;
    const AVCodecParameters *parameters = decoder->m_input->context()->streams[streamIndex]->codecpar;
    const AVCodec *codec = avcodec_find_decoder(parameters->codec_id);
    if (!codec)
        return Error{tr("no decoder for the %1 codec").arg(QString::fromUtf8(avcodec_get_name(parameters->codec_id)))};
    decoder->m_codec = avcodec_alloc_context3(codec);
    decoder->m_frame = av_frame_alloc();
    decoder->m_packet = av_packet_alloc();
    if (!decoder->m_codec || !decoder->m_frame || !decoder->m_packet)
        return Error{tr("out of memory opening the decoder")};
    avcodec_parameters_to_context(decoder->m_codec, parameters);
    // Callers already run one file per worker thread; extra decoder threads would oversubscribe.
    decoder->m_codec->thread_count = 1;
    const int rc = avcodec_open2(decoder->m_codec, codec, nullptr);
    if (rc < 0)
        return Error{tr("cannot open the %1 decoder: %2").arg(QString::fromUtf8(codec->name), AvInput::errorText(rc))};
    return decoder;
}

AvDecoder::~AvDecoder()
{
    av_packet_free(&m_packet);
    av_frame_free(&m_frame);
    avcodec_free_context(&m_codec);
}

bool AvDecoder::seek(double seconds)
{
    const AVStream *stream = m_input->context()->streams[m_streamIndex];
    const qint64 target = qint64(seconds / av_q2d(stream->time_base));
    if (av_seek_frame(m_input->context(), m_streamIndex, target, AVSEEK_FLAG_BACKWARD) < 0)
        return false;
    avcodec_flush_buffers(m_codec);
    m_drained = false;
    return true;
}

Result<const AVFrame *> AvDecoder::nextFrame(int maxPackets)
{
    int lastError = 0;
    for (int packets = 0; packets <= maxPackets; ) {
        if (m_input->expired())
            return Error{tr("timed out decoding a video frame")};
        const int received = avcodec_receive_frame(m_codec, m_frame);
        if (received == 0)
            return static_cast<const AVFrame *>(m_frame);
        if (received == AVERROR_EOF)
            break;
        if (m_drained)
            break;
        const int read = av_read_frame(m_input->context(), m_packet);
        if (read < 0) {
            m_drained = true; // flush the decoder's delayed frames
            avcodec_send_packet(m_codec, nullptr);
            if (read != AVERROR_EOF)
                lastError = read;
            continue;
        }
        if (m_packet->stream_index == m_streamIndex) {
            ++packets;
            const int sent = avcodec_send_packet(m_codec, m_packet);
            if (sent < 0 && sent != AVERROR(EAGAIN))
                lastError = sent; // a damaged packet: keep going with the next ones
        }
        av_packet_unref(m_packet);
    }
    if (m_input->expired())
        return Error{tr("timed out decoding a video frame")};
    return Error{lastError ? tr("no frame could be decoded: %1").arg(AvInput::errorText(lastError))
                           : tr("no frame could be decoded")};
}

QImage AvDecoder::toImage(const AVFrame *frame, int minimumShortSide)
{
    const int width = frame->width;
    const int height = frame->height;
    if (width <= 0 || height <= 0)
        return {};
    double scale = 1.0;
    if (minimumShortSide > 0 && qMin(width, height) > minimumShortSide)
        scale = double(minimumShortSide) / qMin(width, height);
    const int outWidth = qMax(1, int(std::lround(width * scale)));
    const int outHeight = qMax(1, int(std::lround(height * scale)));
    SwsContext *sws = sws_getContext(width, height, AVPixelFormat(frame->format), outWidth, outHeight,
                                     AV_PIX_FMT_BGRA, SWS_AREA, nullptr, nullptr, nullptr);
    if (!sws)
        return {};
    // swscale's SIMD paths store whole vectors and can write past the end of the last row
    // (valgrind: invalid writes after a QImage of odd width): scale into a padded buffer.
    const int paddedWidth = (outWidth + 31) & ~31;
    QImage padded(paddedWidth, outHeight + 1, QImage::Format_ARGB32);
    if (padded.isNull()) {
        sws_freeContext(sws);
        return {};
    }
    uint8_t *destination[4] = {padded.bits(), nullptr, nullptr, nullptr};
    const int strides[4] = {int(padded.bytesPerLine()), 0, 0, 0};
    sws_scale(sws, frame->data, frame->linesize, 0, height, destination, strides);
    sws_freeContext(sws);
    return padded.copy(0, 0, outWidth, outHeight);
}

} // namespace tagsmith
