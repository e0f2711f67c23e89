// Process-wide llama.cpp setup shared by everything in this area.
//
// llama.cpp keeps global state (backend registry, one log callback), so it is
// initialised exactly once, and its log is captured instead of printed:
// error lines are kept so that a failed load can say why, everything else is
// dropped unless SWITCHYARD_LLAMA_LOG=1 is set in the environment.
#pragma once

#include <string>

namespace switchyard::local {

void ensure_llama_runtime();

// Error lines llama.cpp logged since the last call, joined with "; ".
std::string take_llama_errors();

}  // namespace switchyard::local
