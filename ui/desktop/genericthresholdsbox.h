#pragma once

#include "catalog/catalog.h"

#include <QGroupBox>
#include <QThreadPool>

class QDoubleSpinBox;
class QLabel;

namespace tagsmith {

// The generic labels' confidence threshold per source (ImageNet classes, COCO objects), stored in
// the catalog like `tagsmith-cli generic threshold|object-threshold`. Reads and writes run on a
// pool thread; a change applies to every asset at once (thresholds are applied when reading).
class GenericThresholdsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit GenericThresholdsBox(CatalogPtr catalog, QWidget *parent = nullptr);

    QDoubleSpinBox *imageNet() const { return m_imageNet; }
    QDoubleSpinBox *objects() const { return m_objects; }

Q_SIGNALS:
    void loaded();
    void saved(const QString &source, const QString &error);

private:
    void save(const QString &source, double value);

    CatalogPtr m_catalog;
    QDoubleSpinBox *m_imageNet = nullptr;
    QDoubleSpinBox *m_objects = nullptr;
    QLabel *m_message = nullptr;
    // Its own threads, not Qt's global pool: destroying the owner waits for its tasks, so none
    // outlives the window or touches the catalog after it closed. Declared last, stopped first.
    QThreadPool m_tasks;
};

} // namespace tagsmith
