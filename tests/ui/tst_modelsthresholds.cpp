#include "catalog/catalog.h"
#include "catalog/genericlabelrepository.h"
#include "catalog/modelrepository.h"
#include "ui/training/modelsview.h"

#include "../testsupport/clirun.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

// The Models view's thresholds and generic block list on a real catalog (real models, real
// training through tagsmith-cli): each edit shows on the assets at once, as smart-tags reports.
class TestModelsThresholds : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_catalog;
    QString m_models;
    QString m_dog;

    QByteArray cli(const QStringList &arguments)
    {
        const CliRun run = runCli(m_catalog, m_models, arguments);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.out;
    }

    // tag -> standing ("applied", "candidate", "blocked", ...) of the asset's smart tags.
    QHash<QString, QString> standings(const QString &asset)
    {
        QHash<QString, QString> result;
        for (const QJsonValue &value : QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("smart-tags"), asset})).array())
            result.insert(value.toObject().value(QStringLiteral("tag")).toString(), value.toObject().value(QStringLiteral("standing")).toString());
        return result;
    }

    QString firstTagOf(const QString &asset, const QString &model)
    {
        for (const QJsonValue &value : QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("smart-tags"), asset})).array())
            if (value.toObject().value(QStringLiteral("model")).toString() == model)
                return value.toObject().value(QStringLiteral("tag")).toString();
        return {};
    }

private slots:
    void initTestCase()
    {
        m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        m_models = m_dir.filePath(QStringLiteral("models"));
        cli({QStringLiteral("models"), QStringLiteral("install"), QStringLiteral(TAGSMITH_SHARED_DIR "/models")});
        const QString clothing = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/fewshot/clothing/train/");
        for (const QString &klass : {QStringLiteral("dress"), QStringLiteral("hat"), QStringLiteral("shoes")}) {
            const QString folder = m_dir.filePath(QStringLiteral("examples/") + klass);
            QDir().mkpath(folder);
            const QStringList files = QDir(clothing + klass).entryList(QDir::Files, QDir::Name);
            for (int i = 0; i < 10 && i < files.size(); ++i)
                QVERIFY(QFile::link(clothing + klass + QLatin1Char('/') + files.at(i), folder + QLatin1Char('/') + files.at(i)));
        }
        QDir().mkpath(m_dir.filePath(QStringLiteral("photos")));
        m_dog = m_dir.filePath(QStringLiteral("photos/dog.jpg"));
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/models/golden/dog.jpg"), m_dog));
        cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("photos"))});
        cli({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("clothing"), QStringLiteral("--from-folders"),
             m_dir.filePath(QStringLiteral("examples"))});
        QCOMPARE(standings(m_dog).value(QStringLiteral("coco/dog")), QStringLiteral("applied"));
    }

    void modelThresholdAppliesAtOnce()
    {
        auto opened = Catalog::open(m_catalog);
        QVERIFY2(opened, qPrintable(opened.error()));
        ModelsView view(opened.value());
        view.resize(960, 720);
        QSignalSpy shown(&view, &ModelsView::modelsShown);
        QSignalSpy saved(&view, &ModelsView::thresholdSaved);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.thresholdEditor(QStringLiteral("clothing")));
        QDoubleSpinBox *threshold = view.thresholdEditor(QStringLiteral("clothing"));
        QCOMPARE(threshold->value(), 0.7);
        QCOMPARE(threshold->minimum(), 0.05);
        QCOMPARE(threshold->maximum(), 0.99);

        // An example photo's own clothing tag: applied at 0.7, a stored candidate at 0.99.
        const QString example = m_dir.filePath(QStringLiteral("examples/hat/")) + QDir(m_dir.filePath(QStringLiteral("examples/hat"))).entryList(QDir::Files).first();
        const QString tag = firstTagOf(example, QStringLiteral("clothing"));
        QVERIFY(!tag.isEmpty());
        const QString before = standings(example).value(tag);
        threshold->setValue(0.99);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(standings(example).value(tag), QStringLiteral("candidate"));
        threshold->setValue(0.05);
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(standings(example).value(tag), QStringLiteral("applied"));
        threshold->setValue(0.7);
        QTRY_COMPARE(saved.size(), 3);
        QCOMPARE(standings(example).value(tag), before);
        auto catalog = Catalog::open(m_catalog);
        QVERIFY(catalog.ok());
        QCOMPARE(ModelRepository(catalog.value()->connection()).findByName(QStringLiteral("clothing")).value()->threshold, 0.7);
    }

    // Marking a model as an action model (issue #8) from the view: saved, listed by the CLI, and
    // the videos are queued for re-tagging.
    void kindMovesTheModelToTheActionSet()
    {
        auto opened = Catalog::open(m_catalog);
        QVERIFY2(opened, qPrintable(opened.error()));
        ModelsView view(opened.value());
        QSignalSpy saved(&view, &ModelsView::kindSaved);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QComboBox *kind = nullptr;
        QTRY_VERIFY((kind = view.findChild<QComboBox *>(QStringLiteral("kind-clothing"))));
        QCOMPARE(kind->currentData().toString(), QStringLiteral("object"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("action")));
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(1).toString(), QStringLiteral("action"));
        QCOMPARE(runCli(m_catalog, m_models, {QStringLiteral("model"), QStringLiteral("kind"), QStringLiteral("clothing")}).out.trimmed(),
                 QByteArray("action"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("object")));
        QTRY_COMPARE(saved.size(), 2);
        auto catalog = Catalog::open(m_catalog);
        QVERIFY(catalog.ok());
        QCOMPARE(ModelRepository(catalog.value()->connection()).findByName(QStringLiteral("clothing")).value()->kind, QStringLiteral("object"));
    }

    void blockListHidesAndRestoresGenericLabels()
    {
        auto opened = Catalog::open(m_catalog);
        QVERIFY2(opened, qPrintable(opened.error()));
        ModelsView view(opened.value());
        view.resize(960, 720);
        QSignalSpy generic(&view, &ModelsView::genericShown);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(generic.size(), 1);
        auto *objects = view.findChild<QDoubleSpinBox *>(QStringLiteral("objectThreshold"));
        QCOMPARE(objects->value(), DefaultObjectThreshold);

        view.findChild<QLineEdit *>(QStringLiteral("blockLabel"))->setText(QStringLiteral("coco/dog, kite"));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("blockLabelButton")), Qt::LeftButton);
        QTRY_COMPARE(generic.size(), 2);
        auto *blocked = view.findChild<QListWidget *>(QStringLiteral("blockedLabels"));
        QCOMPARE(blocked->count(), 2);
        QCOMPARE(standings(m_dog).value(QStringLiteral("coco/dog")), QStringLiteral("blocked"));

        objects->setValue(0.6);   // over the car's 0.55
        QTRY_COMPARE(generic.size(), 3);
        QCOMPARE(standings(m_dog).value(QStringLiteral("coco/car")), QStringLiteral("candidate"));
        if (const QString dir = qEnvironmentVariable("TAGSMITH_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(view.grab().save(dir + QStringLiteral("/models-thresholds.png")));

        objects->setValue(DefaultObjectThreshold);
        QTRY_COMPARE(generic.size(), 4);
        blocked->findItems(QStringLiteral("coco/dog"), Qt::MatchExactly).first()->setSelected(true);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("unblockLabelButton")), Qt::LeftButton);
        QTRY_COMPARE(generic.size(), 5);
        QCOMPARE(blocked->count(), 1);
        const QHash<QString, QString> after = standings(m_dog);
        QCOMPARE(after.value(QStringLiteral("coco/dog")), QStringLiteral("applied"));
        QCOMPARE(after.value(QStringLiteral("coco/car")), QStringLiteral("applied"));
    }
};

QTEST_MAIN(TestModelsThresholds)
#include "tst_modelsthresholds.moc"
