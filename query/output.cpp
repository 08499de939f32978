#include "query/output.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "common/error.hpp"
#include "common/utf8.hpp"

namespace claimgraph::query {

Format parse_format(std::string_view name) {
    if (name == "table") return Format::table;
    if (name == "tsv") return Format::tsv;
    if (name == "csv") return Format::csv;
    if (name == "json") return Format::json;
    if (name == "jsonl") return Format::jsonl;
    if (name == "dot") return Format::dot;
    if (name == "graphml") return Format::graphml;
    if (name == "graph-json") return Format::graph_json;
    throw ConfigError("--format: unknown format '" + std::string(name) +
                      "'; use one of table, tsv, csv, json, jsonl, dot, graphml, graph-json");
}

std::string_view format_name(Format f) {
    switch (f) {
        case Format::table:
            return "table";
        case Format::tsv:
            return "tsv";
        case Format::csv:
            return "csv";
        case Format::json:
            return "json";
        case Format::jsonl:
            return "jsonl";
        case Format::dot:
            return "dot";
        case Format::graphml:
            return "graphml";
        case Format::graph_json:
            return "graph-json";
    }
    return "?";
}

bool is_subgraph_format(Format f) {
    return f == Format::dot || f == Format::graphml || f == Format::graph_json;
}

Cell Cell::number(double x) {
    if (!std::isfinite(x)) return null();
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, x);
    return make(Kind::number, std::string(buf, r.ptr));
}

void append_tsv(std::string& out, std::string_view s) {
    // Runs of ordinary bytes are appended whole.
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c != '\t' && c != '\n' && c != '\r' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        out += c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\\\";
        run = i + 1;
    }
    out.append(s.data() + run, s.size() - run);
}

std::string escape_tsv(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    append_tsv(out, s);
    return out;
}

void append_csv(std::string& out, std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(s);
        return;
    }
    out.push_back('"');
    for (char c : s) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

std::string quote_csv(std::string_view s) {
    std::string out;
    append_csv(out, s);
    return out;
}

void append_json_string(std::string& out, std::string_view s) {
    out.push_back('"');
    std::size_t run = 0;  // runs of bytes written as they are are appended whole
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default: {
                static const char* hex = "0123456789abcdef";
                out += "\\u00";
                out.push_back(hex[u >> 4]);
                out.push_back(hex[u & 15]);
            }
        }
    }
    out.append(s.data() + run, s.size() - run);
    out.push_back('"');
}

std::string json_string(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    append_json_string(out, s);
    return out;
}

namespace {

std::size_t display_width(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    }
    return n;
}

// One line for the terminal: control characters become spaces, long values are cut.
std::string for_terminal(std::string_view s, std::size_t max_width) {
    std::string out;
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t start = i;
        char32_t cp = utf8::decode(s, i);
        if (width + 1 > max_width && max_width > 0) {
            // Replace the last character with an ellipsis.
            std::size_t cut = out.size();
            while (cut > 0 && (static_cast<unsigned char>(out[cut - 1]) & 0xC0) == 0x80) --cut;
            if (cut > 0) --cut;
            out.resize(cut);
            out += "\xE2\x80\xA6";
            return out;
        }
        if (cp < 0x20 || cp == 0x7F) {
            out.push_back(' ');
        } else {
            out.append(s.substr(start, i - start));
        }
        ++width;
    }
    return out;
}

void json_value(std::string& out, const Cell& c) {
    switch (c.kind) {
        case Cell::Kind::text:
            append_json_string(out, c.str());
            break;
        case Cell::Kind::integer:
        case Cell::Kind::number:
        case Cell::Kind::boolean:
            out += c.str();
            break;
        case Cell::Kind::null:
            out += "null";
            break;
    }
}

// One row as a JSON object, appended to `out`.
void json_object(std::string& out, const Table& t, const std::vector<Cell>& row) {
    static const Cell null = Cell::null();
    out += "{";
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        if (i) out += ", ";
        append_json_string(out, t.columns[i]);
        out += ": ";
        json_value(out, i < row.size() ? row[i] : null);
    }
    out += "}";
}

// Text borrowed from a graph is spread over its memory: the writers ask for the text of the row a
// few places ahead, so that the cache misses of several rows overlap.
constexpr std::size_t kAhead = 4;

void prefetch_text(const Table& t, std::size_t r) {
    if (r >= t.rows.size()) return;
    for (const Cell& c : t.rows[r]) {
        if (c.is_borrowed) __builtin_prefetch(c.borrowed.data());
    }
}

}  // namespace

void write_table(std::ostream& out, const Table& t, Format format, std::size_t max_width) {
    const std::size_t ncol = t.columns.size();
    auto cell = [&](const std::vector<Cell>& row, std::size_t i) -> const Cell& {
        static const Cell empty = Cell::null();
        return i < row.size() ? row[i] : empty;
    };
    switch (format) {
        case Format::tsv:
        case Format::csv: {
            const bool tsv = format == Format::tsv;
            auto field = [&](std::string& line, std::string_view s) {
                tsv ? append_tsv(line, s) : append_csv(line, s);
            };
            const char* sep = tsv ? "\t" : ",";
            const char* eol = tsv ? "\n" : "\r\n";
            // Rows are gathered into blocks of about 64 KB, one stream write each.
            std::string block;
            for (std::size_t i = 0; i < ncol; ++i) {
                if (i) block += sep;
                field(block, t.columns[i]);
            }
            block += eol;
            for (std::size_t r = 0; r < t.rows.size(); ++r) {
                prefetch_text(t, r + kAhead);
                const auto& row = t.rows[r];
                for (std::size_t i = 0; i < ncol; ++i) {
                    if (i) block += sep;
                    field(block, cell(row, i).str());
                }
                block += eol;
                if (block.size() >= (64 << 10)) {
                    out << block;
                    block.clear();
                }
            }
            out << block;
            break;
        }
        case Format::json: {
            if (t.rows.empty()) {
                out << "[]\n";
                break;
            }
            std::string block = "[\n";
            for (std::size_t r = 0; r < t.rows.size(); ++r) {
                prefetch_text(t, r + kAhead);
                block += "  ";
                json_object(block, t, t.rows[r]);
                block += r + 1 < t.rows.size() ? ",\n" : "\n";
                if (block.size() >= (64 << 10)) {
                    out << block;
                    block.clear();
                }
            }
            block += "]\n";
            out << block;
            break;
        }
        case Format::jsonl: {
            std::string block;
            for (std::size_t r = 0; r < t.rows.size(); ++r) {
                prefetch_text(t, r + kAhead);
                json_object(block, t, t.rows[r]);
                block += '\n';
                if (block.size() >= (64 << 10)) {
                    out << block;
                    block.clear();
                }
            }
            out << block;
            break;
        }
        case Format::table: {
            std::vector<std::vector<std::string>> shown;
            shown.reserve(t.rows.size());
            std::vector<std::size_t> width(ncol);
            std::vector<bool> numeric(ncol, !t.rows.empty());
            for (std::size_t i = 0; i < ncol; ++i) {
                width[i] = display_width(for_terminal(t.columns[i], max_width));
            }
            for (const auto& row : t.rows) {
                std::vector<std::string> line(ncol);
                for (std::size_t i = 0; i < ncol; ++i) {
                    const Cell& c = cell(row, i);
                    line[i] = for_terminal(c.str(), max_width);
                    width[i] = std::max(width[i], display_width(line[i]));
                    if (c.kind != Cell::Kind::integer && c.kind != Cell::Kind::number &&
                        c.kind != Cell::Kind::null) {
                        numeric[i] = false;
                    }
                }
                shown.push_back(std::move(line));
            }
            auto emit = [&](const std::vector<std::string>& line) {
                std::string s;
                for (std::size_t i = 0; i < ncol; ++i) {
                    std::size_t pad = width[i] - display_width(line[i]);
                    if (numeric[i]) s.append(pad, ' ');
                    s += line[i];
                    if (i + 1 < ncol) {
                        if (!numeric[i]) s.append(pad, ' ');
                        s += "  ";
                    }
                }
                while (!s.empty() && s.back() == ' ') s.pop_back();
                s += '\n';
                out << s;
            };
            std::vector<std::string> header(ncol), rule(ncol);
            for (std::size_t i = 0; i < ncol; ++i) {
                header[i] = for_terminal(t.columns[i], max_width);
                rule[i] = std::string(width[i], '-');
            }
            emit(header);
            emit(rule);
            for (const auto& line : shown) emit(line);
            break;
        }
        case Format::dot:
        case Format::graphml:
        case Format::graph_json:
            throw ConfigError("--format " + std::string(format_name(format)) +
                              " writes a subgraph; this result is a table");
    }
}

}  // namespace claimgraph::query
