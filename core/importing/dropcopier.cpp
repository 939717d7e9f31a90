#include "dropcopier.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace tagsmith {
namespace {

constexpr qint64 kChunkBytes = 1 << 20;   // the cancel flag is checked between chunks
constexpr int kMaxNameAttempts = 10000;

QString tr(const char *text) { return QCoreApplication::translate("tagsmith::DropCopier", text); }

bool cancelled(const std::atomic<bool> *cancel) { return cancel && cancel->load(); }

// Files below a dropped folder, for the progress total (symbolic links are not followed).
QStringList filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

struct DropCopier::Run {
    DropCopyResult result;
    QStringList createdFolders;
    const CopyProgress &progress;
    const std::atomic<bool> *cancel;
    int done = 0;
    int total = 0;

    void finished(const QString &source)
    {
        ++done;
        if (progress)
            progress(done, total, source, int(result.errors.size()));
    }
};

QString DropCopier::freeName(const QString &folder, const QString &fileName)
{
    const QDir dir(folder);
    if (!QFileInfo::exists(dir.filePath(fileName)) && !QFileInfo(dir.filePath(fileName)).isSymLink())
        return dir.filePath(fileName);
    // "photo.tar.gz" keeps its whole suffix; a leading dot is part of the name, not a suffix.
    const qsizetype dot = fileName.indexOf(QLatin1Char('.'), 1);
    const QString base = dot > 0 ? fileName.left(dot) : fileName;
    const QString suffix = dot > 0 ? fileName.mid(dot) : QString();
    for (int n = 2; n < kMaxNameAttempts; ++n) {
        const QString candidate = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
        if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
            return candidate;
    }
    return {};
}

void DropCopier::copyFile(Run &run, const QString &source, const QString &target) const
{
    auto fail = [&](const QString &reason) {
        run.result.errors << ImportError{source, reason};
        run.finished(source);
    };
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the file: %1").arg(in.errorString()));
    QFile out(target);
    // NewOnly: if another program created the name since freeName() looked, fail instead of overwriting.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(tr("cannot create %1: %2").arg(target, out.errorString()));
    QByteArray buffer;
    while (!in.atEnd()) {
        if (cancelled(run.cancel)) {
            out.remove();
            run.result.cancelled = true;
            return;
        }
        buffer = in.read(kChunkBytes);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError) {
            out.remove();
            return fail(tr("reading failed: %1").arg(in.errorString()));
        }
        if (out.write(buffer) != buffer.size()) {
            const QString reason = out.errorString();
            out.remove();
            return fail(tr("writing failed: %1").arg(reason));
        }
    }
    out.close();
    // Keep the original modification time: it is a fact about the asset, not about the copy.
    if (out.open(QIODevice::ReadWrite)) {
        out.setFileTime(QFileInfo(source).lastModified(), QFileDevice::FileModificationTime);
        out.close();
    }
    run.result.copied << target;
    run.finished(source);
}

void DropCopier::copyFolder(Run &run, const QString &source, const QString &target) const
{
    if (!QDir().mkpath(target)) {
        run.result.errors << ImportError{source, tr("cannot create the folder %1").arg(target)};
        return;
    }
    run.createdFolders << target;
    const QDir from(source);
    for (const QString &file : filesBelow(source)) {
        if (cancelled(run.cancel)) {
            run.result.cancelled = true;
            return;
        }
        const QString destination = QDir(target).filePath(from.relativeFilePath(file));
        const QString parent = QFileInfo(destination).absolutePath();
        if (!QDir().mkpath(parent)) {
            run.result.errors << ImportError{file, tr("cannot create the folder %1").arg(parent)};
            run.finished(file);
            continue;
        }
        copyFile(run, file, destination);
    }
}

DropCopyResult DropCopier::copyInto(const QStringList &sources, const QString &targetFolder,
                                    const CopyProgress &progress, const std::atomic<bool> *cancel) const
{
    Run run{{}, {}, progress, cancel};
    for (const QString &source : sources)
        run.total += QFileInfo(source).isDir() ? int(filesBelow(source).size()) : 1;

    const QString targetCanonical = QFileInfo(targetFolder).canonicalFilePath();
    for (const QString &source : sources) {
        if (cancelled(cancel) || run.result.cancelled) {
            run.result.cancelled = true;
            break;
        }
        const QFileInfo info(source);
        if (!info.exists()) {
            run.result.errors << ImportError{source, tr("no such file or folder")};
            run.finished(source);
            continue;
        }
        const QString canonical = info.canonicalFilePath();
        if (info.isDir() && (targetCanonical == canonical || targetCanonical.startsWith(canonical + QLatin1Char('/')))) {
            run.result.errors << ImportError{source, tr("a folder cannot be copied into itself")};
            continue;
        }
        const QString target = freeName(targetFolder, info.fileName());
        if (target.isEmpty()) {
            run.result.errors << ImportError{source, tr("no free name for a copy in %1").arg(targetFolder)};
            run.finished(source);
            continue;
        }
        const qsizetype copiedBefore = run.result.copied.size();
        if (info.isDir())
            copyFolder(run, source, target);
        else
            copyFile(run, source, target);
        if (run.result.copied.size() > copiedBefore || (info.isDir() && run.createdFolders.contains(target)))
            run.result.topLevel << target;
    }

    if (run.result.cancelled) {
        for (const QString &file : std::as_const(run.result.copied))
            QFile::remove(file);
        // Deepest first, so every folder is empty when its turn comes.
        std::sort(run.createdFolders.begin(), run.createdFolders.end(), std::greater<>());
        for (const QString &folder : std::as_const(run.createdFolders))
            QDir(folder).removeRecursively();
        run.result.copied.clear();
        run.result.topLevel.clear();
    }
    return run.result;
}

} // namespace tagsmith
