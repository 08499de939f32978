#include "common/error.hpp"
#include "export/json.hpp"
#include "export_test_graphs.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace claimgraph;

namespace {

std::string read_error(const std::string& text) {
    try {
        io::read_json_text(text, "g.json");
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("JSON is the node-link layout with one node or edge per line", "[export][json]") {
    graph::KnowledgeGraph kg;
    kg.name = "demo";
    kg.documents = {"a.txt"};
    auto china = kg.add_actor("", "China", "country", 7);
    kg.add_alias(china, "China's");
    auto p = kg.add_actor("", "the project", "project", 1);
    kg.add_claim(china, p, "participates-in", false, "asserted", 0.9,
                 graph::Evidence{"a.txt", 11, 1843, 2101, "China takes part."});
    kg.add_claim(china, p, "funds", false, "asserted", 0.5,
                 graph::Evidence{"a.txt", 12, 2102, 2200, "China funds it."});
    kg.canonicalize();
    std::ostringstream out;
    io::write_json(kg, out);
    CHECK(out.str() ==
          "{\"directed\":true,\"multigraph\":true,\"graph\":{\"name\":\"demo\",\"documents\":"
          "[\"a.txt\"]},\n"
          "\"nodes\":[\n"
          "{\"id\":\"n0\",\"label\":\"China\",\"type\":\"country\",\"aliases\":[\"China's\"],"
          "\"mentions\":7,\"key\":\"china\"},\n"
          "{\"id\":\"n1\",\"label\":\"the project\",\"type\":\"project\",\"aliases\":[],"
          "\"mentions\":1,\"key\":\"the project\"}\n"
          "],\n"
          "\"edges\":[\n"
          "{\"source\":\"n0\",\"target\":\"n1\",\"key\":0,\"relation\":\"funds\",\"negated\":false,"
          "\"modality\":\"asserted\",\"confidence\":0.5,\"weight\":1,\"evidence\":[{\"doc\":"
          "\"a.txt\",\"sentence\":12,\"start\":2102,\"end\":2200,\"text\":\"China funds it.\"}]},\n"
          "{\"source\":\"n0\",\"target\":\"n1\",\"key\":1,\"relation\":\"participates-in\","
          "\"negated\":false,\"modality\":\"asserted\",\"confidence\":0.9,\"weight\":1,"
          "\"evidence\":[{\"doc\":\"a.txt\",\"sentence\":11,\"start\":1843,\"end\":2101,\"text\":"
          "\"China takes part.\"}]}\n"
          "]}\n");
}

TEST_CASE("an empty graph is valid JSON and reads back empty", "[export][json]") {
    graph::KnowledgeGraph kg;
    std::ostringstream out;
    io::write_json(kg, out);
    CHECK(out.str() ==
          "{\"directed\":true,\"multigraph\":true,\"graph\":{\"name\":\"\",\"documents\":[]},\n"
          "\"nodes\":[],\n\"edges\":[]}\n");
    auto back = io::read_json_text(out.str(), "empty.json");
    CHECK(back.actor_count() == 0);
    CHECK(back.claim_count() == 0);
}

TEST_CASE("the JSON reader takes NetworkX's layouts: links, numeric ids, nodes after edges",
          "[export][json]") {
    auto kg = io::read_json_text(
        R"({"directed": true, "multigraph": false, "graph": {"x": [1, {"y": 2}]},
            "links": [{"source": 1, "target": 2, "weight": 2, "label": "helps", "extra": {}}],
            "nodes": [{"id": 1, "label": "One", "color": "red"}, {"id": 2}]})",
        "nx.json");
    REQUIRE(kg.actor_count() == 2);
    REQUIRE(kg.claim_count() == 1);
    CHECK(kg.actor(0).id == "1");
    CHECK(kg.actor(0).label == "One");
    CHECK(kg.actor(0).type == "concept");
    CHECK(kg.actor(1).label == "2");
    const auto& c = kg.claim(kg.edges()[0]);
    CHECK(c.relation == "helps");
    CHECK(c.weight == 2);
    CHECK(c.confidence == 1.0);
    CHECK(c.modality == "asserted");
    CHECK_FALSE(c.negated);
}

TEST_CASE("JSON nodes with the same label but no key get distinct keys", "[export][json]") {
    auto kg = io::read_json_text(
        R"({"nodes": [{"id": "a", "label": "Same"}, {"id": "b", "label": "Same"}]})", "s.json");
    REQUIRE(kg.actor_count() == 2);
    CHECK(kg.actor(0).key == "same");
    CHECK(kg.actor(1).key == "same #b");
}

TEST_CASE("JSON reader errors say where and what", "[export][json]") {
    CHECK(read_error("{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"}],\n"
                     "\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"weight\":\"3\"}]}") ==
          "g.json:2:49 (byte 82): edge 0: 'weight' must be a non-negative integer, got a string");
    CHECK(read_error(R"({"nodes":[{"id":"a"},{"id":"a"}]})") ==
          "g.json:1:22 (byte 21): node 1: duplicate node id 'a' (also node 0); node ids must be "
          "unique");
    CHECK(read_error(R"({"nodes":[{"id":"a"}],"edges":[{"source":"a","target":"zz"}]})") ==
          "g.json:1:32 (byte 31): edge 0: target 'zz' is not the id of any node; add the node or "
          "fix the edge");
    CHECK(read_error(R"({"edges":[{"source":"q","target":"a"}],"nodes":[{"id":"a"}]})") ==
          "g.json:1:11 (byte 10): edge 0: source 'q' is not the id of any node; add the node or "
          "fix the edge");
    CHECK(read_error("{\"nodes\":[{\"id\":\"a\"}],\n \"edges\":[{\"source\":\"a\" \"target\":1}]}") ==
          "g.json:2:25 (byte 47): malformed JSON: Missing a comma or '}' after an object member. "
          "Fix the file or write it again with claimgraph");
    CHECK(read_error("") ==
          "g.json:1:1 (byte 0): malformed JSON: The document is empty. Fix the file or write it "
          "again with claimgraph");
    CHECK(read_error("[1,2]") == "g.json:1:2 (byte 1): the graph must be a JSON object, got an array");
    CHECK(read_error(R"({"nodes":{"id":"a"}})") ==
          "g.json:1:11 (byte 10): top level: 'nodes' must be an array, got an object");
    CHECK(read_error(R"({"nodes":[{"id":"a","mentions":-1}]})") ==
          "g.json:1:34 (byte 33): node 0: 'mentions' must be a non-negative integer, got -1");
    CHECK(read_error(R"({"nodes":[{"id":"a","aliases":[1]}]})") ==
          "g.json:1:33 (byte 32): node 0: each entry of 'aliases' must be a string, got a number");
    CHECK(read_error(R"({"nodes":[{"label":"a"}]})") ==
          "g.json:1:24 (byte 23): node 0: missing 'id'; every node needs a unique id");
    CHECK(read_error(R"({"nodes":[{"id":"a"}],"edges":[{"source":"a","target":"a","negated":"no"}]})") ==
          "g.json:1:73 (byte 72): edge 0: 'negated' must be a boolean, got a string");
    CHECK(read_error(R"({"nodes":[{"id":"a"}],"edges":[{"source":"a","target":"a","evidence":[{"sentence":1.5}]}]})") ==
          "g.json:1:86 (byte 85): edge 0 evidence 0: 'sentence' must be a non-negative integer, got 1.5");
    CHECK(read_error("{\"nodes\":[{\"id\":\"a\",\"label\":\"\xff\"}]}") ==
          "g.json:1:30 (byte 29): invalid UTF-8; JSON must be UTF-8 encoded. Convert the file "
          "(iconv) or fix the bytes at this position");
    CHECK(read_error(std::string("{\"nodes\":[]}\0x", 14)) ==
          "g.json:1:13 (byte 12): NUL byte in JSON text; the file is binary or truncated");
    CHECK(read_error("{\"nodes\":[]} {}") ==
          "g.json:1:14 (byte 13): unexpected text after the end of the JSON graph");
}

TEST_CASE("JSON nesting is limited, so deep input cannot overflow the stack", "[export][json]") {
    std::string deep = "{\"graph\":{\"x\":" + std::string(100000, '[') + std::string(100000, ']') +
                       "}}";
    CHECK(read_error(deep) ==
          "g.json:1:114 (byte 113): JSON nested deeper than 100 levels; a graph needs 5");
}

TEST_CASE("JSON text embedded in GraphML parses back", "[export][json]") {
    std::vector<graph::Evidence> ev;
    std::string err;
    CHECK(io::detail::parse_evidence_json(
        R"([{"doc":"d","sentence":1,"start":2,"end":3,"text":"t","extra":[1]}])", ev, err) ==
        false);
    REQUIRE(io::detail::parse_evidence_json(
        R"([{"doc":"d","sentence":1,"start":2,"end":3,"text":"t\u0001"}])", ev, err));
    REQUIRE(ev.size() == 1);
    CHECK(ev[0] == graph::Evidence{"d", 1, 2, 3, "t\x01"});
    std::vector<std::string> items;
    CHECK_FALSE(io::detail::parse_string_array_json("[1]", items, err));
    CHECK(err == "expected a JSON array of strings (Terminate parsing due to Handler error. at "
                 "character 1)");
}

TEST_CASE("bug json_offset_2pow64: an offset of 2^64 is refused, not converted",
          "[export][json]") {
    // 2^64 does not fit in 64 bits; converting its double was undefined behaviour (UBSan, found
    // by fuzz_json in CI).
    CHECK(read_error(R"({"nodes":[{"id":"a"}],"edges":[{"source":"a","target":"a","evidence":)"
                     R"([{"doc":"d","start":18446744073709551616}]}]})") ==
          "g.json:1:110 (byte 109): edge 0 evidence 0: 'start' must be a non-negative integer, got "
          "18446744073709551616");
    CHECK(read_error(R"({"nodes":[{"id":"a"}],"edges":[{"source":"a","target":"a","evidence":)"
                     R"([{"doc":"d","start":1.8446744073709552e19}]}]})") ==
          "g.json:1:111 (byte 110): edge 0 evidence 0: 'start' must be a non-negative integer, got "
          "1.8446744073709552e19");
    // The largest integers still read.
    auto kg = io::read_json_text(
        R"({"nodes":[{"id":"a"}],"edges":[{"source":"a","target":"a","evidence":)"
        R"([{"doc":"d","start":18446744073709551615,"end":9007199254740992.0}]}]})",
        "g.json");
    REQUIRE(kg.claim_count() == 1);
}
