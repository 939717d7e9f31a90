#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QThread>
#include <QUrl>

#include <algorithm>

namespace tagsmith::sql {
namespace {

// SQLite's primary result codes; Qt reports them as the native error code.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;

// How many statements of this thread met a lock held elsewhere: a transaction compares the
// count before and after its work to know whether a failure is worth a retry.
thread_local quint64 busyStatements = 0;

bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;   // extended codes keep the primary one in the low byte
    return ok && (code == sqliteBusy || code == sqliteLocked);
}

QString describe(const QSqlDatabase &db, const QSqlError &error, const QString &statement)
{
    bool ok = false;
    if ((error.nativeErrorCode().toInt(&ok) & 0xff) == sqliteReadOnly && ok) {
        // A catalog opened as an immutable URI is named by its file, as the user gave it.
        QString file = db.databaseName();
        if (file.startsWith(QLatin1String("file:")))
            file = QUrl::fromPercentEncoding(file.mid(5).section(QLatin1Char('?'), 0, 0).toUtf8());
        return QCoreApplication::translate("catalog", "the catalog %1 is read-only: this change cannot be saved (%2)")
            .arg(file, statement.simplified().left(80));
    }
    return QCoreApplication::translate("catalog", "catalog error: %1 (%2)")
        .arg(error.text(), statement.simplified().left(80));
}

Error failed(const QSqlDatabase &db, const QSqlQuery &query, const QString &statement)
{
    if (isBusy(query.lastError()))
        ++busyStatements;
    return Error{describe(db, query.lastError(), statement)};
}

// A statement run for its effect only: finished at once so it holds no lock afterwards.
Status control(const QSqlDatabase &db, const QString &statement)
{
    auto result = exec(db, statement);
    if (!result)
        return Error{result.error()};
    result.value().finish();
    return success();
}

void rollback(const QSqlDatabase &db)
{
    // Fails harmlessly when SQLite already rolled back (it does on some I/O and busy errors).
    (void)control(db, QStringLiteral("ROLLBACK"));
}

// One attempt. IMMEDIATE takes the write lock up front (waiting the busy timeout for it), so a
// writer never has to upgrade a read snapshot that another process made stale (SQLITE_BUSY
// without waiting).
Status attemptTransaction(const QSqlDatabase &db, const std::function<Status()> &work)
{
    if (Status begun = control(db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return Error{QCoreApplication::translate("catalog", "cannot start a catalog transaction: %1").arg(begun.error())};
    if (Status done = work(); !done) {
        rollback(db);
        return done;
    }
    if (Status committed = control(db, QStringLiteral("COMMIT")); !committed) {
        rollback(db);
        return Error{QCoreApplication::translate("catalog", "cannot commit to the catalog: %1").arg(committed.error())};
    }
    return success();
}

} // namespace

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return failed(db, query, statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failed(db, query, statement);
    return query;
}

Status transaction(QSqlDatabase db, const std::function<Status()> &work)
{
    // Whatever still meets a lock held elsewhere rolls back and runs again, whole, after a
    // growing pause; any other failure is final.
    constexpr int attempts = 8;
    unsigned long pauseMs = 20;
    for (int attempt = 1;; ++attempt) {
        const quint64 busyBefore = busyStatements;
        Status status = attemptTransaction(db, work);
        if (status || busyStatements == busyBefore || attempt == attempts)
            return status;
        QThread::msleep(pauseMs);
        pauseMs = std::min<unsigned long>(pauseMs * 2, 1000);
    }
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QVariant &fallback)
{
    auto query = exec(db, statement, values);
    if (!query || !query.value().next())
        return fallback;
    const QVariant value = query.value().value(0);
    query.value().finish();
    return value;
}

} // namespace tagsmith::sql
