// Environment lookups are passed in, so tests can supply their own.
#pragma once

#include <cstdlib>
#include <functional>

namespace switchyard::models {

// getenv-like: the value of a variable, or nullptr when it is not set.
using EnvLookup = std::function<const char*(const char*)>;

inline EnvLookup process_environment() {
  return [](const char* name) { return std::getenv(name); };
}

}  // namespace switchyard::models
