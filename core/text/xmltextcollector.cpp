#include "xmltextcollector.h"

namespace tagsmith {

namespace {
constexpr qint64 kMaxTextRunBytes = 16 * 1024 * 1024;
}

XmlTextCollector::XmlTextCollector(const XmlTextRules &rules, QString &output, qint64 maxCharacters)
    : m_rules(rules), m_output(output), m_maxCharacters(maxCharacters)
{
}

void XmlTextCollector::append(QStringView text)
{
    const qint64 room = m_maxCharacters - m_output.size();
    if (text.size() >= room) {
        m_output.append(text.left(qMax<qint64>(room, 0)));
        m_full = true;
        return;
    }
    m_output.append(text);
}

bool XmlTextCollector::feed(QByteArrayView chunk)
{
    if (m_full || m_broken)
        return false;
    // QXmlStreamReader holds a text run until its end tag arrives; a run of many megabytes
    // (a zip bomb's one paragraph) would be buffered whole, so stop and call it truncated.
    const qsizetype lastTag = chunk.lastIndexOf('<');
    m_bytesSinceTag = lastTag < 0 ? m_bytesSinceTag + chunk.size() : chunk.size() - lastTag - 1;
    if (m_bytesSinceTag > kMaxTextRunBytes) {
        m_full = true;
        return false;
    }
    m_reader.addData(chunk.toByteArray());
    while (!m_reader.atEnd() && !m_full) {
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = m_reader.qualifiedName().toString();
            auto counted = m_counted.find(name);
            if (counted != m_counted.end())
                ++counted.value();
            if (m_skipDepth > 0 || m_rules.skippedElements.contains(name)) {
                ++m_skipDepth;
                continue;
            }
            if (m_rules.textElements.contains(name))
                ++m_textDepth;
            else if (m_rules.breakElements.contains(name))
                append(u"\n");
            else if (m_rules.tabElements.contains(name))
                append(u"\t");
            else if (m_rules.spaceElements.contains(name)) {
                const int spaces = qBound(1, m_reader.attributes().value(QStringLiteral("text:c")).toInt(), 64);
                append(QString(spaces, QLatin1Char(' ')));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (m_skipDepth > 0) {
                --m_skipDepth;
                continue;
            }
            const QString name = m_reader.qualifiedName().toString();
            if (m_rules.textElements.contains(name))
                --m_textDepth;
            else if (m_rules.paragraphElements.contains(name))
                append(u"\n");
        } else if (token == QXmlStreamReader::Characters && m_skipDepth == 0
                   && (m_textDepth > 0 || m_rules.textElements.isEmpty())) {
            if (!m_reader.isWhitespace() || m_textDepth > 0)
                append(m_reader.text());
        }
    }
    if (m_reader.hasError() && m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        m_broken = true;
        return false;
    }
    return !m_full;
}

} // namespace tagsmith
