// Engine::open: loads the model, creates the generation context (and the
// embedding one when asked), fills ModelInfo and starts the engine thread.
#include <algorithm>
#include <filesystem>
#include <thread>

#include "switchyard/local/engine_impl.hpp"
#include "switchyard/local/llama_runtime.hpp"

namespace switchyard::local {

using core::Error;

core::Expected<std::unique_ptr<Engine>> Engine::open(const EngineOptions& options) {
  const std::string& path = options.model_path;
  std::error_code ec;
  if (path.empty() || !std::filesystem::is_regular_file(path, ec)) {
    return Error::not_found("model file not found: " + (path.empty() ? "(no path)" : path),
                            "model_not_found");
  }
  if (options.n_ctx < 16 || options.n_parallel < 1 || options.n_batch < options.n_parallel) {
    return Error::invalid("local engine for " + path +
                          ": needs n_ctx >= 16, n_parallel >= 1 and n_batch >= n_parallel");
  }
  ensure_llama_runtime();
  take_llama_errors();

  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const int threads = options.n_threads > 0
                          ? options.n_threads
                          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));

  auto mparams = llama_model_default_params();
  impl->model.reset(llama_model_load_from_file(path.c_str(), mparams));
  if (!impl->model) {
    std::string why = take_llama_errors();
    return Error::invalid("cannot load model " + path + ": not a loadable GGUF model" +
                              (why.empty() ? "" : " (" + why + ")"),
                          "model_path", "model_load_failed");
  }
  llama_model* model = impl->model.get();
  impl->vocab = llama_model_get_vocab(model);
  impl->chat_template = ChatTemplate::for_model(model);

  auto cparams = llama_context_default_params();
  cparams.n_ctx = static_cast<uint32_t>(options.n_ctx * options.n_parallel);
  cparams.n_batch = static_cast<uint32_t>(options.n_batch);
  cparams.n_ubatch = static_cast<uint32_t>(std::min(options.n_batch, 512));
  cparams.n_seq_max = static_cast<uint32_t>(options.n_parallel);
  // A step asks for at most one row of logits per slot (its sampled token or
  // its prompt's last one), as in llama-server, which sets the same limits.
  // Left at 0, llama.cpp reserves the graph for n_batch rows of logits: a
  // 251 MiB compute buffer at 512 x 128k instead of 7 MiB.
  cparams.n_outputs_max = static_cast<uint32_t>(options.n_parallel);
  cparams.n_outputs_max_per_seq = 1;
  cparams.n_threads = threads;
  cparams.n_threads_batch = threads;
  cparams.no_perf = true;
  cparams.kv_unified = false;  // one KV stream per slot: sequences never compete for cells
  impl->ctx.reset(llama_init_from_model(model, cparams));
  if (!impl->ctx) {
    return Error::internal("cannot create a context for " + path + ": " + take_llama_errors());
  }

  if (options.embeddings) {
    auto eparams = llama_context_default_params();
    eparams.n_ctx = static_cast<uint32_t>(options.n_ctx);
    eparams.n_batch = eparams.n_ubatch =
        static_cast<uint32_t>(options.n_ctx);  // whole text at once
    eparams.n_seq_max = 1;
    eparams.n_threads = eparams.n_threads_batch = threads;
    eparams.no_perf = true;
    eparams.embeddings = true;
    impl->embed_ctx.reset(llama_init_from_model(model, eparams));
    if (impl->embed_ctx && llama_pooling_type(impl->embed_ctx.get()) == LLAMA_POOLING_TYPE_NONE) {
      // A generative model has no pooling of its own: average the tokens.
      eparams.pooling_type = LLAMA_POOLING_TYPE_MEAN;
      impl->embed_ctx.reset(llama_init_from_model(model, eparams));
    }
    if (!impl->embed_ctx) {
      return Error::internal("cannot create an embedding context for " + path + ": " +
                             take_llama_errors());
    }
  }

  ModelInfo& info = impl->info;
  info.path = path;
  char desc[256] = {};
  llama_model_desc(model, desc, sizeof desc);
  info.description = desc;
  info.n_params = llama_model_n_params(model);
  info.n_embd = llama_model_n_embd_out(model);
  info.n_vocab = llama_vocab_n_tokens(impl->vocab);
  info.n_ctx_train = llama_model_n_ctx_train(model);
  // llama.cpp rounds each sequence's cells up (to 256); the scheduler keeps
  // to the configured size so the limit users see is the one they set.
  info.n_ctx_per_slot = std::min(options.n_ctx, static_cast<int>(llama_n_ctx_seq(impl->ctx.get())));
  info.has_chat_template = impl->chat_template.is_models_own();
  // As for slots, the configured size: llama.cpp may round the context up,
  // but an input must also fit the batch, which is exactly n_ctx.
  if (impl->embed_ctx)
    info.n_ctx_embedding =
        std::min(options.n_ctx, static_cast<int>(llama_n_ctx(impl->embed_ctx.get())));

  impl->start();
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

}  // namespace switchyard::local
