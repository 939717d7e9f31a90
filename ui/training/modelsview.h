#pragma once

#include "catalog/catalog.h"

#include "catalog/modelrepository.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace tagsmith {

class ModelsBackend;
class TrainingReportView;
class WorkerThread;

// Every tag model with its status (and why it failed), threshold, version history with Restore
// (nothing is ever deleted), and the selected version's report, exportable as a spreadsheet.
// Below them the generic labels (ImageNet classes, COCO objects): their thresholds and the
// labels blocked everywhere. Every threshold and block applies at once to the whole catalog:
// candidates are stored, so nothing is re-run.
class ModelsView : public QDialog {
    Q_OBJECT
public:
    explicit ModelsView(CatalogPtr catalog, QWidget *parent = nullptr);
    ~ModelsView() override;

    bool selectModel(const QString &name);
    bool selectVersion(int version);
    int currentVersion() const;          // of the selected model, as last loaded
    void restoreSelectedVersion();
    // Writes the shown report as CSV; the error message is empty on success.
    QString exportCsv(const QString &file) const;

    static QString statusText(const QString &status);

    // The threshold spin box of a model's row (for tests and keyboard users), or null.
    QDoubleSpinBox *thresholdEditor(const QString &model) const;
    // Blocks the labels typed in the block field (comma-separated), or unblocks the selected ones.
    void blockTypedLabels();
    void unblockSelectedLabels();

Q_SIGNALS:
    void modelsShown();
    void versionsShown();
    void restoreFinished(int version);
    void thresholdSaved(const QString &model, double threshold);
    // The model now feeds the other video tag set; its videos are queued for re-tagging.
    void kindSaved(const QString &model, const QString &kind);
    void genericShown();

private:
    void refresh();
    void showModels(const QList<ModelRecord> &models);
    void kindSet(qint64 modelId, const QString &kind);
    void modelSelected();
    void showVersions(qint64 modelId, const QList<ModelVersionRecord> &versions);
    void versionSelected();
    void restored(qint64 modelId, int version);
    void chooseCsvFile();
    void showError(const QString &message);
    const ModelRecord *selectedModel() const;
    QWidget *buildGenericBox();
    void showGeneric(double imagenetThreshold, double objectThreshold, const QStringList &blocked);
    void thresholdSet(qint64 modelId, double threshold);

    ModelsBackend *m_backend;
    WorkerThread *m_backendThread;
    QList<ModelRecord> m_models;
    QList<ModelVersionRecord> m_versions;
    qint64 m_versionsOf = 0;
    QTableWidget *m_modelTable;
    QLabel *m_reason;
    QTableWidget *m_versionTable;
    QPushButton *m_restore;
    QPushButton *m_export;
    TrainingReportView *m_report;
    QDoubleSpinBox *m_imagenetThreshold = nullptr;
    QDoubleSpinBox *m_objectThreshold = nullptr;
    QListWidget *m_blocked = nullptr;
    QLineEdit *m_blockEdit = nullptr;
    QPushButton *m_block = nullptr;
    QPushButton *m_unblock = nullptr;
};

} // namespace tagsmith
