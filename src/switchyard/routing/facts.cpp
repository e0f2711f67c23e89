#include "switchyard/routing/facts.hpp"

#include <variant>

namespace switchyard::routing {
namespace {

// Walks the blocks of a message (tool results' blocks included), adding up
// text bytes and noting images and other non-text parts.
struct BlockFacts {
  std::size_t bytes = 0;
  bool images = false;
  bool attachments = false;

  void add(const core::Block& b) {
    std::visit([this](const auto& v) { add(v); }, b.value);
  }
  void add(const core::TextBlock& t) { bytes += t.text.size(); }
  void add(const core::RefusalBlock& r) { bytes += r.text.size(); }
  void add(const core::ImageBlock&) { images = attachments = true; }
  void add(const core::ToolUseBlock& t) { bytes += t.name.size() + t.arguments.size(); }
  void add(const core::ToolResultBlock& r) {
    for (const core::Block& b : r.content) add(b);
  }
  void add(const core::ThinkingBlock& t) { bytes += t.text.size(); }
  void add(const core::OpaqueBlock& o) {
    attachments = true;
    bytes += o.json.size();  // audio and files are big; they count as what they weigh
  }
};

void add_known(Facts& f, const KnownBefore& known) {
  f.team = known.team;
  f.task = known.task_header;
  if (const privacy::Classification* c = known.classification) {
    f.data_class = c->level;
    for (const auto& [name, count] : c->entity_counts)
      if (auto type = privacy::parse_entity_name(name); type && count > 0)
        f.entities.set(privacy::index_of(*type));
  }
}

}  // namespace

const char* to_string(ResponseFormat f) {
  switch (f) {
    case ResponseFormat::none:
      return "none";
    case ResponseFormat::text:
      return "text";
    case ResponseFormat::json_object:
      return "json_object";
    case ResponseFormat::json_schema:
      return "json_schema";
  }
  return "none";
}

std::optional<ResponseFormat> parse_response_format(std::string_view text) {
  for (ResponseFormat f : {ResponseFormat::none, ResponseFormat::text, ResponseFormat::json_object,
                           ResponseFormat::json_schema})
    if (text == to_string(f)) return f;
  return std::nullopt;
}

Facts facts_of(const core::ChatRequest& req, const KnownBefore& known) {
  Facts f;
  f.model = req.model;
  f.chat = &req;
  add_known(f, known);
  if (f.task.empty())
    for (const auto& [key, value] : req.metadata)
      if (key == "task") f.task = value;
  BlockFacts blocks;
  for (const core::SystemPrompt& s : req.system)
    for (const core::Block& b : s.message.content) blocks.add(b);
  for (const core::Message& m : req.messages)
    for (const core::Block& b : m.content) blocks.add(b);
  for (const core::Tool& t : req.tools)
    blocks.bytes += t.name.size() + t.description.size() + t.parameters_json.size();
  f.prompt_tokens = tokens_for_bytes(blocks.bytes);
  f.images = blocks.images;
  f.attachments = blocks.attachments;
  f.tools = !req.tools.empty();
  f.stream = req.stream;
  switch (req.response_format.type) {
    case core::ResponseFormat::Type::unset:
      f.response_format = ResponseFormat::none;
      break;
    case core::ResponseFormat::Type::text:
      f.response_format = ResponseFormat::text;
      break;
    case core::ResponseFormat::Type::json_object:
      f.response_format = ResponseFormat::json_object;
      break;
    case core::ResponseFormat::Type::json_schema:
      f.response_format = ResponseFormat::json_schema;
      break;
  }
  return f;
}

Facts facts_of(const core::EmbeddingRequest& req, const KnownBefore& known) {
  Facts f;
  f.model = req.model;
  add_known(f, known);
  std::size_t bytes = 0;
  for (const std::string& t : req.texts) bytes += t.size();
  f.prompt_tokens = tokens_for_bytes(bytes);
  for (const auto& tokens : req.tokens) f.prompt_tokens += static_cast<std::int64_t>(tokens.size());
  return f;
}

}  // namespace switchyard::routing
