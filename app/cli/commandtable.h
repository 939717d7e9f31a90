#pragma once

#include "clicontext.h"

#include <span>

namespace tagsmith::cli {

std::span<const Command> commandTable();

} // namespace tagsmith::cli
