#include "catalog.h"

#include "migrations.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace tagsmith {

Catalog::Catalog(QString path) : m_path(std::move(path)) {}

Catalog::~Catalog()
{
    QMutexLocker lock(&m_mutex);
    // Connections of other (finished) threads cannot be closed from here; removing them is enough.
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QString Catalog::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return dir + QStringLiteral("/catalog.sqlite");
}

Result<std::shared_ptr<Catalog>> Catalog::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QCoreApplication::translate("catalog", "cannot create the folder of the catalog %1").arg(path)};
    std::shared_ptr<Catalog> catalog(new Catalog(info.absoluteFilePath()));
    // SQLite needs to write beside the file (its -wal and -shm files) as well as to it: without
    // both, the catalog is opened for browsing only, and every write says the catalog is read-only.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (!info.exists() && !folderWritable)
        return Error{QCoreApplication::translate("catalog", "cannot create the catalog %1: its folder is not writable").arg(path)};
    catalog->m_readOnly = info.exists() && (!info.isWritable() || !folderWritable);
    QSqlDatabase db = catalog->connection();
    if (!db.isOpen())
        return Error{QCoreApplication::translate("catalog", "cannot open the catalog %1: %2")
                         .arg(path, db.lastError().text())};
    if (Status migrated = migrateCatalog(db); !migrated)
        return Error{migrated.error()};
    return catalog;
}

int Catalog::schemaVersion() const
{
    return sql::scalar(connection(), QStringLiteral("PRAGMA user_version"), {}, 0).toInt();
}

QSqlDatabase Catalog::connection() const
{
    // A serial, not the thread id: ids of finished threads are reused (pool threads come and go),
    // and a connection made on a finished thread is unusable ("Driver not loaded") on the new one.
    static std::atomic<quint64> threads{0};
    thread_local const quint64 thread = ++threads;
    const QString name = QStringLiteral("tagsmith-%1-%2").arg(quintptr(this), 0, 16).arg(thread);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    auto opened = openConnection(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames << name;
    return opened ? opened.value() : QSqlDatabase::database(name, false);
}

Result<QSqlDatabase> Catalog::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // Another thread or process may hold the write lock for a moment: wait rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (m_readOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_READONLY"));
        if (db.open() && sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))
            return db;
        // A WAL catalog whose -shm file is gone and cannot be made in a read-only folder can
        // still be read as an immutable file (nobody can write to it there either).
        db.close();
        db.setDatabaseName(QStringLiteral("file:%1?immutable=1")
                               .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_path, QByteArrayLiteral("/")))));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open())
            return Error{db.lastError().text()};
        if (auto probe = sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")); !probe)
            return Error{probe.error()};
        return db;
    }
    if (!db.open())
        return Error{db.lastError().text()};
    // A 32 MiB page cache per connection (SQLite's default is 2 MiB): a search reads index
    // ranges and FTS doclists of a large catalog again and again, and serving them from the
    // cache instead of a read() per page halves what every hit of a common term costs.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32768"}) {
        if (auto result = sql::exec(db, QString::fromLatin1(pragma)); !result)
            return Error{result.error()};
    }
    return db;
}

} // namespace tagsmith
