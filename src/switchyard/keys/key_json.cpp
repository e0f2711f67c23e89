#include "switchyard/keys/key_json.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <simdjson.h>

#include "switchyard/keys/expiry.hpp"
#include "switchyard/keys/key_lifecycle.hpp"

namespace switchyard::keys {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void string_or_null(Writer& w, const char* name, const std::string& value) {
  w.Key(name);
  if (value.empty())
    w.Null();
  else
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void time_or_null(Writer& w, const char* name, std::int64_t ms) {
  string_or_null(w, name, ms == 0 ? std::string() : format_utc_time(ms));
}

void write_key(Writer& w, const VirtualKey& k, std::int64_t now_ms, std::string_view secret) {
  const KeyPolicy& p = k.policy;
  w.StartObject();
  w.Key("id");
  w.String(k.id.c_str());
  if (!secret.empty()) {
    w.Key("key");
    w.String(secret.data(), static_cast<rapidjson::SizeType>(secret.size()));
  }
  w.Key("team");
  w.String(p.team.data(), static_cast<rapidjson::SizeType>(p.team.size()));
  w.Key("name");
  w.String(p.name.data(), static_cast<rapidjson::SizeType>(p.name.size()));
  w.Key("models");
  w.StartArray();
  for (const auto& m : p.models) w.String(m.data(), static_cast<rapidjson::SizeType>(m.size()));
  w.EndArray();
  string_or_null(w, "max_cloud_class", p.max_cloud_class);
  string_or_null(w, "default_class", p.default_class);
  w.Key("rpm");
  w.Int64(p.rpm);
  w.Key("tpm");
  w.Int64(p.tpm);
  w.Key("max_concurrent");
  w.Int64(p.max_concurrent);
  time_or_null(w, "expires_at", p.expires_ms);
  w.Key("budget_day_usd");
  w.Double(p.budget_day_usd);
  w.Key("budget_month_usd");
  w.Double(p.budget_month_usd);
  w.Key("status");
  w.String(key_status(k, now_ms));
  time_or_null(w, "created_at", k.created_ms);
  time_or_null(w, "rotated_at", k.rotated_ms);
  time_or_null(w, "revoked_at", k.revoked_ms);
  w.EndObject();
}

core::Error bad(std::string message, std::string param) {
  return core::Error::invalid(std::move(message), std::move(param), "invalid_key_policy");
}

// Reads an integer member ≥ 0 into `out`.
std::optional<core::Error> read_count(simdjson::dom::element v, const std::string& name,
                                      std::int64_t& out) {
  std::int64_t n = 0;
  if (v.get(n) || n < 0)
    return bad("'" + name + "' must be a whole number, 0 (no limit) or more.", name);
  out = n;
  return std::nullopt;
}

std::optional<core::Error> read_usd(simdjson::dom::element v, const std::string& name,
                                    double& out) {
  double d = 0;
  if (v.get(d) || !(d >= 0)) return bad("'" + name + "' must be a number of USD, 0 or more.", name);
  out = d;
  return std::nullopt;
}

std::optional<core::Error> read_text(simdjson::dom::element v, const std::string& name,
                                     std::string& out) {
  if (v.is_null()) {
    out.clear();
    return std::nullopt;
  }
  std::string_view s;
  if (v.get(s)) return bad("'" + name + "' must be a string.", name);
  out = s;
  return std::nullopt;
}

// expires_at (a UTC time) or expires_in (a duration from now) as Unix ms.
std::optional<std::int64_t> expiry_ms(const std::string& name, std::string_view text,
                                      std::int64_t now_ms) {
  if (name == "expires_at") return parse_utc_time_ms(text);
  const auto d = parse_duration_ms(text);
  if (!d) return std::nullopt;
  return now_ms + *d;
}

}  // namespace

std::string key_json(const VirtualKey& key, std::int64_t now_ms, std::string_view secret) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  write_key(w, key, now_ms, secret);
  return std::string(buf.GetString(), buf.GetSize());
}

std::string key_list_json(const std::vector<VirtualKey>& keys, std::int64_t now_ms) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("object");
  w.String("list");
  w.Key("data");
  w.StartArray();
  for (const auto& k : keys) write_key(w, k, now_ms, {});
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

core::Expected<KeyPolicy> policy_from_json(std::string_view body, std::int64_t now_ms) {
  simdjson::dom::parser parser;
  simdjson::dom::object obj;
  if (parser.parse(body.data(), body.size()).get(obj))
    return bad("The body must be a JSON object describing the key, e.g. {\"team\":\"hr\"}.", {});
  KeyPolicy p;
  bool expires_set = false;
  for (auto [k, v] : obj) {
    const std::string name(k);
    std::optional<core::Error> e;
    if (name == "team")
      e = read_text(v, name, p.team);
    else if (name == "name")
      e = read_text(v, name, p.name);
    else if (name == "max_cloud_class")
      e = read_text(v, name, p.max_cloud_class);
    else if (name == "default_class")
      e = read_text(v, name, p.default_class);
    else if (name == "rpm")
      e = read_count(v, name, p.rpm);
    else if (name == "tpm")
      e = read_count(v, name, p.tpm);
    else if (name == "max_concurrent")
      e = read_count(v, name, p.max_concurrent);
    else if (name == "budget_day_usd")
      e = read_usd(v, name, p.budget_day_usd);
    else if (name == "budget_month_usd")
      e = read_usd(v, name, p.budget_month_usd);
    else if (name == "models") {
      simdjson::dom::array list;
      if (v.get(list)) {
        e = bad("'models' must be a list of model aliases, e.g. [\"chat\"].", name);
      } else {
        for (auto item : list) {
          std::string_view alias;
          if (item.get(alias)) {
            e = bad("'models' must be a list of model aliases (strings).", name);
            break;
          }
          p.models.emplace_back(alias);
        }
      }
    } else if (name == "expires_at" || name == "expires_in") {
      if (expires_set) {
        e = bad("Give either expires_at or expires_in, not both.", name);
      } else if (!v.is_null()) {
        std::string_view text;
        const auto ms = v.get(text) ? std::nullopt : expiry_ms(name, text, now_ms);
        if (!ms)
          e = name == "expires_at"
                  ? bad("'expires_at' must be a UTC time such as \"2027-01-31T00:00:00Z\" or a "
                        "date such as \"2027-01-31\".",
                        name)
                  : bad("'expires_in' must be a duration such as \"30d\", \"12h\", \"90m\".", name);
        else
          p.expires_ms = *ms;
      }
      expires_set = true;
    } else {
      e = bad("Unknown member '" + name.substr(0, 40) +
                  "'; a key has team, name, models, max_cloud_class, default_class, rpm, tpm, "
                  "max_concurrent, expires_at or expires_in, budget_day_usd, budget_month_usd.",
              name.substr(0, 40));
    }
    if (e) return *e;
  }
  return p;
}

}  // namespace switchyard::keys
