// The HTML report: it reads offline (inline SVG, no script, nothing
// fetched), draws cost against volume with the break-even marked, and
// escapes what clients wrote (a task tag is theirs).
#include <gtest/gtest.h>

#include "plan/plan_fixture.hpp"
#include "switchyard/plan/plan_report.hpp"

namespace switchyard::plan {
namespace {

using namespace plan::testing;

PlanReport report_of(std::vector<ledger::RequestRecord> records) {
  TrafficOptions o;
  o.since_ms = kSinceMs;
  o.now_ms = kNowMs;
  o.reference = reference_price();
  return make_plan(analyse_records(records, o), small_box());
}

TEST(PlanHtml, IsOnePageWithInlineChartsAndNoScript) {
  const std::string html = plan_html(report_of(fixture_records()));
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos) << "nothing fetched";
  EXPECT_EQ(html.find("href="), std::string::npos);
  // The split and cost charts, and one cost-against-volume chart per workload
  // with a cloud price (all four) and the total.
  std::size_t svgs = 0;
  for (auto at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1)) ++svgs;
  EXPECT_EQ(svgs, 2u + 4u + 1u);
  // Workload A's break-even (730 a month) and its volume now (2,000).
  EXPECT_NE(html.find(">break-even 730/month</text>"), std::string::npos);
  EXPECT_NE(html.find(">now 2,000</text>"), std::string::npos);
  EXPECT_NE(html.find("Recommendation: <b>local (required)</b>"), std::string::npos);
}

TEST(PlanHtml, EscapesWhatClientsWrote) {
  auto records = fixture_records();
  for (auto& r : records)
    if (r.task == "summarise") r.task = "<img src=x onerror=alert(1)>";
  const std::string html = plan_html(report_of(records));
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("task=&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
}

TEST(PlanHtml, WithoutTrafficSaysSo) {
  const std::string html = plan_html(report_of({}));
  EXPECT_NE(html.find("No records in this window: nothing to plan."), std::string::npos);
  EXPECT_NE(html.find("</html>"), std::string::npos);
}

}  // namespace
}  // namespace switchyard::plan
