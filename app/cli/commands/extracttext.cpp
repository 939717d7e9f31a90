#include "commands.h"

#include "text/documenttext.h"
#include "text/keywords.h"
#include "ocr/ocrengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace tagsmith::cli {

namespace {

QString trText(const char *text) { return QCoreApplication::translate("tagsmith::cli", text); }

// OCR for PDF pages without a text layer, loaded on the first such page from the installed pack.
class PageOcr {
public:
    explicit PageOcr(QString modelsDir) : m_modelsDir(std::move(modelsDir)) {}

    Result<QString> read(const QImage &page)
    {
        if (!m_engine) {
            auto loaded = ocr::OcrEngine::loadInstalled(m_modelsDir);
            if (!loaded) {
                m_unavailable = loaded.error();
                return Error{loaded.error()};
            }
            m_engine = loaded.value();
        }
        QElapsedTimer timer;
        timer.start();
        auto text = ocr::OcrEngine::pageReader(m_engine)(page);
        m_nanoseconds += timer.nsecsElapsed();
        ++m_pages;
        return text;
    }

    // What the JSON says about OCR: pages read and their speed, or why OCR was off.
    QJsonObject json() const
    {
        if (!m_unavailable.isEmpty())
            return {{QStringLiteral("used"), false}, {QStringLiteral("reason"), m_unavailable}};
        const double seconds = m_nanoseconds / 1e9;
        return {{QStringLiteral("used"), m_pages > 0},
                {QStringLiteral("model"), ocr::OcrEngine::PackName},
                {QStringLiteral("pages"), m_pages},
                {QStringLiteral("seconds"), seconds},
                {QStringLiteral("pagesPerSecond"), seconds > 0 ? m_pages / seconds : 0.0}};
    }
    int pages() const { return m_pages; }
    double seconds() const { return m_nanoseconds / 1e9; }
    QString unavailable() const { return m_unavailable; }

private:
    QString m_modelsDir;
    std::shared_ptr<ocr::OcrEngine> m_engine;
    QString m_unavailable;
    int m_pages = 0;
    qint64 m_nanoseconds = 0;
};

} // namespace

// extract-text PATH [--json]: the document's text (or why there is none) and its keywords;
// scanned PDF pages go through OCR when the ppocrv4 pack is installed.
int runExtractText(CliContext &context, const QStringList &arguments)
{
    const QStringList paths = arguments.filter(QRegularExpression(QStringLiteral("^(?!--)")));
    if (paths.size() != 1) {
        context.err << trText("usage: tagsmith-cli extract-text PATH [--json]") << '\n';
        return 2;
    }
    const QString &path = paths.first();
    PageOcr pageOcr(context.modelsDir);
    ExtractionControl control;
    control.ocrPage = [&pageOcr](const QImage &page) { return pageOcr.read(page); };
    const Result<ExtractedText> extracted = DocumentText::extract(path, {}, ExtractionLimits{}, control);
    if (!pageOcr.unavailable().isEmpty())
        context.err << pageOcr.unavailable() << '\n';
    else if (pageOcr.pages() > 0)
        context.err << trText("OCR: %1 pages without a text layer read in %2 s").arg(pageOcr.pages()).arg(pageOcr.seconds(), 0, 'f', 1)
                    << '\n';
    if (!extracted.ok()) {
        if (context.json)
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                                        {QStringLiteral("error"), extracted.error()},
                                                        {QStringLiteral("ocr"), pageOcr.json()}}));
        context.err << path << ": " << extracted.error() << '\n';
        return 1;
    }
    if (!context.json) {
        context.out << extracted->text;
        if (!extracted->text.endsWith(QLatin1Char('\n')))
            context.out << '\n';
        context.out.flush();
        return 0;
    }
    const KeywordResult keywords = Keywords::extract(extracted->text);
    QJsonArray keywordArray;
    for (const Keyword &keyword : keywords.keywords) {
        keywordArray.append(QJsonObject{{QStringLiteral("keyword"), keyword.text},
                                        {QStringLiteral("confidence"), keyword.confidence},
                                        {QStringLiteral("occurrences"), keyword.occurrences}});
    }
    context.printJson(QJsonDocument(QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("format"), extracted->format},
        {QStringLiteral("encoding"), extracted->encoding},
        {QStringLiteral("pages"), extracted->pageCount},
        {QStringLiteral("truncated"), extracted->truncated},
        {QStringLiteral("textLength"), extracted->text.size()},
        {QStringLiteral("language"), keywords.language},
        {QStringLiteral("keywords"), keywordArray},
        {QStringLiteral("ocr"), pageOcr.json()},
    }));
    return 0;
}

} // namespace tagsmith::cli
