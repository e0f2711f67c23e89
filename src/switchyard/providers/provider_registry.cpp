#include "switchyard/providers/provider_registry.hpp"

#include <cstdio>
#include <stdexcept>

#include "switchyard/providers/anthropic.hpp"
#include "switchyard/providers/gemini.hpp"
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

http::TlsOptions tls_of(const config::ProviderConfig& p) {
  http::TlsOptions tls;
  tls.verify = p.verify_tls;
  tls.ca_file = p.ca_file;
  return tls;
}

std::string authorization_of(const config::ProviderConfig& p) {
  return p.api_key.empty() ? std::string() : "Bearer " + p.api_key;
}

// What a provider brings into the set besides itself: its key to scrub,
// its pool to probe, why it cannot be used.
void enlist(const config::ProviderConfig& p, const std::shared_ptr<EndpointPool>& pool,
            ProviderSet& set) {
  if (!p.api_key.empty()) set.keys.push_back(p.api_key);
  if (pool) {
    set.health->add(pool, tls_of(p), authorization_of(p));
    set.pools.push_back(pool);
  }
  if (!p.api_key_env.empty() && p.api_key.empty()) {
    std::string why = "provider '" + p.name + "' needs the environment variable " + p.api_key_env +
                      ", which is not set";
    set.warnings.push_back(why + "; its deployments are skipped");
    set.unavailable[p.name] = std::move(why);
  }
}

// kind: openai_compatible — one server (`base_url`) or a pool (`endpoints:`);
// kind: azure_openai — one resource, its deployments addressed Azure's way.
std::unique_ptr<Provider> make_openai_compatible(const config::ProviderConfig& p,
                                                 std::shared_ptr<EndpointPool>& pool) {
  OpenAICompatibleOptions o;
  o.name = p.name;
  o.api_key = p.api_key;
  o.tls = tls_of(p);
  o.connect_timeout = p.connect_timeout;
  o.timeout = p.timeout;
  o.first_byte_timeout = p.first_byte_timeout;
  o.stream_idle_timeout = p.stream_idle_timeout;
  o.sse.max_line_bytes = p.max_stream_line_bytes;
  o.sse.max_event_bytes = p.max_stream_event_bytes;
  o.max_response_bytes = p.max_response_bytes;
  if (p.kind == config::ProviderKind::azure_openai) o.azure_api_version = p.api_version;
  if (p.endpoints.empty()) {
    o.base = parse_url(p, p.base_url);
  } else {
    o.pool = make_pool(p);
    o.base = o.pool->url(0);
    pool = o.pool;
  }
  return std::make_unique<OpenAICompatible>(std::move(o));
}

// kind: gemini — Google's Gemini API.
std::unique_ptr<Provider> make_gemini(const config::ProviderConfig& p) {
  GeminiOptions o;
  o.name = p.name;
  o.api_key = p.api_key;
  o.base = parse_url(p, p.base_url);
  o.tls = tls_of(p);
  o.connect_timeout = p.connect_timeout;
  o.timeout = p.timeout;
  o.first_byte_timeout = p.first_byte_timeout;
  o.stream_idle_timeout = p.stream_idle_timeout;
  o.sse.max_line_bytes = p.max_stream_line_bytes;
  o.sse.max_event_bytes = p.max_stream_event_bytes;
  o.max_response_bytes = p.max_response_bytes;
  return std::make_unique<GeminiProvider>(std::move(o));
}

// kind: anthropic — Anthropic's Messages API.
std::unique_ptr<Provider> make_anthropic(const config::ProviderConfig& p) {
  AnthropicOptions o;
  o.name = p.name;
  o.api_key = p.api_key;
  o.base = parse_url(p, p.base_url);
  if (!p.anthropic_version.empty()) o.anthropic_version = p.anthropic_version;
  o.default_max_tokens = p.default_max_tokens;
  o.tls = tls_of(p);
  o.connect_timeout = p.connect_timeout;
  o.timeout = p.timeout;
  o.first_byte_timeout = p.first_byte_timeout;
  o.stream_idle_timeout = p.stream_idle_timeout;
  o.sse.max_line_bytes = p.max_stream_line_bytes;
  o.sse.max_event_bytes = p.max_stream_event_bytes;
  o.max_response_bytes = p.max_response_bytes;
  return std::make_unique<AnthropicProvider>(std::move(o));
}

// kind: llama — the in-process engine; loading the model is part of starting
// up, and a model that cannot be loaded stops the start with the file's name.
std::unique_ptr<Provider> make_llama(const config::ProviderConfig& p) {
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

bool same_provider(const config::ProviderConfig& a, const config::ProviderConfig& b) {
  config::ProviderConfig x = a;
  config::ProviderConfig y = b;
  x.line = y.line = 0;
  x.circuit_breaker = y.circuit_breaker = config::CircuitBreakerConfig{};
  return x == y;
}

ProviderSet build_providers(const std::vector<config::ProviderConfig>& configs,
                            const ProviderSet* previous) {
  ProviderSet set;
  set.health = std::make_unique<HealthChecker>();
  for (const config::ProviderConfig& p : configs) {
    ProviderSet::Built b{p, nullptr, nullptr};
    if (previous) {
      auto it = previous->built.find(p.name);
      if (it != previous->built.end() && same_provider(it->second.config, p)) {
        b.provider = it->second.provider;
        b.pool = it->second.pool;
        set.kept.push_back(p.name);
      }
    }
    if (!b.provider) {
      switch (p.kind) {
        case config::ProviderKind::openai_compatible:
          b.provider = make_openai_compatible(p, b.pool);
          break;
        case config::ProviderKind::llama:
          b.provider = make_llama(p);
          break;
        case config::ProviderKind::azure_openai:
          b.provider = make_openai_compatible(p, b.pool);
          break;
        case config::ProviderKind::gemini:
          b.provider = make_gemini(p);
          break;
        case config::ProviderKind::anthropic:
          b.provider = make_anthropic(p);
          break;
      }
    }
    enlist(p, b.pool, set);
    set.by_name[p.name] = b.provider.get();
    set.providers.push_back(b.provider);
    set.built.emplace(p.name, std::move(b));
  }
  return set;
}

}  // namespace switchyard::providers
