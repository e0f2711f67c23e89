#include "switchyard/local/tool_output.hpp"

#include <random>

namespace switchyard::local {
namespace {

std::string new_call_id() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  static constexpr char alphabet[] =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::string id = "call_";
  for (int i = 0; i < 24; ++i) id += alphabet[rng() % (sizeof(alphabet) - 1)];
  return id;
}

}  // namespace

std::vector<ToolCallParser::Event> ToolOutput::events(const std::string* piece) {
  std::vector<ToolCallParser::Event> events;
  if (piece)
    parser_.push(*piece, events);
  else
    parser_.finish(events);
  return events;
}

void ToolOutput::stream(const std::string* piece, core::StreamBuilder& builder,
                        std::vector<core::StreamFrame>& frames) {
  using Kind = ToolCallParser::Event::Kind;
  for (auto& e : events(piece)) {
    core::StreamFrame& f = frames.emplace_back();
    if (e.kind == Kind::text) {
      builder.text(f, 0, std::move(e.text));
    } else if (e.kind == Kind::call_start) {
      builder.tool_call(f, 0, e.index, new_call_id(), std::move(e.text), {});
    } else {
      builder.tool_call(f, 0, e.index, {}, {}, std::move(e.text));
    }
  }
}

void ToolOutput::fill(const std::string& text, core::Message& m) {
  using Kind = ToolCallParser::Event::Kind;
  auto all = events(&text);
  for (auto& e : events(nullptr)) all.push_back(std::move(e));
  m.form = core::ContentForm::string;
  m.content.clear();
  std::string content;
  std::vector<core::Block> calls;
  for (auto& e : all) {
    if (e.kind == Kind::text) {
      content += e.text;
    } else if (e.kind == Kind::call_start) {
      auto& call = calls.emplace_back().value.emplace<core::ToolUseBlock>();
      call.id = new_call_id();
      call.name = std::move(e.text);
    } else if (!calls.empty()) {
      std::get<core::ToolUseBlock>(calls.back().value).arguments += e.text;
    }
  }
  // Only calls: no content (null), as OpenAI answers.
  if (content.empty() && !calls.empty()) {
    m.form = core::ContentForm::absent;
  } else {
    m.content.emplace_back().value.emplace<core::TextBlock>().text = std::move(content);
  }
  for (auto& call : calls) m.content.push_back(std::move(call));
}

core::FinishReason ToolOutput::finish_reason(FinishReason r) const {
  if (r == FinishReason::stop && parser_.calls() > 0) return {core::FinishKind::tool_use, {}};
  return to_core(r);
}

}  // namespace switchyard::local
