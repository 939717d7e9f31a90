// ModelManifest::fromJson: the manifest of a model pack a user installs.
#include "ml/modelmanifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto manifest = tagsmith::ml::ModelManifest::fromJson(bytes);
    if (manifest)
        for (const char *role : {"embedder", "classifier", "detector"})
            manifest->network(QString::fromLatin1(role));
    return 0;
}
