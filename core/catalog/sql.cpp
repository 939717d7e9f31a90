#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace tagsmith::sql {

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Error{QCoreApplication::translate("catalog", "catalog error: %1 (%2)")
                         .arg(query.lastError().text(), statement.simplified().left(80))};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{QCoreApplication::translate("catalog", "catalog error: %1 (%2)")
                         .arg(query.lastError().text(), statement.simplified().left(80))};
    return query;
}

Status transaction(QSqlDatabase db, const std::function<Status()> &work)
{
    if (!db.transaction())
        return Error{QCoreApplication::translate("catalog", "cannot start a catalog transaction: %1")
                         .arg(db.lastError().text())};
    Status status = work();
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QString reason = db.lastError().text();
        db.rollback();
        return Error{QCoreApplication::translate("catalog", "cannot commit to the catalog: %1").arg(reason)};
    }
    return success();
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QVariant &fallback)
{
    auto query = exec(db, statement, values);
    if (!query || !query.value().next())
        return fallback;
    return query.value().value(0);
}

} // namespace tagsmith::sql
