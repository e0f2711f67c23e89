// A streamed answer as events indexed by content block, in one shape for
// every dialect: the message starts (id, model, role), each content block
// starts (text, refusal, a tool call with its id and name, thinking), grows
// by deltas (text, a fragment of the call's arguments JSON, thinking text or
// its signature) and stops, then the message ends (finish reason) and its
// usage is reported. OpenAI's chunk deltas and Anthropic's
// message_start / content_block_start / content_block_delta /
// content_block_stop / message_delta events are both one writing of this.
//
// Producers (an upstream's chunk decoder, the in-process engine) hand the
// answer on as frames: the events one piece of the upstream's output carried
// (an OpenAI chunk, an engine token), so a writer of the same dialect
// answers piece for piece. A frame also keeps what the upstream's piece
// carried that the model does not (OpenAI's logprobs and unknown members),
// as that dialect's JSON text, for a writer of the same dialect to put back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/dialect.hpp"
#include "switchyard/core/finish_reason.hpp"
#include "switchyard/core/raw_fields.hpp"
#include "switchyard/core/usage.hpp"

namespace switchyard::core {

// The answer begins (one choice of it: OpenAI's `n` asks for several).
struct MessageStart {
  std::string id;
  std::string model;
  std::int64_t created = 0;        // Unix seconds
  std::optional<Role> role;        // the assistant; unset when the upstream did not say
  std::string system_fingerprint;  // OpenAI; empty: none
};

enum class BlockKind : std::uint8_t { text, refusal, tool_use, thinking };

struct BlockStart {
  BlockKind kind = BlockKind::text;
  std::string id;  // tool_use: the call's id
  // tool_use: the function called. thinking: the member an OpenAI-compatible
  // server streamed it in ("reasoning_content", "reasoning"), so an OpenAI
  // writer answers in the same one; empty: "reasoning_content".
  std::string name;
};

enum class DeltaKind : std::uint8_t {
  text,       // of a text or refusal block
  arguments,  // of a tool_use block: a fragment of its arguments JSON (Anthropic: input_json_delta)
  thinking,   // of a thinking block
  signature,  // of a thinking block: the provider's signature over it (never restored)
};

struct BlockDelta {
  DeltaKind kind = DeltaKind::text;
  std::string text;
};

struct BlockStop {};

// The choice ends, and why.
struct MessageDelta {
  FinishReason finish_reason;
};

// Tokens the whole answer used (every choice; `choice` is not read).
struct UsageReport {
  Usage usage;
};

struct StreamEvent {
  int choice = 0;  // OpenAI's choice index; 0 for one answer
  int block = 0;   // the block's index within its choice, from 0 in order of start
  std::variant<MessageStart, BlockStart, BlockDelta, BlockStop, MessageDelta, UsageReport> value;

  template <typename T>
  T* get() {
    return std::get_if<T>(&value);
  }
  template <typename T>
  const T* get() const {
    return std::get_if<T>(&value);
  }
};

// What one choice of an upstream's piece carried unmodelled, in the frame's
// dialect (OpenAI: the choice's logprobs, members of its delta and of the
// choice object).
struct ChoiceRaw {
  int choice = 0;
  std::string logprobs_json;  // empty: null
  RawFields delta_extra;
  RawFields extra;
};

struct StreamFrame {
  Dialect dialect = Dialect::openai;  // of every raw member the frame carries
  std::vector<StreamEvent> events;
  // Every choice the upstream's piece listed, in its order, with its raw
  // members (a choice may be listed with no event: OpenAI's empty delta).
  std::vector<ChoiceRaw> choices;
  RawFields extra;  // unmodelled members of the piece (OpenAI: service_tier, obfuscation, ...)

  // Empty again, keeping the capacity of its lists (a producer reuses one
  // frame for a whole stream).
  void clear() {
    events.clear();
    choices.clear();
    extra.clear();
  }
  bool empty() const { return events.empty() && choices.empty() && extra.empty(); }
};

}  // namespace switchyard::core
