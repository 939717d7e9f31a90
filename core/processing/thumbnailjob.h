#pragma once

#include "jobs/jobhandler.h"
#include "media/thumbnailer.h"

namespace tagsmith {

// Renders the asset's 256-px thumbnail into the shared freedesktop cache.
class ThumbnailJob : public JobHandler {
public:
    explicit ThumbnailJob(QString cacheRoot = {}) : m_thumbnailer(ProbeLimits{}, std::move(cacheRoot)) {}
    QString kind() const override;
    JobResult run(const JobContext &context) override;

private:
    Thumbnailer m_thumbnailer;
};

} // namespace tagsmith
