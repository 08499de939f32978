#include "common/error.hpp"
#include "export/format.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <string>

using namespace claimgraph;

namespace {

std::string config_error(const std::function<void()>& f) {
    try {
        f();
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("formats are found by name and by extension", "[export][format]") {
    CHECK(io::format_from_name("graphml") == io::Format::graphml);
    CHECK(io::format_from_name("GraphML") == io::Format::graphml);
    CHECK(io::format_from_name("gv") == io::Format::dot);
    CHECK(io::format_from_name("json") == io::Format::json);
    CHECK(io::format_from_path("out/x.graphml") == io::Format::graphml);
    CHECK(io::format_from_path("x.XML") == io::Format::graphml);
    CHECK(io::format_from_path("a.b/x.gv") == io::Format::dot);
    CHECK(io::format_from_path("x.json") == io::Format::json);
    CHECK(io::format_name(io::Format::dot) == "dot");
    CHECK(io::format_from_path("x.gexf") == io::Format::gexf);
    CHECK(io::format_from_name("cytoscape") == io::Format::cytoscape);
    CHECK(io::format_from_path("x.htm") == io::Format::html);
    CHECK(io::formats().size() == 15);
}

TEST_CASE("unknown formats are refused with the list of known ones", "[export][format]") {
    const std::string known =
        "graphml, dot, json, gexf, csv, csv-nodes, csv-edges, neo4j, neo4j-nodes, neo4j-edges, "
        "ntriples, turtle, cytoscape, mermaid, html";
    CHECK(config_error([] { io::format_from_name("xlsx"); }) ==
          "unknown graph format 'xlsx'; known formats: " + known);
    CHECK(config_error([] { io::format_from_path("a.b/graph"); }) ==
          "cannot tell the graph format of 'a.b/graph' from its extension; use one of .graphml, "
          ".xml, .dot, .gv, .json, .gexf, .csv, .nt, .ttl, .cyjs, .mmd, .mermaid, .html, .htm or "
          "name the format (known formats: " + known + ")");
    CHECK(config_error([] { io::read_graph("x.dot"); }) ==
          "'x.dot' is a dot file; claimgraph writes that format but cannot read it. Read the .json "
          "or .graphml file instead");
}

TEST_CASE("read_graph reports a missing file as an I/O error", "[export][format]") {
    CHECK_THROWS_AS(io::read_graph("/nonexistent/graph.json"), IoError);
}

TEST_CASE("text that is neither JSON nor GraphML is refused", "[export][format]") {
    CHECK_THROWS_WITH(io::read_graph_text("  hello", "x", io::Format::dot),
                      "x: cannot tell the graph format from the content (expected a JSON object "
                      "or GraphML); name the file .json or .graphml");
}

TEST_CASE("UTF-8 checks find the first bad byte", "[export][format]") {
    using io::detail::find_invalid_utf8;
    CHECK(find_invalid_utf8("plain ascii text longer than eight") == std::string_view::npos);
    CHECK(find_invalid_utf8("Z\xC3\xBCrich \xE5\x8C\x97 \xF0\x9F\x98\x80") ==
          std::string_view::npos);
    CHECK(find_invalid_utf8("abc\xC0\xAF") == 3);             // overlong
    CHECK(find_invalid_utf8("abcdefghij\xED\xA0\x80") == 10);  // surrogate
    CHECK(find_invalid_utf8("ab\xE5\x8C") == 2);               // truncated
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);         // > U+10FFFF
    std::string buf;
    CHECK(io::detail::valid_utf8("a\xFF" "b\xC3", buf) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
}

TEST_CASE("positions count lines and code points", "[export][format]") {
    auto p = io::detail::text_position("ab\nZ\xC3\xBCrich", 7);
    CHECK(p.line == 2);
    CHECK(p.column == 4);
}
