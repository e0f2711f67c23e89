// Canonical embeddings model: what a client asks to have embedded and the
// vectors it gets back. Inbound dialects decode into these types and
// providers answer with them, as for chat (chat.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "switchyard/core/usage.hpp"

namespace switchyard::core {

// How the client wrote its input; kept so an upstream gets the same shape.
enum class EmbeddingInputForm {
  text,          // "input": "one text"
  texts,         // "input": ["text", ...]
  tokens,        // "input": [1, 2, 3]          one input given as token ids
  token_arrays,  // "input": [[1, 2], [3, 4]]   several inputs given as token ids
};

// The vectors' wire encoding: JSON numbers, or base64 of little-endian float32.
enum class EmbeddingEncoding { float_, base64 };

struct EmbeddingRequest {
  std::string model;
  EmbeddingInputForm form = EmbeddingInputForm::text;
  std::vector<std::string> texts;                    // form text (one) or texts
  std::vector<std::vector<std::int64_t>> tokens;     // form tokens (one) or token_arrays
  std::optional<EmbeddingEncoding> encoding_format;  // unset: float
  std::optional<std::int64_t> dimensions;            // unset: the model's own
  std::string user;
  std::vector<std::pair<std::string, std::string>> extra;  // unmodelled fields: key → raw JSON

  bool token_input() const {
    return form == EmbeddingInputForm::tokens || form == EmbeddingInputForm::token_arrays;
  }
  std::size_t input_count() const { return token_input() ? tokens.size() : texts.size(); }
};

struct EmbeddingResponse {
  std::string model;
  std::vector<std::vector<float>> data;  // one vector per input, in input order
  Usage usage;                           // input_tokens and total_tokens
};

}  // namespace switchyard::core
