// An answer already in hand, served as a provider would serve it: a
// cascade's verified first answer goes to a streaming client through the
// same relay as any upstream stream (stream_relay.hpp), so the client's
// dialect, include_usage and the record work as for every other stream.
#pragma once

#include <string>

#include "switchyard/core/chat.hpp"
#include "switchyard/providers/provider.hpp"

namespace switchyard::gateway {

class BufferedAnswer final : public providers::Provider {
 public:
  // `name`: the provider's (the deployment that wrote the answer).
  BufferedAnswer(std::string name, core::ChatResponse answer)
      : name_(std::move(name)), answer_(std::move(answer)) {}

  const std::string& name() const override { return name_; }
  // The answer, whatever the request.
  http::Task<core::Expected<core::ChatResponse>> chat(const core::ChatRequest& req,
                                                      std::string_view upstream_model,
                                                      core::RequestContext& ctx) override;
  // The answer's first choice as frames: the message start with its text,
  // each tool call, the finish, then the usage.
  http::Task<providers::StreamOutcome> chat_stream(const core::ChatRequest& req,
                                                   std::string_view upstream_model,
                                                   core::RequestContext& ctx,
                                                   providers::FrameSink& sink) override;

 private:
  std::string name_;
  core::ChatResponse answer_;
};

// The frames chat_stream sends for `answer` (built outside the coroutine:
// g++ 12 and braced lists in coroutine bodies).
std::vector<core::StreamFrame> answer_frames(const core::ChatResponse& answer);

}  // namespace switchyard::gateway
