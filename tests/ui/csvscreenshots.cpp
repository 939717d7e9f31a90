// docs/screenshots/csv-export.png and csv-import.png, for make_screenshots.cpp: the export dialog
// with its preview over the photos catalog, and the import preview of a file with broken rows.
#include "catalog/catalog.h"
#include "importing/importer.h"
#include "metadata/catalogio/csvcatalogtransfer.h"
#include "ui/desktop/csvexportdialog.h"
#include "ui/desktop/csvimportdialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace tagsmith;

namespace {

bool settle(const std::function<bool()> &condition)
{
    QDeadlineTimer deadline(30000);
    while (!condition() && !deadline.hasExpired())
        QTest::qWait(20);
    QApplication::processEvents();
    return condition();
}

bool saveGrab(QWidget *widget, const QString &file)
{
    if (!widget->grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("wrote %s\n", qPrintable(file));
    return true;
}

} // namespace

int csvScreenshots(const QString &out)
{
    QTemporaryDir work;
    const QString photos = QDir(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos")).canonicalPath();
    auto opened = Catalog::open(work.filePath(QStringLiteral("catalog.sqlite")));
    if (!opened)
        return 1;
    const CatalogPtr catalog = opened.value();
    Importer(catalog).run({photos});
    // Titles and tags as a user would have given a few of them.
    const QByteArray given = "path,title,description,tags\r\n"
                             + (photos + QStringLiteral("/aerial_city_view.jpg")).toUtf8() + ",City from above,Evening flight,places/cities|aerial\r\n"
                             + (photos + QStringLiteral("/aloe_plant_pot.jpg")).toUtf8() + ",Aloe,On the windowsill,plants/succulents\r\n"
                             + (photos + QStringLiteral("/baboon_mandrill.jpg")).toUtf8() + ",Mandrill,,animals/monkeys|zoo\r\n"
                             + (photos + QStringLiteral("/beach_bridge_structure.jpg")).toUtf8() + ",Pier,,places/beaches\r\n";
    if (!CsvCatalogTransfer(catalog->connection()).importCsv(given))
        return 2;

    CsvExportDialog exportDialog(catalog, {}, photos);
    exportDialog.setScope(CsvExportDialog::Scope::Catalog);
    exportDialog.setFile(QDir::homePath() + QStringLiteral("/exports/photos-metadata.csv"));
    exportDialog.resize(900, 560);
    exportDialog.show();
    if (!settle([&] { return exportDialog.previewRows() > 0; }) || !saveGrab(&exportDialog, out + QStringLiteral("/csv-export.png")))
        return 3;

    const QString file = work.filePath(QStringLiteral("edited.csv"));
    QFile csv(file);
    if (!csv.open(QIODevice::WriteOnly))
        return 4;
    csv.write("path,title,description,tags\r\n"
              + (photos + QStringLiteral("/aerial_city_view.jpg")).toUtf8() + ",City from above,Evening flight,places/cities|aerial|dusk\r\n"
              + (photos + QStringLiteral("/aloe_plant_pot.jpg")).toUtf8() + ",Aloe vera,On the windowsill,plants//succulents\r\n"
              + (photos + QStringLiteral("/baboon_mandrill.jpg")).toUtf8() + ",Mandrill,Zoo visit,animals/monkeys|zoo\r\n"
              + "/media/old-drive/photos/IMG_0412.jpg,Lost photo,,archive\r\n"
              + (photos + QStringLiteral("/beach_bridge_structure.jpg")).toUtf8() + ",Pier\r\n"
              + (photos + QStringLiteral("/beach_dune_grass.jpg")).toUtf8() + ",Dunes,Wind in the grass,places/beaches|plants\r\n"
              + (photos + QStringLiteral("/baboon_mandrill.jpg")).toUtf8() + ",Mandrill again,,\r\n");
    csv.close();
    CsvImportDialog importDialog(catalog);
    importDialog.resize(1040, 400);
    importDialog.show();
    importDialog.setFile(file);
    if (!settle([&] { return importDialog.table()->rowCount() > 0; }) || !saveGrab(&importDialog, out + QStringLiteral("/csv-import.png")))
        return 5;
    return 0;
}
