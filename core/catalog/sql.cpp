#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QThread>
#include <QUrl>

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
    // IMMEDIATE takes the write lock up front (waiting the busy timeout for it), so a writer never
    // has to upgrade a read snapshot that another process made stale (SQLITE_BUSY without waiting).
    // Whatever still meets a lock rolls back and runs again, whole, after a growing pause.
    constexpr int attempts = 8;
    unsigned long pauseMs = 20;
    Status last = success();
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        const quint64 busyBefore = busyStatements;
        auto retryable = [&] { return busyStatements != busyBefore && attempt < attempts; };
        auto pause = [&] {
            QThread::msleep(pauseMs);
            pauseMs = std::min<unsigned long>(pauseMs * 2, 1000);
        };
        if (Status begun = control(db, QStringLiteral("BEGIN IMMEDIATE")); !begun) {
            last = Error{QCoreApplication::translate("catalog", "cannot start a catalog transaction: %1").arg(begun.error())};
            if (!retryable())
                return last;
            pause();
            continue;
        }
        last = work();
        if (!last) {
            rollback(db);
            if (!retryable())
                return last;
            pause();
            continue;
        }
        if (Status committed = control(db, QStringLiteral("COMMIT")); !committed) {
            rollback(db);
            last = Error{QCoreApplication::translate("catalog", "cannot commit to the catalog: %1").arg(committed.error())};
            if (!retryable())
                return last;
            pause();
            continue;
        }
        return success();
    }
    return last;
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
