#include "batchtagdialog.h"

#include "taglistedit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tagsmith {

BatchTagDialog::BatchTagDialog(Mode mode, int assetCount, const QStringList &taxonomy, QWidget *parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("batchTagDialog"));
    setWindowTitle(mode == Add ? tr("Add Tags to Selection") : tr("Remove Tags from Selection"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(mode == Add ? tr("Tags to add to the %n selected asset(s), separated by commas:", nullptr, assetCount)
                                         : tr("Tags to remove from the %n selected asset(s), separated by commas:", nullptr, assetCount));
    label->setWordWrap(true);
    m_edit = new TagListEdit;
    m_edit->setObjectName(QStringLiteral("batchTags"));
    m_edit->setAccessibleName(tr("Tags"));
    m_edit->setPlaceholderText(tr("e.g. places/home, people/anna"));
    m_edit->setTaxonomy(taxonomy);
    m_edit->setMinimumWidth(420);
    label->setBuddy(m_edit);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("batchTagsProblem"));
    m_problem->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(mode == Add ? tr("&Add") : tr("&Remove"));
    ok->setObjectName(QStringLiteral("batchTagsApply"));
    ok->setAccessibleName(ok->text().remove(QLatin1Char('&')));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QStringList tags = m_edit->tags();
        if (tags.isEmpty()) {
            m_problem->setText(tr("Type at least one tag."));
            m_problem->setVisible(true);
            return;
        }
        for (const QString &tag : tags)
            if (tag.contains(QLatin1Char('|'))) {
                m_problem->setText(tr("“%1” cannot be a tag: a tag name cannot contain “|”.").arg(tag));
                m_problem->setVisible(true);
                return;
            }
        Q_EMIT tagsChosen(tags);
        accept();
    });
}

} // namespace tagsmith
