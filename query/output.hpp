// Query results as a table of typed cells, written as an aligned table (terminals), TSV (pipes),
// CSV (RFC 4180), a JSON array of objects (one per row, keyed by column) or JSON Lines.
// TSV escapes tab, newline, carriage return and backslash as \t \n \r \\ so that every row is one
// line and every value round-trips.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::query {

enum class Format { table, tsv, csv, json, jsonl, dot, graphml, graph_json };

// Parses a --format value: table, tsv, csv, json, jsonl, dot, graphml, graph-json.
// Throws ConfigError naming the accepted values.
Format parse_format(std::string_view name);
std::string_view format_name(Format f);
// dot, graphml and graph-json write the result's subgraph instead of rows.
bool is_subgraph_format(Format f);

struct Cell {
    enum class Kind : uint8_t { text, integer, number, boolean, null };
    Kind kind = Kind::null;
    std::string value;  // the text, or the number as written (empty when `borrowed`)
    // Text borrowed from the graph (labels, types, relations, evidence) instead of copied: a
    // result of thousands of rows then allocates no string per cell. The graph must outlive the
    // cell; the queries' results (query/engine.hpp) borrow from the graph they ran on.
    std::string_view borrowed;
    bool is_borrowed = false;

    // The cell's text: what `value` or `borrowed` holds.
    std::string_view str() const { return is_borrowed ? borrowed : std::string_view(value); }

    static Cell text(std::string s) { return make(Kind::text, std::move(s)); }
    static Cell text_ref(std::string_view s) {
        Cell c;
        c.kind = Kind::text;
        c.borrowed = s;
        c.is_borrowed = true;
        return c;
    }
    static Cell integer(int64_t n) { return make(Kind::integer, std::to_string(n)); }
    static Cell number(double x);
    static Cell boolean(bool b) { return make(Kind::boolean, b ? "true" : "false"); }
    static Cell null() { return {}; }

private:
    static Cell make(Kind kind, std::string value) {
        Cell c;
        c.kind = kind;
        c.value = std::move(value);
        return c;
    }
};

struct Table {
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;
};

// Escapes for one TSV field: \t \n \r \\.
std::string escape_tsv(std::string_view s);
// Quotes a CSV field when it holds a comma, quote, CR or LF (doubling quotes); RFC 4180.
std::string quote_csv(std::string_view s);
// A JSON string literal, quotes included.
std::string json_string(std::string_view s);
// The same, appended to `out` (no string made per field).
void append_tsv(std::string& out, std::string_view s);
void append_csv(std::string& out, std::string_view s);
void append_json_string(std::string& out, std::string_view s);

// Writes the table. `max_width` caps a column's width (in code points) in Format::table; longer
// values are cut with "…". Subgraph formats are not accepted here.
void write_table(std::ostream& out, const Table& table, Format format, std::size_t max_width = 60);

}  // namespace claimgraph::query
