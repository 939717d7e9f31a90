#pragma once

#include "catalog/folderrepository.h"

#include <QDialog>

class QLabel;
class QRadioButton;
class QDialogButtonBox;

namespace tagsmith {

// A folder's "Enable smart tags" property: Inherited / Enable / Disable, and where the
// inherited value comes from. Reads and writes run on a worker thread.
class FolderSmartTagsDialog : public QDialog {
    Q_OBJECT
public:
    FolderSmartTagsDialog(QString catalogPath, QString folderPath, QWidget *parent = nullptr);

    QString chosenValue() const;   // "inherit", "enable" or "disable"

Q_SIGNALS:
    void loaded();
    void saved();

private:
    void showSetting(const Result<SmartTagsSetting> &setting);
    void save();

    QString m_catalogPath;
    QString m_folderPath;
    QLabel *m_effective = nullptr;
    QRadioButton *m_inherit = nullptr;
    QRadioButton *m_enable = nullptr;
    QRadioButton *m_disable = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tagsmith
