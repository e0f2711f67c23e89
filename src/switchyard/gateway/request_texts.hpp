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

#include "switchyard/core/chat.hpp"
#include "switchyard/core/embedding.hpp"
#include "switchyard/privacy/text_inspector.hpp"

namespace switchyard::gateway::request_texts {

using privacy::TextForm;

// Names members that are not scanned; the comment at each call says why.
template <typename... T>
constexpr void not_scanned(const T&...) {}

template <typename Part, typename Visitor>
void visit_part(Part& p, Visitor& v) {
  auto& [kind, text, image_url, image_detail, type, raw, extra, image_extra] = p;
  // A fixed vocabulary.
  not_scanned(kind);
  // A part of a type the gateway cannot read (input_audio, file, types yet
  // to come) is mostly base64, where a placeholder would corrupt the data: it
  // is not read, and it makes the request of the highest class instead
  // (privacy_stage.cpp, unreadable_part_reason).
  not_scanned(type, raw);
  v.text(text, TextForm::prose, "messages[].content[].text");
  v.text(image_url, TextForm::url, "messages[].content[].image_url.url");
  v.text(image_detail, TextForm::string, "messages[].content[].image_url.detail");
  v.members(extra, "messages[].content[]");
  v.members(image_extra, "messages[].content[].image_url");
}

template <typename Call, typename Visitor>
void visit_tool_call(Call& c, Visitor& v) {
  auto& [id, type, name, arguments, extra, function_extra] = c;
  // The decoder accepts only "function".
  not_scanned(type);
  v.text(id, TextForm::string, "messages[].tool_calls[].id");
  v.text(name, TextForm::string, "messages[].tool_calls[].function.name");
  v.text(arguments, TextForm::string, "messages[].tool_calls[].function.arguments");
  v.members(extra, "messages[].tool_calls[]");
  v.members(function_extra, "messages[].tool_calls[].function");
}

template <typename Message, typename Visitor>
void visit_message(Message& m, Visitor& v) {
  auto& [role, form, content, parts, name, tool_calls, tool_call_id, refusal, extra] = m;
  // Fixed vocabularies.
  not_scanned(role, form);
  v.text(content, TextForm::prose, "messages[].content");
  for (auto& p : parts) visit_part(p, v);
  v.text(name, TextForm::string, "messages[].name");
  for (auto& c : tool_calls) visit_tool_call(c, v);
  v.text(tool_call_id, TextForm::string, "messages[].tool_call_id");
  v.text(refusal, TextForm::string, "messages[].refusal");
  v.members(extra, "messages[]");
}

template <typename Tool, typename Visitor>
void visit_tool(Tool& t, Visitor& v) {
  auto& [type, name, description, parameters_json, strict, extra, function_extra] = t;
  // The decoder accepts only "function"; a boolean.
  not_scanned(type, strict);
  v.text(name, TextForm::string, "tools[].function.name");
  v.text(description, TextForm::string, "tools[].function.description");
  v.text(parameters_json, TextForm::json, "tools[].function.parameters");
  v.members(extra, "tools[]");
  v.members(function_extra, "tools[].function");
}

template <typename Request, typename Visitor>
requires std::same_as<std::remove_const_t<Request>, core::ChatRequest>
void visit(Request& req, Visitor& v) {
  auto& [model, messages, temperature, top_p, frequency_penalty, presence_penalty, max_tokens,
         max_completion_tokens, n, seed, stop, stream, include_usage, stream_options_extra, tools,
         tool_choice, parallel_tool_calls, response_format, user, metadata, extra] = req;
  // Names an alias of the configuration (any other name is refused), and
  // upstreams are sent the deployment's own model name instead.
  not_scanned(model);
  // Numbers and booleans.
  not_scanned(temperature, top_p, frequency_penalty, presence_penalty, max_tokens,
              max_completion_tokens, n, seed, stream, include_usage, parallel_tool_calls);
  // Messages first: their prose is read in order, across boundaries.
  for (auto& m : messages) visit_message(m, v);
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
