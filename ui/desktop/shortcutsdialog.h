#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace tagsmith {

// Every action of a menu bar with its shortcut, read from the actions themselves so the list
// cannot drift from what the keys do.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace tagsmith
