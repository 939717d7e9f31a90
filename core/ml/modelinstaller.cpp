#include "modelinstaller.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace tagsmith::ml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tagsmith::ml", text);
}

// Copies and hashes in one streamed pass; refuses to read past the manifest's size so a
// wrong file cannot fill the disk.
Status copyVerified(const ModelFileSpec &spec, const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("cannot read %1: %2").arg(QDir::toNativeSeparators(from), in.errorString())};
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return Error{tr("cannot write %1: %2").arg(QDir::toNativeSeparators(to), out.errorString())};

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error{tr("cannot read %1: %2").arg(QDir::toNativeSeparators(from), in.errorString())};
        if (n == 0)
            break;
        total += n;
        if (total > spec.bytes)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n)
            return Error{tr("cannot write %1: %2").arg(QDir::toNativeSeparators(to), out.errorString())};
    }
    if (total != spec.bytes)
        return Error{tr("%1 has the wrong size (expected %2 bytes)").arg(QDir::toNativeSeparators(from)).arg(spec.bytes)};
    if (hash.result().toHex() != spec.sha256)
        return Error{tr("%1 has the wrong SHA-256 checksum (damaged or a different version)")
                         .arg(QDir::toNativeSeparators(from))};
    if (!out.flush())
        return Error{tr("cannot write %1: %2").arg(QDir::toNativeSeparators(to), out.errorString())};
    return success();
}

// Replaces target by staged with renames only, keeping the old copy until the new one is in place.
Status swapIntoPlace(QTemporaryDir &staged, const QString &destDir, const QString &target)
{
    QString previous;
    if (QFileInfo::exists(target)) {
        QTemporaryDir holder(QDir(destDir).filePath(QStringLiteral(".old-XXXXXX")));
        if (!holder.isValid())
            return Error{tr("cannot create a temporary folder in %1").arg(QDir::toNativeSeparators(destDir))};
        previous = holder.path() + QStringLiteral("/previous");
        holder.setAutoRemove(false);
        if (!QDir().rename(target, previous)) {
            holder.remove();
            return Error{tr("cannot replace %1").arg(QDir::toNativeSeparators(target))};
        }
    }
    if (!QDir().rename(staged.path(), target)) {
        if (!previous.isEmpty())
            QDir().rename(previous, target);
        return Error{tr("cannot move the new model into %1").arg(QDir::toNativeSeparators(target))};
    }
    staged.setAutoRemove(false);
    if (!previous.isEmpty())
        QDir(QFileInfo(previous).path()).removeRecursively();
    return success();
}

} // namespace

Status ModelInstaller::installOne(const ModelManifest &manifest, const QString &sourceDir, const QString &destDir)
{
    const QDir source(QDir(sourceDir).filePath(manifest.name));
    if (!source.exists())
        return Error{tr(QT_TRANSLATE_NOOP("tagsmith::ml", "model %1 is not in %2")).arg(manifest.name, QDir::toNativeSeparators(sourceDir))};
    if (!QDir().mkpath(destDir))
        return Error{tr(QT_TRANSLATE_NOOP("tagsmith::ml", "cannot create the model folder %1")).arg(QDir::toNativeSeparators(destDir))};

    // Beside the destination so the final rename stays on one file system.
    QTemporaryDir staged(QDir(destDir).filePath(QStringLiteral(".%1-install-XXXXXX").arg(manifest.name)));
    if (!staged.isValid())
        return Error{tr(QT_TRANSLATE_NOOP("tagsmith::ml", "cannot create a temporary folder in %1")).arg(QDir::toNativeSeparators(destDir))};
    for (const ModelFileSpec &file : manifest.files) {
        const QString from = source.filePath(file.name);
        if (!QFileInfo(from).isFile())
            return Error{tr(QT_TRANSLATE_NOOP("tagsmith::ml", "model %1: %2 is missing")).arg(manifest.name, QDir::toNativeSeparators(from))};
        const Status copied = copyVerified(file, from, QDir(staged.path()).filePath(file.name));
        if (!copied)
            return Error{tr(QT_TRANSLATE_NOOP("tagsmith::ml", "model %1: %2")).arg(manifest.name, copied.error())};
    }
    return swapIntoPlace(staged, destDir, QDir(destDir).filePath(manifest.name));
}

ModelInstallReport ModelInstaller::install(const QString &sourceDir, const QString &destDir, const QStringList &names)
{
    ModelInstallReport report;
    const QStringList wanted = names.isEmpty() ? ModelManifest::builtinNames() : names;
    for (const QString &name : wanted) {
        const Result<ModelManifest> manifest = ModelManifest::builtin(name);
        const Status status = manifest ? installOne(*manifest, sourceDir, destDir) : Status(Error{manifest.error()});
        if (status)
            report.installed << name;
        else
            report.failed.append({name, status.error()});
    }
    return report;
}

} // namespace tagsmith::ml
