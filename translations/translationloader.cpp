#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace tagsmith {

namespace {

// Translators live as long as the application; a language without a catalogue (English) simply
// installs nothing, so the source strings show.
void installCatalogue(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QStringLiteral("tagsmith-translator"));
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QString TranslationLoader::settingsKey()
{
    return QStringLiteral("ui/language");
}

QLocale TranslationLoader::localeFor(const QString &settingValue)
{
    return settingValue.isEmpty() ? QLocale::system() : QLocale(settingValue);
}

QLocale TranslationLoader::install(QCoreApplication &app)
{
    // Called again when the user picks another language: the previous catalogues go first.
    const QList<QTranslator *> previous = app.findChildren<QTranslator *>(QStringLiteral("tagsmith-translator"),
                                                                         Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QString setting = QSettings().value(settingsKey()).toString();
    const QLocale locale = localeFor(setting);
    // An explicit choice also formats numbers and dates in that language.
    QLocale::setDefault(setting.isEmpty() ? QLocale::system() : locale);
    installCatalogue(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installCatalogue(app, locale, QStringLiteral("tagsmith"), QStringLiteral(":/i18n"));
    return locale;
}

} // namespace tagsmith
