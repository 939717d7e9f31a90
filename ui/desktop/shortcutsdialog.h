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

    // A menu with this property set true is listed without its items (Open Recent: file names).
    static constexpr const char *ListsNoItems = "tagsmithListsNoItems";

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace tagsmith
