#include "reportpage.h"

#include "trainingreportview.h"
#include "trainingwizard.h"

#include <QVBoxLayout>

namespace tagsmith {

ReportPage::ReportPage(TrainingWizard *wizard) : m_wizard(wizard), m_view(new TrainingReportView(this))
{
    setTitle(tr("Training report"));
    setSubTitle(tr("Precision and recall are cross-validated on the examples. A yellow tag needs more or "
                   "more typical examples; smart tags are being applied to the catalog in the background."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

void ReportPage::initializePage() { m_view->setReport(m_wizard->report()); }

} // namespace tagsmith
