// A policy that keeps PERSON off the cloud must not let a name through
// because nothing vouched for it: the detector reports every name candidate
// there (privacy::kPersonCandidateScore), while a policy that only redacts
// names keeps the default threshold, and a threshold the policy gives wins.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/config/config.hpp"
#include "switchyard/gateway/privacy_stage.hpp"

namespace switchyard::gateway {
namespace {

// A given name no list knows, with no cue, title or surname: a candidate
// without evidence (docs/privacy.md, "Limits, stated plainly").
constexpr char kUnvouched[] =
    R"({"model":"m","messages":[{"role":"user","content":"Why is Avtorhan so impulsive today?"}]})";
// The same sentence without the name.
constexpr char kNoName[] =
    R"({"model":"m","messages":[{"role":"user","content":"Why is everyone so impulsive today?"}]})";

config::PrivacyConfig with_person(std::optional<std::string> cls,
                                  std::optional<double> threshold = std::nullopt) {
  config::PrivacyConfig cfg;
  config::EntityPolicyConfig e;
  e.entity = "PERSON";
  e.data_class = std::move(cls);
  e.threshold = threshold;
  cfg.entities.push_back(e);
  return cfg;
}

privacy::DataClass class_of(const config::PrivacyConfig& cfg, const char* body) {
  const privacy::Detector detector(make_detector_config(cfg));
  auto req = api::openai::decode_chat_request(body);
  EXPECT_TRUE(req) << req.error().message;
  return inspect(&detector, make_privacy_policy(cfg), *req, std::nullopt, std::nullopt)
      .classification.level;
}

TEST(PrivacyThresholds, APersonClassedRestrictedCountsEveryNameCandidate) {
  const auto cfg = with_person("restricted");
  EXPECT_EQ(make_detector_config(cfg)[privacy::EntityType::person].threshold,
            privacy::kPersonCandidateScore);
  EXPECT_EQ(class_of(cfg, kUnvouched), privacy::DataClass::restricted);
  EXPECT_EQ(class_of(cfg, kNoName), privacy::DataClass::public_);
}

TEST(PrivacyThresholds, AClassTheCloudMayNotServeCountsEveryNameCandidateToo) {
  // PERSON stays confidential, but confidential is served only locally.
  auto cfg = with_person(std::nullopt);
  config::ClassRuleConfig local_only;
  local_only.local = true;
  local_only.cloud = false;
  cfg.rules[2] = local_only;
  EXPECT_EQ(class_of(cfg, kUnvouched), privacy::DataClass::confidential);
}

TEST(PrivacyThresholds, RedactingNamesForTheCloudKeepsTheDefaultThreshold) {
  // The default policy: PERSON is confidential, redacted for the cloud. A
  // candidate without evidence is not redacted (precision: the cloud's answer).
  const config::PrivacyConfig cfg;
  EXPECT_EQ(make_detector_config(cfg)[privacy::EntityType::person].threshold, 0.5);
  EXPECT_EQ(class_of(cfg, kUnvouched), privacy::DataClass::public_);
}

TEST(PrivacyThresholds, AThresholdThePolicyGivesWins) {
  const auto cfg = with_person("restricted", 0.5);
  EXPECT_EQ(make_detector_config(cfg)[privacy::EntityType::person].threshold, 0.5);
  EXPECT_EQ(class_of(cfg, kUnvouched), privacy::DataClass::public_);
  // ... also a lower one.
  EXPECT_EQ(
      make_detector_config(with_person("restricted", 0.3))[privacy::EntityType::person].threshold,
      0.3);
}

TEST(PrivacyThresholds, PersonOfNoClassKeepsTheDefaultThreshold) {
  const auto cfg = with_person("");
  EXPECT_EQ(make_detector_config(cfg)[privacy::EntityType::person].threshold, 0.5);
}

// A gateway started without the word lists (Debian's packages not installed,
// or scripts/common-words run as another user) says so at start-up, naming
// the missing files; with them present it says nothing.
TEST(PrivacyWordLists, MissingListsAreNamedAtStartUp) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("switchyard-words-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "present") << "mesa\n";
  privacy::DetectorConfig d;
  d.common_word_files = {(dir / "present").string()};
  d.capitalised_noun_files = {};
  EXPECT_EQ(missing_word_lists_warning(d), std::nullopt);

  d.common_word_files.push_back((dir / "pl").string());
  d.capitalised_noun_files = {(dir / "ngerman").string()};
  const auto w = missing_word_lists_warning(d);
  ASSERT_TRUE(w);
  EXPECT_NE(w->find("2 word list(s)"), std::string::npos) << *w;
  EXPECT_NE(w->find((dir / "pl").string()), std::string::npos) << *w;
  EXPECT_NE(w->find((dir / "ngerman").string()), std::string::npos) << *w;
  EXPECT_EQ(w->find((dir / "present").string()), std::string::npos) << *w;
  EXPECT_NE(w->find("scripts/common-words"), std::string::npos) << *w;

  // With names not detected at all, the lists do not matter.
  d[privacy::EntityType::person].enabled = false;
  EXPECT_EQ(missing_word_lists_warning(d), std::nullopt);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace switchyard::gateway
