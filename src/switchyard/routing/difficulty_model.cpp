#include "switchyard/routing/difficulty_model.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace switchyard::routing {

namespace {

constexpr std::string_view kMagic = "switchyard-difficulty-model";

std::string number(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

// 'name', quoted for a message. (Built by appending: g++ 12 warns falsely
// about "'" + std::string(...).)
std::string quote(std::string_view name) {
  std::string s = "'";
  s.append(name);
  s += '\'';
  return s;
}

bool parse_number(std::string_view s, double& v) {
  const char* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, v);
  return ec == std::errc() && p == end && std::isfinite(v);
}

}  // namespace

double DifficultyModel::logit(const FeatureVector& f) const {
  double z = bias;
  for (const DifficultyTerm& t : terms) {
    const double x = std::clamp(f[t.feature], t.lo, t.hi);
    z += t.weight * (x - t.mean) / t.scale;
  }
  return z;
}

double DifficultyModel::weak_success(const FeatureVector& f) const {
  const double z = logit(f);
  if (!gain) return 1.0 / (1.0 + std::exp(-z));
  const double fail = -z;  // logit of the weak model failing
  const double g = gain->a + gain->b * fail + gain->c * fail * fail;
  return 1.0 - 1.0 / (1.0 + std::exp(-g));
}

double DifficultyModel::highest_difficulty() const {
  // The logistic sum's range over every clipped feature vector: each term
  // is linear in its clipped feature, so its extremes are at the clip ends.
  double lo = bias, hi = bias;
  for (const DifficultyTerm& t : terms) {
    const double a = t.weight * (t.lo - t.mean) / t.scale;
    const double b = t.weight * (t.hi - t.mean) / t.scale;
    lo += std::min(a, b);
    hi += std::max(a, b);
  }
  // The weak model failing: z = -logit, in [-hi, -lo].
  const double z_lo = -hi, z_hi = -lo;
  auto sigma = [](double v) { return 1.0 / (1.0 + std::exp(-v)); };
  if (!gain) return sigma(z_hi);
  auto g = [&](double z) { return gain->a + gain->b * z + gain->c * z * z; };
  double top = std::max(g(z_lo), g(z_hi));
  if (gain->c < 0) {
    const double vertex = -gain->b / (2 * gain->c);
    if (vertex > z_lo && vertex < z_hi) top = std::max(top, g(vertex));
  }
  return sigma(top);
}

FeatureVector request_features(const core::ChatRequest& request) {
  for (auto m = request.messages.rbegin(); m != request.messages.rend(); ++m) {
    if (m->role == core::Role::user) return prompt_features(m->text());
  }
  return prompt_features(std::string_view{});
}

double DifficultyModel::difficulty(const core::ChatRequest& request) const {
  return 1.0 - weak_success(request_features(request));
}

std::string DifficultyModel::serialize() const {
  std::string out;
  out += std::string(kMagic) + " " + std::to_string(kDifficultyModelVersion) + "\n";
  out +=
      "# The difficulty router's model (docs/routing.md); written by `switchyard router "
      "train`.\n";
  out += "weak " + weak_model + "\n";
  out += "strong " + strong_model + "\n";
  out += "label " + label + "\n";
  out += "kind logistic\n";
  out += "bias " + number(bias) + "\n";
  out += "# feature <name> <clip lo> <clip hi> <mean> <scale> <weight>\n";
  for (const DifficultyTerm& t : terms) {
    out += "feature " + std::string(feature_name(t.feature)) + " " + number(t.lo) + " " +
           number(t.hi) + " " + number(t.mean) + " " + number(t.scale) + " " + number(t.weight) +
           "\n";
  }
  if (gain) {
    out +=
        "# gain <a> <b> <c>: difficulty = P(strong right, weak wrong) = sigma(a + b z + c z^2),\n";
    out += "# z = minus the sum above (the logit of the weak model failing)\n";
    out += "gain " + number(gain->a) + " " + number(gain->b) + " " + number(gain->c) + "\n";
  }
  if (threshold) {
    out += "# threshold <difficulty over which the strong model is called> <its strong share>\n";
    out +=
        "threshold " + number(threshold->difficulty) + " " + number(threshold->strong_share) + "\n";
  }
  out += "end\n";
  return out;
}

DifficultyModelLoad parse_difficulty_model(std::string_view text, std::string_view source) {
  DifficultyModelLoad out;
  DifficultyModel m;
  std::size_t line_no = 0;
  auto fail = [&](const std::string& what) {
    out.error = std::string(source) + ":" + std::to_string(line_no) + ": " + what;
    return out;
  };
  bool saw_magic = false, saw_end = false, saw_bias = false, saw_kind = false;
  bool saw_weak = false, saw_strong = false, saw_label = false;
  std::vector<bool> seen(kFeatureCount, false);
  std::size_t pos = 0;
  while (pos < text.size() && !saw_end) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto f = fields_of(line);
    if (f.empty() || f[0].front() == '#') continue;
    if (!saw_magic) {
      if (f[0] != kMagic || f.size() != 2)
        return fail("not a difficulty model (the first line must be '" + std::string(kMagic) + " " +
                    std::to_string(kDifficultyModelVersion) +
                    "'; make one with `switchyard router train`)");
      double v = 0;
      if (!parse_number(f[1], v) || v != std::floor(v) || v < 1)
        return fail("the format version " + quote(f[1]) + " is not a whole number");
      if (v > kDifficultyModelVersion)
        return fail("format version " + std::string(f[1]) + " is newer than this build reads (" +
                    std::to_string(kDifficultyModelVersion) +
                    "); upgrade switchyard or retrain the model with this version");
      saw_magic = true;
      continue;
    }
    const std::string_view key = f[0];
    auto once = [&](bool& seen_key) {
      if (seen_key) return false;
      seen_key = true;
      return true;
    };
    if (key == "weak" || key == "strong" || key == "label") {
      bool& seen_key = key == "weak" ? saw_weak : key == "strong" ? saw_strong : saw_label;
      if (!once(seen_key)) return fail(quote(key) + " appears twice");
      // The rest of the line: a model's name may not hold spaces, but keep it whole.
      const std::size_t at = line.find(key) + key.size();
      std::string_view rest = line.substr(at);
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
      std::string value(rest);
      if (key == "weak") m.weak_model = value;
      if (key == "strong") m.strong_model = value;
      if (key == "label") {
        if (value != "weak_enough" && value != "weak_correct")
          return fail("unknown label " + quote(value) + " (weak_enough or weak_correct)");
        m.label = value;
      }
    } else if (key == "kind") {
      if (!once(saw_kind)) return fail("'kind' appears twice");
      if (f.size() != 2 || f[1] != "logistic")
        return fail("unknown model kind " + quote(f.size() > 1 ? f[1] : "") +
                    " (this build reads: logistic)");
    } else if (key == "bias") {
      if (!once(saw_bias)) return fail("'bias' appears twice");
      if (f.size() != 2 || !parse_number(f[1], m.bias))
        return fail("'bias' takes one finite number");
    } else if (key == "feature") {
      if (f.size() != 7)
        return fail(
            "a feature line has 6 fields: name, clip lo, clip hi, mean, scale, weight "
            "(found " +
            std::to_string(f.size() - 1) + ")");
      const auto index = feature_index(f[1]);
      if (!index)
        return fail("unknown feature " + quote(f[1]) +
                    " (the model was made by another version; retrain it with this one)");
      if (seen[*index]) return fail("feature " + quote(f[1]) + " appears twice");
      seen[*index] = true;
      DifficultyTerm t;
      t.feature = *index;
      double* slots[] = {&t.lo, &t.hi, &t.mean, &t.scale, &t.weight};
      for (int k = 0; k < 5; ++k) {
        if (!parse_number(f[2 + k], *slots[k]))
          return fail("feature " + quote(f[1]) + ": " + quote(f[2 + k]) +
                      " is not a finite number");
      }
      if (t.lo > t.hi) return fail("feature " + quote(f[1]) + ": clip lo is over clip hi");
      if (!(t.scale > 0)) return fail("feature " + quote(f[1]) + ": scale must be > 0");
      m.terms.push_back(t);
    } else if (key == "gain") {
      if (m.gain) return fail("'gain' appears twice");
      DifficultyGainMap g;
      if (f.size() != 4 || !parse_number(f[1], g.a) || !parse_number(f[2], g.b) ||
          !parse_number(f[3], g.c))
        return fail("'gain' takes three finite numbers: a, b and c of sigma(a + b z + c z^2)");
      m.gain = g;
    } else if (key == "threshold") {
      if (m.threshold) return fail("'threshold' appears twice");
      DifficultyThreshold th;
      if (f.size() != 3 || !parse_number(f[1], th.difficulty) ||
          !parse_number(f[2], th.strong_share))
        return fail("'threshold' takes two numbers: the difficulty and its strong share");
      if (th.difficulty < 0 || th.difficulty > 1 || th.strong_share < 0 || th.strong_share > 1)
        return fail("'threshold' numbers lie between 0 and 1");
      m.threshold = th;
    } else if (key == "end") {
      saw_end = true;
    } else {
      return fail("unknown line " + quote(key));
    }
  }
  if (!saw_magic) {
    line_no = std::max<std::size_t>(line_no, 1);
    return fail("empty file: not a difficulty model");
  }
  if (!saw_end) return fail("the file ends before its 'end' line (cut short? write it again)");
  if (!saw_kind) return fail("no 'kind' line");
  if (!saw_bias) return fail("no 'bias' line");
  out.model = std::move(m);
  return out;
}

DifficultyModelLoad load_difficulty_model(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    DifficultyModelLoad out;
    out.error = path + ": cannot open the difficulty model";
    return out;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse_difficulty_model(text, path);
}

std::string save_difficulty_model(const DifficultyModel& model, const std::string& path) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return tmp + ": cannot write";
    out << model.serialize();
    out.flush();
    if (!out) return tmp + ": write failed";
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return path + ": cannot replace: " + ec.message();
  return {};
}

}  // namespace switchyard::routing
