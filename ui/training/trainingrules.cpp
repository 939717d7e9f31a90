#include "trainingrules.h"

#include "ml/trainer.h"

#include <QCoreApplication>

namespace tagsmith {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("tagsmith", text); }

} // namespace

QStringList brokenTagCountRules(const TrainingDraft &draft)
{
    const int count = int(draft.tags.size());
    if (count < ml::Trainer::minTags)
        return {tr("Choose at least %1 tags: a model tells its tags apart (%2 chosen).").arg(ml::Trainer::minTags).arg(count)};
    if (count > ml::Trainer::maxTags)
        return {tr("A model can have at most %1 tags (%2 chosen).").arg(ml::Trainer::maxTags).arg(count)};
    return {};
}

QStringList brokenExampleRules(const TrainingDraft &draft)
{
    QStringList broken = brokenTagCountRules(draft);
    QHash<qint64, QString> tagOfAsset;
    for (const QString &tag : draft.tags) {
        const QList<AssetRecord> examples = draft.examples.value(tag);
        const int count = int(examples.size());
        if (count < ml::Trainer::minExamples)
            broken << tr("\"%1\" has %2 examples; it needs at least %3.").arg(tag).arg(count).arg(ml::Trainer::minExamples);
        else if (count > ml::Trainer::maxExamples)
            broken << tr("\"%1\" has %2 examples; at most %3 are allowed.").arg(tag).arg(count).arg(ml::Trainer::maxExamples);
        for (const AssetRecord &asset : examples) {
            const QString other = tagOfAsset.value(asset.id);
            if (!other.isEmpty() && other != tag)
                broken << tr("%1 is an example of both \"%2\" and \"%3\": an image may serve one tag per model.")
                              .arg(asset.name, other, tag);
            tagOfAsset.insert(asset.id, tag);
        }
    }
    return broken;
}

QString exampleCounterText(int count)
{
    return tr("%1 of %2–%3").arg(count).arg(ml::Trainer::minExamples).arg(ml::Trainer::maxExamples);
}

bool exampleCountAllowed(int count)
{
    return count >= ml::Trainer::minExamples && count <= ml::Trainer::maxExamples;
}

} // namespace tagsmith
