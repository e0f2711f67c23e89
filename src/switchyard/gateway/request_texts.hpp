// Every string a request carries, for the privacy stage: the one walk that
// both scanning and redaction follow, so the texts of one line up with the
// texts of the other.
//
// Right by construction: each struct is taken apart member by member with a
// structured binding, so a member added to core::ChatRequest (or to a type
// inside it, or to core::EmbeddingRequest) stops the build here until it is
// either visited or named in a not_scanned() call with the reason it cannot
// carry user data. That allow-list is short and reviewed; docs/privacy.md
// repeats it. Everything else is scanned, whatever its form.
//
// A visitor has
//   text(s, form, where)           one string
//   member(key, value, form, where) a key and its value, read together
//   members(raw_fields, where)     unmodelled members: key and raw JSON each
// where `s` is std::string& or const std::string& as the request is.
#pragma once

#include <concepts>
#include <string>
#include <type_traits>
#include <variant>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/embedding.hpp"
#include "switchyard/privacy/text_inspector.hpp"

namespace switchyard::gateway::request_texts {

using privacy::TextForm;

// Names members that are not scanned; the comment at each call says why.
template <typename... T>
constexpr void not_scanned(const T&...) {}

template <typename T, typename U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

// One overload per kind of block: a kind added to core::Block without one
// here fails to compile in visit_blocks.
template <typename Visitor, typename T>
requires Is<T, core::TextBlock>
void visit_kind(T& b, Visitor& v) {
  auto& [text, extra] = b;
  v.text(text, TextForm::prose, "messages[].content");
  v.members(extra, "messages[].content[]");
}

template <typename Visitor, typename T>
requires Is<T, core::RefusalBlock>
void visit_kind(T& b, Visitor& v) {
  auto& [text, member, extra] = b;
  not_scanned(member);  // a boolean
  // A refusal part is prose like a text part; the member is read on its own.
  if (member) {
    v.text(text, TextForm::string, "messages[].refusal");
  } else {
    v.text(text, TextForm::prose, "messages[].content[].refusal");
  }
  v.members(extra, "messages[].content[]");
}

template <typename Visitor, typename T>
requires Is<T, core::ImageBlock>
void visit_kind(T& b, Visitor& v) {
  auto& [url, media_type, data, detail, extra, image_extra] = b;
  // A MIME type (image/png); an image's base64 bytes, which are not text
  // (as a data: URI's payload is not read, TextForm::url).
  not_scanned(media_type, data);
  v.text(url, TextForm::url, "messages[].content[].image_url.url");
  v.text(detail, TextForm::string, "messages[].content[].image_url.detail");
  v.members(extra, "messages[].content[]");
  v.members(image_extra, "messages[].content[].image_url");
}

template <typename Visitor, typename T>
requires Is<T, core::ToolUseBlock>
void visit_kind(T& b, Visitor& v) {
  auto& [id, name, arguments, extra, function_extra] = b;
  v.text(id, TextForm::string, "messages[].tool_calls[].id");
  v.text(name, TextForm::string, "messages[].tool_calls[].function.name");
  v.text(arguments, TextForm::string, "messages[].tool_calls[].function.arguments");
  v.members(extra, "messages[].tool_calls[]");
  v.members(function_extra, "messages[].tool_calls[].function");
}

template <typename Visitor, typename T>
requires Is<T, core::ThinkingBlock>
void visit_kind(T& b, Visitor& v) {
  auto& [text, signature, redacted] = b;
  // The provider's signature over its own reasoning (a placeholder would
  // void it); a boolean.
  not_scanned(signature, redacted);
  v.text(text, TextForm::prose, "messages[].content[].thinking");
}

template <typename Visitor, typename T>
requires Is<T, core::OpaqueBlock>
void visit_kind(T& b, Visitor&) {
  auto& [dialect, type, json] = b;
  // A part of a type the gateway cannot read (input_audio, file, types yet
  // to come) is mostly base64, where a placeholder would corrupt the data: it
  // is not read, and it makes the request of the highest class instead
  // (privacy_stage.cpp, unreadable_part_reason).
  not_scanned(dialect, type, json);
}

template <typename Visitor, typename T>
requires Is<T, core::ToolResultBlock>
void visit_kind(T& b, Visitor& v);

template <typename Blocks, typename Visitor>
void visit_blocks(Blocks& blocks, Visitor& v) {
  for (auto& block : blocks) {
    auto& [value, cache] = block;
    not_scanned(cache);  // a fixed vocabulary (a TTL)
    std::visit([&](auto& kind) { visit_kind(kind, v); }, value);
  }
}

// A tool result's content is visited like a message's, after the id.
template <typename Visitor, typename T>
requires Is<T, core::ToolResultBlock>
void visit_kind(T& b, Visitor& v) {
  auto& [tool_use_id, form, content, is_error] = b;
  not_scanned(form, is_error);  // a fixed vocabulary; a boolean
  v.text(tool_use_id, TextForm::string, "messages[].tool_call_id");
  visit_blocks(content, v);
}

template <typename Message, typename Visitor>
void visit_message(Message& m, Visitor& v) {
  auto& [role, form, content, name, extra] = m;
  // Fixed vocabularies.
  not_scanned(role, form);
  visit_blocks(content, v);
  v.text(name, TextForm::string, "messages[].name");
  v.members(extra, "messages[]");
}

template <typename Tool, typename Visitor>
void visit_tool(Tool& t, Visitor& v) {
  auto& [type, name, description, parameters_json, strict, extra, function_extra, cache] = t;
  // The decoder accepts only "function"; a boolean; a fixed vocabulary.
  not_scanned(type, strict, cache);
  v.text(name, TextForm::string, "tools[].function.name");
  v.text(description, TextForm::string, "tools[].function.description");
  v.text(parameters_json, TextForm::json, "tools[].function.parameters");
  v.members(extra, "tools[]");
  v.members(function_extra, "tools[].function");
}

template <typename Request, typename Visitor>
requires std::same_as<std::remove_const_t<Request>, core::ChatRequest>
void visit(Request& req, Visitor& v) {
  auto& [dialect, model, system, messages, temperature, top_p, frequency_penalty, presence_penalty,
         max_tokens, max_completion_tokens, n, seed, stop, stream, include_usage,
         stream_options_extra, tools, tool_choice, parallel_tool_calls, response_format, reasoning,
         user, metadata, extra] = req;
  // Names an alias of the configuration (any other name is refused), and
  // upstreams are sent the deployment's own model name instead.
  not_scanned(model);
  not_scanned(dialect);  // a fixed vocabulary
  // Numbers and booleans.
  not_scanned(temperature, top_p, frequency_penalty, presence_penalty, max_tokens,
              max_completion_tokens, n, seed, stream, include_usage, parallel_tool_calls);
  // Messages first, instructions among them where they were sent: their
  // prose is read in order, across boundaries.
  not_scanned(messages);  // visited with `system`, in the client's order
  core::for_each_message(req, [&](auto& m, std::size_t) { visit_message(m, v); });
  for (auto& s : system) not_scanned(s.position);  // a number
  for (auto& s : stop) v.text(s, TextForm::string, "stop");
  v.members(stream_options_extra, "stream_options");
  for (auto& t : tools) visit_tool(t, v);
  {
    auto& [mode, function_name, choice_extra, choice_function_extra] = tool_choice;
    not_scanned(mode);  // a fixed vocabulary
    v.text(function_name, TextForm::string, "tool_choice.function.name");
    v.members(choice_extra, "tool_choice");
    v.members(choice_function_extra, "tool_choice.function");
  }
  {
    auto& [type, json_schema_json, format_extra] = response_format;
    not_scanned(type);  // a fixed vocabulary
    v.text(json_schema_json, TextForm::json, "response_format.json_schema");
    v.members(format_extra, "response_format");
  }
  {
    auto& [effort, budget_tokens] = reasoning;
    // A word from a vocabulary, but an open one (newer words pass as
    // sent): read like any string the client wrote.
    v.text(effort, TextForm::string, "reasoning_effort");
    not_scanned(budget_tokens);  // a number
  }
  v.text(user, TextForm::string, "user");
  for (auto& [key, value] : metadata) v.member(key, value, TextForm::string, "metadata");
  v.members(extra, "the request's unmodelled fields");
}

template <typename Request, typename Visitor>
requires std::same_as<std::remove_const_t<Request>, core::EmbeddingRequest>
void visit(Request& req, Visitor& v) {
  auto& [model, form, texts, tokens, encoding_format, dimensions, user, extra] = req;
  // As for chat; a fixed vocabulary; numbers.
  not_scanned(model, form, encoding_format, dimensions);
  // Token ids cannot be read: they make the request of the highest class
  // (privacy_stage.cpp).
  not_scanned(tokens);
  // Inputs are read in order, across boundaries, like prose: a value cut
  // across two inputs still reaches the provider whole.
  for (auto& t : texts) v.text(t, TextForm::prose, "input[]");
  v.text(user, TextForm::string, "user");
  v.members(extra, "the request's unmodelled fields");
}

}  // namespace switchyard::gateway::request_texts
