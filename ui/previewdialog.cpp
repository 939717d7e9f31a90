#include "previewdialog.h"

#include "previewrenderer.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSlider>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace tagsmith {
namespace {

constexpr int kScrubberSteps = 10;   // slider positions per second

QString clock(double seconds)
{
    const int whole = int(std::floor(std::max(0.0, seconds)));
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PreviewDialog::PreviewDialog(const AssetSummary &asset, QWidget *parent)
    : QDialog(parent), m_asset(asset), m_picture(new QLabel)
{
    setObjectName(QStringLiteral("previewDialog"));
    setWindowTitle(asset.name);
    m_picture->setObjectName(QStringLiteral("previewPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(320, 240);
    m_picture->setText(tr("Loading…"));
    m_picture->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *external = buttons->addButton(tr("Open &Externally"), QDialogButtonBox::ActionRole);
    external->setObjectName(QStringLiteral("openExternally"));
    connect(external, &QPushButton::clicked, this, [path = asset.path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picture, 1);
    const bool scrubbable = asset.kind == AssetKind::Video && asset.status == AssetStatus::Ok && asset.durationSec > 0;
    if (scrubbable) {
        auto *row = new QHBoxLayout;
        m_scrubber = new QSlider(Qt::Horizontal);
        m_scrubber->setObjectName(QStringLiteral("previewScrubber"));
        m_scrubber->setRange(0, int(std::ceil(asset.durationSec * kScrubberSteps)));
        m_scrubber->setSingleStep(kScrubberSteps);        // arrow keys: one second
        m_scrubber->setPageStep(10 * kScrubberSteps);     // page keys: ten seconds
        m_scrubber->setToolTip(tr("Drag to see the video's frame at that time"));
        m_time = new QLabel;
        m_time->setObjectName(QStringLiteral("previewTime"));
        m_time->setText(tr("%1 / %2").arg(clock(0), clock(asset.durationSec)));
        row->addWidget(m_scrubber, 1);
        row->addWidget(m_time);
        layout->addLayout(row);
        connect(m_scrubber, &QSlider::valueChanged, this, [this](int value) {
            m_wanted = double(value) / kScrubberSteps;
            m_time->setText(tr("%1 / %2").arg(clock(m_wanted), clock(m_asset.durationSec)));
            m_seeked = true;
            requestFrame();
        });
    }
    layout->addWidget(buttons);

    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1200);
    const QSize bounds = available * 0.8;
    resize(bounds);
    if (scrubbable) {
        // A tenth of the way in, as thumbnails do (past fade-ins), with the time shown under it.
        seekTo(asset.durationSec * 0.1);
        return;
    }
    auto *watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcher<PreviewResult>::finished, this, [this, watcher] {
        const PreviewResult result = watcher->result();
        watcher->deleteLater();
        showImage(result.image, result.error);
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, renderPreview, asset, bounds));
}

void PreviewDialog::seekTo(double seconds)
{
    if (!m_scrubber)
        return;
    const int position = std::clamp(int(std::lround(seconds * kScrubberSteps)), m_scrubber->minimum(), m_scrubber->maximum());
    if (position == m_scrubber->value() && m_seeked)
        return;
    m_scrubber->setValue(position);
    if (!m_seeked) {   // position 0 on a fresh dialog: valueChanged did not fire
        m_seeked = true;
        requestFrame();
    }
}

QSize PreviewDialog::renderBounds() const
{
    // Decoded for the label's size (bounded: a 4K video is not decoded at full size to show it small).
    return m_picture->size().boundedTo(QSize(1920, 1080)).expandedTo(QSize(160, 120));
}

void PreviewDialog::requestFrame()
{
    if (m_decoding)
        return;   // the latest wish is read when the running decode ends
    m_decoding = true;
    const double wanted = m_wanted;
    auto *watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcher<PreviewResult>::finished, this, [this, watcher, wanted] {
        const PreviewResult result = watcher->result();
        watcher->deleteLater();
        m_decoding = false;
        if (!result.image.isNull() || m_image.isNull())
            showImage(result.image, result.error);
        if (!result.image.isNull()) {
            m_shown = result.seconds;
            Q_EMIT frameShown(result.seconds);
        }
        if (wanted != m_wanted)
            requestFrame();   // the slider moved meanwhile: catch up with where it is now
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, renderVideoFrame, m_asset.path, wanted, renderBounds()));
}

void PreviewDialog::showImage(const QImage &image, const QString &error)
{
    m_image = image;
    if (image.isNull())
        m_picture->setText(error);
    else
        rescale();
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loaded();
    }
}

void PreviewDialog::rescale()
{
    if (m_image.isNull())
        return;
    const QSize fitted = m_image.size().boundedTo(m_picture->size()).expandedTo(QSize(1, 1));
    m_picture->setPixmap(QPixmap::fromImage(m_image.scaled(m_image.size().scaled(fitted, Qt::KeepAspectRatio),
                                                           Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void PreviewDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    rescale();
}

} // namespace tagsmith
