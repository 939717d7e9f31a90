#include "previewdialog.h"

#include "previewrenderer.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tagsmith {

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
    connect(external, &QPushButton::clicked, this, [path = asset.path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picture, 1);
    layout->addWidget(buttons);

    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1200);
    const QSize bounds = available * 0.8;
    resize(bounds);
    auto *watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcher<PreviewResult>::finished, this, [this, watcher] {
        const PreviewResult result = watcher->result();
        showImage(result.image, result.error);
    });
    watcher->setFuture(QtConcurrent::run(renderPreview, asset, bounds));
}

void PreviewDialog::showImage(const QImage &image, const QString &error)
{
    m_image = image;
    if (image.isNull())
        m_picture->setText(error);
    else
        rescale();
    m_loaded = true;
    Q_EMIT loaded();
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
