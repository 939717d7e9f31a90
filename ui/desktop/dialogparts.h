#pragma once

#include <QList>
#include <QString>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace tagsmith {

// The buttons at a dialog's foot, right-aligned in a plain row, not a QDialogButtonBox: its
// focus proxy took the first button out of the Tab order.
QHBoxLayout *dialogButtonRow(const QList<QPushButton *> &buttons);

// A dialog's outcome line: wraps, can be selected and copied, never takes the focus.
QLabel *summaryLabel(const QString &objectName, const QString &accessibleName, const QString &text = {});

} // namespace tagsmith
