#include "docreader.h"

#include "compoundfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

namespace tagsmith {

namespace {

Error docError(const char *text, const QString &arg = {})
{
    const QString message = QCoreApplication::translate("tagsmith::DocReader", text);
    return Error{arg.isEmpty() ? message : message.arg(arg)};
}

} // namespace

Result<ExtractedText> DocReader::read(const QString &path, const ExtractionLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return docError("cannot open file: %1", file.errorString());
    // catdoc prints whatever it finds in any file; check that this is a Word file first.
    const Result<CompoundFile> compound = CompoundFile::parse(file.read(qMin(file.size(), limits.maxFileBytes)));
    if (!compound.ok())
        return docError("corrupt DOC: %1", compound.error());
    if (!compound->hasStream(QStringLiteral("WordDocument")))
        return docError("corrupt DOC: no WordDocument stream");

    const QString catdoc = QStandardPaths::findExecutable(QStringLiteral("catdoc"));
    if (catdoc.isEmpty())
        return docError("cannot read DOC files: catdoc is not installed (Debian package catdoc)");
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(catdoc, {QStringLiteral("-d"), QStringLiteral("utf-8"), QStringLiteral("-w"), path});
    if (!process.waitForStarted(5000))
        return docError("cannot run catdoc: %1", process.errorString());
    QByteArray output;
    const qint64 maxBytes = limits.maxCharacters * 4;
    QElapsedTimer clock;
    clock.start();
    bool truncated = false;
    while (process.state() != QProcess::NotRunning) {
        const qint64 left = limits.helperTimeoutMs - clock.elapsed();
        if (left <= 0) {
            process.kill();
            process.waitForFinished(2000);
            return docError("DOC text extraction timed out");
        }
        process.waitForReadyRead(int(qMin<qint64>(left, 200)));
        output += process.readAllStandardOutput();
        if (output.size() > maxBytes) {
            truncated = true;
            process.kill();
            process.waitForFinished(2000);
            break;
        }
    }
    output += process.readAllStandardOutput();
    if (!truncated && (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0))
        return docError("corrupt DOC: catdoc failed (%1)", QString::fromUtf8(process.readAllStandardError()).trimmed());

    ExtractedText result;
    result.format = QStringLiteral("DOC");
    result.encoding = QStringLiteral("UTF-8");
    result.text = QString::fromUtf8(output.left(maxBytes));
    result.truncated = truncated || result.text.size() > limits.maxCharacters;
    result.text.truncate(limits.maxCharacters);
    return result;
}

} // namespace tagsmith
