#include "titlepage.h"

#include "trainingbackend.h"
#include "trainingwizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tagsmith {

TitlePage::TitlePage(TrainingWizard *wizard)
    : m_wizard(wizard), m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this))
{
    setTitle(tr("Name the model"));
    setSubTitle(tr("A tag model tells apart a few tags of one visual aspect, such as the kind of garment "
                   "or the style of a room. Using an existing name trains a new version of that model."));
    m_name->setObjectName(QStringLiteral("modelName"));
    m_name->setPlaceholderText(tr("e.g. clothing"));
    m_description->setObjectName(QStringLiteral("modelDescription"));
    m_description->setPlaceholderText(tr("What the model recognises (optional)"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool TitlePage::isComplete() const { return !m_name->text().trimmed().isEmpty(); }

bool TitlePage::validatePage()
{
    const QString name = m_name->text().trimmed();
    if (name != m_wizard->draft().name)
        m_wizard->onBackend([backend = m_wizard->backend(), name] { backend->loadModelExamples(name); });
    m_wizard->draft().name = name;
    m_wizard->draft().description = m_description->toPlainText().trimmed();
    return true;
}

} // namespace tagsmith
