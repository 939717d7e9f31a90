#include "preferencesdialog.h"

#include "genericthresholdsbox.h"
#include "jobs/jobrunner.h"
#include "metadata/sidecarwriter.h"
#include "schedulesbox.h"
#include "translationloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace tagsmith {
namespace {

constexpr int kMinThumbnail = 64;
constexpr int kMaxThumbnail = 256;
constexpr int kThumbnailStep = 32;

} // namespace

QString PreferencesDialog::workersKey()
{
    return QStringLiteral("processing/inferenceWorkers");
}

PreferencesDialog::PreferencesDialog(int thumbnailSize, CatalogPtr catalog, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    const QSettings settings;

    auto *metadata = new QGroupBox(tr("Metadata"));
    m_sidecars = new QCheckBox(tr("&Write tag changes to XMP sidecar files"));
    m_sidecars->setObjectName(QStringLiteral("writeSidecars"));
    m_sidecars->setAccessibleName(tr("Write XMP sidecar files"));
    m_sidecars->setToolTip(tr("Lightroom, Bridge and digiKam read the sidecars; tagsmith-cli follows the same setting."));
    m_sidecars->setChecked(settings.value(QStringLiteral("metadata/writeSidecars"), true).toBool());
    connect(m_sidecars, &QCheckBox::toggled, this, [](bool on) {
        QSettings().setValue(QStringLiteral("metadata/writeSidecars"), on);
    });
    auto *naming = new QComboBox;
    naming->setObjectName(QStringLiteral("sidecarNaming"));
    naming->setAccessibleName(tr("Sidecar file names"));
    naming->addItem(tr("photo.jpg.xmp (digiKam, darktable, Bridge)"), QString());
    naming->addItem(tr("photo.xmp (Lightroom)"), SidecarWriter::BaseNaming);
    naming->setCurrentIndex(std::max(0, naming->findData(settings.value(SidecarWriter::NamingKey).toString())));
    naming->setToolTip(tr("Where two files share a name (photo.jpg and photo.png), each keeps photo.jpg.xmp so their tags never mix. "
                          "Sidecars are read under both names."));
    naming->setEnabled(m_sidecars->isChecked());
    connect(m_sidecars, &QCheckBox::toggled, naming, &QWidget::setEnabled);
    connect(naming, &QComboBox::currentIndexChanged, this, [naming](int index) {
        QSettings().setValue(SidecarWriter::NamingKey, naming->itemData(index).toString());
    });
    auto *metadataLayout = new QVBoxLayout(metadata);
    metadataLayout->addWidget(m_sidecars);
    auto *namingRow = new QFormLayout;
    namingRow->addRow(tr("Sidecar &names:"), naming);
    metadataLayout->addLayout(namingRow);

    auto *processing = new QGroupBox(tr("Processing"));
    m_workers = new QSpinBox;
    m_workers->setObjectName(QStringLiteral("inferenceWorkers"));
    m_workers->setAccessibleName(tr("Smart tag worker threads"));
    m_workers->setRange(0, std::max(1, QThread::idealThreadCount()) * 2);
    m_workers->setSpecialValueText(tr("Automatic (%n thread(s))", nullptr, QThread::idealThreadCount()));
    m_workers->setValue(settings.value(workersKey(), 0).toInt());
    m_workers->setToolTip(tr("Threads that compute smart tags; the next processing pass uses the new number."));
    connect(m_workers, &QSpinBox::valueChanged, this, [](int workers) { QSettings().setValue(workersKey(), workers); });
    auto *decodeWorkers = new QSpinBox;
    decodeWorkers->setObjectName(QStringLiteral("decodeWorkers"));
    decodeWorkers->setAccessibleName(tr("Thumbnail and text worker threads"));
    decodeWorkers->setRange(0, std::max(1, QThread::idealThreadCount()) * 2);
    decodeWorkers->setSpecialValueText(tr("Automatic (%n thread(s))", nullptr, QThread::idealThreadCount()));
    decodeWorkers->setValue(settings.value(JobRunnerOptions::DecodeWorkersKey, 0).toInt());
    decodeWorkers->setToolTip(tr("Threads that make thumbnails and read document text; the next processing pass uses the new number."));
    connect(decodeWorkers, &QSpinBox::valueChanged, this,
            [](int workers) { QSettings().setValue(JobRunnerOptions::DecodeWorkersKey, workers); });
    auto *processingLayout = new QFormLayout(processing);
    processingLayout->addRow(tr("Smart tag &worker threads:"), m_workers);
    processingLayout->addRow(tr("T&humbnail and text worker threads:"), decodeWorkers);

    auto *display = new QGroupBox(tr("Display"));
    m_thumbnails = new QSlider(Qt::Horizontal);
    m_thumbnails->setObjectName(QStringLiteral("thumbnailSize"));
    m_thumbnails->setAccessibleName(tr("Thumbnail size"));
    m_thumbnails->setRange(kMinThumbnail, kMaxThumbnail);
    m_thumbnails->setSingleStep(kThumbnailStep);
    m_thumbnails->setPageStep(kThumbnailStep);
    m_thumbnails->setTickInterval(kThumbnailStep);
    m_thumbnails->setTickPosition(QSlider::TicksBelow);
    m_thumbnails->setValue(thumbnailSize);
    auto *thumbnailLabel = new QLabel(tr("%1 px").arg(thumbnailSize));
    connect(m_thumbnails, &QSlider::valueChanged, this, [this, thumbnailLabel](int pixels) {
        thumbnailLabel->setText(tr("%1 px").arg(pixels));
        QSettings().setValue(QStringLiteral("grid/thumbnailSize"), pixels);
        Q_EMIT thumbnailSizeChanged(pixels);
    });
    auto *thumbnailRow = new QHBoxLayout;
    thumbnailRow->addWidget(m_thumbnails, 1);
    thumbnailRow->addWidget(thumbnailLabel);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    // Language names in their own language, as desktops list them.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value(TranslationLoader::settingsKey()).toString())));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString language = m_language->itemData(index).toString();
        QSettings().setValue(TranslationLoader::settingsKey(), language);
        Q_EMIT languageChanged(language);
    });
    auto *displayLayout = new QFormLayout(display);
    auto *thumbnailsTitle = new QLabel(tr("&Thumbnail size:"));
    thumbnailsTitle->setBuddy(m_thumbnails);
    displayLayout->addRow(thumbnailsTitle, thumbnailRow);
    displayLayout->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(metadata);
    layout->addWidget(new GenericThresholdsBox(std::move(catalog)));
    layout->addWidget(processing);
    layout->addWidget(new SchedulesBox);
    layout->addWidget(display);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

} // namespace tagsmith
