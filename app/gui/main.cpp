#include "catalog/catalog.h"
#include "desktop/recentcatalogs.h"
#include "desktop/windowhost.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The same names as tagsmith-cli: one catalog, one models folder, one settings file.
    QApplication::setOrganizationName(QStringLiteral("tagsmith"));
    QApplication::setApplicationName(QStringLiteral("tagsmith"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tagsmith"));
    // Matches resources/tagsmith.desktop, so the desktop shell groups the windows under its entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("tagsmith"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tagsmith.png")));
    tagsmith::TranslationLoader::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Tagsmith: browse, tag and find your assets."));
    parser.addHelpOption();
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           QCoreApplication::translate("main", "Open the catalog FILE instead of the default one."),
                                           QStringLiteral("FILE"));
    parser.addOption(catalogOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QCoreApplication::translate("main", "A file or folder to show (its folder is selected)."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    // Without --catalog the app reopens the catalog the user worked in last (File > Open Recent),
    // as desktop applications do; the first time, the default one the CLI uses too.
    QString catalog = tagsmith::Catalog::defaultPath();
    if (parser.isSet(catalogOption))
        catalog = parser.value(catalogOption);
    else if (const QStringList recent = tagsmith::RecentCatalogs::list(); !recent.isEmpty() && QFileInfo::exists(recent.first()))
        catalog = recent.first();
    tagsmith::WindowHost host(catalog);
    tagsmith::MainWindow &window = *host.window();
    // "Open with Tagsmith" from a file manager passes paths (Exec=tagsmith %F): show where the first one lives.
    if (!parser.positionalArguments().isEmpty()) {
        const QFileInfo first(parser.positionalArguments().constFirst());
        const QString folder = first.isDir() ? first.canonicalFilePath() : first.canonicalPath();
        QObject::connect(&window, &tagsmith::MainWindow::foldersShown, &window,
                         [&window, folder] { window.selectFolder(folder); }, Qt::SingleShotConnection);
    }
    window.show();
    return app.exec();
}
