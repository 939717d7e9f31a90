#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace tagsmith::ml {

// How an image becomes the network's input blob (cv::dnn::blobFromImage terms):
// blob = ((resize(img) * scale) - mean) / std, channels swapped to RGB when swapRB.
struct Preprocessing {
    double scale = 1.0;
    std::array<double, 3> mean{0, 0, 0};
    std::array<double, 3> std{1, 1, 1};
    bool swapRB = false;
    bool crop = false;
    QString layout = QStringLiteral("NCHW");
    QString note;   // what the numbers cannot say (padding, per-size nets)
};

struct NetworkSpec {
    QString role;   // embedder, classifier, detector, ocr-detector, ocr-recognizer, ocr-direction
    QString file;
    QString input;
    int width = 0;  // 0 = variable
    int height = 0;
    bool dynamicBatch = false;
    Preprocessing preprocessing;
    QStringList outputs;
    QString embeddingOutput;   // empty unless the network yields an embedding
    int embeddingDim = 0;
    QString embeddingVariant;  // recorded with every cached embedding
    QString probsOutput;
};

struct ModelFileSpec {
    QString name;
    qint64 bytes = 0;
    QByteArray sha256;   // lowercase hex
};

// A model pack described as data: files with checksums, networks and their preprocessing.
// The manifests of the supported models are compiled into the binary (models/*.json).
struct ModelManifest {
    QString name;
    QString role;   // embedder, classifier, detector, ocr
    QString description;
    QString labelsFile;
    QList<ModelFileSpec> files;
    QList<NetworkSpec> networks;

    const NetworkSpec *network(const QString &role) const;

    static Result<ModelManifest> fromJson(const QByteArray &json);
    static QStringList builtinNames();
    static Result<ModelManifest> builtin(const QString &name);
};

} // namespace tagsmith::ml
