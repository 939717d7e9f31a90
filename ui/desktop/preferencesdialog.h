#pragma once

#include "catalog/catalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSlider;
class QSpinBox;

namespace tagsmith {

// Edit > Preferences. Every change is written to the settings file at once, under the keys the
// CLI reads too (metadata/writeSidecars, processing/inferenceWorkers, grid/thumbnailSize,
// ui/language; the generic-label thresholds live in the catalog), and applied to the open window where it can be.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `catalog` may be null (not open yet): its generic-label thresholds are then not offered.
    PreferencesDialog(int thumbnailSize, CatalogPtr catalog, QWidget *parent = nullptr);

    static QString workersKey();

Q_SIGNALS:
    void thumbnailSizeChanged(int pixels);
    // The window is rebuilt with the new translators (the dialog closes with it).
    void languageChanged(const QString &language);

private:
    QCheckBox *m_sidecars = nullptr;
    QSpinBox *m_workers = nullptr;
    QSlider *m_thumbnails = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace tagsmith
