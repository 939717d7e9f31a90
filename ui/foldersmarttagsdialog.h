#pragma once

#include "catalog/catalog.h"

#include "catalog/folderrepository.h"

#include <QDialog>

#include <array>
#include <QThreadPool>

class QLabel;
class QRadioButton;
class QDialogButtonBox;

namespace tagsmith {

// A folder's switches — Smart tags, Video tags, Generic labels — each Inherited / Enable /
// Disable, with where the inherited value comes from. Reads and writes run on a worker thread.
class FolderSmartTagsDialog : public QDialog {
    Q_OBJECT
public:
    FolderSmartTagsDialog(CatalogPtr catalog, QString folderPath, QWidget *parent = nullptr);

    static constexpr std::array<FolderSwitch, 3> Switches = {FolderSwitch::SmartTags, FolderSwitch::VideoTags,
                                                             FolderSwitch::GenericLabels};
    using Settings = std::array<FolderSwitchSetting, Switches.size()>;

    QString chosenValue(FolderSwitch which = FolderSwitch::SmartTags) const;   // "inherit", "enable" or "disable"
    // The radio button of `value` ("inherit", "enable", "disable") of one switch, for tests and shortcuts.
    QRadioButton *button(FolderSwitch which, const QString &value) const;
    // The "… are enabled here, inherited from …" line of one switch.
    QString effectiveText(FolderSwitch which) const;

Q_SIGNALS:
    void loaded();
    void saved();

private:
    struct SwitchRow {
        QRadioButton *inherit = nullptr;
        QRadioButton *enable = nullptr;
        QRadioButton *disable = nullptr;
        QLabel *effective = nullptr;
    };
    void showSettings(const Result<Settings> &settings);
    void save();

    CatalogPtr m_catalog;
    QString m_folderPath;
    std::array<SwitchRow, Switches.size()> m_rows;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    // Its own threads, not Qt's global pool: destroying the owner waits for its tasks, so none
    // outlives the window or touches the catalog after it closed. Declared last, stopped first.
    QThreadPool m_tasks;
};

} // namespace tagsmith
