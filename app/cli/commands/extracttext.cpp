#include "commands.h"

#include "documenttext.h"
#include "keywords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace tagsmith::cli {

namespace {

QString trText(const char *text) { return QCoreApplication::translate("tagsmith::cli", text); }

} // namespace

// extract-text PATH [--json]: the document's text (or why there is none) and its keywords.
int runExtractText(CliContext &context, const QStringList &arguments)
{
    const QStringList paths = arguments.filter(QRegularExpression(QStringLiteral("^(?!--)")));
    if (paths.size() != 1) {
        context.err << trText("usage: tagsmith-cli extract-text PATH [--json]") << '\n';
        return 2;
    }
    const QString &path = paths.first();
    const Result<ExtractedText> extracted = DocumentText::extract(path);
    if (!extracted.ok()) {
        if (context.json)
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                                        {QStringLiteral("error"), extracted.error()}}));
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
    }));
    return 0;
}

} // namespace tagsmith::cli
