#include "query/measures.hpp"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>
#include <cmath>
#include <queue>
#include <unordered_set>
#include <utility>

namespace claimgraph::query {

namespace {

using Csr =
    boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property,
                                       boost::no_property, boost::no_property, uint32_t, uint32_t>;

// The best `top_n` actors by score (descending), ties by label then vertex number.
template <typename Score>
std::vector<graph::Vertex> top_actors(const graph::KnowledgeGraph& kg, std::size_t top_n,
                                      Score score) {
    std::vector<graph::Vertex> all(kg.actor_count());
    for (std::size_t v = 0; v < all.size(); ++v) all[v] = v;
    auto better = [&](graph::Vertex a, graph::Vertex b) {
        auto sa = score(a), sb = score(b);
        if (sa != sb) return sa > sb;
        const auto& la = kg.actor(a).label;
        const auto& lb = kg.actor(b).label;
        if (la != lb) return la < lb;
        return a < b;
    };
    std::size_t keep = std::min(top_n, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(keep), all.end(),
                      better);
    all.resize(keep);
    return all;
}

// Brandes' accumulation from a set of sources on an unweighted directed graph (used when exact
// betweenness is too expensive); returns the raw sums over those sources.
std::vector<double> sampled_betweenness(const Csr& g, const std::vector<uint32_t>& sources) {
    const std::size_t n = boost::num_vertices(g);
    std::vector<double> centrality(n, 0.0), delta(n, 0.0), sigma(n, 0.0);
    std::vector<int32_t> dist(n, -1);
    std::vector<uint32_t> order;
    order.reserve(n);
    for (uint32_t s : sources) {
        order.clear();
        dist[s] = 0;
        sigma[s] = 1.0;
        std::size_t head = 0;
        order.push_back(s);
        while (head < order.size()) {
            uint32_t v = order[head++];
            for (auto [ei, ee] = boost::out_edges(v, g); ei != ee; ++ei) {
                uint32_t w = boost::target(*ei, g);
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    order.push_back(w);
                }
                if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
            }
        }
        // Back-propagate dependencies in reverse BFS order over predecessor edges.
        for (std::size_t i = order.size(); i-- > 0;) {
            uint32_t w = order[i];
            for (auto [ei, ee] = boost::in_edges(w, g); ei != ee; ++ei) {
                uint32_t v = boost::source(*ei, g);
                if (dist[v] >= 0 && dist[v] + 1 == dist[w]) {
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
            }
            if (w != s) centrality[w] += delta[w];
        }
        for (uint32_t v : order) {
            dist[v] = -1;
            sigma[v] = 0.0;
            delta[v] = 0.0;
        }
    }
    return centrality;
}

}  // namespace

GraphMeasures graph_measures(const graph::KnowledgeGraph& kg, std::size_t top_n) {
    MeasureOptions o;
    o.top_n = top_n;
    return graph_measures(kg, o);
}

GraphMeasures graph_measures(const graph::KnowledgeGraph& kg, const MeasureOptions& opt) {
    GraphMeasures m;
    const std::size_t n = kg.actor_count();
    m.actors = n;
    m.claims = kg.claim_count();

    // Edge list, symmetric relations both ways; degrees count each claim once per end.
    std::vector<std::pair<uint32_t, uint32_t>> arcs;
    arcs.reserve(kg.claim_count() + kg.claim_count() / 8);
    std::vector<std::size_t> in_deg(n, 0), out_deg(n, 0);
    std::unordered_set<std::string> relations;
    std::vector<uint32_t> rank_store(n, 0);
    std::vector<std::size_t> parent_store(n);
    auto rank_map =
        boost::make_iterator_property_map(rank_store.begin(), boost::identity_property_map());
    auto parent_map =
        boost::make_iterator_property_map(parent_store.begin(), boost::identity_property_map());
    boost::disjoint_sets<decltype(rank_map), decltype(parent_map)> components(rank_map, parent_map);
    for (std::size_t v = 0; v < n; ++v) components.make_set(v);
    for (graph::Edge e : kg.edges()) {
        auto s = static_cast<uint32_t>(kg.source(e));
        auto t = static_cast<uint32_t>(kg.target(e));
        const auto& rel = kg.claim(e).relation;
        relations.insert(rel);
        ++out_deg[s];
        ++in_deg[t];
        components.union_set(s, t);
        arcs.emplace_back(s, t);
        if (graph::is_symmetric(rel) && s != t) arcs.emplace_back(t, s);
    }
    m.relations = relations.size();

    // Components.
    std::vector<std::size_t> size(n, 0);
    for (std::size_t v = 0; v < n; ++v) ++size[components.find_set(v)];
    for (std::size_t v = 0; v < n; ++v) {
        if (size[v] > 0) ++m.components;
        m.largest_component = std::max(m.largest_component, size[v]);
        if (in_deg[v] + out_deg[v] == 0) ++m.isolated;
    }

    for (auto v :
         top_actors(kg, opt.top_n, [&](graph::Vertex v) { return in_deg[v] + out_deg[v]; })) {
        m.degree.push_back({v, in_deg[v], out_deg[v]});
    }
    if (n == 0) return m;

    Csr g(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), n);
    arcs.clear();
    arcs.shrink_to_fit();
    auto index = boost::get(boost::vertex_index, g);

    // PageRank (Boost's iteration; rank lost at actors without outgoing claims is not
    // redistributed, so scores are normalised to sum to 1).
    {
        std::vector<double> rank(n, 0.0);
        auto rank_map = boost::make_iterator_property_map(rank.begin(), index);
        boost::graph::page_rank(g, rank_map, boost::graph::n_iterations(opt.pagerank_iterations),
                                opt.damping, n);
        double total = 0.0;
        for (double r : rank) total += r;
        if (total > 0) {
            for (double& r : rank) r /= total;
        }
        for (auto v : top_actors(kg, opt.top_n, [&](graph::Vertex v) { return rank[v]; })) {
            m.pagerank.push_back({v, rank[v]});
        }
    }

    // Betweenness.
    if (!opt.betweenness) {
        m.betweenness_exact = false;
        m.notes.push_back("betweenness skipped");
        return m;
    }
    const double work =
        static_cast<double>(n) * static_cast<double>(std::max<std::size_t>(boost::num_edges(g), 1));
    std::vector<double> centrality(n, 0.0);
    if (opt.betweenness_samples == 0 && work <= opt.betweenness_budget) {
        auto cmap = boost::make_iterator_property_map(centrality.begin(), index);
        boost::brandes_betweenness_centrality(g,
                                              boost::centrality_map(cmap).vertex_index_map(index));
        m.betweenness_exact = true;
        m.betweenness_sources = n;
    } else {
        std::size_t k = static_cast<std::size_t>(
            opt.betweenness_budget /
            static_cast<double>(std::max<std::size_t>(boost::num_edges(g), 1)));
        if (opt.betweenness_samples > 0) k = opt.betweenness_samples;
        k = std::clamp<std::size_t>(k, 1, n);
        std::vector<uint32_t> sources(k);
        for (std::size_t i = 0; i < k; ++i) sources[i] = static_cast<uint32_t>((i * n) / k);
        centrality = sampled_betweenness(g, sources);
        const double scale = static_cast<double>(n) / static_cast<double>(k);
        for (double& c : centrality) c *= scale;
        m.betweenness_exact = false;
        m.betweenness_sources = k;
        m.notes.push_back("betweenness estimated from " + std::to_string(k) + " of " +
                          std::to_string(n) +
                          " source actors (exact Brandes visits every actor's paths: about " +
                          std::to_string(static_cast<long long>(static_cast<double>(n) /
                                                                static_cast<double>(k))) +
                          " times the work); scores are scaled estimates");
    }
    for (auto v : top_actors(kg, opt.top_n, [&](graph::Vertex v) { return centrality[v]; })) {
        m.betweenness.push_back({v, centrality[v]});
    }
    return m;
}

}  // namespace claimgraph::query
