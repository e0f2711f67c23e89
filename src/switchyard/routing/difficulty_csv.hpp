// CSV as RFC 4180 writes it, for the difficulty router's outcome files:
// fields separated by commas, records by CRLF or LF; a field in double quotes
// may hold commas, line breaks and doubled quotes (""), which stand for one.
// A UTF-8 byte-order mark at the start is skipped. The reader is strict where
// leniency would hide a broken file: a quote inside an unquoted field, text
// after a closing quote, or a quoted field still open at the end of the input
// is an error naming the line it starts on.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace switchyard::routing {

struct CsvTable {
  std::vector<std::string> header;             // the first record
  std::vector<std::vector<std::string>> rows;  // every later record
  std::vector<std::size_t> row_lines;          // the line each row starts on (1-based)

  // The header's column of that name, or -1.
  int column(std::string_view name) const;
};

struct CsvParse {
  CsvTable table;
  std::string error;  // empty when the input parsed; else what and on which line
  bool ok() const { return error.empty(); }
};

// Parses `text` (the header first). Every row must have as many fields as the
// header; an empty line between records is skipped (a lone field of an empty
// string must be quoted: "").
CsvParse parse_csv(std::string_view text);

}  // namespace switchyard::routing
