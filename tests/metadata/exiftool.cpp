#include "exiftool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

namespace tagsmith::test {

namespace {
QString exifTool() { return QStandardPaths::findExecutable(QStringLiteral("exiftool")); }

QByteArray run(const QStringList &arguments, QString &problem)
{
    QProcess process;
    process.start(exifTool(), arguments);
    if (!process.waitForFinished(60000)) {
        problem = QStringLiteral("exiftool did not finish: ") + process.errorString();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        problem = QStringLiteral("exiftool failed: ") + QString::fromUtf8(process.readAllStandardError());
    return process.readAllStandardOutput();
}
} // namespace

bool exifToolAvailable() { return !exifTool().isEmpty(); }

QString runExifTool(const QStringList &arguments)
{
    QString problem;
    run(QStringList{QStringLiteral("-q"), QStringLiteral("-overwrite_original")} + arguments, problem);
    return problem;
}

QJsonObject exifToolJson(const QString &file, const QStringList &arguments)
{
    QString problem;
    const QByteArray output = run(QStringList{QStringLiteral("-j")} + arguments + QStringList{file}, problem);
    const QJsonArray array = QJsonDocument::fromJson(output).array();
    return problem.isEmpty() && !array.isEmpty() ? array.first().toObject() : QJsonObject();
}

QStringList exifToolList(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isArray()) {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list << item.toVariant().toString();
        return list;
    }
    return value.isUndefined() ? QStringList() : QStringList{value.toVariant().toString()};
}

} // namespace tagsmith::test
