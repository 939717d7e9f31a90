#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>

struct AVFormatContext;
struct AVStream;

namespace tagsmith {

// An opened libavformat input whose every blocking call is cut off at a deadline
// (AVIOInterruptCB), so no probe or frame grab can hang on a hostile file.
class AvInput {
    Q_DECLARE_TR_FUNCTIONS(AvInput)
public:
    static Result<std::shared_ptr<AvInput>> open(const QString &path, std::chrono::milliseconds timeout);
    ~AvInput();
    AvInput(const AvInput &) = delete;
    AvInput &operator=(const AvInput &) = delete;

    AVFormatContext *context() const { return m_context; }
    bool expired() const { return std::chrono::steady_clock::now() >= m_deadline; }

    // The main video stream (cover art excluded), or -1.
    int videoStreamIndex() const;
    int audioStreamIndex() const;
    // Degrees clockwise to turn the frames upright (display matrix, else the legacy "rotate" tag).
    int rotation(int streamIndex) const;
    double durationSeconds() const;

    static QString errorText(int averror);

private:
    AvInput() = default;
    static int interrupt(void *opaque);

    AVFormatContext *m_context = nullptr;
    std::chrono::steady_clock::time_point m_deadline;
};

} // namespace tagsmith
