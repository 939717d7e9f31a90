#pragma once

#include <QStringList>

namespace tagsmith::cli {

// The word after `name` in a command's arguments ("--images 500"), else `fallback`.
inline QString optionValue(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

} // namespace tagsmith::cli
