#pragma once

#include "avinput.h"

#include <QImage>

struct AVCodecContext;
struct AVFrame;
struct AVPacket;

namespace tagsmith {

// Decodes the frames of one stream of an AvInput, within the input's deadline.
class AvDecoder {
    Q_DECLARE_TR_FUNCTIONS(AvDecoder)
public:
    static Result<std::shared_ptr<AvDecoder>> open(std::shared_ptr<AvInput> input, int streamIndex);
    ~AvDecoder();
    AvDecoder(const AvDecoder &) = delete;
    AvDecoder &operator=(const AvDecoder &) = delete;

    // The next frame that decodes (damaged packets are skipped), owned by the decoder until the
    // next call. Gives up after maxPackets packets, at the end of the stream or at the deadline.
    Result<const AVFrame *> nextFrame(int maxPackets = 600);
    // Seeks to the keyframe at or before `seconds` and drops buffered frames.
    bool seek(double seconds);

    // The frame as ARGB32, scaled (aspect kept) so its short side is at least `minimumShortSide`
    // (0: full size). Pixel aspect ratio is not applied.
    static QImage toImage(const AVFrame *frame, int minimumShortSide);

private:
    AvDecoder() = default;

    std::shared_ptr<AvInput> m_input;
    int m_streamIndex = -1;
    AVCodecContext *m_codec = nullptr;
    AVFrame *m_frame = nullptr;
    AVPacket *m_packet = nullptr;
    bool m_drained = false;
};

} // namespace tagsmith
