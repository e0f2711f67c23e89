// Why a choice stopped generating, in one vocabulary for every provider,
// with the provider's own word kept: an encoder of the dialect the word came
// in writes it back as it was (OpenAI-compatible servers say "eos",
// "function_call", ...), any other encoder writes its own word for the kind.
#pragma once

#include <cstdint>
#include <string>

#include "switchyard/core/dialect.hpp"

namespace switchyard::core {

enum class FinishKind : std::uint8_t {
  none,            // not finished (yet): a chunk in the middle of a stream
  stop,            // a natural end or a stop sequence
  length,          // the output-token limit or the context window
  tool_use,        // the model asks for tool calls
  content_filter,  // the provider withheld or cut the answer
  other,           // a word the gateway does not know: see `raw`
};

struct FinishReason {
  FinishKind kind = FinishKind::none;
  std::string raw;                    // the provider's word as sent; empty when made by the gateway
  Dialect dialect = Dialect::openai;  // whose word `raw` is

  bool finished() const { return kind != FinishKind::none; }
};

}  // namespace switchyard::core
