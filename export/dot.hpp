// Graphviz DOT writer, hand-written (Boost's write_graphviz_dp writes keywords bare and does not
// double backslashes; see shared/spec/facts.md). Write-only: there is no DOT reader.
//
// What it writes (deterministic, vertex order 0..n-1 and kg.edges() order):
//   - every id and value double-quoted; in strings `\` becomes `\\`, `"` becomes `\"`, line breaks
//     (LF, CR, CRLF) become `\n`, tabs a space, other C0 controls and invalid UTF-8 U+FFFD;
//     node ids are "n0".., legend nodes "legend:<type>", so no id is a DOT keyword;
//   - nodes shaped and filled by ontology type (fixed palette below; unknown types: white box),
//     labelled with the actor's label, tooltip = type;
//   - a "cluster_legend" subgraph with one node per type present, in palette order;
//   - edges labelled with the relation, "not " before it when negated (and dashed), and the
//     modality in parentheses unless asserted: "not promotes (possible)"; penwidth grows with
//     the claim count: 1 + log2(weight), at most 6;
//   - a comment at the top and the graph's `comment` attribute: past about 100 nodes lay out with
//     `sfdp -Goverlap=prism` (dot takes minutes there). With more than 100 nodes the file itself
//     sets layout=sfdp and overlap=prism; with more than 1000 edges edge labels are left out
//     (they make large drawings unreadable and slow), and the comment says so.
// `dot -Tsvg` renders the output without warnings.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace claimgraph::io {

struct DotOptions {
    std::size_t sfdp_above_nodes = 100;    // more nodes: layout=sfdp, overlap=prism
    std::size_t labels_up_to_edges = 1000;  // more edges: no edge labels
    bool legend = true;
    // For drawings (`claimgraph render`); off in plain DOT output.
    bool legend_table = false;   // legend as one table node (swatch, type, count) instead of a
                                 // cluster of shaped nodes
    bool pack_isolated = false;  // actors without claims in a "cluster_isolated" grid (dot only)
    bool left_to_right = false;  // rankdir=LR (dot only): fan-outs become columns, not wide rows
};

void write_dot(const graph::KnowledgeGraph& graph, std::ostream& out,
               const DotOptions& options = {});
void write_dot(const graph::KnowledgeGraph& graph, const std::string& path);  // atomic, "-"

// The shape and fill colour used for an ontology type ("box"/"#ffffff" for unknown types).
struct TypeStyle {
    std::string_view shape;
    std::string_view color;
};
TypeStyle dot_type_style(std::string_view type);
// The type's place in the palette (legend order); unknown types come after all known ones.
std::size_t dot_palette_rank(std::string_view type);

// `text` as a double-quoted DOT string, escaped as described above.
std::string dot_quote(std::string_view text);

// The edge label DOT, GEXF and Mermaid draw for a claim: "not promotes (possible)".
std::string claim_label(const graph::Claim& claim);

// Red, green and blue (0-255) of a type's fill colour; a type outside the palette gets a neutral
// grey (#b0b0b0) here, since these colours are drawn on white without an outline.
struct Rgb {
    int r = 0, g = 0, b = 0;
};
Rgb type_rgb(std::string_view type);

}  // namespace claimgraph::io
