#include "contenthash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>


namespace tagsmith {

Result<QString> hashFile(const QString &path, const std::atomic<bool> *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QFileInfo info(path);
        if (info.exists() && !info.isReadable())
            return Error{QCoreApplication::translate("import", "permission denied: the file is unreadable")};
        return Error{QCoreApplication::translate("import", "cannot open the file: %1").arg(file.errorString())};
    }
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load())
            return Error{QCoreApplication::translate("import", "cancelled")};
        const qint64 read = file.read(block.data(), block.size());
        if (read < 0)
            return Error{QCoreApplication::translate("import", "read error: %1").arg(file.errorString())};
        if (read == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), read));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace tagsmith
