// The fake Anthropic server's answers (fake_anthropic_upstream.hpp says
// which model name does what): the answer a request gets, as a message
// object and as the SSE events of a stream, in Anthropic's wire format.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fakes/fake_anthropic_request.hpp"

namespace switchyard::testing::anthropic {

struct Block {
  std::string type;  // text, thinking, redacted_thinking, tool_use
  std::string text;  // text; thinking; redacted_thinking: its data
  std::string signature;
  std::string id, name, input_json;  // tool_use
};

struct Answer {
  std::vector<Block> blocks;
  std::string stop_reason = "end_turn";
  std::string stop_sequence;  // "" for null
  std::int64_t input = 0, output = 0, cache_read = 0, cache_write = 0;
};

// The answer to `r` for `model`; `seq` numbers the tool_use ids.
Answer make_answer(const Request& r, std::string_view model, std::uint64_t seq);

// The message, whole (`whole`) or empty as message_start carries it.
std::string message_json(const Answer& a, std::string_view model, std::string_view id, bool whole);

// One SSE event with its `event:` name.
std::string sse(std::string_view name, std::string_view data);

// The stream's events between message_start (and ping) and message_delta,
// per block: content_block_start, its deltas, content_block_stop.
std::string block_start(int index, const Block& b);
std::vector<std::string> deltas_of(int index, const Block& b);
std::string block_stop(int index);
std::string message_delta(const Answer& a);

}  // namespace switchyard::testing::anthropic
