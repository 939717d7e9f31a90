#include "imagefolders.h"

#include <QDir>

namespace tagsmith::ml {

QStringList ImageFolders::imageFiles(const QString &dir)
{
    static const QStringList patterns{QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                                      QStringLiteral("*.bmp"), QStringLiteral("*.tif"), QStringLiteral("*.tiff"),
                                      QStringLiteral("*.webp"), QStringLiteral("*.gif")};
    QStringList files;
    const QDir folder(dir);
    for (const QString &name : folder.entryList(patterns, QDir::Files, QDir::Name | QDir::IgnoreCase))
        files << folder.filePath(name);
    return files;
}

QStringList ImageFolders::subfolders(const QString &dir)
{
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace tagsmith::ml
