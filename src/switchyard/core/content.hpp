// Content blocks: what a message says, in order, in one shape for every
// dialect. A message is a role and a list of blocks (chat.hpp).
//
// Each kind of block is its own struct and a Block holds one of them, so a
// reader handles every kind (std::visit fails to compile on a kind it does
// not handle) and a block costs no heap allocation of its own beyond its
// strings. What a dialect says that the model does not carry is kept as that
// dialect's raw JSON: unknown members of a modelled block (`extra`, written
// back by the encoder of the request's dialect), and whole blocks of types
// the gateway cannot read (Opaque, tagged with its dialect). An encoder
// never writes another dialect's raw JSON: providers drop or refuse what
// they cannot carry.
#pragma once

#include <algorithm>
#include <cstddef>
#include <new>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "switchyard/core/dialect.hpp"
#include "switchyard/core/inline_vector.hpp"
#include "switchyard/core/raw_fields.hpp"

namespace switchyard::core {

// How a message's (or tool result's) content was written: both OpenAI and
// Anthropic accept a plain string or a list of blocks, and OpenAI's
// assistant turns may have none (null). The encoder of the same dialect
// writes it back the same way.
enum class ContentForm : std::uint8_t { string, blocks, absent };

// A prompt-cache breakpoint (Anthropic's cache_control: {"type":
// "ephemeral", "ttl": ...}); `ttl` empty: the provider's default.
struct CacheControl {
  std::string ttl;
};

struct TextBlock {
  std::string text;
  RawFields extra;  // unmodelled members of the part
};

// An assistant's refusal (OpenAI). `member`: it came as the message's
// "refusal" member, not as a content part.
struct RefusalBlock {
  std::string text;
  bool member = false;
  RawFields extra;
};

// An image: a URL (an OpenAI data: URI stays a URL, as sent), or base64
// `data` with its `media_type`.
struct ImageBlock {
  std::string url;
  std::string media_type;
  std::string data;
  std::string detail;     // OpenAI's "auto" | "low" | "high"; "" unset
  RawFields extra;        // unmodelled members of the part
  RawFields image_extra;  // ... and of its image_url object (OpenAI)
};

// The model calls a tool (an OpenAI tool call, an Anthropic tool_use block).
struct ToolUseBlock {
  std::string id;
  std::string name;
  std::string arguments;     // JSON text as the model produced it (may be invalid JSON)
  RawFields extra;           // unmodelled members of the call
  RawFields function_extra;  // ... and of its "function" object (OpenAI)
};

struct Block;

// What a tool returned, for the call `tool_use_id` (an OpenAI tool message,
// an Anthropic tool_result block).
struct ToolResultBlock {
  std::string tool_use_id;
  ContentForm form = ContentForm::string;
  std::vector<Block> content;
  bool is_error = false;
};

// The model's reasoning. `redacted`: the provider sent it encrypted (`text`
// holds that data); `signature` lets it be sent back verified.
struct ThinkingBlock {
  std::string text;
  std::string signature;
  bool redacted = false;
};

// A block of a type the gateway cannot read (OpenAI input_audio, file, types
// yet to come): the whole block's JSON as it came, in its dialect.
struct OpaqueBlock {
  Dialect dialect = Dialect::openai;
  std::string type;  // its "type"
  std::string json;  // the whole block
};

struct Block {
  std::variant<TextBlock, RefusalBlock, ImageBlock, ToolUseBlock, ToolResultBlock, ThinkingBlock,
               OpaqueBlock>
      value;
  std::optional<CacheControl> cache;

  template <typename T>
  T* get() {
    return std::get_if<T>(&value);
  }
  template <typename T>
  const T* get() const {
    return std::get_if<T>(&value);
  }
  template <typename T>
  bool is() const {
    return std::holds_alternative<T>(value);
  }
};

// The blocks of a message: the common message (one text block) costs no
// allocation beyond its text (inline_vector.hpp).
using Blocks = InlineVector<Block>;

// The blocks of one kind, in order.
template <typename T>
std::vector<const T*> blocks_of(std::span<const Block> blocks) {
  std::vector<const T*> out;
  for (const Block& b : blocks) {
    if (const T* t = b.get<T>()) out.push_back(t);
  }
  return out;
}

// The text blocks' text (refusals included, except a refusal member)
// joined by '\n'.
std::string text_of(std::span<const Block> blocks);

}  // namespace switchyard::core
