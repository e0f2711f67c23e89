// Tokens one request used, by kind, in one shape for every provider.
//
// `input_tokens` counts every token of the prompt, those read from or written
// to a provider's prompt cache included (OpenAI's prompt_tokens; Anthropic's
// input_tokens + cache_read_input_tokens + cache_creation_input_tokens);
// `output_tokens` every generated token, reasoning included (OpenAI's
// completion_tokens, Anthropic's output_tokens). The other kinds are the
// parts of those two a provider reports; pricing reads them.
#pragma once

#include <cstdint>

#include "switchyard/core/raw_fields.hpp"

namespace switchyard::core {

struct Usage {
  std::int64_t input_tokens = 0;
  std::int64_t output_tokens = 0;
  // As the provider reported it; input + output when it did not.
  std::int64_t total_tokens = 0;
  std::int64_t cache_read_tokens = 0;   // of input: served from the provider's cache
  std::int64_t cache_write_tokens = 0;  // of input: written to it
  std::int64_t reasoning_tokens = 0;    // of output: thinking
  // OpenAI answers: the other members of the usage object, as the upstream
  // wrote them (completion_tokens_details, and prompt_tokens_details whole
  // when it holds more than cached_tokens, which then replaces the one the
  // encoder would write from cache_read_tokens).
  RawFields extra;
};

}  // namespace switchyard::core
