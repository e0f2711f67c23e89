// The spellings that hide a value from the rules, folded away before a
// scan: full-width forms ("５３６－２２－１２３４", "Ｊｏｈｎ") and the decimal
// digits of other scripts ("٠٥٠١٢٣٤٥٦٧", "۰۹۱۲", "९८७६") read as ASCII,
// Unicode hyphens, dashes and the minus sign as '-', Unicode spaces (no-break,
// narrow, thin, ideographic) as ' ', the punctuation of other scripts as the
// ASCII mark it stands for (Arabic comma "،" as ',', the danda "।" and "。"
// as '.', ...), printable ASCII percent-encoded as URLs write it
// ("john.doe%40example.com", "%2B44%2020…") or as an HTML character reference
// ("john&#64;example.com", "&nbsp;"), and invisible characters (zero-width
// space and joiners, word joiner, direction marks, byte-order mark, soft
// hyphen: "536\u200b-22-1234") dropped; Cyrillic and Greek letters that look
// like Latin ones inside a word otherwise written in Latin letters
// ("\u0410KIA…", "\u0458ohn@ex\u0430mple.com") read as those letters, and the
// tags of inline HTML and XML elements inside a value ("536<b>-22</b>-1234")
// dropped (those of blocks, lines and fields stay: they end a value). The
// folded text maps back to the original's bytes, so findings are reported —
// and redacted — over what the caller wrote. Internal to privacy/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace switchyard::privacy {

class FoldedText {
 public:
  // Whether `text` holds anything to fold. One pass over its bytes, ASCII
  // without '%', '&' or '<' sixteen at a time, decoding only where a lead
  // byte may start a character that folds.
  static bool needed(std::string_view text);

  // Whether inline tags are dropped (joining a value they split) or kept as
  // written (so what their attributes hold is read: `<a href="tel:…">`).
  enum class Tags { drop, keep };

  // `text` must outlive the FoldedText.
  explicit FoldedText(std::string_view text, Tags tags = Tags::drop);

  // A dropped tag had attributes: what they hold is not in text(), and the
  // text must be read with its tags kept too (Detector::scan does).
  bool dropped_attributes() const { return dropped_attributes_; }

  std::string_view text() const { return folded_; }
  // The original offset of folded offset `at` (0 <= at <= text().size()):
  // where the character that made it starts; text().size() maps to the
  // original's size.
  std::size_t original(std::size_t at) const { return map_[at]; }
  // The original offset where what ends at folded offset `at` ends: after
  // the character that made text()[at - 1], so that a span ending before a
  // dropped character or tag ("536-22-1234</b>") ends where it does.
  std::size_t original_end(std::size_t at) const;

 private:
  std::string_view original_;
  std::string folded_;
  std::vector<std::uint32_t> map_;
  bool dropped_attributes_ = false;
};

}  // namespace switchyard::privacy
