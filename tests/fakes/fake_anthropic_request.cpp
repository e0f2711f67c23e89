#include "fakes/fake_anthropic_request.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>

namespace switchyard::testing::anthropic {
namespace {

namespace dom = simdjson::dom;

// A refusal in Anthropic's words, thrown to the top.
struct Refused {
  std::string message;
};

[[noreturn]] void refuse(std::string message) {
  throw Refused{std::move(message)};
}

constexpr std::string_view kTopLevel[] = {"model",       "messages",       "max_tokens",
                                          "system",      "stop_sequences", "stream",
                                          "temperature", "top_p",          "top_k",
                                          "metadata",    "tools",          "tool_choice",
                                          "thinking",    "output_config",  "service_tier",
                                          "container",   "mcp_servers",    "context_management"};

std::int64_t count_words(std::string_view s) {
  std::int64_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

std::string_view string_at(dom::object o, std::string_view key) {
  std::string_view s;
  if (o[key].get_string().get(s)) return {};
  return s;
}

// Text of a tool_result's content (a string or text blocks).
std::string result_text(dom::object block) {
  dom::element content;
  if (block["content"].get(content)) return {};
  std::string_view s;
  if (!content.get_string().get(s)) return std::string(s);
  std::string out;
  dom::array blocks;
  if (content.get_array().get(blocks)) refuse("tool_result content must be a string or blocks");
  for (dom::element b : blocks) {
    dom::object o;
    if (b.get_object().get(o)) refuse("tool_result content blocks must be objects");
    out += string_at(o, "text");
  }
  return out;
}

void check_image(dom::object block, const std::string& where, std::vector<Image>* images) {
  dom::object source;
  if (block["source"].get_object().get(source)) refuse(where + ".source: Field required");
  const std::string_view type = string_at(source, "type");
  Image image;
  if (type == "base64") {
    const std::string_view media = string_at(source, "media_type");
    if (media != "image/jpeg" && media != "image/png" && media != "image/gif" &&
        media != "image/webp")
      refuse(where +
             ".source.media_type: Input should be 'image/jpeg', 'image/png', "
             "'image/gif' or 'image/webp'");
    const std::string_view data = string_at(source, "data");
    if (data.empty()) refuse(where + ".source.data: Field required");
    for (char c : data)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '/' && c != '=')
        refuse(where + ".source.data: the image data is not valid base64");
    image.media_type = media;
    std::size_t pad = 0;
    for (std::size_t i = data.size(); i > 0 && data[i - 1] == '='; --i) ++pad;
    image.bytes = data.size() / 4 * 3 - pad;
  } else if (type == "url") {
    const std::string_view url = string_at(source, "url");
    if (!url.starts_with("https://") && !url.starts_with("http://"))
      refuse(where + ".source.url: must be an http(s) URL");
    image.media_type = "url";
  } else {
    refuse(where + ".source.type: Input should be 'base64', 'url' or 'file'");
  }
  if (images) images->push_back(std::move(image));
}

struct Turn {
  std::string role;
  std::vector<std::string> calls;    // tool_use ids (assistant)
  std::vector<std::string> results;  // tool_use_ids answered (user)
};

Request read(dom::object root, bool v2026) {
  Request r;
  for (auto [key, value] : root) {
    (void)value;
    if (std::find(std::begin(kTopLevel), std::end(kTopLevel), key) == std::end(kTopLevel))
      refuse(std::string(key) + ": Extra inputs are not permitted");
  }
  if (v2026)
    for (std::string_view removed : {"temperature", "top_p", "top_k"}) {
      dom::element e;
      if (!root[removed].get(e)) refuse(std::string(removed) + ": Extra inputs are not permitted");
    }
  r.model = string_at(root, "model");
  if (r.model.empty()) refuse("model: Field required");
  if (root["max_tokens"].get_int64().get(r.max_tokens)) refuse("max_tokens: Field required");
  if (r.max_tokens < 1) refuse("max_tokens: Input should be greater than or equal to 1");
  bool stream = false;
  if (!root["stream"].get_bool().get(stream)) r.stream = stream;
  double temperature = 0;
  if (!root["temperature"].get_double().get(temperature) && (temperature < 0 || temperature > 1))
    refuse("temperature: Input should be less than or equal to 1");
  // Extended thinking, and what Anthropic refuses beside it.
  dom::object thinking;
  if (!root["thinking"].get_object().get(thinking) && string_at(thinking, "type") == "enabled") {
    std::int64_t budget = 0;
    if (thinking["budget_tokens"].get_int64().get(budget))
      refuse("thinking.enabled.budget_tokens: Field required");
    if (budget < 1024)
      refuse("thinking.enabled.budget_tokens: Input should be greater than or equal to 1024");
    if (budget >= r.max_tokens)
      refuse("`max_tokens` must be greater than `thinking.budget_tokens`");
    dom::element e;
    if (!root["temperature"].get(e)) {
      double t = 0;
      if (e.get_double().get(t) || t != 1)
        refuse("`temperature` may only be set to 1 when thinking is enabled");
    }
    if (!root["top_k"].get(e)) refuse("`top_k` must be unset when thinking is enabled");
    double top_p = 1;
    if (!root["top_p"].get_double().get(top_p) && top_p < 0.95)
      refuse("`top_p` must be greater than or equal to 0.95 or unset when thinking is enabled");
    dom::object choice;
    if (!root["tool_choice"].get_object().get(choice)) {
      const std::string_view type = string_at(choice, "type");
      if (type == "any" || type == "tool")
        refuse("Thinking may not be enabled when tool_choice forces tool use.");
    }
  }

  dom::element system;
  if (!root["system"].get(system)) {
    std::string_view s;
    dom::array blocks;
    if (!system.get_string().get(s)) {
      r.system_text = s;
    } else if (!system.get_array().get(blocks)) {
      for (dom::element b : blocks) {
        dom::object o;
        if (b.get_object().get(o) || string_at(o, "type") != "text")
          refuse("system: Input should be a valid list of text blocks");
        r.system_text += string_at(o, "text");
      }
    } else {
      refuse("system: Input should be a valid string or list");
    }
    r.prompt_words += count_words(r.system_text);
  }

  dom::array stops;
  if (!root["stop_sequences"].get_array().get(stops))
    for (dom::element s : stops) {
      std::string_view v;
      if (s.get_string().get(v)) refuse("stop_sequences: Input should be a list of strings");
      r.stop_sequences.emplace_back(v);
    }

  dom::array tools;
  if (!root["tools"].get_array().get(tools))
    for (dom::element t : tools) {
      dom::object o;
      if (t.get_object().get(o)) refuse("tools: Input should be a list of objects");
      const std::string_view name = string_at(o, "name");
      if (name.empty()) refuse("tools." + std::to_string(r.tools.size()) + ".name: Field required");
      dom::object schema;
      if (o["input_schema"].get_object().get(schema) || string_at(schema, "type") != "object")
        refuse("tools." + std::to_string(r.tools.size()) +
               ".input_schema.type: Input should be 'object'");
      r.tools.emplace_back(name);
    }
  dom::object choice;
  if (!root["tool_choice"].get_object().get(choice)) {
    r.choice = string_at(choice, "type");
    if (r.choice != "auto" && r.choice != "any" && r.choice != "tool" && r.choice != "none")
      refuse("tool_choice.type: Input should be 'auto', 'any', 'tool' or 'none'");
    r.choice_name = string_at(choice, "name");
    if (r.choice == "tool" && r.choice_name.empty()) refuse("tool_choice.name: Field required");
    if (r.choice == "tool" &&
        std::find(r.tools.begin(), r.tools.end(), r.choice_name) == r.tools.end())
      refuse("tool_choice.name: no tool named '" + r.choice_name + "' was declared");
  }
  dom::object output_config;
  if (!root["output_config"].get_object().get(output_config)) {
    dom::object format, schema;
    if (!output_config["format"].get_object().get(format)) {
      if (string_at(format, "type") != "json_schema")
        refuse("output_config.format.type: Input should be 'json_schema'");
      if (format["schema"].get_object().get(schema))
        refuse("output_config.format.schema: Field required");
      r.json = true;
    }
  }

  dom::array messages;
  if (root["messages"].get_array().get(messages)) refuse("messages: Field required");
  std::vector<Turn> turns;
  std::size_t i = 0;
  for (dom::element m : messages) {
    const std::string where = "messages." + std::to_string(i++);
    dom::object o;
    if (m.get_object().get(o)) refuse(where + ": Input should be an object");
    Turn turn;
    turn.role = string_at(o, "role");
    if (turn.role != "user" && turn.role != "assistant")
      refuse(where + ".role: Input should be 'user' or 'assistant'");
    const bool last = i == messages.size();
    const bool last_user = last && turn.role == "user";
    if (last_user) {
      r.last_user_text.clear();
      r.last_results.clear();
      r.images.clear();
    }
    dom::element content;
    if (o["content"].get(content)) refuse(where + ".content: Field required");
    std::string_view s;
    dom::array blocks;
    if (!content.get_string().get(s)) {
      if (last_user) r.last_user_text = s;
      r.prompt_words += count_words(s);
    } else if (!content.get_array().get(blocks)) {
      bool other_seen = false;
      std::size_t k = 0;
      for (dom::element b : blocks) {
        const std::string at = where + ".content." + std::to_string(k++);
        dom::object block;
        if (b.get_object().get(block)) refuse(at + ": Input should be an object");
        const std::string_view type = string_at(block, "type");
        if (type == "text") {
          dom::array citations;
          if (v2026 && turn.role == "user" && !block["citations"].get_array().get(citations) &&
              citations.size() > 0)
            refuse(at +
                   ".citations: citations on text blocks of user messages are not accepted "
                   "in this API version");
          const std::string_view text = string_at(block, "text");
          if (text.empty()) refuse(at + ": text content blocks must be non-empty");
          if (last_user) r.last_user_text += text;
          r.prompt_words += count_words(text);
          other_seen = true;
        } else if (type == "image") {
          check_image(block, at, last_user ? &r.images : nullptr);
          other_seen = true;
        } else if (type == "tool_use") {
          if (turn.role != "assistant") refuse(at + ": tool_use blocks belong to assistant turns");
          const std::string_view id = string_at(block, "id");
          dom::object input;
          if (id.empty() || string_at(block, "name").empty() ||
              block["input"].get_object().get(input))
            refuse(at + ": a tool_use needs an id, a name and an input object");
          turn.calls.emplace_back(id);
        } else if (type == "tool_result") {
          if (turn.role != "user") refuse(at + ": tool_result blocks belong to user turns");
          if (other_seen)
            refuse(where + ": tool_result blocks must come first in the user message content");
          ToolResult result{std::string(string_at(block, "tool_use_id")), result_text(block)};
          turn.results.push_back(result.tool_use_id);
          r.prompt_words += count_words(result.text);
          if (last_user) r.last_results.push_back(std::move(result));
        } else if (type == "document") {
          if (v2026 && turn.role == "assistant")
            refuse(at + ": document blocks are not accepted in assistant messages");
          other_seen = true;
        } else if (type == "thinking" || type == "redacted_thinking") {
          if (turn.role != "assistant") refuse(at + ": thinking blocks belong to assistant turns");
        } else {
          refuse(at + ".type: the fake does not read blocks of type '" + std::string(type) + "'");
        }
      }
      if (k == 0 && !(last && turn.role == "assistant"))
        refuse(where + ": all messages must have non-empty content");
    } else {
      refuse(where + ".content: Input should be a valid string or list");
    }
    turns.push_back(std::move(turn));
  }
  if (turns.empty()) refuse("messages: at least one message is required");
  for (std::size_t t = 0; t < turns.size(); ++t) {
    const Turn& turn = turns[t];
    if (!turn.calls.empty() && t + 1 < turns.size()) {
      const Turn& next = turns[t + 1];
      for (const auto& id : turn.calls)
        if (std::find(next.results.begin(), next.results.end(), id) == next.results.end())
          refuse(
              "messages." + std::to_string(t + 1) +
              ": `tool_use` ids were found without `tool_result` blocks immediately after: " + id +
              ". Each `tool_use` block must have a corresponding `tool_result` block in "
              "the next message.");
    }
    if (!turn.results.empty()) {
      const std::vector<std::string> none;
      const auto& before = t > 0 ? turns[t - 1].calls : none;
      for (const auto& id : turn.results)
        if (std::find(before.begin(), before.end(), id) == before.end())
          refuse("messages." + std::to_string(t) +
                 ".content: unexpected `tool_use_id` found in `tool_result` blocks: " + id +
                 ". Each `tool_result` block must have a corresponding `tool_use` block in the "
                 "previous message.");
    }
  }
  return r;
}

}  // namespace

Checked check_request(std::string_view body, std::string_view version) {
  Checked c;
  dom::parser parser;
  dom::element root;
  dom::object obj;
  if (parser.parse(body.data(), body.size()).get(root) || root.get_object().get(obj)) {
    c.error = "The request body is not valid JSON.";
    return c;
  }
  try {
    c.request = read(obj, version == kVersion2026);
  } catch (const Refused& r) {
    c.error = r.message;
  }
  return c;
}

}  // namespace switchyard::testing::anthropic
