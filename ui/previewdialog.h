#pragma once

#include "catalog/browsequeries.h"

#include <QDialog>
#include <QImage>
#include <QThreadPool>

class QLabel;
class QSlider;

namespace tagsmith {

// A large view of one asset: a reduced decode of an image, a PDF's first pages, or for a
// video a frame scrubber opened a tenth of the way in (the frame at the slider's time, decoded by FFmpeg on a worker
// thread; no playback: QtMultimedia would pull GStreamer in). "Open Externally" hands the
// file to the desktop's player or viewer.
class PreviewDialog : public QDialog {
    Q_OBJECT
public:
    PreviewDialog(const AssetSummary &asset, QWidget *parent = nullptr);

    qint64 assetId() const { return m_asset.id; }
    bool isLoaded() const { return m_loaded; }
    QSize imageSize() const { return m_image.size(); }

    // Video: shows the frame at `seconds` (clamped to the duration) and moves the scrubber there.
    void seekTo(double seconds);
    // Video: the time the scrubber asks for, and the time of the frame on screen (-1 before one).
    double currentTime() const { return m_wanted; }
    double shownTime() const { return m_shown; }

Q_SIGNALS:
    void loaded();
    // A scrubbed video frame is on screen; `seconds` is the frame's own time.
    void frameShown(double seconds);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showImage(const QImage &image, const QString &error);
    void rescale();
    void requestFrame();
    QSize renderBounds() const;

    AssetSummary m_asset;
    QLabel *m_picture;
    QSlider *m_scrubber = nullptr;
    QLabel *m_time = nullptr;
    QImage m_image;
    bool m_loaded = false;
    double m_wanted = 0;        // seconds the scrubber asks for
    double m_shown = -1;        // seconds of the frame on screen
    bool m_decoding = false;    // one frame decode at a time; the latest wish runs after it
    bool m_seeked = false;      // the scrubber was set once (position 0 emits no valueChanged)
    // Its own threads, not Qt's global pool: destroying the owner waits for its tasks, so none
    // outlives the window or touches the catalog after it closed. Declared last, stopped first.
    QThreadPool m_tasks;
};

} // namespace tagsmith
