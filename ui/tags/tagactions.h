#pragma once

#include "catalog/catalog.h"
#include "services/tagedits.h"

#include <QObject>

class QAbstractItemView;
class QAction;
class QLineEdit;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace tagsmith {

class GridTagDrop;
class TagPanel;
class TagTasks;

// The main window's batch tagging and vocabulary actions in one place: Edit > Undo/Redo over
// a QUndoStack, Tags > Add/Remove Tags to/from Selection…, the Tags panel (View menu) with
// rename/move/merge, and tags dropped from the panel onto the grid. Every edit runs on
// TagTasks' thread through the services layer and is pushed as its inverse.
class TagActions : public QObject {
    Q_OBJECT
public:
    struct Menus {
        QMenu *edit = nullptr;
        QMenu *view = nullptr;
        QMenu *tags = nullptr;
    };
    TagActions(QMainWindow *window, QAbstractItemView *grid, QLineEdit *searchField, Menus menus);

    void setCatalog(const CatalogPtr &catalog);
    // Reloads the panel's counts when it is shown.
    void refresh();

    TagPanel *panel() const { return m_panel; }
    QUndoStack *undoStack() const { return m_stack; }
    TagTasks *tasks() const { return m_tasks; }
    void addToSelection();
    void removeFromSelection();

Q_SIGNALS:
    // Tags of assets changed: the window refreshes what it shows of the selection.
    void tagsChanged();

private:
    void openBatchDialog(bool add);
    void editAssets(TagEditKind kind, const QList<qint64> &ids, const QStringList &tags);
    void editTaxonomy(bool merge, const QString &from, const QString &to);
    QList<qint64> selectedIds() const;
    void say(const QString &message);

    QMainWindow *m_window;
    QAbstractItemView *m_grid;
    QLineEdit *m_search;
    TagTasks *m_tasks = nullptr;
    QUndoStack *m_stack = nullptr;
    TagPanel *m_panel = nullptr;
    GridTagDrop *m_drop = nullptr;
};

} // namespace tagsmith
