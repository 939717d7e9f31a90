#pragma once

#include "catalog/browsequeries.h"
#include "media/exifreader.h"

#include <QTextBrowser>

namespace tagsmith {

// The facts of the selected asset: file, media, EXIF basics, tags (manual and smart),
// and, for a failed asset, its reason in red.
class PropertiesPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit PropertiesPanel(QWidget *parent = nullptr);

    void showDetails(const AssetDetails &details, const ExifInfo &exif = {});
    void showSelectionCount(int count);
    void showNoSelection();

    // The panel's current text, as a reader sees it (for tests and accessibility).
    QString plainText() const;
};

} // namespace tagsmith
