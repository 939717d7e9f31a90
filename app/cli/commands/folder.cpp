#include "commands.h"
#include "common.h"

#include "catalog/folderrepository.h"
#include "catalog/sql.h"

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

int runFolderSmartTags(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 2) {
        context.err << tr("usage: tagsmith-cli folder smart-tags PATH inherit|enable|disable") << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    QSqlDatabase db = catalog->connection();
    const QString path = folderPath(arguments.first());
    Status status = sql::transaction(db, [&] { return FolderRepository(db).setSmartTags(path, arguments.at(1)); });
    if (!status) {
        context.err << status.error() << '\n';
        return 1;
    }
    return 0;
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
    auto setting = FolderRepository(catalog->connection()).smartTags(folderPath(arguments.first()));
    if (!setting) {
        context.err << setting.error() << '\n';
        return 1;
    }
    const SmartTagsSetting &s = setting.value();
    const QString effective = s.enabled ? QStringLiteral("enable") : QStringLiteral("disable");
    if (context.json) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), s.folder},
                                                    {QStringLiteral("smart_tags"), s.value},
                                                    {QStringLiteral("effective"), effective},
                                                    {QStringLiteral("inherited_from"), s.source},
                                                    {QStringLiteral("default"), s.isDefault}}));
        return 0;
    }
    context.out << "path: " << s.folder << '\n' << "smart_tags: " << s.value << '\n' << "effective: " << effective << '\n';
    context.out << (s.isDefault ? tr("inherited from: %1 (root default)") : tr("inherited from: %1")).arg(s.source) << '\n';
    return 0;
}

} // namespace tagsmith::cli
