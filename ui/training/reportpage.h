#pragma once

#include <QWizardPage>

namespace tagsmith {

class TrainingReportView;
class TrainingWizard;

// The training report of the version just trained.
class ReportPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReportPage(TrainingWizard *wizard);

    void initializePage() override;

private:
    TrainingWizard *m_wizard;
    TrainingReportView *m_view;
};

} // namespace tagsmith
