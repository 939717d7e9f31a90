#include "commands.h"

#include "text/csvreader.h"
#include "text/documenttext.h"
#include "text/keywords.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>

namespace tagsmith::cli {

namespace {

QString trBench(const char *text) { return QCoreApplication::translate("tagsmith::cli", text); }

// `name: value unit` lines, or one JSON object of the same figures with --json.
struct Figures {
    CliContext &context;
    QJsonObject json;

    void add(const QString &name, double value, const QString &unit)
    {
        json.insert(name, value);
        if (!context.json)
            context.out << name << ": " << QString::number(value, 'g', 4) << ' ' << unit << '\n';
    }
    void note(const QString &name, const QString &text)
    {
        json.insert(name, text);
        if (!context.json)
            context.out << name << ": " << text << '\n';
    }
    void finish()
    {
        if (context.json)
            context.printJson(QJsonDocument(json));
        context.out.flush();
    }
};

QString documentsDir(const QStringList &arguments)
{
    const qsizetype data = arguments.indexOf(QStringLiteral("--data"));
    if (data >= 0 && data + 1 < arguments.size())
        return arguments.at(data + 1);
    const QString shared = QProcessEnvironment::systemEnvironment().value(QStringLiteral("TAGSMITH_SHARED_DIR"));
    return shared.isEmpty() ? QString() : shared + QStringLiteral("/datasets/documents");
}

QStringList topWords(const QList<Keyword> &keywords, int n)
{
    QStringList words;
    for (const Keyword &keyword : keywords.mid(0, n))
        words.append(Keywords::fold(keyword.text.toLower()));
    std::sort(words.begin(), words.end());
    return words;
}

} // namespace

// bench keywords [--data DIR] [--json]: keyword recall@10 against the manifest, format
// parity of the Ruth set, and PDF extraction speed against pdftotext on the same file.
int runBenchKeywords(CliContext &context, const QStringList &arguments)
{
    const QString dir = documentsDir(arguments);
    QFile manifestFile(dir + QStringLiteral("/manifest.csv"));
    if (dir.isEmpty() || !manifestFile.open(QIODevice::ReadOnly)) {
        context.err << trBench("bench keywords: no documents manifest; pass --data DIR or set TAGSMITH_SHARED_DIR") << '\n';
        return 2;
    }
    const QList<QStringList> rows = CsvReader::parse(QString::fromUtf8(manifestFile.readAll()));
    const QStringList header = rows.value(0);
    const qsizetype fileColumn = header.indexOf(QStringLiteral("file"));
    const qsizetype keywordColumn = header.indexOf(QStringLiteral("expected_keywords"));
    const qsizetype layerColumn = header.indexOf(QStringLiteral("text_layer"));
    Figures figures{context, {}};

    double recallSum = 0;
    int measured = 0;
    QHash<QString, QStringList> ruthTop5;
    for (const QStringList &row : rows.mid(1)) {
        if (row.size() <= layerColumn || row.at(layerColumn) != u"yes")
            continue;   // encrypted or scanned: no text to find keywords in
        const QString file = row.at(fileColumn);
        const Result<ExtractedText> text = DocumentText::extract(dir + QLatin1Char('/') + file);
        const QList<Keyword> keywords = text.ok() ? Keywords::extract(text->text).keywords : QList<Keyword>();
        const QStringList expected = row.at(keywordColumn).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        int found = 0;
        for (const QString &keyword : expected)
            found += Keywords::matches(keyword, keywords);
        const double recall = expected.isEmpty() ? 0 : double(found) / expected.size();
        figures.add(QStringLiteral("recall_at_10.") + file, recall, QStringLiteral("ratio"));
        recallSum += recall;
        ++measured;
        if (file.startsWith(u"ruth_kjv"))
            ruthTop5.insert(file, topWords(keywords, 5));
    }
    figures.add(QStringLiteral("recall_at_10.average"), measured ? recallSum / measured : 0, QStringLiteral("ratio"));
    figures.add(QStringLiteral("recall_at_10.documents"), measured, QStringLiteral("count"));

    // Parity: every format of the Ruth text should give the plain-text file's top 5.
    const QStringList reference = ruthTop5.value(QStringLiteral("ruth_kjv.txt"));
    int identical = 0;
    double overlapSum = 0;
    for (auto it = ruthTop5.cbegin(); it != ruthTop5.cend(); ++it) {
        const QSet<QString> mine(it.value().cbegin(), it.value().cend());
        const QSet<QString> theirs(reference.cbegin(), reference.cend());
        identical += mine == theirs;
        overlapSum += reference.isEmpty() ? 0 : double(QSet<QString>(mine).intersect(theirs).size()) / reference.size();
        if (mine != theirs)
            figures.note(QStringLiteral("ruth_top5_differs.") + it.key(), it.value().join(QLatin1Char(',')));
    }
    figures.note(QStringLiteral("ruth_top5.reference"), reference.join(QLatin1Char(',')));
    figures.add(QStringLiteral("ruth_top5.identical"), identical, QStringLiteral("of ") + QString::number(ruthTop5.size()));
    figures.add(QStringLiteral("ruth_top5.mean_overlap"), ruthTop5.isEmpty() ? 0 : overlapSum / ruthTop5.size(), QStringLiteral("ratio"));

    // Speed: our page-by-page Poppler extraction against pdftotext, same file, same run.
    const QString pdf = dir + QStringLiteral("/r_intro_manual_en_113pages.pdf");
    QElapsedTimer clock;
    clock.start();
    const Result<ExtractedText> ours = DocumentText::extract(pdf);
    const double oursSeconds = clock.nsecsElapsed() / 1e9;
    if (ours.ok() && ours->pageCount > 0) {
        figures.add(QStringLiteral("pdf_extract.pages_per_second"), ours->pageCount / oursSeconds, QStringLiteral("pages/s"));
        QProcess pdftotext;
        clock.restart();
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-q"), pdf, QStringLiteral("-")});
        const bool ran = pdftotext.waitForFinished(120'000) && pdftotext.exitCode() == 0;
        const double baselineSeconds = clock.nsecsElapsed() / 1e9;
        if (ran) {
            figures.add(QStringLiteral("pdf_extract.baseline_pdftotext_pages_per_second"),
                        ours->pageCount / baselineSeconds, QStringLiteral("pages/s"));
            figures.add(QStringLiteral("pdf_extract.speed_vs_pdftotext"), baselineSeconds / oursSeconds, QStringLiteral("x"));
        } else {
            figures.note(QStringLiteral("pdf_extract.baseline_pdftotext"), trBench("pdftotext not available (package poppler-utils)"));
        }
    } else {
        figures.note(QStringLiteral("pdf_extract.error"), ours.error());
    }
    figures.finish();
    return 0;
}

} // namespace tagsmith::cli
