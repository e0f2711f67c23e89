#include "switchyard/api/openai/json_input.hpp"

#include <string>
#include <vector>

namespace switchyard::api::openai::json {

namespace dom = simdjson::dom;
using dom::element_type;

simdjson::error_code Parse::run(std::string_view body, dom::element& root) {
  dom::parser* p = nullptr;
  if (body.size() <= kReuseParserLimit) {
    thread_local dom::parser tls;
    p = &tls;
  } else {
    own_ = std::make_unique<dom::parser>();
    p = own_.get();
  }
  // realloc_if_needed = true: simdjson copies the input into its own padded
  // buffer (a string_view gives no guarantee about bytes past its end).
  return p->parse(body.data(), body.size(), true).get(root);
}

const char* type_phrase(dom::element e) {
  switch (e.type()) {
    case element_type::ARRAY:
      return "an array";
    case element_type::OBJECT:
      return "an object";
    case element_type::INT64:
    case element_type::UINT64:
      return "an integer";
    case element_type::DOUBLE:
      return "a decimal";
    case element_type::STRING:
      return "a string";
    case element_type::BOOL:
      return "a boolean";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "an unknown value";
}

namespace {

namespace ondemand = simdjson::ondemand;

// A raw_json_token() without the whitespace On-Demand includes after it.
std::string_view without_trailing_ws(std::string_view token) {
  while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' ||
                            token.back() == '\t')) {
    token.remove_suffix(1);
  }
  return token;
}

std::size_t end_offset(std::string_view token, const char* base) {
  return static_cast<std::size_t>(token.data() + token.size() - base);
}

// Whether `token` (a number as written) is an integer that does not fit 64
// bits: above UINT64_MAX, or below INT64_MIN.
bool too_wide(std::string_view token) {
  const bool negative = !token.empty() && token[0] == '-';
  const std::string_view digits = token.substr(negative ? 1 : 0);
  for (const char c : digits) {
    if (c < '0' || c > '9') return false;  // a decimal: simdjson reads it as a double
  }
  const std::string_view limit = negative ? "9223372036854775808" : "18446744073709551615";
  return digits.size() > limit.size() || (digits.size() == limit.size() && digits > limit);
}

// Appends to `ends` the end offset (in `base`) of every integer in `v` that
// does not fit 64 bits. On-Demand gives each number's token as written
// (raw_json_token) without converting it, so simdjson's tokenizer, not a
// scanner of ours, tells numbers from string contents. Stops at the first
// error; what was found until then still counts.
bool find_wide(ondemand::value v, const char* base, std::vector<std::size_t>& ends) {
  ondemand::json_type type;
  if (v.type().get(type)) return false;
  switch (type) {
    case ondemand::json_type::object: {
      ondemand::object object;
      if (v.get_object().get(object)) return false;
      for (auto field : object) {
        ondemand::value member;
        if (field.value().get(member) || !find_wide(member, base, ends)) return false;
      }
      return true;
    }
    case ondemand::json_type::array: {
      ondemand::array array;
      if (v.get_array().get(array)) return false;
      for (auto element : array) {
        ondemand::value item;
        if (element.get(item) || !find_wide(item, base, ends)) return false;
      }
      return true;
    }
    case ondemand::json_type::number: {
      const std::string_view token = without_trailing_ws(v.raw_json_token());
      if (too_wide(token)) ends.push_back(end_offset(token, base));
      return true;
    }
    default:
      return true;  // strings, booleans, null
  }
}

// A copy of `body` with every integer that does not fit 64 bits rewritten as
// a decimal of the same length; empty when the body has none.
std::string widen_integers(std::string_view body) {
  const simdjson::padded_string padded(body);  // On-Demand reads past the end
  ondemand::parser parser;
  ondemand::document doc;
  if (parser.iterate(padded).get(doc)) return {};
  std::vector<std::size_t> ends;
  ondemand::json_type type;
  if (doc.type().get(type)) return {};
  if (type == ondemand::json_type::object || type == ondemand::json_type::array) {
    ondemand::value root;
    if (!doc.get_value().get(root)) find_wide(root, padded.data(), ends);
  } else if (type == ondemand::json_type::number) {
    std::string_view token;
    if (!doc.raw_json_token().get(token) && too_wide(token = without_trailing_ws(token))) {
      ends.push_back(end_offset(token, padded.data()));
    }
  }
  if (ends.empty()) return {};
  std::string out(body);
  for (const std::size_t end : ends) {  // 123...6789 → 123...67e2, about the same value
    out[end - 2] = 'e';
    out[end - 1] = '2';
  }
  return out;
}

}  // namespace

simdjson::error_code parse_wide(Parse& parse, std::string_view body, dom::element& root) {
  auto ec = parse.run(body, root);
  if (ec == simdjson::NUMBER_ERROR) {
    // Rare: only now is the body looked at for integers simdjson cannot hold.
    // The DOM copies what it keeps, so the rewritten copy may go at once.
    const std::string widened = widen_integers(body);
    if (!widened.empty()) ec = parse.run(widened, root);
  }
  return ec;
}

core::Expected<dom::object> request_object(Parse& parse, std::string_view body,
                                           std::string_view empty_hint, bool wide_integers) {
  // Skip leading whitespace only to detect an empty body.
  std::size_t ws = 0;
  while (ws < body.size() &&
         (body[ws] == ' ' || body[ws] == '\n' || body[ws] == '\r' || body[ws] == '\t')) {
    ++ws;
  }
  if (ws == body.size()) {
    std::string m = "The request body is empty. ";
    m += empty_hint;
    return core::Error::invalid(std::move(m));
  }
  dom::element root;
  auto ec = wide_integers ? parse_wide(parse, body, root) : parse.run(body, root);
  if (ec) {
    return core::Error::invalid(
        std::string("We could not parse the JSON body of your request. (HINT: This likely means "
                    "you aren't using your HTTP library correctly. The API expects a JSON "
                    "payload, but what was sent was not valid JSON: ") +
        simdjson::error_message(ec) + ")");
  }
  dom::object obj;
  if (root.get_object().get(obj)) {
    return core::Error::invalid(std::string("The request body must be a JSON object, but got ") +
                                type_phrase(root) + " instead.");
  }
  return obj;
}

}  // namespace switchyard::api::openai::json
