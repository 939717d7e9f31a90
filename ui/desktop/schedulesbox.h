#pragma once

#include <QGroupBox>

class QComboBox;
class QTimeEdit;

namespace tagsmith {

// When the periodic runs fire: the daily smart-tagging pass and the training of models with new
// examples (settings schedule/taggingTime, schedule/trainingDay, schedule/trainingTime, shared
// with `tagsmith-cli schedule run-due`). The app's schedule timer reads them at every check, so a
// change applies within a minute.
class SchedulesBox : public QGroupBox {
    Q_OBJECT
public:
    explicit SchedulesBox(QWidget *parent = nullptr);

    QTimeEdit *taggingTime() const { return m_taggingTime; }
    QComboBox *trainingDay() const { return m_trainingDay; }
    QTimeEdit *trainingTime() const { return m_trainingTime; }

private:
    QTimeEdit *m_taggingTime = nullptr;
    QComboBox *m_trainingDay = nullptr;
    QTimeEdit *m_trainingTime = nullptr;
};

} // namespace tagsmith
