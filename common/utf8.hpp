// UTF-8 validation and decoding helpers shared by the tokenizer and the readers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimgraph::utf8 {

// Returns the byte offset of the first invalid sequence (overlong, surrogate, truncated, > U+10FFFF),
// or std::string_view::npos when the whole text is valid UTF-8.
std::size_t find_invalid(std::string_view text);

// Replaces each byte of an invalid sequence with U+FFFD, as the exporters do, so that the string
// is valid UTF-8. Returns whether anything was replaced.
bool repair(std::string& text);

// Decodes the code point at `pos` (text must be valid there) and advances pos past it.
char32_t decode(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of cp.
void append(std::string& out, char32_t cp);

// 1-based line and column (in code points) of a byte offset, for error messages.
struct Position {
    std::size_t line = 1;
    std::size_t column = 1;
};
Position position_of(std::string_view text, std::size_t offset);

}  // namespace claimgraph::utf8
