#include "genericlabelrepository.h"

#include "sql.h"
#include "tagrepository.h"

#include <QCoreApplication>

namespace tagsmith {
namespace {

QString thresholdKey(const QString &model)
{
    return QStringLiteral("threshold/") + model;
}

QString enabledKey(const QString &model)
{
    return QStringLiteral("enabled/") + model;
}

} // namespace

double GenericLabelRepository::threshold(const QString &model) const
{
    const double fallback = model == GenericModels::Objects ? DefaultObjectThreshold : DefaultGenericThreshold;
    bool ok = false;
    const double value = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {thresholdKey(model)})
                             .toString().toDouble(&ok);
    return ok ? value : fallback;
}

Status GenericLabelRepository::setThreshold(const QString &model, double value)
{
    if (!GenericModels::contains(model))
        return Error{QCoreApplication::translate("catalog", "%1 is not a generic label source").arg(model)};
    if (!(value > 0 && value < 1))
        return Error{QCoreApplication::translate("catalog", "a threshold lies between 0 and 1, not %1").arg(value)};
    auto query = sql::exec(m_db, QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {thresholdKey(model), QString::number(value)});
    return query ? success() : Status(Error{query.error()});
}

bool GenericLabelRepository::enabled(const QString &model) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {enabledKey(model)}).toString()
        != QLatin1String("0");
}

Status GenericLabelRepository::setEnabled(const QString &model, bool on)
{
    if (!GenericModels::contains(model))
        return Error{QCoreApplication::translate("catalog", "%1 is not a generic label source").arg(model)};
    auto query = sql::exec(m_db, QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {enabledKey(model), on ? QStringLiteral("1") : QStringLiteral("0")});
    return query ? success() : Status(Error{query.error()});
}

double GenericLabelRepository::effectiveThreshold(const QString &model) const
{
    return enabled(model) ? threshold(model) : AboveAnyConfidence;
}

Result<QStringList> GenericLabelRepository::blocked() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT label FROM generic_label_blocks ORDER BY label"));
    if (!query)
        return Error{query.error()};
    QStringList labels;
    while (query.value().next())
        labels << query.value().value(0).toString();
    return labels;
}

Status GenericLabelRepository::block(const QStringList &labels)
{
    for (const QString &raw : labels) {
        const QString label = normaliseTagPath(raw);
        if (label.isEmpty())
            return Error{QCoreApplication::translate("catalog", "a label needs a name")};
        if (auto query = sql::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO generic_label_blocks(label) VALUES(?)"), {label}); !query)
            return Error{query.error()};
    }
    return success();
}

Result<QStringList> GenericLabelRepository::unblock(const QStringList &labels)
{
    QStringList unknown;
    for (const QString &raw : labels) {
        auto query = sql::exec(m_db, QStringLiteral("DELETE FROM generic_label_blocks WHERE label = ?"), {normaliseTagPath(raw)});
        if (!query)
            return Error{query.error()};
        if (query.value().numRowsAffected() == 0)
            unknown << raw;
    }
    return unknown;
}

} // namespace tagsmith
