#pragma once

#include <QString>
#include <QStringList>

namespace tagsmith {

// What a file and its XMP sidecars say about it. Empty strings and lists mean "not recorded".
struct EmbeddedMetadata {
    QString title;
    QString description;
    QStringList tags;       // tag paths as the catalog spells them ("places/Belgium/Leuven"), no duplicates
    QStringList sources;    // the files that held keywords, a title or a description: the file and/or its sidecars
    QStringList warnings;   // metadata that could not be read; whatever else was readable still counts

    bool isEmpty() const { return title.isEmpty() && description.isEmpty() && tags.isEmpty(); }
};

} // namespace tagsmith
