#pragma once

#include <QString>

namespace tagsmith {

// Decodes numeric character references and the common named HTML entities.
class HtmlEntities {
public:
    static QString decode(QStringView text);
};

} // namespace tagsmith
