#include "commands.h"
#include "common.h"

#include "catalog/folderrepository.h"
#include "catalog/sql.h"
#include "services/folderremoval.h"

#include <QDir>
#include <QFileInfo>

namespace tagsmith::cli {

namespace {

// Catalog folders are stored by canonical path; a folder gone from disk keeps its cleaned path.
QString folderPath(const QString &argument)
{
    const QString canonical = QFileInfo(argument).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(argument).absoluteFilePath()) : canonical;
}

} // namespace

// `folder smart-tags|video-tags|generic-labels PATH VALUE`: the switch is the first word the table matched.
int runFolderSwitch(CliContext &context, FolderSwitch which, const QStringList &arguments)
{
    const QString name = folderSwitchName(which).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (arguments.size() != 2) {
        context.err << tr("usage: tagsmith-cli folder %1 PATH inherit|enable|disable").arg(name) << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    QSqlDatabase db = catalog->connection();
    const QString path = folderPath(arguments.first());
    Status status = sql::transaction(db, [&] { return FolderRepository(db).setSwitch(which, path, arguments.at(1)); });
    if (!status) {
        context.err << status.error() << '\n';
        return 1;
    }
    return 0;
}

int runFolderSmartTags(CliContext &context, const QStringList &arguments)
{
    return runFolderSwitch(context, FolderSwitch::SmartTags, arguments);
}

int runFolderVideoTags(CliContext &context, const QStringList &arguments)
{
    return runFolderSwitch(context, FolderSwitch::VideoTags, arguments);
}

int runFolderGenericLabels(CliContext &context, const QStringList &arguments)
{
    return runFolderSwitch(context, FolderSwitch::GenericLabels, arguments);
}

int runFolderInfo(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        context.err << tr("usage: tagsmith-cli folder info PATH") << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    const FolderRepository folders(catalog->connection());
    const QString path = folderPath(arguments.first());
    QJsonObject json{{QStringLiteral("path"), path}};
    QString text = QStringLiteral("path: %1\n").arg(path);
    for (FolderSwitch which : {FolderSwitch::SmartTags, FolderSwitch::VideoTags, FolderSwitch::GenericLabels}) {
        auto setting = folders.switchSetting(which, path);
        if (!setting) {
            context.err << setting.error() << '\n';
            return 1;
        }
        const FolderSwitchSetting &s = setting.value();
        const QString key = folderSwitchName(which);
        const QString effective = s.enabled ? QStringLiteral("enable") : QStringLiteral("disable");
        if (which == FolderSwitch::SmartTags) {
            // The first contract's flat keys stay for scripts written against it.
            json.insert(key, s.value);
            json.insert(QStringLiteral("effective"), effective);
            json.insert(QStringLiteral("inherited_from"), s.source);
            json.insert(QStringLiteral("default"), s.isDefault);
        }
        json.insert(key + QStringLiteral("_setting"),
                    QJsonObject{{QStringLiteral("value"), s.value}, {QStringLiteral("effective"), effective},
                                {QStringLiteral("inherited_from"), s.source}, {QStringLiteral("default"), s.isDefault}});
        text += QStringLiteral("%1: %2 (effective: %3; ").arg(key, s.value, effective)
              + (s.isDefault ? tr("inherited from: %1 (root default)") : tr("inherited from: %1")).arg(s.source)
              + QStringLiteral(")\n");
    }
    if (context.json)
        context.printJson(QJsonDocument(json));
    else
        context.out << text;
    return 0;
}

// `folder remove PATH`: the folder and its assets leave the catalog; their files stay on disk.
int runFolderRemove(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        context.err << tr("usage: tagsmith-cli folder remove PATH [--json]") << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    const QString path = folderPath(arguments.first());
    const auto removed = FolderRemoval(catalog).remove(path);
    if (!removed) {
        context.err << removed.error() << '\n';
        return 1;
    }
    if (context.json)
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                                    {QStringLiteral("assets"), removed->assets},
                                                    {QStringLiteral("folders"), removed->folders},
                                                    {QStringLiteral("embeddings"), removed->embeddings},
                                                    {QStringLiteral("root"), removed->wasRoot}}));
    else
        context.err << QCoreApplication::translate("cli", "removed %n asset(s) in %1 from the catalog; no file was touched",
                                                   nullptr, removed->assets).arg(path)
                    << '\n';
    return 0;
}

} // namespace tagsmith::cli
