// One chat.completion.chunk of OpenAI's streamed Chat Completions, as the
// wire has it: per choice a delta (role, content, refusal, reasoning, tool
// call fragments keyed by the call's index), its logprobs and finish reason,
// and what the gateway does not model as the upstream's JSON text. The rest
// of the gateway sees a stream as block events (core/stream.hpp);
// chunk_events.hpp turns these chunks into events and events back into them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/chat.hpp"

namespace switchyard::api::openai {

struct ToolCallDelta {
  int index = 0;
  std::string id;         // first delta of a call only
  std::string name;       // first delta of a call only
  std::string arguments;  // fragment
};

// The member OpenAI-compatible servers stream reasoning in (vLLM, DeepSeek,
// llama-server, SGLang: reasoning_content; OpenRouter, Ollama: reasoning).
inline constexpr std::string_view kReasoningContent = "reasoning_content";
inline constexpr std::string_view kReasoning = "reasoning";

struct ChoiceDelta {
  int index = 0;
  std::optional<core::Role> role;  // first delta only
  std::optional<std::string> content;
  std::optional<std::string> refusal;
  std::optional<std::string> reasoning;                   // a string reasoning member
  std::string_view reasoning_member = kReasoningContent;  // kReasoningContent or kReasoning
  std::vector<ToolCallDelta> tool_calls;
  core::FinishReason finish_reason;  // last delta only
  std::string logprobs_json;         // the upstream's "logprobs" of this chunk; empty: null
  core::RawFields delta_extra;       // unmodelled members of the "delta" object (audio, ...)
  core::RawFields extra;             // unmodelled members of the choice
};

struct ChatChunk {
  core::Dialect dialect = core::Dialect::openai;  // of every raw member it carries
  std::string id;
  std::string model;
  std::int64_t created = 0;
  std::vector<ChoiceDelta> choices;
  std::optional<core::Usage> usage;  // final usage chunk (choices empty)
  std::string system_fingerprint;
  core::RawFields extra;  // unmodelled top-level members (service_tier, obfuscation, ...)
};

}  // namespace switchyard::api::openai
