#include "text/documenttext.h"
#include "text/keywords.h"
#include "text/languagedetector.h"
#include "manifest.h"

#include <QRegularExpression>
#include <QTest>

using namespace tagsmith;
using namespace Qt::StringLiterals;

class TestKeywords : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void recall_data();
    void recall();
    void averageRecall();
    void ruthFormatsAgree();
    void namesNeedMidSentenceCapitals_data();
    void namesNeedMidSentenceCapitals();
    void demonymFoldsIntoPlace();
    void language_data();
    void language();
    void noMarkupNumbersOrStopWords_data();
    void noMarkupNumbersOrStopWords();
    void confidenceIsOrderedWithinRange();
    void phrases();
    void emptyAndTinyTexts();
    void matchingFoldsCaseAndPlurals();

private:
    struct Document {
        QString file;
        QString language;
        QStringList expected;
        QString text;
    };
    QList<Document> m_documents;   // every manifest document that has a text layer
    const Document *document(const QString &file) const;
};

void TestKeywords::initTestCase()
{
    const auto rows = readManifest(documentsDir() + QStringLiteral("/manifest.csv"));
    QVERIFY(!rows.isEmpty());
    for (const auto &row : rows) {
        if (row.value(QStringLiteral("text_layer")) != u"yes")
            continue;
        const QString file = row.value(QStringLiteral("file"));
        const Result<ExtractedText> text = DocumentText::extract(documentsDir() + QLatin1Char('/') + file);
        QVERIFY2(text.ok(), qPrintable(file + QStringLiteral(": ") + text.error()));
        m_documents.append({file, row.value(QStringLiteral("language")),
                            row.value(QStringLiteral("expected_keywords")).split(QLatin1Char(';'), Qt::SkipEmptyParts),
                            text->text});
    }
    QVERIFY(m_documents.size() >= 25);
}

const TestKeywords::Document *TestKeywords::document(const QString &file) const
{
    for (const Document &doc : m_documents) {
        if (doc.file == file)
            return &doc;
    }
    return nullptr;
}

void TestKeywords::recall_data()
{
    QTest::addColumn<QString>("file");
    for (const Document &doc : std::as_const(m_documents))
        QTest::newRow(qPrintable(doc.file)) << doc.file;
}

void TestKeywords::recall()
{
    // Every document: at least a third of its subject words in the top 10 (the average
    // over all documents is held to the 0.7 below).
    QFETCH(QString, file);
    const Document *doc = document(file);
    const KeywordResult result = Keywords::extract(doc->text);
    int found = 0;
    for (const QString &keyword : doc->expected)
        found += Keywords::matches(keyword, result.keywords);
    QVERIFY2(found * 3 >= doc->expected.size(), qPrintable(QString::number(found)));
}

void TestKeywords::averageRecall()
{
    double sum = 0;
    for (const Document &doc : std::as_const(m_documents)) {
        const KeywordResult result = Keywords::extract(doc.text);
        int found = 0;
        for (const QString &keyword : doc.expected)
            found += Keywords::matches(keyword, result.keywords);
        sum += double(found) / doc.expected.size();
    }
    const double average = sum / m_documents.size();
    QVERIFY2(average >= 0.7, qPrintable(QString::number(average)));
}

void TestKeywords::ruthFormatsAgree()
{
    auto top5 = [](const QString &text) {
        QStringList words;
        for (const Keyword &keyword : Keywords::extract(text, {5, {}}).keywords)
            words.append(keyword.text.toLower());
        std::sort(words.begin(), words.end());
        return words;
    };
    const QStringList reference = top5(document(QStringLiteral("ruth_kjv.txt"))->text);
    QCOMPARE(reference.size(), 5);
    // The decks hold selected verses only, yet name the same people and places: the issue
    // asks for the same five keywords from all ten files.
    for (const char *file : {"ruth_kjv.html", "ruth_kjv.odt", "ruth_kjv.docx", "ruth_kjv.doc", "ruth_kjv.rtf", "ruth_kjv.pdf",
                             "ruth_kjv_slides.pptx", "ruth_kjv_slides.ppt", "ruth_kjv_slides.odp"}) {
        const Document *doc = document(QLatin1String(file));
        QVERIFY2(doc, file);
        QCOMPARE(top5(doc->text), reference);
    }
}

void TestKeywords::namesNeedMidSentenceCapitals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    // Four mentions of a name outweigh six of a general word.
    QTest::newRow("name") << u"The harvest came. They met Orla in the harvest field, and Orla spoke of the harvest. "
                             u"Later the harvest ended and Orla left; the harvest was good, said Orla. The harvest."_s
                          << u"orla"_s;
    // All caps and Title Case headings are emphasis and layout, not names.
    QTest::newRow("all caps") << u"The harvest came. They met the LORD in the harvest field, and the LORD spoke of the harvest. "
                                 u"Later the harvest ended and the LORD left; the harvest was good, said the LORD. The harvest."_s
                              << u"harvest"_s;
    QTest::newRow("heading") << u"Reading The Orla Field Guide\nThe harvest came and the harvest was in. The harvest ended.\n"
                                u"Using The Orla Field Guide\nThe harvest was good; the harvest was late. The harvest.\n"
                                u"Buying The Orla Field Guide\nWe sat.\nLending The Orla Field Guide\nWe ate.\n"_s
                             << u"harvest"_s;
}

void TestKeywords::namesNeedMidSentenceCapitals()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QCOMPARE(Keywords::extract(text, {3, u"en"_s}).keywords.value(0).text.toLower(), first);
}

void TestKeywords::demonymFoldsIntoPlace()
{
    const KeywordResult result = Keywords::extract(
        u"They went to Moab. Ruth the Moabitess stayed in Moab, and the Moabites of Moab came to see the Moabitess."_s, {5, u"en"_s});
    QVERIFY(!result.keywords.isEmpty());
    QCOMPARE(result.keywords.first().text, u"moab"_s);
    QCOMPARE(result.keywords.first().occurrences, 6);
}

void TestKeywords::language_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    for (const Document &doc : std::as_const(m_documents)) {
        if (!doc.file.endsWith(u".csv"))   // tables of names and numbers have no language
            QTest::newRow(qPrintable(doc.file)) << doc.text << doc.language;
    }
    QTest::newRow("french") << QStringLiteral("Le petit chat est dans la maison et il ne veut pas sortir parce qu'il fait froid.") << u"fr"_s;
    QTest::newRow("too short") << QStringLiteral("Hello") << u"und"_s;
}

void TestKeywords::language()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(LanguageDetector::detect(text), language);
}

void TestKeywords::noMarkupNumbersOrStopWords_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"jonah_kjv.vtt", "genesis_kjv_ch1-3.srt", "subrip_example_vim_subtitles.srt", "ruth_kjv.html",
                             "debian_faq_pkgtools_en.html", "wine_chemical_analysis_semicolon.csv", "iris_measurements.csv"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestKeywords::noMarkupNumbersOrStopWords()
{
    QFETCH(QString, file);
    const KeywordResult result = Keywords::extract(document(file)->text, {20, {}});
    static const QRegularExpression unwanted(QStringLiteral("^[\\d.,:]+$|^(the|and|unto|said|thee|b|webvtt|zzscriptword|href|div|nbsp)$|<|>|-->"));
    QVERIFY(!result.keywords.isEmpty());
    for (const Keyword &keyword : result.keywords)
        QVERIFY2(!unwanted.match(keyword.text).hasMatch(), qPrintable(keyword.text));
}

void TestKeywords::confidenceIsOrderedWithinRange()
{
    for (const Document &doc : std::as_const(m_documents)) {
        const KeywordResult result = Keywords::extract(doc.text);
        QVERIFY2(!result.keywords.isEmpty() && result.keywords.size() <= 10, qPrintable(doc.file));
        for (qsizetype i = 0; i < result.keywords.size(); ++i) {
            QVERIFY(result.keywords[i].confidence > 0 && result.keywords[i].confidence <= 1);
            if (i > 0)
                QVERIFY(result.keywords[i].confidence <= result.keywords[i - 1].confidence);
        }
    }
}

void TestKeywords::phrases()
{
    const KeywordResult result = Keywords::extract(document(QStringLiteral("cellular_automata_nyquist.pptx"))->text);
    QVERIFY(Keywords::matches(QStringLiteral("cellular automata"), result.keywords));
    QVERIFY(std::any_of(result.keywords.cbegin(), result.keywords.cend(),
                        [](const Keyword &keyword) { return keyword.text == u"cellular automata"; }));
}

void TestKeywords::emptyAndTinyTexts()
{
    QVERIFY(Keywords::extract(QString()).keywords.isEmpty());
    QVERIFY(Keywords::extract(QStringLiteral("the and of 12 34")).keywords.isEmpty());
    const KeywordResult tiny = Keywords::extract(QStringLiteral("Volcano eruption, volcano ash."));
    QCOMPARE(tiny.keywords.value(0).text, QStringLiteral("volcano"));
    QVERIFY(tiny.keywords.value(0).confidence < 0.5);   // four words prove little
}

void TestKeywords::matchingFoldsCaseAndPlurals()
{
    const QList<Keyword> keywords{{QStringLiteral("Cells"), 1, 3}, {QStringLiteral("ian murdock"), 1, 2}, {QStringLiteral("gleaned"), 1, 2}};
    QVERIFY(Keywords::matches(QStringLiteral("cell"), keywords));
    QVERIFY(Keywords::matches(QStringLiteral("murdock"), keywords));
    QVERIFY(Keywords::matches(QStringLiteral("glean"), keywords));
    QVERIFY(!Keywords::matches(QStringLiteral("ian murdoch"), keywords));
    QVERIFY(!Keywords::matches(QStringLiteral("mur"), keywords));
}

QTEST_GUILESS_MAIN(TestKeywords)
#include "tst_keywords.moc"
