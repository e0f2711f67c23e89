// Facts: what the routing rules can ask about a request, computed once per
// request before any rule, from what the earlier stages found (the decoded
// request, its class and findings, the caller's team) and, for the router's
// own part, the local deployments' load. Every rule reads the same facts, so
// a rule costs a few comparisons, never another pass over the request.
//
// The prompt's size starts as an estimate: the bytes of every text the
// prompt carries (messages, instructions, tool definitions and results)
// over 4, rounded up: about right for English with BPE tokenizers and cheap
// enough for every request. Where the model's own tokenizer is at hand (a
// deployment of the alias served by the in-process engine) the router
// replaces it with the exact count, but only when something reads it (a
// rule on prompt_tokens, or the caller's tokens-per-minute limit):
// tokenizing is CPU on the request's thread (routing/prompt_token_source.hpp).
//
// Three facts cost more than a field read, so the router fills them only when
// a rule of its configuration asks for them (Router::complete): the exact
// prompt tokens, the local side's load (a live read of queues and latency
// windows) and the prompt's difficulty (the difficulty model's features of
// the last user message).
#pragma once

#include <bitset>
#include <cstdint>
#include <optional>
#include <string_view>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/embedding.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/privacy/entity_type.hpp"

namespace switchyard::routing {

// The response format the client asked for (`response_format.type`).
enum class ResponseFormat : std::uint8_t { none, text, json_object, json_schema };
const char* to_string(ResponseFormat f);
std::optional<ResponseFormat> parse_response_format(std::string_view text);

using EntitySet = std::bitset<privacy::kEntityTypeCount>;

// The load of the least loaded local deployment of the model asked for: its
// requests queued or running, and its recent p95 latency (0 while its
// latency window has too few samples). Each signal is the lowest among the
// model's local deployments; all 0 when it has none.
struct LocalLoad {
  std::int64_t queue_depth = 0;
  std::int64_t p95_ms = 0;
};

struct Facts {
  // From the request and the stages before routing. The views point into
  // the exchange (request, headers); Facts never outlives it.
  std::string_view model;  // the alias asked for
  std::string_view team;   // the caller's team; "" unknown
  privacy::DataClass data_class = privacy::DataClass::public_;
  EntitySet entities;     // entity types found in the request
  std::string_view task;  // x-switchyard-task header, else metadata.task; "" none
  std::int64_t prompt_tokens = 0;
  // prompt_tokens is the exact count by a local model's tokenizer (false:
  // the estimate above).
  bool prompt_tokens_exact = false;
  bool tools = false;        // the request offers tools
  bool images = false;       // an image part anywhere
  bool attachments = false;  // any part that is not text: images, audio, files, unknown types
  bool stream = false;
  ResponseFormat response_format = ResponseFormat::none;
  // The chat request the facts are of (null for embeddings): what the
  // difficulty is scored on.
  const core::ChatRequest* chat = nullptr;
  // The caller's budget spent (settled + reserved), as a share of its
  // tighter budget (day or month); 0 without a key or a budget. Set by the
  // route stage from the budget store (limits/budget_store.hpp).
  double budget = 0;

  // The router's part (Router::complete): the alias's index in its table
  // (none when unknown); the local side's load and the prompt's difficulty
  // when a rule asks for them (unset, a difficulty condition never holds).
  static constexpr std::uint32_t kNoModel = UINT32_MAX;
  std::uint32_t model_id = kNoModel;
  LocalLoad local_load;
  std::optional<double> difficulty;
};

// What the stages before routing know, besides the request itself.
struct KnownBefore {
  std::string_view task_header;  // x-switchyard-task; "" absent
  std::string_view team;
  const privacy::Classification* classification = nullptr;  // null: not classified
};

// The facts of a chat request and of an embeddings request.
Facts facts_of(const core::ChatRequest& req, const KnownBefore& known);
Facts facts_of(const core::EmbeddingRequest& req, const KnownBefore& known);

// The estimate above for a number of bytes.
inline std::int64_t tokens_for_bytes(std::size_t bytes) {
  return static_cast<std::int64_t>((bytes + 3) / 4);
}

}  // namespace switchyard::routing
