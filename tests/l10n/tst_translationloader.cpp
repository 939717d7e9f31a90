// The embedded German catalogue loads for the system locale and for the ui/language override,
// and English (or an empty override on an English system) leaves the source strings.
#include "translationloader.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace tagsmith;

class TstTranslationLoader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void chosenLanguage_data();
    void chosenLanguage();
    void embeddedCatalogueIsGerman();
    void everyMessageFinishedWithItsPlaceholders();
};

void TstTranslationLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TagsmithTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translationloader"));
}

void TstTranslationLoader::cleanup()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QSettings().remove(TranslationLoader::settingsKey());
    QLocale::setDefault(QLocale::c());
}

void TstTranslationLoader::chosenLanguage_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("de menu") << QStringLiteral("de") << QStringLiteral("tagsmith::MainWindow") << QStringLiteral("&File") << QStringLiteral("&Datei");
    QTest::newRow("de core error") << QStringLiteral("de") << QStringLiteral("PngStructure") << QStringLiteral("corrupt PNG: bad signature")
                                   << QStringLiteral("beschädigtes PNG: ungültige Signatur");
    QTest::newRow("de helper context") << QStringLiteral("de") << QStringLiteral("ZipDirectory") << QStringLiteral("ZIP64 archives are not supported")
                                       << QStringLiteral("ZIP64-Archive werden nicht unterstützt");
    QTest::newRow("de_AT falls back to de") << QStringLiteral("de_AT") << QStringLiteral("tagsmith::MainWindow") << QStringLiteral("&View") << QStringLiteral("&Ansicht");
    QTest::newRow("en keeps source") << QStringLiteral("en") << QStringLiteral("tagsmith::MainWindow") << QStringLiteral("&File") << QStringLiteral("&File");
}

void TstTranslationLoader::chosenLanguage()
{
    QFETCH(QString, setting);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);

    QSettings().setValue(TranslationLoader::settingsKey(), setting);
    const QLocale chosen = TranslationLoader::install(*QCoreApplication::instance());
    QCOMPARE(chosen.language(), QLocale(setting).language());
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
}

void TstTranslationLoader::embeddedCatalogueIsGerman()
{
    // An empty setting follows the system locale; a German one must pick the embedded catalogue.
    QCOMPARE(TranslationLoader::localeFor(QString()), QLocale::system());
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("tagsmith"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), QStringLiteral("de_DE"));
    QCOMPARE(translator.translate("tagsmith::PropertiesPanel", "Smart tags"), QStringLiteral("Smart-Tags"));
}

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

} // namespace

// lupdate marks new strings "unfinished": after update_translations each one needs German text,
// and a translation that drops or invents a %1 would show wrong values at run time.
void TstTranslationLoader::everyMessageFinishedWithItsPlaceholders()
{
    QFile ts(QStringLiteral(TAGSMITH_SOURCE_DIR "/translations/tagsmith_de.ts"));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.errorString()));
    QXmlStreamReader xml(&ts);
    QString source;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(!unfinished, qPrintable(QStringLiteral("unfinished: ") + source));
            // Plural forms arrive concatenated; each carries the same placeholders, so compare sets.
            QVERIFY2(placeholders(translation) == placeholders(source), qPrintable(source + QStringLiteral(" -> ") + translation));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 400);
}

QTEST_GUILESS_MAIN(TstTranslationLoader)
#include "tst_translationloader.moc"
