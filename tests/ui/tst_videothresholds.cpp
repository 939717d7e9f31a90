// The video tag sets' thresholds: the app's dialog and `tagsmith-cli video thresholds` share one
// settings file, refuse values outside 5-99 %, and the tagging passes read what was saved.
#include "processing/processingpipeline.h"
#include "ui/videothresholdsdialog.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

namespace {

// One settings folder for this process and the CLI it starts, set before QApplication reads it.
QTemporaryDir &configHome()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

class TestVideoThresholds : public QObject {
    Q_OBJECT

    QJsonObject cli(const QStringList &arguments, int *exitCode, QString *errors = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome().path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TAGSMITH_CLI), QStringList{QStringLiteral("--json"), QStringLiteral("video"), QStringLiteral("thresholds")} + arguments);
        process.waitForFinished(60'000);
        *exitCode = process.exitCode();
        if (errors)
            *errors = QString::fromUtf8(process.readAllStandardError());
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

private slots:
    void defaultsAreSeventyPercent()
    {
        int code = -1;
        const QJsonObject shown = cli({}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(shown.value(QStringLiteral("objects")).toDouble(), 0.7);
        QCOMPARE(shown.value(QStringLiteral("actions")).toDouble(), 0.7);
    }

    void dialogSavesWhatTheCliAndTaggingRead()
    {
        VideoThresholdsDialog dialog;
        auto *objects = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("objectThreshold"));
        auto *actions = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("actionThreshold"));
        QVERIFY(objects && actions);
        QCOMPARE(objects->value(), 70.0);
        objects->setValue(55);
        actions->setValue(85);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(videoOptionsFromSettings().objectThreshold, 0.55);
        QCOMPARE(videoOptionsFromSettings().actionThreshold, 0.85);
        int code = -1;
        const QJsonObject shown = cli({}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(shown.value(QStringLiteral("objects")).toDouble(), 0.55);
        QCOMPARE(shown.value(QStringLiteral("actions")).toDouble(), 0.85);
    }

    void cliSetsWhatTheDialogShows()
    {
        int code = -1;
        const QJsonObject shown = cli({QStringLiteral("--actions"), QStringLiteral("0.9")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(shown.value(QStringLiteral("actions")).toDouble(), 0.9);
        QCOMPARE(shown.value(QStringLiteral("objects")).toDouble(), 0.55);   // untouched
        QSettings().sync();
        VideoThresholdsDialog dialog;
        QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("actionThreshold"))->value(), 90.0);
    }

    void outOfRangeIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("above 99 %") << QStringList{QStringLiteral("--objects"), QStringLiteral("1.5")} << 1;
        QTest::newRow("zero") << QStringList{QStringLiteral("--actions"), QStringLiteral("0")} << 1;
        QTest::newRow("not a number") << QStringList{QStringLiteral("--objects"), QStringLiteral("high")} << 2;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--faces"), QStringLiteral("0.5")} << 2;
    }

    void outOfRangeIsRefusedAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        int code = -1;
        QString errors;
        cli(arguments, &code, &errors);
        QCOMPARE(code, exitCode);
        QVERIFY(!errors.trimmed().isEmpty());
        const QJsonObject shown = cli({}, &code);
        QCOMPARE(shown.value(QStringLiteral("objects")).toDouble(), 0.55);
        QCOMPARE(shown.value(QStringLiteral("actions")).toDouble(), 0.9);
        QVERIFY(!saveVideoThresholds(0.5, 1.2));
    }
};

int main(int argc, char **argv)
{
    qputenv("XDG_CONFIG_HOME", configHome().path().toLocal8Bit());
    QApplication app(argc, argv);
    // The CLI's names, so both read the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("tagsmith"));
    QCoreApplication::setApplicationName(QStringLiteral("tagsmith"));
    TestVideoThresholds test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_videothresholds.moc"
