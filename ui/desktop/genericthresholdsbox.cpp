#include "genericthresholdsbox.h"

#include "catalog/genericlabelrepository.h"
#include "catalog/sql.h"

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

} // namespace

GenericThresholdsBox::GenericThresholdsBox(CatalogPtr catalog, QWidget *parent)
    : QGroupBox(tr("Generic labels"), parent), m_catalog(std::move(catalog))
{
    m_imageNet = thresholdSpin(QStringLiteral("imageNetThreshold"), tr("ImageNet label threshold"));
    m_objects = thresholdSpin(QStringLiteral("objectThreshold"), tr("COCO object threshold"));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Generic labels status"));
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&ImageNet classes (imagenet/…):"), m_imageNet);
    layout->addRow(tr("&COCO objects (coco/…):"), m_objects);
    layout->addRow(m_message);
    setToolTip(tr("A generic label counts as a tag when its confidence reaches the threshold; folders can turn generic labels off."));

    if (!m_catalog) {
        m_message->setText(tr("Available once the catalog has opened."));
        return;
    }
    auto *watcher = new QFutureWatcher<std::pair<double, double>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto [imageNet, objects] = watcher->result();
        watcher->deleteLater();
        m_imageNet->setValue(imageNet);
        m_objects->setValue(objects);
        m_imageNet->setEnabled(true);
        m_objects->setEnabled(true);
        connect(m_imageNet, &QDoubleSpinBox::valueChanged, this, [this](double value) { save(GenericModels::ImageNet, value); });
        connect(m_objects, &QDoubleSpinBox::valueChanged, this, [this](double value) { save(GenericModels::Objects, value); });
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, [catalog = m_catalog] {
        const GenericLabelRepository generic(catalog->connection());
        return std::pair{generic.threshold(GenericModels::ImageNet), generic.threshold(GenericModels::Objects)};
    }));
}

void GenericThresholdsBox::save(const QString &source, double value)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, source] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_message->setText(error.isEmpty() ? tr("Saved in the catalog.") : error);
        Q_EMIT saved(source, error);
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, [catalog = m_catalog, source, value] {
        QSqlDatabase db = catalog->connection();
        const Status set = sql::transaction(db, [&] { return GenericLabelRepository(db).setThreshold(source, value); });
        return set ? QString() : set.error();
    }));
}

} // namespace tagsmith
