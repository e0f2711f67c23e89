// JSON comparisons for codec tests: structural equality (member order
// ignored, numbers by value) and a parsed document to read values from by
// JSON pointer, so tests compare values, not text.
#pragma once

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace switchyard::testing {

namespace dom = simdjson::dom;

// Structural JSON equality: object member order is ignored, numbers compare
// by value.
inline bool same_json(dom::element a, dom::element b) {
  const bool a_num = a.is_number(), b_num = b.is_number();
  if (a_num || b_num) {
    if (!a_num || !b_num) return false;
    if (a.is_int64() && b.is_int64()) return int64_t(a) == int64_t(b);
    if (a.is_uint64() && b.is_uint64()) return uint64_t(a) == uint64_t(b);
    return double(a) == double(b);  // 2 and 2.0 are the same number
  }
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case dom::element_type::ARRAY: {
      dom::array x = a, y = b;
      if (x.size() != y.size()) return false;
      auto it = y.begin();
      for (dom::element e : x) {
        if (!same_json(e, *it)) return false;
        ++it;
      }
      return true;
    }
    case dom::element_type::OBJECT: {
      dom::object x = a, y = b;
      if (x.size() != y.size()) return false;
      for (dom::key_value_pair kv : x) {
        dom::element other;
        if (y.at_key(kv.key).get(other)) return false;
        if (!same_json(kv.value, other)) return false;
      }
      return true;
    }
    case dom::element_type::STRING:
      return std::string_view(a) == std::string_view(b);
    case dom::element_type::BOOL:
      return bool(a) == bool(b);
    default:
      return true;  // null
  }
}

inline ::testing::AssertionResult JsonEq(std::string_view actual, std::string_view expected) {
  dom::parser pa, pb;
  dom::element a, b;
  if (auto ec = pa.parse(actual.data(), actual.size(), true).get(a))
    return ::testing::AssertionFailure() << "actual is not JSON (" << ec << "): " << actual;
  if (auto ec = pb.parse(expected.data(), expected.size(), true).get(b))
    return ::testing::AssertionFailure() << "expected is not JSON (" << ec << "): " << expected;
  if (same_json(a, b)) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "JSON differs\n  actual:   " << actual << "\n  expected: " << expected;
}

// A parsed copy of encoder output, kept alive with its parser.
struct Parsed {
  explicit Parsed(std::string text) : json(std::move(text)) {
    const auto ec = parser.parse(json).get(root);
    EXPECT_FALSE(ec) << "not valid JSON: " << json;
  }
  dom::element operator[](std::string_view path) const {
    return root.at_pointer(path).value();  // JSON pointer, e.g. "/choices/0/index"
  }
  bool has(std::string_view path) const {
    dom::element e;
    return !root.at_pointer(path).get(e);
  }
  std::string json;
  dom::parser parser;
  dom::element root;
};

inline std::string_view str(dom::element e) {
  return std::string_view(e);
}

}  // namespace switchyard::testing
