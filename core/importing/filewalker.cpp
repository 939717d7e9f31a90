#include "filewalker.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

namespace tagsmith {
namespace {

QByteArray encoded(const QString &path) { return QFile::encodeName(path); }

QString reasonForErrno(int error)
{
    switch (error) {
    case ELOOP: return QCoreApplication::translate("import", "symbolic link loop");
    case ENOENT: return QCoreApplication::translate("import", "broken symbolic link");
    case EACCES:
    case EPERM: return QCoreApplication::translate("import", "permission denied: the file is unreadable");
    case ENAMETOOLONG: return QCoreApplication::translate("import", "path too long");
    default: return QCoreApplication::translate("import", "cannot read the file: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
    }
}

struct DeviceInode {
    dev_t device;
    ino_t inode;
    bool operator==(const DeviceInode &other) const { return device == other.device && inode == other.inode; }
};

size_t qHash(const DeviceInode &key, size_t seed = 0) { return ::qHash(quint64(key.inode) ^ (quint64(key.device) << 32), seed); }

FoundFile fromStat(const QString &path, const struct stat &st)
{
    FoundFile file;
    file.path = path;
    file.size = qint64(st.st_size);
    file.mtime = qint64(st.st_mtim.tv_sec);
    return file;
}

// The folder with every symlink resolved, or empty when it cannot be.
QByteArray realPath(const QByteArray &path)
{
    char *resolved = ::realpath(path.constData(), nullptr);
    if (!resolved)
        return {};
    QByteArray result(resolved);
    ::free(resolved);
    return result;
}

bool isUnder(const QByteArray &path, const QByteArray &folder)
{
    return path == folder || (path.startsWith(folder) && (folder.endsWith('/') || path.at(folder.size()) == '/'));
}

// A name that does not survive the round trip through QString (not valid UTF-8) cannot be opened
// by the rest of the program: it is shown with its odd bytes as %XX, which keeps names distinct.
QString displayName(const QByteArray &name)
{
    QByteArray shown;
    for (const char byte : name) {
        const auto value = static_cast<unsigned char>(byte);
        if (value < 0x80 && value != '%')
            shown += byte;
        else
            shown += '%' + QByteArray::number(value, 16).toUpper().rightJustified(2, '0');
    }
    return QString::fromLatin1(shown);
}

} // namespace

FoundFile statFile(const QString &path)
{
    struct stat st {};
    if (::stat(encoded(path).constData(), &st) != 0) {
        FoundFile file;
        file.path = path;
        file.error = reasonForErrno(errno);
        return file;
    }
    FoundFile file = fromStat(path, st);
    if (!S_ISREG(st.st_mode))
        file.error = QCoreApplication::translate("import", "not a regular file");
    return file;
}

WalkResult walkFolder(const QString &start, const std::atomic<bool> *cancel)
{
    WalkResult result;
    // A symlink to something under the start folder names a file or folder walked under its own
    // name anyway; one to the start folder or above it (`up -> ..`) would walk the same files
    // again under a longer path. Either way the one file would become two assets.
    const QByteArray startReal = realPath(encoded(start));
    QSet<DeviceInode> seenFolders;
    QStringList pending{start};
    while (!pending.isEmpty()) {
        if (cancel && cancel->load())
            break;
        const QString folder = pending.takeLast();
        struct stat folderStat {};
        if (::stat(encoded(folder).constData(), &folderStat) != 0 || !S_ISDIR(folderStat.st_mode))
            continue;
        const DeviceInode key{folderStat.st_dev, folderStat.st_ino};
        if (seenFolders.contains(key))
            continue;   // a directory symlink back into what we walked: a loop or a second name
        seenFolders.insert(key);
        result.folders << folder;

        DIR *dir = ::opendir(encoded(folder).constData());
        if (!dir)
            continue;
        QStringList subfolders;
        while (const dirent *entry = ::readdir(dir)) {
            const char *name = entry->d_name;
            if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
                continue;
            const QByteArray rawName(name);
            const QString decoded = QFile::decodeName(rawName);
            if (encoded(decoded) != rawName) {
                // Refused with a reason rather than skipped: the user learns which file and why.
                FoundFile file;
                file.path = folder + QLatin1Char('/') + displayName(rawName);
                file.error = QCoreApplication::translate("import", "the name is not valid UTF-8, so it cannot be catalogued: rename it");
                result.files << file;
                continue;
            }
            const QString path = folder + QLatin1Char('/') + decoded;
            struct stat linkStat {};
            if (::lstat(encoded(path).constData(), &linkStat) != 0) {
                FoundFile file;
                file.path = path;
                file.error = reasonForErrno(errno);
                result.files << file;
                continue;
            }
            if (S_ISLNK(linkStat.st_mode) && !startReal.isEmpty()) {
                const QByteArray target = realPath(encoded(path));
                if (!target.isEmpty() && (isUnder(target, startReal) || isUnder(startReal, target)))
                    continue;
            }
            struct stat st {};
            if (::stat(encoded(path).constData(), &st) != 0) {
                // Only a symlink can fail here: dangling, looping or pointing somewhere unreadable.
                FoundFile file;
                file.path = path;
                file.error = reasonForErrno(errno);
                result.files << file;
                continue;
            }
            if (S_ISDIR(st.st_mode))
                subfolders << path;
            else if (S_ISREG(st.st_mode))
                result.files << fromStat(path, st);
            // FIFOs, sockets and devices are skipped: opening them could block forever.
        }
        ::closedir(dir);
        // Reverse so the depth-first order follows the directory order.
        std::sort(subfolders.begin(), subfolders.end());
        for (auto it = subfolders.crbegin(); it != subfolders.crend(); ++it)
            pending << *it;
    }
    std::sort(result.files.begin(), result.files.end(),
              [](const FoundFile &a, const FoundFile &b) { return a.path < b.path; });
    return result;
}

} // namespace tagsmith
