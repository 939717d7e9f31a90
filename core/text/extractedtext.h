#pragma once

#include <QString>

namespace tagsmith {

// The plain text of one document, ready for keyword extraction and the search index.
struct ExtractedText {
    QString text;
    int pageCount = -1;        // pages or slides where the format knows them, -1 otherwise
    QString encoding;          // detected or declared character encoding ("UTF-8", "UTF-16LE", ...)
    QString format;            // reader that produced it ("PDF", "DOCX", "TXT", ...)
    bool truncated = false;    // a limit (characters, pages) stopped extraction early
};

} // namespace tagsmith
