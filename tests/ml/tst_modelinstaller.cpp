#include "ml/modelinstaller.h"
#include "ml/modelpack.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith::ml;

namespace {

const QString sharedModels = QStringLiteral(TAGSMITH_SHARED_DIR "/models");

// A writable copy of one shared model folder, so a test can damage it.
QString copyModel(const QTemporaryDir &into, const QString &name)
{
    const QDir from(QDir(sharedModels).filePath(name));
    const QString to = QDir(into.path()).filePath(name);
    QDir().mkpath(to);
    for (const QString &file : from.entryList(QDir::Files)) {
        const QString target = QDir(to).filePath(file);
        if (!QFile::copy(from.filePath(file), target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return to;
}

QStringList entriesIncludingHidden(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class tst_ModelInstaller : public QObject {
    Q_OBJECT

private slots:
    void manifestsAreBuiltIn();
    void installsEverySharedModel();
    void loadExplainsMissingModel();
    void rejectsDamagedFile_data();
    void rejectsDamagedFile();
    void damagedReinstallKeepsOldCopy();
};

void tst_ModelInstaller::manifestsAreBuiltIn()
{
    const QStringList names = ModelManifest::builtinNames();
    QCOMPARE(names, (QStringList{QStringLiteral("coco_centernet"), QStringLiteral("mobilenet_v2_imagenet"),
                                 QStringLiteral("nsfw_mobilenet_v2_mid"), QStringLiteral("ppocrv4")}));
    const auto manifest = ModelManifest::builtin(QStringLiteral("mobilenet_v2_imagenet"));
    QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
    const NetworkSpec *embedder = manifest->network(QStringLiteral("embedder"));
    QVERIFY(embedder);
    QCOMPARE(embedder->embeddingDim, 1280);
    QCOMPARE(embedder->width, 224);
    QVERIFY(embedder->preprocessing.swapRB);
    QVERIFY(!embedder->preprocessing.crop);
    QCOMPARE(embedder->preprocessing.mean[0], 127.5);
    QVERIFY(!ModelManifest::builtin(QStringLiteral("no_such_model")).ok());
}

void tst_ModelInstaller::installsEverySharedModel()
{
    QTemporaryDir dest;
    const ModelInstallReport report = ModelInstaller::install(sharedModels, dest.path());
    for (const ModelInstallFailure &failure : report.failed)
        qWarning() << failure.model << failure.reason;
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(report.installed.size(), ModelManifest::builtinNames().size());
    // Only the model folders remain: no temporary folders left behind.
    QCOMPARE(entriesIncludingHidden(dest.path()), ModelManifest::builtinNames());

    for (const QString &name : report.installed) {
        const auto pack = ModelPack::load(dest.path(), name);
        QVERIFY2(pack.ok(), qPrintable(pack.error()));
    }
    const auto mobilenet = ModelPack::load(dest.path(), QStringLiteral("mobilenet_v2_imagenet"));
    const auto labels = mobilenet->labels();
    QVERIFY(labels.ok());
    QCOMPARE(labels->size(), 1001);
    QCOMPARE(labels->at(0), QStringLiteral("background"));
}

void tst_ModelInstaller::loadExplainsMissingModel()
{
    QTemporaryDir dest;
    const auto pack = ModelPack::load(dest.path(), QStringLiteral("mobilenet_v2_imagenet"));
    QVERIFY(!pack.ok());
    QVERIFY2(pack.error().contains(QLatin1String("mobilenet_v2_imagenet is not installed")), qPrintable(pack.error()));
    QVERIFY(pack.error().contains(QLatin1String("tagsmith-cli models install")));
}

void tst_ModelInstaller::rejectsDamagedFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("damage");
    QTest::newRow("flipped byte in network") << QStringLiteral("coco_centernet.onnx") << QStringLiteral("flip");
    QTest::newRow("flipped byte in labels") << QStringLiteral("labels.txt") << QStringLiteral("flip");
    QTest::newRow("truncated network") << QStringLiteral("coco_centernet.onnx") << QStringLiteral("truncate");
    QTest::newRow("missing labels") << QStringLiteral("labels.txt") << QStringLiteral("remove");
}

void tst_ModelInstaller::rejectsDamagedFile()
{
    QFETCH(QString, file);
    QFETCH(QString, damage);
    QTemporaryDir source;
    const QString model = copyModel(source, QStringLiteral("coco_centernet"));
    QVERIFY(!model.isEmpty());
    QFile target(QDir(model).filePath(file));
    if (damage == QLatin1String("flip")) {
        QVERIFY(target.open(QIODevice::ReadWrite));
        target.seek(target.size() / 2);
        char byte = 0;
        target.getChar(&byte);
        target.seek(target.size() / 2);
        target.putChar(char(byte ^ 0x01));
        target.close();
    } else if (damage == QLatin1String("truncate")) {
        QVERIFY(target.resize(target.size() - 1));
    } else {
        QVERIFY(target.remove());
    }

    QTemporaryDir dest;
    // The source lacks the other models: they are reported and skipped, coco fails on its own.
    const ModelInstallReport report = ModelInstaller::install(source.path(), dest.path());
    QVERIFY(report.installed.isEmpty());
    QCOMPARE(report.failed.size(), ModelManifest::builtinNames().size());
    bool found = false;
    for (const ModelInstallFailure &failure : report.failed) {
        if (failure.model == QLatin1String("coco_centernet")) {
            found = true;
            QVERIFY2(failure.reason.contains(file), qPrintable(failure.reason));
        } else {
            QVERIFY2(failure.reason.contains(QLatin1String("is not in")), qPrintable(failure.reason));
        }
    }
    QVERIFY(found);
    QCOMPARE(entriesIncludingHidden(dest.path()), QStringList());
    QVERIFY(!ModelPack::load(dest.path(), QStringLiteral("coco_centernet")).ok());
}

void tst_ModelInstaller::damagedReinstallKeepsOldCopy()
{
    QTemporaryDir dest;
    const QStringList only{QStringLiteral("coco_centernet")};
    QCOMPARE(ModelInstaller::install(sharedModels, dest.path(), only).installed, only);

    QTemporaryDir source;
    const QString model = copyModel(source, QStringLiteral("coco_centernet"));
    QFile labels(QDir(model).filePath(QStringLiteral("labels.txt")));
    QVERIFY(labels.open(QIODevice::WriteOnly | QIODevice::Append));
    labels.write("extra\n");
    labels.close();

    const ModelInstallReport report = ModelInstaller::install(source.path(), dest.path(), only);
    QCOMPARE(report.failed.size(), 1);
    QVERIFY2(report.failed.first().reason.contains(QLatin1String("labels.txt")), qPrintable(report.failed.first().reason));
    QCOMPARE(entriesIncludingHidden(dest.path()), only);
    const auto pack = ModelPack::load(dest.path(), only.first());
    QVERIFY2(pack.ok(), qPrintable(pack.error()));
    QCOMPARE(pack->labels()->size(), 80);
}

QTEST_GUILESS_MAIN(tst_ModelInstaller)
#include "tst_modelinstaller.moc"
