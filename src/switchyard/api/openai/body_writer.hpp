// The RapidJSON writer the OpenAI encoders share (json_sink.hpp underneath),
// with the members every OpenAI body writes the same way: optional numbers
// left out when unset or not finite, raw JSON carried through, the extras
// of an object (left out when they were written in another dialect: one
// dialect's raw JSON never enters another's body), finish_reason and
// logprobs.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/api/openai/json_sink.hpp"
#include "switchyard/core/chat.hpp"

namespace switchyard::api::openai {

// OpenAI's word for a finish kind.
inline std::string_view openai_finish_reason(core::FinishKind k) {
  switch (k) {
    case core::FinishKind::length:
      return "length";
    case core::FinishKind::tool_use:
      return "tool_calls";
    case core::FinishKind::content_filter:
      return "content_filter";
    default:
      return "stop";
  }
}

class BodyWriter {
 public:
  // `foreign`: the raw members to write were written in another dialect, so
  // they are left out.
  explicit BodyWriter(std::string& out, bool foreign = false)
      : sink_(out), w_(sink_), foreign_(foreign) {}

  void start_object() { w_.StartObject(); }
  void end_object() { w_.EndObject(); }
  void start_array() { w_.StartArray(); }
  void end_array() { w_.EndArray(); }
  void key(std::string_view k) { w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
  void str(std::string_view s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  void null() { w_.Null(); }
  void boolean(bool b) { w_.Bool(b); }
  void int64(std::int64_t i) { w_.Int64(i); }
  void raw(std::string_view json, rapidjson::Type t) { w_.RawValue(json.data(), json.size(), t); }

  void kv(std::string_view k, std::string_view v) {
    key(k);
    str(v);
  }
  void kv_int(std::string_view k, std::int64_t v) {
    key(k);
    int64(v);
  }
  // A string, or null when empty.
  void kv_str_or_null(std::string_view k, std::string_view v) {
    key(k);
    if (v.empty()) {
      null();
    } else {
      str(v);
    }
  }
  // Numbers that JSON cannot represent (NaN, inf) are left out entirely.
  void kv_opt(std::string_view k, const std::optional<double>& v) {
    if (!v || !std::isfinite(*v)) return;
    key(k);
    w_.Double(*v);
  }
  void kv_opt(std::string_view k, const std::optional<std::int64_t>& v) {
    if (!v) return;
    key(k);
    int64(*v);
  }
  void kv_opt(std::string_view k, const std::optional<bool>& v) {
    if (!v) return;
    key(k);
    boolean(*v);
  }
  // Raw JSON carried through; an empty value (never set) is left out. The
  // type only tells the writer a value follows; the text goes out as is.
  void kv_raw(std::string_view k, std::string_view json) {
    if (json.empty()) return;
    key(k);
    raw(json, json.front() == '{' ? rapidjson::kObjectType : rapidjson::kStringType);
  }
  void extras(const core::RawFields& extra) {
    if (foreign_) return;
    for (const auto& [k, v] : extra) kv_raw(k, v);
  }
  // The provider's own word when it spoke OpenAI, else OpenAI's word for the
  // kind; null while not finished.
  void finish_reason(const core::FinishReason& r) {
    key("finish_reason");
    if (!r.finished()) {
      null();
    } else if (!r.raw.empty() && r.dialect == core::Dialect::openai) {
      str(r.raw);
    } else {
      str(openai_finish_reason(r.kind));
    }
  }
  // An upstream's "logprobs" as it sent it, or null.
  void logprobs(std::string_view json) {
    key("logprobs");
    if (json.empty()) {
      null();
    } else {
      raw(json, json.front() == '{' ? rapidjson::kObjectType : rapidjson::kArrayType);
    }
  }

 private:
  StringSink sink_;
  rapidjson::Writer<StringSink> w_;
  bool foreign_ = false;
};

}  // namespace switchyard::api::openai
