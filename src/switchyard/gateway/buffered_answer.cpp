#include "switchyard/gateway/buffered_answer.hpp"

#include "switchyard/core/stream_builder.hpp"

namespace switchyard::gateway {

std::vector<core::StreamFrame> answer_frames(const core::ChatResponse& answer) {
  std::vector<core::StreamFrame> frames;
  core::StreamBuilder builder;
  core::MessageStart start;
  start.id = answer.id;
  start.model = answer.model;
  start.created = answer.created;
  start.role = core::Role::assistant;
  start.system_fingerprint = answer.system_fingerprint;
  core::StreamFrame& head = frames.emplace_back();
  builder.start(head, 0, std::move(start));
  if (answer.choices.empty()) return frames;
  const core::Choice& choice = answer.choices.front();
  int key = 0;
  for (const auto& block : choice.message.content) {
    if (const auto* t = block.get<core::TextBlock>()) {
      if (!t->text.empty()) builder.text(frames.back(), 0, t->text);
    } else if (const auto* r = block.get<core::RefusalBlock>()) {
      builder.refusal(frames.back(), 0, r->text);
    } else if (const auto* call = block.get<core::ToolUseBlock>()) {
      builder.tool_call(frames.emplace_back(), 0, key++, call->id, call->name, call->arguments);
    }
  }
  builder.finish(frames.emplace_back(), 0, choice.finish_reason);
  if (answer.usage) builder.usage(frames.emplace_back(), *answer.usage);
  return frames;
}

http::Task<core::Expected<core::ChatResponse>> BufferedAnswer::chat(const core::ChatRequest&,
                                                                    std::string_view,
                                                                    core::RequestContext&) {
  co_return answer_;
}

http::Task<providers::StreamOutcome> BufferedAnswer::chat_stream(const core::ChatRequest&,
                                                                 std::string_view,
                                                                 core::RequestContext&,
                                                                 providers::FrameSink& sink) {
  providers::StreamOutcome outcome;
  std::vector<core::StreamFrame> frames = answer_frames(answer_);
  for (core::StreamFrame& frame : frames) {
    outcome.started = true;
    if (!co_await sink(frame)) {
      outcome.consumer_gone = true;
      break;
    }
  }
  co_return outcome;
}

}  // namespace switchyard::gateway
