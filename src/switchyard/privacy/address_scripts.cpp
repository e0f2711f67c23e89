#include "switchyard/privacy/address_scripts.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

#include "switchyard/privacy/code_points.hpp"
#include "switchyard/privacy/scripts.hpp"

namespace switchyard::privacy {

namespace {

constexpr std::string_view kDetector = "street_address_script";
constexpr double kScore = 0.9;

using Points = CodePoints;

// The letters and digits of each script read here (scripts.hpp): digits of
// every script here (ASCII, full-width, Arabic-Indic, Persian, Devanagari,
// Thai).
bool digit(char32_t c) {
  return street_digit(c);
}
int digit_value(char32_t c) {
  for (char32_t zero : {U'0', U'\uFF10', U'\u0660', U'\u06F0', U'\u0966', U'\u0E50'})
    if (c >= zero && c <= zero + 9) return static_cast<int>(c - zero);
  return -1;
}
// The digits CJK text writes: ASCII and full-width.
bool cjk_digit(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}
bool han(char32_t c) {
  return han_letter(c);
}
bool kana(char32_t c) {
  return address_kana(c);
}
bool hangul(char32_t c) {
  return hangul_syllable(c);
}
bool thai(char32_t c) {
  return address_thai(c);
}
bool hebrew(char32_t c) {
  return address_hebrew(c);
}
bool arabic(char32_t c) {
  return arabic_letter(c);
}
bool ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool hyphen(char32_t c) {
  return c == '-' || c == 0xFF0D || c == 0x2010 || c == 0x2011 || c == 0x2013 || c == 0x2015 ||
         c == 0x2212 || c == 0x30FC || c == 0xFF70;
}

void add(const Points& p, std::size_t from, std::size_t to, std::vector<Finding>& out) {
  out.push_back({EntityType::address, p.at[from], p.at[to], kScore, kDetector});
}

// ---------------------------------------------------------------- CJK ----

constexpr std::u32string_view kKanjiDigits = U"一二三四五六七八九十";

// A run of numbers and their units: "1丁目2番3号", "1-2-3", "100弄5号",
// "123號5樓", "5号楼3单元501室".
struct Chain {
  std::size_t end = 0;
  int groups = 0, long_groups = 0, digits = 0, first_len = 0, hyphens = 0;
  bool lead_zero = false, chome = false, banchi = false, ban = false, go = false, lane = false,
       bare = false, bad = false, block = false;
};

Chain chain_at(const Points& p, std::size_t i) {
  Chain c;
  std::size_t j = i;
  while (true) {
    std::size_t k = j;
    while (k < p.size() && cjk_digit(p[k])) ++k;
    // "銀座四丁目": a number in kanji, before 丁目 only.
    if (k == j) {
      while (k < p.size() && k - j < 3 && in(p[k], kKanjiDigits)) ++k;
      if (!p.lit(k, U"丁目")) k = j;
    }
    if (k == j) break;
    const int len = static_cast<int>(k - j);
    if (c.groups == 0) {
      c.first_len = len;
      c.lead_zero = digit_value(p[j]) == 0;
    }
    ++c.groups;
    c.digits += len;
    c.long_groups += len >= 3;
    if (len > 5 || c.groups > 6) c.bad = true;
    j = k;
    bool unit = false;
    while (true) {
      std::size_t u = 0;
      if ((u = p.any(j, {U"丁目"}))) {
        c.chome = true;
      } else if ((u = p.any(j, {U"番地"}))) {
        c.banchi = true;
      } else if ((u = p.any(j, {U"号室", U"號室", U"号楼", U"號樓"}))) {
      } else if ((u = p.any(j, {U"单元", U"單元"})) || (in(p[j], U"栋棟幢") && (u = 1))) {
        // A block and its stairway: "3栋2单元501室".
        c.block = true;
      } else if ((u = p.any(j, {U"番"}))) {
        c.ban = true;
      } else if (in(p[j], U"号號")) {
        u = 1;
        // A line, a shop, a car, a machine: "2号线", "3号店".
        if (in(p[j + 1], U"线線店车車机機馆館文")) c.bad = true;
        c.go = true;
      } else if (in(p[j], U"弄巷")) {
        u = 1;
        c.lane = true;
      } else if (in(p[j], U"楼樓层層室階座") ||
                 ((p[j] == 'F' || p[j] == 0xFF26) && !ascii_alnum(p[j + 1]))) {
        u = 1;
      }
      if (!u) break;
      unit = true;
      j += u;
    }
    if (!unit) c.bare = true;
    if ((hyphen(p[j]) || in(p[j], U"之の")) && cjk_digit(p[j + 1])) {
      c.hyphens += hyphen(p[j]);
      ++j;
      continue;
    }
    if (!unit) break;
    if (!digit(p[j])) break;
  }
  c.end = j;
  return c;
}

constexpr std::u32string_view kPlaceEnds = U"都道府県市区區町村郡省县縣镇鎮乡鄉路街巷弄段";

// Where the locality-to-street run before a number starts: CJK letters and
// digits back to punctuation, a space, a particle or a cue ("住所:", "地址",
// "我住在").
std::size_t run_start(const Points& p, std::size_t i, bool& locality) {
  std::size_t s = i;
  locality = false;
  while (s > 0 && i - s < 30) {
    char32_t c = p[s - 1];
    // "千代田区 丸の内1-1-1": one space after a locality or a road.
    if (space(c) && s >= 2 &&
        (in(p[s - 2], kPlaceEnds) || (s == i && (han(p[s - 2]) || kana(p[s - 2]))))) {
      --s;
      continue;
    }
    if (!(han(c) || kana(c) || cjk_digit(c))) break;
    // Particles, and words that end a cue or a sentence's verb.
    if (in(c, U"はにでをへとも在于於是到至往寄送址所的为為和及从從近住话話")) break;
    --s;
  }
  auto has_locality = [&](std::size_t from) {
    for (std::size_t k = from; k < i; ++k)
      if (in(p[k], U"都道府県市区區町村郡省县縣镇鎮乡鄉")) return true;
    return false;
  };
  locality = has_locality(s);
  // A kana particle inside a place's name ("みなとみらい", "霞が関"): when
  // the run up to it names no locality, one further back may.
  if (!locality) {
    std::size_t f = s;
    while (f > 0 && s - f < 16 && (han(p[f - 1]) || kana(p[f - 1]))) --f;
    if (f < s && has_locality(f)) {
      s = f;
      locality = true;
    }
  }
  // Digits and spaces at the run's start belong to something else.
  while (s < i && (digit(p[s]) || space(p[s]))) ++s;
  return s;
}

// A building and room after the street: "ABCビル5F", " 501号室", "5楼".
std::size_t building_after(const Points& p, std::size_t e) {
  for (int round = 0; round < 2; ++round) {
    std::size_t j = e;
    while (space(p[j]) && j - e < 2) ++j;
    const std::size_t name = j;
    while (j < p.size() && j - name < 20 &&
           (han(p[j]) || kana(p[j]) || (ascii_alnum(p[j]) && !digit(p[j])))) {
      ++j;
    }
    if (!digit(p[j])) return e;
    const Chain c = chain_at(p, j);
    if (c.bare || c.bad || c.groups > 2) return e;
    e = c.end;
  }
  return e;
}

// A Chinese flat after the house number, its word and number apart: " 公寓
// 890", " 套房 851" (apartment, suite), " 单元 3", " 房间 12". One past it,
// or `e`.
std::size_t flat_after(const Points& p, std::size_t e) {
  std::size_t j = e;
  while (space(p[j]) && j - e < 2) ++j;
  if (!(p.lit(j, U"公寓") || p.lit(j, U"套房") || p.lit(j, U"单元") || p.lit(j, U"單元") ||
        p.lit(j, U"房间") || p.lit(j, U"房間")))
    return e;
  j += 2;
  if (space(p[j])) ++j;
  const std::size_t d = j;
  while (digit(p[j]) && j - d < 6) ++j;
  if (j == d || digit(p[j])) return e;
  return j;
}

// The city or county after a Chinese street and its postcode: "珠林市
// 865736", " 上乡县". A run of Han letters (six at most) that 市, 县 or
// 州 ends, then maybe six digits. One past it, or `e`.
std::size_t city_after(const Points& p, std::size_t e) {
  std::size_t j = e;
  if (space(p[j])) ++j;
  const std::size_t name = j;
  while (han(p[j]) && j - name < 7) ++j;
  if (j - name < 2 || j - name > 6 || !in(p[j - 1], U"市县縣州")) return e;
  e = j;
  if (space(p[j])) ++j;
  const std::size_t d = j;
  while (digit(p[j]) && j - d < 7) ++j;
  if (j - d == 6 && !ascii_alnum(p[j])) e = j;
  return e;
}

void find_cjk(const Points& p, std::vector<Finding>& out) {
  std::size_t i = 0;
  while (i < p.size()) {
    const bool kanji = in(p[i], kKanjiDigits) && (i == 0 || !in(p[i - 1], kKanjiDigits));
    if (!(cjk_digit(p[i]) || kanji) ||
        (i > 0 && (digit(p[i - 1]) || ascii_alnum(p[i - 1]) || p[i - 1] == U'第'))) {
      ++i;
      continue;
    }
    const Chain c = chain_at(p, i);
    if (c.groups == 0) {
      ++i;
      continue;
    }
    const std::size_t next = std::max(i + 1, c.end);
    const char32_t after = p[c.end];
    const bool counted =
        c.bare &&
        (in(after, U"円年月日時时分秒章節节人個个件回歳岁枚元万億亿%％") || ascii_alnum(after));
    bool locality = false;
    const std::size_t start = run_start(p, i, locality);
    const std::size_t letters = i - start;
    const char32_t before = i > 1 && space(p[i - 1]) ? p[i - 2] : i > 0 ? p[i - 1] : 0;
    const bool japanese = c.chome || c.banchi || (c.ban && c.go);
    const bool chinese =
        // (Also "旁" beside, "桥" bridge, "侬" Shanghai's lane, "中心" centre, as
        // places' names end: "吴桥10号", "吕旁23号".)
        letters >= 2 &&
        (((c.go || c.lane) && in(before, U"路街道巷弄段里村同通町条條组組旁桥橋侬心栋棟")) ||
         // "阳光花园3栋2单元501室": a compound's block, stairway and flat.
         (c.block && c.groups >= 2 && !c.bare));
    const bool numbered = c.hyphens >= 1 && !c.lead_zero && c.long_groups <= 1 && c.digits <= 8 &&
                          !(c.first_len == 4 && c.groups == 3) && letters >= 2 &&
                          (locality || (c.groups == 3 && c.long_groups == 0 && han(before)));
    // "東京都中央区本町123": a bare house number after a town inside a city,
    // ending the line or the clause.
    const char32_t stop = p[c.end];
    const bool bare_house = c.groups == 1 && c.bare && !c.lead_zero && c.digits <= 4 &&
                            letters >= 4 && locality && in(p[start], kPlaceEnds) == false &&
                            (c.end >= p.size() || space(stop) || in(stop, U"、。,，.\n\r)）"));
    // "3丁目7番4号": a whole block, lot and house number stands alone, on
    // its own line or after a cue.
    const bool whole = c.chome && (c.ban || c.banchi) && c.groups >= 3;
    if (!c.bad && !counted && (letters >= 1 || whole) &&
        (japanese || chinese || numbered || bare_house)) {
      std::size_t end = building_after(p, c.end);
      // A Chinese street's flat, its city and postcode after it.
      if (chinese) end = city_after(p, flat_after(p, end));
      add(p, start, end, out);
      i = std::max(next, end);
      continue;
    }
    i = next;
  }
}

// --------------------------------------------------------- space-split ----

// A word: a run of letters of one script (with the digits joined to it in
// Hangul: "12길"), or a run of digits.
struct Word {
  std::size_t start, end;
};

std::vector<Word> words_of(const Points& p, bool (*letter)(char32_t)) {
  std::vector<Word> w;
  std::size_t i = 0;
  while (i < p.size()) {
    if (letter(p[i]) || digit(p[i])) {
      const std::size_t s = i;
      while (i < p.size() && (letter(p[i]) || digit(p[i]) || p[i] == '/' ||
                              (p[i] == '-' && digit(p[i + 1]) && i > s && digit(p[i - 1]))))
        ++i;
      w.push_back({s, i});
    } else {
      ++i;
    }
  }
  return w;
}

bool all_digits(const Points& p, const Word& w, std::size_t max = 4) {
  if (w.end - w.start > max + 6) return false;
  int d = 0;
  for (std::size_t k = w.start; k < w.end; ++k) {
    if (digit(p[k])) {
      ++d;
    } else if (!(p[k] == '/' || p[k] == '-') || k == w.start || k + 1 == w.end) {
      return false;
    }
  }
  return d >= 1 && static_cast<std::size_t>(d) <= max + 4 && digit_value(p[w.start]) >= 0;
}

// Only spaces (at most two) between two words.
// A one-letter abbreviation's dot counts as a space ("خ. ولیعصر").
bool abbreviation_dot(const Points& p, const Word& a, std::size_t k) {
  return k == a.end && a.end - a.start == 1 && p[k] == '.';
}
bool adjacent(const Points& p, const Word& a, const Word& b) {
  if (b.start < a.end || b.start - a.end > 3) return false;
  for (std::size_t k = a.end; k < b.start; ++k)
    if (!space(p[k]) && !abbreviation_dot(p, a, k)) return false;
  return b.start - a.end <= 2 || abbreviation_dot(p, a, a.end);
}
// Only spaces and one comma ("," or "،") between two words.
bool joined(const Points& p, const Word& a, const Word& b) {
  if (b.start < a.end || b.start - a.end > 4) return false;
  int commas = 0;
  for (std::size_t k = a.end; k < b.start; ++k) {
    if (p[k] == ',' || p[k] == 0x060C) {
      ++commas;
    } else if (!space(p[k]) && !abbreviation_dot(p, a, k)) {
      return false;
    }
  }
  return commas <= 1;
}

// -------------------------------------------------------------- Korean ----

bool hangul_word(const Points& p, const Word& w) {
  for (std::size_t k = w.start; k < w.end; ++k)
    if (!hangul(p[k])) return false;
  return w.end - w.start >= 2;
}
// 서울특별시, 강남구, 수원시, 경기도, 양평군, 역삼동, 읍, 면.
bool admin_word(const Points& p, const Word& w) {
  return hangul_word(p, w) && in(p[w.end - 1], U"시도군구읍면동리");
}
// 테헤란로, 세종대로, 봉은사로12길, 중앙로45번길 — not the particle 으로.
bool road_word(const Points& p, const Word& w) {
  if (w.end - w.start < 2 || !hangul(p[w.start])) return false;
  if (!in(p[w.end - 1], U"로길") || p.ends(w.end, U"으로")) return false;
  for (std::size_t k = w.start; k < w.end; ++k)
    if (!(hangul(p[k]) || digit(p[k]))) return false;
  return true;
}
// "12길", "45번길": a numbered side road.
bool side_road(const Points& p, const Word& w) {
  std::size_t k = w.start;
  while (k < w.end && digit(p[k])) ++k;
  return k > w.start && (p.lit(k, U"길") ? k + 1 : p.lit(k, U"번길") ? k + 2 : 0) == w.end;
}
// "101동", "202호", "5층": a number and its unit.
// A particle may follow it ("790동로 보내 주세요").
bool unit_word_ko(const Points& p, const Word& w) {
  std::size_t e = w.end;
  for (std::u32string_view particle : {U"으로", U"에서", U"까지", U"로", U"에", U"의"})
    if (e - w.start > particle.size() + 1 && p.ends(e, particle)) {
      e -= particle.size();
      break;
    }
  return e - w.start >= 2 && digit(p[w.start]) && in(p[e - 1], U"동호층") &&
         all_digits(p, {w.start, e - 1}, 5);
}

// Units after the word `last` of a street (", 101동 202호", " 5층", and a
// building's name before them: "래미안아파트 101동"): whether there are
// any; `end` moves past them.
bool units_after(const Points& p, const std::vector<Word>& w, std::size_t last, std::size_t& end) {
  std::size_t u = last + 1;
  if (u < w.size() && joined(p, w[last], w[u]) && hangul_word(p, w[u]) && u + 1 < w.size() &&
      unit_word_ko(p, w[u + 1]))
    ++u;  // a building's name before its units
  bool units = false;
  while (u < w.size() && joined(p, w[u - 1], w[u]) && unit_word_ko(p, w[u])) {
    end = w[u].end;
    units = true;
    ++u;
  }
  return units;
}

void find_korean(const Points& p, std::vector<Finding>& out) {
  const std::vector<Word> w = words_of(p, hangul);
  auto hard_end = [&](std::size_t e) {
    const char32_t c = p[e];
    // "테헤란로 152 (역삼동)", "테헤란로 152 06236": a neighbourhood in
    // brackets or a postcode after a space end the street too.
    return e >= p.size() || in(c, U",.()\n\r;，、") ||
           (space(c) && (digit(p[e + 1]) || p[e + 1] == '('));
  };
  std::size_t done = 0;
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (w[k].start < done) continue;
    // "강남구 테헤란로123": the road and its number written together,
    {
      std::size_t d = w[k].end;
      while (d > w[k].start && digit(p[d - 1])) --d;
      const Word name{w[k].start, d};
      if (d < w[k].end && w[k].end - d <= 5 && road_word(p, name) && hangul(p[d - 1])) {
        // after a district or city only: "학교로3" is a particle's noun.
        if (k > 0 && admin_word(p, w[k - 1]) && adjacent(p, w[k - 1], w[k])) {
          add(p, w[k - 1].start, w[k].end, out);
          done = w[k].end;
          continue;
        }
      }
    }
    // "3235 둔산길 아파트 657동", "50003 학송7길 582호": the number before
    // the road, as English word order has it; the road's name then is no
    // particle's noun (three syllables at least), and the number ends the
    // line or units follow.
    if (all_digits(p, w[k], 5) && digit_value(p[w[k].start]) > 0 && k + 1 < w.size() &&
        adjacent(p, w[k], w[k + 1]) && road_word(p, w[k + 1]) &&
        w[k + 1].end - w[k + 1].start >= 3 && !p.ends(w[k + 1].end, U"에게로")) {
      std::size_t end = w[k + 1].end;
      const bool units = units_after(p, w, k + 1, end);
      // A numbered side road ("신길9길") is a road whatever follows it.
      bool numbered = false;
      for (std::size_t q = w[k + 1].start; q + 1 < w[k + 1].end; ++q)
        numbered = numbered || (digit(p[q]) && p[q + 1] == U'길');
      if (units || numbered || hard_end(w[k + 1].end)) {
        add(p, w[k].start, end, out);
        done = end;
        continue;
      }
    }
    const bool road = road_word(p, w[k]);
    const bool lot = !road && hangul_word(p, w[k]) && in(p[w[k].end - 1], U"동리가");
    if ((!road && !lot) || k + 1 >= w.size()) continue;
    std::size_t n = k + 1;
    // "봉은사로 12길 34": the numbered side road is part of the name.
    while (n + 1 < w.size() && side_road(p, w[n]) && adjacent(p, w[n - 1], w[n])) ++n;
    const Word& num = w[n];
    if (!adjacent(p, w[n - 1], num) && !(num.start == w[n - 1].end)) continue;
    std::size_t end = num.end;
    bool number = all_digits(p, num, 5);
    bool dashed = false;
    for (std::size_t q = num.start; q < num.end; ++q) dashed = dashed || p[q] == '-';
    // "737번지", and with a particle after it ("627-26번지로").
    std::size_t lot_end = num.end;
    for (std::u32string_view particle : {U"으로", U"에서", U"까지", U"로", U"에", U"의"})
      if (p.ends(lot_end, particle) && p.ends(lot_end - particle.size(), U"번지")) {
        lot_end -= particle.size();
        break;
      }
    if (!number && lot_end - num.start >= 3 && p.ends(lot_end, U"번지") &&
        all_digits(p, {num.start, lot_end - 2}, 5)) {
      number = dashed = true;
      end = lot_end;
    }
    if (!number) continue;
    bool admin = false;
    std::size_t start = w[k].start;
    for (std::size_t b = k; b > 0 && k - b < 4; --b) {
      if (!admin_word(p, w[b - 1]) || !adjacent(p, w[b - 1], w[b])) break;
      admin = true;
      start = w[b - 1].start;
    }
    // A lot number: "강남구 역삼동 123-45", "역삼동 737번지"; or after a
    // neighbourhood of three syllables at least, ending the line.
    if (lot && !admin &&
        !(w[k].end - w[k].start >= 3 && p[w[k].end - 1] == U'동' && hard_end(num.end)))
      continue;
    const bool units = units_after(p, w, n, end);
    // Without a locality before or units after, the number ends the line
    // or a word follows it; the road's name is then no particle's noun:
    // three syllables at least, or 대로, 번길.
    const std::size_t syllables = w[k].end - w[k].start;
    const bool named =
        road && (syllables >= 3 || p.ends(w[k].end, U"대로")) && !p.ends(w[k].end, U"에게로");
    if (!admin && !units && !hard_end(num.end) &&
        !(named && space(p[num.end]) && hangul(p[num.end + 1])))
      continue;
    add(p, start, end, out);
    done = end;
  }
}

// ---------------------------------------------------------------- Thai ----

bool thai_word(const Points& p, const Word& w) {
  return thai(p[w.start]);
}

void find_thai(const Points& p, std::vector<Finding>& out) {
  auto letter = [](char32_t c) { return thai(c) || c == '.'; };
  const std::vector<Word> w = words_of(p, +letter);
  // ถนน/ถ. road, ซอย/ซ. lane, หมู่/ม. village number, ตรอก alley.
  auto marker = [&](const Word& x) -> std::size_t {
    // "ม.ค.": January, in a date.
    if (!thai_word(p, x) || p.lit(x.start, U"ม.ค.")) return std::size_t{0};
    return p.any(x.start, {U"ถนน", U"ซอย", U"หมู่", U"ตรอก", U"ถ.", U"ซ.", U"ม."});
  };
  auto locality = [&](const Word& x) {
    return thai_word(p, x) &&
           p.any(x.start, {U"แขวง", U"เขต", U"ตำบล", U"อำเภอ", U"จังหวัด", U"ต.", U"อ.", U"จ."}) != 0;
  };
  std::size_t done = 0;
  for (std::size_t k = 0; k + 1 < w.size(); ++k) {
    if (w[k].start < done) continue;
    std::size_t first = k;
    // "เลขที่ 99": house number.
    const bool house_word =
        thai_word(p, w[k]) && p.any(w[k].start, {U"บ้านเลขที่", U"เลขที่"}) == w[k].end - w[k].start;
    std::size_t n = house_word ? k + 1 : k;
    // Or a road with no house number before it, when a subdistrict or
    // district follows ("ถนนพระราม 4 แขวงคลองเตย").
    const bool road_first = !house_word && marker(w[k]) &&
                            !(k > 0 && joined(p, w[k - 1], w[k]) && all_digits(p, w[k - 1], 5));
    if (!road_first &&
        (n >= w.size() || !all_digits(p, w[n], 5) || (house_word && !adjacent(p, w[k], w[n]))))
      continue;
    // The street parts after the house number.
    std::size_t last = n, q = road_first ? k : n + 1;
    bool street = false;
    while (q < w.size() && q - n < 8 && (q == k || joined(p, w[q - 1], w[q])) && !locality(w[q])) {
      const std::size_t m = marker(w[q]);
      if (m) {
        street = true;
        last = q;
        // "ถนน สุขุมวิท", "ซอย 11", "ม. 5": the name or number after a bare marker.
        if (m == w[q].end - w[q].start && q + 1 < w.size() && adjacent(p, w[q], w[q + 1]) &&
            !locality(w[q + 1]) && !marker(w[q + 1]))
          last = ++q;
        ++q;
        continue;
      }
      // A number after a marker's name: "ซ.สุขุมวิท 11".
      if (street && all_digits(p, w[q], 3) && last + 1 == q) {
        last = q++;
        continue;
      }
      break;
    }
    // "99 ตำบลบางพูด", "12 แขวงคลองเตย": a house number and its
    // subdistrict, with no road between.
    if (!street && !road_first && n + 1 < w.size() && joined(p, w[n], w[n + 1]) &&
        thai_word(p, w[n + 1]) && p.any(w[n + 1].start, {U"แขวง", U"ตำบล", U"ต."}) &&
        !p.lit(w[n + 1].start, U"ต.ค.")) {
      add(p, w[first].start, w[n + 1].end, out);
      done = w[n + 1].end;
      continue;
    }
    // "65 สรณคมน์, พิษณุโลก 87730": a house number and a street's name
    // without its marker, when a province and its five-digit postcode
    // follow.
    if (!street && !road_first && !house_word && n + 1 < w.size() && adjacent(p, w[n], w[n + 1]) &&
        thai_word(p, w[n + 1]) && !locality(w[n + 1]) &&
        (w[n].start == 0 || space(p[w[n].start - 1])) &&
        // A count's classifier after the number: people, pieces, things,
        // animals, times, baht, years, days, months, boxes, rooms, floors.
        p.any(w[n + 1].start, {U"คน", U"ชิ้น", U"อัน", U"ตัว", U"ครั้ง", U"บาท", U"ปี", U"วัน", U"เดือน",
                               U"กล่อง", U"ห้อง", U"ชั้น", U"นาที", U"ชั่วโมง"}) !=
            w[n + 1].end - w[n + 1].start) {
      std::size_t j = w[n + 1].end;
      if (p[j] == ',') ++j;
      if (space(p[j])) ++j;
      const std::size_t town = j;
      while (thai(p[j]) && j - town < 30) ++j;
      const std::size_t code = j + 1;
      std::size_t d = code;
      while (digit(p[d])) ++d;
      if (j > town + 1 && p[j] == ' ' && d - code == 5 && !thai(p[d]) && !ascii_alnum(p[d])) {
        add(p, w[first].start, d, out);
        done = d;
        continue;
      }
      // Or after a Thai address cue: "ส่งไปที่ 71 ขวัญ" (send to), "บ้าน
      // อยู่ที่" (the house is at), "ที่อยู่: 1 ลาดหญ้า" (address).
      if (k > 0 && thai_word(p, w[k - 1]) && w[k - 1].end <= w[n].start &&
          w[n].start - w[k - 1].end <= 2) {
        bool gap = true;
        for (std::size_t g = w[k - 1].end; g < w[n].start; ++g)
          gap = gap && (space(p[g]) || p[g] == ':');
        const std::size_t e = w[k - 1].end;
        // ("วันที่ 5", "on the 5th", is a date's.)
        const bool cue = (e >= 5 && p.lit(e - 5, U"ไปที่")) ||
                         (e >= 7 && (p.lit(e - 7, U"อยู่ที่") || p.lit(e - 7, U"ที่อยู่")));
        if (gap && cue) {
          std::size_t end = w[n + 1].end;
          if (p[end - 1] == '.' && end - 1 > w[n + 1].start + 2) --end;  // the sentence's dot
          add(p, w[n].start, end, out);
          done = end;
          continue;
        }
      }
    }
    if (!street) continue;
    if (road_first && !(q < w.size() && joined(p, w[q - 1], w[q]) && locality(w[q]))) continue;
    add(p, w[first].start, w[last].end, out);
    done = w[last].end;
  }
}

// -------------------------------------------------------------- Hebrew ----

// A word without one of the prefixes ב ה ו ל מ ש ("ברחוב", "ושדרות").
bool hebrew_is(const Points& p, const Word& w, std::initializer_list<std::u32string_view> list) {
  for (std::size_t skip = 0; skip <= 1; ++skip) {
    if (skip && !in(p[w.start], U"בהולמש")) break;
    for (std::u32string_view s : list)
      if (w.end - w.start - skip == s.size() && p.lit(w.start + skip, s)) return true;
  }
  return false;
}

// Hebrew word, geresh and gershayim included ("רח'", "רח׳", "ש\"ח").
std::vector<Word> hebrew_words(const Points& p) {
  std::vector<Word> w;
  std::size_t i = 0;
  while (i < p.size()) {
    if (hebrew(p[i])) {
      const std::size_t s = i;
      // A name joined by a hyphen or maqaf ("אל-בלח", "א-זייאן") is one word.
      while (i < p.size() && (hebrew(p[i]) || ((p[i] == '\'' || p[i] == '"') && i > s) ||
                              ((p[i] == '-' || p[i] == 0x05BE) && i > s && hebrew(p[i + 1]))))
        ++i;
      w.push_back({s, i});
    } else if ((p[i] == '\'' || p[i] == 0x05F3) && hebrew(p[i + 1]) && digit(p[i + 2]) &&
               (i == 0 || space(p[i - 1]))) {
      // "'ב79": a house number with its entrance letter, the letter and its
      // geresh put before the digits (as text copied from visual order
      // has it).
      const std::size_t s = i;
      i += 2;
      while (i < p.size() && digit(p[i])) ++i;
      w.push_back({s, i});
    } else if (digit(p[i])) {
      const std::size_t s = i;
      while (i < p.size() && digit(p[i])) ++i;
      // "15א": a house number with its letter.
      if (i < p.size() && hebrew(p[i]) && !hebrew(p[i + 1])) ++i;
      w.push_back({s, i});
    } else {
      ++i;
    }
  }
  return w;
}

void find_hebrew(const Points& p, std::vector<Finding>& out) {
  const std::vector<Word> w = hebrew_words(p);
  // Nouns that a number follows that are no street: chapter, page, room,
  // order, version, floor, apartment, hour, year, price…
  auto counted = [&](const Word& x) {
    return hebrew_is(
        p, x, {U"פרק",     U"עמוד",   U"סעיף",  U"שורה",    U"חדר",  U"הזמנה", U"מספר",   U"גרסה",
               U"שלב",     U"קומה",   U"דירה",  U"כיתה",    U"שעה",  U"יום",   U"שנה",    U"חודש",
               U"אחוז",    U"שקל",    U"שקלים", U"ש\"ח",    U"דקות", U"שניות", U"תא",     U"טלפון",
               U"מס'",     U"מס׳",    U"גיל",   U"בן",      U"בת",   U"פרקים", U"עמודים", U"שנים",
               U"ימים",    U"כביש",   U"קו",    U"אוטובוס", U"רציף", U"שער",   U"טיסה",   U"ינואר",
               U"פברואר",  U"מרץ",    U"אפריל", U"מאי",     U"יוני", U"יולי",  U"אוגוסט", U"ספטמבר",
               U"אוקטובר", U"נובמבר", U"דצמבר"});
  };
  auto type = [&](const Word& x) {
    return hebrew_is(p, x,
                     {U"רחוב", U"רח'", U"רח׳", U"שדרות", U"שד'", U"שד׳", U"דרך", U"כיכר", U"סמטת",
                      U"סמטה", U"מבוא", U"משעול", U"שכונת"});
  };
  auto stop = [&](const Word& x) {
    return hebrew_is(p, x, {U"גר",   U"גרה",   U"גרים",   U"כתובת", U"כתובתי", U"הכתובת", U"אני",
                            U"את",   U"של",    U"עם",     U"ליד",   U"היא",    U"הוא",    U"אנחנו",
                            U"נמצא", U"נמצאת", U"למשלוח", U"שלי",   U"שלנו",   U"אל",     U"אצל"});
  };
  auto hebrew_word = [&](const Word& x) { return hebrew(p[x.start]); };
  // Spaces and one comma or line break between two words.
  auto broken = [&](const Word& a, const Word& b) {
    if (b.start - a.end > 4) return false;
    int seps = 0;
    for (std::size_t q = a.end; q < b.start; ++q) {
      if (p[q] == ',' || p[q] == '\n') {
        ++seps;
      } else if (!(space(p[q]) || p[q] == '\r')) {
        return false;
      }
    }
    return seps == 1;
  };
  auto number = [&](const Word& x) {
    const std::size_t from = x.start + (digit(p[x.start]) ? 0 : 2);  // "'ב79"
    std::size_t d = 0;
    while (from + d < x.end && digit(p[from + d])) ++d;
    return d >= 1 && d <= 3 && digit_value(p[from]) > 0;
  };
  std::size_t done = 0;
  for (std::size_t k = 1; k < w.size(); ++k) {
    if (!number(w[k]) || w[k - 1].start < done || !hebrew_word(w[k - 1]) ||
        !adjacent(p, w[k - 1], w[k]) || counted(w[k - 1]) || type(w[k - 1]))
      continue;
    // The street's name: up to three words before the number, after a type
    // if there is one.
    std::size_t first = k - 1;
    bool typed = false;
    // After a type, a name of up to four words may hold a counted noun
    // ("משעול יואב בן צרויה 3": "son of", not an age).
    for (std::size_t f = k - 1; f > 0 && k - f < 5 && hebrew_word(w[f - 1]) &&
                                adjacent(p, w[f - 1], w[f]) && !stop(w[f - 1]);) {
      --f;
      if (type(w[f])) {
        typed = true;
        first = f;
        break;
      }
    }
    while (!typed && first > 0 && k - first < 4 && hebrew_word(w[first - 1]) &&
           adjacent(p, w[first - 1], w[first]) && !stop(w[first - 1]) && !counted(w[first - 1])) {
      --first;
      if (type(w[first])) {
        typed = true;
        break;
      }
    }
    // A cue before the street: "כתובת: הרצל 15", "גר בהרצל 15".
    bool cued = false;
    if (!typed && first > 0 && w[first].start - w[first - 1].end <= 3 &&
        hebrew_is(p, w[first - 1],
                  {U"כתובת", U"כתובתי", U"הכתובת", U"מען", U"גר", U"גרה", U"גרים", U"מתגורר",
                   U"מתגוררת"})) {
      cued = true;
      for (std::size_t q = w[first - 1].end; q < w[first].start; ++q)
        cued = cued && (space(p[q]) || p[q] == ':');
    }
    // "הרצל 15/3": the flat after a slash.
    const bool flat = p[w[k].end] == '/' && digit(p[w[k].end + 1]);
    // A seven-digit postcode within the next four words ("הרצל 15 תל אביב
    // 6713301").
    bool postcode = false;
    for (std::size_t q = k + 1; q < w.size() && q <= k + 4 && !postcode; ++q) {
      if (!(hebrew_word(w[q]) || digit(p[w[q].start])) || w[q].start - w[q - 1].end > 3) break;
      postcode = w[q].end - w[q].start == 7 && all_digits(p, w[q], 7);
    }
    if (!typed && !cued && !flat && !postcode) {
      // Without a type, a town must follow after a comma ("הרצל 15, תל
      // אביב"), and the name is its last two words at most.
      // A comma or a line break, then a postcode (five or seven digits)
      // perhaps, then the town's name.
      std::size_t t = k + 1;
      if (t >= w.size() || !broken(w[k], w[t])) continue;
      if (digit(p[w[t].start]) && (w[t].end - w[t].start == 7 || w[t].end - w[t].start == 5) &&
          t + 1 < w.size() && adjacent(p, w[t], w[t + 1]))
        ++t;
      const bool unit = hebrew_is(p, w[t], {U"דירה", U"קומה", U"כניסה"});
      if (!hebrew_word(w[t]) || (counted(w[t]) && !unit)) continue;
      // and the town is no counted noun with its own number.
      if (!unit && t + 1 < w.size() && number(w[t + 1]) && adjacent(p, w[t], w[t + 1])) continue;
      first = std::max(first, k - std::min<std::size_t>(k, 2));
      while (first < k - 1 && (stop(w[first]) || counted(w[first]))) ++first;
    }
    std::size_t end = w[k].end;
    if (flat)
      for (end += 1; digit(p[end]);) ++end;
    // ", דירה 5", " קומה 2": the unit.
    if (k + 2 < w.size() && joined(p, w[k], w[k + 1]) &&
        hebrew_is(p, w[k + 1], {U"דירה", U"קומה", U"כניסה", U"דירה"}) &&
        adjacent(p, w[k + 1], w[k + 2]) && (number(w[k + 2]) || w[k + 2].end - w[k + 2].start == 1))
      end = w[k + 2].end;
    add(p, w[first].start, end, out);
    done = end;
  }
}

// ----------------------------------------------------- Arabic, Persian ----

std::u32string folded(const Points& p, const Word& w) {
  std::u32string s;
  for (std::size_t k = w.start; k < w.end; ++k) {
    char32_t c = p[k];
    if (c == 0x0643) c = 0x06A9;                 // ك → ک
    if (c == 0x064A || c == 0x0649) c = 0x06CC;  // ي ى → ی
    if (c == 0x200C || c == ' ') continue;
    s.push_back(c);
  }
  return s;
}

void find_arabic(const Points& p, std::vector<Finding>& out) {
  std::vector<Word> w = words_of(p, arabic);
  // "بن بست" (a dead end) is written in two words as often as in one.
  for (std::size_t k = 0; k + 1 < w.size(); ++k) {
    if (w[k].end - w[k].start == 2 && p[w[k].start] == U'ب' && p[w[k].start + 1] == U'ن' &&
        w[k + 1].end - w[k + 1].start == 3 && p.lit(w[k + 1].start, U"بست") &&
        adjacent(p, w[k], w[k + 1])) {
      w[k].end = w[k + 1].end;
      w.erase(w.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    }
  }
  auto is = [&](const Word& x, std::initializer_list<std::u32string_view> list) {
    if (!arabic(p[x.start])) return false;
    const std::u32string f = folded(p, x);
    for (std::u32string_view s : list)
      if (f == s) return true;
    return false;
  };
  // Street, road, square, alley, avenue, boulevard, lane, highway, quarter.
  auto dotted = [&](const Word& x, char32_t letter) {
    return x.end - x.start == 1 && p[x.start] == letter && p[x.end] == '.';
  };
  auto type = [&](const Word& x) {
    // "خ." street, "ک." alley (Persian abbreviations).
    if (dotted(x, U'خ') || dotted(x, U'ک')) return true;
    return is(x, {U"شارع", U"طریق", U"میدان", U"زقاق", U"جادة", U"جاده", U"حی", U"خیابان", U"کوچه",
                  U"بلوار", U"بولوار", U"بزرگراه", U"کوی", U"بنبست", U"شهرک", U"محله", U"فلکه",
                  U"سهراه", U"چهارراه", U"ممر", U"درب", U"نهج", U"زنقة", U"ساحة",
                  // Urdu: road (English loan), road, lane, highway, block,
                  // sector, phase, colony.
                  U"روڈ", U"سڑک", U"گلی", U"شاہراہ", U"بلاک", U"سیکٹر", U"فیز", U"کالونی"});
  };
  // House number and unit words: plate, number, building, floor, unit, flat.
  auto number_word = [&](const Word& x) {
    if (dotted(x, U'پ')) return true;  // "پ." plate
    return is(x, {U"پلاک", U"رقم", U"مبنی", U"منزل", U"عمارة", U"بنایة", U"واحد", U"طبقه", U"شقة",
                  U"طابق", U"الطابق", U"ط", U"ساختمان", U"برج",
                  // Urdu house, plot, flat.
                  U"مکان", U"پلاٹ", U"فلیٹ"});
  };
  auto number = [&](const Word& x) { return all_digits(p, x, 4) && digit_value(p[x.start]) > 0; };
  auto ends_here = [&](std::size_t e) {
    std::size_t j = e;
    while (space(p[j])) ++j;
    return j >= p.size() || in(p[j], U",،.\n\r)؛;") || arabic(p[j]) == false;
  };
  std::size_t done = 0;
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (w[k].start < done) continue;
    // "ص.ب. 1234": a post-office box (صندوق بريد).
    if (dotted(w[k], U'ص') && k + 2 < w.size() && dotted(w[k + 1], U'ب') &&
        w[k + 1].start == w[k].end + 1 && number(w[k + 2]) && w[k + 2].start - w[k + 1].end <= 3) {
      add(p, w[k].start, w[k + 2].end, out);
      done = w[k + 2].end;
      continue;
    }
    const bool number_first =
        number(w[k]) && k + 1 < w.size() && adjacent(p, w[k], w[k + 1]) && type(w[k + 1]);
    // Urdu names the road before its type: "329 مال روڈ", "۱۲۵ یونیورسٹی روڈ".
    // Also a colony or a village: "72779 مشال کالونی", "60131 جان گاؤں".
    const bool number_name_type =
        !number_first && number(w[k]) && k + 2 < w.size() && adjacent(p, w[k], w[k + 1]) &&
        arabic(p[w[k + 1].start]) && adjacent(p, w[k + 1], w[k + 2]) &&
        is(w[k + 2], {U"روڈ", U"سڑک", U"گلی", U"کالونی", U"گاؤں", U"گاوْں"});
    // Urdu "مکان نمبر 12", "پلاٹ نمبر 5": a house word, "نمبر" (number) and
    // the number open the address.
    const bool house_first = number_word(w[k]) && k + 2 < w.size() && is(w[k + 1], {U"نمبر"}) &&
                             adjacent(p, w[k], w[k + 1]) && adjacent(p, w[k + 1], w[k + 2]) &&
                             number(w[k + 2]);
    if (!type(w[k]) && !number_first && !house_first && !number_name_type) continue;
    if (!number_first && k > 0 && is(w[k - 1], {U"عن"}) && adjacent(p, w[k - 1], w[k]))
      continue;  // عن طريق: "by way of"
    // Parts: a type and up to four name words, a number word and its
    // number, a bare number; joined by spaces or one comma.
    std::size_t last = k, q = k + 1, names = 0, types = 1;
    bool numbered = number_first || house_first || number_name_type;
    if (number_name_type) q = k + 3, last = k + 2;
    if (number_first) q = k + 2, last = k + 1;
    if (house_first) q = k + 3, last = k + 2, types = 0;
    while (q < w.size() && joined(p, w[q - 1], w[q])) {
      if (type(w[q])) {
        ++types;
        names = 0;
        last = q++;
      } else if (number_word(w[q]) && q + 1 < w.size() && adjacent(p, w[q], w[q + 1]) &&
                 number(w[q + 1])) {
        numbered = true;
        last = ++q;
        ++q;
      } else if (number(w[q])) {
        if (!ends_here(w[q].end) &&
            !(q + 1 < w.size() && (type(w[q + 1]) || number_word(w[q + 1]))))
          break;
        numbered = true;
        last = q++;
      } else if (arabic(p[w[q].start]) && names < 4 && adjacent(p, w[q - 1], w[q])) {
        ++names;
        ++q;
        if (number_first || types >= 2) last = q - 1;
      } else {
        break;
      }
    }
    // A number and a street, or two streets ("خیابان ولیعصر، کوچه نسترن").
    if (!numbered && types < 2) continue;
    if (last == k) continue;
    add(p, w[k].start, w[last].end, out);
    done = w[last].end;
  }
}

// ---------------------------------------------------------- Devanagari ----

bool devanagari(char32_t c) {
  return devanagari_letter(c);
}

void find_devanagari(const Points& p, std::vector<Finding>& out) {
  auto letter = [](char32_t c) { return devanagari(c) || c == '.'; };
  const std::vector<Word> w = words_of(p, +letter);
  auto is = [&](const Word& x, std::initializer_list<std::u32string_view> list) {
    if (!devanagari(p[x.start])) return false;
    std::size_t e = x.end;
    while (e > x.start && p[e - 1] == '.') --e;
    for (std::u32string_view s : list)
      if (e - x.start == s.size() && p.lit(x.start, s)) return true;
    return false;
  };
  // Road, lane, street, path, square, sector, block, colony, neighbourhood.
  auto type = [&](const Word& x) {
    return is(x, {U"मार्ग",   U"रोड",   U"गली",    U"सड़क",     U"सडक",  U"लेन",    U"पथ",
                  U"चौक",    U"नगर",   U"कॉलोनी", U"कालोनी",  U"सेक्टर", U"ब्लॉक",  U"ब्लाक",
                  U"मोहल्ला", U"विहार", U"एन्क्लेव",  U"सोसाइटी", U"पेठ",   U"बाजार", U"बाज़ार"});
  };
  // House, flat, plot — and "No." after them.
  auto house = [&](const Word& x) {
    // Nepali "घर" (house).
    return is(x, {U"मकान", U"फ्लैट", U"प्लॉट", U"प्लाट", U"हाउस", U"भवन", U"दुकान", U"घर"});
  };
  auto no = [&](const Word& x) { return is(x, {U"नं", U"नंबर", U"न", U"संख्या", U"क्रमांक"}); };
  auto number = [&](const Word& x) { return all_digits(p, x, 4) && digit_value(p[x.start]) > 0; };
  // The number after a word, with "नं." between perhaps: its index, or 0.
  auto number_after = [&](std::size_t k) -> std::size_t {
    std::size_t n = k + 1;
    if (n < w.size() && no(w[n]) && adjacent(p, w[k], w[n])) ++n;
    return n < w.size() && adjacent(p, w[n - 1], w[n]) && number(w[n]) ? n : 0;
  };
  std::size_t done = 0;
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (w[k].start < done) continue;
    std::size_t first = k, last = 0;
    if ((house(w[k]) || type(w[k])) && (last = number_after(k))) {
      // "गांधी मार्ग 12", "सेक्टर 15": up to two names before the type.
      for (std::size_t b = 0;
           type(w[k]) && b < 2 && first > 0 && adjacent(p, w[first - 1], w[first]) &&
           devanagari(p[w[first - 1].start]) && !type(w[first - 1]) && !house(w[first - 1]) &&
           w[first - 1].start >= done;
           ++b)
        --first;
    } else if (number(w[k])) {
      // "12, एमजी रोड": the number, then up to three names and the type.
      for (std::size_t q = k + 1; q < w.size() && q - k <= 4; ++q) {
        if (!(q == k + 1 ? joined(p, w[q - 1], w[q]) : adjacent(p, w[q - 1], w[q])) ||
            !devanagari(p[w[q].start]))
          break;
        if (type(w[q]) && q > k + 1) {
          last = q;
          break;
        }
      }
    }
    if (!last) continue;
    // More parts after a comma: "मकान नं. 12, गली नं. 5, लाजपत नगर".
    for (std::size_t q = last + 1; q < w.size() && joined(p, w[q - 1], w[q]);) {
      std::size_t n = 0;
      if ((house(w[q]) || type(w[q])) && (n = number_after(q))) {
        last = q = n;
      } else if (q + 1 < w.size() && adjacent(p, w[q], w[q + 1]) && type(w[q + 1])) {
        last = q = q + 1;
      } else {
        break;
      }
      ++q;
    }
    add(p, w[first].start, w[last].end, out);
    done = w[last].end;
  }
}

}  // namespace

void find_script_addresses(std::string_view text, std::vector<Finding>& out) {
  if (!has_script_letters(text)) return;
  CodePoints scratch;
  const Points& p = code_points_of(text, scratch);
  bool cjk = false, korean = false, thai_text = false, hebrew_text = false, arabic_text = false,
       hindi = false;
  for (char32_t c : p.cp) {
    cjk = cjk || han(c) || kana(c);
    korean = korean || hangul(c);
    thai_text = thai_text || thai(c);
    hebrew_text = hebrew_text || hebrew(c);
    arabic_text = arabic_text || arabic(c);
    hindi = hindi || devanagari(c);
  }
  if (cjk) find_cjk(p, out);
  if (korean) find_korean(p, out);
  if (thai_text) find_thai(p, out);
  if (hebrew_text) find_hebrew(p, out);
  if (arabic_text) find_arabic(p, out);
  if (hindi) find_devanagari(p, out);
}

}  // namespace switchyard::privacy
