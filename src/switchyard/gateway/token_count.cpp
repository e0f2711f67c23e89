#include "switchyard/gateway/token_count.hpp"

#include <chrono>

#include "switchyard/gateway/authorize_stage.hpp"
#include "switchyard/gateway/identify_stage.hpp"
#include "switchyard/gateway/pipeline.hpp"
#include "switchyard/gateway/response_headers.hpp"
#include "switchyard/gateway/stream_relay.hpp"
#ifdef SWITCHYARD_HAVE_LLAMA
#include "switchyard/providers/llama.hpp"
#endif

namespace switchyard::gateway {

core::Expected<TokenCount> count_prompt_tokens(const Runtime& rt, const core::ChatRequest& req) {
  const config::ModelConfig* model = nullptr;
  for (const auto& m : rt.cfg.models)
    if (m.alias == req.model) model = &m;
  if (!model) {
    return core::Error::not_found("The model '" + header_safe(req.model) +
                                      "' does not exist on this gateway; GET /v1/models lists "
                                      "the models it serves.",
                                  "model_not_found");
  }
#ifdef SWITCHYARD_HAVE_LLAMA
  for (const auto& d : model->deployments) {
    auto it = rt.providers.by_name.find(d.provider);
    if (it == rt.providers.by_name.end()) continue;
    const auto* llama = dynamic_cast<const providers::LlamaProvider*>(it->second);
    if (!llama) continue;
    auto n = llama->prompt_tokens(req);
    if (!n) return n.error();
    return TokenCount{*n, true};
  }
#endif
  return TokenCount{estimated_usage(req, 0).input_tokens, false};
}

namespace {

// Built outside the coroutine (g++ 12 and braced lists in coroutine bodies).
std::optional<core::Error> admit(const keys::KeyRing* keys, bool required, Exchange& ex,
                                 CountDecoder decode) {
  const IdentifyStage identify(keys, required);
  if (auto refused = identify.admit(ex)) return refused;
  auto decoded = decode(ex.http.body());
  if (!decoded) return std::move(decoded.error());
  ex.request = std::move(*decoded);
  return AuthorizeStage{}.admit(ex);
}

}  // namespace

http::Task<void> serve_token_count(Runtime& rt, const keys::KeyRing* keys,
                                   const api::Dialect& dialect, CountDecoder decode,
                                   CountEncoder encode, http::Request& req,
                                   http::ResponseWriter& out, core::RequestContext ctx) {
  Exchange ex(req, out, std::move(ctx), dialect, Endpoint::chat);
  ex.record.time_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  std::optional<core::Error> error = admit(keys, rt.cfg.keys.required, ex, decode);
  std::string body;
  if (!error) {
    auto counted = count_prompt_tokens(rt, ex.chat());
    if (counted) {
      body = encode(counted->input_tokens);
    } else {
      error = std::move(counted.error());
    }
  }
  RespondStage& respond = rt.pipeline->respond();
  const unsigned status = error ? static_cast<unsigned>(error->status) : 200;
  respond.count_status(status);
  if (error) body = dialect.encode_error(respond.scrubbed(*error));
  co_await out.send(status, dialect.content_type(), std::move(body), id_headers(ex.ctx.request_id));
}

}  // namespace switchyard::gateway
