#pragma once

#include "../clicontext.h"

#include "catalog/assetrecord.h"
#include "catalog/catalog.h"
#include "catalog/tagrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace tagsmith::cli {

inline QString tr(const char *text) { return QCoreApplication::translate("tagsmith::cli", text); }

// Opens the catalog named by --catalog (or the default); prints why not and returns null.
CatalogPtr openCatalog(CliContext &context);

// The asset at PATH (as given on the command line), or a message on err and nullopt.
std::optional<AssetRecord> findAsset(CliContext &context, const CatalogPtr &catalog, const QString &path);

// The catalog and the asset at PATH, for the commands that act on one asset; on failure the
// reason is on err and nullopt comes back.
struct OpenedAsset {
    CatalogPtr catalog;
    AssetRecord asset;
};
std::optional<OpenedAsset> openAsset(CliContext &context, const QString &path);

// The asset's tags (manual first, smart by confidence), or the reason on err and nullopt.
std::optional<QList<AssetTag>> assetTags(CliContext &context, const OpenedAsset &opened);

QJsonObject assetJson(const AssetRecord &asset);
// A tag as the CLI contract shows it.
QJsonObject tagJson(const AssetTag &tag);

struct ProcessingOutcome {
    int done = 0;
    int failed = 0;
    int objectsQueued = 0;   // generic object-detection jobs left for later (ProcessingWait::UserTags)
    bool ok = true;
};

enum class ProcessingWait {
    Everything,   // until the queue is idle
    UserTags,     // thumbnails, document text, the user's smart tags and ImageNet labels; the
                  // slow generic object detection (background priority) stays queued
};

// Runs the job queue (thumbnails, document text, smart tags), with progress on stderr when it
// is a terminal, and says why smart tags are off when the models are missing.
ProcessingOutcome runProcessing(CliContext &context, const CatalogPtr &catalog, ProcessingWait wait = ProcessingWait::Everything);

// Tag edits travel to the file's XMP sidecar (deferred, batched, flushed before exit) unless
// the user switched that off: `--no-sidecar` or the setting metadata/writeSidecars = false.
// Returns the problems met (e.g. a read-only folder), one per line, for stderr.
QStringList writeSidecars(const CatalogPtr &catalog, const QStringList &assetPaths, const QStringList &removedTags,
                          const QStringList &arguments);

// The folder holding datasets/ and models/: `--data DIR` in the arguments, else
// $TAGSMITH_SHARED_DIR, else ../shared beside the checkout the binary was built in.
QString sharedDataDir(const QStringList &arguments);

// Benchmark figures: `name: value unit` lines on out, or one JSON object with --json.
class BenchFigures {
public:
    explicit BenchFigures(CliContext &context) : m_context(context) {}
    void add(const QString &name, double value, const QString &unit);
    void note(const QString &name, const QString &text);
    void print();

private:
    CliContext &m_context;
    QStringList m_lines;
    QJsonObject m_json;
};

} // namespace tagsmith::cli
