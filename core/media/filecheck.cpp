#include "filecheck.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tagsmith {

QString FileCheck::problem(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::stat(native.constData(), &st) != 0) {
        const int error = errno;
        struct stat linkSt {};
        if (error == ENOENT && ::lstat(native.constData(), &linkSt) == 0 && S_ISLNK(linkSt.st_mode))
            return tr("broken symbolic link: its target does not exist");
        if (error == ELOOP)
            return tr("symbolic link loop: too many levels of symbolic links");
        if (error == ENOENT)
            return tr("file not found");
        if (error == EACCES)
            return tr("permission denied: the file cannot be read");
        return tr("cannot access the file: %1").arg(QString::fromLocal8Bit(strerror(error)));
    }
    if (S_ISDIR(st.st_mode))
        return tr("this is a folder, not a file");
    if (!S_ISREG(st.st_mode))
        return tr("not a regular file (device, pipe or socket)");
    // O_NONBLOCK: even if the file is swapped for a FIFO meanwhile, open() must not block.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES || error == EPERM)
            return tr("permission denied: the file cannot be read");
        return tr("cannot open the file: %1").arg(QString::fromLocal8Bit(strerror(error)));
    }
    ::close(fd);
    return {};
}

} // namespace tagsmith
