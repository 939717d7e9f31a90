#include "reviewpage.h"

#include "trainingwizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tagsmith {

ReviewPage::ReviewPage(TrainingWizard *wizard)
    : m_wizard(wizard), m_summary(new QLabel(this)), m_tags(new QTableWidget(0, 2, this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Training takes a few seconds and creates a new version of the model; "
                   "earlier versions stay and can be restored from Models ▸ Manage Models."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Train"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_tags->setObjectName(QStringLiteral("reviewTags"));
    m_tags->setHorizontalHeaderLabels({tr("Tag"), tr("Examples")});
    m_tags->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tags->verticalHeader()->hide();
    m_tags->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tags->setSelectionMode(QAbstractItemView::NoSelection);
    m_tags->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tags, 1);
}

void ReviewPage::initializePage()
{
    const TrainingDraft &draft = m_wizard->draft();
    int total = 0;
    m_tags->setRowCount(int(draft.tags.size()));
    for (int row = 0; row < draft.tags.size(); ++row) {
        const int count = int(draft.examples.value(draft.tags[row]).size());
        total += count;
        m_tags->setItem(row, 0, new QTableWidgetItem(draft.tags[row]));
        auto *examples = new QTableWidgetItem(QString::number(count));
        examples->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tags->setItem(row, 1, examples);
    }
    // The rules guarantee at least 2 tags and 20 images here, so the plural always fits.
    QString summary = tr("Model \"%1\" with %2 tags and %3 example images.").arg(draft.name).arg(draft.tags.size()).arg(total);
    if (!draft.description.isEmpty())
        summary += QLatin1Char('\n') + draft.description;
    m_summary->setText(summary);
}

} // namespace tagsmith
