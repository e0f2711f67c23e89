// Hardware profiles: what a file says, and a clear file:line for each mistake.
#include <gtest/gtest.h>

#include "switchyard/plan/hardware.hpp"

namespace switchyard::plan {
namespace {

std::string problems(const HardwareLoad& h) {
  std::string out;
  for (const auto& p : h.problems) out += p.to_string() + "\n";
  return out;
}

TEST(HardwareProfile, ReadsEveryKey) {
  const auto h = load_hardware_text(
      "name: L4 box\nmachines: 2\nhourly_usd: 1.2\ntokens_per_s: 400\n"
      "prompt_tokens_per_s: 6000\nutilisation: 0.6\n",
      "hw.yaml");
  ASSERT_TRUE(h.hardware) << problems(h);
  EXPECT_EQ(h.hardware->name, "L4 box");
  EXPECT_EQ(h.hardware->machines, 2);
  EXPECT_DOUBLE_EQ(h.hardware->hourly_usd, 1.2);
  EXPECT_DOUBLE_EQ(h.hardware->tokens_per_s, 400);
  EXPECT_DOUBLE_EQ(h.hardware->prompt_tokens_per_s, 6000);
  EXPECT_DOUBLE_EQ(h.hardware->utilisation, 0.6);
  EXPECT_DOUBLE_EQ(h.hardware->fleet_usd_per_month(), 2 * 1.2 * 730);
  // 6,000 in at 6,000/s and 400 out at 400/s: 2 s.
  EXPECT_DOUBLE_EQ(h.hardware->seconds_for(6000, 400), 2);
}

TEST(HardwareProfile, DefaultsAreOneMachineHalfUsedPromptAtTheOutputRate) {
  const auto h = load_hardware_text("hourly_usd: 1\ntokens_per_s: 50\n", "hw.yaml");
  ASSERT_TRUE(h.hardware) << problems(h);
  EXPECT_EQ(h.hardware->machines, 1);
  EXPECT_DOUBLE_EQ(h.hardware->utilisation, 0.5);
  EXPECT_DOUBLE_EQ(h.hardware->seconds_for(100, 50), 3);
}

TEST(HardwareProfile, MistakesAreReportedWithTheirLines) {
  const auto h = load_hardware_text(
      "name: box\nhourly_usd: 0\ntokens_per_s: fast\nutilization: 0.5\nmachines: 0\n", "hw.yaml");
  EXPECT_FALSE(h.hardware);
  const std::string all = problems(h);
  EXPECT_NE(all.find("hw.yaml:2: 'hourly_usd' in the hardware profile must be above 0"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("hw.yaml:3: 'tokens_per_s'"), std::string::npos) << all;
  EXPECT_NE(all.find("hw.yaml:4: 'utilization'"), std::string::npos) << all;
  EXPECT_NE(all.find("is spelled 'utilisation' here"), std::string::npos) << all;
  EXPECT_NE(all.find("hw.yaml:5: 'machines'"), std::string::npos) << all;
}

TEST(HardwareProfile, MissingKeysAndNonMapsAreExplained) {
  const auto missing = load_hardware_text("name: box\n", "hw.yaml");
  EXPECT_FALSE(missing.hardware);
  EXPECT_NE(problems(missing).find("hourly_usd"), std::string::npos) << problems(missing);
  EXPECT_NE(problems(missing).find("tokens_per_s"), std::string::npos);
  const auto list = load_hardware_text("- 1\n- 2\n", "hw.yaml");
  EXPECT_FALSE(list.hardware);
  EXPECT_NE(problems(list).find("a hardware profile is a map"), std::string::npos)
      << problems(list);
  const auto broken = load_hardware_text("hourly_usd: [1\n", "hw.yaml");
  EXPECT_NE(problems(broken).find("YAML syntax error"), std::string::npos) << problems(broken);
  const auto file = load_hardware_file("/nonexistent/hw.yaml");
  EXPECT_NE(problems(file).find("/nonexistent/hw.yaml: cannot read the hardware profile"),
            std::string::npos)
      << problems(file);
}

}  // namespace
}  // namespace switchyard::plan
