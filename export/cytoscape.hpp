// Cytoscape.js elements JSON (the layout of Cytoscape desktop's .cyjs export), write-only:
//   {"format_version":"1.0","generated_by":"claimgraph","target_cytoscapejs_version":"~3",
//   "data":{"name":"...","documents":[...]},
//   "elements":{"nodes":[
//   {"data":{"id":"n0","label":"China","name":"China","type":"country","key":"china",
//            "aliases":[...],"mentions":7,"color":"#8dd3c7"}},
//   ...],
//   "edges":[
//   {"data":{"id":"e0","source":"n0","target":"n5","label":"participates-in",
//            "relation":"participates-in","negated":false,"modality":"asserted",
//            "confidence":0.9,"weight":1,"evidence":[{"doc":...,"text":...}]}},
//   ...]}}
// `cytoscape({elements: json.elements})` loads it (nodes and edges by id, every field under
// data()); Cytoscape desktop imports it as a .cyjs network ("name" is its node label column).
// "label" of an edge is the claim label ("not promotes (possible)"), "color" the type's fill in
// the DOT palette (for a style such as 'background-color': 'data(color)'). One element a line,
// vertex order and kg.edges() order; strings escaped by RapidJSON, invalid UTF-8 as U+FFFD; a
// non-finite confidence is null.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <iosfwd>
#include <string>

namespace claimgraph::io {

void write_cytoscape(const graph::KnowledgeGraph& graph, std::ostream& out);
void write_cytoscape(const graph::KnowledgeGraph& graph, const std::string& path);  // atomic, "-"

}  // namespace claimgraph::io
