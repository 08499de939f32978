#include "export/format.hpp"
#include "export/mermaid.hpp"
#include "export_test_graphs.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace claimgraph;

namespace {

std::size_t count(const std::string& text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("Mermaid of the nasty graph is exactly the golden file", "[export][mermaid]") {
    std::ostringstream out;
    io::write_mermaid(test::nasty_graph(), out);
    CHECK(out.str() == test::golden("nasty_graph.mmd"));
}

TEST_CASE("Mermaid labels are quoted with entity codes for the characters that break them",
          "[export][mermaid]") {
    using io::detail::mermaid_label;
    CHECK(mermaid_label("plain") == "\"plain\"");
    CHECK(mermaid_label("a \"b\" #c; <d> & e|f `g`") ==
          "\"a #34;b#34; #35;c#59; #60;d#62; #38; e#124;f #96;g#96;\"");
    CHECK(mermaid_label("two\nlines\tand\r\nCRLF") == "\"two lines and  CRLF\"");
    CHECK(mermaid_label("bel\x07") == "\"bel\xEF\xBF\xBD\"");
    CHECK(mermaid_label("end") == "\"end\"");
}

TEST_CASE("Mermaid draws at most 500 edges, the best-supported ones", "[export][mermaid]") {
    graph::KnowledgeGraph kg;
    std::vector<graph::Vertex> v;
    for (int i = 0; i < 40; ++i) v.push_back(kg.add_actor("", io::detail::numbered('a', i), "person"));
    graph::Evidence ev{"d", 0, 0, 1, "x"};
    int made = 0;
    for (int i = 0; i < 40 && made < 600; ++i) {
        for (int j = 0; j < 40 && made < 600; ++j) {
            if (i == j) continue;
            // The 100 claims between actors 0..9 and the rest are made twice.
            kg.add_claim(v[i], v[j], "funds", false, "asserted", 0.5, ev, i < 3 && made < 100 ? 2 : 1);
            ++made;
        }
    }
    kg.canonicalize();
    REQUIRE(kg.claim_count() == 600);
    std::ostringstream out;
    io::write_mermaid(kg, out);
    const std::string text = out.str();
    CHECK(count(text, " -->|") + count(text, " ==>|") == 500);
    CHECK(count(text, " ==>|") == 100);  // every claim made twice is kept
    CHECK(text.find("%% cut to fit Mermaid's limits (500 edges, 50000 characters): 100 claims and "
                    "0 actors left out, the best-supported claims kept\n") != std::string::npos);
    CHECK(text.size() <= 50000);
}

TEST_CASE("Mermaid keeps the text under its 50,000 characters", "[export][mermaid]") {
    graph::KnowledgeGraph kg;
    std::vector<graph::Vertex> v;
    const std::string padding(900, 'x');
    for (int i = 0; i < 100; ++i) {
        v.push_back(kg.add_actor("", io::detail::numbered('a', i) + padding, "person"));
    }
    graph::Evidence ev{"d", 0, 0, 1, "x"};
    for (int i = 0; i + 1 < 100; ++i) {
        kg.add_claim(v[i], v[i + 1], "funds", false, "asserted", i / 100.0, ev);
    }
    kg.canonicalize();
    std::ostringstream out;
    io::write_mermaid(kg, out);
    const std::string text = out.str();
    CHECK(text.size() <= 50000);
    CHECK(text.size() > 40000);
    std::size_t edges = count(text, " -->|");
    CHECK(edges > 20);
    CHECK(edges < 99);
    CHECK(text.find("%% cut to fit Mermaid's limits") != std::string::npos);
    // Every actor an edge touches is declared.
    CHECK(count(text, "[\"a") >= edges + 1);
}

TEST_CASE("Mermaid is found by extension", "[export][mermaid]") {
    CHECK(io::format_from_path("g.mmd") == io::Format::mermaid);
    CHECK(io::format_from_path("g.mermaid") == io::Format::mermaid);
}
