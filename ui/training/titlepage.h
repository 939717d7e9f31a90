#pragma once

#include <QWizardPage>

class QLineEdit;
class QPlainTextEdit;

namespace tagsmith {

class TrainingWizard;

// The model's name and what it is for.
class TitlePage : public QWizardPage {
    Q_OBJECT
public:
    explicit TitlePage(TrainingWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    TrainingWizard *m_wizard;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
};

} // namespace tagsmith
