#include "commands.h"
#include "common.h"

#include "processing/processingpipeline.h"

#include <QJsonDocument>

namespace tagsmith::cli {

// `video thresholds [--objects X] [--actions Y]`: the two video tag sets' thresholds, shared with
// the app's settings; they apply to videos tagged from now on (re-run smart tags for the others).
int runVideoThresholds(CliContext &context, const QStringList &arguments)
{
    VideoTagOptions options = videoOptionsFromSettings();
    bool changed = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &option = arguments.at(i);
        double *target = option == QLatin1String("--objects") ? &options.objectThreshold
                       : option == QLatin1String("--actions") ? &options.actionThreshold
                                                              : nullptr;
        bool number = false;
        const double value = i + 1 < arguments.size() ? arguments.at(i + 1).toDouble(&number) : 0;
        if (!target || !number) {
            context.err << tr("usage: tagsmith-cli video thresholds [--objects X] [--actions X]") << '\n';
            return 2;
        }
        *target = value;
        changed = true;
        ++i;
    }
    if (changed) {
        if (Status saved = saveVideoThresholds(options.objectThreshold, options.actionThreshold); !saved) {
            context.err << saved.error() << '\n';
            return 1;
        }
    }
    if (context.json) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("objects"), options.objectThreshold},
                                                    {QStringLiteral("actions"), options.actionThreshold}}));
        return 0;
    }
    context.out << "objects: " << options.objectThreshold << '\n' << "actions: " << options.actionThreshold << '\n';
    return 0;
}

} // namespace tagsmith::cli
