// The two checks each inbound dialect's privacy test runs over every position
// its requests can hold a string (each dialect's table of `Position`s), in
// every encoding of privacy_values.hpp: a US SSN there classes the request
// restricted, and an e-mail address there is gone from the body a cloud model
// would receive (which stays a valid request).
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "gateway/privacy_positions.hpp"
#include "gateway/privacy_values.hpp"
#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/gateway/privacy_stage.hpp"
#include "switchyard/privacy/redaction_vault.hpp"

namespace switchyard::testing {

inline const privacy::Detector& default_detector() {
  static const privacy::Detector d;
  return d;
}

inline const std::vector<Encoding>& string_encodings() {
  static const std::vector<Encoding> e = {Encoding::plain, Encoding::unicode,
                                          Encoding::some_unicode, Encoding::json_in_string};
  return e;
}

// `decode(body)` is the dialect's request decoder (a result holding a
// core::ChatRequest or an error with a message).
template <class Decode>
void expect_restricted_at_every_position(const std::vector<Position>& positions,
                                         const std::string& value, Decode decode) {
  for (const Position& p : positions) {
    for (Encoding e : string_encodings()) {
      const std::string body = fill(p.body, encode_value(value, e, false));
      auto req = decode(body);
      ASSERT_TRUE(req) << p.name << ": " << req.error().message << "\n" << body;
      const gateway::Inspection seen = gateway::inspect(
          &default_detector(), privacy::PrivacyPolicy{}, *req, std::nullopt, std::nullopt);
      EXPECT_EQ(seen.classification.level, privacy::DataClass::restricted)
          << p.name << " (" << name_of(e) << "): " << body;
    }
  }
}

template <class Decode>
void expect_redacted_at_every_position(const std::vector<Position>& positions,
                                       const std::string& value, Decode decode) {
  for (const Position& p : positions) {
    for (Encoding e : string_encodings()) {
      const std::string body = fill(p.body, encode_value(value, e, false));
      auto req = decode(body);
      ASSERT_TRUE(req) << p.name << ": " << req.error().message;
      const gateway::Inspection seen = gateway::inspect(
          &default_detector(), privacy::PrivacyPolicy{}, *req, std::nullopt, std::nullopt);
      EXPECT_EQ(seen.classification.level, privacy::DataClass::confidential)
          << p.name << " (" << name_of(e) << "): " << seen.classification.reason;
      privacy::RedactionVault vault;
      const core::ChatRequest redacted = gateway::redact_request(*req, seen, vault);
      EXPECT_FALSE(vault.empty()) << p.name;
      const std::string out = api::openai::encode_chat_request(redacted, "gpt-4o-mini");
      EXPECT_FALSE(leaked(out, value)) << p.name << " (" << name_of(e) << "): " << out;
      EXPECT_TRUE(api::openai::decode_chat_request(out)) << p.name << ": " << out;
    }
  }
}

}  // namespace switchyard::testing
