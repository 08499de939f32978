// JSON Lines input: one document a line, `{"id": ..., "text": ..., "url": ..., "date": ...}`.
// The parser takes one line at a time, so a reader can stream a file of any size and report a bad
// line without giving up on the rest.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimgraph::extract {

// One document to extract from, wherever it came from.
struct InputDocument {
    std::string id;     // document id, shown in every claim's evidence
    std::string text;   // UTF-8 text
    std::string url;    // optional metadata, kept in the graph's document_info
    std::string date;
    std::string source; // where it was read: a path, "<stdin>"; with `line` for messages
    std::size_t line = 0;  // 1-based line of a JSON Lines record, 0 for a whole file
};

// Parses one line of a JSON Lines file: a JSON object with "id" (a non-empty string, or a whole
// number taken as its decimal text) and "text" (a string), optionally "url" and "date" (strings
// or null); other keys are ignored. `line` must not hold the line's '\n' (a trailing '\r' is
// whitespace). Returns false, leaving `out` unspecified, for a blank line. Throws InputError
// "SOURCE:LINE:COLUMN: what is wrong; what to do" (COLUMN: 1-based byte column) for anything else
// that is not such an object: bad JSON or UTF-8, a missing or mistyped field, a repeated key.
// The text itself is not checked further (size, NUL bytes): check_text() does that.
bool parse_jsonl_line(std::string_view line, std::string_view source, std::size_t line_number,
                      InputDocument& out);

}  // namespace claimgraph::extract
