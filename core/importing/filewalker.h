#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace tagsmith {

// One file found under an import path, or the reason it cannot be read.
struct FoundFile {
    QString path;          // absolute, symlinks in the folder part resolved
    qint64 size = 0;
    qint64 mtime = 0;      // seconds since the epoch
    QString error;         // e.g. "broken symbolic link", "symbolic link loop", "permission denied"
};

struct WalkResult {
    QList<FoundFile> files;
    QStringList folders;   // every folder walked, including the start folder
};

// Walks a folder depth-first without recursion (65+ levels are normal) and without
// following directory symlinks into places already seen (device + inode), so loops end.
// Only regular files are returned: FIFOs, sockets and devices are never opened.
WalkResult walkFolder(const QString &folder, const std::atomic<bool> *cancel = nullptr);

// The same facts for one named file.
FoundFile statFile(const QString &path);

} // namespace tagsmith
