#include "tagactions.h"

#include "batchtagdialog.h"
#include "gridtagdrop.h"
#include "taglistedit.h"
#include "tagpanel.h"
#include "tagtasks.h"
#include "tagundocommand.h"
#include "taxonomymodel.h"
#include "ui/assetgridmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

namespace tagsmith {

TagActions::TagActions(QMainWindow *window, QAbstractItemView *grid, QLineEdit *searchField, Menus menus)
    : QObject(window), m_window(window), m_grid(grid), m_search(searchField)
{
    m_tasks = new TagTasks(this);
    m_stack = new QUndoStack(this);
    connect(m_tasks, &TagTasks::changed, this, [this] {
        refresh();
        Q_EMIT tagsChanged();
    });
    connect(m_tasks, &TagTasks::failed, this, &TagActions::say);

    QAction *undo = m_stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QAction *first = menus.edit->actions().value(0);
    menus.edit->insertActions(first, {undo, redo});
    menus.edit->insertSeparator(first);

    auto *add = new QAction(tr("&Add Tags to Selection…"), this);
    add->setObjectName(QStringLiteral("addTagsToSelectionAction"));
    add->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    connect(add, &QAction::triggered, this, &TagActions::addToSelection);
    auto *remove = new QAction(tr("Remo&ve Tags from Selection…"), this);
    remove->setObjectName(QStringLiteral("removeTagsFromSelectionAction"));
    remove->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete);
    connect(remove, &QAction::triggered, this, &TagActions::removeFromSelection);
    menus.tags->addSeparator();
    menus.tags->addActions({add, remove});
    grid->addActions({add, remove});

    m_panel = new TagPanel(window);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_panel);
    window->resizeDocks({m_panel}, {280}, Qt::Horizontal);   // room for a path and its count; the saved layout wins
    QAction *toggle = m_panel->toggleViewAction();
    toggle->setText(tr("&Tags Panel"));
    toggle->setObjectName(QStringLiteral("tagPanelAction"));
    toggle->setShortcut(Qt::Key_F9);
    menus.view->addAction(toggle);
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_panel->tree()->setFocus();   // keyboard users land in the tree they asked for
    });
    if (auto *browse = qobject_cast<MainWindow *>(window))
        connect(browse, &MainWindow::uploadFinished, this, &TagActions::refresh);   // imported keywords are tags
    connect(m_panel, &TagPanel::refreshRequested, this, &TagActions::refresh);
    connect(m_panel, &TagPanel::tagActivated, this, [this](const QString &path) {
        m_search->setText(QStringLiteral("tag:\"%1\"").arg(path));
    });
    connect(m_panel, &TagPanel::renameRequested, this, [this](const QString &from, const QString &to) { editTaxonomy(false, from, to); });
    connect(m_panel, &TagPanel::mergeRequested, this, [this](const QString &from, const QString &into) { editTaxonomy(true, from, into); });

    m_drop = new GridTagDrop(grid);
    connect(m_drop, &GridTagDrop::tagDropped, this, [this](const QString &tag, const QList<qint64> &ids) {
        editAssets(TagEditKind::AddManual, ids, {tag});
    });
}

void TagActions::setCatalog(const CatalogPtr &catalog)
{
    m_tasks->setCatalog(catalog);
    refresh();
}

void TagActions::refresh()
{
    if (!m_tasks->ready() || !m_panel->isVisible())
        return;
    m_tasks->loadCounts([panel = QPointer<TagPanel>(m_panel)](const QList<TagCount> &counts) {
        if (panel)
            panel->setCounts(counts);
    });
}

void TagActions::addToSelection() { openBatchDialog(true); }
void TagActions::removeFromSelection() { openBatchDialog(false); }

QList<qint64> TagActions::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes())
        ids << index.data(AssetGridModel::AssetIdRole).toLongLong();
    return ids;
}

void TagActions::say(const QString &message)
{
    m_window->statusBar()->showMessage(message, 10'000);
}

void TagActions::openBatchDialog(bool add)
{
    const QList<qint64> ids = selectedIds();
    if (!m_tasks->ready() || ids.isEmpty()) {
        say(tr("Select the assets to tag first."));
        return;
    }
    auto *dialog = new BatchTagDialog(add ? BatchTagDialog::Add : BatchTagDialog::Remove, int(ids.size()), m_panel->model()->paths(),
                                      m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchTagDialog::tagsChosen, this, [this, ids, add](const QStringList &tags) {
        editAssets(add ? TagEditKind::AddManual : TagEditKind::RemoveManual, ids, tags);
    });
    dialog->open();
    // The panel may be hidden: the completions come from a fresh read of the taxonomy.
    m_tasks->loadCounts([dialog = QPointer<BatchTagDialog>(dialog), panel = QPointer<TagPanel>(m_panel)](const QList<TagCount> &counts) {
        QStringList paths;
        for (const TagCount &count : counts)
            paths << count.path;
        if (dialog)
            dialog->edit()->setTaxonomy(paths);
        if (panel)
            panel->setCounts(counts);
    });
}

void TagActions::editAssets(TagEditKind kind, const QList<qint64> &ids, const QStringList &tags)
{
    m_tasks->editAssets(kind, ids, tags, [this, kind, ids](const TagEditOutcome &outcome) {
        const int count = int(ids.size());
        if (outcome.inverse.isEmpty()) {
            say(kind == TagEditKind::AddManual ? tr("Nothing to add: the %n asset(s) carry %1 already.", nullptr, count).arg(outcome.tag)
                                               : tr("Nothing to remove: none of the %n asset(s) carries %1.", nullptr, count).arg(outcome.tag));
            return;
        }
        const QString text = kind == TagEditKind::AddManual ? tr("Add %1 to %n Asset(s)", nullptr, count).arg(outcome.tag)
                                                            : tr("Remove %1 from %n Asset(s)", nullptr, count).arg(outcome.tag);
        const QList<TagChange> inverse = outcome.inverse;
        const QList<TagChange> forward = TagEdits::forwardOf(inverse, kind);
        m_stack->push(new TagUndoCommand(text, [this, inverse] { m_tasks->applyChanges(inverse); },
                                         [this, forward] { m_tasks->applyChanges(forward); }));
        say(text);
    });
}

void TagActions::editTaxonomy(bool merge, const QString &from, const QString &to)
{
    // Each redo creates the tags anew, so its inverse replaces the last one; the task thread
    // writes and reads it (TagTasks), the GUI thread never does.
    auto inverse = std::make_shared<TaxonomyInverse>();
    const auto run = [this, merge, from, to, inverse](std::function<void(const TaxonomyOutcome &)> done) {
        if (merge)
            m_tasks->mergeTag(from, to, inverse, std::move(done));
        else
            m_tasks->renameTag(from, to, inverse, std::move(done));
    };
    run([this, merge, run, inverse, from, to](const TaxonomyOutcome &outcome) {
        const QString text = merge ? tr("Merge “%1” into “%2”").arg(from, to) : tr("Rename “%1” to “%2”").arg(from, to);
        m_stack->push(new TagUndoCommand(text, [this, inverse] { m_tasks->undoTaxonomy(inverse); }, [run] { run({}); }));
        m_panel->setCurrentPath(to);
        say(tr("%1: %n asset(s) changed.", nullptr, int(outcome.assets.size())).arg(text));
    });
}

} // namespace tagsmith
