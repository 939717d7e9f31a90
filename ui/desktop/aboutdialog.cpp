#include "aboutdialog.h"

#include "media/libraryversions.h"
#include "ml/modelmanifest.h"
#include "ml/modelpack.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <opencv2/core/version.hpp>

namespace tagsmith {
namespace {

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString AboutDialog::versionsHtml()
{
    QString html = QStringLiteral("<table cellspacing=\"6\">");
    html += row(tr("Tagsmith"), QStringLiteral(TAGSMITH_VERSION));
    html += row(tr("Qt"), QString::fromLatin1(qVersion()));
    html += row(tr("OpenCV"), QStringLiteral(CV_VERSION));
    html += row(tr("FFmpeg"), LibraryVersions::ffmpeg());
    html += row(tr("Poppler"), LibraryVersions::poppler());
    html += row(tr("Exiv2"), LibraryVersions::exiv2());
    return html + QStringLiteral("</table>");
}

QString AboutDialog::modelsHtml(const QString &modelsDir)
{
    // The manifests say "Network (Licence): what it does"; the licence is the parenthesis.
    static const QRegularExpression described(QStringLiteral("^([^(]*)\\(([^)]*)\\)\\s*:?\\s*(.*)$"));
    QString html = QStringLiteral("<table cellspacing=\"6\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                                  "<th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                       .arg(tr("Model pack"), tr("Origin"), tr("Licence"), tr("Installed"));
    const QStringList names = ml::ModelManifest::builtinNames();
    for (const QString &name : names) {
        const Result<ml::ModelManifest> manifest = ml::ModelManifest::builtin(name);
        const Result<ml::ModelPack> pack = ml::ModelPack::load(modelsDir, name);
        QString origin = manifest ? manifest->description : manifest.error();
        QString licence = tr("unknown");
        if (const QRegularExpressionMatch match = described.match(origin); match.hasMatch()) {
            licence = match.captured(2).trimmed();
            origin = match.captured(1).trimmed() + QStringLiteral(": ") + match.captured(3).trimmed();
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(name.toHtmlEscaped(), origin.toHtmlEscaped(), licence.toHtmlEscaped(),
                         (pack ? tr("yes, in %1").arg(pack->directory()) : tr("no: %1").arg(pack.error())).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

AboutDialog::AboutDialog(const QString &modelsDir, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Tagsmith"));
    auto *title = new QLabel(QStringLiteral("<h2>Tagsmith %1</h2><p>%2</p>")
                                 .arg(QStringLiteral(TAGSMITH_VERSION),
                                      tr("Browse, tag and find your assets, offline: nothing leaves this machine.").toHtmlEscaped()));
    title->setAccessibleName(tr("Tagsmith version"));
    auto *icon = new QLabel;
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Tagsmith icon"));
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    m_text = new QTextBrowser;
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setAccessibleName(tr("Versions and model licences"));
    m_text->setOpenExternalLinks(false);
    m_text->setHtml(QStringLiteral("<h3>%1</h3>%2<h3>%3</h3>%4")
                        .arg(tr("Libraries").toHtmlEscaped(), versionsHtml(), tr("Model packs").toHtmlEscaped(),
                             modelsHtml(modelsDir)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

QString AboutDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace tagsmith
