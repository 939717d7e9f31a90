#include "metadatawriteback.h"

#include "metadata/sidecarwriter.h"
#include "sidecartags.h"

namespace tagsmith {

Result<WriteBackFile> MetadataWriteBack::write(const QSqlDatabase &db, const QString &assetPath, const WriteBackOptions &options)
{
    auto tags = SidecarTags::forAsset(db, assetPath, options.includeSmart);
    if (!tags)
        return Error{tags.error()};
    SidecarOptions sidecar;
    sidecar.embedded = options.embedded;
    auto written = SidecarWriter::write(assetPath, tags.value(), sidecar);
    if (!written)
        return Error{written.error()};
    return WriteBackFile{tags.value(), written.value()};
}

} // namespace tagsmith
