#pragma once

#include "util/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace tagsmith {

// The catalog: one SQLite file. Each thread that touches it gets its own named
// connection (Qt SQL connections are thread-bound); the GUI thread never calls this.
class Catalog {
public:
    static Result<std::shared_ptr<Catalog>> open(const QString &path);
    ~Catalog();

    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    // The file or its folder is not writable: browsing works, writes fail saying so.
    bool readOnly() const { return m_readOnly; }

    // This thread's connection, opened on first use with the catalog's pragmas.
    QSqlDatabase connection() const;

    // The default file in the XDG data folder.
    static QString defaultPath();

private:
    explicit Catalog(QString path);
    Result<QSqlDatabase> openConnection(const QString &name) const;

    QString m_path;
    bool m_readOnly = false;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

using CatalogPtr = std::shared_ptr<Catalog>;

} // namespace tagsmith
