#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace tagsmith {

class TrainingWizard;

// What will be trained, before training: the model, its tags and example counts, warnings.
// A commit page: training creates a version, so there is no going back past it.
class ReviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReviewPage(TrainingWizard *wizard);

    void initializePage() override;

private:
    TrainingWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_tags;
};

} // namespace tagsmith
