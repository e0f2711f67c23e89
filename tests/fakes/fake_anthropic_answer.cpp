#include "fakes/fake_anthropic_answer.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <optional>

namespace switchyard::testing::anthropic {

namespace {

using JsonOut = rapidjson::Writer<rapidjson::StringBuffer>;

void put(JsonOut& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

std::string done(rapidjson::StringBuffer& sb) {
  return std::string(sb.GetString(), sb.GetSize());
}

std::optional<std::int64_t> leading_number(std::string_view s) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p == s.data()) return std::nullopt;
  return v;
}

std::int64_t count_words(std::string_view s) {
  std::int64_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

std::string text_input(std::string_view text) {
  rapidjson::StringBuffer sb;
  JsonOut w(sb);
  w.StartObject();
  w.Key("text");
  put(w, text);
  w.EndObject();
  return done(sb);
}

std::string echo_of(const Request& r) {
  if (!r.last_results.empty()) {
    std::string s = "results:";
    for (const auto& res : r.last_results) s += " " + res.tool_use_id + "=" + res.text + ";";
    return s;
  }
  if (r.json) {
    rapidjson::StringBuffer sb;
    JsonOut w(sb);
    w.StartObject();
    w.Key("echo");
    put(w, r.last_user_text);
    w.EndObject();
    return done(sb);
  }
  std::string s = "echo: " + r.last_user_text;
  for (const auto& i : r.images)
    s += " [image " + i.media_type + " " + std::to_string(i.bytes) + " bytes]";
  return s;
}

// The first `n` words of `s` (with the spaces between them).
std::string first_words(std::string_view s, std::int64_t n) {
  std::size_t at = 0;
  for (std::int64_t k = 0; k < n && at < s.size(); ++k) {
    const std::size_t space = s.find(' ', at);
    at = space == std::string_view::npos ? s.size() : space + (k + 1 < n ? 1 : 0);
  }
  std::string out(s.substr(0, at));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

Answer make_answer(const Request& r, std::string_view model, std::uint64_t seq) {
  Answer a;
  a.input = r.prompt_words;
  if (model.starts_with("cached-")) {
    const std::string_view rest = model.substr(7);
    a.cache_read = leading_number(rest).value_or(0);
    const auto dash = rest.find('-');
    if (dash != std::string_view::npos)
      a.cache_write = leading_number(rest.substr(dash + 1)).value_or(0);
  }
  if (model == "refusal") {
    a.stop_reason = "refusal";
    return a;
  }
  const bool call = !r.tools.empty() && r.last_results.empty() && r.choice != "none" &&
                    (r.choice == "any" || r.choice == "tool" || model == "call-tools" ||
                     model == "parallel-calls");
  if (call) {
    const std::string first = r.choice == "tool" ? r.choice_name : r.tools.front();
    const int calls = model == "parallel-calls" ? 2 : 1;
    for (int i = 0; i < calls; ++i) {
      Block b;
      b.type = "tool_use";
      b.id = "toolu_fake" + std::to_string(seq) + "_" + std::to_string(i);
      b.name = i == 1 && r.tools.size() > 1 ? r.tools[1] : first;
      b.input_json = text_input(r.last_user_text);
      a.blocks.push_back(std::move(b));
      a.output += 3;
    }
    a.stop_reason = "tool_use";
    return a;
  }
  if (model == "redacted-thinking") {
    Block t;
    t.type = "redacted_thinking";
    t.text = "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YdnH8oqFp1b";
    a.blocks.push_back(std::move(t));
  }
  if (model == "thinking") {
    Block t;
    t.type = "thinking";
    t.text = "Let me think about that.";
    t.signature = "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxjRjNuZmFrZQ";
    a.output += count_words(t.text);
    a.blocks.push_back(std::move(t));
  }
  Block b;
  b.type = "text";
  b.text = echo_of(r);
  for (const auto& stop : r.stop_sequences) {
    const auto at = b.text.find(stop);
    if (!stop.empty() && at != std::string::npos) {
      b.text.resize(at);
      a.stop_reason = "stop_sequence";
      a.stop_sequence = stop;
      break;
    }
  }
  if (model == "max-tokens" || count_words(b.text) > r.max_tokens) {
    b.text = first_words(b.text, model == "max-tokens" ? 1 : r.max_tokens);
    a.stop_reason = "max_tokens";
    a.stop_sequence.clear();
  }
  if (model == "pause-turn") a.stop_reason = "pause_turn";
  a.output += count_words(b.text);
  if (!b.text.empty()) a.blocks.push_back(std::move(b));
  return a;
}

static void write_usage(JsonOut& w, const Answer& a, std::int64_t output) {
  w.Key("usage");
  w.StartObject();
  w.Key("input_tokens");
  w.Int64(a.input);
  w.Key("cache_creation_input_tokens");
  w.Int64(a.cache_write);
  w.Key("cache_read_input_tokens");
  w.Int64(a.cache_read);
  w.Key("output_tokens");
  w.Int64(output);
  w.EndObject();
}

static void write_stop(JsonOut& w, const Answer& a) {
  w.Key("stop_reason");
  put(w, a.stop_reason);
  w.Key("stop_sequence");
  if (a.stop_sequence.empty()) {
    w.Null();
  } else {
    put(w, a.stop_sequence);
  }
}

// A content block whole (`whole`), or as content_block_start opens it.
static void write_block(JsonOut& w, const Block& b, bool whole) {
  w.StartObject();
  w.Key("type");
  put(w, b.type);
  if (b.type == "text") {
    w.Key("text");
    put(w, whole ? std::string_view(b.text) : std::string_view());
  } else if (b.type == "thinking") {
    w.Key("thinking");
    put(w, whole ? std::string_view(b.text) : std::string_view());
    w.Key("signature");
    put(w, whole ? std::string_view(b.signature) : std::string_view());
  } else if (b.type == "redacted_thinking") {
    w.Key("data");  // whole in content_block_start too: no delta carries it
    put(w, b.text);
  } else {
    w.Key("id");
    put(w, b.id);
    w.Key("name");
    put(w, b.name);
    w.Key("input");
    const std::string_view input = whole ? std::string_view(b.input_json) : "{}";
    w.RawValue(input.data(), input.size(), rapidjson::kObjectType);
  }
  w.EndObject();
}

std::string message_json(const Answer& a, std::string_view model, std::string_view id, bool whole) {
  rapidjson::StringBuffer sb;
  JsonOut w(sb);
  w.StartObject();
  w.Key("id");
  put(w, id);
  w.Key("type");
  w.String("message");
  w.Key("role");
  w.String("assistant");
  w.Key("model");
  put(w, model);
  w.Key("content");
  w.StartArray();
  if (whole)
    for (const Block& b : a.blocks) write_block(w, b, true);
  w.EndArray();
  if (whole) {
    write_stop(w, a);
  } else {
    w.Key("stop_reason");
    w.Null();
    w.Key("stop_sequence");
    w.Null();
  }
  write_usage(w, a, whole ? a.output : 1);
  w.EndObject();
  return done(sb);
}

std::string sse(std::string_view name, std::string_view data) {
  std::string e = "event: ";
  e += name;
  e += "\ndata: ";
  e += data;
  e += "\n\n";
  return e;
}

std::string block_start(int index, const Block& b) {
  rapidjson::StringBuffer sb;
  JsonOut w(sb);
  w.StartObject();
  w.Key("type");
  w.String("content_block_start");
  w.Key("index");
  w.Int(index);
  w.Key("content_block");
  write_block(w, b, false);
  w.EndObject();
  return sse("content_block_start", done(sb));
}

std::string block_delta(int index, std::string_view type, std::string_view key,
                        std::string_view value) {
  rapidjson::StringBuffer sb;
  JsonOut w(sb);
  w.StartObject();
  w.Key("type");
  w.String("content_block_delta");
  w.Key("index");
  w.Int(index);
  w.Key("delta");
  w.StartObject();
  w.Key("type");
  put(w, type);
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  put(w, value);
  w.EndObject();
  w.EndObject();
  return sse("content_block_delta", done(sb));
}

std::string block_stop(int index) {
  return sse("content_block_stop",
             R"({"type":"content_block_stop","index":)" + std::to_string(index) + "}");
}

std::string message_delta(const Answer& a) {
  rapidjson::StringBuffer sb;
  JsonOut w(sb);
  w.StartObject();
  w.Key("type");
  w.String("message_delta");
  w.Key("delta");
  w.StartObject();
  write_stop(w, a);
  w.EndObject();
  write_usage(w, a, a.output);
  w.EndObject();
  return sse("message_delta", done(sb));
}

// The deltas of one block: text word by word, thinking then its signature,
// a tool's input JSON in three pieces (the first empty, as Anthropic's is).
std::vector<std::string> deltas_of(int index, const Block& b) {
  std::vector<std::string> out;
  if (b.type == "text") {
    std::string_view rest = b.text;
    while (!rest.empty()) {
      std::size_t end = rest.find(' ');
      end = end == std::string_view::npos ? rest.size() : end + 1;
      out.push_back(block_delta(index, "text_delta", "text", rest.substr(0, end)));
      rest.remove_prefix(end);
    }
  } else if (b.type == "thinking") {
    out.push_back(block_delta(index, "thinking_delta", "thinking", b.text));
    out.push_back(block_delta(index, "signature_delta", "signature", b.signature));
  } else if (b.type == "redacted_thinking") {
    // None: its data came whole in content_block_start.
  } else {
    const std::string_view json = b.input_json;
    const std::size_t half = json.size() / 2;
    out.push_back(block_delta(index, "input_json_delta", "partial_json", ""));
    out.push_back(block_delta(index, "input_json_delta", "partial_json", json.substr(0, half)));
    out.push_back(block_delta(index, "input_json_delta", "partial_json", json.substr(half)));
  }
  return out;
}

}  // namespace switchyard::testing::anthropic
