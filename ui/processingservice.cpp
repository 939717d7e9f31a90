#include "processingservice.h"

#include "jobs/jobrunner.h"
#include "processing/processingpipeline.h"

namespace tagsmith {

ProcessingService::ProcessingService(CatalogPtr catalog, QString modelsDir)
    : m_catalog(std::move(catalog)), m_modelsDir(std::move(modelsDir)) {}

void ProcessingService::run()
{
    if (m_stop)
        return;
    // Handlers are made per pass so that a model trained meanwhile is used. A kick that arrives
    // during a pass runs after it, on this thread, and finds what is left.
    ProcessingHandlers processing = makeProcessingHandlers(m_catalog, m_modelsDir);
    Q_EMIT smartTagsOff(processing.smartTagsOff);
    JobRunner runner(m_catalog, processing.handlers);
    JobProgress last;
    (void)runner.runUntilIdle(
        [&](const JobProgress &state) {
            last = state;
            Q_EMIT progress(state.done, state.remaining, state.currentKind);
        },
        &m_stop);
    Q_EMIT idle(last.done, last.failed);
}

} // namespace tagsmith
