#pragma once

#include <QImage>
#include <QString>

#include <atomic>
#include <functional>

#include "util/result.h"

namespace tagsmith {

// Ceilings that keep one hostile or huge document from exhausting memory or time.
struct ExtractionLimits {
    qint64 maxFileBytes = 512LL * 1024 * 1024;       // refuse larger files outright
    qint64 maxTextFileBytes = 64LL * 1024 * 1024;    // TXT/CSV/HTML/RTF/SRT are read whole
    qint64 maxCharacters = 4 * 1024 * 1024;          // extracted text is truncated past this
    int maxPages = 5000;                             // PDF pages read; the rest is truncated
    // ZIP containers (DOCX, PPTX, ODT, ODP)
    int maxZipEntries = 20000;
    qint64 maxZipPartBytes = 256LL * 1024 * 1024;    // uncompressed size of one XML part
    qint64 maxZipTotalBytes = 1024LL * 1024 * 1024;  // sum of declared uncompressed sizes
    double maxZipRatio = 200.0;                      // uncompressed:compressed for parts over 1 MiB
    int helperTimeoutMs = 30'000;                    // child processes (catdoc for legacy DOC)
};

// Progress, cancellation and the OCR hook for long documents; all optional.
struct ExtractionControl {
    // Called after each PDF page with (pagesDone, pageCount); from the extracting thread.
    std::function<void(int, int)> progress;
    // Set to true from any thread to stop; extract() then returns the error "cancelled".
    const std::atomic<bool> *cancel = nullptr;
    // OCR hook (PP-OCR later): given a rendered page without a text layer, return its text.
    // Without it a PDF that has no text on any page fails with "no text layer".
    std::function<Result<QString>(const QImage &)> ocrPage;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

} // namespace tagsmith
