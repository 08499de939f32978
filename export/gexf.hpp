// GEXF 1.3 writer, Gephi's own format. Write-only. The output validates against the GEXF 1.3
// RELAX NG schema (gexf.rng with viz.rng; the 1.3 XSD is wrong about the viz namespace) and loads
// in Gephi and in NetworkX 3 (networkx.read_gexf, which knows the 1.3 namespaces).
//
// What it writes (deterministic: vertex order 0..n-1 and kg.edges() order, one node or edge a
// line, no date in <meta>):
//   <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
//   <meta><creator>claimgraph</creator><description>graph name</description></meta>
//   <graph defaultedgetype="directed" mode="static">
//   typed attribute declarations (id = title):
//     node: type string, key string, aliases string (JSON array), mentions integer
//     edge: relation string, negated boolean, modality string, confidence double,
//           evidence string (JSON array of {"doc","sentence","start","end","text"})
//   nodes: id n0.., label = the actor's label, the attvalues above, viz:color r/g/b by type (the
//     DOT palette; unknown types grey) and viz:size by mention count, 5 + 5*log2(1 + mentions)
//     rounded to 2 decimals (0 mentions: 5, 1: 10, 3: 15, 7: 20).
//   edges: id e0.., source, target, weight = the claim count, label and kind = the relation,
//     with "not " before it when negated and " (modality)" after it unless asserted. Gephi merges
//     edges with the same source, target and kind; every claim between a pair has its own
//     (relation, negated, modality), so its own kind, and parallel claims stay separate edges.
//   Text is escaped as in GraphML (graphml.hpp): C0 controls other than tab/LF/CR and invalid
//   UTF-8 become U+FFFD; aliases and evidence are JSON text, which keeps even those exactly.
//   Graph documents are not written (GEXF has no graph-level attributes).
#pragma once

#include "graph/knowledge_graph.hpp"

#include <iosfwd>
#include <string>

namespace claimgraph::io {

void write_gexf(const graph::KnowledgeGraph& graph, std::ostream& out);
void write_gexf(const graph::KnowledgeGraph& graph, const std::string& path);  // atomic, "-"

}  // namespace claimgraph::io
