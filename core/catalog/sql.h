#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <functional>

namespace tagsmith::sql {

// Prepares, binds every value positionally and executes; the error names the statement.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// Runs `work` inside one IMMEDIATE (writer) transaction; rolls back when it fails. When another
// connection or process holds the catalog's lock, the whole of `work` runs again after a bounded
// back-off, so `work` must start from scratch each time (reset what it counts).
Status transaction(QSqlDatabase db, const std::function<Status()> &work);

// The first column of the first row, or `fallback` when there is none.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {},
                const QVariant &fallback = {});

} // namespace tagsmith::sql
