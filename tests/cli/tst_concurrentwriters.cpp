#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Several processes share one catalog: two imports at once, and tag edits while an import
// writes. Every writer either does its work or says it failed; none drops work silently.
class TestConcurrentWriters : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;

    std::unique_ptr<QProcess> start(const QString &catalog, const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(TAGSMITH_CLI), QStringList{QStringLiteral("--catalog"), catalog, QStringLiteral("--models"),
                                                                m_dir.filePath(QStringLiteral("no-models"))} + arguments);
        return process;
    }

    static qint64 count(const QString &catalog, const QString &statement)
    {
        qint64 result = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(catalog);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(statement) && query.next())
                    result = query.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return result;
    }

private slots:
    void initTestCase()
    {
        QDir photos(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos"));
        const QStringList names = photos.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 41);
        m_first = m_dir.filePath(QStringLiteral("first"));
        m_second = m_dir.filePath(QStringLiteral("second"));
        QVERIFY(QDir().mkpath(m_first) && QDir().mkpath(m_second) && QDir().mkpath(m_dir.filePath(QStringLiteral("single"))));
        for (int i = 0; i < 40; ++i)
            QVERIFY(QFile::copy(photos.filePath(names.at(i)), (i < 20 ? m_first : m_second) + QLatin1Char('/') + names.at(i)));
        QVERIFY(QFile::copy(photos.filePath(names.at(40)), m_dir.filePath(QStringLiteral("single/tagged.jpg"))));
    }

    void twoImportsIntoOneFreshCatalog()
    {
        const QString catalog = m_dir.filePath(QStringLiteral("two.sqlite"));
        auto first = start(catalog, {QStringLiteral("import"), m_first});
        auto second = start(catalog, {QStringLiteral("import"), m_second});
        QVERIFY(first->waitForFinished(300'000) && second->waitForFinished(300'000));
        const QByteArray firstErr = first->readAllStandardError();
        const QByteArray secondErr = second->readAllStandardError();
        QVERIFY2(first->exitStatus() == QProcess::NormalExit && first->exitCode() == 0, firstErr.constData());
        QVERIFY2(second->exitStatus() == QProcess::NormalExit && second->exitCode() == 0, secondErr.constData());
        QVERIFY2(!firstErr.contains("locked") && !secondErr.contains("locked"), (firstErr + secondErr).constData());
        QCOMPARE(count(catalog, QStringLiteral("SELECT COUNT(*) FROM assets")), 40);
        QCOMPARE(count(catalog, QStringLiteral("SELECT COUNT(*) FROM assets WHERE status = 'ok'")), 40);
    }

    void tagEditsDuringAnImportLoseNothing()
    {
        const QString catalog = m_dir.filePath(QStringLiteral("tags.sqlite"));
        const QString photo = QDir(m_dir.filePath(QStringLiteral("single"))).canonicalPath() + QStringLiteral("/tagged.jpg");
        auto setup = start(catalog, {QStringLiteral("import"), m_dir.filePath(QStringLiteral("single"))});
        QVERIFY(setup->waitForFinished(120'000));
        QCOMPARE(setup->exitCode(), 0);

        auto import = start(catalog, {QStringLiteral("import"), m_first, m_second});
        constexpr int tags = 15;
        for (int i = 0; i < tags; ++i) {
            auto tag = start(catalog, {QStringLiteral("tag"), QStringLiteral("add"), photo, QStringLiteral("loop/t%1").arg(i)});
            QVERIFY(tag->waitForFinished(120'000));
            const QByteArray err = tag->readAllStandardError();
            QVERIFY2(tag->exitCode() == 0 && !err.contains("locked"), err.constData());
        }
        QVERIFY(import->waitForFinished(300'000));
        QVERIFY2(import->exitCode() == 0, import->readAllStandardError().constData());

        QCOMPARE(count(catalog, QStringLiteral("SELECT COUNT(*) FROM asset_tags JOIN tags ON tags.id = asset_tags.tag_id "
                                               "WHERE asset_tags.source = 'manual' AND tags.path LIKE 'loop/%'")),
                 qint64(tags));
        QFile sidecar(photo + QStringLiteral(".xmp"));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QByteArray xmp = sidecar.readAll();
        for (int i = 0; i < tags; ++i)
            QVERIFY2(xmp.contains(QStringLiteral("loop|t%1<").arg(i).toUtf8()), xmp.constData());
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
