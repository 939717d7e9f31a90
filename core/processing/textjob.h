#pragma once

#include "jobs/jobhandler.h"

#include <QImage>

#include <memory>
#include <mutex>

namespace tagsmith {

namespace ocr {
class OcrEngine;
}

// Extracts a document's text (for search) and its keywords (smart tags of the model "keywords").
// PDF pages without a text layer are read by OCR when the ppocrv4 pack is installed in modelsDir.
class TextJob : public JobHandler {
public:
    static inline const QString ModelName = QStringLiteral("keywords");
    explicit TextJob(QString modelsDir = {});
    QString kind() const override;
    JobResult run(const JobContext &context) override;

private:
    // Loaded on the first scanned page, not at start: most catalogs never need it.
    Result<std::shared_ptr<ocr::OcrEngine>> ocrEngine();
    Result<QString> readPage(const QImage &page, const std::atomic<bool> *cancel);

    QString m_modelsDir;
    std::mutex m_ocrMutex;
    std::shared_ptr<ocr::OcrEngine> m_ocr;
};

} // namespace tagsmith
