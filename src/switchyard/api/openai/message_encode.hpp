// How the OpenAI encoders write a message's parts: content (a string, parts
// or null), tool calls, the refusal member, a request's message whole, and
// usage; and the size estimates that let each encoder reserve its output
// once. Shared by the request encoder (chat_request_encode.cpp) and the
// answer encoder (chat_answer_encode.cpp).
#pragma once

#include <cstddef>
#include <span>
#include <string>

#include "switchyard/api/openai/body_writer.hpp"
#include "switchyard/core/chat.hpp"

namespace switchyard::api::openai {

// "tool_calls": [...] of the tool-use blocks; nothing when there are none.
void write_tool_calls(BodyWriter& j, std::span<const core::Block> blocks);
// "content": null, the text parts joined into one string, or the parts.
void write_content(BodyWriter& j, core::ContentForm form, std::span<const core::Block> blocks);
// The message's "refusal" member, or null.
const std::string* refusal_member(const core::Message& m);
// One message of a request's "messages" (a tool result as role tool).
void write_request_message(BodyWriter& j, const core::Message& m);
// "usage": {...}, with the upstream's own details where it sent them.
void write_usage(BodyWriter& j, const core::Usage& u);

// About how many bytes raw members and blocks take once written.
std::size_t raw_size(const core::RawFields& fields);
std::size_t blocks_size(std::span<const core::Block> blocks);

}  // namespace switchyard::api::openai
