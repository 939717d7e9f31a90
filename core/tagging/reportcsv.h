#pragma once

#include <QJsonObject>
#include <QString>

namespace tagsmith {

// The training report as a spreadsheet (AEM offers one): a header row, then one row per tag
// with examples, precision, recall and status; RFC 4180 quoting of the tag path.
QString trainingReportCsv(const QJsonObject &report);

} // namespace tagsmith
