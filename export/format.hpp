// The format registry of the export layer: names and file extensions of the graph formats, and
// the generic read_graph / write_graph that pick the reader or writer for a path. Every writer has
// a stream overload (write_<format>(graph, std::ostream&)); the file overloads here write through
// write_file_atomic, so a failed or interrupted write never leaves a half-written file behind.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimgraph::io {

enum class Format {
    graphml, dot, json,
    // Write-only exports (export/gexf, csv, rdf, cytoscape, mermaid). csv and neo4j write two
    // tables (see csv.hpp); the -nodes/-edges variants write one, e.g. to stdout.
    gexf, csv, csv_nodes, csv_edges, neo4j, neo4j_nodes, neo4j_edges, ntriples, turtle,
    cytoscape, mermaid,
    html,  // the interactive viewer (export/html)
};

struct FormatInfo {
    Format format;
    std::string_view name;                     // "graphml"
    std::vector<std::string_view> extensions;  // ".graphml", ".xml"; the first is the default
    bool readable;                             // read_graph can load it
    bool writable;                             // write_graph can write it
    std::string_view description;              // one line for `claimgraph formats`
};

// Every known format, in a fixed order (for listings and error messages).
const std::vector<FormatInfo>& formats();
const FormatInfo& format_info(Format format);
std::string_view format_name(Format format);

// "graphml" | "dot" | "gv" | "json" | "html", case-insensitive. Throws ConfigError listing the known names.
Format format_from_name(std::string_view name);

// From the path's extension (case-insensitive): .graphml/.xml, .dot/.gv, .json. Throws ConfigError
// listing the known extensions when there is none or it is unknown (e.g. for "-").
Format format_from_path(const std::string& path);

// The files write_graph(graph, path, format) creates: {path}, or for csv and neo4j the node and
// edge tables (csv.hpp). Throws ConfigError for "-" with one of those two.
std::vector<std::string> output_files(const std::string& path, Format format);

// Writes `graph` in `format` to `out` (the graph should have been canonicalized; nothing is
// mutated).
void write_graph(const graph::KnowledgeGraph& graph, std::ostream& out, Format format);
// Writes atomically to `path` ("-" = stdout).
void write_graph(const graph::KnowledgeGraph& graph, const std::string& path, Format format);
// Same, with the format taken from the path's extension.
void write_graph(const graph::KnowledgeGraph& graph, const std::string& path);

// Reads a graph file ("-" = stdin). The format comes from the extension when it is a readable one,
// otherwise from the content (first non-blank byte '{' = JSON, '<' = GraphML). Regular files are
// memory-mapped and parsed in place. Throws IoError (cannot read) or InputError (bad content,
// with path:line:column).
graph::KnowledgeGraph read_graph(const std::string& path);
// Reads from a stream (whole content) in the given format; `source_name` names it in errors.
graph::KnowledgeGraph read_graph(std::istream& in, const std::string& source_name, Format format);
// Reads from text already in memory, in the given format (or sniffed from content when `format`
// is not readable, i.e. Format::dot).
graph::KnowledgeGraph read_graph_text(std::string_view text, const std::string& source_name,
                                      Format format);

namespace detail {

// Returns `text` unchanged when it is valid UTF-8; otherwise a copy in `buffer` with every invalid
// byte replaced by U+FFFD. Writers use it so that their output is always valid UTF-8.
std::string_view valid_utf8(std::string_view text, std::string& buffer);

// Shortest decimal text that reads back as exactly `value` ("0.9", "1.0", "1e-07"); always has a
// '.' or an exponent so that Python reads it as a float. Non-finite values give "NaN", "INF",
// "-INF" (the xs:double spellings); the JSON writer handles those itself.
std::string format_double(double value);

// Text collected in a string and written to the stream in pieces of about 1 MiB: the writers
// append to buf_ and call maybe_flush() after each node or edge, and flush() at the end.
class OutBuffer {
public:
    explicit OutBuffer(std::ostream& out) : out_(out) { buf_.reserve(1 << 16); }
    void maybe_flush() {
        if (buf_.size() > (1u << 20)) flush();
    }
    void flush();

protected:
    std::ostream& out_;
    std::string buf_;
};

// "n0", "e12": a prefix letter and a number (built without operator+, which trips GCC 12's
// false -Wrestrict warnings when inlined).
std::string numbered(char prefix, std::size_t number);

// 1-based line and column (column in code points) of byte `offset` in `text`.
struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};
TextPosition text_position(std::string_view text, std::size_t offset);

// Byte offset of the first invalid UTF-8 sequence in `text`, or npos.
std::size_t find_invalid_utf8(std::string_view text);

// A node as a reader found it, before it becomes an actor.
struct NodeRecord {
    std::string id;
    bool has_id = false;
    std::string label;  // when absent: the id
    bool has_label = false;
    std::string type = "concept";
    std::vector<std::string> aliases;
    uint32_t mentions = 0;
    std::string key;  // when absent: normalize_key(label), or that plus " #<id>" when taken
    bool has_key = false;
    std::size_t offset = 0;  // where the node starts in the input, for errors
};

// Turns node records into actors of `graph` (keeping the reader's id in Actor::id) and finds them
// again by id. Both readers use it, so both apply the same defaults and uniqueness rules.
class NodeTable {
public:
    explicit NodeTable(graph::KnowledgeGraph& graph) : graph_(graph) {}
    // Adds the actor; returns an error message (duplicate id or key) or "" on success.
    std::string add(NodeRecord& node);
    const graph::Vertex* find(std::string_view id) const;

private:
    static constexpr graph::Vertex kNone = ~graph::Vertex{0};
    // Ids "n<k>" (claimgraph's own) live in a vector indexed by k: no hashing on the hot path.
    static bool numbered(std::string_view id, std::size_t& k);
    std::string add_actor(NodeRecord& node, graph::Vertex& out);

    graph::KnowledgeGraph& graph_;
    std::vector<graph::Vertex> by_number_;
    std::unordered_map<std::string, graph::Vertex> ids_;  // every other id
};

}  // namespace detail

}  // namespace claimgraph::io
