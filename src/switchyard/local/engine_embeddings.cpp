// Embedding jobs, run on the engine thread between generation steps: each
// input decoded whole in the pooled-embedding context, its vector
// L2-normalised.
#include <cmath>

#include "switchyard/local/engine_impl.hpp"
#include "switchyard/local/llama_runtime.hpp"

namespace switchyard::local {

using core::Error;

void Engine::Impl::run_embeddings(EmbeddingJob& e) {
  if (!embed_ctx) {
    e.callback(Error::invalid("this model was loaded without embeddings", "model"));
    return;
  }
  const int n_ctx = info.n_ctx_embedding;  // one batch holds a whole input
  const int dim = llama_model_n_embd_out(model.get());
  std::vector<std::vector<float>> out;
  const std::size_t n_inputs = e.from_tokens ? e.tokens.size() : e.texts.size();
  for (std::size_t t = 0; t < n_inputs; ++t) {
    if (e.cancelled && e.cancelled->load()) {
      e.callback(Error{
          core::ErrorKind::internal, 500, "the embedding request was cancelled", {}, "cancelled"});
      return;
    }
    const auto tokens =
        e.from_tokens ? std::move(e.tokens[t]) : tokenize(e.texts[t], /*parse_special=*/false);
    for (llama_token id : tokens) {
      if (id >= 0 && id < info.n_vocab) continue;
      e.callback(Error::invalid("input " + std::to_string(t) + " holds token id " +
                                    std::to_string(id) + ", but this model's vocabulary has " +
                                    std::to_string(info.n_vocab) + " tokens (0 to " +
                                    std::to_string(info.n_vocab - 1) + ")",
                                "input", "invalid_token"));
      return;
    }
    if (tokens.empty() || static_cast<int>(tokens.size()) > n_ctx) {
      e.callback(
          Error::invalid("input " + std::to_string(t) + " is " + std::to_string(tokens.size()) +
                             " tokens; the embedding context holds 1 to " + std::to_string(n_ctx),
                         "input", "context_length_exceeded"));
      return;
    }
    llama_batch batch = llama_batch_init(static_cast<int32_t>(tokens.size()), 0, 1);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      batch.token[i] = tokens[i];
      batch.pos[i] = static_cast<llama_pos>(i);
      batch.n_seq_id[i] = 1;
      batch.seq_id[i][0] = 0;
      batch.logits[i] = true;
    }
    batch.n_tokens = static_cast<int32_t>(tokens.size());
    const int rc = llama_decode(embed_ctx.get(), batch);
    llama_batch_free(batch);
    const float* v = rc == 0 ? llama_get_embeddings_seq(embed_ctx.get(), 0) : nullptr;
    if (llama_memory_t mem = llama_get_memory(embed_ctx.get())) llama_memory_clear(mem, true);
    if (!v) {
      e.callback(Error::internal("embedding failed: " + take_llama_errors()));
      return;
    }
    std::vector<float> vec(v, v + dim);
    double norm = 0;
    for (float x : vec) norm += double(x) * x;
    norm = std::sqrt(norm);
    if (norm > 0) {
      for (float& x : vec) x = static_cast<float>(x / norm);
    }
    out.push_back(std::move(vec));
  }
  e.callback(std::move(out));
}

}  // namespace switchyard::local
