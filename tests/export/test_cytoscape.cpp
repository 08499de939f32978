#include "export/cytoscape.hpp"
#include "export/format.hpp"
#include "export_test_graphs.hpp"

#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include <sstream>

using namespace claimgraph;

TEST_CASE("Cytoscape.js JSON of the nasty graph is exactly the golden file",
          "[export][cytoscape]") {
    std::ostringstream out;
    io::write_cytoscape(test::nasty_graph(), out);
    CHECK(out.str() == test::golden("nasty_graph.cyjs"));
}

TEST_CASE("Cytoscape.js JSON parses with nodes and edges under elements", "[export][cytoscape]") {
    graph::KnowledgeGraph empty;
    for (const auto* kg : {&empty}) {
        std::ostringstream out;
        io::write_cytoscape(*kg, out);
        rapidjson::Document d;
        d.Parse(out.str().c_str());
        REQUIRE_FALSE(d.HasParseError());
        CHECK(d["elements"]["nodes"].Size() == 0);
        CHECK(d["elements"]["edges"].Size() == 0);
    }
    const auto kg = test::nasty_graph();
    std::ostringstream out;
    io::write_cytoscape(kg, out);
    rapidjson::Document d;
    d.Parse(out.str().c_str());
    REQUIRE_FALSE(d.HasParseError());
    const auto& nodes = d["elements"]["nodes"];
    const auto& edges = d["elements"]["edges"];
    REQUIRE(nodes.Size() == kg.actor_count());
    REQUIRE(edges.Size() == kg.claim_count());
    CHECK(std::string(nodes[2]["data"]["label"].GetString()) == "line\nbreak\tand tab");
    CHECK(std::string(nodes[0]["data"]["label"].GetString()) == "ctrl\x01" "char");
    CHECK(std::string(edges[5]["data"]["label"].GetString()) == "not promotes (possible)");
    CHECK(edges[1]["data"]["evidence"].Size() == 2);
    CHECK(io::format_from_path("g.cyjs") == io::Format::cytoscape);
}
