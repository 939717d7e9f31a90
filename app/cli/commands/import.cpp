#include "commands.h"

namespace tagsmith::cli {

int runImport(CliContext &context, const QStringList &)
{
    context.err << "import: being written\n";
    return 1;
}

} // namespace tagsmith::cli
