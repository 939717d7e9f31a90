#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace tagsmith {

// Brings the schema to the newest version: ordered migrations, all pending ones in one
// transaction, recorded in PRAGMA user_version. Safe to run on every open.
Status migrateCatalog(QSqlDatabase db);

int latestSchemaVersion();

} // namespace tagsmith
