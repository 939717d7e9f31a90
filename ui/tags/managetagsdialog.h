#pragma once

#include "catalog/catalog.h"
#include "tagedit.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStringListModel;
class QTreeWidget;

namespace tagsmith {

class TagsBackend;
class WorkerThread;

// Manage Tags for one asset or a multi-selection: smart tags (model, version, confidence,
// most confident first) can be deleted (never re-applied) or promoted; manual tags are added
// to or removed from every selected asset at once; Undo reverts the last edits one by one. A
// generic label (ImageNet, COCO) can be blocked on every asset at once.
// The catalog work runs on the dialog's own worker thread.
class ManageTagsDialog : public QDialog {
    Q_OBJECT
public:
    ManageTagsDialog(const CatalogPtr &catalog, const QList<qint64> &assetIds, const QStringList &assetPaths,
                     QWidget *parent = nullptr);
    ~ManageTagsDialog() override;

    // Undo entries waiting; for tests and the Undo button.
    int undoDepth() const { return int(m_undo.size()); }

Q_SIGNALS:
    // The tags were shown (first time or after a change).
    void tagsLoaded();
    // The catalog changed: views showing these assets' tags should reload.
    void tagsChanged();

private:
    void buildWidgets();
    void showTags(const SelectionTags &tags);
    void request(TagEditKind kind, const QString &tag, const QString &description);
    void addTag();
    void undo();
    void updateButtons();
    QString selectedSmartTag() const;
    bool selectedIsGeneric() const;
    QString selectedManualTag() const;
    void setBusy(bool busy);

    int m_assetCount = 0;
    TagsBackend *m_backend = nullptr;
    WorkerThread *m_thread = nullptr;
    QList<std::pair<QList<TagChange>, QString>> m_undo;   // inverse changes and what they undo
    bool m_busy = false;

    QTreeWidget *m_smart = nullptr;
    QListWidget *m_manual = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_promote = nullptr;
    QPushButton *m_blockEverywhere = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_newTag = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_undoButton = nullptr;
    QStringListModel *m_completions = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace tagsmith
