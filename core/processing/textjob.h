#pragma once

#include "jobs/jobhandler.h"

namespace tagsmith {

// Extracts a document's text (for search) and its keywords (smart tags of the model "keywords").
class TextJob : public JobHandler {
public:
    static inline const QString ModelName = QStringLiteral("keywords");
    QString kind() const override;
    JobResult run(const JobContext &context) override;
};

} // namespace tagsmith
