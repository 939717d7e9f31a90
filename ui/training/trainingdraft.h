#pragma once

#include "training/foldertraining.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tagsmith {

// What the wizard's pages collect before training: a plain value the pages share.
struct TrainingDraft {
    QString name;
    QString description;
    QStringList tags;                               // in the order the user chose them
    QHash<QString, QList<AssetRecord>> examples;    // tag path -> example assets

    QList<TagExamples> tagExamples() const
    {
        QList<TagExamples> list;
        for (const QString &tag : tags)
            list << TagExamples{tag, examples.value(tag)};
        return list;
    }
};

} // namespace tagsmith
