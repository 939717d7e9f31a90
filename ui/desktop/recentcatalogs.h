#pragma once

#include <QStringList>

namespace tagsmith {

// The catalogs opened last, newest first, in QSettings "catalog/recent" (shared by every window).
class RecentCatalogs {
public:
    static constexpr int MaxEntries = 8;

    static QStringList list();
    // Moves `path` to the front, dropping the oldest beyond MaxEntries.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
    static QString settingsKey();
};

} // namespace tagsmith
