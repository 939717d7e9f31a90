#include "trainpage.h"

#include "trainingbackend.h"
#include "trainingwizard.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace tagsmith {

TrainPage::TrainPage(TrainingWizard *wizard) : m_wizard(wizard), m_step(new QLabel(this)), m_busy(new QProgressBar(this))
{
    setTitle(tr("Training"));
    setSubTitle(tr("Computing what the examples have in common. You can keep working in the main window."));
    m_step->setObjectName(QStringLiteral("trainingStep"));
    m_step->setWordWrap(true);
    m_busy->setRange(0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    connect(wizard->backend(), &TrainingBackend::progress, this, [this](const QString &step) {
        m_step->setText(tr("%1…").arg(step.left(1).toUpper() + step.mid(1)));
    });
    connect(wizard->backend(), &TrainingBackend::trained, this, &TrainPage::trained);
    connect(wizard->backend(), &TrainingBackend::failed, this, &TrainPage::failed);
}

void TrainPage::initializePage()
{
    m_done = false;
    m_running = true;
    m_busy->setRange(0, 0);
    m_step->setText(tr("Starting…"));
    const TrainingDraft &draft = m_wizard->draft();
    m_wizard->onBackend([backend = m_wizard->backend(), name = draft.name, description = draft.description,
                         tags = draft.tagExamples()] { backend->train(name, description, tags); });
}

void TrainPage::trained(const QJsonObject &report)
{
    if (!m_running)
        return;
    m_running = false;
    m_done = true;
    m_busy->setRange(0, 1);
    m_busy->setValue(1);
    m_wizard->setReport(report);
    Q_EMIT completeChanged();
    m_wizard->next();
}

// Errors before a version exists (no models installed, catalog trouble): stay here and say why.
void TrainPage::failed(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_busy->setRange(0, 1);
    m_busy->setValue(0);
    m_step->setText(tr("Training could not start: %1").arg(message));
}

} // namespace tagsmith
