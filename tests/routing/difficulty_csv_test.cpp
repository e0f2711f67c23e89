#include "switchyard/routing/difficulty_csv.hpp"

#include <gtest/gtest.h>

namespace switchyard::routing {
namespace {

TEST(DifficultyCsvTest, PlainFieldsAndBothLineEndings) {
  const CsvParse p = parse_csv("prompt,a,b\nx,True,False\r\ny,False,True\n");
  ASSERT_TRUE(p.ok()) << p.error;
  EXPECT_EQ(p.table.header, (std::vector<std::string>{"prompt", "a", "b"}));
  ASSERT_EQ(p.table.rows.size(), 2u);
  EXPECT_EQ(p.table.rows[0], (std::vector<std::string>{"x", "True", "False"}));
  EXPECT_EQ(p.table.rows[1], (std::vector<std::string>{"y", "False", "True"}));
  EXPECT_EQ(p.table.column("b"), 2);
  EXPECT_EQ(p.table.column("missing"), -1);
}

TEST(DifficultyCsvTest, QuotedFieldsHoldCommasNewlinesAndDoubledQuotes) {
  const CsvParse p = parse_csv(
      "prompt,a\n"
      "\"Which, of these?\nA. \"\"one\"\"\r\nB. two\nAnswer:\",True\n"
      "\"\",False\n");
  ASSERT_TRUE(p.ok()) << p.error;
  ASSERT_EQ(p.table.rows.size(), 2u);
  EXPECT_EQ(p.table.rows[0][0], "Which, of these?\nA. \"one\"\r\nB. two\nAnswer:");
  EXPECT_EQ(p.table.rows[1][0], "");
  // The second row starts on line 6: the first one's field spans lines 2-5.
  EXPECT_EQ(p.table.row_lines[0], 2u);
  EXPECT_EQ(p.table.row_lines[1], 6u);
}

TEST(DifficultyCsvTest, ByteOrderMarkLastLineWithoutNewlineAndEmptyFields) {
  const CsvParse p = parse_csv("\xEF\xBB\xBFprompt,a,b\n,,\nlast,1,0");
  ASSERT_TRUE(p.ok()) << p.error;
  EXPECT_EQ(p.table.header[0], "prompt");
  ASSERT_EQ(p.table.rows.size(), 2u);
  EXPECT_EQ(p.table.rows[0], (std::vector<std::string>{"", "", ""}));
  EXPECT_EQ(p.table.rows[1], (std::vector<std::string>{"last", "1", "0"}));
}

TEST(DifficultyCsvTest, BlankLinesBetweenRecordsAreSkipped) {
  const CsvParse p = parse_csv("prompt,a\n\nx,True\n\r\ny,False\n\n");
  ASSERT_TRUE(p.ok()) << p.error;
  ASSERT_EQ(p.table.rows.size(), 2u);
  EXPECT_EQ(p.table.row_lines[1], 5u);
}

TEST(DifficultyCsvTest, MalformedInputIsAnErrorNamingTheLine) {
  struct Case {
    const char* text;
    const char* says;
  } cases[] = {
      {"prompt,a\n\"never closed,True\n", "line 2: a quoted field is never closed"},
      {"prompt,a\n\"closed\"x,True\n", "line 2: text after a closing quote"},
      {"prompt,a\nun\"quoted,True\n", "line 2: a quote inside an unquoted field"},
      {"prompt,a\nx,True\ny\n", "line 3: a record of 1 fields; the header has 2"},
      {"prompt,a\nx,True,extra\n", "line 2: a record of 3 fields"},
      {"prompt,a\nx\rTrue\n", "line 2: a carriage return"},
      {"", "empty"},
  };
  for (const Case& c : cases) {
    const CsvParse p = parse_csv(c.text);
    EXPECT_FALSE(p.ok()) << c.text;
    EXPECT_NE(p.error.find(c.says), std::string::npos) << "got: " << p.error;
  }
}

}  // namespace
}  // namespace switchyard::routing
