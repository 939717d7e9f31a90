#pragma once

#include <QByteArrayView>
#include <QSet>
#include <QString>
#include <QXmlStreamReader>

namespace tagsmith {

// Which XML elements carry text in one office format; names are qualified ("w:t").
struct XmlTextRules {
    QSet<QString> textElements;      // character data counts only inside these (empty: everywhere)
    QSet<QString> paragraphElements; // a line break after each
    QSet<QString> breakElements;     // an empty element standing for a line break
    QSet<QString> tabElements;       // an empty element standing for a tab
    QSet<QString> spaceElements;     // an empty element standing for a space (ODF text:s)
    QSet<QString> skippedElements;   // subtrees ignored entirely (ODF annotations, ...)
};

// Pulls plain text out of an XML part fed in chunks, so a huge part is never held whole.
// Stops collecting (and reports full()) once maxCharacters is reached.
class XmlTextCollector {
public:
    XmlTextCollector(const XmlTextRules &rules, QString &output, qint64 maxCharacters);

    // Feeds the next chunk; returns false when the text is full or the XML is broken.
    bool feed(QByteArrayView chunk);
    bool full() const { return m_full; }
    bool broken() const { return m_broken; }
    int count(const QString &qualifiedName) const { return m_counted.value(qualifiedName); }
    void countElement(const QString &qualifiedName) { m_counted.insert(qualifiedName, 0); }

private:
    void append(QStringView text);

    const XmlTextRules &m_rules;
    QString &m_output;
    qint64 m_maxCharacters;
    QXmlStreamReader m_reader;
    int m_textDepth = 0;
    int m_skipDepth = 0;
    bool m_full = false;
    bool m_broken = false;
    qint64 m_bytesSinceTag = 0;
    QHash<QString, int> m_counted;
};

} // namespace tagsmith
