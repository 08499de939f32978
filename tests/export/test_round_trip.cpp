#include "common/error.hpp"
#include "export/format.hpp"
#include "export/graphml.hpp"
#include "export/json.hpp"
#include "export_test_graphs.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>

using namespace claimgraph;

namespace {

std::string to_graphml(const graph::KnowledgeGraph& kg) {
    std::ostringstream out;
    io::write_graphml(kg, out);
    return out.str();
}

std::string to_json(const graph::KnowledgeGraph& kg) {
    std::ostringstream out;
    io::write_json(kg, out);
    return out.str();
}

}  // namespace

TEST_CASE("JSON round trip keeps every field of every actor and claim", "[export][json]") {
    auto kg = test::nasty_graph();
    std::string text = to_json(kg);
    auto back = io::read_json_text(text, "nasty.json");
    test::require_same_graph(kg, back, false);
}

TEST_CASE("GraphML round trip keeps every field, C0 controls becoming U+FFFD",
          "[export][graphml]") {
    auto kg = test::nasty_graph();
    std::string text = to_graphml(kg);
    auto back = io::read_graphml_text(text, "nasty.graphml");
    test::require_same_graph(kg, back, true);
}

TEST_CASE("writing what was read gives the same bytes", "[export]") {
    auto kg = test::nasty_graph();
    std::string json = to_json(kg);
    CHECK(to_json(io::read_json_text(json, "a.json")) == json);
    std::string graphml = to_graphml(kg);
    CHECK(to_graphml(io::read_graphml_text(graphml, "a.graphml")) == graphml);
    // GraphML -> JSON -> GraphML is stable too (after the one lossy step).
    auto via = io::read_json_text(to_json(io::read_graphml_text(graphml, "a.graphml")), "b.json");
    CHECK(to_graphml(via) == graphml);
}

TEST_CASE("output does not depend on insertion order", "[export]") {
    graph::KnowledgeGraph a, b;
    auto a1 = a.add_actor("", "Alpha", "country");
    auto a2 = a.add_actor("", "Beta", "person");
    a.add_claim(a1, a2, "funds", false, "asserted", 0.5, graph::Evidence{"d", 1, 2, 3, "t"});
    auto b2 = b.add_actor("", "Beta", "person");
    auto b1 = b.add_actor("", "Alpha", "country");
    b.add_claim(b1, b2, "funds", false, "asserted", 0.5, graph::Evidence{"d", 1, 2, 3, "t"});
    a.canonicalize();
    b.canonicalize();
    CHECK(to_json(a) == to_json(b));
    CHECK(to_graphml(a) == to_graphml(b));
}

TEST_CASE("doubles are written with the shortest text that reads back exactly", "[export]") {
    CHECK(io::detail::format_double(0.9) == "0.9");
    CHECK(io::detail::format_double(1.0) == "1.0");
    CHECK(io::detail::format_double(0.1 + 0.2) == "0.30000000000000004");
    CHECK(io::detail::format_double(1e-7) == "1e-07");
    CHECK(io::detail::format_double(1.0 / 3.0) == "0.3333333333333333");
}

TEST_CASE("the file overloads write atomically and read_graph picks the format",
          "[export][format]") {
    auto kg = test::nasty_graph();
    char tmpl[] = "/tmp/claimgraph-io-XXXXXX";
    REQUIRE(mkdtemp(tmpl) != nullptr);
    std::string base = tmpl;
    for (const char* name : {"/g.json", "/g.graphml", "/g.xml"}) {
        io::write_graph(kg, base + name);
        auto back = io::read_graph(base + name);
        test::require_same_graph(kg, back, std::string(name) != "/g.json");
        std::remove((base + name).c_str());
    }
    io::write_graph(kg, base + "/g.dot");
    CHECK_THROWS_AS(io::read_graph(base + "/g.dot"), ConfigError);
    std::remove((base + "/g.dot").c_str());
    // No extension: the content decides.
    io::write_graph(kg, base + "/noext", io::Format::json);
    test::require_same_graph(kg, io::read_graph(base + "/noext"), false);
    io::write_graph(kg, base + "/noext", io::Format::graphml);
    test::require_same_graph(kg, io::read_graph(base + "/noext"), true);
    std::remove((base + "/noext").c_str());
    rmdir(base.c_str());
}

TEST_CASE("the shipped nasty.json is canonical and reads back exactly", "[export]") {
    const std::string path = std::string(CLAIMGRAPH_TEST_DATA_DIR) + "/nasty.json";
    auto kg = io::read_graph(path);
    CHECK(kg.actor_count() == 10);
    CHECK(kg.claim_count() == 7);
    CHECK(kg.actor(7).label == "two\nlines\tand a tab");
    CHECK(kg.actor(0).label == "bell\x07 and back\\slash ]]> -- end");
    const std::string once = to_json(kg);
    auto again = io::read_graph(path);
    again.canonicalize();
    CHECK(to_json(again) == once);
    CHECK(to_json(io::read_json_text(once, "once.json")) == once);
}
