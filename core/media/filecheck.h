#pragma once

#include <QCoreApplication>
#include <QString>

namespace tagsmith {

// Checks that a path names a readable regular file before any decoder touches it.
// Uses stat()/open() errno so folders, dangling links, loops and permissions get precise reasons.
class FileCheck {
    Q_DECLARE_TR_FUNCTIONS(FileCheck)
public:
    // Empty when the file can be read; otherwise a reason a user can act on.
    static QString problem(const QString &path);
};

} // namespace tagsmith
