#include "textdecoder.h"

#include <QStringDecoder>

namespace tagsmith {

namespace {

struct Utf8Census {
    qsizetype validMultiByte = 0;
    qsizetype invalid = 0;
};

Utf8Census countUtf8(const QByteArray &bytes)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        int length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 1) {
            ++i;
            continue;
        }
        bool ok = length > 0 && i + length <= n && !(c == 0xC0 || c == 0xC1);
        for (int k = 1; ok && k < length; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok) {
            ++census.validMultiByte;
            i += length;
        } else {
            ++census.invalid;
            ++i;
        }
    }
    return census;
}

// UTF-16 without BOM: ASCII-heavy text has a NUL in every other byte.
QString guessUtf16(const QByteArray &bytes)
{
    const qsizetype sample = qMin<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (sample < 4)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes.at(i) == 0;
        oddZeros += bytes.at(i + 1) == 0;
    }
    const qsizetype pairs = sample / 2;
    if (oddZeros > pairs * 4 / 10 && evenZeros < pairs / 20)
        return QStringLiteral("UTF-16LE");
    if (evenZeros > pairs * 4 / 10 && oddZeros < pairs / 20)
        return QStringLiteral("UTF-16BE");
    return {};
}

DecodedText decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, const QString &name)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return {decoder.decode(bytes), name};
}

} // namespace

QString TextDecoder::fromWindows1252(QByteArrayView bytes)
{
    // 0x80..0x9F differ from Latin-1; the rest is identical.
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        text[i] = (c >= 0x80 && c < 0xA0) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return text;
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &declaredCharset)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3), QStringLiteral("UTF-8"));
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringConverter::Utf16LE, QByteArrayView(bytes).sliced(2), QStringLiteral("UTF-16LE"));
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(QStringConverter::Utf16BE, QByteArrayView(bytes).sliced(2), QStringLiteral("UTF-16BE"));
    const QString utf16 = guessUtf16(bytes);
    if (!utf16.isEmpty())
        return decodeWith(utf16 == u"UTF-16LE" ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, bytes, utf16);

    const QString declared = declaredCharset.trimmed().toLower();
    if (declared == u"iso-8859-1" || declared == u"latin1" || declared == u"latin-1")
        return {QString::fromLatin1(bytes), QStringLiteral("ISO-8859-1")};
    if (declared == u"windows-1252" || declared == u"cp1252")
        return {fromWindows1252(bytes), QStringLiteral("windows-1252")};

    const Utf8Census census = countUtf8(bytes);
    // Real UTF-8 text with a few damaged bytes keeps its multi-byte characters and the
    // damage is rare; Latin-1 text with umlauts has (almost) nothing but "invalid" bytes.
    const bool utf8 = census.invalid == 0 || declared == u"utf-8"
                      || census.validMultiByte >= census.invalid * 2
                      || (census.validMultiByte > 0 && census.invalid * 500 < bytes.size());
    if (utf8)
        return decodeWith(QStringConverter::Utf8, bytes, QStringLiteral("UTF-8"));
    return {QString::fromLatin1(bytes), QStringLiteral("ISO-8859-1")};
}

} // namespace tagsmith
