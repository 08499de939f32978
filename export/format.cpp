#include "export/format.hpp"

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "export/bulk_load.hpp"
#include "export/csv.hpp"
#include "export/cytoscape.hpp"
#include "export/dot.hpp"
#include "export/gexf.hpp"
#include "export/graphml.hpp"
#include "export/html.hpp"
#include "export/json.hpp"
#include "export/mermaid.hpp"
#include "export/rdf.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>

namespace claimgraph::io {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string known_names() {
    std::string out;
    for (const auto& f : formats()) {
        if (!out.empty()) out += ", ";
        out += f.name;
    }
    return out;
}

std::string known_extensions() {
    std::string out;
    for (const auto& f : formats()) {
        for (auto ext : f.extensions) {
            if (!out.empty()) out += ", ";
            out += ext;
        }
    }
    return out;
}

// Read-only memory map of a regular file; falls back to read_file for pipes and empty files.
class MappedFile {
public:
    explicit MappedFile(const std::string& path) {
        if (path == "-") {
            copy_ = read_file(path);
            return;
        }
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            throw IoError("cannot open '" + path + "': " + std::strerror(errno) +
                          "; check the path and its permissions");
        }
        struct stat st {};
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0) {
            ::close(fd);
            copy_ = read_file(path);
            return;
        }
        void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE,
                         fd, 0);
        ::close(fd);
        if (p == MAP_FAILED) {
            copy_ = read_file(path);
            return;
        }
        ::madvise(p, static_cast<std::size_t>(st.st_size), MADV_SEQUENTIAL);
        data_ = p;
        size_ = static_cast<std::size_t>(st.st_size);
        registered_.emplace(static_cast<const char*>(p), size_);  // readers may drop read pages
    }
    ~MappedFile() {
        if (data_ != nullptr) ::munmap(data_, size_);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view text() const {
        if (data_ != nullptr) return {static_cast<const char*>(data_), size_};
        return copy_;
    }

private:
    void* data_ = nullptr;
    std::size_t size_ = 0;
    std::string copy_;
    std::optional<detail::MappedInput> registered_;
};

Format sniff(std::string_view text, const std::string& source_name) {
    std::size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                               text[i] == '\r')) {
        ++i;
    }
    if (i < text.size() && text[i] == '{') return Format::json;
    if (i < text.size() && text[i] == '<') return Format::graphml;
    throw InputError(source_name +
                     ": cannot tell the graph format from the content (expected a JSON object or "
                     "GraphML); name the file .json or .graphml");
}

}  // namespace

const std::vector<FormatInfo>& formats() {
    static const std::vector<FormatInfo> all = {
        {Format::graphml, "graphml", {".graphml", ".xml"}, true, true,
         "GraphML 1.0 for Gephi, yEd, Cytoscape, NetworkX and igraph (read and write)"},
        {Format::dot, "dot", {".dot", ".gv"}, false, true,
         "Graphviz DOT for drawing with dot or sfdp (write only)"},
        {Format::json, "json", {".json"}, true, true,
         "node-link JSON as NetworkX's json_graph reads it (read and write)"},
        {Format::gexf, "gexf", {".gexf"}, false, true,
         "GEXF 1.3 for Gephi: parallel claims kept apart, colours and sizes (write only)"},
        {Format::csv, "csv", {".csv"}, false, true,
         "Gephi spreadsheet tables: -o g.csv writes g.nodes.csv and g.edges.csv (write only)"},
        {Format::csv_nodes, "csv-nodes", {}, false, true,
         "the node table of csv alone, e.g. to stdout (write only)"},
        {Format::csv_edges, "csv-edges", {}, false, true,
         "the edge table of csv alone, e.g. to stdout (write only)"},
        {Format::neo4j, "neo4j", {}, false, true,
         "neo4j-admin import tables: -o g.csv writes g.nodes.csv and g.edges.csv (write only)"},
        {Format::neo4j_nodes, "neo4j-nodes", {}, false, true,
         "the node table of neo4j alone, e.g. to stdout (write only)"},
        {Format::neo4j_edges, "neo4j-edges", {}, false, true,
         "the edge table of neo4j alone, e.g. to stdout (write only)"},
        {Format::ntriples, "ntriples", {".nt"}, false, true,
         "RDF N-Triples: actors, claims and reified evidence (write only)"},
        {Format::turtle, "turtle", {".ttl"}, false, true,
         "RDF Turtle, the same triples as ntriples (write only)"},
        {Format::cytoscape, "cytoscape", {".cyjs"}, false, true,
         "Cytoscape.js elements JSON, as Cytoscape's .cyjs (write only)"},
        {Format::mermaid, "mermaid", {".mmd", ".mermaid"}, false, true,
         "Mermaid flowchart text, cut to Mermaid's 500 edges (write only)"},
        {Format::html, "html", {".html", ".htm"}, false, true,
         "single-file interactive viewer for the browser, works offline (write only)"},
    };
    return all;
}

const FormatInfo& format_info(Format format) {
    for (const auto& f : formats()) {
        if (f.format == format) return f;
    }
    return formats().front();  // unreachable: every enumerator is listed
}

std::string_view format_name(Format format) { return format_info(format).name; }

Format format_from_name(std::string_view name) {
    std::string n = lower(name);
    for (const auto& f : formats()) {
        if (n == f.name) return f.format;
        for (auto ext : f.extensions) {
            if (n == ext.substr(1)) return f.format;
        }
    }
    throw ConfigError("unknown graph format '" + std::string(name) + "'; known formats: " +
                      known_names());
}

Format format_from_path(const std::string& path) {
    auto slash = path.find_last_of('/');
    auto dot = path.find_last_of('.');
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) {
        std::string ext = lower(std::string_view(path).substr(dot));
        for (const auto& f : formats()) {
            for (auto e : f.extensions) {
                if (ext == e) return f.format;
            }
        }
    }
    throw ConfigError("cannot tell the graph format of '" + path +
                      "' from its extension; use one of " + known_extensions() +
                      " or name the format (known formats: " + known_names() + ")");
}

std::vector<std::string> output_files(const std::string& path, Format format) {
    if (format != Format::csv && format != Format::neo4j) return {path};
    if (path == "-") {
        std::string name(format_name(format));
        throw ConfigError("the " + name + " format writes two tables, which cannot share stdout: "
                          "give a file name (-o g.csv writes g.nodes.csv and g.edges.csv) or "
                          "ask for one table with --format " + name + "-nodes or " + name +
                          "-edges");
    }
    auto [nodes, edges] = csv_table_paths(path);
    return {nodes, edges};
}

void write_graph(const graph::KnowledgeGraph& graph, std::ostream& out, Format format) {
    switch (format) {
        case Format::graphml: write_graphml(graph, out); break;
        case Format::dot: write_dot(graph, out); break;
        case Format::json: write_json(graph, out); break;
        case Format::gexf: write_gexf(graph, out); break;
        case Format::csv:
        case Format::neo4j: output_files("-", format); break;  // throws: two tables
        case Format::csv_nodes:
            write_csv_table(graph, out, CsvFlavor::gephi, CsvTable::nodes);
            break;
        case Format::csv_edges:
            write_csv_table(graph, out, CsvFlavor::gephi, CsvTable::edges);
            break;
        case Format::neo4j_nodes:
            write_csv_table(graph, out, CsvFlavor::neo4j, CsvTable::nodes);
            break;
        case Format::neo4j_edges:
            write_csv_table(graph, out, CsvFlavor::neo4j, CsvTable::edges);
            break;
        case Format::ntriples: write_ntriples(graph, out); break;
        case Format::turtle: write_turtle(graph, out); break;
        case Format::cytoscape: write_cytoscape(graph, out); break;
        case Format::mermaid: write_mermaid(graph, out); break;
        case Format::html: write_html(graph, out); break;
    }
}

void write_graph(const graph::KnowledgeGraph& graph, const std::string& path, Format format) {
    if (format == Format::csv || format == Format::neo4j) {
        output_files(path, format);  // refuses "-"
        write_csv_tables(graph, path, format == Format::csv ? CsvFlavor::gephi : CsvFlavor::neo4j);
        return;
    }
    write_file_atomic(path, [&](std::ostream& out) { write_graph(graph, out, format); });
}

void write_graph(const graph::KnowledgeGraph& graph, const std::string& path) {
    write_graph(graph, path, format_from_path(path));
}

graph::KnowledgeGraph read_graph_text(std::string_view text, const std::string& source_name,
                                      Format format) {
    if (!format_info(format).readable) format = sniff(text, source_name);
    if (format == Format::json) return read_json_text(text, source_name);
    return read_graphml_text(text, source_name);
}

graph::KnowledgeGraph read_graph(const std::string& path) {
    std::optional<Format> format;
    try {
        format = format_from_path(path);
    } catch (const ConfigError&) {
        // No or an unknown extension: tell from the content.
    }
    if (format && !format_info(*format).readable) {
        throw ConfigError("'" + path + "' is a " + std::string(format_name(*format)) +
                          " file; claimgraph writes that format but cannot read it. Read the "
                          ".json or .graphml file instead");
    }
    MappedFile file(path);
    std::string name = path == "-" ? std::string("<stdin>") : path;
    Format f = format ? *format : sniff(file.text(), name);
    return read_graph_text(file.text(), name, f);
}

graph::KnowledgeGraph read_graph(std::istream& in, const std::string& source_name,
                                 Format format) {
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) throw IoError("cannot read " + source_name);
    return read_graph_text(text, source_name, format);
}

namespace detail {

std::size_t find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII fast path, 8 bytes at a time.
        while (i + 8 <= n) {
            uint64_t w;
            std::memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ULL) != 0) break;
            i += 8;
        }
        if (i >= n) break;
        unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            return i;
        }
        i += len;
    }
    return std::string_view::npos;
}

std::string_view valid_utf8(std::string_view text, std::string& buffer) {
    std::size_t bad = find_invalid_utf8(text);
    if (bad == std::string_view::npos) return text;
    buffer.clear();
    while (bad != std::string_view::npos) {
        buffer.append(text.substr(0, bad));
        buffer.append("\xEF\xBF\xBD");
        text.remove_prefix(bad + 1);
        bad = find_invalid_utf8(text);
    }
    buffer.append(text);
    return buffer;
}

void OutBuffer::flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
}

std::string numbered(char prefix, std::size_t number) {
    char buf[24];
    buf[0] = prefix;
    auto r = std::to_chars(buf + 1, buf + sizeof buf, number);
    return std::string(buf, r.ptr);
}

std::string format_double(double value) {
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "INF" : "-INF";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value);
    std::string out(buf, res.ptr);
    if (out.find_first_of(".e") == std::string::npos) out += ".0";
    return out;
}

TextPosition text_position(std::string_view text, std::size_t offset) {
    TextPosition pos;
    offset = std::min(offset, text.size());
    std::size_t line_start = 0;
    const char* base = text.data();
    const char* p = base;
    const char* end = base + offset;
    while (true) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (nl == nullptr) break;
        ++pos.line;
        p = static_cast<const char*>(nl) + 1;
        line_start = static_cast<std::size_t>(p - base);
    }
    for (std::size_t i = line_start; i < offset; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++pos.column;
    }
    return pos;
}

bool NodeTable::numbered(std::string_view id, std::size_t& k) {
    if (id.size() < 2 || id.size() > 12 || id[0] != 'n' || (id[1] == '0' && id.size() > 2)) {
        return false;
    }
    auto r = std::from_chars(id.data() + 1, id.data() + id.size(), k);
    return r.ec == std::errc() && r.ptr == id.data() + id.size();
}

const graph::Vertex* NodeTable::find(std::string_view id) const {
    std::size_t k = 0;
    if (numbered(id, k) && k < by_number_.size() && by_number_[k] != kNone) return &by_number_[k];
    if (ids_.empty()) return nullptr;
    auto it = ids_.find(std::string(id));
    return it == ids_.end() ? nullptr : &it->second;
}

std::string NodeTable::add(NodeRecord& n) {
    if (!n.has_label) n.label = n.id;
    if (const graph::Vertex* v = find(n.id)) {
        return "duplicate node id '" + n.id + "' (also node " + std::to_string(*v) +
               "); node ids must be unique";
    }
    graph::Vertex v = 0;
    std::string err = add_actor(n, v);
    if (!err.empty()) return err;
    // Numbered ids go to the vector unless the number is far beyond the node count so far (a
    // file with "n4000000000" must not allocate 32 GB).
    std::size_t k = 0;
    if (numbered(n.id, k) && k <= 2 * graph_.actor_count() + 1024) {
        if (k >= by_number_.size()) by_number_.resize(std::max(k + 1, by_number_.size() * 2), kNone);
        by_number_[k] = v;
    } else {
        ids_.emplace(n.id, v);
    }
    return {};
}

std::string NodeTable::add_actor(NodeRecord& n, graph::Vertex& out) {
    std::string key = n.has_key ? n.key : graph::normalize_key(n.label);
    if (graph_.find_key(key)) {
        if (n.has_key) return "duplicate actor key '" + key + "'; actor keys must be unique";
        key += " #" + n.id;
        if (graph_.find_key(key)) {
            return "cannot make a unique key for '" + n.label + "'; give the node a unique key";
        }
    }
    const std::size_t before = graph_.actor_count();
    graph::Vertex v = graph_.add_actor(key, n.label, n.type, n.mentions);
    if (graph_.actor_count() == before) return "actor key '" + key + "' merged with another node";
    out = v;
    graph::Actor& a = graph_.actor(v);
    graph_.set_id(v, n.id);
    a.label = n.label;
    a.mentions = n.mentions;
    graph_.set_type(v, n.type);
    for (const auto& alias : n.aliases) graph_.add_alias(v, alias);
    return {};
}

}  // namespace detail

}  // namespace claimgraph::io
