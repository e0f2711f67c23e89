// Members of a JSON object the gateway does not model: key → raw JSON text
// exactly as it came (numbers as written, integers of any width), in the
// order sent. An encoder of the dialect they came in writes them back after
// the modelled members of their object; other dialects leave them out.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace switchyard::core {

using RawFields = std::vector<std::pair<std::string, std::string>>;

}  // namespace switchyard::core
