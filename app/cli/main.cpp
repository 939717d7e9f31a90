#include "clicontext.h"
#include "commandtable.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>

using namespace tagsmith::cli;

namespace {

QString defaultDataPath(const QString &leaf)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + leaf;
}

void printUsage(QTextStream &err)
{
    err << QCoreApplication::translate("cli", "usage: tagsmith-cli [--catalog FILE] [--models DIR] [--json] COMMAND ...") << '\n';
    for (const Command &command : commandTable())
        err << "  " << QString::fromUtf8(command.usage) << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("tagsmith"));
    QCoreApplication::setApplicationName(QStringLiteral("tagsmith"));
    tagsmith::TranslationLoader::install(app);

    // Decoder chatter (libpng/libjpeg warnings) is not for users: failures are reported per file.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio*=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context{defaultDataPath(QStringLiteral("catalog.sqlite")),
                       defaultDataPath(QStringLiteral("models")), false, out, err};

    // Global options may stand anywhere; a lone "--" ends option parsing (paths may start with '-').
    QStringList words;
    const QStringList arguments = app.arguments().mid(1);
    bool optionsEnded = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
            words << argument;
        } else if (!optionsEnded && (argument == QLatin1String("--catalog") || argument == QLatin1String("--models"))) {
            if (i + 1 >= arguments.size()) {
                err << QCoreApplication::translate("cli", "%1 needs a value").arg(argument) << '\n';
                return 2;
            }
            (argument == QLatin1String("--catalog") ? context.catalogPath : context.modelsDir) = arguments.at(++i);
        } else if (!optionsEnded && argument == QLatin1String("--json")) {
            context.json = true;
        } else if (!optionsEnded && (argument == QLatin1String("--help") || argument == QLatin1String("-h"))) {
            printUsage(err);
            return 0;
        } else {
            words << argument;
        }
    }

    // The longest matching command words win ("models install" before "models").
    const Command *best = nullptr;
    int bestLength = 0;
    for (const Command &command : commandTable()) {
        const QStringList commandWords = QString::fromUtf8(command.words).split(QLatin1Char(' '));
        if (commandWords.size() > words.size() || commandWords.size() <= bestLength)
            continue;
        if (words.mid(0, commandWords.size()) == commandWords) {
            best = &command;
            bestLength = int(commandWords.size());
        }
    }
    if (!best) {
        if (!words.isEmpty())
            err << QCoreApplication::translate("cli", "unknown command: %1").arg(words.join(QLatin1Char(' '))) << '\n';
        printUsage(err);
        return 2;
    }
    QStringList rest = words.mid(bestLength);
    rest.removeAll(QStringLiteral("--"));
    const int code = best->run(context, rest);
    out.flush();
    err.flush();
    return code;
}
