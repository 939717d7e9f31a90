#include "catalog/catalog.h"
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

    const QString catalog = parser.isSet(catalogOption) ? parser.value(catalogOption) : tagsmith::Catalog::defaultPath();
    tagsmith::MainWindow window(catalog);
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
