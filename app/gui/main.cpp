#include "catalog/catalog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tagsmith"));
    QApplication::setApplicationName(QStringLiteral("tagsmith"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tagsmith"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Tagsmith: browse, tag and find your assets."));
    parser.addHelpOption();
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           QCoreApplication::translate("main", "Open the catalog FILE instead of the default one."),
                                           QStringLiteral("FILE"));
    parser.addOption(catalogOption);
    parser.process(app);

    const QString catalog = parser.isSet(catalogOption) ? parser.value(catalogOption) : tagsmith::Catalog::defaultPath();
    tagsmith::MainWindow window(catalog);
    window.show();
    return app.exec();
}
