// Discipline lexicons for the difficulty router: which broad field a prompt's
// words belong to. The other features describe a task's shape; these give
// its topic at a level that transfers to subjects a router never saw (a
// statistics or jurisprudence question still uses its discipline's words),
// and the model learns how often the weak model falls short in each.
//
// The lists were written by hand from general knowledge of each field,
// before any measurement and not from the outcome data (docs/BENCHMARKS.md,
// "Difficulty router"). An entry of 5 or more letters is a stem: it matches
// every word it begins ("genet" matches genetic, genetics); a shorter entry,
// or one written with a trailing '=' ("state="), matches the word itself or
// with "s" / "es" added. A word may belong to several disciplines.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace switchyard::routing {

enum class Discipline : std::size_t {
  formal,      // mathematics, statistics, logic
  physical,    // physics, chemistry, astronomy, earth science
  life,        // biology, medicine, health, nutrition
  law,         // law, government, politics, international relations
  economics,   // economics, business, management, accounting
  humanities,  // history, religion, philosophy, arts
  social,      // psychology, sociology, behaviour, geography
  computing,   // computer science, engineering, electronics
  count_,
};

inline constexpr std::size_t kDisciplineCount = static_cast<std::size_t>(Discipline::count_);

using DisciplineHits = std::array<std::size_t, kDisciplineCount>;

// The disciplines whose lexicon has the word, as a bit mask (bit d for
// Discipline d); 0 for a word in none. `word` is letters only, any case.
// No allocation (the tables are built once, on first use).
unsigned discipline_mask(std::string_view word);

// Counts the words (runs of ASCII letters) of `text`, and in `hits` the
// words of each discipline. No allocation.
std::size_t count_discipline_words(std::string_view text, DisciplineHits& hits);

}  // namespace switchyard::routing
