#pragma once

#include "catalog/browsequeries.h"
#include "media/exifreader.h"
#include "videotagsummary.h"

#include <QTextBrowser>

namespace tagsmith {

// The facts of the selected asset: file, media, EXIF basics, tags (manual and smart),
// and, for a failed asset, its reason in red. A video's smart tags come in two groups,
// objects/scenes and actions, each with its threshold, and each tag with the time ranges
// where it appears; clicking a range asks for the preview at that time (seekRequested).
class PropertiesPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit PropertiesPanel(QWidget *parent = nullptr);

    void showDetails(const AssetDetails &details, const ExifInfo &exif = {});
    // A video's time ranges and action models; shown when they belong to the asset on display.
    void showVideoTags(const VideoTagSummary &summary);
    void showSelectionCount(int count);
    void showNoSelection();

    // The panel's current text, as a reader sees it (for tests and accessibility).
    QString plainText() const;

    // "0:03–0:12" (with an invisible word joiner after the dash)
    static QString rangeText(double from, double to);

Q_SIGNALS:
    void seekRequested(qint64 assetId, double seconds);

private:
    void render();
    QString smartTagsHtml() const;

    AssetDetails m_details;
    ExifInfo m_exif;
    VideoTagSummary m_video;
    bool m_hasDetails = false;
};

} // namespace tagsmith
