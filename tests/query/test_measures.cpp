#include <catch2/catch.hpp>

#include "query/measures.hpp"
#include "query_fixture.hpp"

using namespace claimgraph;
using claimgraph::query::graph_measures;

namespace {

std::string label(const graph::KnowledgeGraph& kg, graph::Vertex v) {
    return kg.actor(v).label;
}

}  // namespace

TEST_CASE("graph_measures counts actors, claims and weak components", "[query][measures]") {
    auto kg = query::test::small_graph();
    auto m = graph_measures(kg, 3);
    CHECK(m.actors == 9);
    CHECK(m.claims == 7);
    CHECK(m.relations == 4);
    // The seven connected actors, and the two unconnected Fudans.
    CHECK(m.components == 3);
    CHECK(m.largest_component == 7);
    CHECK(m.isolated == 2);
    REQUIRE(m.degree.size() == 3);
    // Peking University and Tsinghua University have 3 claims each; ties go by label.
    CHECK(label(kg, m.degree[0].actor) == "Peking University");
    CHECK(m.degree[0].in + m.degree[0].out == 3);
    CHECK(label(kg, m.degree[1].actor) == "Tsinghua University");
    CHECK(m.pagerank.size() == 3);
    CHECK(label(kg, m.pagerank[0].actor) == "China");
}

TEST_CASE("betweenness is exact on small graphs and sampled past the budget", "[query][measures]") {
    auto kg = query::test::small_graph();
    auto exact = graph_measures(kg, 10);
    CHECK(exact.betweenness_exact);
    CHECK(exact.notes.empty());
    // Tsinghua lies on the paths from Oxford and the Ministry to China (both ways for the
    // symmetric cooperates-with), so it leads.
    CHECK(label(kg, exact.betweenness[0].actor) == "Tsinghua University");

    query::MeasureOptions o;
    o.top_n = 10;
    o.betweenness_budget = 20;  // 9 actors x 8 arcs is over budget: sample
    auto sampled = graph_measures(kg, o);
    CHECK_FALSE(sampled.betweenness_exact);
    CHECK(sampled.betweenness_sources == 2);
    REQUIRE(sampled.notes.size() == 1);
    CHECK(sampled.notes[0].rfind("betweenness estimated from 2 of 9 source actors", 0) == 0);

    o.betweenness_budget = 8 * 9;  // exactly the work of exact Brandes: exact
    CHECK(graph_measures(kg, o).betweenness_exact);
}

TEST_CASE("sampled betweenness from every source equals Boost's exact Brandes",
          "[query][measures]") {
    auto kg = query::test::small_graph();
    auto exact = graph_measures(kg, 9);
    query::MeasureOptions o;
    o.top_n = 9;
    o.betweenness_samples = 9;
    auto sampled = graph_measures(kg, o);
    CHECK_FALSE(sampled.betweenness_exact);
    REQUIRE(sampled.betweenness.size() == exact.betweenness.size());
    for (std::size_t i = 0; i < exact.betweenness.size(); ++i) {
        CHECK(sampled.betweenness[i].actor == exact.betweenness[i].actor);
        CHECK(sampled.betweenness[i].score == Approx(exact.betweenness[i].score));
    }
}
