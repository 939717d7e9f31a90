#include "modelmanifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE must run outside any namespace; calling it keeps the linker from
// dropping the manifests out of the static library.
static void initModelResources()
{
    Q_INIT_RESOURCE(models);
}

namespace tagsmith::ml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tagsmith::ml::ModelManifest", text);
}

std::array<double, 3> triple(const QJsonValue &value, double fallback)
{
    const QJsonArray array = value.toArray();
    if (array.size() != 3)
        return {fallback, fallback, fallback};
    return {array.at(0).toDouble(), array.at(1).toDouble(), array.at(2).toDouble()};
}

Preprocessing parsePreprocessing(const QJsonObject &object)
{
    Preprocessing p;
    p.scale = object.value(QLatin1String("scale")).toDouble(1.0);
    p.mean = triple(object.value(QLatin1String("mean")), 0.0);
    p.std = triple(object.value(QLatin1String("std")), 1.0);
    p.swapRB = object.value(QLatin1String("swapRB")).toBool();
    p.crop = object.value(QLatin1String("crop")).toBool();
    p.layout = object.value(QLatin1String("layout")).toString(QStringLiteral("NCHW"));
    p.note = object.value(QLatin1String("note")).toString();
    return p;
}

NetworkSpec parseNetwork(const QJsonObject &object)
{
    NetworkSpec n;
    n.role = object.value(QLatin1String("role")).toString();
    n.file = object.value(QLatin1String("file")).toString();
    n.input = object.value(QLatin1String("input")).toString();
    n.width = object.value(QLatin1String("width")).toInt();
    n.height = object.value(QLatin1String("height")).toInt();
    n.dynamicBatch = object.value(QLatin1String("batch")).toString() == QLatin1String("dynamic");
    n.preprocessing = parsePreprocessing(object.value(QLatin1String("preprocessing")).toObject());
    for (const QJsonValue &output : object.value(QLatin1String("outputs")).toArray())
        n.outputs << output.toString();
    const QJsonObject embedding = object.value(QLatin1String("embedding")).toObject();
    n.embeddingOutput = embedding.value(QLatin1String("output")).toString();
    n.embeddingDim = embedding.value(QLatin1String("dim")).toInt();
    n.embeddingVariant = embedding.value(QLatin1String("variant")).toString();
    n.probsOutput = object.value(QLatin1String("probs")).toString();
    return n;
}

} // namespace

const NetworkSpec *ModelManifest::network(const QString &role) const
{
    for (const NetworkSpec &n : networks) {
        if (n.role == role)
            return &n;
    }
    return nullptr;
}

Result<ModelManifest> ModelManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{tr("model manifest is not valid JSON: %1").arg(parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != 1)
        return Error{tr("model manifest has an unsupported format version")};

    ModelManifest m;
    m.name = root.value(QLatin1String("name")).toString();
    m.role = root.value(QLatin1String("role")).toString();
    m.description = root.value(QLatin1String("description")).toString();
    m.labelsFile = root.value(QLatin1String("labels")).toString();
    for (const QJsonValue &value : root.value(QLatin1String("files")).toArray()) {
        const QJsonObject file = value.toObject();
        m.files.append({file.value(QLatin1String("name")).toString(),
                        file.value(QLatin1String("bytes")).toInteger(),
                        file.value(QLatin1String("sha256")).toString().toLatin1().toLower()});
    }
    for (const QJsonValue &value : root.value(QLatin1String("networks")).toArray())
        m.networks.append(parseNetwork(value.toObject()));

    if (m.name.isEmpty() || m.files.isEmpty() || m.networks.isEmpty())
        return Error{tr("model manifest lacks a name, files or networks")};
    for (const ModelFileSpec &file : m.files) {
        // File names come from data: keep them plain so nothing is written outside the model folder.
        if (file.name.isEmpty() || file.name.contains(QLatin1Char('/')) || file.name.contains(QLatin1Char('\\'))
            || file.name.startsWith(QLatin1Char('.')) || file.sha256.size() != 64)
            return Error{tr("model manifest %1 has a bad file entry \"%2\"").arg(m.name, file.name)};
    }
    return m;
}

QStringList ModelManifest::builtinNames()
{
    initModelResources();
    QStringList names;
    const QStringList entries = QDir(QStringLiteral(":/models")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &entry : entries)
        names << entry.chopped(5);
    return names;
}

Result<ModelManifest> ModelManifest::builtin(const QString &name)
{
    initModelResources();
    QFile file(QStringLiteral(":/models/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("unknown model %1").arg(name)};
    return fromJson(file.readAll());
}

} // namespace tagsmith::ml
