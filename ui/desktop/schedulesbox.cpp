#include "schedulesbox.h"

#include "scheduling/scheduler.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLocale>
#include <QSettings>
#include <QTimeEdit>

namespace tagsmith {
namespace {

const QString TimeFormat = QStringLiteral("HH:mm");

QTimeEdit *timeEdit(const QString &objectName, const QString &accessibleName, const QString &key, QTime current)
{
    auto *edit = new QTimeEdit(current);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(TimeFormat);
    QObject::connect(edit, &QTimeEdit::timeChanged, edit,
                     [key](QTime time) { QSettings().setValue(key, time.toString(TimeFormat)); });
    return edit;
}

} // namespace

SchedulesBox::SchedulesBox(QWidget *parent) : QGroupBox(tr("Schedules"), parent)
{
    const ScheduleConfig current = ScheduleConfig::fromSettings();
    m_taggingTime = timeEdit(QStringLiteral("taggingTime"), tr("Daily smart tagging time"), QStringLiteral("schedule/taggingTime"),
                             current.tagging.time);
    m_taggingTime->setToolTip(tr("Every day at this time, assets that are new or changed since the last pass get their smart tags."));
    m_trainingDay = new QComboBox;
    m_trainingDay->setObjectName(QStringLiteral("trainingDay"));
    m_trainingDay->setAccessibleName(tr("Model training day"));
    m_trainingDay->addItem(tr("Every day"), 0);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_trainingDay->addItem(QLocale().dayName(day), day);
    m_trainingDay->setCurrentIndex(std::max(0, m_trainingDay->findData(current.training.dayOfWeek)));
    connect(m_trainingDay, &QComboBox::currentIndexChanged, this,
            [this](int index) { QSettings().setValue(QStringLiteral("schedule/trainingDay"), m_trainingDay->itemData(index).toInt()); });
    m_trainingTime = timeEdit(QStringLiteral("trainingTime"), tr("Model training time"), QStringLiteral("schedule/trainingTime"),
                              current.training.time);
    m_trainingDay->setToolTip(tr("Models whose examples changed are trained again then; a run missed while the app was closed catches up once."));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Smart tagging &daily at:"), m_taggingTime);
    layout->addRow(tr("Train m&odels on:"), m_trainingDay);
    layout->addRow(tr("Training ti&me:"), m_trainingTime);
}

} // namespace tagsmith
