// The OpenAI Embeddings codec: strict decoding of client requests, tolerant
// decoding of upstream answers (simdjson DOM), encoding with RapidJSON's Writer.

#include "switchyard/api/openai/embeddings_codec.hpp"

#include <simdjson.h>
#include "switchyard/api/openai/json_sink.hpp"

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/json_input.hpp"

namespace switchyard::api::openai {
namespace {

namespace dom = simdjson::dom;
using dom::element_type;
using json::type_phrase;

constexpr std::int64_t kMaxTokenId = INT32_MAX;

// ---------------------------------------------------------------------------
// Request decoding (strict)

std::string indexed(std::string_view key, std::size_t i) {
  std::string p(key);
  p += '[';
  p += std::to_string(i);
  p += ']';
  return p;
}

core::Error invalid(std::string message, std::string param, const char* code) {
  return core::Error::invalid(std::move(message), std::move(param), code);
}

core::Error type_error(const std::string& param, dom::element got, std::string_view expected) {
  std::string m = "Invalid type for '";
  m += param;
  m += "': expected ";
  m += expected;
  m += ", but got ";
  m += type_phrase(got);
  m += " instead.";
  return invalid(std::move(m), param, "invalid_type");
}

// A token id: an integer in [0, kMaxTokenId]; integral decimals (7.0) count.
std::optional<std::int64_t> token_id(dom::element v) {
  std::int64_t i = 0;
  if (v.type() == element_type::INT64) {
    i = v.get_int64().value_unsafe();
  } else if (v.type() == element_type::DOUBLE) {
    const double d = v.get_double().value_unsafe();
    if (std::trunc(d) != d || d < 0 || d > static_cast<double>(kMaxTokenId)) return std::nullopt;
    i = static_cast<std::int64_t>(d);
  } else {
    return std::nullopt;
  }
  if (i < 0 || i > kMaxTokenId) return std::nullopt;
  return i;
}

constexpr std::string_view kTokenIdPhrase = "a token id (an integer from 0 to 2147483647)";

std::optional<core::Error> decode_token_array(dom::array arr, const std::string& param,
                                              std::vector<std::int64_t>& out) {
  std::size_t i = 0;
  for (dom::element t : arr) {
    auto id = token_id(t);
    if (!id) {
      const std::string p = indexed(param, i);
      if (t.is_int64() || t.is_uint64() || t.is_double()) {
        return invalid("Invalid value for '" + p + "': expected " + std::string(kTokenIdPhrase) +
                           ", but got " + simdjson::to_string(t) + " instead.",
                       p, "invalid_value");
      }
      return type_error(p, t, kTokenIdPhrase);
    }
    out.push_back(*id);
    ++i;
  }
  if (out.empty()) {
    return invalid(
        "Invalid '" + param + "': empty array of token ids. Each input needs at least one token.",
        param, "empty_array");
  }
  return std::nullopt;
}

core::Error too_many_inputs() {
  return invalid("Invalid 'input': more than " + std::to_string(kMaxEmbeddingInputs) +
                     " inputs. Send at most " + std::to_string(kMaxEmbeddingInputs) +
                     " inputs per request and split larger batches into several requests.",
                 "input", "array_above_max_length");
}

core::Error empty_text(const std::string& param) {
  return invalid("Invalid '" + param +
                     "': empty string. Each input must be a non-empty text to embed, e.g. "
                     "\"The food was delicious\".",
                 param, "empty_string");
}

constexpr std::string_view kInputShapes =
    "a string, an array of strings, an array of token ids, or an array of token-id arrays";

std::optional<core::Error> decode_input(dom::element v, core::EmbeddingRequest& r) {
  std::string_view s;
  if (!v.get_string().get(s)) {
    if (s.empty()) return empty_text("input");
    r.form = core::EmbeddingInputForm::text;
    r.texts.emplace_back(s);
    return std::nullopt;
  }
  dom::array arr;
  if (v.get_array().get(arr)) return type_error("input", v, kInputShapes);
  auto it = arr.begin();
  if (it == arr.end()) {
    return invalid(
        "Invalid 'input': empty array. Send at least one input, e.g. \"input\": [\"first text\", "
        "\"second text\"].",
        "input", "empty_array");
  }
  const dom::element first = *it;
  switch (first.type()) {
    case element_type::STRING: {
      r.form = core::EmbeddingInputForm::texts;
      std::size_t i = 0;
      for (dom::element e : arr) {
        if (i == kMaxEmbeddingInputs) return too_many_inputs();
        std::string_view t;
        if (e.get_string().get(t)) {
          return type_error(indexed("input", i), e,
                            "a string (the other inputs are strings; do not mix texts and tokens)");
        }
        if (t.empty()) return empty_text(indexed("input", i));
        r.texts.emplace_back(t);
        ++i;
      }
      return std::nullopt;
    }
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
      r.form = core::EmbeddingInputForm::tokens;
      return decode_token_array(arr, "input", r.tokens.emplace_back());
    case element_type::ARRAY: {
      r.form = core::EmbeddingInputForm::token_arrays;
      std::size_t i = 0;
      for (dom::element e : arr) {
        if (i == kMaxEmbeddingInputs) return too_many_inputs();
        dom::array tokens;
        const std::string p = indexed("input", i);
        if (e.get_array().get(tokens)) {
          return type_error(p, e, "an array of token ids (the other inputs are token arrays)");
        }
        if (auto err = decode_token_array(tokens, p, r.tokens.emplace_back())) return err;
        ++i;
      }
      return std::nullopt;
    }
    default:
      return type_error("input[0]", first, "a string, a token id, or an array of token ids");
  }
}

std::optional<core::Error> decode_dimensions(dom::element v, core::EmbeddingRequest& r) {
  if (v.is_null()) return std::nullopt;
  std::int64_t i = 0;
  bool ok = false;
  if (v.type() == element_type::INT64) {
    i = v.get_int64().value_unsafe();
    ok = true;
  } else if (v.type() == element_type::DOUBLE) {
    const double d = v.get_double().value_unsafe();
    if (std::trunc(d) == d && d >= -9.2e18 && d <= 9.2e18) {
      i = static_cast<std::int64_t>(d);
      ok = true;
    }
  }
  if (v.type() == element_type::UINT64 || (ok && i > 1'000'000)) {
    return invalid(
        "Invalid value for 'dimensions': expected a number of dimensions the model "
        "can produce, but got a value that is too large instead.",
        "dimensions", "integer_above_max_value");
  }
  if (!ok) return type_error("dimensions", v, "a positive integer");
  if (i < 1) {
    return invalid("Invalid value for 'dimensions': expected an integer >= 1, but got " +
                       std::to_string(i) + " instead. Leave it out for the model's own size.",
                   "dimensions", "integer_below_min_value");
  }
  r.dimensions = i;
  return std::nullopt;
}

std::optional<core::Error> decode_fields(dom::object root, core::EmbeddingRequest& r) {
  bool have_model = false;
  bool have_input = false;
  for (dom::key_value_pair field : root) {
    const std::string_view k = field.key;
    const dom::element v = field.value;
    if (k == "model") {
      std::string_view s;
      if (v.get_string().get(s)) return type_error("model", v, "a string (the model id)");
      r.model.assign(s.data(), s.size());
      have_model = true;
    } else if (k == "input") {
      if (auto e = decode_input(v, r)) return e;
      have_input = true;
    } else if (k == "encoding_format") {
      std::string_view s;
      if (v.is_null()) continue;
      if (v.get_string().get(s)) return type_error("encoding_format", v, "a string");
      if (s == "float") {
        r.encoding_format = core::EmbeddingEncoding::float_;
      } else if (s == "base64") {
        r.encoding_format = core::EmbeddingEncoding::base64;
      } else {
        std::string m = "Invalid value for 'encoding_format': '";
        m.append(s.substr(0, 64));
        m += "'. Supported values are: 'float' and 'base64'.";
        return invalid(std::move(m), "encoding_format", "invalid_value");
      }
    } else if (k == "dimensions") {
      if (auto e = decode_dimensions(v, r)) return e;
    } else if (k == "user") {
      std::string_view s;
      if (!v.get_string().get(s)) {
        r.user.assign(s.data(), s.size());
      } else if (!v.is_null()) {
        return type_error("user", v, "a string or null");
      }
    } else {
      r.extra.emplace_back(std::string(k), simdjson::to_string(v));
    }
  }
  if (!have_model)
    return invalid("Missing required parameter: 'model'.", "model", "missing_required_parameter");
  if (r.model.empty()) {
    return invalid(
        "Invalid value for 'model': expected a model id, but got an empty string instead.", "model",
        "invalid_value");
  }
  if (!have_input) {
    return invalid(
        "Missing required parameter: 'input'. Send the text to embed, e.g. \"input\": \"The food "
        "was delicious\", or an array of texts.",
        "input", "missing_required_parameter");
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Encoding

using Writer = rapidjson::Writer<StringSink>;

void write_string(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// The shortest text that reads back as the same float32. JSON has no NaN or
// infinity; such a component (a broken model) is written as 0.
void write_float(Writer& w, float f) {
  char buf[32];
  if (!std::isfinite(f)) f = 0;
  const auto r = std::to_chars(buf, buf + sizeof buf, f);
  w.RawValue(buf, static_cast<std::size_t>(r.ptr - buf), rapidjson::kNumberType);
}

void write_tokens(Writer& w, const std::vector<std::int64_t>& tokens) {
  w.StartArray();
  for (std::int64_t t : tokens) w.Int64(t);
  w.EndArray();
}

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

constexpr std::array<std::int8_t, 256> base64_values() {
  std::array<std::int8_t, 256> t{};
  for (auto& v : t) v = -1;
  for (int i = 0; i < 64; ++i)
    t[static_cast<unsigned char>(kBase64[i])] = static_cast<std::int8_t>(i);
  t[static_cast<unsigned char>('-')] = 62;  // base64url, which some servers send
  t[static_cast<unsigned char>('_')] = 63;
  return t;
}

// ---------------------------------------------------------------------------
// Response decoding (tolerant)

core::Error upstream_error(std::string message) {
  return core::Error{core::ErrorKind::upstream, 502, std::move(message), {}, {}, false};
}

std::int64_t int_field(dom::object o, std::string_view key, std::int64_t dflt) {
  dom::element e;
  if (o[key].get(e)) return dflt;
  if (e.is_int64()) return e.get_int64().value_unsafe();
  if (e.is_double()) {
    const double d = e.get_double().value_unsafe();
    if (d >= 0 && d <= 9.2e18) return static_cast<std::int64_t>(d);
  }
  return dflt;
}

std::optional<std::vector<float>> vector_of(dom::element e) {
  std::string_view s;
  if (!e.get_string().get(s)) return decode_float32_base64(s);
  dom::array arr;
  if (e.get_array().get(arr)) return std::nullopt;
  std::vector<float> v;
  v.reserve(arr.size());
  for (dom::element x : arr) {
    double d = 0;
    if (x.get_double().get(d)) return std::nullopt;
    v.push_back(static_cast<float>(d));
  }
  return v;
}

}  // namespace

// ---------------------------------------------------------------------------

core::Expected<core::EmbeddingRequest> decode_embedding_request(std::string_view body) {
  json::Parse parse;
  auto obj = json::request_object(
      parse, body,
      "Send a JSON object with 'model' and 'input', e.g. {\"model\": \"text-embedding-3-small\", "
      "\"input\": \"The food was delicious\"}.");
  if (!obj) return obj.error();
  core::EmbeddingRequest req;
  if (auto e = decode_fields(*obj, req)) return std::move(*e);
  return req;
}

std::string encode_embedding_request(const core::EmbeddingRequest& req,
                                     std::string_view upstream_model) {
  std::string out;
  StringSink sink(out);
  Writer w(sink);
  w.StartObject();
  w.Key("model");
  write_string(w, upstream_model.empty() ? std::string_view(req.model) : upstream_model);
  w.Key("input");
  switch (req.form) {
    case core::EmbeddingInputForm::text:
      write_string(w, req.texts.empty() ? std::string_view() : std::string_view(req.texts[0]));
      break;
    case core::EmbeddingInputForm::texts:
      w.StartArray();
      for (const auto& t : req.texts) write_string(w, t);
      w.EndArray();
      break;
    case core::EmbeddingInputForm::tokens:
      if (req.tokens.empty()) {
        w.StartArray();
        w.EndArray();
      } else {
        write_tokens(w, req.tokens[0]);
      }
      break;
    case core::EmbeddingInputForm::token_arrays:
      w.StartArray();
      for (const auto& t : req.tokens) write_tokens(w, t);
      w.EndArray();
      break;
  }
  if (req.encoding_format) {
    w.Key("encoding_format");
    w.String(*req.encoding_format == core::EmbeddingEncoding::base64 ? "base64" : "float");
  }
  if (req.dimensions) {
    w.Key("dimensions");
    w.Int64(*req.dimensions);
  }
  if (!req.user.empty()) {
    w.Key("user");
    write_string(w, req.user);
  }
  for (const auto& [key, raw] : req.extra) {
    w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    w.RawValue(raw.data(), raw.size(), rapidjson::kObjectType);
  }
  w.EndObject();
  return out;
}

core::Expected<core::EmbeddingResponse> decode_embedding_response(std::string_view body) {
  json::Parse parse;
  dom::element root;
  if (auto ec = parse.run(body, root)) {
    return upstream_error(std::string("not valid JSON (") + simdjson::error_message(ec) + ")");
  }
  dom::object obj;
  if (root.get_object().get(obj)) {
    return upstream_error(std::string("expected a JSON object, got ") + type_phrase(root));
  }
  dom::element e;
  if (!obj["error"].get(e) && !e.is_null()) {
    // Some servers answer 200 with an error document.
    core::Error err = decode_upstream_error(502, body);
    err.message = "error object instead of embeddings: " + err.message;
    return err;
  }
  core::EmbeddingResponse resp;
  dom::element model;
  if (!obj["model"].get(model)) {
    std::string_view s;
    if (!model.get_string().get(s)) resp.model = s;
  }
  dom::object usage;
  if (!obj["usage"].get_object().get(usage)) {
    resp.usage.input_tokens = int_field(usage, "prompt_tokens", 0);
    resp.usage.total_tokens = int_field(usage, "total_tokens", resp.usage.input_tokens);
  }
  dom::array data;
  if (obj["data"].get_array().get(data)) return upstream_error("'data' is missing or not an array");
  const std::size_t n = data.size();
  resp.data.resize(n);
  std::vector<bool> seen(n, false);
  std::size_t position = 0;
  for (dom::element item : data) {
    dom::object o;
    if (item.get_object().get(o)) {
      return upstream_error("data[" + std::to_string(position) + "] is not an object");
    }
    const std::int64_t index = int_field(o, "index", static_cast<std::int64_t>(position));
    const auto at = static_cast<std::size_t>(index);
    if (index < 0 || at >= n || seen[at]) {
      return upstream_error("data[" + std::to_string(position) + "] has index " +
                            std::to_string(index) + ", which is out of range or repeated");
    }
    dom::element vec;
    std::optional<std::vector<float>> v;
    if (!o["embedding"].get(vec)) v = vector_of(vec);
    if (!v) {
      return upstream_error("data[" + std::to_string(position) +
                            "].embedding is not an array of numbers or a base64 string");
    }
    resp.data[at] = std::move(*v);
    seen[at] = true;
    ++position;
  }
  return resp;
}

std::string encode_embedding_response(const core::EmbeddingResponse& resp,
                                      core::EmbeddingEncoding encoding) {
  std::string out;
  std::size_t floats = 0;
  for (const auto& v : resp.data) floats += v.size();
  out.reserve(128 + resp.model.size() + resp.data.size() * 48 +
              floats * (encoding == core::EmbeddingEncoding::base64 ? 6 : 14));
  StringSink sink(out);
  Writer w(sink);
  w.StartObject();
  w.Key("object");
  w.String("list");
  w.Key("data");
  w.StartArray();
  std::string b64;
  for (std::size_t i = 0; i < resp.data.size(); ++i) {
    w.StartObject();
    w.Key("object");
    w.String("embedding");
    w.Key("index");
    w.Uint64(i);
    w.Key("embedding");
    if (encoding == core::EmbeddingEncoding::base64) {
      b64 = encode_float32_base64(resp.data[i]);
      write_string(w, b64);
    } else {
      w.StartArray();
      for (float f : resp.data[i]) write_float(w, f);
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("model");
  write_string(w, resp.model);
  w.Key("usage");
  w.StartObject();
  w.Key("prompt_tokens");
  w.Int64(resp.usage.input_tokens);
  w.Key("total_tokens");
  w.Int64(resp.usage.total_tokens);
  w.EndObject();
  w.EndObject();
  return out;
}

std::string encode_float32_base64(const std::vector<float>& v) {
  std::string out;
  out.reserve((v.size() * 4 + 2) / 3 * 4);
  std::uint32_t acc = 0;
  int bits = 0;
  for (float f : v) {
    // Least significant byte first: little-endian, whatever this machine's order.
    const std::uint32_t u = std::bit_cast<std::uint32_t>(f);
    for (int b = 0; b < 4; ++b) {
      acc = (acc << 8) | ((u >> (8 * b)) & 0xff);
      bits += 8;
      while (bits >= 6) {
        bits -= 6;
        out += kBase64[(acc >> bits) & 63];
      }
    }
  }
  if (bits > 0) {
    out += kBase64[(acc << (6 - bits)) & 63];
    out.append(bits == 2 ? 2 : 1, '=');
  }
  return out;
}

std::optional<std::vector<float>> decode_float32_base64(std::string_view text) {
  static constexpr auto kValues = base64_values();
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  if (text.size() % 4 == 1) return std::nullopt;
  std::vector<unsigned char> bytes;
  bytes.reserve(text.size() * 3 / 4);
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    const int v = kValues[static_cast<unsigned char>(c)];
    if (v < 0) return std::nullopt;
    acc = (acc << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push_back(static_cast<unsigned char>((acc >> bits) & 0xff));
    }
  }
  if (bytes.size() % 4 != 0) return std::nullopt;
  std::vector<float> out(bytes.size() / 4);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const unsigned char* p = &bytes[4 * i];
    const std::uint32_t u = std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) |
                            (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[3]} << 24);
    out[i] = std::bit_cast<float>(u);
  }
  return out;
}

}  // namespace switchyard::api::openai
