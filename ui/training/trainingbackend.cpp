#include "trainingbackend.h"

#include "catalog/assetrepository.h"
#include "catalog/modelrepository.h"
#include "catalog/tagrepository.h"
#include "examplewarnings.h"

#include <QFileInfo>

namespace tagsmith {
namespace {

bool isUsableImage(const AssetRecord &asset)
{
    return asset.status == AssetStatus::Ok && asset.media.kind == AssetKind::Image;
}

} // namespace

TrainingBackend::TrainingBackend(QString catalogPath, QString modelsDir)
    : m_catalogPath(std::move(catalogPath)), m_modelsDir(std::move(modelsDir))
{
}

void TrainingBackend::open()
{
    auto catalog = Catalog::open(m_catalogPath);
    if (!catalog) {
        Q_EMIT failed(catalog.error());
        return;
    }
    m_catalog = catalog.value();
    QSqlDatabase db = m_catalog->connection();
    auto tags = TagRepository(db).allTagPaths();
    auto folders = BrowseQueries(db).folderTree();
    ModelRepository models(db);
    auto modelList = models.list();
    if (!tags || !folders || !modelList) {
        Q_EMIT failed(!tags ? tags.error() : !folders ? folders.error() : modelList.error());
        return;
    }
    QHash<QString, QString> owners;
    for (const ModelRecord &model : modelList.value()) {
        if (auto examples = models.examples(model.id))
            for (const ModelExamples &entry : examples.value())
                owners.insert(entry.tagPath, model.name);
    }
    Q_EMIT opened(tags.value(), owners, folders.value());
}

void TrainingBackend::loadImages(int request, const QString &folderPath, const QString &nameFilter)
{
    if (!m_catalog)
        return;
    AssetRepository assets(m_catalog->connection());
    auto found = folderPath.isEmpty() ? assets.list() : assets.underFolder(folderPath);
    if (!found) {
        Q_EMIT failed(found.error());
        return;
    }
    QList<AssetRecord> images;
    for (const AssetRecord &asset : found.value())
        if (isUsableImage(asset) && asset.name.contains(nameFilter, Qt::CaseInsensitive))
            images << asset;
    Q_EMIT imagesLoaded(request, images);
}

void TrainingBackend::resolvePaths(const QString &tag, const QStringList &paths)
{
    if (!m_catalog)
        return;
    AssetRepository assets(m_catalog->connection());
    QList<AssetRecord> images;
    for (const QString &path : paths) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (QFileInfo(canonical).isDir()) {
            if (auto under = assets.underFolder(canonical))
                for (const AssetRecord &asset : under.value())
                    if (isUsableImage(asset))
                        images << asset;
        } else if (auto asset = assets.findByPath(canonical); asset && asset.value() && isUsableImage(*asset.value())) {
            images << *asset.value();
        }
    }
    Q_EMIT pathsResolved(tag, images);
}

void TrainingBackend::createTag(const QString &path)
{
    if (!m_catalog)
        return;
    const QString normalised = normaliseTagPath(path);
    if (auto created = TagRepository(m_catalog->connection()).ensureTag(normalised); !created)
        Q_EMIT failed(created.error());
    else
        Q_EMIT tagCreated(normalised);
}

void TrainingBackend::loadModelExamples(const QString &name)
{
    if (!m_catalog)
        return;
    QSqlDatabase db = m_catalog->connection();
    ModelRepository models(db);
    auto model = models.findByName(name);
    if (!model || !model.value())
        return;   // a new model starts empty
    auto examples = models.examples(model.value()->id);
    if (!examples) {
        Q_EMIT failed(examples.error());
        return;
    }
    AssetRepository assets(db);
    QList<TagExamples> tags;
    for (const ModelExamples &entry : examples.value()) {
        TagExamples tag{entry.tagPath, {}};
        for (qint64 id : entry.assetIds)
            if (auto asset = assets.findById(id); asset && asset.value() && isUsableImage(*asset.value()))
                tag.images << *asset.value();
        tags << tag;
    }
    Q_EMIT modelExamplesLoaded(name, tags);
}

void TrainingBackend::checkExamples(int request, const QList<TagExamples> &tags)
{
    if (!m_catalog)
        return;
    Q_EMIT warningsChecked(request, ExampleWarnings::check(m_catalog->connection(), tags));
}

void TrainingBackend::train(const QString &name, const QString &description, const QList<TagExamples> &tags)
{
    if (!m_catalog)
        return;
    auto report = trainModel(m_catalog, m_modelsDir, name, description, tags,
                             [this](const QString &step) { Q_EMIT progress(step); });
    if (!report)
        Q_EMIT failed(report.error());
    else
        Q_EMIT trained(report.value());
}

} // namespace tagsmith
