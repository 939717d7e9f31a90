#include "../testsupport/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Issue #7's acceptance through tagsmith-cli on a real catalog with the real models: a deleted
// smart tag stays deleted and a promoted one stays promoted (first) through autotag, re-import
// of a changed file and re-training; thresholds, the generic block list and the folder switch
// change what counts as applied at once, and undoing them restores it, with no re-run.
class TestModerationSurvives : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_models;
    QString m_catalog;
    QString m_assets;      // the tagged photos (not training examples)
    QString m_examples;    // DIR/<tag>/ for model train --from-folders
    QString m_asset;       // the moderated photo
    QString m_deleted;     // its deleted smart tag
    QString m_promoted;    // its promoted smart tag

    using Run = CliRun;
    Run cli(const QStringList &arguments) { return runCli(m_catalog, m_models, arguments); }

    // The asset's smart tags by path, as `smart-tags --json` gives them.
    QHash<QString, QJsonObject> smartTags(const QString &asset)
    {
        const Run run = cli({QStringLiteral("--json"), QStringLiteral("smart-tags"), asset});
        QHash<QString, QJsonObject> tags;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array())
            tags.insert(value.toObject().value(QStringLiteral("tag")).toString(), value.toObject());
        return tags;
    }

    QString standing(const QString &asset, const QString &tag) { return smartTags(asset).value(tag).value(QStringLiteral("standing")).toString(); }

    bool searchFinds(const QString &tag, const QString &asset)
    {
        const Run run = cli({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("tag:") + tag});
        for (const QJsonValue &hit : QJsonDocument::fromJson(run.out).array())
            if (QFileInfo(hit.toObject().value(QStringLiteral("path")).toString()).fileName() == QFileInfo(asset).fileName())
                return true;
        return false;
    }

    // The tags `metadata write --include-smart` puts in the asset's XMP sidecar.
    QJsonArray sidecarTags(const QString &asset)
    {
        if (cli({QStringLiteral("metadata"), QStringLiteral("write"), asset, QStringLiteral("--include-smart")}).exitCode != 0)
            return {};
        const Run read = cli({QStringLiteral("--json"), QStringLiteral("metadata"), QStringLiteral("read"), asset});
        return QJsonDocument::fromJson(read.out).object().value(QStringLiteral("tags")).toArray();
    }

    // After every step: the deleted tag exists but is not applied, the promoted one is applied
    // and comes first in `info` (the asset has no manual tags).
    void checkModeration(const char *step)
    {
        const QHash<QString, QJsonObject> tags = smartTags(m_asset);
        QVERIFY2(tags.contains(m_deleted) && tags.contains(m_promoted), step);
        QCOMPARE(tags.value(m_deleted).value(QStringLiteral("state")).toString(), QStringLiteral("deleted"));
        QVERIFY2(!tags.value(m_deleted).value(QStringLiteral("applied")).toBool(), step);
        QCOMPARE(tags.value(m_promoted).value(QStringLiteral("state")).toString(), QStringLiteral("promoted"));
        QVERIFY2(tags.value(m_promoted).value(QStringLiteral("applied")).toBool(), step);
        const Run info = cli({QStringLiteral("--json"), QStringLiteral("info"), m_asset});
        const QJsonArray all = QJsonDocument::fromJson(info.out).object().value(QStringLiteral("tags")).toArray();
        QVERIFY2(!all.isEmpty(), info.err.constData());
        QCOMPARE(all.first().toObject().value(QStringLiteral("tag")).toString(), m_promoted);
        QVERIFY2(!searchFinds(m_deleted, m_asset), step);
        QVERIFY2(searchFinds(m_promoted, m_asset), step);
    }

    void train()
    {
        const Run run = cli({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("clothing"), QStringLiteral("--from-folders"), m_examples});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

private slots:
    void initTestCase()
    {
        m_models = m_dir.filePath(QStringLiteral("models"));
        m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        const Run install = cli({QStringLiteral("models"), QStringLiteral("install"), QStringLiteral(TAGSMITH_SHARED_DIR "/models")});
        QVERIFY2(install.exitCode == 0, install.err.constData());

        const QString clothing = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/fewshot/clothing/");
        m_examples = m_dir.filePath(QStringLiteral("examples"));
        m_assets = m_dir.filePath(QStringLiteral("assets"));
        QDir().mkpath(m_assets);
        for (const QString &klass : {QStringLiteral("dress"), QStringLiteral("hat"), QStringLiteral("shoes")}) {
            QDir().mkpath(m_examples + QLatin1Char('/') + klass);
            const QStringList train = QDir(clothing + QStringLiteral("train/") + klass).entryList(QDir::Files, QDir::Name);
            for (int i = 0; i < 12 && i < train.size(); ++i)
                QVERIFY(QFile::copy(clothing + QStringLiteral("train/") + klass + QLatin1Char('/') + train.at(i),
                                    m_examples + QLatin1Char('/') + klass + QLatin1Char('/') + train.at(i)));
            const QStringList test = QDir(clothing + QStringLiteral("test/") + klass).entryList(QDir::Files, QDir::Name);
            QVERIFY(!test.isEmpty());
            QVERIFY(QFile::copy(clothing + QStringLiteral("test/") + klass + QLatin1Char('/') + test.first(),
                                m_assets + QLatin1Char('/') + klass + QStringLiteral(".jpg")));
        }
        QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/models/golden/dog.jpg"), m_assets + QStringLiteral("/dog.jpg"));
        const Run import = cli({QStringLiteral("import"), m_assets});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        train();
        const Run autotag = cli({QStringLiteral("autotag")});
        QVERIFY2(autotag.exitCode == 0, autotag.err.constData());

        // A photo with a clothing tag: delete that, promote another smart tag (a candidate, so
        // promotion is what applies it).
        QByteArray seen;
        for (const QString &name : {QStringLiteral("dress.jpg"), QStringLiteral("hat.jpg"), QStringLiteral("shoes.jpg")}) {
            const QString path = m_assets + QLatin1Char('/') + name;
            const Run listed = cli({QStringLiteral("--json"), QStringLiteral("smart-tags"), path});
            seen += listed.out;
            QString deleted, promoted;
            for (const QJsonValue &value : QJsonDocument::fromJson(listed.out).array()) {
                const QJsonObject tag = value.toObject();
                if (deleted.isEmpty() && tag.value(QStringLiteral("model")).toString() == QLatin1String("clothing"))
                    deleted = tag.value(QStringLiteral("tag")).toString();
                else if (promoted.isEmpty() && !tag.value(QStringLiteral("applied")).toBool())
                    promoted = tag.value(QStringLiteral("tag")).toString();
            }
            if (!deleted.isEmpty() && !promoted.isEmpty()) {
                m_asset = path;
                m_deleted = deleted;
                m_promoted = promoted;
                break;
            }
        }
        QVERIFY2(!m_asset.isEmpty(), seen.constData());
        QVERIFY2(searchFinds(m_deleted, m_asset) || standing(m_asset, m_deleted) == QLatin1String("candidate"), "before deleting");
        QCOMPARE(cli({QStringLiteral("moderate"), m_asset, m_deleted, QStringLiteral("--delete"), QStringLiteral("--no-sidecar")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("moderate"), m_asset, m_promoted, QStringLiteral("--promote"), QStringLiteral("--no-sidecar")}).exitCode, 0);
    }

    void survivesAutotag()
    {
        checkModeration("after moderating");
        // Tagging older than a day makes autotag re-run every image (AEM's rule): age it, as a
        // day passing would.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
            db.setDatabaseName(m_catalog);
            QVERIFY(db.open());
            QSqlQuery aged(db);
            QVERIFY(aged.exec(QStringLiteral("UPDATE job_history SET done_at = done_at - 2 * 86400 WHERE kind = 'tag'")));
            QVERIFY(aged.numRowsAffected() >= 4);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        const Run autotag = cli({QStringLiteral("--json"), QStringLiteral("autotag")});
        QVERIFY2(autotag.exitCode == 0, autotag.err.constData());
        QVERIFY2(QJsonDocument::fromJson(autotag.out).object().value(QStringLiteral("queued")).toInt() >= 4, autotag.out.constData());
        checkModeration("after autotag");
    }

    void survivesReimportOfAChangedFile()
    {
        // Bytes after the JPEG's end marker: a new content hash, the same picture.
        QFile file(m_asset);
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write(QByteArray(4096, 'x')) == 4096);
        file.close();
        const Run import = cli({QStringLiteral("--json"), QStringLiteral("import"), m_asset});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        QCOMPARE(QJsonDocument::fromJson(import.out).object().value(QStringLiteral("updated")).toInt(), 1);
        checkModeration("after re-import");
    }

    void survivesRetraining()
    {
        train();
        const Run versions = cli({QStringLiteral("--json"), QStringLiteral("model"), QStringLiteral("versions"), QStringLiteral("clothing")});
        QCOMPARE(QJsonDocument::fromJson(versions.out).array().size(), 2);
        checkModeration("after re-training");
        const Run autotag = cli({QStringLiteral("autotag"), m_asset});
        QVERIFY2(autotag.exitCode == 0, autotag.err.constData());
        checkModeration("after re-training and autotag");
    }

    void modelThresholdAppliesStoredCandidates()
    {
        // Raised to 0.99, every clothing tag on the other photos is a stored candidate; lowered
        // under one of them, that one is applied again, with no re-run.
        QCOMPARE(cli({QStringLiteral("model"), QStringLiteral("threshold"), QStringLiteral("clothing"), QStringLiteral("0.99")}).exitCode, 0);
        QString asset, candidate;
        double confidence = 0;
        for (const QString &name : {QStringLiteral("dress.jpg"), QStringLiteral("hat.jpg"), QStringLiteral("shoes.jpg")}) {
            const QString path = m_assets + QLatin1Char('/') + name;
            for (const QJsonObject &tag : smartTags(path)) {
                if (path != m_asset && candidate.isEmpty() && tag.value(QStringLiteral("model")).toString() == QLatin1String("clothing")
                    && tag.value(QStringLiteral("standing")).toString() == QLatin1String("candidate")) {
                    asset = path;
                    candidate = tag.value(QStringLiteral("tag")).toString();
                    confidence = tag.value(QStringLiteral("confidence")).toDouble();
                }
            }
        }
        QVERIFY2(!candidate.isEmpty(), "no clothing candidate under the threshold");
        QVERIFY(!searchFinds(candidate, asset));
        const QString lower = QString::number(std::max(0.05, confidence - 0.01), 'f', 3);
        QCOMPARE(cli({QStringLiteral("model"), QStringLiteral("threshold"), QStringLiteral("clothing"), lower}).exitCode, 0);
        QCOMPARE(standing(asset, candidate), QStringLiteral("applied"));
        QVERIFY(searchFinds(candidate, asset));
        // Moderation still wins at either extreme.
        checkModeration("threshold lowered");
        QCOMPARE(cli({QStringLiteral("model"), QStringLiteral("threshold"), QStringLiteral("clothing"), QStringLiteral("0.99")}).exitCode, 0);
        QCOMPARE(standing(asset, candidate), QStringLiteral("candidate"));
        checkModeration("threshold raised");
        QCOMPARE(cli({QStringLiteral("model"), QStringLiteral("threshold"), QStringLiteral("clothing"), QStringLiteral("0.7")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("model"), QStringLiteral("threshold"), QStringLiteral("clothing"), QStringLiteral("1.5")}).exitCode, 1);
    }

    void genericLabelsCanBeSilencedAndRestored()
    {
        // The dog photo of the model README: CenterNet finds a dog (0.43) and a car (0.55).
        const QString dog = m_assets + QStringLiteral("/dog.jpg");
        QCOMPARE(standing(dog, QStringLiteral("coco/car")), QStringLiteral("applied"));
        QCOMPARE(standing(dog, QStringLiteral("coco/dog")), QStringLiteral("applied"));
        QCOMPARE(smartTags(dog).value(QStringLiteral("coco/dog")).value(QStringLiteral("model")).toString(), QStringLiteral("generic-objects"));
        QVERIFY(searchFinds(QStringLiteral("coco/dog"), dog));

        QCOMPARE(cli({QStringLiteral("generic"), QStringLiteral("block"), QStringLiteral("coco/dog")}).exitCode, 0);
        QCOMPARE(standing(dog, QStringLiteral("coco/dog")), QStringLiteral("blocked"));
        QCOMPARE(standing(dog, QStringLiteral("coco/car")), QStringLiteral("applied"));
        QVERIFY(!searchFinds(QStringLiteral("coco/dog"), dog));
        QVERIFY(!sidecarTags(dog).contains(QStringLiteral("coco/dog")));
        QVERIFY(sidecarTags(dog).contains(QStringLiteral("coco/car")));
        const QJsonObject listed = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("generic"), QStringLiteral("list")}).out).object();
        QCOMPARE(listed.value(QStringLiteral("blocked")).toArray(), QJsonArray{QStringLiteral("coco/dog")});
        QCOMPARE(cli({QStringLiteral("generic"), QStringLiteral("unblock"), QStringLiteral("coco/dog")}).exitCode, 0);
        QCOMPARE(standing(dog, QStringLiteral("coco/dog")), QStringLiteral("applied"));
        QVERIFY(searchFinds(QStringLiteral("coco/dog"), dog));
        QVERIFY(sidecarTags(dog).contains(QStringLiteral("coco/dog")));

        // A bare class name blocks the class in both sources.
        QCOMPARE(cli({QStringLiteral("generic"), QStringLiteral("block"), QStringLiteral("car")}).exitCode, 0);
        QCOMPARE(standing(dog, QStringLiteral("coco/car")), QStringLiteral("blocked"));
        QCOMPARE(cli({QStringLiteral("generic"), QStringLiteral("unblock"), QStringLiteral("car")}).exitCode, 0);

        // The object threshold: raised above the car, the car becomes a candidate again.
        QCOMPARE(cli({QStringLiteral("generic"), QStringLiteral("object-threshold"), QStringLiteral("0.6")}).exitCode, 0);
        QCOMPARE(standing(dog, QStringLiteral("coco/car")), QStringLiteral("candidate"));
        QCOMPARE(cli({QStringLiteral("generic"), QStringLiteral("object-threshold"), QStringLiteral("0.3")}).exitCode, 0);

        // A whole source off: none of its labels counts or is found, the other source and custom
        // tags are untouched; back on, everything returns with no re-run. (A sidecar already
        // written keeps the label: writes merge and take out only what the user removed.)
        QCOMPARE(cli({QStringLiteral("generic"), QStringLiteral("disable"), QStringLiteral("objects")}).exitCode, 0);
        QCOMPARE(standing(dog, QStringLiteral("coco/dog")), QStringLiteral("candidate"));
        QVERIFY(!searchFinds(QStringLiteral("coco/dog"), dog));
        checkModeration("COCO objects off");
        const QJsonObject off = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("generic"), QStringLiteral("list")}).out).object();
        QCOMPARE(off.value(QStringLiteral("objects_enabled")).toBool(), false);
        QCOMPARE(off.value(QStringLiteral("imagenet_enabled")).toBool(), true);
        QCOMPARE(cli({QStringLiteral("generic"), QStringLiteral("enable"), QStringLiteral("objects")}).exitCode, 0);
        QCOMPARE(standing(dog, QStringLiteral("coco/dog")), QStringLiteral("applied"));
        QVERIFY(searchFinds(QStringLiteral("coco/dog"), dog));
        QVERIFY(sidecarTags(dog).contains(QStringLiteral("coco/dog")));
        QCOMPARE(cli({QStringLiteral("generic"), QStringLiteral("disable"), QStringLiteral("faces")}).exitCode, 2);

        // Generic labels off for the folder: hidden, custom tags untouched; back on: restored.
        const int appliedBefore = int(std::count_if(smartTags(m_asset).cbegin(), smartTags(m_asset).cend(),
                                                     [](const QJsonObject &t) { return t.value(QStringLiteral("applied")).toBool(); }));
        QCOMPARE(cli({QStringLiteral("folder"), QStringLiteral("generic-labels"), m_assets, QStringLiteral("disable")}).exitCode, 0);
        QCOMPARE(standing(dog, QStringLiteral("coco/dog")), QStringLiteral("folder-off"));
        QVERIFY(!searchFinds(QStringLiteral("coco/dog"), dog));
        checkModeration("generic labels off");
        QCOMPARE(cli({QStringLiteral("folder"), QStringLiteral("generic-labels"), m_assets, QStringLiteral("inherit")}).exitCode, 0);
        QCOMPARE(standing(dog, QStringLiteral("coco/dog")), QStringLiteral("applied"));
        QVERIFY(searchFinds(QStringLiteral("coco/dog"), dog));
        const QHash<QString, QJsonObject> after = smartTags(m_asset);
        QCOMPARE(int(std::count_if(after.cbegin(), after.cend(), [](const QJsonObject &t) { return t.value(QStringLiteral("applied")).toBool(); })),
                 appliedBefore);
    }
};

QTEST_GUILESS_MAIN(TestModerationSurvives)
#include "tst_moderationsurvives.moc"
