// What one document contributes to a graph: its actors and claims, keyed by actor key, with no
// vertex ids. Extraction produces one record a document (in parallel), the graph takes records in
// any order (`add_record`), and `claimgraph build --claims-out` writes them as JSON Lines that
// `claimgraph merge` reads back, so shards built anywhere merge into the same graph.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::extract {

struct ActorRecord {
    std::string key;
    std::string label;
    std::string type;
    uint32_t mentions = 0;
    std::vector<std::string> aliases;  // other surface forms in this document, sorted
};

struct ClaimRecord {
    std::string subject;  // actor keys
    std::string object;
    std::string relation;
    bool negated = false;
    std::string modality;
    double confidence = 0.0;
    uint32_t sentence = 0;
    uint64_t start = 0;
    uint64_t end = 0;
    std::string text;
};

struct DocumentRecord {
    std::string id;
    graph::DocumentInfo info;  // sha256 of the text, url, date
    uint64_t tokens = 0;       // for rates in summaries; not part of the graph
    std::vector<ActorRecord> actors;
    std::vector<ClaimRecord> claims;
};

// Adds a document's actors and claims to the graph, with the document id as the origin of labels
// and types (see KnowledgeGraph::add_actor), and records the document and its info.
void add_record(const DocumentRecord& record, graph::KnowledgeGraph& kg);

// The first line of a claims file, naming its format and version.
std::string claims_file_header();
// One record as one line of JSON (no newline).
std::string record_to_json(const DocumentRecord& record);
// Reads a line written by record_to_json. Throws InputError "SOURCE:LINE:COLUMN: ...".
DocumentRecord record_from_json(std::string_view line, std::string_view source, std::size_t line_number);
// Checks a claims file's first line. Throws InputError naming the source when it is not a header.
void check_claims_header(std::string_view line, std::string_view source);

}  // namespace claimgraph::extract
