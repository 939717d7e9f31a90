#include "fuzzinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <memory>

namespace tagsmith::fuzz {

QString inputFile(const uint8_t *data, size_t size, const char *suffix)
{
    // One name per suffix; the pid keeps parallel fuzzers (-jobs) apart.
    static QHash<QString, QString> paths;
    const QString key = QString::fromLatin1(suffix);
    QString &path = paths[key];
    if (path.isEmpty())
        path = QDir::temp().filePath(QStringLiteral("tagsmith-fuzz-%1%2").arg(QCoreApplication::applicationPid()).arg(key));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        qFatal("cannot write the fuzz input to %s", qPrintable(path));
    return path;
}

} // namespace tagsmith::fuzz

// Qt's image plugins, translations and QCoreApplication::applicationPid want an application object.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static std::unique_ptr<QCoreApplication> app = std::make_unique<QCoreApplication>(*argc, *argv);
    return 0;
}
