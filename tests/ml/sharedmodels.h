#pragma once

#include "ml/embedder.h"
#include "ml/modelpack.h"

// The shared models folder has the installed layout (<model>/<files>), so tests load it as it is.
inline tagsmith::Result<tagsmith::ml::ModelPack> sharedEmbedderPack()
{
    return tagsmith::ml::ModelPack::load(QStringLiteral(TAGSMITH_SHARED_DIR "/models"), QStringLiteral("mobilenet_v2_imagenet"));
}

inline tagsmith::Result<tagsmith::ml::Embedder> sharedEmbedder(tagsmith::ml::EmbedderOptions options = {})
{
    const auto pack = sharedEmbedderPack();
    if (!pack)
        return tagsmith::Error{pack.error()};
    return tagsmith::ml::Embedder::create(*pack, options);
}
