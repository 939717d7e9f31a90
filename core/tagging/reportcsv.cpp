#include "reportcsv.h"

#include <QJsonArray>

namespace tagsmith {

QString trainingReportCsv(const QJsonObject &report)
{
    auto quote = [](QString text) { return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    QString csv = QStringLiteral("tag,examples,precision,recall,status\n");
    for (const QJsonValue &value : report.value(QStringLiteral("tags")).toArray()) {
        const QJsonObject tag = value.toObject();
        csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(quote(tag.value(QStringLiteral("tag")).toString()))
                   .arg(tag.value(QStringLiteral("examples")).toInt())
                   .arg(tag.value(QStringLiteral("precision")).toDouble(), 0, 'f', 3)
                   .arg(tag.value(QStringLiteral("recall")).toDouble(), 0, 'f', 3)
                   .arg(tag.value(QStringLiteral("status")).toString());
    }
    return csv;
}

} // namespace tagsmith
