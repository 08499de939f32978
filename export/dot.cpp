#include "export/dot.hpp"

#include "common/file_io.hpp"
#include "export/format.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ostream>
#include <map>
#include <set>
#include <vector>

namespace claimgraph::io {

namespace {

struct PaletteEntry {
    std::string_view type;
    std::string_view shape;
    std::string_view color;
};

// Set3 from ColorBrewer (light fills that keep black labels readable), one shape per type.
constexpr PaletteEntry kPalette[] = {
    {"country", "hexagon", "#8dd3c7"},   {"government", "house", "#ffffb3"},
    {"university", "tab", "#bebada"},    {"school", "folder", "#fb8072"},
    {"organization", "box", "#80b1d3"},  {"company", "component", "#fdb462"},
    {"person", "ellipse", "#b3de69"},    {"event", "octagon", "#fccde5"},
    {"policy", "note", "#d9d9d9"},       {"fund", "cylinder", "#bc80bd"},
    {"project", "box3d", "#ccebc5"},     {"place", "invhouse", "#ffed6f"},
    {"concept", "oval", "#f0f0f0"},
};
constexpr std::size_t kPaletteSize = sizeof kPalette / sizeof kPalette[0];

std::size_t palette_index(std::string_view type) {
    for (std::size_t i = 0; i < kPaletteSize; ++i) {
        if (kPalette[i].type == type) return i;
    }
    return kPaletteSize;
}

void append_quoted(std::string& out, std::string_view raw, std::string& scratch) {
    std::string_view s = detail::valid_utf8(raw, scratch);
    out += '"';
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r':
                out += "\\n";
                if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
                break;
            case '\t': out += ' '; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out += "\xEF\xBF\xBD";
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

std::string penwidth(uint32_t weight) {
    double w = 1.0 + std::log2(static_cast<double>(std::max<uint32_t>(weight, 1)));
    w = std::min(w, 6.0);
    char buf[32];  // to_chars: no locale can turn the '.' into a ','
    auto r = std::to_chars(buf, buf + sizeof buf, w, std::chars_format::general, 2);
    return std::string(buf, r.ptr);
}


// The legend as one node with an HTML-like table: a colour swatch, the type and its actor count
// per row (compact where a cluster of legend nodes would be another wide row).
void append_legend_table(std::string& b, const std::vector<bool>& present,
                         const std::set<std::string>& others, const graph::KnowledgeGraph& kg) {
    std::map<std::string, std::size_t> counts;
    for (std::size_t v = 0; v < kg.actor_count(); ++v) ++counts[kg.actor(v).type];
    std::string scratch;
    const auto row = [&](std::string_view type, std::string_view color) {
        std::string name;
        for (char c : detail::valid_utf8(type, scratch)) {
            switch (c) {
                case '&': name += "&amp;"; break;
                case '<': name += "&lt;"; break;
                case '>': name += "&gt;"; break;
                case '"': name += "&quot;"; break;
                default: name += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
            }
        }
        b += "<tr><td bgcolor=\"" + std::string(color) + "\" width=\"16\" border=\"1\"> </td>"
             "<td align=\"left\">" + name + "</td><td align=\"right\">" +
             std::to_string(counts[std::string(type)]) + "</td></tr>";
    };
    b += "  \"legend\" [shape=\"plain\", style=\"\", fontsize=\"10\", label=<<table "
         "border=\"1\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"3\" color=\"gray60\">"
         "<tr><td colspan=\"3\"><b>Actor types</b></td></tr>";
    for (std::size_t i = 0; i < kPaletteSize; ++i) {
        if (present[i]) row(kPalette[i].type, kPalette[i].color);
    }
    for (const auto& t : others) row(t, dot_type_style(t).color);
    b += "</table>>];\n";
}

}  // namespace

TypeStyle dot_type_style(std::string_view type) {
    std::size_t i = palette_index(type);
    if (i == kPaletteSize) return {"box", "#ffffff"};
    return {kPalette[i].shape, kPalette[i].color};
}

std::string claim_label(const graph::Claim& c) {
    std::string text;
    if (c.negated) text += "not ";
    text += c.relation;
    if (c.modality != "asserted" && !c.modality.empty()) text += " (" + c.modality + ")";
    return text;
}

Rgb type_rgb(std::string_view type) {
    std::size_t i = palette_index(type);
    if (i == kPaletteSize) return {0xb0, 0xb0, 0xb0};
    unsigned v = 0;
    std::string_view hex = kPalette[i].color.substr(1);
    std::from_chars(hex.data(), hex.data() + hex.size(), v, 16);
    return {static_cast<int>(v >> 16), static_cast<int>((v >> 8) & 0xff), static_cast<int>(v & 0xff)};
}

std::size_t dot_palette_rank(std::string_view type) { return palette_index(type); }

std::string dot_quote(std::string_view text) {
    std::string out, scratch;
    append_quoted(out, text, scratch);
    return out;
}

void write_dot(const graph::KnowledgeGraph& kg, std::ostream& out, const DotOptions& options) {
    const std::size_t n = kg.actor_count();
    const std::size_t m = kg.edges().size();
    const bool large = n > options.sfdp_above_nodes;
    const bool labels = m <= options.labels_up_to_edges;
    std::string b;
    std::string scratch;
    b.reserve(1 << 16);

    b += "// claimgraph knowledge graph: " + std::to_string(n) + " actors, " + std::to_string(m) +
         " claims.\n";
    b += "// Draw with: dot -Tsvg FILE -o graph.svg. Past about 100 nodes dot takes minutes: use\n";
    b += "// sfdp -Goverlap=prism -Tsvg FILE -o graph.svg";
    b += large ? " (this file already sets layout=sfdp, overlap=prism).\n" : ".\n";
    if (!labels) {
        b += "// Edge labels are left out: more than " + std::to_string(options.labels_up_to_edges) +
             " edges. The relation of each edge is in its tooltip.\n";
    }
    b += "digraph \"claimgraph\" {\n";
    b += "  graph [comment=\"Past about 100 nodes lay out with sfdp -Goverlap=prism\"";
    if (!kg.name.empty()) {
        b += ", label=";
        append_quoted(b, kg.name, scratch);
        b += ", labelloc=\"t\"";
    }
    if (large) b += ", layout=\"sfdp\", overlap=\"prism\"";
    if (options.left_to_right && !large) b += ", rankdir=\"LR\"";
    b += "];\n";
    b += "  node [style=\"filled\", fontsize=\"11\"];\n";
    b += "  edge [fontsize=\"9\"];\n";

    if (options.legend && n > 0) {
        std::vector<bool> present(kPaletteSize, false);
        std::set<std::string> others;
        for (std::size_t v = 0; v < n; ++v) {
            const auto& type = kg.actor(v).type;
            std::size_t i = palette_index(type);
            if (i == kPaletteSize) {
                others.insert(type);
            } else {
                present[i] = true;
            }
        }
        if (options.legend_table) {
            append_legend_table(b, present, others, kg);
        } else {
            b += "  subgraph \"cluster_legend\" {\n";
            b += "    graph [label=\"Actor types\", style=\"rounded\", color=\"gray60\"];\n";
            const auto legend_node = [&](std::string_view type, TypeStyle st) {
                b += "    ";
                append_quoted(b, "legend:" + std::string(type), scratch);
                b += " [label=";
                append_quoted(b, type, scratch);
                b += ", shape=\"" + std::string(st.shape) + "\", fillcolor=\"" +
                     std::string(st.color) + "\"];\n";
            };
            for (std::size_t i = 0; i < kPaletteSize; ++i) {
                if (present[i]) legend_node(kPalette[i].type, {kPalette[i].shape, kPalette[i].color});
            }
            for (const auto& t : others) legend_node(t, dot_type_style(t));
            b += "  }\n";
        }
    }

    const auto node_line = [&](std::size_t v, const char* indent) {
        const auto& a = kg.actor(v);
        TypeStyle st = dot_type_style(a.type);
        b += indent;
        b += "\"n" + std::to_string(v) + "\" [label=";
        append_quoted(b, a.label, scratch);
        b += ", shape=\"" + std::string(st.shape) + "\", fillcolor=\"" + std::string(st.color) +
             "\", tooltip=";
        append_quoted(b, a.type, scratch);
        b += "];\n";
    };
    // Actors without claims: in dot's layout they would line up in one very wide rank. Packed into
    // a cluster as a grid of rows chained by invisible edges, about as many rows as columns.
    std::vector<bool> packed(n, false);
    if (options.pack_isolated && !large) {
        std::vector<std::size_t> isolated;
        const auto& g = kg.boost_graph();
        for (std::size_t v = 0; v < n; ++v) {
            if (boost::out_degree(v, g) == 0 && boost::in_degree(v, g) == 0) isolated.push_back(v);
        }
        if (isolated.size() >= 2) {
            const auto columns = static_cast<std::size_t>(
                std::ceil(std::sqrt(static_cast<double>(isolated.size()))));
            b += "  subgraph \"cluster_isolated\" {\n";
            b += "    graph [label=\"Actors without claims\", style=\"rounded,dashed\", "
                 "color=\"gray60\"];\n";
            for (std::size_t v : isolated) {
                node_line(v, "    ");
                packed[v] = true;
            }
            for (std::size_t i = 0; i + 1 < isolated.size(); ++i) {
                if ((i + 1) % columns == 0) continue;  // end of a row
                b += "    \"n" + std::to_string(isolated[i]) + "\" -> \"n" +
                     std::to_string(isolated[i + 1]) + "\" [style=\"invis\"];\n";
            }
            b += "  }\n";
        }
    }
    for (std::size_t v = 0; v < n; ++v) {
        if (packed[v]) continue;
        node_line(v, "  ");
        if (b.size() > (1u << 20)) {
            out.write(b.data(), static_cast<std::streamsize>(b.size()));
            b.clear();
        }
    }

    for (const auto& e : kg.edges()) {
        const auto& c = kg.claim(e);
        const std::string text = claim_label(c);
        b += "  \"n" + std::to_string(kg.source(e)) + "\" -> \"n" + std::to_string(kg.target(e)) +
             "\" [";
        b += labels ? "label=" : "tooltip=";
        append_quoted(b, text, scratch);
        if (c.negated) b += ", style=\"dashed\"";
        if (c.weight > 1) b += ", penwidth=\"" + penwidth(c.weight) + "\"";
        b += "];\n";
        if (b.size() > (1u << 20)) {
            out.write(b.data(), static_cast<std::streamsize>(b.size()));
            b.clear();
        }
    }
    b += "}\n";
    out.write(b.data(), static_cast<std::streamsize>(b.size()));
}

void write_dot(const graph::KnowledgeGraph& kg, const std::string& path) {
    write_file_atomic(path, [&](std::ostream& out) { write_dot(kg, out); });
}

}  // namespace claimgraph::io
