// docs/screenshots/tag-panel.png and batch-tagging.png, for make_screenshots (not a test).
#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "ui/assetgridmodel.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"
#include "ui/tags/batchtagdialog.h"
#include "ui/tags/tagactions.h"
#include "ui/tags/taglistedit.h"
#include "ui/tags/tagpanel.h"
#include "ui/tags/taxonomymodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDeadlineTimer>
#include <QDir>
#include <QListView>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace tagsmith;

namespace {

bool waitUntil(const std::function<bool()> &condition, int milliseconds = 30000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition() && !deadline.hasExpired())
        QTest::qWait(20);
    return condition();
}

// A vocabulary as a user builds it: manual tags on the photos they name, smart ones from models.
void tagPhotos(const CatalogPtr &catalog, const QString &photos)
{
    QSqlDatabase db = catalog->connection();
    TagRepository tags(db);
    const auto tag = [&](const char *name, const char *path, double smart = 0) {
        auto found = AssetRepository(db).findByPath(photos + QLatin1Char('/') + QLatin1String(name));
        if (!found || !found.value())
            return;
        const Status status = smart > 0 ? tags.setSmartTag(found.value()->id, QLatin1String(path), QStringLiteral("pets"), 1, smart)
                                        : tags.addManualTag(found.value()->id, QLatin1String(path));
        if (!status)
            std::fprintf(stderr, "%s\n", qPrintable(status.error()));
    };
    for (const char *name : {"dogs_samoyed_park_phone.jpg", "dogs_samoyed_tree_roots_whatsapp.jpg", "dog_samoyed_indoor_phone_12mp_exif_orient3.jpg"})
        tag(name, "animals/dogs/samoyed");
    tag("dog_at_window_portrait.jpg", "animals/dogs", 0.91);
    tag("dog_bicycle_truck_darknet.jpg", "animals/dogs", 0.84);
    tag("person_dog_horse_darknet.jpg", "animals/dogs", 0.77);
    tag("cat_chelsea.png", "animals/cats");
    tag("baboon_mandrill.jpg", "animals/monkeys");
    tag("squirrel_on_branch.jpg", "animals/wildlife");
    tag("giraffe_zebra_darknet.jpg", "animals/wildlife");
    tag("tigers_snow.psd", "animals/wildlife");
    tag("eagle_darknet.jpg", "animals/birds");
    tag("nuthatch_bird_on_tree_20mp.jpg", "animals/birds");
    tag("hummingbird_figure_lamps.jpg", "animals/birds", 0.72);
    tag("horses_field_darknet.jpg", "animals/horses");
    tag("red_apple.jpg", "food/fruit/apples");
    tag("orange_fruit.jpg", "food/fruit/citrus");
    tag("citrus_and_kiwi_fruits.jpg", "food/fruit/citrus");
    tag("citrus_fruits_usda.jpg", "food/fruit/citrus");
    tag("christmas_dinner_table_phone.jpg", "food/meals");
    tag("coffee_cup.png", "food/drinks");
    tag("leuven_street.jpg", "places/cities/leuven");
    tag("leuven_street_rotated_exif_orient6_keywords.jpg", "places/cities/leuven");
    tag("aerial_city_view.jpg", "places/cities");
    tag("city_railway_aerial_canon.jpg", "places/cities");
    tag("kpa_grand_canyon_1.jpg", "places/parks/grand-canyon");
    tag("kpa_grand_canyon_2.jpg", "places/parks/grand-canyon");
    tag("kpa_grand_canyon_3.jpg", "places/parks/grand-canyon");
    tag("kpa_skagen.jpg", "places/coast/skagen");
    tag("kpa_skagen_2.jpg", "places/coast/skagen");
    tag("beach_dune_grass.jpg", "places/coast");
    tag("car_rear_motion_blur.jpg", "vehicles/cars");
    tag("motorcycle_middlebury.png", "vehicles/motorcycles");
    tag("boats_lake_evening.webp", "vehicles/boats");
    tag("rocket_launch_falcon9.jpg", "vehicles/rockets");
}

// Popups and dialogs are windows of their own: paint them onto the window's picture where they
// are. The offscreen platform draws no decorations, so a dialog gets a plain frame with its title.
void paintOnto(QPixmap &shot, const QWidget *window, QWidget *child, bool titled = false)
{
    QPainter painter(&shot);
    const QPoint at = window->mapFromGlobal(child->mapToGlobal(QPoint(0, 0)));
    if (titled) {
        const QRect title(at.x() - 1, at.y() - 26, child->width() + 2, 26);
        painter.fillRect(title, QColor(0x3c, 0x3f, 0x44));
        painter.setPen(Qt::white);
        painter.drawText(title.adjusted(10, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, child->windowTitle());
        painter.setPen(QColor(0x3c, 0x3f, 0x44));
        painter.drawRect(QRect(at, child->size()).adjusted(-1, -1, 0, 0));
    }
    painter.drawPixmap(at, child->grab());
}

} // namespace

int tagPanelScreenshots(const QString &out)
{
    QTemporaryDir work;
    const QString catalogPath = work.filePath(QStringLiteral("catalog.sqlite"));
    const QString photos = QDir(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos")).canonicalPath();
    {
        auto catalog = Catalog::open(catalogPath);
        if (!catalog)
            return 1;
        Importer(catalog.value()).run({photos});
        tagPhotos(catalog.value(), photos);
    }
    MainWindow window(catalogPath);
    window.resize(1400, 860);
    window.show();
    auto *grid = window.findChild<QListView *>(QStringLiteral("assetGrid"));
    auto *panel = window.findChild<TagPanel *>(QStringLiteral("tagPanel"));
    panel->show();
    if (!waitUntil([&] { return grid->model()->rowCount() > 100 && panel->model()->indexOfPath(QStringLiteral("animals/dogs")).isValid(); }))
        return 2;
    panel->tree()->expandAll();
    // A click on a tag shows its assets (the tag: filter in the search field).
    const QModelIndex dogs = panel->model()->indexOfPath(QStringLiteral("animals/dogs"));
    panel->tree()->setCurrentIndex(dogs);
    QTest::mouseClick(panel->tree()->viewport(), Qt::LeftButton, {}, panel->tree()->visualRect(dogs).center());
    if (!waitUntil([&] { return grid->model()->rowCount() == 6; }))
        return 3;
    QTest::qWait(300);
    waitUntil([&] { return window.thumbnailCache()->pendingCount() == 0; }, 60000);
    QApplication::processEvents();
    if (!window.grab().save(out + QStringLiteral("/tag-panel.png")))
        return 4;
    std::printf("wrote %s\n", qPrintable(out + QStringLiteral("/tag-panel.png")));

    // Four of them selected, Tags > Add Tags to Selection…, "sam" typed: the proposals are open.
    for (int row = 0; row < 4; ++row)
        grid->selectionModel()->select(grid->model()->index(row, 0), QItemSelectionModel::Select);
    window.findChild<TagActions *>()->addToSelection();
    BatchTagDialog *dialog = nullptr;
    if (!waitUntil([&] { return (dialog = window.findChild<BatchTagDialog *>()) != nullptr; }))
        return 5;
    TagListEdit *edit = dialog->edit();
    waitUntil([&] { return edit->tagCompleter()->model()->rowCount() > 10; });
    QTest::keyClicks(edit, QStringLiteral("places/coast/skagen, fo"));
    waitUntil([&] { return edit->tagCompleter()->popup()->isVisible(); });
    QTest::qWait(200);
    // The first proposal highlighted, as after a press of Down.
    QAbstractItemView *popup = edit->tagCompleter()->popup();
    popup->selectionModel()->setCurrentIndex(popup->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    QPixmap shot = window.grab();
    paintOnto(shot, &window, dialog, true);
    paintOnto(shot, &window, edit->tagCompleter()->popup());
    if (!shot.save(out + QStringLiteral("/batch-tagging.png")))
        return 6;
    std::printf("wrote %s\n", qPrintable(out + QStringLiteral("/batch-tagging.png")));
    dialog->reject();
    return 0;
}
