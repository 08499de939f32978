#include "export/html.hpp"

#include "common/error.hpp"
#include "export/format.hpp"
#include "export_test_graphs.hpp"

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <cmath>
#include <set>
#include <sstream>

using namespace claimgraph;

namespace {

// A stand-in for cytoscape.js: the writer only embeds it, so the unit tests need no download.
io::ViewerLibrary fake_library() {
    return {"cytoscape.js", "0.0.0-test", "window.cytoscape = function () {};",
            "Test licence <MIT> & \"friends\""};
}

std::string page(const graph::KnowledgeGraph& kg, const io::HtmlOptions& options = {}) {
    std::ostringstream out;
    io::write_html(kg, out, fake_library(), options);
    return out.str();
}

// The text of <script type="application/json" id="graph-data">…</script>.
std::string data_script(const std::string& html) {
    const std::string open = "<script type=\"application/json\" id=\"graph-data\">";
    auto start = html.find(open);
    REQUIRE(start != std::string::npos);
    start += open.size();
    auto end = html.find("</script>", start);
    REQUIRE(end != std::string::npos);
    return html.substr(start, end - start);
}

// Labels written to break out of the script element or the page.
graph::KnowledgeGraph hostile_graph() {
    graph::KnowledgeGraph kg;
    kg.name = "</title><script>alert('name')</script>";
    auto a = kg.add_actor("a", "</script><script>document.title='pwned'</script>", "country", 2);
    auto b = kg.add_actor("b", "<!-- <script> </SCRIPT > & \xE2\x80\xA8 line sep", "invented", 1);
    auto c = kg.add_actor("c", "bad utf8 \xff end", "person", 1);
    kg.add_claim(a, b, "funds", false, "asserted", 0.5,
                 graph::Evidence{"d</script>.txt", 0, 0, 10, "A </script> funds <!-- B."});
    kg.add_claim(b, c, "supports", true, "possible", 0.25,
                 graph::Evidence{"d</script>.txt", 0, 0, 10, "A </script> funds <!-- B."});
    kg.canonicalize();
    return kg;
}

}  // namespace

TEST_CASE("HTML script data escapes <, >, & and U+2028 so no label can end the script element",
          "[export][html]") {
    CHECK(io::detail::script_safe_json(R"({"a":"</script><!-- & >"})") ==
          R"({"a":"\u003c/script\u003e\u003c!-- \u0026 \u003e"})");
    CHECK(io::detail::script_safe_json("\"\xE2\x80\xA8\xE2\x80\xA9\xE2\x82\xAC\"") ==
          "\"\\u2028\\u2029\xE2\x82\xAC\"");
    const std::string html = page(hostile_graph());
    const std::string data = data_script(html);
    for (const char* bad : {"<", ">", "&", "\xE2\x80\xA8"}) {
        INFO(bad);
        CHECK(data.find(bad) == std::string::npos);
    }
    // Exactly three script elements: data, library, viewer; the hostile labels opened none.
    std::size_t scripts = 0;
    for (auto at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1)) {
        ++scripts;
    }
    CHECK(scripts == 3);
    CHECK(html.find("<title>&lt;/title&gt;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"
                    "</title>") != std::string::npos);
}

TEST_CASE("HTML script data parses back to the graph's exact labels, claims and sentences",
          "[export][html]") {
    auto kg = hostile_graph();
    rapidjson::Document doc;
    const std::string data = data_script(page(kg));
    doc.Parse(data.c_str(), data.size());
    REQUIRE_FALSE(doc.HasParseError());
    REQUIRE(doc["nodes"].Size() == 3);
    CHECK(std::string(doc["nodes"][0]["label"].GetString()) ==
          "</script><script>document.title='pwned'</script>");
    CHECK(std::string(doc["nodes"][1]["label"].GetString()) ==
          "<!-- <script> </SCRIPT > & \xE2\x80\xA8 line sep");
    CHECK(std::string(doc["nodes"][2]["label"].GetString()) == "bad utf8 \xEF\xBF\xBD end");
    CHECK(std::string(doc["nodes"][1]["type"].GetString()) == "invented");
    // Types in palette order with the DOT writer's colours; unknown types white.
    REQUIRE(doc["types"].Size() == 3);
    CHECK(std::string(doc["types"][0]["type"].GetString()) == "country");
    CHECK(std::string(doc["types"][0]["color"].GetString()) == "#8dd3c7");
    CHECK(std::string(doc["types"][0]["shape"].GetString()) == "hexagon");
    CHECK(std::string(doc["types"][1]["type"].GetString()) == "person");
    CHECK(std::string(doc["types"][2]["type"].GetString()) == "invented");
    CHECK(std::string(doc["types"][2]["color"].GetString()) == "#ffffff");
    // The one sentence behind both claims is listed once.
    REQUIRE(doc["sentences"].Size() == 1);
    CHECK(std::string(doc["sentences"][0]["text"].GetString()) == "A </script> funds <!-- B.");
    REQUIRE(doc["edges"].Size() == 2);
    const auto& e1 = doc["edges"][1];
    CHECK(std::string(e1["source"].GetString()) == "n1");
    CHECK(std::string(e1["target"].GetString()) == "n2");
    CHECK(std::string(e1["relation"].GetString()) == "supports");
    CHECK(e1["negated"].GetBool());
    CHECK(std::string(e1["modality"].GetString()) == "possible");
    CHECK(e1["confidence"].GetDouble() == 0.25);
    REQUIRE(e1["evidence"].Size() == 1);
    CHECK(e1["evidence"][0].GetUint() == 0);
    CHECK(std::string(doc["layout"].GetString()) == "cose");
    CHECK(doc["edge_labels"].GetBool());
}

TEST_CASE("HTML page embeds the library and its licence, and is the same bytes each time",
          "[export][html]") {
    auto kg = test::nasty_graph();
    const std::string html = page(kg);
    CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
    CHECK(html.find("window.cytoscape = function () {};") != std::string::npos);
    CHECK(html.find("<pre>Test licence &lt;MIT&gt; &amp; &quot;friends&quot;</pre>") !=
          std::string::npos);
    CHECK(html.find("cytoscape.js 0.0.0-test") != std::string::npos);
    CHECK(html.find("6 actors, 6 claims from 2 documents") != std::string::npos);
    // Offline: nothing is loaded from elsewhere.
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(page(kg) == html);
}

TEST_CASE("HTML lays out large graphs itself, the same way each time, and drops edge labels",
          "[export][html]") {
    auto kg = test::nasty_graph();
    io::HtmlOptions options;
    options.cose_up_to_nodes = 5;
    options.edge_labels_up_to = 5;
    const std::string html = page(kg, options);
    CHECK(html.find("Layout computed by claimgraph (Fruchterman-Reingold): more than 5 actors") !=
          std::string::npos);
    rapidjson::Document doc;
    const std::string data = data_script(html);
    doc.Parse(data.c_str(), data.size());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(std::string(doc["layout"].GetString()) == "preset");
    CHECK_FALSE(doc["edge_labels"].GetBool());
    // Every actor has a finite position, no two the same, rounded to 0.1.
    std::set<std::pair<double, double>> seen;
    for (const auto& node : doc["nodes"].GetArray()) {
        REQUIRE(node.HasMember("x"));
        const double x = node["x"].GetDouble(), y = node["y"].GetDouble();
        CHECK(std::isfinite(x));
        CHECK(std::isfinite(y));
        CHECK(std::abs(x * 10 - std::round(x * 10)) < 1e-6);
        seen.insert({x, y});
    }
    CHECK(seen.size() == kg.actor_count());
    CHECK(page(kg, options) == html);
    options.cose_up_to_nodes = 6;
    options.edge_labels_up_to = 6;
    const std::string small = data_script(page(kg, options));
    CHECK(small.find("\"layout\":\"cose\",\"edge_labels\":true") != std::string::npos);
    CHECK(small.find("\"x\":") == std::string::npos);
}

TEST_CASE("HTML writer refuses a library that would end its script element", "[export][html]") {
    auto lib = fake_library();
    lib.script = "var s = '</SCRIPT>';";
    std::ostringstream out;
    CHECK_THROWS_WITH(io::write_html(test::nasty_graph(), out, lib),
                      Catch::Contains("byte offset 9 holds \"</script\""));
    lib.script = "x <!-- y";
    CHECK_THROWS_AS(io::write_html(test::nasty_graph(), out, lib), ConfigError);
}

TEST_CASE("HTML is a write-only format chosen by .html and .htm", "[export][html][format]") {
    CHECK(io::format_from_path("graph.HTML") == io::Format::html);
    CHECK(io::format_from_path("graph.htm") == io::Format::html);
    CHECK(io::format_from_name("html") == io::Format::html);
    CHECK_FALSE(io::format_info(io::Format::html).readable);
    CHECK_THROWS_WITH(io::read_graph("graph.html"), Catch::Contains("cannot read it"));
}
