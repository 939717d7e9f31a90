#include "commands.h"
#include "common.h"

#include "metadata/catalogio/csvcatalogtransfer.h"
#include "metadata/catalogio/metadatawriteback.h"
#include "metadata/metadatareader.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace tagsmith::cli {
namespace {

QJsonArray stringArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

// Takes the flags out of `arguments`; returns false (with a message) on an unknown one.
bool takeFlags(CliContext &context, QStringList &arguments, const QStringList &known, QStringList &given)
{
    for (const QString &argument : QStringList(arguments)) {
        if (!argument.startsWith(QLatin1String("--")))
            continue;
        if (!known.contains(argument)) {
            context.err << tr("unknown option: %1").arg(argument) << '\n';
            return false;
        }
        given << argument;
        arguments.removeAll(argument);
    }
    return true;
}

QJsonObject rowErrorJson(const CsvRowError &error)
{
    return QJsonObject{{QStringLiteral("row"), error.row},
                       {QStringLiteral("line"), error.line},
                       {QStringLiteral("path"), error.path},
                       {QStringLiteral("reason"), error.message}};
}

} // namespace

int runMetadataRead(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        context.err << tr("usage: tagsmith-cli metadata read PATH [--json]") << '\n';
        return 2;
    }
    const auto metadata = MetadataReader::read(arguments.first());
    if (!metadata) {
        context.err << arguments.first() << ": " << metadata.error() << '\n';
        return 1;
    }
    for (const QString &warning : metadata->warnings)
        context.err << warning << '\n';
    if (context.json) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), arguments.first()},
                                                    {QStringLiteral("title"), metadata->title},
                                                    {QStringLiteral("description"), metadata->description},
                                                    {QStringLiteral("tags"), stringArray(metadata->tags)},
                                                    {QStringLiteral("sources"), stringArray(metadata->sources)},
                                                    {QStringLiteral("warnings"), stringArray(metadata->warnings)}}));
        return 0;
    }
    context.out << tr("title: %1").arg(metadata->title) << '\n'
                << tr("description: %1").arg(metadata->description) << '\n';
    for (const QString &tag : metadata->tags)
        context.out << tr("tag: %1").arg(tag) << '\n';
    for (const QString &source : metadata->sources)
        context.out << tr("from: %1").arg(source) << '\n';
    context.out.flush();
    return 0;
}

int runMetadataWrite(CliContext &context, const QStringList &rawArguments)
{
    QStringList arguments = rawArguments;
    QStringList flags;
    if (!takeFlags(context, arguments, {QStringLiteral("--embedded"), QStringLiteral("--include-smart")}, flags))
        return 2;
    if (arguments.isEmpty()) {
        context.err << tr("usage: tagsmith-cli metadata write PATH... [--embedded] [--include-smart]") << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    WriteBackOptions options;
    options.embedded = flags.contains(QStringLiteral("--embedded"));
    options.includeSmart = flags.contains(QStringLiteral("--include-smart"));
    QJsonArray results;
    int failures = 0;
    for (const QString &path : std::as_const(arguments)) {
        QJsonObject result{{QStringLiteral("path"), path}};
        const auto asset = findAsset(context, catalog, path);
        Result<QString> target = Error{tr("not in the catalog: %1").arg(path)};
        if (asset) {
            const auto file = MetadataWriteBack::write(catalog->connection(), asset->path, options);
            target = file ? Result<QString>(file->written) : Result<QString>(Error{file.error()});
            if (file)
                result.insert(QStringLiteral("tags"), stringArray(file->tags));
        }
        if (target) {
            result.insert(QStringLiteral("written"), target.value());
            if (!context.json && !target.value().isEmpty())
                context.out << target.value() << '\n';
        } else {
            ++failures;
            result.insert(QStringLiteral("error"), target.error());
            if (asset)
                context.err << target.error() << '\n';
        }
        results.append(result);
    }
    if (context.json)
        context.printJson(QJsonDocument(results));
    context.out.flush();
    return failures ? 1 : 0;
}

int runCsvExport(CliContext &context, const QStringList &rawArguments)
{
    QStringList arguments = rawArguments;
    QStringList flags;
    if (!takeFlags(context, arguments, {QStringLiteral("--include-smart")}, flags))
        return 2;
    if (arguments.isEmpty()) {
        context.err << tr("usage: tagsmith-cli csv export FILE [PATH...] [--include-smart]") << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    const bool includeSmart = flags.contains(QStringLiteral("--include-smart"));
    const auto csv = CsvCatalogTransfer(catalog->connection()).exportCsv(arguments.mid(1), includeSmart);
    if (!csv) {
        context.err << csv.error() << '\n';
        return 1;
    }
    QSaveFile file(arguments.first());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.value()) != csv.value().size() || !file.commit()) {
        context.err << tr("cannot write %1: %2").arg(arguments.first(), file.errorString()) << '\n';
        return 1;
    }
    const qsizetype rows = csv.value().count("\r\n") - 1;   // RFC 4180 line ends; fields hold bare LF
    context.err << QCoreApplication::translate("cli", "exported %n asset(s) to %1", nullptr, int(rows)).arg(arguments.first()) << '\n';
    return 0;
}

int runCsvImport(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        context.err << tr("usage: tagsmith-cli csv import FILE [--json]") << '\n';
        return 2;
    }
    QFile file(arguments.first());
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("cannot read %1: %2").arg(arguments.first(), file.errorString()) << '\n';
        return 1;
    }
    if (file.size() > CsvMetadata::maxBytes) {
        context.err << tr("%1 is larger than %2 MB").arg(arguments.first()).arg(CsvMetadata::maxBytes / (1024 * 1024)) << '\n';
        return 1;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    const auto report = CsvCatalogTransfer(catalog->connection()).importCsv(file.readAll());
    if (!report) {
        context.err << arguments.first() << ": " << report.error() << '\n';
        return 1;
    }
    QJsonArray errors;
    for (const CsvRowError &error : report->errors) {
        errors.append(rowErrorJson(error));
        context.err << tr("row %1 (line %2) rejected: %3").arg(error.row).arg(error.line).arg(error.message) << '\n';
    }
    if (context.json)
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("rows"), report->rows},
                                                    {QStringLiteral("applied"), report->applied},
                                                    {QStringLiteral("changed"), report->changed},
                                                    {QStringLiteral("rejected"), int(report->errors.size())},
                                                    {QStringLiteral("errors"), errors}}));
    else
        context.err << tr("%1 rows applied (%2 changed), %3 rejected").arg(report->applied).arg(report->changed).arg(report->errors.size()) << '\n';
    return report->errors.isEmpty() ? 0 : 1;
}

} // namespace tagsmith::cli
