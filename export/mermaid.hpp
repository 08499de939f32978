// Mermaid flowchart text (for Markdown on GitHub/GitLab, mermaid.live, mmdc), write-only:
//   %% claimgraph knowledge graph: 3 actors, 2 claims
//   flowchart LR
//     n0["China"]
//     n1["universities in China"]
//     n1 -->|"located-in"| n0
//     n1 -.->|"not promotes (possible)"| n0
//     classDef t_country fill:#8dd3c7,stroke:#555555,color:#000000
//     class n0 t_country
// Node ids are n<index> (never a Mermaid keyword); every label is double-quoted with `"`, `#`,
// `;`, `|`, `<`, `>`, `&` and the backtick written as Mermaid entity codes (#34; #35; #59; #124;
// #60; #62; #38; #96;), line breaks and tabs as spaces, other control characters as U+FFFD. Edges
// carry the claim label; negated or non-asserted claims are dotted (-.->); claims made more than
// once are thick (==>). Nodes get one class per type, coloured as in the DOT palette.
//
// Limits: Mermaid refuses diagrams with more than 500 edges (its maxEdges) or more than 50,000
// characters (its maxTextSize). A larger graph is cut to fit: the best-supported claims first (by
// weight, then confidence, then canonical order) with the actors they join, and a `%%` comment at
// the top and a warning say how many claims and actors were left out. Use GEXF, GraphML or DOT
// for the whole graph.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace claimgraph::io {

struct MermaidOptions {
    std::size_t max_edges = 500;       // Mermaid's default maxEdges
    std::size_t max_chars = 50000;     // Mermaid's default maxTextSize
};

void write_mermaid(const graph::KnowledgeGraph& graph, std::ostream& out,
                   const MermaidOptions& options = {});
void write_mermaid(const graph::KnowledgeGraph& graph, const std::string& path);  // atomic, "-"

namespace detail {
// `text` as a double-quoted Mermaid label, escaped as described above.
std::string mermaid_label(std::string_view text);
}  // namespace detail

}  // namespace claimgraph::io
