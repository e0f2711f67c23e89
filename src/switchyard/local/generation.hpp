// What a caller asks the local engine for, and what it gets back.
//
// A generation request carries a chat (formatted with the model's own chat
// template) or a raw prompt, sampling settings, an optional GBNF grammar, and
// limits. Results arrive as a stream of events on the engine's thread: text
// pieces (each valid UTF-8), then exactly one final event.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "switchyard/core/answer_signals.hpp"
#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"

namespace switchyard::local {

struct SamplingParams {
  float temperature = 0.8f;  // <= 0: greedy (always the most likely token)
  float top_p = 0.95f;       // 1: off
  int top_k = 40;            // <= 0: off
  float min_p = 0.05f;       // 0: off
  // Same seed + same request + same model = same tokens. Unset: random.
  std::optional<std::uint32_t> seed;
  float repetition_penalty = 1.0f;  // 1: off; applies to the last 64 tokens
  float frequency_penalty = 0.0f;   // OpenAI semantics
  float presence_penalty = 0.0f;    // OpenAI semantics
};

struct GenerationRequest {
  // The chat, rendered with the model's chat template (with the assistant
  // turn opened). When empty, `prompt` is used verbatim instead.
  std::vector<core::Message> messages;
  std::string prompt;
  // Functions the model may call, described in the system turn of the
  // rendered chat (tool_prompt.hpp); empty for none. The caller constrains
  // and parses the calls (tool_grammar.hpp, tool_call_parser.hpp).
  std::vector<core::Tool> tools;

  SamplingParams sampling;
  // Completion token cap. Unset: until end of generation or the slot's
  // context is full (both finish as stop/length respectively).
  std::optional<int> max_tokens;
  // Generation ends before the first occurrence of any of these; the stop
  // string itself is not returned.
  std::vector<std::string> stop;
  // GBNF grammar (root rule "root") constraining every sampled token; empty
  // for none. See json_grammar.hpp for response_format.
  std::string grammar;
  // When set, the grammar is lazy: it constrains nothing until the generated
  // text contains this literal text (no regex metacharacters), then applies
  // from it on (tool_choice "auto": free text, or a well-formed tool call).
  std::string grammar_trigger;
  // Measure the model's confidence in each answer token (its log-probability
  // and the entropy of the distribution it came from, answer_confidence.hpp)
  // and report the answer's on Finished: what a cascade's verifier reads.
  bool measure_confidence = false;
};

enum class FinishReason {
  stop,       // end-of-generation token, stop string, or completed grammar
  length,     // max_tokens reached or the context is full
  cancelled,  // GenerationHandle::cancel()
};
const char* to_string(FinishReason r);  // "stop" | "length" | "cancelled"
// The canonical reason (cancelled: other, "cancelled").
core::FinishReason to_core(FinishReason r);

struct TextPiece {
  std::string text;  // non-empty, complete UTF-8 characters only
};

struct Finished {
  FinishReason reason = FinishReason::stop;
  // input_tokens: the templated prompt, special tokens included.
  // output_tokens: sampled tokens, excluding an end-of-generation token.
  // cache_read_tokens: prompt tokens whose KV was reused from the slot's
  // previous request (not recomputed).
  core::Usage usage;
  // GenerationRequest::measure_confidence: over the answer's tokens (the
  // end-of-generation token not counted).
  std::optional<core::AnswerSignals> signals;
};

// Exactly one Finished or Error ends every accepted request.
using GenerationEvent = std::variant<TextPiece, Finished, core::Error>;

// Called on the engine thread, in order, never concurrently for one request.
// It must return quickly and must not call back into the engine's blocking
// functions; hand the event to another executor (e.g. asio::post) instead.
using GenerationCallback = std::function<void(GenerationEvent&&)>;

}  // namespace switchyard::local
