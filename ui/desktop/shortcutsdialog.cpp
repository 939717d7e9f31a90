#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tagsmith {
namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    return text;
}

// One row per action; submenus become groups, so "Open Recent" and "Sort By" stay readable.
void addMenu(QTreeWidgetItem *parent, const QMenu *menu)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(parent, {plainText(action)});
        QStringList keys;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts)
            keys << shortcut.toString(QKeySequence::NativeText);
        item->setText(1, keys.join(QStringLiteral(", ")));
        if (action->menu() && !action->menu()->property(ShortcutsDialog::ListsNoItems).toBool())
            addMenu(item, action->menu());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(true);
    m_list->setAlternatingRowColors(true);
    const QList<QAction *> menus = menuBar->actions();
    for (const QAction *menuAction : menus) {
        if (!menuAction->menu())
            continue;
        auto *group = new QTreeWidgetItem(m_list, {plainText(menuAction)});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        addMenu(group, menuAction->menu());
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 640);
}

} // namespace tagsmith
