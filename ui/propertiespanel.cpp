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
    // A heading shown whatever follows (the asset's name).
    void heading(const QString &title)
    {
        m_html += QStringLiteral("<tr><td colspan=2><b>%1</b></td></tr>").arg(title.toHtmlEscaped());
    }
    // A section's title appears only once a row follows it: no empty headings.
    void section(const QString &title)
    {
        m_pendingSection = QStringLiteral("<tr><td colspan=2 style='padding-top:8px'><b>%1</b></td></tr>").arg(title.toHtmlEscaped());
    }
    void row(const QString &label, const QString &value, const QString &style = {})
    {
        if (!value.isEmpty())
            htmlRow(label, value.toHtmlEscaped(), style);
    }
    // `html` is markup made by this panel (links), its text parts already escaped.
    void htmlRow(const QString &label, const QString &html, const QString &style = {})
    {
        m_html += std::exchange(m_pendingSection, QString());
        m_html += QStringLiteral("<tr><td style='color:#777;padding-right:8px' valign=top>%1</td><td style='%3'>%2</td></tr>")
                      .arg(label.toHtmlEscaped(), html, style);
    }
    QString html() const { return QStringLiteral("<table cellspacing=2>") + m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
    QString m_pendingSection;
};

QString clock(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString duration(double seconds)
{
    return clock(int(std::lround(seconds)));
}

QString percent(double fraction)
{
    return PropertiesPanel::tr("%1 %").arg(std::lround(fraction * 100));
}

const QString kSeekScheme = QStringLiteral("seek");

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
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kSeekScheme && m_hasDetails)
            Q_EMIT seekRequested(m_details.asset.id, url.path().toDouble());
    });
    showNoSelection();
}

void PropertiesPanel::showNoSelection()
{
    m_hasDetails = false;
    setHtml(tr("<i>Select an asset to see its properties.</i>"));
}

void PropertiesPanel::showSelectionCount(int count)
{
    m_hasDetails = false;
    setHtml(tr("<b>%n assets selected</b>", nullptr, count));
}

void PropertiesPanel::showDetails(const AssetDetails &details, const ExifInfo &exif)
{
    if (m_video.assetId != details.asset.id)
        m_video = VideoTagSummary{};
    m_details = details;
    m_exif = exif;
    m_hasDetails = true;
    render();
}

void PropertiesPanel::showVideoTags(const VideoTagSummary &summary)
{
    m_video = summary;
    if (m_hasDetails && m_details.asset.id == summary.assetId)
        render();
}

QString PropertiesPanel::rangeText(double from, double to)
{
    // A word joiner after the dash keeps a range on one line: the panel would break after it.
    return tr("%1–\u2060%2").arg(clock(int(std::floor(from))), clock(int(std::ceil(to))));
}

void PropertiesPanel::render()
{
    const AssetDetails &details = m_details;
    const ExifInfo &exif = m_exif;
    const AssetRecord &asset = details.asset;
    const MediaInfo &media = asset.media;
    const QLocale locale;
    HtmlTable table;
    table.heading(asset.name);
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
    if (asset.media.kind == AssetKind::Video) {
        setHtml(table.html() + smartTagsHtml());
        return;
    }
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

// A video's smart tags: objects/scenes and actions, each under its own threshold, each tag
// with the ranges where it appears as links that seek the preview.
QString PropertiesPanel::smartTagsHtml() const
{
    HtmlTable table;
    const auto group = [&](bool actions) {
        const double threshold = actions ? m_video.actionThreshold : m_video.objectThreshold;
        table.section(actions ? tr("Actions (threshold %1)").arg(percent(threshold))
                              : tr("Objects and scenes (threshold %1)").arg(percent(threshold)));
        if (actions && m_video.actionModels.isEmpty()) {
            table.row(QString(), tr("No action model — mark a model as an action model to get action tags"),
                      QStringLiteral("color:#777;font-style:italic"));
            return;
        }
        bool any = false;
        for (const AssetTag &tag : m_details.tags) {
            if (tag.source != TagSource::Smart || tag.state == TagState::Deleted
                || m_video.actionModels.contains(tag.model) != actions)
                continue;
            QStringList links;
            for (const auto &[from, to] : m_video.rangesOf(tag.tag, tag.model))
                links << QStringLiteral("<a href='%1:%2'>%3</a>").arg(kSeekScheme).arg(from, 0, 'f', 3).arg(rangeText(from, to));
            QString html = tr("%1 (model %2, v%3)").arg(tag.tag, tag.model).arg(tag.version).toHtmlEscaped();
            if (!links.isEmpty())   // on a line of their own, so that they wrap as whole ranges
                html += QStringLiteral("<br>") + links.join(QStringLiteral(", "));
            // Candidates under the threshold are kept for search, greyed here as in Manage Tags.
            const bool under = tag.confidence < m_video.thresholdFor(tag.model, actions);
            table.htmlRow(percent(tag.confidence), html, under ? QStringLiteral("color:#999") : QString());
            any = true;
        }
        if (!any)
            table.row(QString(), tr("none"));
    };
    group(false);
    group(true);
    return table.html();
}

QString PropertiesPanel::plainText() const
{
    return toPlainText();
}

} // namespace tagsmith
