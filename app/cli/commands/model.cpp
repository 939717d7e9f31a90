#include "commands.h"
#include "common.h"

#include "catalog/modelrepository.h"
#include "catalog/sql.h"
#include "jobs/jobqueue.h"
#include "processing/videotagjob.h"
#include "training/foldertraining.h"
#include "training/modelrestore.h"
#include "tagging/reportcsv.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace tagsmith::cli {
namespace {

// The catalog and the model NAME, for the commands that act on one model; on failure the
// reason is on err and nullopt comes back.
struct OpenedModel {
    CatalogPtr catalog;
    ModelRecord model;
};

std::optional<OpenedModel> openModel(CliContext &context, const QString &name)
{
    auto catalog = openCatalog(context);
    if (!catalog)
        return std::nullopt;
    auto found = ModelRepository(catalog->connection()).findByName(name);
    if (!found) {
        context.err << found.error() << '\n';
        return std::nullopt;
    }
    if (!found.value()) {
        context.err << tr("no model named %1").arg(name) << '\n';
        return std::nullopt;
    }
    return OpenedModel{catalog, *found.value()};
}

QJsonObject modelJson(const ModelRecord &model)
{
    return QJsonObject{{QStringLiteral("model"), model.name}, {QStringLiteral("status"), model.status},
                       {QStringLiteral("version"), model.currentVersion}, {QStringLiteral("threshold"), model.threshold},
                       {QStringLiteral("kind"), model.kind},
                       {QStringLiteral("error"), model.error.isEmpty() ? QJsonValue() : QJsonValue(model.error)}};
}

void printReport(CliContext &context, const QJsonObject &report)
{
    if (context.json) {
        context.printJson(QJsonDocument(report));
        return;
    }
    context.out << tr("model %1, version %2: %3 in %4 s")
                       .arg(report.value(QStringLiteral("model")).toString())
                       .arg(report.value(QStringLiteral("version")).toInt())
                       .arg(report.value(QStringLiteral("status")).toString())
                       .arg(report.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 2)
                << '\n';
    for (const QJsonValue &value : report.value(QStringLiteral("tags")).toArray()) {
        const QJsonObject tag = value.toObject();
        context.out << QStringLiteral("  %1\t%2 examples\tprecision %3\trecall %4\t%5\n")
                           .arg(tag.value(QStringLiteral("tag")).toString())
                           .arg(tag.value(QStringLiteral("examples")).toInt())
                           .arg(tag.value(QStringLiteral("precision")).toDouble(), 0, 'f', 2)
                           .arg(tag.value(QStringLiteral("recall")).toDouble(), 0, 'f', 2)
                           .arg(tag.value(QStringLiteral("status")).toString());
    }
    for (const QJsonValue &error : report.value(QStringLiteral("errors")).toArray())
        context.err << error.toString() << '\n';
}

} // namespace

int runModelTrain(CliContext &context, const QStringList &arguments)
{
    const qsizetype from = arguments.indexOf(QStringLiteral("--from-folders"));
    if (arguments.size() != 3 || from < 0 || from + 1 >= arguments.size()) {
        context.err << tr("usage: tagsmith-cli model train NAME --from-folders DIR") << '\n';
        return 2;
    }
    const QString folder = arguments.at(from + 1);
    QStringList rest = arguments;
    rest.removeAt(from + 1);
    rest.removeAt(from);
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    auto report = trainModelFromFolders(catalog, context.modelsDir, rest.first(), folder,
                                        [&](const QString &step) { context.err << step << '\n'; context.err.flush(); });
    if (!report) {
        context.err << report.error() << '\n';
        return 1;
    }
    const bool trained = report.value().value(QStringLiteral("status")).toString() == QLatin1String("trained");
    if (trained)
        runProcessing(context, catalog);   // tags every image with the new version
    printReport(context, report.value());
    return trained ? 0 : 1;
}

int runModelList(CliContext &context, const QStringList &)
{
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    auto models = ModelRepository(catalog->connection()).list();
    if (!models) {
        context.err << models.error() << '\n';
        return 1;
    }
    QJsonArray array;
    for (const ModelRecord &model : models.value()) {
        array.append(modelJson(model));
        if (!context.json)
            context.out << model.name << '\t' << model.status << '\t' << tr("version %1").arg(model.currentVersion) << '\n';
    }
    if (context.json)
        context.printJson(QJsonDocument(array));
    return 0;
}

int runModelReport(CliContext &context, const QStringList &arguments)
{
    const qsizetype csvAt = arguments.indexOf(QStringLiteral("--csv"));
    if (arguments.isEmpty() || (csvAt >= 0 && csvAt + 1 >= arguments.size())) {
        context.err << tr("usage: tagsmith-cli model report NAME [--csv FILE]") << '\n';
        return 2;
    }
    const auto opened = openModel(context, arguments.first());
    if (!opened)
        return 1;
    const CatalogPtr &catalog = opened->catalog;
    const ModelRecord *model = &opened->model;
    auto versions = ModelRepository(catalog->connection()).versions(model->id);
    if (!versions || versions.value().isEmpty()) {
        context.err << tr("the model %1 has not been trained yet").arg(model->name) << '\n';
        return 1;
    }
    // The current version's report, or the latest attempt when none succeeded.
    ModelVersionRecord shown = versions.value().last();
    for (const ModelVersionRecord &version : versions.value())
        if (version.version == model->currentVersion)
            shown = version;
    const QJsonObject report = versionReportJson(model->name, shown.version, shown.status, shown.seconds, shown.report);
    if (csvAt >= 0) {
        QFile file(arguments.at(csvAt + 1));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(trainingReportCsv(report).toUtf8()) < 0) {
            context.err << tr("cannot write %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return 1;
        }
    }
    printReport(context, report);
    return 0;
}

int runModelVersions(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        context.err << tr("usage: tagsmith-cli model versions NAME") << '\n';
        return 2;
    }
    const auto opened = openModel(context, arguments.first());
    if (!opened)
        return 1;
    const CatalogPtr &catalog = opened->catalog;
    const ModelRecord *model = &opened->model;
    auto versions = ModelRepository(catalog->connection()).versions(model->id);
    if (!versions) {
        context.err << versions.error() << '\n';
        return 1;
    }
    QJsonArray array;
    for (const ModelVersionRecord &version : versions.value()) {
        const bool current = version.version == model->currentVersion;
        array.append(QJsonObject{{QStringLiteral("version"), version.version}, {QStringLiteral("status"), version.status},
                                 {QStringLiteral("created"), QDateTime::fromSecsSinceEpoch(version.createdAt).toString(Qt::ISODate)},
                                 {QStringLiteral("seconds"), version.seconds}, {QStringLiteral("current"), current}});
        if (!context.json)
            context.out << version.version << '\t' << version.status << '\t'
                        << QDateTime::fromSecsSinceEpoch(version.createdAt).toString(Qt::ISODate) << (current ? QStringLiteral("\tcurrent") : QString()) << '\n';
    }
    if (context.json)
        context.printJson(QJsonDocument(array));
    return 0;
}

int runModelRestore(CliContext &context, const QStringList &arguments)
{
    bool numeric = false;
    const int version = arguments.size() == 2 ? arguments.at(1).toInt(&numeric) : 0;
    if (!numeric) {
        context.err << tr("usage: tagsmith-cli model restore NAME VERSION") << '\n';
        return 2;
    }
    const auto opened = openModel(context, arguments.first());
    if (!opened)
        return 1;
    const CatalogPtr &catalog = opened->catalog;
    const ModelRecord *model = &opened->model;
    Status restored = restoreModelVersion(catalog, model->id, version);
    if (!restored) {
        context.err << restored.error() << '\n';
        return 1;
    }
    runProcessing(context, catalog);   // smart tags follow the restored version
    if (context.json)
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("model"), model->name}, {QStringLiteral("version"), version}}));
    else
        context.err << tr("model %1 is at version %2 again").arg(model->name).arg(version) << '\n';
    return 0;
}

int runModelThreshold(CliContext &context, const QStringList &arguments)
{
    bool ok = arguments.size() == 1;
    const double value = arguments.size() == 2 ? arguments.at(1).toDouble(&ok) : 0;
    if (!ok) {
        context.err << tr("usage: tagsmith-cli model threshold NAME [X]") << '\n';
        return 2;
    }
    const auto opened = openModel(context, arguments.first());
    if (!opened)
        return 1;
    const CatalogPtr &catalog = opened->catalog;
    const ModelRecord *model = &opened->model;
    double threshold = model->threshold;
    if (arguments.size() == 2) {
        QSqlDatabase db = catalog->connection();
        if (Status set = sql::transaction(db, [&] { return ModelRepository(db).setThreshold(model->id, value); }); !set) {
            context.err << set.error() << '\n';
            return 1;
        }
        threshold = value;
    }
    context.out << threshold << '\n';
    return 0;
}

// `model kind NAME [object|action]`: shows or sets which video tag set the model feeds; videos
// already tagged are queued again and re-tagged now, as after a training.
int runModelKind(CliContext &context, const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.size() > 2) {
        context.err << tr("usage: tagsmith-cli model kind NAME [object|action]") << '\n';
        return 2;
    }
    const auto opened = openModel(context, arguments.first());
    if (!opened)
        return 1;
    const CatalogPtr &catalog = opened->catalog;
    const ModelRecord *model = &opened->model;
    QString kind = model->kind;
    if (arguments.size() == 2 && arguments.at(1) != kind) {
        kind = arguments.at(1);
        QSqlDatabase db = catalog->connection();
        Status set = sql::transaction(db, [&]() -> Status {
            if (Status changed = ModelRepository(db).setKind(model->id, kind); !changed)
                return changed;
            return JobQueue(db).enqueueAll(VideoTagJob::Kind, QStringLiteral("video"), JobPriority::Background);
        });
        if (!set) {
            context.err << set.error() << '\n';
            return 1;
        }
        runProcessing(context, catalog);   // the videos' tags move to the model's new set
    }
    context.out << kind << '\n';
    return 0;
}

} // namespace tagsmith::cli
