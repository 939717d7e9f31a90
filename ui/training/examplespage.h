#pragma once

#include "catalog/browsequeries.h"

#include <QTimer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;

namespace tagsmith {

class ExampleListModel;
class TrainingWizard;

// Example images per tag: pick a tag on the left, browse the catalog's images by folder or
// search by name in the middle (or drop files from the grid on the examples), and see the
// tag's examples on the right. Counters show the 10–50 rule; Next stays disabled, with the
// reason shown, while a rule is broken; duplicates and outliers are warned about.
class ExamplesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ExamplesPage(TrainingWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // The tag whose examples are shown and edited.
    void setCurrentTag(const QString &tag);
    QString currentTag() const;
    // Adds the rows of the catalog list to the current tag (already present ones are skipped).
    void addCatalogRows(const QList<int> &rows);
    QString reason() const;
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void catalogImagesShown(int count);
    void warningsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void catalogOpened(const QList<FolderNode> &folders);
    void requestImages();
    void imagesLoaded(int request, const QList<AssetRecord> &images);
    void addSelected();
    void removeSelected();
    void addExamples(const QString &tag, const QList<AssetRecord> &images);
    void examplesChanged();
    void refreshTagList();
    void requestWarnings();
    void warningsChecked(int request, const QStringList &warnings);

    TrainingWizard *m_wizard;
    QListWidget *m_tags;
    QComboBox *m_folder;
    QLineEdit *m_search;
    QListView *m_catalogView;
    ExampleListModel *m_catalog;
    QListView *m_examplesView;
    ExampleListModel *m_examples;
    QLabel *m_examplesTitle;
    QLabel *m_reason;
    QLabel *m_warningLabel;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTimer m_searchDebounce;
    QTimer m_warningDebounce;
    QStringList m_warnings;
    int m_imagesRequest = 0;
    int m_warningsRequest = 0;
};

} // namespace tagsmith
