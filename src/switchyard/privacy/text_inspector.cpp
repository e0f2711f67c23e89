#include "switchyard/privacy/text_inspector.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "switchyard/privacy/json_span.hpp"
#include "switchyard/privacy/rule.hpp"
#include "switchyard/privacy/unescaped_text.hpp"

namespace switchyard::privacy {
namespace {

bool starts_with_data_scheme(std::string_view url) {
  constexpr std::string_view kData = "data:";
  if (url.size() < kData.size()) return false;
  for (std::size_t i = 0; i < kData.size(); ++i) {
    const char c = url[i] >= 'A' && url[i] <= 'Z' ? static_cast<char>(url[i] + 32) : url[i];
    if (c != kData[i]) return false;
  }
  return true;
}

bool overlaps(std::size_t a, std::size_t b, std::size_t c, std::size_t d) {
  return a < d && c < b;
}

// Prose pieces a boundary window may join at most: a run of tiny texts
// ("5", "3", "6", ...) is read only this far back.
constexpr std::size_t kMaxPieces = 24;

}  // namespace

struct TextInspector::Unit {
  // The bytes of a unit that belong to one text.
  struct Part {
    std::size_t begin = 0, end = 0;  // in the unit's source
    std::size_t text = 0;
    TextForm form = TextForm::string;
    const char* where = "";
  };

  std::string_view external;  // the text as added
  std::string composed;       // a member: `"key":value`, read as one
  bool is_composed = false;
  std::unique_ptr<UnescapedText> decoded;  // when the source has escapes
  std::array<Part, 2> parts{};
  std::size_t part_count = 0;
  std::vector<Finding> findings;  // offsets into read()

  std::string_view source() const { return is_composed ? std::string_view(composed) : external; }
  // What the detector reads.
  std::string_view read() const { return decoded ? decoded->text() : source(); }
  std::pair<std::size_t, std::size_t> to_source(std::size_t start, std::size_t end) const {
    return decoded ? decoded->source_span(start, end) : std::pair{start, end};
  }
};

struct TextInspector::Straddle {
  struct Piece {
    std::size_t unit, start, end;  // offsets into the unit's read()
  };
  std::vector<Piece> pieces;
  Finding finding;
  std::string value;
};

TextInspector::TextInspector(const Detector& detector) : detector_(detector) {
  units_.reserve(8);
}

TextInspector::~TextInspector() = default;

void TextInspector::note_unreadable(std::string why) {
  if (unreadable_.empty()) unreadable_ = std::move(why);
}

void TextInspector::add(std::string_view text, TextForm form, const char* where) {
  const std::size_t index = texts_++;
  if (form == TextForm::url && starts_with_data_scheme(text)) {
    // Only the media type is text; the payload is the image's bytes.
    text = text.substr(0, std::min(text.find(','), text.size()));
  }
  if (text.empty()) return;
  Unit u;
  u.external = text;
  u.parts[0] = {0, text.size(), index, form, where};
  u.part_count = 1;
  add_unit(std::move(u));
}

void TextInspector::add_member(std::string_view key, std::string_view value, TextForm value_form,
                               const char* where) {
  const std::size_t key_index = texts_++;
  const std::size_t value_index = texts_++;
  const bool quote = value_form != TextForm::json;
  Unit u;
  u.is_composed = true;
  u.composed.reserve(key.size() + value.size() + 5);
  u.composed += '"';
  u.composed += key;
  u.composed += "\":";
  if (quote) u.composed += '"';
  const std::size_t value_at = u.composed.size();
  u.composed += value;
  if (quote) u.composed += '"';
  u.parts[0] = {1, 1 + key.size(), key_index, TextForm::string, where};
  u.parts[1] = {value_at, value_at + value.size(), value_index, value_form, where};
  u.part_count = 2;
  add_unit(std::move(u));
}

void TextInspector::add_unit(Unit unit) {
  const std::size_t index = units_.size();
  Unit& u = units_.emplace_back(std::move(unit));
  if (UnescapedText::has_escapes(u.source())) {
    u.decoded = std::make_unique<UnescapedText>(u.source());
    if (!u.decoded->complete()) {
      note_unreadable(
          std::string("text in ") + u.parts[0].where + " with JSON escapes nested more than " +
          std::to_string(UnescapedText::kMaxLevels) + " levels deep, which cannot be inspected");
    }
  }
  const bool prose = u.part_count == 1 && u.parts[0].form == TextForm::prose;
  u.findings =
      detector_.scan(u.read(), prose ? Detector::TextKind::prose : Detector::TextKind::machine);
  if (prose) {
    prose_.push_back(index);
    if (prose_.size() > 1) scan_boundary(index);
  }
}

// Reads the end of the prose before `unit` joined to the start of `unit`:
// a value cut at the boundary is found there, and so is one that needs a
// context word from the other side.
void TextInspector::scan_boundary(std::size_t unit) {
  // Most boundaries are between sentences ("...order?" / "Sure, ..."):
  // nothing a pattern finds can run across them. A value can only when a
  // digit is near (numbers, with spaces or dashes between their groups, and
  // their context words), or when the texts touch inside a token (a key, an
  // address of mail cut at any byte but a dot).
  {
    const std::string_view before = units_[prose_[prose_.size() - 2]].read();
    const std::string_view after = units_[unit].read();
    auto token_byte = [](char c) {
      return is_digit(c) || is_ascii_alpha(c) || c == '-' || c == '_' || c == '+' || c == '/' ||
             c == '=' || c == '@' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
    };
    auto digit_near = [](std::string_view t) {
      for (char c : t)
        if (is_digit(c)) return true;
      return false;
    };
    constexpr std::size_t kNear = 32;
    const bool touching =
        !before.empty() && !after.empty() && token_byte(before.back()) && token_byte(after.front());
    const bool digits = digit_near(before.substr(before.size() - std::min(before.size(), kNear))) ||
                        digit_near(after.substr(0, kNear));
    if (!touching && !digits) return;
  }
  struct Piece {
    std::size_t unit, read_start, length;
  };
  std::array<Piece, kMaxPieces> left{};
  std::size_t pieces = 0, got = 0;
  bool left_cut = false;
  for (std::size_t k = prose_.size() - 1; k-- > 0;) {
    const std::string_view t = units_[prose_[k]].read();
    const std::size_t take = std::min(kWindow - got, t.size());
    left[pieces++] = {prose_[k], t.size() - take, take};
    got += take;
    if (got == kWindow || pieces == kMaxPieces) {
      left_cut = take < t.size() || k > 0;
      break;
    }
  }
  const std::string_view right = units_[unit].read();
  const std::size_t right_take = std::min(kWindow, right.size());
  const bool right_cut = right_take < right.size();
  std::reverse(left.begin(), left.begin() + static_cast<std::ptrdiff_t>(pieces));

  thread_local std::string window;
  window.clear();
  for (std::size_t i = 0; i < pieces; ++i)
    window += units_[left[i].unit].read().substr(left[i].read_start, left[i].length);
  const std::size_t left_len = window.size();
  window += right.substr(0, right_take);

  // Nothing a pattern finds, nothing to keep: the word pass is skipped then.
  for (const Finding& f : detector_.scan_for_patterns(window)) {
    // Names, places and addresses come from words, and joining two texts
    // glues two words into one ("hello world" + "a second" reads "worlda"):
    // only what the patterns find counts here.
    if (f.type == EntityType::person || f.type == EntityType::location ||
        f.type == EntityType::address)
      continue;
    // The pieces the finding covers, as (unit, read offsets).
    std::array<Straddle::Piece, kMaxPieces + 1> covered{};
    std::size_t n = 0;
    std::size_t at = 0;
    for (std::size_t i = 0; i < pieces; at += left[i].length, ++i) {
      if (!overlaps(f.start, f.end, at, at + left[i].length)) continue;
      covered[n++] = {left[i].unit, left[i].read_start + std::max(f.start, at) - at,
                      left[i].read_start + std::min(f.end, at + left[i].length) - at};
    }
    if (f.end > left_len) {
      covered[n++] = {unit, std::max(f.start, left_len) - left_len, f.end - left_len};
    }
    if (n == 1) {
      // Within one text, found here thanks to a context word across the
      // boundary. Not where the window cuts a text: that could be half a word.
      if ((f.start == 0 && left_cut) || (f.end == window.size() && right_cut)) continue;
      Unit& u = units_[covered[0].unit];
      const bool known = std::any_of(u.findings.begin(), u.findings.end(), [&](const Finding& g) {
        return overlaps(g.start, g.end, covered[0].start, covered[0].end);
      });
      if (known) continue;
      Finding moved = f;
      moved.start = covered[0].start;
      moved.end = covered[0].end;
      u.findings.push_back(moved);
      continue;
    }
    // Across texts: only a value that reaches into this unit is this
    // boundary's; one across earlier boundaries was found at those.
    if (f.end <= left_len) continue;
    Straddle s;
    s.pieces.assign(covered.begin(), covered.begin() + static_cast<std::ptrdiff_t>(n));
    s.finding = f;
    s.value.assign(window, f.start, f.length());
    straddles_.push_back(std::move(s));
  }
}

TextsInspection TextInspector::finish() {
  TextsInspection out;
  struct Placed {
    std::size_t text;
    const Unit::Part* part;
    std::string_view part_text;
    TextEdit edit;
  };
  std::vector<Placed> placed;
  // Places the value at read offsets [start, end) of `u` in the texts it
  // spans; the first piece of a value gets its placeholder, later ones are removed.
  auto place = [&](const Unit& u, std::size_t start, std::size_t end, const Finding& f,
                   std::string_view value, bool& first) {
    const auto [s, e] = u.to_source(start, end);
    for (std::size_t i = 0; i < u.part_count; ++i) {
      const Unit::Part& p = u.parts[i];
      const std::size_t from = std::max(s, p.begin), to = std::min(e, p.end);
      if (from >= to) continue;
      TextEdit edit;
      edit.start = from - p.begin;
      edit.end = to - p.begin;
      edit.type = f.type;
      edit.remove = !first;
      edit.value.assign(value);
      first = false;
      placed.push_back({p.text, &p, u.source().substr(p.begin, p.end - p.begin), std::move(edit)});
    }
  };
  for (const Unit& u : units_) {
    for (const Finding& f : u.findings) {
      out.findings.push_back(f);
      bool first = true;
      place(u, f.start, f.end, f, f.text_in(u.read()), first);
    }
  }
  for (const Straddle& s : straddles_) {
    out.findings.push_back(s.finding);
    bool first = true;
    for (const auto& piece : s.pieces)
      place(units_[piece.unit], piece.start, piece.end, s.finding, s.value, first);
  }

  // In JSON, a value is replaced piece by piece: inside strings in place, a
  // number whole and quoted; the structure between pieces (quotes, colons,
  // commas) stays, so the JSON stays valid. Later pieces are removed.
  std::vector<Placed> split;
  split.reserve(placed.size());
  for (Placed& p : placed) {
    const TextForm form = p.part->form;
    const bool json =
        form == TextForm::json || (form == TextForm::string && looks_like_json(p.part_text));
    if (!json) {
      split.push_back(std::move(p));
      continue;
    }
    bool first = !p.edit.remove;
    for (const JsonPiece& piece : json_pieces(p.part_text, p.edit.start, p.edit.end)) {
      if (piece.kind == JsonPiece::Kind::loose && form == TextForm::json) {
        // Not JSON after all: a replacement there could break it.
        note_unreadable(std::string("a ") + std::string(entity_name(p.edit.type)) + " value in " +
                        p.part->where + " that cannot be redacted in place");
      }
      Placed piece_edit{p.text, p.part, p.part_text, p.edit};
      piece_edit.edit.start = piece.start;
      piece_edit.edit.end = piece.end;
      piece_edit.edit.quote = piece.kind == JsonPiece::Kind::number;
      piece_edit.edit.remove = !first;
      first = false;
      split.push_back(std::move(piece_edit));
    }
  }
  placed = std::move(split);
  std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
    return a.text != b.text ? a.text < b.text : a.edit.start < b.edit.start;
  });
  for (Placed& p : placed) {
    if (out.edits.empty() || out.edits.back().text != p.text) out.edits.push_back({p.text, {}});
    out.edits.back().edits.push_back(std::move(p.edit));
  }
  out.unreadable = std::move(unreadable_);
  return out;
}

std::string apply_edits(std::string_view text, std::vector<TextEdit> edits, RedactionVault& vault) {
  std::sort(edits.begin(), edits.end(),
            [](const TextEdit& a, const TextEdit& b) { return a.start < b.start; });
  std::string out;
  out.reserve(text.size() + edits.size() * 16);
  std::size_t at = 0;
  for (std::size_t i = 0; i < edits.size();) {
    // Overlapping edits are replaced together, by the first that is not a
    // removal (its placeholder), or removed.
    TextEdit merged = edits[i];
    for (++i; i < edits.size() && edits[i].start < merged.end; ++i) {
      merged.end = std::max(merged.end, edits[i].end);
      merged.quote = merged.quote || edits[i].quote;
      if (merged.remove && !edits[i].remove) {
        merged.remove = false;
        merged.type = edits[i].type;
        merged.value = edits[i].value;
      }
    }
    const std::size_t start = std::min(std::max(merged.start, at), text.size());
    const std::size_t end = std::min(merged.end, text.size());
    if (start >= end) continue;
    out.append(text.substr(at, start - at));
    if (merged.quote) out += '"';
    if (!merged.remove) out += vault.placeholder_for(merged.type, merged.value);
    if (merged.quote) out += '"';
    at = end;
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace switchyard::privacy
