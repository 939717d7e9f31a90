#include "modelpack.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tagsmith::ml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tagsmith::ml::ModelPack", text);
}

constexpr qint64 maxLabelsBytes = 4 * 1024 * 1024;

} // namespace

Result<ModelPack> ModelPack::load(const QString &modelsDir, const QString &name)
{
    Result<ModelManifest> manifest = ModelManifest::builtin(name);
    if (!manifest)
        return Error{manifest.error()};

    ModelPack pack;
    pack.m_manifest = std::move(manifest).value();
    pack.m_directory = QDir(modelsDir).filePath(name);
    if (!QFileInfo(pack.m_directory).isDir())
        return Error{tr("model %1 is not installed: run tagsmith-cli models install DIR").arg(name)};
    for (const ModelFileSpec &file : pack.m_manifest.files) {
        const QFileInfo info(pack.filePath(file.name));
        if (!info.isFile())
            return Error{tr("model %1 is incomplete: %2 is missing; run tagsmith-cli models install DIR again")
                             .arg(name, file.name)};
        if (info.size() != file.bytes)
            return Error{tr("model %1 is damaged: %2 has %3 bytes instead of %4; run tagsmith-cli models install DIR again")
                             .arg(name, file.name).arg(info.size()).arg(file.bytes)};
    }
    return pack;
}

QString ModelPack::filePath(const QString &fileName) const
{
    return QDir(m_directory).filePath(fileName);
}

Result<QStringList> ModelPack::labels() const
{
    if (m_manifest.labelsFile.isEmpty())
        return QStringList();
    QFile file(filePath(m_manifest.labelsFile));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the labels of model %1: %2").arg(m_manifest.name, file.errorString())};
    if (file.size() > maxLabelsBytes)
        return Error{tr("the labels file of model %1 is too large").arg(m_manifest.name)};
    QStringList labels = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    while (!labels.isEmpty() && labels.constLast().trimmed().isEmpty())
        labels.removeLast();
    for (QString &label : labels) {
        if (label.endsWith(QLatin1Char('\r')))
            label.chop(1);
    }
    return labels;
}

} // namespace tagsmith::ml
