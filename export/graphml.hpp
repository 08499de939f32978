// GraphML 1.0 writer and reader, hand-written (Boost's have the defects listed in
// shared/spec/facts.md). The output validates against graphml.xsd and loads in Gephi, yEd,
// Cytoscape, NetworkX (read_graphml) and igraph (Read_GraphML).
//
// What the writer emits, one <node> or <edge> per line, in vertex order 0..n-1 and kg.edges()
// order (call canonicalize() first for canonical output):
//   keys (id / for / attr.name / attr.type):
//     d0  graph name        string     d1  graph documents   string (JSON array of strings)
//     d2  node  label       string     d3  node  key         string (the actor's merge key)
//     d4  node  type        string     d5  node  aliases     string (JSON array of strings)
//     d6  node  mentions    int
//     d7  edge  label       string (= relation; Gephi shows it)
//     d8  edge  relation    string     d9  edge  negated     boolean (true/false)
//     d10 edge  modality    string     d11 edge  confidence  double
//     d12 edge  weight      double (the claim count; Gephi uses it as edge weight)
//     d13 edge  evidence    string (JSON array of {"doc","sentence","start","end","text"})
//   Node ids n0.., edge ids e0.. (opaque; no attribute is named "id", which igraph reserves).
//   "label" and "weight" are exactly the lower-case names Gephi treats specially, declared for
//   node/edge (not "all"). Aliases, documents and evidence are JSON text so nothing is lost and they
//   read back exactly, even with "|" or quotes inside.
//   Text: & < > are escaped in element content (quotes need no escape there) and & < > " ' plus
//   tab/newline in attribute values; CR is written as &#13; so parsers keep it. C0 control
//   characters other than tab, LF and CR, and U+FFFE/U+FFFF, cannot be carried by XML 1.0 at all
//   (not even as &#N;): in plain string values (name, label, key, type, relation, modality) they
//   are replaced with U+FFFD, as are invalid UTF-8 bytes. This is the only loss in a GraphML round
//   trip: aliases, documents and evidence are JSON text, whose \u0001 escapes carry them exactly
//   (and the JSON format keeps everything). Doubles use the shortest text that reads back
//   exactly.
//
// The reader is a single pass over the bytes (no DOM, no recursion), for files from claimgraph and
// from other tools:
//   - UTF-8 (or ASCII) only, checked; a DOCTYPE with an internal subset (entity declarations) is
//     refused, an external one ignored and never fetched: no entity is ever expanded beyond the
//     five predefined ones and character references (XXE and billion-laughs safe).
//   - <key> attr.type int, long, float, double, boolean (true/false/1/0, any case), string;
//     <default> values apply to nodes and edges without that data.
//   - Known attributes by attr.name: node label, key, type, aliases (JSON array, or text split on
//     " | "), mentions; edge relation (else label), negated, modality, confidence, weight,
//     evidence; graph name, documents. Keys with other names (Gephi's x/y/size/color, yEd
//     graphics...) are ignored with one spdlog warning per name.
//   - <data> naming an undeclared key, a duplicate node id, an edge end that is no node, nested
//     graphs, hyperedges, more than one graph, malformed XML: InputError
//     "FILE:LINE:COL: what; what to do".
//   - Defaults as in the JSON reader: label = id, type "concept", relation = label or
//     "related-to", confidence 1.0, weight 1 (non-integral weights rounded, with a warning).
//   - Edges are read as directed (source -> target) even under edgedefault="undirected" (warned).
#pragma once

#include "graph/knowledge_graph.hpp"

#include <iosfwd>
#include <string>
#include <string_view>

namespace claimgraph::io {

void write_graphml(const graph::KnowledgeGraph& graph, std::ostream& out);
void write_graphml(const graph::KnowledgeGraph& graph, const std::string& path);  // atomic, "-"

graph::KnowledgeGraph read_graphml(std::istream& in, const std::string& source_name);
graph::KnowledgeGraph read_graphml_text(std::string_view text, const std::string& source_name);

namespace detail {
// Appends `raw` escaped for XML element content (attribute = false) or a double-quoted attribute
// value (attribute = true), with the replacements described above (GEXF uses it too).
void append_xml_escaped(std::string& out, std::string_view raw, bool attribute,
                        std::string& scratch);
}  // namespace detail

}  // namespace claimgraph::io
