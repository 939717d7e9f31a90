#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;

namespace tagsmith {

// Models > Video Tag Thresholds…: the thresholds of the two video tag sets (objects and scenes,
// actions), shared with `tagsmith-cli video thresholds`. They apply to videos tagged from now on.
class VideoThresholdsDialog : public QDialog {
    Q_OBJECT
public:
    explicit VideoThresholdsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QDoubleSpinBox *m_objects = nullptr;
    QDoubleSpinBox *m_actions = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tagsmith
