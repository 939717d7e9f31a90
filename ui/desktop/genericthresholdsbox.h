#pragma once

#include "catalog/catalog.h"
#include "util/result.h"

#include <QGroupBox>
#include <QSqlDatabase>
#include <QThreadPool>

#include <functional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;

namespace tagsmith {

// The generic labels per source (ImageNet classes, COCO objects): on/off and the confidence
// threshold, stored in the catalog like `tagsmith-cli generic enable|disable|threshold|
// object-threshold`. Reads and writes run on a pool thread; a change applies to every asset at
// once (both are applied when reading).
class GenericThresholdsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit GenericThresholdsBox(CatalogPtr catalog, QWidget *parent = nullptr);

    QDoubleSpinBox *imageNet() const { return m_imageNet; }
    QDoubleSpinBox *objects() const { return m_objects; }
    QCheckBox *imageNetOn() const { return m_imageNetOn; }
    QCheckBox *objectsOn() const { return m_objectsOn; }

Q_SIGNALS:
    void loaded();
    void saved(const QString &source, const QString &error);

private:
    void save(const QString &source, double value);
    void saveEnabled(const QString &source, bool on);
    void run(const QString &source, std::function<Status(QSqlDatabase)> write);

    CatalogPtr m_catalog;
    QDoubleSpinBox *m_imageNet = nullptr;
    QDoubleSpinBox *m_objects = nullptr;
    QCheckBox *m_imageNetOn = nullptr;
    QCheckBox *m_objectsOn = nullptr;
    QLabel *m_message = nullptr;
    // Its own threads, not Qt's global pool: destroying the owner waits for its tasks, so none
    // outlives the window or touches the catalog after it closed. Declared last, stopped first.
    QThreadPool m_tasks;
};

} // namespace tagsmith
