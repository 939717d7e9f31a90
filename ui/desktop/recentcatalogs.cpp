#include "recentcatalogs.h"

#include <QFileInfo>
#include <QSettings>

namespace tagsmith {

QString RecentCatalogs::settingsKey()
{
    return QStringLiteral("catalog/recent");
}

QStringList RecentCatalogs::list()
{
    return QSettings().value(settingsKey()).toStringList();
}

void RecentCatalogs::add(const QString &path)
{
    // Absolute, so the same file reached through two relative paths is one entry.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > MaxEntries)
        paths.removeLast();
    QSettings().setValue(settingsKey(), paths);
}

void RecentCatalogs::remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(settingsKey(), paths);
}

void RecentCatalogs::clear()
{
    QSettings().remove(settingsKey());
}

} // namespace tagsmith
