#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSlider;
class QSpinBox;

namespace tagsmith {

// Edit > Preferences. Every change is written to the settings file at once, under the keys the
// CLI reads too (metadata/writeSidecars, processing/inferenceWorkers, grid/thumbnailSize,
// ui/language), and applied to the open window where it can be.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(int thumbnailSize, QWidget *parent = nullptr);

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
