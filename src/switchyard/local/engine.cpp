// The public Engine: forwards to Engine::Impl (engine_impl.hpp) and adds the
// blocking conveniences.
#include "switchyard/local/engine.hpp"

#include <future>

#include "switchyard/local/engine_impl.hpp"

namespace switchyard::local {

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

core::Expected<GenerationHandle> Engine::submit(GenerationRequest request,
                                                GenerationCallback callback) {
  return impl_->submit(std::move(request), std::move(callback));
}

void Engine::submit_embeddings(std::vector<std::string> texts, EmbeddingsCallback callback) {
  EmbeddingJob job;
  job.texts = std::move(texts);
  job.callback = std::move(callback);
  impl_->submit_embeddings(std::move(job));
}

GenerationHandle Engine::submit_token_embeddings(std::vector<std::vector<std::int32_t>> inputs,
                                                 EmbeddingsCallback callback) {
  EmbeddingJob job;
  job.tokens = std::move(inputs);
  job.from_tokens = true;
  job.cancelled = std::make_shared<std::atomic<bool>>(false);
  job.callback = std::move(callback);
  GenerationHandle handle(job.cancelled);
  impl_->submit_embeddings(std::move(job));
  return handle;
}

std::vector<std::int32_t> Engine::embedding_tokens(const std::string& text) const {
  return impl_->tokenize(text, /*parse_special=*/false);
}

core::Expected<Engine::Completion> Engine::generate(GenerationRequest request) {
  struct State {
    Completion completion;
    std::promise<core::Expected<Completion>> done;
  };
  auto state = std::make_shared<State>();
  auto future = state->done.get_future();
  auto handle = submit(std::move(request), [state](GenerationEvent&& event) {
    if (auto* piece = std::get_if<TextPiece>(&event)) {
      state->completion.text += piece->text;
    } else if (auto* finished = std::get_if<Finished>(&event)) {
      state->completion.finished = *finished;
      state->done.set_value(std::move(state->completion));
    } else {
      state->done.set_value(std::get<core::Error>(std::move(event)));
    }
  });
  if (!handle) return handle.error();
  return future.get();
}

core::Expected<std::vector<std::vector<float>>> Engine::embed(std::vector<std::string> texts) {
  // Shared, not on this stack: the engine thread may still be inside
  // set_value() when get() returns here.
  auto done = std::make_shared<std::promise<core::Expected<std::vector<std::vector<float>>>>>();
  auto future = done->get_future();
  submit_embeddings(std::move(texts),
                    [done](auto&& result) { done->set_value(std::move(result)); });
  return future.get();
}

std::vector<std::int32_t> Engine::tokenize(const std::string& text) const {
  return impl_->tokenize(text, true);
}

core::Expected<std::int64_t> Engine::prompt_tokens(const GenerationRequest& request) const {
  std::string text = request.prompt;
  if (!request.messages.empty()) {
    auto rendered = impl_->chat_template.render(request.messages, request.tools);
    if (!rendered) return rendered.error();
    text = std::move(*rendered);
  }
  return static_cast<std::int64_t>(impl_->tokenize(text, /*parse_special=*/true).size());
}

const ModelInfo& Engine::info() const {
  return impl_->info;
}

EngineStats Engine::stats() const {
  return impl_->stats();
}

}  // namespace switchyard::local
