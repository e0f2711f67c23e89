// The wire formats the gateway speaks. What the canonical model carries
// without interpreting it (raw JSON of unknown members, opaque content
// blocks, a provider's own finish-reason word) is tagged with the dialect it
// was written in, so an encoder writes back only its own dialect's text and
// never puts one dialect's JSON into another's body.
#pragma once

#include <cstdint>

namespace switchyard::core {

// `gemini` is only ever an upstream's: the words of a Gemini answer (its
// finish reasons) are tagged with it, and no client is answered in it.
enum class Dialect : std::uint8_t { openai, anthropic, gemini };

const char* to_string(Dialect d);

}  // namespace switchyard::core
