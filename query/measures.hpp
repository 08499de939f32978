// Graph measures through Boost.Graph, shared by `claimgraph query SOURCE measures` and
// `claimgraph stats`: size, weakly connected components, degree leaders, PageRank leaders and
// betweenness leaders. Claims are directed; symmetric relations (cooperates-with) count in both
// directions. Exact betweenness (Brandes) costs O(actors x claims): past a budget it is estimated
// from a deterministic sample of source actors and a note says so.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace claimgraph::query {

struct MeasureOptions {
    std::size_t top_n = 10;
    // Exact betweenness when actors x claims is at most this (about a second of work);
    // otherwise sample enough sources to stay near it.
    double betweenness_budget = 2.0e8;
    bool betweenness = true;              // false skips it (with a note)
    std::size_t betweenness_samples = 0;  // > 0: always estimate, from this many sources
    unsigned pagerank_iterations = 30;
    double damping = 0.85;
};

struct RankedActor {
    graph::Vertex actor;
    double score;
};

struct DegreeLeader {
    graph::Vertex actor;
    std::size_t in;
    std::size_t out;  // total degree = in + out
};

struct GraphMeasures {
    std::size_t actors = 0;
    std::size_t claims = 0;
    std::size_t relations = 0;          // distinct relation names
    std::size_t components = 0;         // weakly connected
    std::size_t largest_component = 0;  // actors in the largest one
    std::size_t isolated = 0;           // actors without any claim
    std::vector<DegreeLeader> degree;   // by in + out, best first
    std::vector<RankedActor> pagerank;  // scores sum to 1 over the graph
    std::vector<RankedActor> betweenness;
    bool betweenness_exact = true;
    std::size_t betweenness_sources = 0;  // sources used (all actors when exact)
    std::vector<std::string> notes;       // what was sampled or skipped, for stderr
};

// Leaders lists hold at most top_n entries; ties are broken by label, then vertex number.
GraphMeasures graph_measures(const graph::KnowledgeGraph& kg, std::size_t top_n);
GraphMeasures graph_measures(const graph::KnowledgeGraph& kg, const MeasureOptions& options);

}  // namespace claimgraph::query
