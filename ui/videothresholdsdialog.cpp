#include "videothresholdsdialog.h"

#include "processing/processingpipeline.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tagsmith {
namespace {

// Percent in the dialog, as the properties panel shows confidences; fractions in the settings.
QDoubleSpinBox *percentBox(double fraction, const QString &objectName)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setRange(minimumVideoThreshold * 100, maximumVideoThreshold * 100);
    box->setDecimals(0);
    box->setSingleStep(5);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(fraction * 100);
    return box;
}

} // namespace

VideoThresholdsDialog::VideoThresholdsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Video Tag Thresholds"));
    const VideoTagOptions options = videoOptionsFromSettings();
    m_objects = percentBox(options.objectThreshold, QStringLiteral("objectThreshold"));
    m_actions = percentBox(options.actionThreshold, QStringLiteral("actionThreshold"));

    auto *intro = new QLabel(tr("A video gets a tag when the tag's confidence over its frames reaches the threshold of its set. "
                                "Objects and scenes come from your object models and the generic labels; actions come from "
                                "the models you marked as action models."));
    intro->setWordWrap(true);
    auto *note = new QLabel(tr("Applies to videos tagged from now on. Use Re-run Smart Tags on videos tagged before."));
    note->setWordWrap(true);
    note->setEnabled(false);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Objects and scenes:"), m_objects);
    form->addRow(tr("Actions:"), m_actions);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void VideoThresholdsDialog::accept()
{
    if (Status saved = saveVideoThresholds(m_objects->value() / 100, m_actions->value() / 100); !saved) {
        m_error->setText(saved.error());
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace tagsmith
