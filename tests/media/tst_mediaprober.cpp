#include "media/mediaprober.h"

#include <QTest>

using namespace tagsmith;

class TestMediaProber : public QObject {
    Q_OBJECT
private slots:
    void detectsJpegByContent()
    {
        const QString path = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/bad/jpeg_named_as.png");
        const MediaInfo info = MediaProber().probe(path);
        QCOMPARE(info.mime, QStringLiteral("image/jpeg"));
        QCOMPARE(info.kind, AssetKind::Image);
        QVERIFY(info.ok());
    }
};

QTEST_GUILESS_MAIN(TestMediaProber)
#include "tst_mediaprober.moc"
