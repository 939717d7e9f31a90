#include "documentcard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeDatabase>
#include <QMimeType>
#include <QPainter>

namespace tagsmith {

namespace {
QColor familyColour(const QString &mime)
{
    if (mime.contains(QLatin1String("word")) || mime.contains(QLatin1String("msword")) || mime.contains(QLatin1String("opendocument.text")))
        return QColor(0x2b, 0x57, 0x9a);
    if (mime.contains(QLatin1String("presentation")) || mime.contains(QLatin1String("powerpoint")))
        return QColor(0xc4, 0x3e, 0x1c);
    if (mime.contains(QLatin1String("html")))
        return QColor(0x2e, 0x7d, 0x32);
    if (mime.contains(QLatin1String("subrip")) || mime.contains(QLatin1String("vtt")))
        return QColor(0x6a, 0x1b, 0x9a);
    if (mime.contains(QLatin1String("rtf")))
        return QColor(0x00, 0x83, 0x8f);
    return QColor(0x55, 0x5f, 0x6b);
}

// Fonts come from the platform integration; Qt 6 renders text into QImages from any thread.
bool canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}
} // namespace

QString DocumentCard::formatLabel(const QString &path, const QString &mime)
{
    // A .ppt is "PPT", not its type's first extension "PPZ".
    const QMimeType type = QMimeDatabase().mimeTypeForName(mime);
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString label = (!suffix.isEmpty() && type.suffixes().contains(suffix)) ? suffix : type.preferredSuffix();
    if (label.isEmpty())
        label = suffix;
    return label.toUpper();
}

Result<QImage> DocumentCard::render(const QString &path, const QString &mime, QSize size)
{
    QImage card(size, QImage::Format_RGB32);
    if (card.isNull())
        return Error{QCoreApplication::translate("DocumentCard", "out of memory drawing the document card")};
    card.fill(QColor(0xfa, 0xfa, 0xf7));
    const QColor colour = familyColour(mime);
    const QString label = formatLabel(path, mime);

    QPainter painter(&card);
    painter.setRenderHint(QPainter::Antialiasing);
    const int band = size.height() / 4;
    painter.fillRect(QRect(0, 0, size.width(), band), colour);
    painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    painter.drawRect(card.rect().adjusted(0, 0, -1, -1));
    if (!canDrawText()) {
        // Grey "lines of text" so the card still reads as a document.
        for (int y = band + 20; y < size.height() - 16; y += 14)
            painter.fillRect(QRect(14, y, size.width() - 28 - (y % 3) * 12, 5), QColor(0xd5, 0xd5, 0xd5));
        return card;
    }
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(band / 2);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size.width(), band), Qt::AlignCenter, label);
    font.setBold(false);
    font.setPixelSize(qMax(10, size.height() / 16));
    painter.setFont(font);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(QRect(10, band + 10, size.width() - 20, size.height() - band - 20),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere, QFileInfo(path).fileName());
    return card;
}

} // namespace tagsmith
