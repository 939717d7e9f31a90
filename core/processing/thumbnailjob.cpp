#include "thumbnailjob.h"

#include "jobs/jobqueue.h"

namespace tagsmith {

QString ThumbnailJob::kind() const { return JobKind::Thumbnail; }

JobResult ThumbnailJob::run(const JobContext &context)
{
    auto thumbnail = m_thumbnailer.thumbnail(context.path);
    if (!thumbnail)
        return JobResult{thumbnail.error(), {}};
    return JobResult{};
}

} // namespace tagsmith
