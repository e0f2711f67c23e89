// Finds what the texts of one request carry, taken together, and says how to
// redact each of them in place.
//
//   TextInspector inspector(detector);
//   inspector.add(message, TextForm::prose, "messages[].content");  // in walk order
//   inspector.add_member("x-owner", R"("jane@example.com")", TextForm::json, "...");
//   TextsInspection seen = inspector.finish();
//   ... classify(seen.findings); for each seen.edits: apply_edits(text, edits, vault)
//
// What is read:
// - every text after its JSON escapes are undone, at every level of JSON
//   nested in strings (unescaped_text.hpp), so "\u0035..." and JSON inside
//   tool-call arguments are read as a model would read them;
// - an unmodelled member with its key in front (`"ssn":"536 22 8146"`), so
//   the key is read too and lends its context to the value;
// - prose texts (message contents and text parts) also across their
//   boundaries: a window of the end of one joined to the start of the next,
//   so a value cut in two ("SSN 287-65" / "-4321") is found (values the
//   patterns find: numbers, keys, addresses of mail; not names, which the
//   joint would glue to the next word). The placeholder
//   of such a value replaces its first piece; its later pieces are removed.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/privacy/detector.hpp"
#include "switchyard/privacy/finding.hpp"
#include "switchyard/privacy/redaction_vault.hpp"

namespace switchyard::privacy {

// How a text is read.
enum class TextForm {
  prose,   // read in order with the prose before and after it
  string,  // read on its own: a name, an id, a description, tool-call arguments
  json,    // JSON text carried as the client wrote it: escapes and numbers as written
  url,     // read whole, except a data: URI's payload (the bytes of an image, not text)
};

// One replacement in a text, in the text's own bytes.
struct TextEdit {
  std::size_t start = 0, end = 0;
  EntityType type = EntityType::email_address;
  // A JSON number: the placeholder goes in as a JSON string, keeping the JSON valid.
  bool quote = false;
  // A later piece of a value cut across texts: removed, as the placeholder
  // stands in its first piece.
  bool remove = false;
  std::string value;  // the whole value as read (escapes undone): what the placeholder stands for
};

struct TextEdits {
  std::size_t text = 0;  // the text's index, in the order the texts were added
  std::vector<TextEdit> edits;
};

struct TextsInspection {
  std::vector<Finding> findings;  // everything found, for classifying (offsets are per text)
  std::vector<TextEdits> edits;   // texts with something to replace, in order
  // Why some text could not be inspected or redacted in full (escapes nested
  // too deep, a value across JSON tokens); empty when all could. Fail closed.
  std::string unreadable;
};

class TextInspector {
 public:
  // Bytes of each side a window across a prose boundary reads: more than
  // the longest value a detector finds in digits (an IBAN with spaces), and
  // than most keys and tokens.
  static constexpr std::size_t kWindow = 96;

  explicit TextInspector(const Detector& detector);
  ~TextInspector();
  TextInspector(const TextInspector&) = delete;
  TextInspector& operator=(const TextInspector&) = delete;

  // The next text. `text` must stay alive until finish(); `where` (a string
  // literal) names its field in the reasons given.
  void add(std::string_view text, TextForm form, const char* where);
  // A member of an object: key and value, read together (`"key":value`);
  // counts as two texts, the key then the value.
  void add_member(std::string_view key, std::string_view value, TextForm value_form,
                  const char* where);
  // The number of texts added so far.
  std::size_t size() const { return texts_; }

  TextsInspection finish();

 private:
  struct Unit;
  struct Straddle;
  void add_unit(Unit unit);
  void scan_boundary(std::size_t unit);
  void note_unreadable(std::string why);

  const Detector& detector_;
  std::vector<Unit> units_;
  std::vector<std::size_t> prose_;  // the prose units, in order
  std::vector<Straddle> straddles_;
  std::size_t texts_ = 0;
  std::string unreadable_;
};

// `text` with `edits` applied (overlapping ones merged), placeholders from `vault`.
std::string apply_edits(std::string_view text, std::vector<TextEdit> edits, RedactionVault& vault);

}  // namespace switchyard::privacy
