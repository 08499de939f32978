// RDF 1.1 writers: N-Triples and Turtle, the same triples in both. Write-only. Checked with
// raptor's `rapper` and rdflib.
//
// Namespaces (identifiers, not web addresses):
//   cg:    urn:claimgraph:vocab:      the fixed vocabulary (classes Actor, Graph; properties below)
//   type:  urn:claimgraph:type:       each ontology type is a class: type:university
//   rel:   urn:claimgraph:relation:   each relation is a property: rel:cooperates-with
//   actor: urn:claimgraph:actor:      actors by their merge key, so that actors of graphs built
//                                     from different articles meet in one store: actor:china
// Local names are percent-encoded UTF-8 (everything but A-Z a-z 0-9 - . _ ~), so every IRI is
// plain ASCII and valid in both syntaxes.
//
// Triples (vertex order, then kg.edges() order; deterministic):
//   _:graph a cg:Graph ; rdfs:label NAME (when there is one) ; cg:document DOC ... .
//   type:T a rdfs:Class ; rdfs:subClassOf cg:Actor ; rdfs:label "T" .   (each type used)
//   rel:R a rdf:Property ; rdfs:label "R" .                              (each relation used)
//   actor:K a cg:Actor, type:T ; rdfs:label LABEL ; cg:key K ; cg:alias A ... ;
//           cg:mentions N .
//   actor:S rel:R actor:O .      only for claims that are asserted and not negated: "A does not
//                                fund B" and "A may fund B" are not facts about A and B
//   _:cI a rdf:Statement ; rdf:subject actor:S ; rdf:predicate rel:R ; rdf:object actor:O ;
//        cg:negated BOOL ; cg:modality M ; cg:confidence "D"^^xsd:double ; cg:weight N ;
//        cg:evidence _:cIeJ ... .                                        (every claim)
//   _:cIeJ cg:document DOC ; cg:sentenceIndex N ; cg:start N ; cg:end N ; cg:text SENTENCE .
// Integers are xsd:integer, booleans xsd:boolean. Literals escape `"`, `\`, LF, CR, tab,
// backspace and form feed as \", \\, \n, \r, \t, \b, \f, other control characters (U+0000-U+001F,
// U+007F) as \u00XX, and keep other text as raw UTF-8 (invalid UTF-8 becomes U+FFFD), which is
// canonical N-Triples.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <iosfwd>
#include <string>
#include <string_view>

namespace claimgraph::io {

void write_ntriples(const graph::KnowledgeGraph& graph, std::ostream& out);
void write_ntriples(const graph::KnowledgeGraph& graph, const std::string& path);  // atomic, "-"
void write_turtle(const graph::KnowledgeGraph& graph, std::ostream& out);
void write_turtle(const graph::KnowledgeGraph& graph, const std::string& path);  // atomic, "-"

namespace detail {
// Percent-encodes everything but the unreserved characters of RFC 3986.
std::string iri_local_name(std::string_view text);
// `text` as a double-quoted N-Triples/Turtle string literal (without datatype).
std::string rdf_string_literal(std::string_view text);
}  // namespace detail

}  // namespace claimgraph::io
