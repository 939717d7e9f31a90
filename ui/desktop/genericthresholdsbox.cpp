#include "genericthresholdsbox.h"

#include "catalog/genericlabelrepository.h"
#include "catalog/sql.h"
#include "services/genericsources.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QtConcurrent/QtConcurrentRun>

namespace tagsmith {
namespace {

QDoubleSpinBox *thresholdSpin(const QString &objectName, const QString &accessibleName)
{
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(0.01, 0.99);   // GenericLabelRepository accepts (0, 1)
    spin->setSingleStep(0.05);
    spin->setDecimals(2);
    spin->setKeyboardTracking(false);   // one write per finished edit, not per key
    spin->setEnabled(false);            // until the catalog answered
    return spin;
}

QCheckBox *sourceSwitch(const QString &objectName, const QString &text, const QString &accessibleName)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setToolTip(QCoreApplication::translate("tagsmith::GenericThresholdsBox",
                                                "Off, none of this source's labels counts as a tag; they are kept, so turning it on again needs no re-run."));
    box->setEnabled(false);   // until the catalog answered
    return box;
}

} // namespace

GenericThresholdsBox::GenericThresholdsBox(CatalogPtr catalog, QWidget *parent)
    : QGroupBox(tr("Generic labels"), parent), m_catalog(std::move(catalog))
{
    m_imageNet = thresholdSpin(QStringLiteral("imageNetThreshold"), tr("ImageNet label threshold"));
    m_objects = thresholdSpin(QStringLiteral("objectThreshold"), tr("COCO object threshold"));
    m_imageNetOn = sourceSwitch(QStringLiteral("imageNetOn"), tr("&ImageNet classes (imagenet/…):"), tr("Apply ImageNet labels"));
    m_objectsOn = sourceSwitch(QStringLiteral("objectsOn"), tr("&COCO objects (coco/…):"), tr("Apply COCO object labels"));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Generic labels status"));
    auto *layout = new QFormLayout(this);
    layout->addRow(m_imageNetOn, m_imageNet);
    layout->addRow(m_objectsOn, m_objects);
    layout->addRow(m_message);
    setToolTip(tr("A generic label counts as a tag when its confidence reaches the threshold; folders can turn generic labels off."));

    if (!m_catalog) {
        m_message->setText(tr("Available once the catalog has opened."));
        return;
    }
    struct Loaded {
        double imageNet, objects;
        bool imageNetOn, objectsOn;
    };
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Loaded state = watcher->result();
        watcher->deleteLater();
        m_imageNet->setValue(state.imageNet);
        m_objects->setValue(state.objects);
        m_imageNetOn->setChecked(state.imageNetOn);
        m_objectsOn->setChecked(state.objectsOn);
        m_imageNetOn->setEnabled(true);
        m_objectsOn->setEnabled(true);
        m_imageNet->setEnabled(state.imageNetOn);
        m_objects->setEnabled(state.objectsOn);
        connect(m_imageNet, &QDoubleSpinBox::valueChanged, this, [this](double value) { save(GenericModels::ImageNet, value); });
        connect(m_objects, &QDoubleSpinBox::valueChanged, this, [this](double value) { save(GenericModels::Objects, value); });
        connect(m_imageNetOn, &QCheckBox::toggled, this, [this](bool on) { saveEnabled(GenericModels::ImageNet, on); });
        connect(m_objectsOn, &QCheckBox::toggled, this, [this](bool on) { saveEnabled(GenericModels::Objects, on); });
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, [catalog = m_catalog] {
        const GenericLabelRepository generic(catalog->connection());
        return Loaded{generic.threshold(GenericModels::ImageNet), generic.threshold(GenericModels::Objects),
                      generic.enabled(GenericModels::ImageNet), generic.enabled(GenericModels::Objects)};
    }));
}

void GenericThresholdsBox::save(const QString &source, double value)
{
    run(source, [source, value](QSqlDatabase db) {
        return sql::transaction(db, [&] { return GenericLabelRepository(db).setThreshold(source, value); });
    });
}

void GenericThresholdsBox::saveEnabled(const QString &source, bool on)
{
    (source == GenericModels::ImageNet ? m_imageNet : m_objects)->setEnabled(on);
    run(source, [source, on](QSqlDatabase db) { return GenericSources::setEnabled(db, source, on); });
}

void GenericThresholdsBox::run(const QString &source, std::function<Status(QSqlDatabase)> write)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, source] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_message->setText(error.isEmpty() ? tr("Saved in the catalog.") : error);
        Q_EMIT saved(source, error);
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, [catalog = m_catalog, write = std::move(write)] {
        const Status set = write(catalog->connection());
        return set ? QString() : set.error();
    }));
}

} // namespace tagsmith
