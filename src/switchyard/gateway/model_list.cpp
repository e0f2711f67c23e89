#include "switchyard/gateway/model_list.hpp"

#include <algorithm>
#include <chrono>

#include "switchyard/gateway/identify_stage.hpp"
#include "switchyard/gateway/pipeline.hpp"
#include "switchyard/gateway/response_headers.hpp"

namespace switchyard::gateway {

std::vector<std::string> models_allowed(const std::vector<std::string>& aliases,
                                        const keys::VirtualKey* key) {
  if (!key) return aliases;
  std::vector<std::string> out;
  for (const std::string& alias : aliases)
    if (key->allows_model(alias)) out.push_back(alias);
  return out;
}

namespace {

// Built outside the coroutine (g++ 12 and braced lists in coroutine bodies).
std::optional<core::Error> identify(const keys::KeyRing* keys, bool required, Exchange& ex) {
  const IdentifyStage stage(keys, required);
  return stage.admit(ex);
}

void stamp(Exchange& ex) {
  ex.record.time_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
}

// The model `id` as the caller may see it: nullopt when it is served and
// the caller's key (if any) allows it, else the 404 an unknown model gets.
std::optional<core::Error> model_hidden(const Runtime& rt, const keys::VirtualKey* key,
                                        const std::string& id) {
  const auto& aliases = rt.router->aliases();
  const bool served = std::find(aliases.begin(), aliases.end(), id) != aliases.end();
  if (served && (!key || key->allows_model(id))) return std::nullopt;
  return core::Error::not_found(
      "The model '" + header_safe(id) +
          "' does not exist on this gateway; GET /v1/models lists the models it serves.",
      "model_not_found");
}

}  // namespace

http::Task<void> serve_model_list(Runtime& rt, const keys::KeyRing* keys,
                                  const api::Dialect& dialect, http::Request& req,
                                  http::ResponseWriter& out, core::RequestContext ctx) {
  Exchange ex(req, out, std::move(ctx), dialect, Endpoint::chat);
  stamp(ex);
  std::optional<core::Error> error = identify(keys, rt.cfg.keys.required, ex);
  RespondStage& respond = rt.pipeline->respond();
  const unsigned status = error ? static_cast<unsigned>(error->status) : 200;
  respond.count_status(status);
  std::string body = error ? dialect.encode_error(respond.scrubbed(*error))
                           : dialect.encode_model_list(
                                 models_allowed(rt.router->aliases(), ex.key.get()), "switchyard");
  co_await out.send(status, dialect.content_type(), std::move(body), id_headers(ex.ctx.request_id));
}

http::Task<void> serve_model(Runtime& rt, const keys::KeyRing* keys, const api::Dialect& dialect,
                             std::string_view rest, http::Request& req, http::ResponseWriter& out,
                             core::RequestContext ctx) {
  Exchange ex(req, out, std::move(ctx), dialect, Endpoint::chat);
  stamp(ex);
  const std::string id = dialect.model_id_from_path(rest);
  // Who asks first: an unknown key is a 401 whatever the model.
  std::optional<core::Error> error = identify(keys, rt.cfg.keys.required, ex);
  if (!error) error = model_hidden(rt, ex.key.get(), id);
  RespondStage& respond = rt.pipeline->respond();
  const unsigned status = error ? static_cast<unsigned>(error->status) : 200;
  respond.count_status(status);
  std::string body = error ? dialect.encode_error(respond.scrubbed(*error))
                           : dialect.encode_model(id, "switchyard");
  co_await out.send(status, dialect.content_type(), std::move(body), id_headers(ex.ctx.request_id));
}

}  // namespace switchyard::gateway
