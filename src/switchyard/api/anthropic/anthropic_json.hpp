// The JSON writer the Anthropic encoders share: RapidJSON's Writer over the
// OpenAI codec's string sink (json_sink.hpp), with the few shapes Anthropic's
// bodies and events repeat (a message's usage, a content block's opening).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "switchyard/api/openai/json_sink.hpp"
#include "switchyard/core/usage.hpp"

namespace switchyard::api::anthropic {

class Json {
 public:
  explicit Json(std::string& out) : sink_(out), w_(sink_) {}

  void start_object() { w_.StartObject(); }
  void end_object() { w_.EndObject(); }
  void start_array() { w_.StartArray(); }
  void end_array() { w_.EndArray(); }
  void key(std::string_view k) { w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
  void str(std::string_view s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  void null() { w_.Null(); }
  void boolean(bool b) { w_.Bool(b); }
  void int64(std::int64_t i) { w_.Int64(i); }
  void number(double d) { w_.Double(d); }
  // JSON text written as it is (an object: its first byte says so).
  void raw(std::string_view json) {
    w_.RawValue(json.data(), json.size(),
                json.front() == '{'   ? rapidjson::kObjectType
                : json.front() == '[' ? rapidjson::kArrayType
                                      : rapidjson::kStringType);
  }
  void kv(std::string_view k, std::string_view v) {
    key(k);
    str(v);
  }
  void kv_int(std::string_view k, std::int64_t v) {
    key(k);
    int64(v);
  }
  void kv_raw(std::string_view k, std::string_view json) {
    if (json.empty()) return;
    key(k);
    raw(json);
  }

 private:
  openai::StringSink sink_;
  openai::JsonWriter w_;
};

// Anthropic's usage object: input_tokens counts only what was neither read
// from nor written to the prompt cache (core::Usage counts all of it).
inline void write_usage(Json& j, const core::Usage& u) {
  j.key("usage");
  j.start_object();
  const std::int64_t uncached = u.input_tokens - u.cache_read_tokens - u.cache_write_tokens;
  j.kv_int("input_tokens", uncached > 0 ? uncached : 0);
  j.kv_int("cache_creation_input_tokens", u.cache_write_tokens);
  j.kv_int("cache_read_input_tokens", u.cache_read_tokens);
  j.kv_int("output_tokens", u.output_tokens);
  j.end_object();
}

}  // namespace switchyard::api::anthropic
