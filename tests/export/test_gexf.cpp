#include "export/format.hpp"
#include "export/gexf.hpp"
#include "export_test_graphs.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace claimgraph;

TEST_CASE("GEXF of the nasty graph is exactly the golden file", "[export][gexf]") {
    std::ostringstream out;
    io::write_gexf(test::nasty_graph(), out);
    CHECK(out.str() == test::golden("nasty_graph.gexf"));
}

TEST_CASE("GEXF keeps parallel claims apart with a kind of their own", "[export][gexf]") {
    graph::KnowledgeGraph kg;
    auto a = kg.add_actor("a", "A", "country", 1);
    auto b = kg.add_actor("b", "B", "country", 1);
    graph::Evidence ev{"d", 0, 0, 1, "x"};
    kg.add_claim(a, b, "funds", false, "asserted", 0.5, ev);
    kg.add_claim(a, b, "funds", true, "asserted", 0.5, ev);
    kg.add_claim(a, b, "funds", false, "planned", 0.5, ev);
    kg.add_claim(a, b, "supports", false, "asserted", 0.5, ev, 4);
    kg.canonicalize();
    std::ostringstream out;
    io::write_gexf(kg, out);
    const std::string text = out.str();
    std::set<std::string> kinds;
    for (std::size_t p = text.find(" kind=\""); p != std::string::npos;
         p = text.find(" kind=\"", p + 1)) {
        kinds.insert(text.substr(p + 7, text.find('"', p + 7) - p - 7));
    }
    CHECK(kinds == std::set<std::string>{"funds", "not funds", "funds (planned)", "supports"});
    CHECK(text.find("<edges count=\"4\">") != std::string::npos);
    CHECK(text.find("weight=\"4\" kind=\"supports\"") != std::string::npos);
}

TEST_CASE("GEXF node sizes grow with the log of the mention count", "[export][gexf]") {
    graph::KnowledgeGraph kg;
    kg.add_actor("a", "A", "country", 0);
    kg.add_actor("b", "B", "country", 7);
    kg.add_actor("c", "C", "nonsense", 100);
    kg.canonicalize();
    std::ostringstream out;
    io::write_gexf(kg, out);
    const std::string text = out.str();
    CHECK(text.find("<viz:color r=\"141\" g=\"211\" b=\"199\"/><viz:size value=\"5\"/>") !=
          std::string::npos);  // country #8dd3c7, 0 mentions
    CHECK(text.find("<viz:size value=\"20\"/>") != std::string::npos);  // 7 mentions
    // 5 + 5 log2(101) = 38.29..., a type outside the palette in grey.
    CHECK(text.find("<viz:color r=\"176\" g=\"176\" b=\"176\"/><viz:size value=\"38.29\"/>") !=
          std::string::npos);
}

TEST_CASE("GEXF is found by extension and written through write_graph", "[export][gexf]") {
    CHECK(io::format_from_path("out/g.GEXF") == io::Format::gexf);
    std::ostringstream a, b;
    io::write_graph(test::nasty_graph(), a, io::Format::gexf);
    io::write_gexf(test::nasty_graph(), b);
    CHECK(a.str() == b.str());
}
