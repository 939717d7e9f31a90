#pragma once

#include "util/result.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace tagsmith {

// The thumbnail of a document that has no picture of its own: a page-like card with the format
// name (DOCX, TXT, SRT…) and the file name, coloured by format family.
class DocumentCard {
public:
    // Text needs a QGuiApplication (fonts); without one the card shows colour and layout only.
    static Result<QImage> render(const QString &path, const QString &mime, QSize size);
    // The format name on the card: the file's own extension when its type knows it, else the type's.
    static QString formatLabel(const QString &path, const QString &mime);
};

} // namespace tagsmith
