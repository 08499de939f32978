#include "export/dot.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace claimgraph;

TEST_CASE("DOT quotes every id and escapes backslashes, quotes and line breaks",
          "[export][dot]") {
    graph::KnowledgeGraph kg;
    kg.name.assign(1, 'g');  // (plain assignment trips GCC 12's false -Wrestrict)
    auto a = kg.add_actor("a", "node \"A\"\\\nsecond", "country", 1);
    auto b = kg.add_actor("b", "graph", "invented", 1);  // a DOT keyword as a label
    kg.add_claim(a, b, "promotes", true, "possible", 0.5, graph::Evidence{"d", 0, 0, 1, "x"}, 4);
    kg.add_claim(b, a, "funds", false, "asserted", 0.5, graph::Evidence{"d", 0, 0, 1, "x"});
    kg.canonicalize();
    std::ostringstream out;
    io::write_dot(kg, out);
    CHECK(out.str() ==
          "// claimgraph knowledge graph: 2 actors, 2 claims.\n"
          "// Draw with: dot -Tsvg FILE -o graph.svg. Past about 100 nodes dot takes minutes: use\n"
          "// sfdp -Goverlap=prism -Tsvg FILE -o graph.svg.\n"
          "digraph \"claimgraph\" {\n"
          "  graph [comment=\"Past about 100 nodes lay out with sfdp -Goverlap=prism\", "
          "label=\"g\", labelloc=\"t\"];\n"
          "  node [style=\"filled\", fontsize=\"11\"];\n"
          "  edge [fontsize=\"9\"];\n"
          "  subgraph \"cluster_legend\" {\n"
          "    graph [label=\"Actor types\", style=\"rounded\", color=\"gray60\"];\n"
          "    \"legend:country\" [label=\"country\", shape=\"hexagon\", fillcolor=\"#8dd3c7\"];\n"
          "    \"legend:invented\" [label=\"invented\", shape=\"box\", fillcolor=\"#ffffff\"];\n"
          "  }\n"
          "  \"n0\" [label=\"node \\\"A\\\"\\\\\\nsecond\", shape=\"hexagon\", "
          "fillcolor=\"#8dd3c7\", tooltip=\"country\"];\n"
          "  \"n1\" [label=\"graph\", shape=\"box\", fillcolor=\"#ffffff\", "
          "tooltip=\"invented\"];\n"
          "  \"n0\" -> \"n1\" [label=\"not promotes (possible)\", style=\"dashed\", "
          "penwidth=\"3\"];\n"
          "  \"n1\" -> \"n0\" [label=\"funds\"];\n"
          "}\n");
}

TEST_CASE("DOT strings drop control characters and keep UTF-8", "[export][dot]") {
    CHECK(io::dot_quote("a\tb\r\nc\rd\x01 Z\xC3\xBCrich \xE5\x8C\x97") ==
          "\"a b\\nc\\nd\xEF\xBF\xBD Z\xC3\xBCrich \xE5\x8C\x97\"");
    CHECK(io::dot_quote("\xff") == "\"\xEF\xBF\xBD\"");
    CHECK(io::dot_quote("ends with \\") == "\"ends with \\\\\"");
}

TEST_CASE("DOT switches to sfdp past 100 nodes and drops edge labels past 1000 edges",
          "[export][dot]") {
    graph::KnowledgeGraph kg;
    std::vector<graph::Vertex> v;
    const auto numbered = [](char c, int i) {  // (not "a" + ...: GCC 12 -Wrestrict false alarm)
        std::string s(1, c);
        s += std::to_string(i);
        return s;
    };
    for (int i = 0; i < 101; ++i) v.push_back(kg.add_actor("", numbered('a', i), "person"));
    for (int i = 0; i < 1001; ++i) {
        kg.add_claim(v[i % 101], v[(i * 7 + 1) % 101], numbered('r', i), false, "asserted",
                     1.0, graph::Evidence{"d", 0, 0, 1, "x"});
    }
    kg.canonicalize();
    std::ostringstream out;
    io::write_dot(kg, out);
    const std::string text = out.str();
    CHECK(text.find("layout=\"sfdp\", overlap=\"prism\"") != std::string::npos);
    CHECK(text.find("// Edge labels are left out: more than 1000 edges.") != std::string::npos);
    CHECK(text.find("-> \"n") != std::string::npos);
    CHECK(text.find("[label=\"r") == std::string::npos);
    CHECK(text.find("[tooltip=\"r") != std::string::npos);
}

TEST_CASE("every ontology type has its own shape or colour", "[export][dot]") {
    const char* types[] = {"country", "government", "university", "school", "organization",
                           "company", "person",     "event",      "policy", "fund",
                           "project", "place",      "concept"};
    std::set<std::string> styles;
    for (const char* t : types) {
        auto st = io::dot_type_style(t);
        styles.insert(std::string(st.shape) + std::string(st.color));
        CHECK(std::string(st.color) != "#ffffff");
    }
    CHECK(styles.size() == 13);
}
