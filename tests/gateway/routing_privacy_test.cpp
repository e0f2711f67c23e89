// Privacy is a hard filter after every routing rule: whatever a rule says
// (serve a list, pin, prefer the cloud, cap the price, a virtual alias),
// restricted data never reaches the cloud: not first, not on retry, not on
// fallback after a local failure or timeout, not streamed. A rule that
// leaves nothing permitted is a 503 naming the rule and the class, and
// nothing is sent anywhere. Each case also runs with public data, which the
// same rule does send to the cloud: the rule is what is being overruled.
#include <gtest/gtest.h>

#include "gateway/routing_fixture.hpp"

namespace switchyard::gateway {
namespace {

using testing::parse_error;

const std::string kRules =
    "    - { name: serve-cloud-first, when: { task: a }, then: { serve: [cloud-gpt, local-llm] } "
    "}\n"
    "    - { name: serve-cloud-only, when: { task: b }, then: { serve: [cloud-gpt] } }\n"
    "    - { name: pin-cloud, when: { task: c }, then: { pin: cloud-gpt } }\n"
    "    - { name: prefer-cloud, when: { task: d }, then: { prefer: cloud } }\n"
    "    - { name: cheap, when: { task: e }, then: { max_price_per_1m: 2 } }\n"
    "    - { name: broken-local-then-cloud, when: { task: f },\n"
    "        then: { serve: [local-broken, cloud-gpt] } }\n"
    "    - { name: slow-local-then-cloud, when: { task: g },\n"
    "        then: { serve: [local-slow, cloud-flaky] } }\n"
    "    - { name: auto-cloud-first, when: { model: auto }, then: { serve: [cloud-gpt, local-llm] "
    "} }\n";

const std::string kSsnText = "My SSN is 536-22-8146, please file the form.";

// The ways a request comes to be restricted: a finding, or the caller's word.
struct Restricted {
  std::string text;
  std::vector<std::pair<std::string, std::string>> headers;
};
std::vector<Restricted> restricted_requests() {
  return {{kSsnText, {}}, {"nothing personal here", {{"x-switchyard-data-class", "restricted"}}}};
}

class RoutingPrivacyTest : public RoutingGatewayTest {
 protected:
  testing::TestResponse restricted(const Restricted& how, const std::string& model,
                                   const std::string& task, const std::string& extra = {}) {
    auto headers = how.headers;
    headers.emplace_back("x-switchyard-task", task);
    return post(model, how.text, headers, extra);
  }
};

TEST_F(RoutingPrivacyTest, ServeListingTheCloudFirstGoesLocal) {
  start(kRules);
  auto open = post("support", "hello", {{"x-switchyard-task", "a"}});
  ASSERT_EQ(open.status, 200u) << open.body;
  EXPECT_EQ(open.header("x-switchyard-deployment"), "cloud-gpt")
      << "the rule sends public data out";
  cloud_.reset();
  for (const auto& how : restricted_requests()) {
    auto r = restricted(how, "support", "a");
    ASSERT_EQ(r.status, 200u) << r.body;
    EXPECT_EQ(r.header("x-switchyard-deployment"), "local-llm");
    const std::string reason = r.header("x-switchyard-route-reason");
    EXPECT_NE(reason.find("rule 'serve-cloud-first'"), std::string::npos) << reason;
    EXPECT_NE(reason.find("cloud-gpt: cloud not permitted for restricted data"), std::string::npos)
        << reason;
  }
  EXPECT_EQ(cloud_.request_count(), 0u);
}

TEST_F(RoutingPrivacyTest, ARulePlanWithOnlyTheCloudIs503NamingTheRuleAndClass) {
  start(kRules);
  for (const std::string task : {"b", "c", "e"}) {
    auto open = post("support", "hello", {{"x-switchyard-task", task}});
    ASSERT_EQ(open.status, 200u) << task << ": " << open.body;
    EXPECT_EQ(open.header("x-switchyard-side"), "cloud") << task;
  }
  cloud_.reset();
  const std::pair<const char*, const char*> cases[] = {
      {"b", "serve-cloud-only"}, {"c", "pin-cloud"}, {"e", "cheap"}};
  for (const auto& how : restricted_requests()) {
    for (const auto& [task, rule] : cases) {
      auto r = restricted(how, "support", task);
      ASSERT_EQ(r.status, 503u) << task << ": " << r.body;
      const auto e = parse_error(r.body);
      EXPECT_EQ(e.type, "no_permitted_deployment") << r.body;
      EXPECT_TRUE(e.says(std::string("routing rule '") + rule + "'")) << r.body;
      EXPECT_TRUE(e.says("'restricted'")) << r.body;
      EXPECT_TRUE(e.says("Nothing was sent")) << r.body;
      EXPECT_EQ(r.header("x-switchyard-deployment"), "") << "nothing was tried";
      EXPECT_EQ(r.body.find("536-22-8146"), std::string::npos);
    }
  }
  EXPECT_EQ(cloud_.request_count(), 0u);
  EXPECT_EQ(local_.request_count(), 0u);
  for (const auto& rec : records()) {
    if (rec.status == 503) {
      EXPECT_NE(rec.route_rule, "default") << rec.plan;
    }
  }
}

TEST_F(RoutingPrivacyTest, PreferringTheCloudStillGoesLocal) {
  start(kRules);
  auto open = post("support", "hello", {{"x-switchyard-task", "d"}});
  ASSERT_EQ(open.status, 200u);
  EXPECT_EQ(open.header("x-switchyard-side"), "cloud");
  cloud_.reset();
  for (const auto& how : restricted_requests()) {
    auto r = restricted(how, "support", "d");
    ASSERT_EQ(r.status, 200u) << r.body;
    EXPECT_EQ(r.header("x-switchyard-deployment"), "local-llm");
  }
  EXPECT_EQ(cloud_.request_count(), 0u);
}

TEST_F(RoutingPrivacyTest, ALocalFailureAfterARuleNeverFallsBackToTheCloud) {
  start(kRules);
  auto open = post("spare", "hello", {{"x-switchyard-task", "f"}});
  ASSERT_EQ(open.status, 200u) << open.body;
  EXPECT_EQ(open.header("x-switchyard-deployment"), "cloud-gpt") << "public data falls back";
  cloud_.reset();
  local_.reset();
  // The second request may find local-broken's circuit open (five failures
  // in a row): skipped, and the cloud after it is still not permitted.
  for (const auto& how : restricted_requests()) {
    auto r = restricted(how, "spare", "f");
    EXPECT_TRUE(r.status == 500u || r.status == 503u) << r.status << " " << r.body;
    EXPECT_EQ(r.header("x-switchyard-side"), r.status == 500u ? "local" : "") << r.body;
  }
  EXPECT_EQ(cloud_.request_count(), 0u);
  EXPECT_GE(local_.request_count(), 3u) << "retried locally, never sent out";
}

TEST_F(RoutingPrivacyTest, ALocalTimeoutAfterARuleNeverFallsBackToTheCloud) {
  start(kRules);
  auto open = post("spare", "hello", {{"x-switchyard-task", "g"}});
  ASSERT_EQ(open.status, 200u) << open.body;
  EXPECT_EQ(open.header("x-switchyard-deployment"), "cloud-flaky") << "after a retry of flaky";
  cloud_.reset();
  for (const auto& how : restricted_requests()) {
    auto r = restricted(how, "spare", "g");
    EXPECT_NE(r.status, 200u) << r.body;
    EXPECT_EQ(r.header("x-switchyard-deployment"), "local-slow");
  }
  EXPECT_EQ(cloud_.request_count(), 0u);
}

TEST_F(RoutingPrivacyTest, AVirtualAliasAndAStreamObeyTheFilterToo) {
  start(kRules);
  auto open = post("auto", "hello");
  ASSERT_EQ(open.status, 200u) << open.body;
  EXPECT_EQ(open.header("x-switchyard-deployment"), "cloud-gpt");
  cloud_.reset();
  for (const auto& how : restricted_requests()) {
    auto r = restricted(how, "auto", "none");
    ASSERT_EQ(r.status, 200u) << r.body;
    EXPECT_EQ(r.header("x-switchyard-deployment"), "local-llm");
    auto s = restricted(how, "support", "a", R"(,"stream":true)");
    ASSERT_EQ(s.status, 200u) << s.body;
    EXPECT_EQ(s.header("x-switchyard-deployment"), "local-llm");
    EXPECT_NE(s.body.find("[DONE]"), std::string::npos);
  }
  EXPECT_EQ(cloud_.request_count(), 0u);
}

}  // namespace
}  // namespace switchyard::gateway
