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

std::vector<core::ChoiceDelta> ToolOutput::deltas(const std::string* piece) {
  using Kind = ToolCallParser::Event::Kind;
  std::vector<ToolCallParser::Event> events;
  if (piece)
    parser_.push(*piece, events);
  else
    parser_.finish(events);
  std::vector<core::ChoiceDelta> out;
  out.reserve(events.size());
  for (auto& e : events) {
    core::ChoiceDelta& d = out.emplace_back();
    if (e.kind == Kind::text) {
      d.content = std::move(e.text);
      continue;
    }
    core::ToolCallDelta& t = d.tool_calls.emplace_back();
    t.index = e.index;
    if (e.kind == Kind::call_start) {
      t.id = new_call_id();
      t.name = std::move(e.text);
    } else {
      t.arguments = std::move(e.text);
    }
  }
  return out;
}

void ToolOutput::fill(const std::string& text, core::Message& m) {
  auto all = deltas(&text);
  for (auto& d : deltas(nullptr)) all.push_back(std::move(d));
  m.form = core::ContentForm::string;
  m.content.clear();
  std::string content;
  std::vector<core::Block> calls;
  for (auto& d : all) {
    if (d.content) content += *d.content;
    for (auto& t : d.tool_calls) {
      if (!t.id.empty()) {
        auto& call = calls.emplace_back().value.emplace<core::ToolUseBlock>();
        call.id = std::move(t.id);
        call.name = std::move(t.name);
      }
      std::get<core::ToolUseBlock>(calls.back().value).arguments += t.arguments;
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
