// The training wizard and the Models view over a real catalog: clothing photos from
// ../shared/datasets/fewshot/clothing imported into a temporary catalog, real model packs
// installed from ../shared/models into a temporary models folder.
#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/modelrepository.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "jobs/jobrunner.h"
#include "ml/modelinstaller.h"
#include "processing/processingpipeline.h"
#include "training/foldertraining.h"
#include "tagging/embeddingindexer.h"
#include "ui/training/examplespage.h"
#include "ui/training/modelsview.h"
#include "ui/training/tagspage.h"
#include "ui/training/trainingreportview.h"
#include "ui/training/trainingrules.h"
#include "ui/training/trainingwizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTest>
#include <QUrl>

using namespace tagsmith;

namespace {

const QString kClothing = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/fewshot/clothing/train");
constexpr int kPerClass = 12;
const QStringList kClasses{QStringLiteral("dress"), QStringLiteral("hat"), QStringLiteral("shoes")};
const QString kBackgroundClass = QStringLiteral("pants");   // "none of these" for the trainer

// Sends the drag enter/move/drop sequence the grid's drag would, at the centre of `target`.
bool dropUrls(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// With TAGSMITH_SCREENSHOT_DIR set, the walk also saves the pages for docs/screenshots.
void snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TAGSMITH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY2(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")), qPrintable(name));
}

// True once every thumbnail of the view's rows has been rendered (asking renders them).
bool allThumbnailsShown(const QAbstractItemView *view)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data(Qt::DecorationRole).isNull())
            return false;
    return true;
}

AssetRecord fakeAsset(qint64 id) { AssetRecord asset; asset.id = id; asset.name = QStringLiteral("img%1.jpg").arg(id); return asset; }

} // namespace

class TestTrainingWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void rules_data();
    void rules();
    void validModelTrainsAndReports();
    void restoreInModelsViewChangesCurrentVersion();
    void failedModelShowsItsReason();
    void tagCountRuleBlocksNext();
    void tenToFiftyRuleBlocksNextWithReason();
    void duplicatesAndDropsFromTheGrid();

private:
    void startWizard(const QString &name);
    void clickNext();
    void createTags(const QStringList &tags);
    void showFolder(const QString &folder);
    void addFirst(int count);
    QString libraryPath(const QString &folder) const { return m_dir.filePath(QStringLiteral("library/") + folder); }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    ExamplesPage *examplesPage() const { return static_cast<ExamplesPage *>(m_wizard->page(TrainingWizard::ExamplesPageId)); }
    void trainThreeTags(const QString &name, int examples, bool retrain);

    QTemporaryDir m_dir;
    QString m_catalogPath;
    QString m_modelsDir;
    std::unique_ptr<TrainingWizard> m_wizard;
    bool m_snapped = false;   // the screenshots show the first "clothing" walk only
};

void TestTrainingWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    for (const QString &cls : kClasses + QStringList{kBackgroundClass}) {
        QVERIFY(QDir().mkpath(libraryPath(cls)));
        const QStringList files = QDir(kClothing + QLatin1Char('/') + cls).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= kPerClass, qPrintable(cls));
        for (const QString &file : files.mid(0, kPerClass))
            QVERIFY(QFile::copy(kClothing + QLatin1Char('/') + cls + QLatin1Char('/') + file, libraryPath(cls) + QLatin1Char('/') + file));
    }
    // Same content under another name: an exact duplicate to be warned about.
    QVERIFY(QDir().mkpath(libraryPath(QStringLiteral("copies"))));
    const QString firstDress = QDir(libraryPath(QStringLiteral("dress"))).entryList(QDir::Files, QDir::Name).first();
    QVERIFY(QFile::copy(libraryPath(QStringLiteral("dress/")) + firstDress, libraryPath(QStringLiteral("copies/dress-copy.jpg"))));
    // The same picture a little smaller: other bytes, nearly the same embedding.
    const QImage original(libraryPath(QStringLiteral("dress/")) + firstDress);
    QVERIFY(!original.isNull());
    QVERIFY(original.scaledToWidth(original.width() * 9 / 10, Qt::SmoothTransformation)
                .save(libraryPath(QStringLiteral("copies/dress-smaller.jpg")), "JPEG", 92));

    m_modelsDir = m_dir.filePath(QStringLiteral("models"));
    const ml::ModelInstallReport installed = ml::ModelInstaller::install(QStringLiteral(TAGSMITH_SHARED_DIR "/models"), m_modelsDir);
    QVERIFY2(installed.failed.isEmpty(), qPrintable(installed.failed.isEmpty() ? QString() : installed.failed.first().reason));

    m_catalogPath = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    auto catalog = Catalog::open(m_catalogPath);
    QVERIFY2(catalog, qPrintable(catalog.error()));
    const ImportReport report = Importer(catalog.value()).run({QDir(m_dir.filePath(QStringLiteral("library"))).canonicalPath()});
    QCOMPARE(report.failed, 0);

    // Cached embeddings, as the import's jobs would leave them: the unrelated images serve as
    // "none of these", and the wizard's near-duplicate and outlier warnings compare them.
    auto assets = AssetRepository(catalog.value()->connection()).list();
    QVERIFY(assets);
    QList<EmbeddingTarget> targets;
    for (const AssetRecord &asset : assets.value())
        targets << EmbeddingTarget{asset.contentHash, asset.path};
    auto indexer = EmbeddingIndexer::create(m_modelsDir);
    QVERIFY2(indexer, qPrintable(indexer.error()));
    auto embedded = indexer.value()->ensure(catalog.value(), targets);
    QVERIFY(embedded && embedded.value().failures.isEmpty());
}

void TestTrainingWizard::cleanup() { m_wizard.reset(); }

void TestTrainingWizard::rules_data()
{
    QTest::addColumn<QList<int>>("counts");   // examples per tag
    QTest::addColumn<bool>("sharedImage");    // the first image also under the second tag
    QTest::addColumn<QString>("reason");      // a piece of the first broken rule; empty when trainable

    QTest::newRow("one tag") << QList<int>{12} << false << QStringLiteral("at least 2 tags");
    QTest::newRow("51 tags") << QList<int>(51, 10) << false << QStringLiteral("at most 50 tags");
    QTest::newRow("9 examples") << QList<int>{12, 9} << false << QStringLiteral("\"tag1\" has 9 examples; it needs at least 10");
    QTest::newRow("51 examples") << QList<int>{51, 10} << false << QStringLiteral("\"tag0\" has 51 examples; at most 50");
    QTest::newRow("image under two tags") << QList<int>{10, 10} << true << QStringLiteral("both \"tag0\" and \"tag1\"");
    QTest::newRow("10 and 50") << QList<int>{10, 50} << false << QString();
    QTest::newRow("50 tags") << QList<int>(50, 10) << false << QString();
}

void TestTrainingWizard::rules()
{
    QFETCH(QList<int>, counts);
    QFETCH(bool, sharedImage);
    QFETCH(QString, reason);
    TrainingDraft draft;
    qint64 nextId = 1;
    for (int tag = 0; tag < counts.size(); ++tag) {
        const QString name = QStringLiteral("tag%1").arg(tag);
        draft.tags << name;
        for (int i = 0; i < counts[tag]; ++i)
            draft.examples[name] << fakeAsset(nextId++);
    }
    if (sharedImage)
        draft.examples[QStringLiteral("tag1")].first() = draft.examples[QStringLiteral("tag0")].first();
    const QStringList broken = brokenExampleRules(draft);
    if (reason.isEmpty())
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    else
        QVERIFY2(!broken.isEmpty() && broken.first().contains(reason), qPrintable(broken.join(QLatin1Char('\n'))));
}

void TestTrainingWizard::startWizard(const QString &name)
{
    m_wizard = std::make_unique<TrainingWizard>(m_catalogPath, m_modelsDir);
    m_wizard->resize(1000, 680);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(TrainingWizard::TitlePageId));
    QVERIFY(!nextButton()->isEnabled());   // a model needs a name
    auto *title = m_wizard->findChild<QLineEdit *>(QStringLiteral("modelName"));
    QTest::keyClicks(title, name);
    QVERIFY(nextButton()->isEnabled());
    if (name == QLatin1String("clothing") && !m_snapped) {
        m_wizard->findChild<QPlainTextEdit *>(QStringLiteral("modelDescription"))->setPlainText(QStringLiteral("Kind of garment in catalogue shots"));
        snap(m_wizard.get(), QStringLiteral("wizard-1-title"));
    }
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(TrainingWizard::TagsPageId));
}

void TestTrainingWizard::clickNext()
{
    QVERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
}

void TestTrainingWizard::createTags(const QStringList &tags)
{
    auto *newTag = m_wizard->findChild<QLineEdit *>(QStringLiteral("newTag"));
    auto *create = m_wizard->findChild<QPushButton *>(QStringLiteral("createTag"));
    for (const QString &tag : tags) {
        const qsizetype before = m_wizard->draft().tags.size();
        newTag->setText(tag);
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE(m_wizard->draft().tags.size(), before + 1);
        QCOMPARE(m_wizard->draft().tags.last(), tag);
    }
}

void TestTrainingWizard::showFolder(const QString &folder)
{
    auto *combo = m_wizard->findChild<QComboBox *>(QStringLiteral("folderFilter"));
    QSignalSpy shown(examplesPage(), &ExamplesPage::catalogImagesShown);
    const int index = combo->findData(QDir(libraryPath(folder)).canonicalPath());
    QVERIFY2(index >= 0, qPrintable(folder));
    combo->setCurrentIndex(index);
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(shown.last().first().toInt(), kPerClass);
}

// Selects the first `count` thumbnails of the catalog list and clicks "Add to Tag".
void TestTrainingWizard::addFirst(int count)
{
    auto *view = m_wizard->findChild<QListView *>(QStringLiteral("catalogImages"));
    view->clearSelection();
    for (int row = 0; row < count; ++row)
        view->selectionModel()->select(view->model()->index(row, 0), QItemSelectionModel::Select);
    QTest::mouseClick(m_wizard->findChild<QPushButton *>(QStringLiteral("addExamples")), Qt::LeftButton);
}

void TestTrainingWizard::tagCountRuleBlocksNext()
{
    startWizard(QStringLiteral("count-rule"));
    auto *reason = m_wizard->findChild<QLabel *>(QStringLiteral("tagsReason"));
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("at least 2 tags")), qPrintable(reason->text()));
    createTags({QStringLiteral("rule/one")});
    QVERIFY(!nextButton()->isEnabled());
    createTags({QStringLiteral("rule/two")});
    QVERIFY(nextButton()->isEnabled());
    // The search filter keeps matching tags and their parents.
    auto *tree = m_wizard->findChild<QTreeView *>(QStringLiteral("tagTree"));
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("tagSearch")), QStringLiteral("tw"));
    QCOMPARE(tree->model()->rowCount(), 1);
    const QModelIndex rule = tree->model()->index(0, 0);
    QCOMPARE(rule.data().toString(), QStringLiteral("rule"));
    QCOMPARE(tree->model()->rowCount(rule), 1);
    QCOMPARE(tree->model()->index(0, 0, rule).data().toString(), QStringLiteral("two"));
    QVERIFY(!reason->text().contains(QStringLiteral("at least")));
    // Unticking through the tree blocks again.
    QVERIFY(static_cast<TagsPage *>(m_wizard->currentPage())->setTagChosen(QStringLiteral("rule/two"), false));
    QVERIFY(!nextButton()->isEnabled());
}

void TestTrainingWizard::tenToFiftyRuleBlocksNextWithReason()
{
    startWizard(QStringLiteral("ten-rule"));
    createTags({QStringLiteral("ten/dress"), QStringLiteral("ten/hat")});
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(TrainingWizard::ExamplesPageId));
    QCOMPARE(examplesPage()->currentTag(), QStringLiteral("ten/dress"));
    QAbstractItemModelTester catalogTester(m_wizard->findChild<QListView *>(QStringLiteral("catalogImages"))->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester examplesTester(m_wizard->findChild<QListView *>(QStringLiteral("tagExamples"))->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);

    showFolder(QStringLiteral("dress"));
    addFirst(9);
    QCOMPARE(m_wizard->draft().examples.value(QStringLiteral("ten/dress")).size(), 9);
    QVERIFY(!nextButton()->isEnabled());
    auto *reason = m_wizard->findChild<QLabel *>(QStringLiteral("examplesReason"));
    QVERIFY2(reason->text().contains(QStringLiteral("\"ten/dress\" has 9 examples; it needs at least 10")), qPrintable(reason->text()));
    auto *tags = m_wizard->findChild<QListWidget *>(QStringLiteral("exampleTags"));
    QVERIFY2(tags->item(0)->text().contains(QStringLiteral("9 of 10")), qPrintable(tags->item(0)->text()));
    QTRY_VERIFY(allThumbnailsShown(m_wizard->findChild<QListView *>(QStringLiteral("tagExamples"))));
    QTRY_VERIFY(allThumbnailsShown(m_wizard->findChild<QListView *>(QStringLiteral("catalogImages"))));
    snap(m_wizard.get(), QStringLiteral("wizard-3-examples-blocked"));

    addFirst(kPerClass);   // the nine already there are not added twice
    QCOMPARE(m_wizard->draft().examples.value(QStringLiteral("ten/dress")).size(), kPerClass);
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY2(!reason->text().contains(QStringLiteral("ten/dress")), qPrintable(reason->text()));
    QVERIFY2(reason->text().contains(QStringLiteral("\"ten/hat\" has 0 examples")), qPrintable(reason->text()));

    examplesPage()->setCurrentTag(QStringLiteral("ten/hat"));
    showFolder(QStringLiteral("hat"));
    addFirst(kPerClass);
    QTRY_VERIFY(nextButton()->isEnabled());
    QVERIFY(reason->isHidden());

    // One image under both tags breaks the rule again, with the file named.
    showFolder(QStringLiteral("dress"));
    addFirst(1);
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("both \"ten/dress\" and \"ten/hat\"")), qPrintable(reason->text()));

    // Back and Next keep the examples.
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(TrainingWizard::TagsPageId));
    clickNext();
    QCOMPARE(m_wizard->draft().examples.value(QStringLiteral("ten/hat")).size(), kPerClass + 1);
}

void TestTrainingWizard::duplicatesAndDropsFromTheGrid()
{
    startWizard(QStringLiteral("drops"));
    createTags({QStringLiteral("drop/dress"), QStringLiteral("drop/hat")});
    clickNext();
    auto *examples = m_wizard->findChild<QListView *>(QStringLiteral("tagExamples"));
    QStringList paths;
    const QDir dress(libraryPath(QStringLiteral("dress")));
    for (const QString &file : dress.entryList(QDir::Files, QDir::Name))
        paths << dress.filePath(file);
    const QDir shoes(libraryPath(QStringLiteral("shoes")));
    const QString shoe = shoes.entryList(QDir::Files, QDir::Name).first();
    paths << libraryPath(QStringLiteral("copies")) << shoes.filePath(shoe);
    QVERIFY(dropUrls(examples->viewport(), paths));
    QTRY_COMPARE(m_wizard->draft().examples.value(QStringLiteral("drop/dress")).size(), kPerClass + 3);
    QCOMPARE(examples->model()->rowCount(), kPerClass + 3);

    // A folder dropped on the second tag brings its images.
    examplesPage()->setCurrentTag(QStringLiteral("drop/hat"));
    QVERIFY(dropUrls(examples->viewport(), {libraryPath(QStringLiteral("hat"))}));
    QTRY_COMPARE(m_wizard->draft().examples.value(QStringLiteral("drop/hat")).size(), kPerClass);
    QTRY_VERIFY(nextButton()->isEnabled());

    // Searching by name looks through every folder.
    m_wizard->findChild<QComboBox *>(QStringLiteral("folderFilter"))->setCurrentIndex(0);
    QTest::keyClicks(m_wizard->findChild<QLineEdit *>(QStringLiteral("imageSearch")), QStringLiteral("DRESS-"));
    auto *catalogImages = m_wizard->findChild<QListView *>(QStringLiteral("catalogImages"));
    QTRY_COMPARE(catalogImages->model()->rowCount(), 2);
    QCOMPARE(catalogImages->model()->index(0, 0).data().toString(), QStringLiteral("dress-copy.jpg"));

    // Duplicates warn but do not block.
    QTRY_VERIFY(!examplesPage()->warnings().isEmpty());
    const QString warnings = examplesPage()->warnings().join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral("and dress-copy.jpg are the same picture")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("and dress-smaller.jpg are nearly the same picture")), qPrintable(warnings));
    QVERIFY2(warnings.contains(shoe + QStringLiteral(" looks unlike the other examples of \"drop/dress\"")), qPrintable(warnings));
    QCOMPARE(examplesPage()->warnings().size(), 3);   // nothing else is flagged
    QVERIFY(m_wizard->findChild<QLabel *>(QStringLiteral("examplesWarnings"))->isVisible());
    QVERIFY(nextButton()->isEnabled());
    QTRY_VERIFY(allThumbnailsShown(examples));
    snap(m_wizard.get(), QStringLiteral("wizard-3-examples-warnings"));
}

void TestTrainingWizard::trainThreeTags(const QString &name, int examples, bool retrain)
{
    startWizard(name);
    QStringList tags;
    for (const QString &cls : kClasses)
        tags << QStringLiteral("clothing/") + cls;
    // Re-training a model offers its own tags again (once the catalog answered); the first
    // time they are created.
    if (retrain) {
        // The model's last tags and examples come back ticked and filled in.
        QTRY_COMPARE(m_wizard->draft().tags, tags);
        auto *tree = m_wizard->findChild<QTreeView *>(QStringLiteral("tagTree"));
        const QModelIndexList dress = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("dress"), 1,
                                                           Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(dress.size(), 1);
        QCOMPARE(dress.first().data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    } else {
        createTags(tags);
        snap(m_wizard.get(), QStringLiteral("wizard-2-tags"));
    }
    QCOMPARE(m_wizard->draft().tags, tags);
    clickNext();
    auto *chosen = m_wizard->findChild<QListView *>(QStringLiteral("tagExamples"));
    for (const QString &cls : kClasses) {
        examplesPage()->setCurrentTag(QStringLiteral("clothing/") + cls);
        if (retrain) {
            // Remove the surplus through the Remove button.
            QCOMPARE(chosen->model()->rowCount(), kPerClass);
            chosen->clearSelection();
            for (int row = examples; row < kPerClass; ++row)
                chosen->selectionModel()->select(chosen->model()->index(row, 0), QItemSelectionModel::Select);
            QTest::mouseClick(m_wizard->findChild<QPushButton *>(QStringLiteral("removeExamples")), Qt::LeftButton);
            QCOMPARE(chosen->model()->rowCount(), examples);
        } else {
            showFolder(cls);
            addFirst(examples);
        }
    }
    QVERIFY2(nextButton()->isEnabled(), qPrintable(examplesPage()->reason()));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(TrainingWizard::ReviewPageId));
    auto *review = m_wizard->findChild<QTableWidget *>(QStringLiteral("reviewTags"));
    QCOMPARE(review->rowCount(), 3);
    QCOMPARE(review->item(0, 1)->text(), QString::number(examples));
    if (!retrain)
        snap(m_wizard.get(), QStringLiteral("wizard-4-review"));

    QSignalSpy finished(m_wizard.get(), &TrainingWizard::trainingFinished);
    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(TrainingWizard::TrainPageId));
    QVERIFY(m_wizard->isVisible());   // the GUI thread is free while training runs
    if (!retrain)
        snap(m_wizard.get(), QStringLiteral("wizard-5-training"));
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(TrainingWizard::ReportPageId), 120000);
    QCOMPARE(finished.size(), 1);
}

void TestTrainingWizard::validModelTrainsAndReports()
{
    trainThreeTags(QStringLiteral("clothing"), kPerClass, false);
    const QJsonObject report = m_wizard->report();
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("trained"));
    QCOMPARE(report.value(QStringLiteral("version")).toInt(), 1);

    auto *table = m_wizard->findChild<QTableWidget *>(QStringLiteral("reportTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 3);
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 0)->text(), QStringLiteral("clothing/") + kClasses[row]);
        QCOMPARE(table->item(row, 1)->text(), QString::number(kPerClass));
        const QString status = table->item(row, 4)->data(Qt::UserRole).toString();
        QVERIFY2(status == QLatin1String("trained") || status == QLatin1String("needs-more-examples"), qPrintable(status));
        QCOMPARE(table->item(row, 4)->text(), TrainingReportView::statusText(status));
        QCOMPARE(table->item(row, 4)->background().color(),
                 status == QLatin1String("trained") ? QColor(0xc8, 0xe6, 0xc9) : QColor(0xff, 0xec, 0x99));
    }
    // Twelve clean examples of garments this different are learnt.
    QVERIFY(table->item(0, 4)->data(Qt::UserRole).toString() == QLatin1String("trained"));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    snap(m_wizard.get(), QStringLiteral("wizard-6-report"));
    m_snapped = true;
}

void TestTrainingWizard::restoreInModelsViewChangesCurrentVersion()
{
    trainThreeTags(QStringLiteral("clothing"), 10, true);   // version 2 from fewer examples
    QCOMPARE(m_wizard->report().value(QStringLiteral("version")).toInt(), 2);
    m_wizard.reset();

    auto opened = Catalog::open(m_catalogPath);
    QVERIFY2(opened, qPrintable(opened.error()));
    ModelsView view(opened.value());
    view.resize(1000, 600);
    QSignalSpy versionsShown(&view, &ModelsView::versionsShown);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(!versionsShown.isEmpty());
    QVERIFY(view.selectModel(QStringLiteral("clothing")));
    QTRY_COMPARE(view.currentVersion(), 2);
    auto *versions = view.findChild<QTableWidget *>(QStringLiteral("versionTable"));
    QTRY_COMPARE(versions->rowCount(), 2);
    auto *restore = view.findChild<QPushButton *>(QStringLiteral("restoreVersion"));
    QVERIFY(!restore->isEnabled());   // the current version
    QVERIFY(view.selectVersion(1));
    QVERIFY(restore->isEnabled());
    auto *report = view.findChild<QTableWidget *>(QStringLiteral("reportTable"));
    QCOMPARE(report->item(0, 1)->text(), QString::number(kPerClass));   // version 1's report

    QSignalSpy restored(&view, &ModelsView::restoreFinished);
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_COMPARE(restored.size(), 1);
    QTRY_COMPARE(view.currentVersion(), 1);
    QTRY_COMPARE(versions->item(0, 4)->text(), QStringLiteral("current"));
    QVERIFY(view.selectVersion(2));
    snap(&view, QStringLiteral("models-view"));

    const QString csvFile = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(view.selectVersion(1));
    QCOMPARE(view.exportCsv(csvFile), QString());
    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first(), QStringLiteral("tag,examples,precision,recall,status"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("\"clothing/dress\",12,")), qPrintable(lines.at(1)));

    // Smart tags follow the restored version once the queued re-tagging has run.
    auto catalog = Catalog::open(m_catalogPath);
    QVERIFY(catalog);
    QCOMPARE(ModelRepository(catalog.value()->connection()).findByName(QStringLiteral("clothing")).value()->currentVersion, 1);
    const ProcessingHandlers handlers = makeProcessingHandlers(catalog.value(), m_modelsDir, 1);
    QVERIFY2(handlers.smartTagsOff.isEmpty(), qPrintable(handlers.smartTagsOff));
    Status ran = JobRunner(catalog.value(), handlers.handlers).runUntilIdle();
    QVERIFY2(ran, qPrintable(ran.error()));
    const QString dressPath = QDir(libraryPath(QStringLiteral("dress"))).canonicalPath() + QLatin1Char('/')
                              + QDir(libraryPath(QStringLiteral("dress"))).entryList(QDir::Files, QDir::Name).first();
    auto dress = AssetRepository(catalog.value()->connection()).findByPath(dressPath);
    QVERIFY(dress && dress.value());
    auto tags = TagRepository(catalog.value()->connection()).tagsOf(dress.value()->id);
    QVERIFY(tags);
    bool found = false;
    for (const AssetTag &tag : tags.value()) {
        if (tag.source == TagSource::Smart && tag.model == QLatin1String("clothing")) {
            QCOMPARE(tag.version, 1);
            found = found || tag.tag == QLatin1String("clothing/dress");
        }
    }
    QVERIFY(found);
}

void TestTrainingWizard::failedModelShowsItsReason()
{
    // The wizard never lets this through; the CLI and scripts can, and the view must say why.
    auto catalog = Catalog::open(m_catalogPath);
    QVERIFY(catalog);
    AssetRepository assets(catalog.value()->connection());
    QList<TagExamples> tags;
    for (const QString &cls : {QStringLiteral("dress"), QStringLiteral("hat")}) {
        auto images = assets.underFolder(QDir(libraryPath(cls)).canonicalPath());
        QVERIFY(images);
        tags << TagExamples{QStringLiteral("broken/") + cls, images.value().mid(0, cls == QLatin1String("hat") ? 9 : 10)};
    }
    auto report = trainModel(catalog.value(), m_modelsDir, QStringLiteral("broken"), QString(), tags);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report.value().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));

    auto opened = Catalog::open(m_catalogPath);
    QVERIFY2(opened, qPrintable(opened.error()));
    ModelsView view(opened.value());
    QSignalSpy versionsShown(&view, &ModelsView::versionsShown);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(!versionsShown.isEmpty());
    QVERIFY(view.selectModel(QStringLiteral("broken")));
    QTRY_COMPARE(view.findChild<QTableWidget *>(QStringLiteral("versionTable"))->rowCount(), 1);   // clothing has two
    auto *models = view.findChild<QTableWidget *>(QStringLiteral("modelTable"));
    QCOMPARE(models->item(models->currentRow(), 1)->text(), ModelsView::statusText(QStringLiteral("failed")));
    auto *reason = view.findChild<QLabel *>(QStringLiteral("modelReason"));
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QStringLiteral("\"broken/hat\" has 9 example images")), qPrintable(reason->text()));
    auto *errors = view.findChild<QListWidget *>(QStringLiteral("reportErrors"));
    QVERIFY(errors->isVisible());
    QVERIFY(errors->count() >= 1);
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("restoreVersion"))->isEnabled());
    snap(&view, QStringLiteral("models-failed"));
}

QTEST_MAIN(TestTrainingWizard)
#include "tst_trainingwizard.moc"
