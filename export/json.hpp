// The JSON graph: NetworkX's node-link layout as fixed in shared/spec/ontology.md, so that
// networkx.readwrite.json_graph.node_link_graph loads it as is (3.4+ by default; 2.8 with
// link="edges").
//
// Written one node and one edge per line (compact JSON, easy to diff, grep and stream):
//   {"directed":true,"multigraph":true,"graph":{"name":"...","documents":[...]},
//   "nodes":[
//   {"id":"n0","label":"China","type":"country","aliases":["China's"],"mentions":7,"key":"china"},
//   ...
//   ],
//   "edges":[
//   {"source":"n0","target":"n5","key":0,"relation":"participates-in","negated":false,
//    "modality":"asserted","confidence":0.9,"weight":1,"evidence":[{"doc":...}]},   (one line)
//   ...
//   ]}
// Ids are "n<vertex index>" (the canonical ids after canonicalize()); "key" of an edge is its index
// among the edges with the same (source, target), in kg.edges() order. Nodes carry one field more
// than the contract, "key" (the actor's merge key), so that a graph reads back exactly. Doubles are
// written with the shortest text that reads back to the same value; a non-finite confidence is
// written as null (JSON has no NaN) and read back as NaN. Strings are escaped by RapidJSON
// (control characters as \uXXXX), so every string, C0 controls included, round-trips exactly;
// invalid UTF-8 in the graph is written as U+FFFD.
//
// The reader is a RapidJSON SAX pass (no DOM) that builds the graph as it goes. It accepts
// "links" for "edges" (NetworkX before 3.4), numbers as node ids, nodes after edges, and unknown
// fields anywhere (skipped, with one warning per field name). Defaults for absent fields: label =
// id, type "concept", mentions 0, key = normalize_key(label) (or, when that key is taken, that key
// plus " #" and the id), relation = the edge's "label" or "related-to", negated false, modality
// "asserted", confidence 1.0, weight 1, no evidence. Errors (InputError) name the source,
// line:column and byte offset, and the node or edge (0-based index in its array): malformed JSON,
// a wrong type ("edge 17: 'weight' must be a number, got a string"), a dangling source or target,
// a duplicate node id or key, nesting deeper than 100.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::io {

void write_json(const graph::KnowledgeGraph& graph, std::ostream& out);
void write_json(const graph::KnowledgeGraph& graph, const std::string& path);  // atomic, "-"

graph::KnowledgeGraph read_json(std::istream& in, const std::string& source_name);
graph::KnowledgeGraph read_json_text(std::string_view text, const std::string& source_name);

namespace detail {

// The evidence list as a compact JSON array of {"doc","sentence","start","end","text"} objects
// (GraphML stores it this way in the edge's "evidence" string).
void append_evidence_json(std::string& out, const std::vector<graph::Evidence>& evidence);
// A JSON array of strings (GraphML's node "aliases" and graph "documents").
void append_string_array_json(std::string& out, const std::vector<std::string>& items);

// Parse the above back. On failure return false with a message in `error`. `utf8_checked`: the
// caller knows `text` is valid UTF-8 (the GraphML reader checked the whole file), so it is not
// checked again.
bool parse_evidence_json(std::string_view text, std::vector<graph::Evidence>& out,
                         std::string& error, bool utf8_checked = false);
bool parse_string_array_json(std::string_view text, std::vector<std::string>& out,
                             std::string& error);

}  // namespace detail

}  // namespace claimgraph::io
