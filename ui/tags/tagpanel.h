#pragma once

#include "services/taxonomycounts.h"

#include <QDockWidget>

#include <functional>

class QAction;
class QLabel;
class QTreeView;

namespace tagsmith {

class TaxonomyModel;

// The Tags dock: the taxonomy as a tree with asset counts. A click filters the grid to the
// tag; Rename… (F2), Move… and Merge Into… ask for the new place, confirm with the number of
// assets that change, and hand the edit on (the owner runs it, undoably). Tags drag onto the grid.
class TagPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit TagPanel(QWidget *parent = nullptr);

    void setCounts(const QList<TagCount> &counts);
    TaxonomyModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QString currentPath() const;
    void setCurrentPath(const QString &path);

    void startRename();
    void startMove();
    void startMerge();

Q_SIGNALS:
    void tagActivated(const QString &path);
    void renameRequested(const QString &from, const QString &to);
    void mergeRequested(const QString &from, const QString &into);
    // Shown or refreshed on demand: the owner loads the counts.
    void refreshRequested();

private:
    QAction *addTagAction(const QString &text, const char *name, void (TagPanel::*slot)());
    void ask(const QString &objectName, const QString &title, const QString &label, const QString &value, const QStringList &choices,
             std::function<void(const QString &)> accepted);
    void confirm(const QString &question, const QString &details, std::function<void()> confirmed);
    void updateActions();

    TaxonomyModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    QList<QAction *> m_editActions;
    bool m_filled = false;
    QString m_wanted;   // made current once the counts list it (the new name after a rename)
};

} // namespace tagsmith
