#include "switchyard/routing/difficulty_csv.hpp"

namespace switchyard::routing {

int CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

namespace {

std::string at_line(std::size_t line, const std::string& what) {
  return "line " + std::to_string(line) + ": " + what;
}

}  // namespace

CsvParse parse_csv(std::string_view text) {
  CsvParse out;
  std::size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  std::size_t line = 1;
  const std::size_t n = text.size();

  std::vector<std::string> record;
  bool have_header = false;
  while (i < n) {
    // One record: fields up to an unquoted line break or the end.
    const std::size_t record_line = line;
    record.clear();
    // An empty line between records holds no field.
    if (text[i] == '\n' || (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n')) {
      i += text[i] == '\r' ? 2 : 1;
      ++line;
      continue;
    }
    while (true) {
      std::string field;
      if (i < n && text[i] == '"') {
        const std::size_t open_line = line;
        ++i;
        bool closed = false;
        while (i < n) {
          const char c = text[i];
          if (c == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              field.push_back('"');
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (c == '\n') ++line;
          field.push_back(c);
          ++i;
        }
        if (!closed) {
          out.error = at_line(open_line, "a quoted field is never closed (a missing '\"')");
          return out;
        }
        if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          out.error = at_line(line,
                              "text after a closing quote (a quote inside a quoted field "
                              "must be doubled: \"\")");
          return out;
        }
      } else {
        while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          if (text[i] == '"') {
            out.error = at_line(line,
                                "a quote inside an unquoted field (quote the whole field "
                                "and double the quote: \"\")");
            return out;
          }
          field.push_back(text[i++]);
        }
      }
      record.push_back(std::move(field));
      if (i >= n) break;
      if (text[i] == ',') {
        ++i;
        continue;
      }
      if (text[i] == '\r') {
        if (i + 1 < n && text[i + 1] == '\n') {
          i += 2;
        } else {
          out.error = at_line(line, "a carriage return outside quotes that does not end a line");
          return out;
        }
      } else {
        ++i;  // '\n'
      }
      ++line;
      break;
    }
    if (!have_header) {
      out.table.header = std::move(record);
      record = {};
      have_header = true;
      continue;
    }
    if (record.size() != out.table.header.size()) {
      out.error = at_line(record_line, "a record of " + std::to_string(record.size()) +
                                           " fields; the header has " +
                                           std::to_string(out.table.header.size()));
      return out;
    }
    out.table.rows.push_back(std::move(record));
    out.table.row_lines.push_back(record_line);
    record = {};
  }
  if (!have_header) out.error = "the file is empty (no header line)";
  return out;
}

}  // namespace switchyard::routing
