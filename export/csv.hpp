// CSV node and edge tables (RFC 4180) in two flavours, write-only:
//
//   gephi  for Gephi's spreadsheet import (File > Import spreadsheet, once for each table):
//     nodes: Id,Label,Type,Mentions,Key,Aliases
//     edges: Source,Target,Type,Id,Label,Kind,Weight,Relation,Negated,Modality,Confidence,Evidence
//     Gephi reads Id/Label and Source/Target/Type/Id/Label/Kind/Weight by name (any case): Type
//     is the edge direction ("Directed"), Kind the claim label ("not promotes (possible)"), which
//     keeps parallel claims between a pair apart, Weight the claim count.
//   neo4j  for `neo4j-admin database import full` (and apoc.import.csv):
//     nodes: id:ID(Actor),:LABEL,label,type,key,aliases,mentions:int
//     edges: :START_ID(Actor),:END_ID(Actor),:TYPE,relation,negated:boolean,modality,
//            confidence:double,weight:int,evidence
//     :LABEL is "Actor;<Type>" (the type in PascalCase: "invented-type" -> "InventedType"), :TYPE
//     the relation in upper snake case ("cooperates-with" -> "COOPERATES_WITH"); the exact type
//     and relation stay in the `type` and `relation` properties. A non-finite confidence is left
//     empty (no property). Evidence sentences may hold line breaks: import with
//     --multiline-fields=true.
// In both, aliases and evidence are JSON arrays as text (as in GraphML), so nothing is lost.
//
// RFC 4180: records end with CRLF; a field is quoted when it holds a comma, a double quote, CR or
// LF, or starts or ends with a space, and a quote inside is doubled. Text is UTF-8 without a BOM;
// invalid UTF-8 becomes U+FFFD; control characters are kept.
//
// One -o names both tables: "g.csv" (or "g") -> "g.nodes.csv" and "g.edges.csv". Both are written
// to temporary files first and renamed into place only when both are complete.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>

namespace claimgraph::io {

enum class CsvFlavor { gephi, neo4j };
enum class CsvTable { nodes, edges };

void write_csv_table(const graph::KnowledgeGraph& graph, std::ostream& out, CsvFlavor flavor,
                     CsvTable table);
// Both tables, atomically, to the paths csv_table_paths(path) gives. Throws ConfigError for "-".
void write_csv_tables(const graph::KnowledgeGraph& graph, const std::string& path,
                      CsvFlavor flavor);
// "g.csv" -> {"g.nodes.csv", "g.edges.csv"}; a name without ".csv" gets the suffixes appended.
std::pair<std::string, std::string> csv_table_paths(const std::string& path);

namespace detail {
// Appends `field` as one RFC 4180 field (quoted only when it has to be).
void append_csv_field(std::string& out, std::string_view field, std::string& scratch);
// "cooperates-with" -> "COOPERATES_WITH"; "invented-type" -> "InventedType".
std::string neo4j_relationship_type(std::string_view relation);
std::string neo4j_label(std::string_view type);
}  // namespace detail

}  // namespace claimgraph::io
