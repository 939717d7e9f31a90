#pragma once

#include <QJsonObject>
#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace tagsmith {

class TrainingWizard;

// Trains on the backend's thread and shows its progress; moves on to the report when done.
class TrainPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TrainPage(TrainingWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return m_done; }

private:
    void trained(const QJsonObject &report);
    void failed(const QString &message);

    TrainingWizard *m_wizard;
    QLabel *m_step;
    QProgressBar *m_busy;
    bool m_running = false;
    bool m_done = false;
};

} // namespace tagsmith
