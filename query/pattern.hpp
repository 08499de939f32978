// Basic graph patterns, SPARQL style: triples "subject relation object" separated by '.', where
// any position may be a variable (?u) and actor variables may carry a type (?u:university).
// Constants are bare words (China, located-in, n5) or double-quoted ("universities in China",
// with \" and \\ escapes). Errors name the position: "pattern:1:14: expected a relation after
// '?u', found '.'", followed by the pattern line and a caret under the offending character.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace claimgraph::query {

// A parse error; what() is the full message with position and caret line.
class PatternError : public ConfigError {
public:
    PatternError(const std::string& message, std::size_t line, std::size_t column)
        : ConfigError(message), line_(line), column_(column) {}
    std::size_t line() const { return line_; }
    std::size_t column() const { return column_; }

private:
    std::size_t line_;
    std::size_t column_;
};

struct Term {
    bool variable = false;
    std::string name;    // variable name without '?', or the constant
    std::string type;    // type constraint of an actor variable, or empty
    std::size_t offset;  // byte offset in the pattern, for messages
};

struct Triple {
    Term subject;
    Term relation;
    Term object;
};

struct Pattern {
    std::vector<Triple> triples;
    // Variables in order of first appearance; relation variables are flagged.
    std::vector<std::string> variables;
    std::vector<bool> relation_variable;
};

// Parses a pattern. `origin` prefixes positions in messages ("pattern").
Pattern parse_pattern(std::string_view text, std::string_view origin = "pattern");

// "origin:line:col: message\n  <line>\n  <caret>" for an error at byte `offset` of `text`.
std::string format_position_error(std::string_view text, std::size_t offset,
                                  std::string_view origin, std::string_view message);

}  // namespace claimgraph::query
