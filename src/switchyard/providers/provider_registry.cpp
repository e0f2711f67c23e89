#include "switchyard/providers/provider_registry.hpp"

#include <cstdio>
#include <stdexcept>

#include "switchyard/providers/openai_compatible.hpp"
#ifdef SWITCHYARD_HAVE_LLAMA
#include "switchyard/providers/llama.hpp"
#endif

namespace switchyard::providers {
namespace {

http::Url parse_url(const config::ProviderConfig& p, const std::string& text) {
  auto url = http::Url::parse(text);
  if (!url) throw std::runtime_error("provider '" + p.name + "': " + url.error().message);
  return *url;
}

// The servers of a provider with `endpoints:`, health-checked as configured;
// state changes are logged.
std::shared_ptr<EndpointPool> make_pool(const config::ProviderConfig& p) {
  std::vector<http::Url> urls;
  for (const auto& e : p.endpoints) urls.push_back(parse_url(p, e));
  HealthCheckOptions h;
  h.path = p.health_check.path;
  h.interval = p.health_check.interval;
  h.timeout = p.health_check.timeout;
  h.unhealthy_after = p.health_check.unhealthy_after;
  h.healthy_after = p.health_check.healthy_after;
  auto pool = std::make_shared<EndpointPool>(p.name, std::move(urls), std::move(h));
  pool->set_observer([pool = pool.get()](std::size_t i, bool up, const std::string& why) {
    std::fprintf(stderr, "switchyard: provider '%s': endpoint %s is %s (%s)\n",
                 pool->provider().c_str(), pool->name(i).c_str(), up ? "up" : "down", why.c_str());
  });
  return pool;
}

// kind: openai_compatible — one server (`base_url`) or a pool (`endpoints:`).
std::unique_ptr<Provider> make_openai_compatible(const config::ProviderConfig& p,
                                                 ProviderSet& set) {
  OpenAICompatibleOptions o;
  o.name = p.name;
  o.api_key = p.api_key;
  if (!p.api_key.empty()) set.keys.push_back(p.api_key);
  o.tls.verify = p.verify_tls;
  o.tls.ca_file = p.ca_file;
  o.connect_timeout = p.connect_timeout;
  o.timeout = p.timeout;
  o.first_byte_timeout = p.first_byte_timeout;
  o.stream_idle_timeout = p.stream_idle_timeout;
  o.sse.max_line_bytes = p.max_stream_line_bytes;
  o.sse.max_event_bytes = p.max_stream_event_bytes;
  o.max_response_bytes = p.max_response_bytes;
  if (p.endpoints.empty()) {
    o.base = parse_url(p, p.base_url);
  } else {
    o.pool = make_pool(p);
    o.base = o.pool->url(0);
    set.health->add(o.pool, o.tls, p.api_key.empty() ? std::string() : "Bearer " + p.api_key);
    set.pools.push_back(o.pool);
  }
  if (!p.api_key_env.empty() && p.api_key.empty()) {
    std::string why = "provider '" + p.name + "' needs the environment variable " + p.api_key_env +
                      ", which is not set";
    set.warnings.push_back(why + "; its deployments are skipped");
    set.unavailable[p.name] = std::move(why);
  }
  return std::make_unique<OpenAICompatible>(std::move(o));
}

// kind: llama — the in-process engine; loading the model is part of starting
// up, and a model that cannot be loaded stops the start with the file's name.
std::unique_ptr<Provider> make_llama(const config::ProviderConfig& p, ProviderSet&) {
#ifdef SWITCHYARD_HAVE_LLAMA
  LlamaOptions o;
  o.name = p.name;
  o.engine.model_path = p.llama.model_path;
  o.engine.n_ctx = p.llama.context_size;
  o.engine.n_parallel = p.llama.parallel;
  o.engine.n_batch = p.llama.batch_size;
  o.engine.n_threads = p.llama.threads;
  o.engine.embeddings = p.llama.embeddings;
  o.timeout = p.timeout;
  auto provider = LlamaProvider::open(std::move(o));
  if (!provider) throw std::runtime_error("provider '" + p.name + "': " + provider.error().message);
  return std::move(*provider);
#else
  throw std::runtime_error("provider '" + p.name +
                           "' is of kind llama, but this build of switchyard has no in-process "
                           "engine (llama.cpp was not found when it was built; see "
                           "docs/local-inference.md)");
#endif
}

}  // namespace

ProviderSet build_providers(const std::vector<config::ProviderConfig>& configs) {
  ProviderSet set;
  set.health = std::make_unique<HealthChecker>();
  for (const config::ProviderConfig& p : configs) {
    std::unique_ptr<Provider> provider;
    switch (p.kind) {
      case config::ProviderKind::openai_compatible:
        provider = make_openai_compatible(p, set);
        break;
      case config::ProviderKind::llama:
        provider = make_llama(p, set);
        break;
    }
    set.by_name[p.name] = provider.get();
    set.providers.push_back(std::move(provider));
  }
  return set;
}

}  // namespace switchyard::providers
