#include "csvrecords.h"

namespace tagsmith {

namespace {
class RecordParser {
public:
    explicit RecordParser(QStringView text) : m_text(text) {}

    QList<CsvRecord> run()
    {
        for (m_pos = 0; m_pos < m_text.size(); ++m_pos)
            step(m_text.at(m_pos));
        if (m_inQuotes)
            fail(CsvRecords::tr("a quoted field is never closed (the quote opens on line %1)").arg(m_quoteLine));
        if (m_started || !m_field.isEmpty() || !m_record.fields.isEmpty())
            endRecord();
        return m_records;
    }

private:
    QChar peek() const { return m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar(); }

    void step(QChar c)
    {
        if (m_inQuotes) {
            quoted(c);
            return;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && peek() == u'\n')
                ++m_pos;
            endRecord();
            ++m_line;
            return;
        }
        if (!m_record.error.isEmpty())
            return;   // the rest of a malformed line is skipped
        m_started = true;
        if (c == u',') {
            m_record.fields << m_field;
            m_field.clear();
            m_atFieldStart = true;
            m_afterQuote = false;
        } else if (c == u'"' && m_atFieldStart) {
            m_inQuotes = true;
            m_quoteLine = m_line;
            m_atFieldStart = false;
        } else if (c == u'"') {
            fail(CsvRecords::tr("a quote inside an unquoted field (quote the whole field and double the quotes in it)"));
        } else if (m_afterQuote) {
            fail(CsvRecords::tr("text after a closing quote"));
        } else {
            m_field += c;
            m_atFieldStart = false;
        }
    }

    void quoted(QChar c)
    {
        if (c == u'"' && peek() == u'"') {
            m_field += u'"';
            ++m_pos;
        } else if (c == u'"') {
            m_inQuotes = false;
            m_afterQuote = true;
        } else {
            if (c == u'\n' || (c == u'\r' && peek() != u'\n'))
                ++m_line;
            if (c != u'\r' || peek() != u'\n')
                m_field += c == u'\r' ? u'\n' : c;   // line breaks inside fields become LF
        }
    }

    void fail(const QString &message)
    {
        if (m_record.error.isEmpty())
            m_record.error = message;
    }

    void endRecord()
    {
        m_record.fields << m_field;
        m_record.blank = !m_started && m_record.fields.size() == 1 && m_field.isEmpty() && m_record.error.isEmpty();
        m_records << m_record;
        m_record = CsvRecord{};
        m_record.line = m_line + 1;
        m_field.clear();
        m_started = false;
        m_atFieldStart = true;
        m_afterQuote = false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_quoteLine = 0;
    QList<CsvRecord> m_records;
    CsvRecord m_record{1, {}, {}, false};
    QString m_field;
    bool m_inQuotes = false;
    bool m_afterQuote = false;
    bool m_atFieldStart = true;
    bool m_started = false;
};
} // namespace

QList<CsvRecord> CsvRecords::parse(QStringView text)
{
    return RecordParser(text).run();
}

QString CsvRecords::quote(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
                             || field.contains(u'\r') || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString CsvRecords::join(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted << quote(field);
    // A record of one empty field would be written as an empty line, which reads back as a
    // blank line (no fields at all): it is written as "" instead.
    if (quoted.size() == 1 && quoted.first().isEmpty())
        return QStringLiteral("\"\"");
    return quoted.join(u',');
}

} // namespace tagsmith
