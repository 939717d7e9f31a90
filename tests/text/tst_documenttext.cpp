#include "text/documenttext.h"
#include "manifest.h"
#include "text/textdecoder.h"
#include "text/htmlreader.h"
#include "text/rtfreader.h"
#include "text/csvreader.h"

#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

#include <thread>

using namespace tagsmith;
using namespace Qt::StringLiterals;

namespace {

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestDocumentText : public QObject {
    Q_OBJECT

private slots:
    void documents_data();
    void documents();
    void markupStaysOut_data();
    void markupStaysOut();
    void badDocuments_data();
    void badDocuments();
    void zipBombIsRejectedQuicklyWithBoundedMemory();
    void zipPartLimitHoldsWhileInflating();
    void zipEntryLimit_data();
    void zipEntryLimit();
    void characterLimitTruncates();
    void pdfProgressAndCancel();
    void encodings_data();
    void encodings();
    void rtfTokens();
    void htmlCharsetAndEntities();
    void csvDelimiterSniffing();
    void concurrentExtractionIsConsistent();
};

void TestDocumentText::documents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("textLayer");
    QTest::addColumn<QStringList>("expectedWords");
    const auto rows = readManifest(documentsDir() + QStringLiteral("/manifest.csv"));
    QVERIFY2(rows.size() >= 30, "documents manifest missing");
    for (const auto &row : rows) {
        QStringList words;
        for (const QString &keyword : row.value(QStringLiteral("expected_keywords")).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            words += keyword.split(QLatin1Char(' '));   // phrase words may wrap across lines
        const QString file = row.value(QStringLiteral("file"));
        QTest::newRow(qPrintable(file)) << file << row.value(QStringLiteral("format"))
                                        << row.value(QStringLiteral("pages")).toInt()
                                        << row.value(QStringLiteral("password")) << row.value(QStringLiteral("text_layer"))
                                        << words;
    }
}

void TestDocumentText::documents()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, pages);
    QFETCH(QString, password);
    QFETCH(QString, textLayer);
    QFETCH(QStringList, expectedWords);
    const Result<ExtractedText> result = DocumentText::extract(documentsDir() + QLatin1Char('/') + file);
    if (!password.isEmpty()) {
        QCOMPARE(result.error(), QStringLiteral("encrypted PDF: password required"));
        return;
    }
    if (textLayer.startsWith(u"no")) {
        QCOMPARE(result.error(), QStringLiteral("no text layer"));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->format, format);
    QVERIFY(!result->encoding.isEmpty());
    QVERIFY(!result->truncated);
    const QString text = result->text.toLower();
    for (const QString &word : expectedWords)
        QVERIFY2(text.contains(word), qPrintable(word));
    // Page and slide counts where the format states them (LibreOffice-rendered counts of
    // flowing text are renderer dependent, so only PDF and slide decks are compared).
    if (pages > 0 && (format == u"PDF" || format == u"PPT" || format == u"PPTX" || format == u"ODP"))
        QCOMPARE(result->pageCount, pages);
}

void TestDocumentText::markupStaysOut_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QString>("present");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("html script") << u"ruth_kjv.html"_s << QStringList{u"zzscriptword"_s, u"<p"_s, u"&amp;"_s, u"function("_s} << u"Naomi"_s << u"UTF-8"_s;
    QTest::newRow("html navigation page") << u"debian_faq_pkgtools_en.html"_s << QStringList{u"<a "_s, u"href="_s, u"&lt;"_s} << u"dpkg"_s << u"UTF-8"_s;
    QTest::newRow("vtt") << u"jonah_kjv.vtt"_s << QStringList{u"WEBVTT"_s, u"-->"_s, u"jonah-1-1"_s, u"<b>"_s, u"NOTE"_s, u"line:90%"_s} << u"Nineveh"_s << u"UTF-8"_s;
    QTest::newRow("srt crlf") << u"genesis_kjv_ch1-3.srt"_s << QStringList{u"-->"_s, u"00:00"_s, u"\r"_s} << u"In the beginning God created"_s << u"UTF-8"_s;
    QTest::newRow("srt tiny") << u"subrip_example_vim_subtitles.srt"_s << QStringList{u"-->"_s, u"00:00"_s} << u"Have fun Subtitling!"_s << u"UTF-8"_s;
    QTest::newRow("latin1 umlauts") << u"apt_guide_de_latin1.txt"_s << QStringList{u"Ã"_s, u"\uFFFD"_s} << u"für"_s << u"ISO-8859-1"_s;
    QTest::newRow("utf16le bom") << u"jonah_kjv_utf16le_bom_crlf.txt"_s << QStringList{u"\r"_s, QString(QChar(0xFEFF))} << u"Tarshish"_s << u"UTF-16LE"_s;
    QTest::newRow("japanese") << u"apt_guide_ja_utf8.txt"_s << QStringList{u"\uFFFD"_s} << u"パッケージ"_s << u"UTF-8"_s;
    QTest::newRow("rtf tables") << u"ruth_kjv.rtf"_s << QStringList{u"Times New Roman"_s, u"fonttbl"_s, u"\\par"_s, u"{"_s} << u"Naomi"_s << u"windows-1252"_s;
    QTest::newRow("semicolon csv") << u"wine_chemical_analysis_semicolon.csv"_s << QStringList{u"14,23"_s, u"1065"_s} << u"Malic acid"_s << u"UTF-8"_s;
    QTest::newRow("odt styles") << u"ruth_kjv.odt"_s << QStringList{u"Liberation"_s, u"Standard"_s} << u"Bethlehem"_s << u"UTF-8"_s;
}

void TestDocumentText::markupStaysOut()
{
    QFETCH(QString, file);
    QFETCH(QStringList, absent);
    QFETCH(QString, present);
    QFETCH(QString, encoding);
    const Result<ExtractedText> result = DocumentText::extract(documentsDir() + QLatin1Char('/') + file);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    for (const QString &unwanted : absent)
        QVERIFY2(!result->text.contains(unwanted), qPrintable(unwanted));
    QVERIFY(result->text.contains(present));
    QCOMPARE(result->encoding, encoding);
}

void TestDocumentText::badDocuments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");      // exact reason, or empty when text is expected
    QTest::addColumn<QString>("textHas");    // a word the text must contain, "*" = either outcome
    QTest::newRow("zero pdf") << u"zero_bytes.pdf"_s << u"empty file (0 bytes)"_s << u""_s;
    QTest::newRow("zero docx") << u"zero_bytes.docx"_s << u"empty file (0 bytes)"_s << u""_s;
    QTest::newRow("zero pptx") << u"zero_bytes.pptx"_s << u"empty file (0 bytes)"_s << u""_s;
    QTest::newRow("zero txt is empty text") << u"zero_bytes.txt"_s << u""_s << u""_s;
    QTest::newRow("docx without document.xml") << u"docx_without_document_xml.docx"_s << u"corrupt DOCX: word/document.xml missing"_s << u""_s;
    QTest::newRow("pdf header only") << u"pdf_header_only.pdf"_s << u"corrupt PDF: cannot be opened"_s << u""_s;
    QTest::newRow("random pdf") << u"random_bytes.pdf"_s << u"corrupt PDF: cannot be opened"_s << u""_s;
    QTest::newRow("random docx") << u"random_bytes.docx"_s << u"cannot read DOCX: corrupt ZIP container: no central directory (truncated file?)"_s << u""_s;
    QTest::newRow("random pptx") << u"random_bytes.pptx"_s << u"cannot read PPTX: corrupt ZIP container: no central directory (truncated file?)"_s << u""_s;
    QTest::newRow("random doc") << u"random_bytes.doc"_s << u"corrupt DOC: not an OLE2 compound file"_s << u""_s;
    QTest::newRow("truncated pdf") << u"truncated_half.pdf"_s << u""_s << u"*"_s;
    QTest::newRow("broken xref pdf") << u"pdf_broken_xref.pdf"_s << u""_s << u"Naomi"_s;
    QTest::newRow("pdf named docx") << u"pdf_named_as.docx"_s << u""_s << u"Naomi"_s;
    QTest::newRow("invalid utf8") << u"text_invalid_utf8_bytes.txt"_s << u""_s << u"Boaz"_s;
}

void TestDocumentText::badDocuments()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    QFETCH(QString, textHas);
    const auto rows = readManifest(badDir() + QStringLiteral("/manifest.csv"));
    QVERIFY2(std::any_of(rows.cbegin(), rows.cend(), [&](const auto &row) { return row.value(QStringLiteral("path")) == file; }),
             "not in the bad-inputs manifest");
    const Result<ExtractedText> result = DocumentText::extract(badDir() + QLatin1Char('/') + file);
    if (textHas == u"*") {
        QVERIFY(result.ok() ? !result->text.isEmpty() : !result.error().isEmpty());
        return;
    }
    if (!error.isEmpty()) {
        QCOMPARE(result.error(), error);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(result->text.contains(textHas));
}

void TestDocumentText::zipBombIsRejectedQuicklyWithBoundedMemory()
{
    const qint64 rssBefore = peakRssKiB();
    QElapsedTimer clock;
    clock.start();
    const Result<ExtractedText> result = DocumentText::extract(badDir() + QStringLiteral("/zip_bomb_like_1GiB_document_xml.docx"));
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(result.ok() ? result->truncated : result.error().contains(u"too large"));
    QVERIFY(peakRssKiB() - rssBefore < 256 * 1024);
}

void TestDocumentText::zipPartLimitHoldsWhileInflating()
{
    // Let the declared sizes pass so the inflating loop itself must stop at the limit,
    // as it must for an archive whose headers lie.
    ExtractionLimits limits;
    limits.maxZipTotalBytes = 4LL << 30;
    limits.maxZipPartBytes = 2LL << 30;
    limits.maxZipRatio = 1e9;
    limits.maxCharacters = 100'000;
    const qint64 rssBefore = peakRssKiB();
    const Result<ExtractedText> truncated = DocumentText::extract(badDir() + QStringLiteral("/zip_bomb_like_1GiB_document_xml.docx"), {}, limits);
    QVERIFY2(truncated.ok(), qPrintable(truncated.error()));
    QVERIFY(truncated->truncated);
    QVERIFY(truncated->text.size() <= 100'000);
    QVERIFY(peakRssKiB() - rssBefore < 256 * 1024);
}

void TestDocumentText::zipEntryLimit_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("docx") << u"ruth_kjv.docx"_s << u"DOCX"_s;
    QTest::newRow("pptx") << u"ruth_kjv_slides.pptx"_s << u"PPTX"_s;
    QTest::newRow("odt") << u"ruth_kjv.odt"_s << u"ODT"_s;
}

void TestDocumentText::zipEntryLimit()
{
    // The shared ZipDirectory refuses an over-long directory before listing a single entry.
    QFETCH(QString, file);
    QFETCH(QString, format);
    ExtractionLimits limits;
    limits.maxZipEntries = 2;
    const Result<ExtractedText> refused = DocumentText::extract(documentsDir() + QLatin1Char('/') + file, {}, limits);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().startsWith(u"cannot read "_s + format + u": too many ZIP entries ("_s), qPrintable(refused.error()));
    QVERIFY2(DocumentText::extract(documentsDir() + QLatin1Char('/') + file).ok(), "the default limits let it through");
}

void TestDocumentText::characterLimitTruncates()
{
    ExtractionLimits limits;
    limits.maxCharacters = 1000;
    for (const char *file : {"ruth_kjv.docx", "ruth_kjv.odt", "ruth_kjv.txt", "ruth_kjv.rtf", "ruth_kjv.pdf", "ruth_kjv_slides.ppt"}) {
        const Result<ExtractedText> result = DocumentText::extract(documentsDir() + QLatin1Char('/') + QLatin1String(file), {}, limits);
        QVERIFY2(result.ok(), file);
        QVERIFY2(result->truncated, file);
        QVERIFY2(result->text.size() <= 1000, file);
    }
}

void TestDocumentText::pdfProgressAndCancel()
{
    const QString path = documentsDir() + QStringLiteral("/r_intro_manual_en_113pages.pdf");
    std::atomic<bool> cancel{false};
    int lastPage = 0;
    int total = 0;
    ExtractionControl control;
    control.cancel = &cancel;
    control.progress = [&](int done, int pages) {
        lastPage = done;
        total = pages;
        if (done == 10)
            cancel = true;
    };
    const Result<ExtractedText> cancelled = DocumentText::extract(path, QStringLiteral("application/pdf"), {}, control);
    QCOMPARE(cancelled.error(), QStringLiteral("cancelled"));
    QCOMPARE(lastPage, 10);
    QCOMPARE(total, 113);

    cancel = false;
    control.progress = [&](int done, int) { lastPage = done; };
    const Result<ExtractedText> full = DocumentText::extract(path, {}, {}, control);
    QVERIFY(full.ok());
    QCOMPARE(lastPage, 113);
    QCOMPARE(full->pageCount, 113);
}

void TestDocumentText::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    const QString greeting = QStringLiteral("Grüße aus Köln, naïve café");
    QByteArray utf16le(reinterpret_cast<const char *>(greeting.utf16()), greeting.size() * 2);
    QByteArray utf16be;
    for (const QChar c : greeting)
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    QTest::newRow("utf-8") << greeting.toUtf8() << greeting << u"UTF-8"_s;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + greeting.toUtf8() << greeting << u"UTF-8"_s;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + utf16le << greeting << u"UTF-16LE"_s;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + utf16be << greeting << u"UTF-16BE"_s;
    QTest::newRow("utf-16le no bom") << utf16le << greeting << u"UTF-16LE"_s;
    QTest::newRow("latin-1") << greeting.toLatin1() << greeting << u"ISO-8859-1"_s;
    QTest::newRow("ascii") << QByteArray("plain words") << u"plain words"_s << u"UTF-8"_s;
    QByteArray damaged = QStringLiteral("Ruth — the Moabitess, ").repeated(40).toUtf8();
    damaged.insert(300, "\xFF");
    damaged.insert(700, "\xC3");
    QString repaired = QString::fromUtf8(damaged);
    QTest::newRow("utf-8 with invalid bytes") << damaged << repaired << u"UTF-8"_s;
}

void TestDocumentText::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const DecodedText decoded = TextDecoder::decode(bytes);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
}

void TestDocumentText::rtfTokens()
{
    const QByteArray rtf = "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times New Roman;}}{\\colortbl;\\red0;}"
                           "{\\*\\generator Writer;}{\\info{\\title Secret}}"
                           "Gr\\'fc\\'dfe {\\b bold}\\par\\uc1 Euro \\u8364? sign\\tab end"
                           "{\\pict\\pngblip 89504e47}{\\field{\\*\\fldinst HYPERLINK x}{\\fldrslt link}}}";
    const Result<ExtractedText> result = RtfReader::read(rtf, 1000);
    QVERIFY(result.ok());
    QCOMPARE(result->text, QStringLiteral("Grüße bold\nEuro € sign\tendlink"));
    QCOMPARE(RtfReader::read("not rtf", 10).error(), QStringLiteral("corrupt RTF: missing {\\rtf header"));
}

void TestDocumentText::htmlCharsetAndEntities()
{
    const QByteArray html = "<html><head><meta charset=\"iso-8859-1\"><style>p{color:red}</style>"
                            "<script>var zz = 1;</script></head><body><!-- hidden -->"
                            "<p>K\xF6ln &amp; Z&uuml;rich&nbsp;&#8364;&#x41;</p><div>next</div></body></html>";
    const ExtractedText result = HtmlReader::read(html);
    QCOMPARE(result.encoding, QStringLiteral("ISO-8859-1"));
    QCOMPARE(result.text, QStringLiteral("Köln & Zürich €A\nnext"));
}

void TestDocumentText::csvDelimiterSniffing()
{
    QCOMPARE(CsvReader::sniffDelimiter(u"a;b;c\n1,5;2,5;3\n"), QChar(u';'));
    QCOMPARE(CsvReader::sniffDelimiter(u"a,b,c\n1,2,3\n"), QChar(u','));
    QCOMPARE(CsvReader::sniffDelimiter(u"a\tb\n1\t2\n"), QChar(u'\t'));
    const ExtractedText result = CsvReader::read("name,\"note, quoted\"\n\"multi\nline\",3.5\n");
    QCOMPARE(result.text, QStringLiteral("name\tnote, quoted\nmulti\nline\n"));
}

void TestDocumentText::concurrentExtractionIsConsistent()
{
    const QStringList files{QStringLiteral("ruth_kjv.docx"), QStringLiteral("ruth_kjv.pdf"), QStringLiteral("ruth_kjv_slides.ppt"),
                            QStringLiteral("ruth_kjv.rtf"), QStringLiteral("ruth_kjv.odt"), QStringLiteral("ruth_kjv.doc")};
    QStringList serial;
    for (const QString &file : files)
        serial.append(DocumentText::extract(documentsDir() + QLatin1Char('/') + file)->text);
    QStringList parallel(files.size());
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < files.size(); ++i)
        threads.emplace_back([&, i] { parallel[i] = DocumentText::extract(documentsDir() + QLatin1Char('/') + files[i])->text; });
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(parallel, serial);
}

QTEST_GUILESS_MAIN(TestDocumentText)
#include "tst_documenttext.moc"
