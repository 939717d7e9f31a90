#pragma once

#include "catalog/browsequeries.h"
#include "catalog/catalog.h"
#include "training/foldertraining.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace tagsmith {

// The wizard's catalog work, on its own thread (the GUI thread never runs SQL): tags, folders,
// images to pick from, warnings about examples, and the training itself. Call its functions
// through QMetaObject::invokeMethod with a queued connection; answers come back as signals
// carrying plain values.
class TrainingBackend : public QObject {
    Q_OBJECT
public:
    TrainingBackend(QString catalogPath, QString modelsDir);

    void open();
    // Images (status ok) under `folderPath` (all when empty) whose name contains `nameFilter`.
    void loadImages(int request, const QString &folderPath, const QString &nameFilter);
    // Catalog images named by dropped paths (folders expand to their images).
    void resolvePaths(const QString &tag, const QStringList &paths);
    void createTag(const QString &path);
    // The tags and examples the model `name` was last trained with, when it exists.
    void loadModelExamples(const QString &name);
    void checkExamples(int request, const QList<tagsmith::TagExamples> &tags);
    void train(const QString &name, const QString &description, const QList<tagsmith::TagExamples> &tags);

Q_SIGNALS:
    // tagOwners: tag path -> the model that already uses it (a tag may be in one model only).
    void opened(const QStringList &tagPaths, const QHash<QString, QString> &tagOwners, const QList<tagsmith::FolderNode> &folders);
    void imagesLoaded(int request, const QList<tagsmith::AssetRecord> &images);
    void pathsResolved(const QString &tag, const QList<tagsmith::AssetRecord> &images);
    void tagCreated(const QString &path);
    void modelExamplesLoaded(const QString &name, const QList<tagsmith::TagExamples> &tags);
    void warningsChecked(int request, const QStringList &warnings);
    void progress(const QString &step);
    void trained(const QJsonObject &report);
    void failed(const QString &message);

private:
    QString m_catalogPath;
    QString m_modelsDir;
    CatalogPtr m_catalog;
};

} // namespace tagsmith
