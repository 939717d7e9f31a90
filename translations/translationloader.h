#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace tagsmith {

// Chooses the user-interface language and installs the embedded Tagsmith catalogue plus Qt's own
// (for standard buttons and dialogs) on the application. Both front ends call install() first thing.
class TranslationLoader {
public:
    // QSettings key: "" follows the system locale, otherwise a language code such as "en" or "de".
    static QString settingsKey();

    // The locale the interface should speak for a settings value (see settingsKey()).
    static QLocale localeFor(const QString &settingValue);

    // Reads settingsKey() from the application's QSettings and installs the translators;
    // returns the locale that was chosen.
    static QLocale install(QCoreApplication &app);
};

} // namespace tagsmith
