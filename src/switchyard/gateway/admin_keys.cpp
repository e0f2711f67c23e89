#include "switchyard/gateway/admin_keys.hpp"

#include <chrono>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/keys/key_json.hpp"

namespace switchyard::gateway {
namespace {

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

AdminAnswer error(const core::Error& e) {
  return {static_cast<unsigned>(e.status), api::openai::encode_error(e)};
}

AdminAnswer method_error(std::string_view allow) {
  core::Error e{core::ErrorKind::method_not_allowed,
                405,
                "This admin path takes " + std::string(allow) + ".",
                {},
                "method_not_allowed",
                false};
  return error(e);
}

}  // namespace

keys::PolicyVocabulary key_vocabulary(const config::Config& cfg) {
  keys::PolicyVocabulary v;
  v.classes = cfg.privacy.classes;
  for (const auto& m : cfg.models) v.aliases.push_back(m.alias);
  return v;
}

AdminAnswer AdminKeys::handle(http::bhttp::verb method, std::string_view rest,
                              std::string_view body) {
  using http::bhttp::verb;
  const std::int64_t now = now_ms();
  if (rest.empty() || rest == "/") {
    if (method == verb::get) {
      auto list = ring_.store().list();
      if (!list) return error(list.error());
      return {200, keys::key_list_json(*list, now)};
    }
    if (method != verb::post) return method_error("GET (list) or POST (create)");
    auto policy = keys::policy_from_json(body, now);
    if (!policy) return error(policy.error());
    auto created = keys::create_key(ring_.store(), *policy, vocabulary_, now);
    if (!created) return error(created.error());
    ring_.reload();
    return {201, keys::key_json(created->key, now, created->secret)};
  }
  std::string_view id = rest.substr(1);
  bool rotate = false;
  if (const auto slash = id.find('/'); slash != std::string_view::npos) {
    if (id.substr(slash) != "/rotate")
      return error(core::Error::not_found(
          "Unknown admin path; keys are at /admin/keys and /admin/keys/{id}[/rotate].",
          "unknown_url"));
    id = id.substr(0, slash);
    rotate = true;
  }
  if (rotate) {
    if (method != verb::post) return method_error("POST");
    auto rotated = keys::rotate_key(ring_.store(), id, now);
    if (!rotated) return error(rotated.error());
    ring_.reload();
    return {200, keys::key_json(rotated->key, now, rotated->secret)};
  }
  if (method == verb::get) {
    auto found = keys::find_key(ring_.store(), id);
    if (!found) return error(found.error());
    return {200, keys::key_json(*found, now)};
  }
  if (method == verb::delete_) {
    auto revoked = keys::revoke_key(ring_.store(), id, now);
    if (!revoked) return error(revoked.error());
    ring_.reload();
    return {200, keys::key_json(*revoked, now)};
  }
  return method_error("GET (show) or DELETE (revoke)");
}

}  // namespace switchyard::gateway
