// The admin key check (gateway/admin_auth.*): on its own, and through the
// gateway on an admin path. Without an admin key the admin API answers 503
// naming the variable to set; a missing or wrong key is a 401 in the OpenAI
// error format; no answer ever carries either key.
#include "switchyard/gateway/admin_auth.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "support/error_body.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"

namespace switchyard::gateway {
namespace {

constexpr const char* kAdminKey = "adm-test-0123456789abcdefghij";

config::AdminConfig admin_with(std::string key) {
  config::AdminConfig a;
  a.key = std::move(key);
  return a;
}

TEST(AdminAuthTest, TheAdminKeyAsBearerIsLetIn) {
  const AdminAuth auth(admin_with(kAdminKey));
  EXPECT_TRUE(auth.enabled());
  EXPECT_FALSE(auth.check_authorization(std::string("Bearer ") + kAdminKey));
  EXPECT_FALSE(auth.check_authorization(std::string("bearer ") + kAdminKey));
  EXPECT_FALSE(auth.check_authorization(std::string("Bearer  ") + kAdminKey + " "));
}

TEST(AdminAuthTest, MissingMalformedOrWrongKeysAre401WithoutTheKey) {
  const AdminAuth auth(admin_with(kAdminKey));
  const std::string key(kAdminKey);
  for (const std::string& header :
       {std::string(), std::string("Bearer"), std::string("Bearer "), "Basic " + key, key,
        "Bearer " + key.substr(0, key.size() - 1), "Bearer " + key + "x", "Bearer " + key.substr(1),
        std::string("Bearer adm-test")}) {
    const auto e = auth.check_authorization(header);
    ASSERT_TRUE(e) << "let in: '" << header << "'";
    EXPECT_EQ(e->status, 401) << header;
    EXPECT_EQ(e->kind, core::ErrorKind::authentication);
    EXPECT_EQ(e->code, "invalid_admin_key");
    EXPECT_NE(e->message.find("SWITCHYARD_ADMIN_KEY"), std::string::npos) << e->message;
    EXPECT_EQ(e->message.find("adm-test"), std::string::npos) << e->message;
  }
}

TEST(AdminAuthTest, NoAdminKeyMeansTheAdminApiIsOffAndSaysWhatToSet) {
  config::AdminConfig cfg;
  cfg.key_env = "MY_ADMIN_KEY";
  const AdminAuth auth(cfg);
  EXPECT_FALSE(auth.enabled());
  for (const char* header : {"", "Bearer ", "Bearer anything-at-all-0123456789"}) {
    const auto e = auth.check_authorization(header);
    ASSERT_TRUE(e) << "an admin API without a key must let nobody in";
    EXPECT_EQ(e->status, 503);
    EXPECT_EQ(e->code, "admin_disabled");
    EXPECT_NE(e->message.find("MY_ADMIN_KEY"), std::string::npos) << e->message;
  }
}

const char* env_with_admin_key(const char* name) {
  return std::string_view(name) == "SWITCHYARD_ADMIN_KEY" ? kAdminKey : nullptr;
}
const char* env_without_admin_key(const char*) {
  return nullptr;
}

class AdminPathTest : public ::testing::Test {
 protected:
  void start(testing::LoopbackGateway::Env env) {
    gw_.start(testing::loopback_server_yaml() +
                  "providers:\n  - name: up\n    kind: openai_compatible\n    base_url: "
                  "http://127.0.0.1:9/v1\n"
                  "models:\n  - alias: m\n    deployments:\n"
                  "      - { provider: up, model: x, side: cloud }\n" +
                  ledger_.yaml(),
              env);
  }
  testing::TestResponse get(const std::string& target, const std::string& authorization = {}) {
    std::vector<std::pair<std::string, std::string>> h;
    if (!authorization.empty()) h.emplace_back("authorization", authorization);
    return gw_.request(http::bhttp::verb::get, target, {}, h);
  }

  testing::TempLedger ledger_{"switchyard-admin-auth"};
  testing::LoopbackGateway gw_;
};

TEST_F(AdminPathTest, AnAdminPathWantsTheAdminKeyBeforeSayingAnything) {
  start(env_with_admin_key);
  ASSERT_FALSE(HasFatalFailure());
  auto none = get("/admin/nothing-here");
  EXPECT_EQ(none.status, 401u) << none.body;
  auto e = testing::parse_error(none.body);
  EXPECT_EQ(e.type, "authentication_error");
  EXPECT_EQ(e.code, "invalid_admin_key");

  auto wrong = get("/admin/nothing-here", "Bearer adm-test-wrong-0123456789abcdef");
  EXPECT_EQ(wrong.status, 401u) << wrong.body;
  EXPECT_EQ(wrong.body.find("adm-test"), std::string::npos) << wrong.body;

  auto right = get("/admin/nothing-here", std::string("Bearer ") + kAdminKey);
  EXPECT_EQ(right.status, 404u) << right.body;
  EXPECT_EQ(testing::parse_error(right.body).code, "unknown_url");
  EXPECT_EQ(right.body.find(kAdminKey), std::string::npos) << right.body;
}

TEST_F(AdminPathTest, WithoutAnAdminKeyAdminPathsAnswer503NamingTheVariable) {
  start(env_without_admin_key);
  ASSERT_FALSE(HasFatalFailure());
  auto r = get("/admin/nothing-here", "Bearer whatever-0123456789abcdef");
  EXPECT_EQ(r.status, 503u) << r.body;
  auto e = testing::parse_error(r.body);
  EXPECT_EQ(e.code, "admin_disabled");
  EXPECT_TRUE(e.says("SWITCHYARD_ADMIN_KEY")) << e.message;
}

}  // namespace
}  // namespace switchyard::gateway
