// The query kinds of `claimgraph query`: neighbours, claims, paths, pattern matches and graph
// measures, each turning a request into a Result: a table of rows and, for results that are part
// of the graph, the actors and claims they involve (the subgraph written by --format dot,
// graphml or graph-json). Results are deterministic: canonical edge order, or sorted by label
// with ties broken by actor number.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "query/index.hpp"
#include "query/output.hpp"

namespace claimgraph::query {

enum class Direction { out, in, both };
// "out", "in" or "both"; throws ConfigError otherwise.
Direction parse_direction(std::string_view name);

struct CommonOptions {
    bool evidence = false;         // add doc, sentence and evidence text to each claim
    std::size_t limit = 0;         // at most this many rows (paths for `path`); 0: no limit
    bool include_negated = false;  // let negated claims connect in `path` and `match`
};

struct NeighborsQuery {
    std::string actor;
    Direction direction = Direction::both;
    std::vector<std::string> relations;  // empty: every relation
    unsigned depth = 1;
};

struct ClaimsQuery {
    std::vector<std::string> relations;
    std::string from;       // source actor name, or empty
    std::string to;         // target actor name, or empty
    std::string type;       // either end has this type
    std::string from_type;  // the source has this type
    std::string to_type;    // the target has this type
};

struct PathQuery {
    std::string from;
    std::string to;
    unsigned max_length = 4;
    std::vector<std::string> relations;
    Direction direction = Direction::both;
    std::size_t default_paths = 10;  // paths returned when CommonOptions::limit is 0
};

struct MatchQuery {
    std::string pattern;
    bool distinct = false;
    std::size_t max_solutions = 10'000'000;  // enumeration stops here, with a note
};

struct Result {
    Table table;
    std::vector<VertexId> actors;    // the subgraph: ascending, unique
    std::vector<EdgeId> edges;       // ascending, unique
    std::vector<std::string> notes;  // warnings for stderr (unknown relation, caps reached)
};

Result run_neighbors(const GraphIndex& index, const NeighborsQuery& q, const CommonOptions& opt);
Result run_claims(const GraphIndex& index, const ClaimsQuery& q, const CommonOptions& opt);
Result run_path(const GraphIndex& index, const PathQuery& q, const CommonOptions& opt);
Result run_match(const GraphIndex& index, const MatchQuery& q, const CommonOptions& opt);

// A new graph holding copies of the given actors (ids kept) and claims, for the subgraph writers.
graph::KnowledgeGraph make_subgraph(const GraphIndex& index, const std::vector<VertexId>& actors,
                                    const std::vector<EdgeId>& edges);

}  // namespace claimgraph::query
