#pragma once

#include "catalog/browsequeries.h"

#include <QDialog>
#include <QImage>

class QLabel;

namespace tagsmith {

// A large view of one asset: a reduced decode of an image, a video's representative
// frame, a PDF's first pages; "Open Externally" hands the file to the desktop.
class PreviewDialog : public QDialog {
    Q_OBJECT
public:
    PreviewDialog(const AssetSummary &asset, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    QSize imageSize() const { return m_image.size(); }

Q_SIGNALS:
    void loaded();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showImage(const QImage &image, const QString &error);
    void rescale();

    AssetSummary m_asset;
    QLabel *m_picture;
    QImage m_image;
    bool m_loaded = false;
};

} // namespace tagsmith
