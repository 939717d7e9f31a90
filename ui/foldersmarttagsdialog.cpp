#include "foldersmarttagsdialog.h"

#include "catalog/catalog.h"
#include "catalog/sql.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tagsmith {
namespace {

// The catalog work of this dialog, on a pool thread with that thread's own connection.
Result<SmartTagsSetting> readSetting(const QString &catalogPath, const QString &folder)
{
    auto catalog = Catalog::open(catalogPath);
    if (!catalog)
        return Error{catalog.error()};
    return FolderRepository(catalog.value()->connection()).smartTags(folder);
}

Result<SmartTagsSetting> writeSetting(const QString &catalogPath, const QString &folder, const QString &value)
{
    auto catalog = Catalog::open(catalogPath);
    if (!catalog)
        return Error{catalog.error()};
    QSqlDatabase db = catalog.value()->connection();
    FolderRepository folders(db);
    if (Status written = sql::transaction(db, [&] { return folders.setSmartTags(folder, value); }); !written)
        return Error{written.error()};
    return folders.smartTags(folder);
}

} // namespace

FolderSmartTagsDialog::FolderSmartTagsDialog(QString catalogPath, QString folderPath, QWidget *parent)
    : QDialog(parent), m_catalogPath(std::move(catalogPath)), m_folderPath(std::move(folderPath))
{
    setWindowTitle(tr("Smart Tags for %1").arg(m_folderPath.section(QLatin1Char('/'), -1)));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Smart tags are applied on import and by the daily schedule in folders where they are "
                                "enabled. Subfolders inherit the setting unless they set their own."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_inherit = new QRadioButton(tr("&Inherited"));
    m_enable = new QRadioButton(tr("&Enable"));
    m_disable = new QRadioButton(tr("&Disable"));
    for (QRadioButton *button : {m_inherit, m_enable, m_disable}) {
        button->setEnabled(false);
        layout->addWidget(button);
    }
    m_effective = new QLabel(tr("Reading the folder's setting…"));
    m_effective->setWordWrap(true);
    layout->addWidget(m_effective);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FolderSmartTagsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *watcher = new QFutureWatcher<Result<SmartTagsSetting>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        showSetting(watcher->result());
        watcher->deleteLater();
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(readSetting, m_catalogPath, m_folderPath));
}

QString FolderSmartTagsDialog::chosenValue() const
{
    if (m_enable->isChecked())
        return QStringLiteral("enable");
    if (m_disable->isChecked())
        return QStringLiteral("disable");
    return QStringLiteral("inherit");
}

void FolderSmartTagsDialog::showSetting(const Result<SmartTagsSetting> &setting)
{
    if (!setting) {
        m_effective->setText(tr("Cannot read the setting: %1").arg(setting.error()));
        return;
    }
    const SmartTagsSetting &value = setting.value();
    (value.value == QLatin1String("enable") ? m_enable : value.value == QLatin1String("disable") ? m_disable : m_inherit)
        ->setChecked(true);
    for (QRadioButton *button : {m_inherit, m_enable, m_disable})
        button->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    const QString state = value.enabled ? tr("enabled") : tr("disabled");
    if (value.value != QLatin1String("inherit"))
        m_effective->setText(tr("Smart tags are %1 here, set on this folder.").arg(state));
    else if (value.isDefault)
        m_effective->setText(tr("Smart tags are %1 here: the default of the root %2.").arg(state, value.source));
    else
        m_effective->setText(tr("Smart tags are %1 here, inherited from %2.").arg(state, value.source));
}

void FolderSmartTagsDialog::save()
{
    m_buttons->setEnabled(false);
    auto *watcher = new QFutureWatcher<Result<SmartTagsSetting>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<SmartTagsSetting> result = watcher->result();
        watcher->deleteLater();
        m_buttons->setEnabled(true);
        if (!result) {
            m_effective->setText(tr("Cannot save the setting: %1").arg(result.error()));
            return;
        }
        Q_EMIT saved();
        accept();
    });
    watcher->setFuture(QtConcurrent::run(writeSetting, m_catalogPath, m_folderPath, chosenValue()));
}

} // namespace tagsmith
