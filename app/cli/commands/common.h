#pragma once

#include "../clicontext.h"

#include "catalog/assetrecord.h"
#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace tagsmith::cli {

inline QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

// Opens the catalog named by --catalog (or the default); prints why not and returns null.
CatalogPtr openCatalog(CliContext &context);

// The asset at PATH (as given on the command line), or a message on err and nullopt.
std::optional<AssetRecord> findAsset(CliContext &context, const CatalogPtr &catalog, const QString &path);

QJsonObject assetJson(const AssetRecord &asset);

} // namespace tagsmith::cli
