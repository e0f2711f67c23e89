#include "switchyard/gateway/engine_metrics.hpp"

#ifdef SWITCHYARD_HAVE_LLAMA
#include "switchyard/providers/llama.hpp"
#endif

namespace switchyard::gateway {

void add_engine_metrics(const providers::ProviderSet& providers, observe::Registry& metrics) {
#ifdef SWITCHYARD_HAVE_LLAMA
  for (const auto& p : providers.providers) {
    auto llama = std::dynamic_pointer_cast<providers::LlamaProvider>(p);
    if (!llama) continue;
    const std::string labels = "provider=\"" + observe::label_value(llama->name()) + "\"";
    std::weak_ptr<providers::LlamaProvider> weak = llama;
    auto read = [weak](auto field) {
      return [weak, field] {
        auto engine = weak.lock();
        return engine ? static_cast<double>(field(engine->engine().stats())) : 0.0;
      };
    };
    metrics.gauge("switchyard_local_queued_requests",
                  "Requests waiting for a slot of the in-process engine.", labels,
                  read([](const local::EngineStats& s) { return s.queued_requests; }));
    metrics.gauge("switchyard_local_active_sequences",
                  "Sequences the in-process engine is generating now (busy slots).", labels,
                  read([](const local::EngineStats& s) { return s.active_slots; }));
    metrics.counter_reader(
        "switchyard_local_decoded_tokens_total",
        "Tokens the in-process engine decoded in generation steps; its rate is the engine's "
        "tokens per second.",
        labels, read([](const local::EngineStats& s) { return s.batched_tokens; }));
    metrics.counter_reader("switchyard_local_decode_steps_total",
                           "Generation steps (llama_decode calls) of the in-process engine.",
                           labels, read([](const local::EngineStats& s) { return s.steps; }));
  }
#else
  (void)providers;
  (void)metrics;
#endif
}

}  // namespace switchyard::gateway
