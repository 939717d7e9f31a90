#include "foldersmarttagsdialog.h"

#include "catalog/catalog.h"
#include "catalog/sql.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tagsmith {
namespace {

using Settings = FolderSmartTagsDialog::Settings;

// The catalog work of this dialog, on a pool thread with that thread's own connection.
Result<Settings> readSettings(FolderRepository &folders, const QString &folder)
{
    Settings settings;
    for (size_t i = 0; i < settings.size(); ++i) {
        auto setting = folders.switchSetting(FolderSmartTagsDialog::Switches[i], folder);
        if (!setting)
            return Error{setting.error()};
        settings[i] = setting.value();
    }
    return settings;
}

Result<Settings> readAll(const CatalogPtr &catalog, const QString &folder)
{
    FolderRepository folders(catalog->connection());
    return readSettings(folders, folder);
}

Result<Settings> writeAll(const CatalogPtr &catalog, const QString &folder, const QStringList &values)
{
    QSqlDatabase db = catalog->connection();
    FolderRepository folders(db);
    Status written = sql::transaction(db, [&]() -> Status {
        for (size_t i = 0; i < FolderSmartTagsDialog::Switches.size(); ++i)
            if (Status one = folders.setSwitch(FolderSmartTagsDialog::Switches[i], folder, values.at(qsizetype(i))); !one)
                return one;
        return success();
    });
    if (!written)
        return Error{written.error()};
    return readSettings(folders, folder);
}

QString switchTitle(FolderSwitch which)
{
    switch (which) {
    case FolderSwitch::SmartTags:
        return FolderSmartTagsDialog::tr("Smart tags");
    case FolderSwitch::VideoTags:
        return FolderSmartTagsDialog::tr("Video tags");
    case FolderSwitch::GenericLabels:
        return FolderSmartTagsDialog::tr("Generic labels");
    }
    return {};
}

QString switchHelp(FolderSwitch which)
{
    switch (which) {
    case FolderSwitch::SmartTags:
        return FolderSmartTagsDialog::tr("Tag models and generic labels on photos and videos, on import and by the daily schedule.");
    case FolderSwitch::VideoTags:
        return FolderSmartTagsDialog::tr("Frames of videos are tagged; off for folders of long footage.");
    case FolderSwitch::GenericLabels:
        return FolderSmartTagsDialog::tr("Everyday labels (dog, car, beach) besides your own tag models.");
    }
    return {};
}

// "Video tags are enabled here, inherited from /photos."
QString effectiveSentence(FolderSwitch which, const FolderSwitchSetting &value)
{
    const QString state = value.enabled ? FolderSmartTagsDialog::tr("enabled") : FolderSmartTagsDialog::tr("disabled");
    const QString title = switchTitle(which);
    if (value.value != QLatin1String("inherit"))
        return FolderSmartTagsDialog::tr("%1 are %2 here, set on this folder.").arg(title, state);
    if (value.isDefault)
        return FolderSmartTagsDialog::tr("%1 are %2 here: the default of the root %3.").arg(title, state, value.source);
    return FolderSmartTagsDialog::tr("%1 are %2 here, inherited from %3.").arg(title, state, value.source);
}

} // namespace

FolderSmartTagsDialog::FolderSmartTagsDialog(CatalogPtr catalog, QString folderPath, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_folderPath(std::move(folderPath))
{
    setWindowTitle(tr("Smart Tags for %1").arg(m_folderPath.section(QLatin1Char('/'), -1)));
    setMinimumWidth(480);   // room for the folder paths in the sentences
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Subfolders inherit each setting unless they set their own. Video tags and generic "
                                "labels apply only where smart tags are enabled."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (size_t i = 0; i < Switches.size(); ++i) {
        auto *group = new QGroupBox(switchTitle(Switches[i]));
        group->setObjectName(folderSwitchName(Switches[i]));
        group->setToolTip(switchHelp(Switches[i]));
        auto *box = new QVBoxLayout(group);
        auto *choices = new QHBoxLayout;
        SwitchRow &row = m_rows[i];
        // Mnemonics on the first group only: three "&Enable" would fight over Alt+E.
        row.inherit = new QRadioButton(i == 0 ? tr("&Inherited") : tr("Inherited"));
        row.enable = new QRadioButton(i == 0 ? tr("&Enable") : tr("Enable"));
        row.disable = new QRadioButton(i == 0 ? tr("&Disable") : tr("Disable"));
        for (QRadioButton *button : {row.inherit, row.enable, row.disable}) {
            button->setEnabled(false);
            choices->addWidget(button);
        }
        choices->addStretch();
        box->addLayout(choices);
        row.effective = new QLabel(tr("Reading the folder's setting…"));
        row.effective->setWordWrap(true);
        box->addWidget(row.effective);
        layout->addWidget(group);
    }
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color:#c62828"));
    m_status->setVisible(false);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FolderSmartTagsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *watcher = new QFutureWatcher<Result<Settings>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        showSettings(watcher->result());
        watcher->deleteLater();
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, readAll, m_catalog, m_folderPath));
}

QRadioButton *FolderSmartTagsDialog::button(FolderSwitch which, const QString &value) const
{
    const SwitchRow &row = m_rows[size_t(std::find(Switches.begin(), Switches.end(), which) - Switches.begin())];
    if (value == QLatin1String("enable"))
        return row.enable;
    if (value == QLatin1String("disable"))
        return row.disable;
    return row.inherit;
}

QString FolderSmartTagsDialog::chosenValue(FolderSwitch which) const
{
    if (button(which, QStringLiteral("enable"))->isChecked())
        return QStringLiteral("enable");
    if (button(which, QStringLiteral("disable"))->isChecked())
        return QStringLiteral("disable");
    return QStringLiteral("inherit");
}

QString FolderSmartTagsDialog::effectiveText(FolderSwitch which) const
{
    return m_rows[size_t(std::find(Switches.begin(), Switches.end(), which) - Switches.begin())].effective->text();
}

void FolderSmartTagsDialog::showSettings(const Result<Settings> &settings)
{
    if (!settings) {
        m_status->setText(tr("Cannot read the settings: %1").arg(settings.error()));
        m_status->setVisible(true);
        return;
    }
    for (size_t i = 0; i < Switches.size(); ++i) {
        const FolderSwitchSetting &value = settings.value()[i];
        const SwitchRow &row = m_rows[i];
        button(Switches[i], value.value)->setChecked(true);
        for (QRadioButton *choice : {row.inherit, row.enable, row.disable})
            choice->setEnabled(true);
        row.effective->setText(effectiveSentence(Switches[i], value));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    adjustSize();   // the sentences are longer than the placeholder: wrapped labels need the height
}

void FolderSmartTagsDialog::save()
{
    m_buttons->setEnabled(false);
    QStringList values;
    for (const FolderSwitch which : Switches)
        values << chosenValue(which);
    auto *watcher = new QFutureWatcher<Result<Settings>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<Settings> result = watcher->result();
        watcher->deleteLater();
        m_buttons->setEnabled(true);
        if (!result) {
            m_status->setText(tr("Cannot save the settings: %1").arg(result.error()));
            m_status->setVisible(true);
            return;
        }
        Q_EMIT saved();
        accept();
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, writeAll, m_catalog, m_folderPath, values));
}

} // namespace tagsmith
