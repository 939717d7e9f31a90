#include "propertiespanel.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <utility>

namespace tagsmith {
namespace {

// Rows of a two-column HTML table; values are escaped here, once.
class HtmlTable {
public:
    // A section's title appears only once a row follows it: no empty headings.
    void section(const QString &title)
    {
        m_pendingSection = QStringLiteral("<tr><td colspan=2 style='padding-top:8px'><b>%1</b></td></tr>").arg(title.toHtmlEscaped());
    }
    void row(const QString &label, const QString &value, const QString &style = {})
    {
        if (value.isEmpty())
            return;
        m_html += std::exchange(m_pendingSection, QString());
        m_html += QStringLiteral("<tr><td style='color:#777;padding-right:8px' valign=top>%1</td><td style='%3'>%2</td></tr>")
                      .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), style);
    }
    QString html() const { return QStringLiteral("<table cellspacing=2>") + m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
    QString m_pendingSection;
};

QString duration(double seconds)
{
    const int whole = int(std::lround(seconds));
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

// "1/250 s · f/2.8 · ISO 200", leaving out what the camera did not record.
QString exposure(const ExifInfo &exif)
{
    QStringList parts;
    if (exif.exposureTimeSec > 0) {
        parts << (exif.exposureTimeSec < 1 ? PropertiesPanel::tr("1/%1 s").arg(std::lround(1.0 / exif.exposureTimeSec))
                                           : PropertiesPanel::tr("%1 s").arg(exif.exposureTimeSec));
    }
    if (exif.fNumber > 0)
        parts << PropertiesPanel::tr("f/%1").arg(exif.fNumber, 0, 'g', 2);
    if (exif.iso > 0)
        parts << PropertiesPanel::tr("ISO %1").arg(exif.iso);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

PropertiesPanel::PropertiesPanel(QWidget *parent) : QTextBrowser(parent)
{
    // Paths and reasons can be one long word: wrap them anywhere rather than scroll sideways.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(false);
    setMinimumWidth(220);
    showNoSelection();
}

void PropertiesPanel::showNoSelection()
{
    setHtml(tr("<i>Select an asset to see its properties.</i>"));
}

void PropertiesPanel::showSelectionCount(int count)
{
    setHtml(tr("<b>%n assets selected</b>", nullptr, count));
}

void PropertiesPanel::showDetails(const AssetDetails &details, const ExifInfo &exif)
{
    const AssetRecord &asset = details.asset;
    const MediaInfo &media = asset.media;
    const QLocale locale;
    HtmlTable table;
    table.section(asset.name);
    if (asset.status == AssetStatus::Failed)
        table.row(tr("Problem"), media.error, QStringLiteral("color:#c62828;font-weight:bold"));
    else if (asset.status == AssetStatus::Missing)
        table.row(tr("Problem"), tr("The file is missing: %1").arg(media.error), QStringLiteral("color:#c62828"));

    table.section(tr("File"));
    table.row(tr("Path"), asset.path);
    table.row(tr("Size"), tr("%1 (%2 bytes)").arg(locale.formattedDataSize(asset.size), locale.toString(asset.size)));
    table.row(tr("Modified"), locale.toString(QDateTime::fromSecsSinceEpoch(asset.mtime), QLocale::ShortFormat));
    table.row(tr("Type"), media.mime);

    table.section(tr("Media"));
    if (media.width > 0 && media.height > 0)
        table.row(asset.media.kind == AssetKind::Document ? tr("Page size") : tr("Dimensions"),
                  asset.media.kind == AssetKind::Document ? tr("%1 × %2 pt").arg(media.width).arg(media.height)
                                                          : tr("%1 × %2 px").arg(media.width).arg(media.height));
    if (media.durationSec > 0)
        table.row(tr("Duration"), duration(media.durationSec));
    table.row(tr("Codec"), media.codec);
    if (media.pages > 0)
        table.row(tr("Pages"), locale.toString(media.pages));
    if (media.rotation != 0)
        table.row(tr("Rotation"), tr("%1°").arg(media.rotation));

    const QString camera = QStringList{exif.cameraMake, exif.cameraModel}.join(QLatin1Char(' ')).trimmed();
    if (!camera.isEmpty() || exif.dateTaken.isValid() || exif.exposureTimeSec > 0) {
        table.section(tr("Camera"));
        table.row(tr("Camera"), camera);
        if (exif.dateTaken.isValid())
            table.row(tr("Taken"), locale.toString(exif.dateTaken, QLocale::ShortFormat));
        table.row(tr("Exposure"), exposure(exif));
    }

    table.section(tr("Manual tags"));
    bool anyManual = false;
    bool anySmart = false;
    for (const AssetTag &tag : details.tags) {
        if (tag.source == TagSource::Manual) {
            table.row(QStringLiteral("•"), tag.tag);
            anyManual = true;
        }
    }
    if (!anyManual)
        table.row(QString(), tr("none"));
    table.section(tr("Smart tags"));
    for (const AssetTag &tag : details.tags) {
        if (tag.source != TagSource::Smart || tag.state == TagState::Deleted)
            continue;
        table.row(tr("%1%").arg(int(std::lround(tag.confidence * 100))),
                  tr("%1 (model %2, v%3)").arg(tag.tag, tag.model).arg(tag.version));
        anySmart = true;
    }
    if (!anySmart)
        table.row(QString(), tr("none"));
    setHtml(table.html());
}

QString PropertiesPanel::plainText() const
{
    return toPlainText();
}

} // namespace tagsmith
