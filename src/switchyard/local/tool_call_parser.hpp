// Splits a model's output into text and tool calls as the pieces arrive, for
// the call format of tool_prompt.hpp:
//
//   Some text.<tool_call>
//   {"name": "get_weather", "arguments": {"city": "Paris"}}
//   </tool_call>
//
// Text outside the calls is content; it is released as soon as it cannot be
// the start of "<tool_call>", so the markup never reaches the client as
// content. A call is announced (call_start, with its name) once its name is
// read and its arguments object has begun; the arguments then follow as
// fragments of their JSON text, exactly as the model writes them, so a
// streaming client sees them grow. This needs the name first, which the
// grammar guarantees; a call with its members in another order is read
// whole at its "</tool_call>" instead (and "parameters" is taken for
// "arguments", as Llama 3's convention names them).
//
// A block that is not a call to an offered function (not JSON, no name,
// unknown name, arguments not an object) is given back as text, markup and
// all: the client sees what the model wrote rather than losing it. A call
// the output ends inside (cut by max_tokens) stays announced, with the
// arguments written so far; `open_call()` says so.
//
// Whitespace around calls (the newlines between them) is not content.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace switchyard::local {

class ToolCallParser {
 public:
  struct Event {
    enum class Kind { text, call_start, arguments };
    Kind kind = Kind::text;
    int index = 0;     // call_start, arguments: which call (0, 1, ...)
    std::string text;  // text: content; call_start: the function's name; arguments: a fragment
  };

  // `names`: the functions that may be called; empty accepts any name.
  explicit ToolCallParser(std::vector<std::string> names);

  // Appends the events this piece of output completes.
  void push(std::string_view piece, std::vector<Event>& out);
  // End of output: releases what was held back.
  void finish(std::vector<Event>& out);

  int calls() const { return calls_; }  // calls announced
  bool open_call() const { return state_ == State::arguments || state_ == State::tail; }

 private:
  enum class State { text, head, arguments, tail, raw };

  void on_text(std::vector<Event>& out);
  void on_head(std::vector<Event>& out);
  void on_arguments(std::vector<Event>& out);
  void on_tail();
  void on_raw(std::vector<Event>& out);
  void emit_text(std::string_view text, std::vector<Event>& out);
  void give_back_raw(std::vector<Event>& out);
  bool allowed(const std::string& name) const;

  std::vector<std::string> names_;
  State state_ = State::text;
  std::string buffer_;              // input not yet consumed
  std::string block_;               // head/raw: the call's text so far, from "<tool_call>"
  std::string held_space_;          // trailing whitespace of the content, not yet released
  std::string space_before_block_;  // held_space_ when the block began
  bool after_call_ = false;         // whitespace right after a call is dropped
  int calls_ = 0;
  // arguments: JSON nesting depth and string state of the arguments value.
  int depth_ = 0;
  bool in_string_ = false;
  bool escaped_ = false;
};

}  // namespace switchyard::local
