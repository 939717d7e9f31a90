#include "metadata/csvmetadata.h"

#include <QTest>

using namespace tagsmith;

namespace {
const QByteArray Header = "path,title,description,tags\r\n";
}

class TestCsvMetadata : public QObject {
    Q_OBJECT
private slots:
    void writeThenParseKeepsEveryCharacter()
    {
        const QList<MetadataRow> rows{
            {QStringLiteral("/photos/a, b \"c\".jpg"), QStringLiteral("Title, with \"quotes\""),
             QStringLiteral("line one\nline two"), {QStringLiteral("places/Belgium/Leuven"), QStringLiteral("old town")}},
            {QStringLiteral("/photos/日本 ü.png"), QString(), QStringLiteral("  padded  "), {}},
        };
        const QByteArray csv = CsvMetadata::write(rows);
        QVERIFY(csv.startsWith(Header));
        const auto parsed = CsvMetadata::parse(csv);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QVERIFY(parsed->errors.isEmpty());
        QCOMPARE(parsed->rows.size(), 2);
        QCOMPARE(parsed->rows.at(0).metadata.path, rows.at(0).path);
        QCOMPARE(parsed->rows.at(0).metadata.title, rows.at(0).title);
        QCOMPARE(parsed->rows.at(0).metadata.description, rows.at(0).description);
        QCOMPARE(parsed->rows.at(0).metadata.tags, rows.at(0).tags);
        QCOMPARE(parsed->rows.at(1).metadata.path, rows.at(1).path);
        QCOMPARE(parsed->rows.at(1).metadata.description, QStringLiteral("padded"));
        QCOMPARE(parsed->rows.at(1).metadata.tags, QStringList());
        // Spreadsheet rows count records; lines count text lines (row 2 spans two).
        QCOMPARE(parsed->rows.at(1).row, 3);
        QCOMPARE(parsed->rows.at(1).line, 4);
    }

    void badRowsAreRejectedOneByOne_data()
    {
        QTest::addColumn<QByteArray>("badRow");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text after a closing quote") << QByteArray("/p/bad.jpg,\"Ti\"tle,d,x") << QStringLiteral("after a closing quote");
        QTest::newRow("quote inside an unquoted field") << QByteArray("/p/bad.jpg,Ti\"tle,d,x") << QStringLiteral("quote inside an unquoted field");
        QTest::newRow("three columns") << QByteArray("/p/bad.jpg,t,d") << QStringLiteral("expected 4 columns");
        QTest::newRow("five columns") << QByteArray("/p/bad.jpg,t,d,x,y") << QStringLiteral("found 5");
        QTest::newRow("empty tag level") << QByteArray("/p/bad.jpg,t,d,places//Leuven") << QStringLiteral("empty level");
        QTest::newRow("leading slash") << QByteArray("/p/bad.jpg,t,d,/places") << QStringLiteral("empty level");
        QTest::newRow("empty tag") << QByteArray("/p/bad.jpg,t,d,a||b") << QStringLiteral("empty tag");
        QTest::newRow("trailing separator") << QByteArray("/p/bad.jpg,t,d,a|") << QStringLiteral("empty tag");
        QTest::newRow("empty path") << QByteArray(",t,d,a") << QStringLiteral("path is empty");
        QTest::newRow("path twice") << QByteArray("/p/good1.jpg,t,d,a") << QStringLiteral("already on row 2");
    }

    void badRowsAreRejectedOneByOne()
    {
        QFETCH(QByteArray, badRow);
        QFETCH(QString, reason);
        const QByteArray csv = Header + "/p/good1.jpg,One,,a|b/c\r\n" + badRow + "\r\n\"/p/good2.jpg\",\"Two,\nlines\",,\r\n";
        const auto parsed = CsvMetadata::parse(csv);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->errors.size(), 1);
        QCOMPARE(parsed->errors.first().row, 3);
        QCOMPARE(parsed->errors.first().line, 3);
        QVERIFY2(parsed->errors.first().message.contains(reason), qPrintable(parsed->errors.first().message));
        QCOMPARE(parsed->rows.size(), 2);
        QCOMPARE(parsed->rows.at(0).metadata.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b/c")}));
        QCOMPARE(parsed->rows.at(1).metadata.path, QStringLiteral("/p/good2.jpg"));
        QCOMPARE(parsed->rows.at(1).metadata.title, QStringLiteral("Two,\nlines"));
        QCOMPARE(parsed->rows.at(1).row, 4);
    }

    void unterminatedQuoteSwallowsTheRest()
    {
        const auto parsed = CsvMetadata::parse(Header + "/p/a.jpg,A,,\r\n/p/b.jpg,\"never closed,,\r\n/p/c.jpg,C,,\r\n");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->rows.size(), 1);
        QCOMPARE(parsed->errors.size(), 1);
        QCOMPARE(parsed->errors.first().line, 3);
        QVERIFY(parsed->errors.first().message.contains(QStringLiteral("never closed")));
    }

    void wholeFileProblems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray("\r\n\r\n") << QStringLiteral("empty");
        QTest::newRow("no header") << QByteArray("/p/a.jpg,A,,x\r\n") << QStringLiteral("header");
        QTest::newRow("other columns") << QByteArray("file,name,tags\r\n") << QStringLiteral("header");
        QTest::newRow("Latin-1") << QByteArray("path,title,description,tags\r\n/p/\xe9.jpg,,,\r\n") << QStringLiteral("UTF-8");
    }

    void wholeFileProblems()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, reason);
        const auto parsed = CsvMetadata::parse(csv);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
    }

    void excelStyleInputIsAccepted()
    {
        // A byte order mark, a capitalised header, LF line ends, blank lines, tags with spaces.
        const auto parsed = CsvMetadata::parse("\xef\xbb\xbfPath,Title,Description,Tags\n\n/p/a.jpg,A,B, places / Leuven | cats \n");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->errors.size(), 0);
        QCOMPARE(parsed->rows.size(), 1);
        QCOMPARE(parsed->rows.first().row, 3);
        QCOMPARE(parsed->rows.first().metadata.tags, (QStringList{QStringLiteral("places/Leuven"), QStringLiteral("cats")}));
    }
};

QTEST_GUILESS_MAIN(TestCsvMetadata)
#include "tst_csvmetadata.moc"
