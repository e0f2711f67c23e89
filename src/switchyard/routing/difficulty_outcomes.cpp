#include "switchyard/routing/difficulty_outcomes.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>

#include "switchyard/routing/difficulty_csv.hpp"

namespace switchyard::routing {

namespace {

namespace fs = std::filesystem;

std::optional<bool> read_bool(std::string_view v) {
  std::string s(v);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (s == "true" || s == "1") return true;
  if (s == "false" || s == "0") return false;
  return std::nullopt;
}

struct FileTable {
  std::string path, subject;
  CsvTable table;
};

}  // namespace

OutcomeLoad load_outcomes(const std::string& dir, const OutcomeColumns& columns) {
  OutcomeLoad out;
  std::vector<fs::path> files;
  std::error_code ec;
  if (fs::is_regular_file(dir, ec)) {
    files.push_back(dir);
  } else if (fs::is_directory(dir, ec)) {
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".csv")
        files.push_back(entry.path());
    }
    if (ec) {
      out.error = dir + ": cannot list the directory: " + ec.message();
      return out;
    }
    if (files.empty()) {
      out.error = dir + ": no .csv files in the directory";
      return out;
    }
  } else {
    out.error = dir + ": no such file or directory";
    return out;
  }
  std::sort(files.begin(), files.end());

  std::vector<FileTable> tables;
  for (const fs::path& p : files) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      out.error = p.string() + ": cannot open";
      return out;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CsvParse parsed = parse_csv(text);
    if (!parsed.ok()) {
      out.error = p.string() + ": " + parsed.error;
      return out;
    }
    tables.push_back({p.string(), p.stem().string(), std::move(parsed.table)});
  }

  // Which columns hold the weak and the strong model's outcomes.
  std::string weak = columns.weak, strong = columns.strong;
  const CsvTable& first = tables.front().table;
  if (weak.empty() || strong.empty()) {
    std::vector<std::string> models;
    for (const auto& h : first.header)
      if (h != columns.prompt && h != weak && h != strong) models.push_back(h);
    if (weak.empty() && strong.empty() && models.size() == 2) {
      // The one with fewer good answers over all files is the weak model.
      long good[2] = {0, 0};
      for (const auto& ft : tables) {
        for (int m = 0; m < 2; ++m) {
          const int col = ft.table.column(models[m]);
          if (col < 0) continue;
          for (const auto& row : ft.table.rows)
            if (read_bool(row[col]).value_or(false)) ++good[m];
        }
      }
      const int w = good[0] <= good[1] ? 0 : 1;
      weak = models[w];
      strong = models[1 - w];
    } else if (models.size() == 1) {
      (weak.empty() ? weak : strong) = models[0];
    } else {
      std::string names;
      for (const auto& m : models) names += (names.empty() ? "" : ", ") + m;
      out.error = tables.front().path + ": cannot tell the weak from the strong model among " +
                  std::to_string(models.size()) + " model columns (" + names +
                  "); name them with --weak and --strong";
      return out;
    }
  }
  if (weak == strong) {
    out.error = "the weak and the strong model are the same column '" + weak + "'";
    return out;
  }
  out.set.weak_model = weak;
  out.set.strong_model = strong;

  for (auto& ft : tables) {
    const int p = ft.table.column(columns.prompt);
    const int w = ft.table.column(weak);
    const int s = ft.table.column(strong);
    for (auto [col, name] : {std::pair{p, &columns.prompt}, {w, &weak}, {s, &strong}}) {
      if (col < 0) {
        out.error = ft.path + ": no column '" + *name + "' in the header";
        return out;
      }
    }
    const int subject = static_cast<int>(out.set.subjects.size());
    out.set.subjects.push_back(ft.subject);
    for (std::size_t r = 0; r < ft.table.rows.size(); ++r) {
      auto& row = ft.table.rows[r];
      const auto wv = read_bool(row[w]);
      const auto sv = read_bool(row[s]);
      if (!wv || !sv) {
        out.error = ft.path + ": line " + std::to_string(ft.table.row_lines[r]) + ": '" +
                    (wv ? row[s] : row[w]) + "' in column '" + (wv ? strong : weak) +
                    "' is not True or False";
        return out;
      }
      out.set.rows.push_back({std::move(row[p]), *wv, *sv, subject});
    }
  }
  if (out.set.rows.empty()) out.error = dir + ": no outcome rows";
  return out;
}

}  // namespace switchyard::routing
