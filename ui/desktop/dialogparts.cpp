#include "dialogparts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tagsmith {

QHBoxLayout *dialogButtonRow(const QList<QPushButton *> &buttons)
{
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    for (QPushButton *button : buttons)
        row->addWidget(button);
    return row;
}

QLabel *summaryLabel(const QString &objectName, const QString &accessibleName, const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

} // namespace tagsmith
