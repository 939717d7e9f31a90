#include "commands.h"

#include "ml/modelinstaller.h"
#include "ml/modelpack.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace tagsmith::cli {

namespace {

QString trModels(const char *text)
{
    return QCoreApplication::translate("tagsmith::cli", text);
}

} // namespace

// models install SRC: SRC/<model>/ holds each model's files (e.g. ../shared/models).
int runModelsInstall(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        context.err << trModels("usage: tagsmith-cli [--models DIR] models install SRC") << '\n';
        return 2;
    }
    context.err << trModels("installing models from %1 into %2")
                       .arg(QDir::toNativeSeparators(arguments.first()), QDir::toNativeSeparators(context.modelsDir))
                << '\n';
    const ml::ModelInstallReport report = ml::ModelInstaller::install(arguments.first(), context.modelsDir);
    for (const QString &name : report.installed)
        context.err << trModels("installed %1").arg(name) << '\n';
    for (const ml::ModelInstallFailure &failure : report.failed)
        context.err << trModels("not installed: %1").arg(failure.reason) << '\n';

    if (context.json) {
        QJsonArray failed;
        for (const ml::ModelInstallFailure &failure : report.failed)
            failed.append(QJsonObject{{QStringLiteral("model"), failure.model}, {QStringLiteral("reason"), failure.reason}});
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("installed"), QJsonArray::fromStringList(report.installed)},
                                                    {QStringLiteral("failed"), failed}}));
    }
    return report.failed.isEmpty() ? 0 : 1;
}

// models list: every supported model and whether it is installed (kept here: it shares the vocabulary).
int runModelsList(CliContext &context, const QStringList &)
{
    QJsonArray models;
    for (const QString &name : ml::ModelManifest::builtinNames()) {
        const Result<ml::ModelPack> pack = ml::ModelPack::load(context.modelsDir, name);
        const Result<ml::ModelManifest> manifest = ml::ModelManifest::builtin(name);
        const QString role = manifest ? manifest->role : QString();
        models.append(QJsonObject{{QStringLiteral("model"), name},
                                  {QStringLiteral("role"), role},
                                  {QStringLiteral("installed"), pack.ok()},
                                  {QStringLiteral("problem"), pack.error()}});
        if (!context.json)
            context.out << name << '\t' << role << '\t'
                        << (pack ? trModels("installed") : pack.error()) << '\n';
    }
    if (context.json)
        context.printJson(QJsonDocument(models));
    return 0;
}

} // namespace tagsmith::cli
