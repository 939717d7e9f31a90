#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `tag rename` and `tag merge` as a script runs them: the catalog and the XMP sidecars follow,
// bad input exits 1 with a sentence (2 for usage) and changes nothing.
class TestTagTaxonomyCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_apple;
    QString m_cat;

    struct Run {
        int code = -1;
        QByteArray out;
        QString err;
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TAGSMITH_CLI), QStringList{QStringLiteral("--catalog"), m_dir.filePath(QStringLiteral("c.sqlite")),
                                                               QStringLiteral("--models"), m_dir.filePath(QStringLiteral("no-models"))} + arguments);
        process.waitForFinished(120'000);
        return Run{process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    // The manual tags (the imported file may bring keywords of its own as smart tags).
    QStringList tagsOf(const QString &path)
    {
        QStringList tags;
        const QJsonObject info = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("info"), path}).out).object();
        for (const QJsonValue &tag : info.value(QStringLiteral("tags")).toArray())
            if (tag.toObject().value(QStringLiteral("source")).toString() == QLatin1String("manual"))
                tags << tag.toObject().value(QStringLiteral("tag")).toString();
        tags.sort();
        return tags;
    }

    QByteArray sidecar(const QString &path)
    {
        QFile file(path + QStringLiteral(".xmp"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        const QString library = m_dir.filePath(QStringLiteral("library"));
        QVERIFY(QDir().mkpath(library));
        m_apple = QDir(library).canonicalPath() + QStringLiteral("/apple.jpg");
        m_cat = QDir(library).canonicalPath() + QStringLiteral("/cat.png");
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/red_apple.jpg"), m_apple));
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/cat_chelsea.png"), m_cat));
        QCOMPARE(cli({QStringLiteral("import"), library}).code, 0);
        QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), m_apple, QStringLiteral("food/fruit/apples")}).code, 0);
        QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), m_cat, QStringLiteral("pets/kitty")}).code, 0);
        QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), m_apple, QStringLiteral("animals/cat")}).code, 0);
        QVERIFY(sidecar(m_apple).contains("food|fruit|apples"));
    }

    void renameMovesTheSubtreeAndTheSidecar()
    {
        const Run renamed = cli({QStringLiteral("--json"), QStringLiteral("tag"), QStringLiteral("rename"), QStringLiteral("food/fruit"),
                                 QStringLiteral("produce/fruit")});
        QCOMPARE(renamed.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(renamed.out).object();
        QCOMPARE(json.value(QStringLiteral("action")).toString(), QStringLiteral("renamed"));
        QCOMPARE(json.value(QStringLiteral("tags")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("assets")).toInt(), 1);
        QCOMPARE(tagsOf(m_apple), (QStringList{QStringLiteral("animals/cat"), QStringLiteral("produce/fruit/apples")}));
        const QByteArray xmp = sidecar(m_apple);
        QVERIFY2(xmp.contains("produce|fruit|apples") && !xmp.contains("food|fruit|apples"), xmp.constData());
    }

    void mergeGivesEveryAssetTheTarget()
    {
        const Run merged = cli({QStringLiteral("tag"), QStringLiteral("merge"), QStringLiteral("pets/kitty"), QStringLiteral("animals/cat")});
        QCOMPARE(merged.code, 0);
        QVERIFY2(merged.err.contains(QStringLiteral("Merged pets/kitty into animals/cat")), qPrintable(merged.err));
        const QStringList tags = tagsOf(m_cat);   // with the photo's own keywords (animal, cat, pet, tabby)
        QVERIFY2(tags.contains(QStringLiteral("animals/cat")) && !tags.contains(QStringLiteral("pets/kitty")), qPrintable(tags.join(u',')));
        QVERIFY(sidecar(m_cat).contains("animals|cat") && !sidecar(m_cat).contains("pets|kitty"));
    }

    void badInputExitsWithASentence()
    {
        const Run exists = cli({QStringLiteral("tag"), QStringLiteral("rename"), QStringLiteral("produce"), QStringLiteral("animals")});
        QCOMPARE(exists.code, 1);
        QVERIFY2(exists.err.contains(QStringLiteral("already exists: merge")), qPrintable(exists.err));
        const Run unknown = cli({QStringLiteral("tag"), QStringLiteral("merge"), QStringLiteral("boats"), QStringLiteral("animals")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("There is no tag “boats”")), qPrintable(unknown.err));
        const Run usage = cli({QStringLiteral("tag"), QStringLiteral("rename"), QStringLiteral("only-one")});
        QCOMPARE(usage.code, 2);
        QVERIFY(usage.err.contains(QStringLiteral("usage: tagsmith-cli tag rename OLD NEW")));
        QCOMPARE(tagsOf(m_apple), (QStringList{QStringLiteral("animals/cat"), QStringLiteral("produce/fruit/apples")}));
    }
};

QTEST_GUILESS_MAIN(TestTagTaxonomyCli)
#include "tst_tagtaxonomycli.moc"
