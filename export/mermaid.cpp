#include "export/mermaid.hpp"

#include "common/file_io.hpp"
#include "export/dot.hpp"
#include "export/format.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>
#include <ostream>
#include <vector>

namespace claimgraph::io {

namespace {

// Class name for a type: "t_" and the type with every character but ASCII letters and digits
// replaced by '_'; a collision (two types mapping to one name) gets the type's rank appended.
std::map<std::string, std::string> class_names(const graph::KnowledgeGraph& kg) {
    std::map<std::string, std::string> names;
    for (std::size_t v = 0; v < kg.actor_count(); ++v) names.emplace(kg.actor(v).type, "");
    std::map<std::string, int> used;
    std::size_t rank = 0;
    for (auto& [type, name] : names) {
        name = "t_";
        for (char ch : type) {
            auto c = static_cast<unsigned char>(ch);
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            name += ok ? ch : '_';
        }
        if (used[name]++ > 0) name += detail::numbered('_', rank);
        ++rank;
    }
    return names;
}

std::string node_line(std::size_t v, const graph::Actor& a) {
    return "    n" + std::to_string(v) + "[" + detail::mermaid_label(a.label) + "]\n";
}

std::string edge_line(const graph::KnowledgeGraph& kg, graph::Edge e) {
    const graph::Claim& c = kg.claim(e);
    const char* arrow = c.negated || c.modality != "asserted" ? " -.->|" : c.weight > 1 ? " ==>|"
                                                                                         : " -->|";
    return "    n" + std::to_string(kg.source(e)) + arrow + detail::mermaid_label(claim_label(c)) +
           "| n" + std::to_string(kg.target(e)) + "\n";
}

}  // namespace

namespace detail {

std::string mermaid_label(std::string_view text) {
    std::string scratch;
    std::string_view s = valid_utf8(text, scratch);
    std::string out = "\"";
    for (char ch : s) {
        switch (ch) {
            case '"': out += "#34;"; break;
            case '#': out += "#35;"; break;
            case '&': out += "#38;"; break;
            case ';': out += "#59;"; break;
            case '<': out += "#60;"; break;
            case '>': out += "#62;"; break;
            case '`': out += "#96;"; break;
            case '|': out += "#124;"; break;
            case '\n':
            case '\r':
            case '\t': out += ' '; break;
            default:
                if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F) {
                    out += "\xEF\xBF\xBD";
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
    return out;
}

}  // namespace detail

void write_mermaid(const graph::KnowledgeGraph& kg, std::ostream& out,
                   const MermaidOptions& options) {
    const std::size_t n = kg.actor_count();
    const std::vector<graph::Edge>& edges = kg.edges();
    const auto classes = class_names(kg);

    std::vector<std::string> nodes(n);
    std::size_t total = 0;
    for (std::size_t v = 0; v < n; ++v) {
        nodes[v] = node_line(v, kg.actor(v));
        total += nodes[v].size() + std::to_string(v).size() + 2;  // + its place in a class line
    }
    std::vector<std::string> lines(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        lines[i] = edge_line(kg, edges[i]);
        total += lines[i].size();
    }
    std::string defs;
    for (const auto& [type, name] : classes) {
        Rgb c = type_rgb(type);
        char fill[8];
        std::snprintf(fill, sizeof fill, "#%02x%02x%02x", c.r, c.g, c.b);
        defs += "    classDef " + name + " fill:" + fill + ",stroke:#555555,color:#000000\n";
        total += name.size() + 12;  // "    class " ... "\n" of its class line
    }
    total += defs.size();
    constexpr std::size_t kHeader = 200;  // the comments and "flowchart LR"

    std::vector<bool> keep_node(n, true);
    std::vector<bool> keep_edge(edges.size(), true);
    std::size_t dropped_edges = 0, dropped_nodes = 0;
    if (edges.size() > options.max_edges || total + kHeader > options.max_chars) {
        // Best-supported claims first, then as many as fit.
        std::vector<std::size_t> order(edges.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const auto& ca = kg.claim(edges[a]);
            const auto& cb = kg.claim(edges[b]);
            if (ca.weight != cb.weight) return ca.weight > cb.weight;
            return ca.confidence > cb.confidence;
        });
        std::fill(keep_node.begin(), keep_node.end(), false);
        std::fill(keep_edge.begin(), keep_edge.end(), false);
        std::size_t used = kHeader + defs.size() + 24 * classes.size(), kept = 0;
        const auto node_cost = [&](graph::Vertex v) {
            return keep_node[v] ? 0 : nodes[v].size() + std::to_string(v).size() + 2;
        };
        for (std::size_t i : order) {
            if (kept >= options.max_edges) break;
            graph::Vertex s = kg.source(edges[i]), t = kg.target(edges[i]);
            std::size_t cost = lines[i].size() + node_cost(s) + (s == t ? 0 : node_cost(t));
            if (used + cost > options.max_chars) continue;
            used += cost;
            keep_edge[i] = keep_node[s] = keep_node[t] = true;
            ++kept;
        }
        dropped_edges = edges.size() - kept;
        dropped_nodes = static_cast<std::size_t>(std::count(keep_node.begin(), keep_node.end(), false));
        spdlog::warn("Mermaid: the graph has {} claims and {} actors, more than Mermaid draws "
                     "(at most {} edges and {} characters); wrote the {} best-supported claims "
                     "and the {} actors they join. Use GEXF, GraphML or DOT for the whole graph",
                     edges.size(), n, options.max_edges, options.max_chars, kept,
                     n - dropped_nodes);
    }

    std::string b;
    b.reserve(std::min(total + kHeader, options.max_chars + 1024));
    b += "%% claimgraph knowledge graph: " + std::to_string(n) + " actors, " +
         std::to_string(edges.size()) + " claims\n";
    if (dropped_edges > 0 || dropped_nodes > 0) {
        b += "%% cut to fit Mermaid's limits (" + std::to_string(options.max_edges) + " edges, " +
             std::to_string(options.max_chars) + " characters): " +
             std::to_string(dropped_edges) + " claims and " + std::to_string(dropped_nodes) +
             " actors left out, the best-supported claims kept\n";
    }
    b += "flowchart LR\n";
    for (std::size_t v = 0; v < n; ++v) {
        if (keep_node[v]) b += nodes[v];
    }
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (keep_edge[i]) b += lines[i];
    }
    b += defs;
    // One class line per type, listing its nodes.
    std::map<std::string, std::string> members;
    for (std::size_t v = 0; v < n; ++v) {
        if (!keep_node[v]) continue;
        std::string& list = members[kg.actor(v).type];
        if (!list.empty()) list += ',';
        list += detail::numbered('n', v);
    }
    for (const auto& [type, list] : members) {
        b += "    class " + list + " " + classes.at(type) + "\n";
    }
    out.write(b.data(), static_cast<std::streamsize>(b.size()));
}

void write_mermaid(const graph::KnowledgeGraph& kg, const std::string& path) {
    write_file_atomic(path, [&](std::ostream& out) { write_mermaid(kg, out); });
}

}  // namespace claimgraph::io
