#pragma once

#include <QHash>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace tagsmith {

class TrainingWizard;

// Which tags the model tells apart: the catalog's tag tree with a search filter, and new tags.
// Tags another model already uses are shown but cannot be chosen (a tag is in one model only).
class TagsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TagsPage(TrainingWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // Checks or unchecks the tag at `path`; false when it is not in the tree or not choosable.
    bool setTagChosen(const QString &path, bool chosen);

private:
    void catalogOpened(const QStringList &tagPaths, const QHash<QString, QString> &owners);
    void rebuildTree();
    QStandardItem *itemFor(const QString &path);
    void itemChanged(QStandardItem *item);
    void createTag();
    void tagCreated(const QString &path);
    void updateReason();

    TrainingWizard *m_wizard;
    QStringList m_tagPaths;
    QHash<QString, QString> m_owners;
    QHash<QString, QStandardItem *> m_items;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_tree;
    QLineEdit *m_search;
    QLineEdit *m_newTag;
    QLabel *m_reason;
    bool m_rebuilding = false;
};

} // namespace tagsmith
