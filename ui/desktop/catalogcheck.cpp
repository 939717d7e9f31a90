#include "catalogcheck.h"

#include "catalog/catalog.h"
#include "catalog/sql.h"

#include <QFile>
#include <QFileInfo>

namespace tagsmith {

Status CatalogCheck::run(const QString &path, bool create)
{
    const QFileInfo info(path);
    if (create) {
        if (info.exists())
            return Error{tr("%1 already exists; choose Open Catalog to open it, or another name for a new catalog.")
                             .arg(info.absoluteFilePath())};
    } else {
        if (!info.exists())
            return Error{tr("The catalog %1 does not exist (any more).").arg(info.absoluteFilePath())};
        if (!info.isFile())
            return Error{tr("%1 is a folder, not a catalog file.").arg(info.absoluteFilePath())};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read %1: %2.").arg(info.absoluteFilePath(), file.errorString())};
        // The first 16 bytes of every SQLite 3 database.
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return Error{tr("%1 is not a Tagsmith catalog: it is not an SQLite database (empty, damaged or another kind of file).")
                             .arg(info.absoluteFilePath())};
    }
    const auto catalog = Catalog::open(path);
    if (!catalog)
        return Error{tr("Cannot open the catalog %1: %2").arg(info.absoluteFilePath(), catalog.error())};
    // A damaged file can have a good header and schema page: reading the first row of every table
    // touches each root page, which finds a truncated or overwritten file without a full scan.
    const QSqlDatabase db = catalog.value()->connection();
    auto tables = sql::exec(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    if (!tables)
        return Error{tr("Cannot open the catalog %1: %2").arg(info.absoluteFilePath(), tables.error())};
    QStringList names;
    while (tables.value().next())
        names << tables.value().value(0).toString();
    for (const QString &name : std::as_const(names)) {
        const QString quoted = QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        if (auto read = sql::exec(db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted)); !read)
            return Error{tr("The catalog %1 is damaged: %2").arg(info.absoluteFilePath(), read.error())};
    }
    return success();
}

} // namespace tagsmith
