// GET /v1/models: the model aliases the caller may use. With virtual keys
// the caller is identified as any request is (identify_stage.hpp): a key
// that restricts its models lists only those, a key without a restriction
// lists every alias, and a key that is unknown, revoked, expired or
// missing (keys.required) gets the 401 a request would, in the dialect's
// error format. In open mode (no key sent, keys not required) every alias
// is listed, as before keys. Nothing is sent anywhere and no ledger record
// is written.
//
// GET /v1/models/{id} (models.retrieve) identifies the caller the same way:
// an alias the key may not use is the same 404 (model_not_found) as an
// alias the gateway does not serve, so a key learns nothing of the models
// it is not given.
#pragma once

#include <string>
#include <vector>

#include "switchyard/api/dialect.hpp"
#include "switchyard/gateway/runtime.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/keys/key_ring.hpp"
#include "switchyard/keys/virtual_key.hpp"

namespace switchyard::gateway {

// `aliases` that `key` allows (all of them without a key).
std::vector<std::string> models_allowed(const std::vector<std::string>& aliases,
                                        const keys::VirtualKey* key);

// The whole endpoint; `keys` may be null (no key store).
http::Task<void> serve_model_list(Runtime& rt, const keys::KeyRing* keys,
                                  const api::Dialect& dialect, http::Request& req,
                                  http::ResponseWriter& out, core::RequestContext ctx);

// GET /v1/models/{id}; `rest` is the path after ".../models/".
http::Task<void> serve_model(Runtime& rt, const keys::KeyRing* keys, const api::Dialect& dialect,
                             std::string_view rest, http::Request& req, http::ResponseWriter& out,
                             core::RequestContext ctx);

}  // namespace switchyard::gateway
