#pragma once

#include "importreport.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace tagsmith {

// files done, files total, the source file just finished, how many have failed so far
using CopyProgress = std::function<void(int done, int total, const QString &source, int failed)>;

struct DropCopyResult {
    QStringList copied;          // every file written, in the target folder or below it
    QStringList topLevel;        // what was placed directly in the target (files and folders)
    QList<ImportError> errors;   // sources that could not be copied, with the reason
    bool cancelled = false;      // when set, everything this run wrote has been removed again
};

// Copies dropped files and folders into a catalog folder, never overwriting anything:
// a clash becomes "name (2).jpg", "name (3).jpg"... Cancelling undoes the whole drop.
class DropCopier {
public:
    DropCopyResult copyInto(const QStringList &sources, const QString &targetFolder,
                            const CopyProgress &progress = {}, const std::atomic<bool> *cancel = nullptr) const;

    // The first name in `folder` that does not exist yet, for `fileName`.
    static QString freeName(const QString &folder, const QString &fileName);

private:
    struct Run;
    void copyFile(Run &run, const QString &source, const QString &target) const;
    void copyFolder(Run &run, const QString &source, const QString &target) const;
};

} // namespace tagsmith
