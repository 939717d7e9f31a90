#pragma once

#include "catalog/smarttagrules.h"
#include "catalog/tagrepository.h"
#include "services/tagedits.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace tagsmith {

// The tags of a selection, merged across its assets for the dialog.
struct SelectionTags {
    struct Smart {
        QString tag;
        QString model;       // of the most confident row
        int version = 0;
        double confidence = 0;   // the highest over the selection
        TagState state = TagState::Active;   // Active when the assets disagree and one is still active
        bool mixedState = false;
        double threshold = 0.7;   // of `model`: below it the tag is a stored candidate, not applied
        SmartTagStanding standing = SmartTagStanding::Applied;   // of the most confident row
        bool generic = false;     // an ImageNet or COCO label: it can be blocked everywhere
        int assets = 0;
    };
    struct Manual {
        QString tag;
        int assets = 0;
    };
    QList<Smart> smart;       // confidence descending
    QList<Manual> manual;     // by name
    QStringList allTags;      // every tag path of the catalog, for the completer
};

} // namespace tagsmith

Q_DECLARE_METATYPE(tagsmith::SelectionTags)
