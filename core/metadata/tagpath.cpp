#include "tagpath.h"

namespace tagsmith::tagpath {

QString fromLevels(const QStringList &levels)
{
    QStringList kept;
    for (const QString &level : levels) {
        const QString simplified = level.simplified();
        if (!simplified.isEmpty())
            kept << simplified;
    }
    return kept.join(QLatin1Char('/'));
}

QStringList levels(const QString &path)
{
    return fromLevels(path.split(QLatin1Char('/'))).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString leaf(const QString &path)
{
    const QStringList all = levels(path);
    return all.isEmpty() ? QString() : all.last();
}

} // namespace tagsmith::tagpath
