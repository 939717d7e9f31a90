#include "pptreader.h"

#include "compoundfile.h"

#include <QCoreApplication>
#include <QtEndian>
#include <QFile>
#include <QSet>

namespace tagsmith {

namespace {

constexpr quint16 kSlide = 0x03EE;
constexpr quint16 kMainMaster = 0x03F8;
constexpr quint16 kTextCharsAtom = 0x0FA0;
constexpr quint16 kTextBytesAtom = 0x0FA8;
constexpr int kMaxDepth = 32;

quint16 le16(const char *p) { return qFromLittleEndian<quint16>(p); }
quint32 le32(const char *p) { return qFromLittleEndian<quint32>(p); }

struct Walk {
    const QByteArray &stream;
    qint64 maxCharacters;
    ExtractedText &result;
    QSet<QString> seen;   // the same text is often stored twice (outline list and shape)
    int slides = 0;

    void records(qsizetype begin, qsizetype end, int depth)
    {
        for (qsizetype pos = begin; pos + 8 <= end && !result.truncated;) {
            const char *header = stream.constData() + pos;
            const quint16 version = le16(header) & 0x0F;
            const quint16 type = le16(header + 2);
            const quint32 length = le32(header + 4);
            const qsizetype bodyEnd = qMin<qsizetype>(end, pos + 8 + qsizetype(length));
            if (version == 0x0F) {
                if (type == kSlide)
                    ++slides;
                if (type != kMainMaster && depth < kMaxDepth)
                    records(pos + 8, bodyEnd, depth + 1);
            } else if (type == kTextCharsAtom || type == kTextBytesAtom) {
                const QByteArrayView body(header + 8, bodyEnd - pos - 8);
                addText(type == kTextCharsAtom
                            ? QString::fromUtf16(reinterpret_cast<const char16_t *>(body.data()), body.size() / 2)
                            : QString::fromLatin1(body));
            }
            pos = pos + 8 + qsizetype(length);
        }
    }

    void addText(QString text)
    {
        // PowerPoint ends paragraphs with CR and soft line breaks with VT.
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        text.replace(QChar(0x0B), QLatin1Char('\n'));
        if (text.trimmed().isEmpty() || seen.contains(text))
            return;
        seen.insert(text);
        result.text += text + QLatin1Char('\n');
        if (result.text.size() >= maxCharacters) {
            result.text.truncate(maxCharacters);
            result.truncated = true;
        }
    }
};

} // namespace

Result<ExtractedText> PptReader::read(const QString &path, const ExtractionLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("PptReader", "cannot open file: %1").arg(file.errorString())};
    const Result<CompoundFile> compound = CompoundFile::parse(file.read(qMin(file.size(), limits.maxFileBytes)));
    if (!compound.ok())
        return Error{QCoreApplication::translate("PptReader", "corrupt PPT: %1").arg(compound.error())};
    const Result<QByteArray> stream = compound->stream(QStringLiteral("PowerPoint Document"), limits.maxFileBytes);
    if (!stream.ok())
        return Error{QCoreApplication::translate("PptReader", "corrupt PPT: %1").arg(stream.error())};

    ExtractedText result;
    result.format = QStringLiteral("PPT");
    result.encoding = QStringLiteral("UTF-16LE");
    Walk walk{*stream, limits.maxCharacters, result, {}, 0};
    walk.records(0, stream->size(), 0);
    if (walk.slides > 0)
        result.pageCount = walk.slides;
    return result;
}

} // namespace tagsmith
