#include "extract/document_record.hpp"

#include "common/error.hpp"
#include "common/sha256.hpp"
#include "common/utf8.hpp"
#include "export/json.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

using namespace claimgraph::extract;
using claimgraph::graph::KnowledgeGraph;

namespace {

DocumentRecord record(const std::string& id, const std::string& label, const std::string& type,
                      const std::string& relation) {
    DocumentRecord r;
    r.id = id;
    r.info.sha256 = claimgraph::sha256_hex(id);
    r.actors.push_back({"siemens", label, type, 2, {"Siemens AG"}});
    r.actors.push_back({"hafnor", "Hafnor", "company", 1, {}});
    r.claims.push_back({"siemens", "hafnor", relation, false, "asserted", 0.1 + 0.2, 0, 0, 30,
                        label + " bought Hafnor."});
    return r;
}

std::string dump(KnowledgeGraph kg) {
    kg.canonicalize();
    std::string out;
    for (std::size_t v = 0; v < kg.actor_count(); ++v) {
        const auto& a = kg.actor(v);
        out += a.id + " " + a.label + " " + a.type + " " + std::to_string(a.mentions) + " [";
        for (const auto& s : a.aliases) out += s + ";";
        out += "]\n";
    }
    for (auto e : kg.edges()) {
        const auto& c = kg.claim(e);
        out += kg.actor(kg.source(e)).id + " " + c.relation + " " + kg.actor(kg.target(e)).id +
               " w" + std::to_string(c.weight) + " e" + std::to_string(c.evidence.size()) + "\n";
    }
    for (const auto& d : kg.documents) out += d + "\n";
    return out;
}

}  // namespace

TEST_CASE("sha256_hex matches the FIPS 180-4 test vectors", "[common][sha256]") {
    CHECK(claimgraph::sha256_hex("") ==
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(claimgraph::sha256_hex("abc") ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(claimgraph::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(claimgraph::sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("a document record reads back exactly from its JSON line", "[extract][record]") {
    DocumentRecord r = record("doc \"1\"", "Siemens", "company", "acquires");
    r.info.url = "https://example.org/\xC3\xA9";
    r.tokens = 12;
    DocumentRecord back = record_from_json(record_to_json(r), "part.jsonl", 2);
    CHECK(back.id == r.id);
    CHECK(back.info == r.info);
    CHECK(back.tokens == 12);
    REQUIRE(back.actors.size() == 2);
    CHECK(back.actors[0].aliases == r.actors[0].aliases);
    CHECK(back.actors[0].mentions == 2);
    REQUIRE(back.claims.size() == 1);
    CHECK(back.claims[0].confidence == r.claims[0].confidence);  // 0.30000000000000004, exactly
    CHECK(back.claims[0].text == r.claims[0].text);
    CHECK(record_to_json(back) == record_to_json(r));
}

TEST_CASE("a bad claims line is an error naming file, line and what is wrong", "[extract][record]") {
    auto error_of = [](std::string_view line) -> std::string {
        try {
            record_from_json(line, "part.jsonl", 5);
        } catch (const claimgraph::InputError& e) {
            return e.what();
        }
        return "";
    };
    CHECK(error_of(R"({"id": "a"})").rfind("part.jsonl:5:1: record: missing \"sha256\"", 0) == 0);
    CHECK(error_of(R"({"id": "a", "sha256": "x", "actors": [{"key": 1}], "claims": []})")
              .rfind("part.jsonl:5:1: actor 0: \"key\" must be a string", 0) == 0);
    CHECK(error_of("{\"id\": ").rfind("part.jsonl:5:8: bad JSON", 0) == 0);
    CHECK_THROWS_WITH(check_claims_header(R"({"directed": true})", "g.json"),
                      Catch::StartsWith("g.json:1: not a claims file"));
}

TEST_CASE("records give the same graph in any order: the smallest document id names actors",
          "[extract][record]") {
    DocumentRecord a = record("a", "Siemens", "organization", "acquires");
    DocumentRecord b = record("b", "SIEMENS", "company", "acquires");
    DocumentRecord c = record("c", "siemens", "concept", "owns");
    std::vector<DocumentRecord*> order = {&a, &b, &c};
    std::string first;
    do {
        KnowledgeGraph kg;
        for (auto* r : order) add_record(*r, kg);
        std::string d = dump(kg);
        if (first.empty()) first = d;
        CHECK(d == first);
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(first ==
          "n0 Hafnor company 3 []\n"
          "n1 Siemens organization 6 [SIEMENS;Siemens AG;siemens;]\n"
          "n1 acquires n0 w2 e2\n"
          "n1 owns n0 w1 e1\n"
          "a\nb\nc\n");
}

TEST_CASE("a graph read from a file keeps its labels when records are added", "[extract][record]") {
    KnowledgeGraph kg;
    kg.add_actor("siemens", "Siemens Group", "company");  // no origin: as read from a file
    add_record(record("a", "Siemens", "organization", "acquires"), kg);
    kg.canonicalize();
    auto v = kg.find_key("siemens");
    REQUIRE(v);
    CHECK(kg.actor(*v).label == "Siemens Group");
    CHECK(kg.actor(*v).type == "company");
}

TEST_CASE("records added to a graph read back from JSON give the graph of one build, whatever "
          "the order of document ids", "[extract][record]") {
    // Each document spells and types the actor differently; "a" decides in one build.
    DocumentRecord a = record("a", "Siemens", "organization", "acquires");
    DocumentRecord b = record("b", "SIEMENS", "company", "acquires");
    DocumentRecord c = record("c", "siemens", "concept", "owns");
    const auto json = [](KnowledgeGraph kg) {
        kg.name = "g";
        kg.canonicalize();
        std::ostringstream out;
        claimgraph::io::write_json(kg, out);
        return out.str();
    };
    KnowledgeGraph all;
    for (auto* r : {&a, &b, &c}) add_record(*r, all);
    const std::string one_shot = json(all);
    CHECK(one_shot.find(R"("label":"Siemens","type":"organization","aliases":["SIEMENS","Siemens AG","siemens"],"mentions":6,"key":"siemens","label_doc":0})") !=
          std::string::npos);
    std::vector<DocumentRecord*> order = {&a, &b, &c};
    do {
        for (std::size_t first = 1; first < order.size(); ++first) {
            KnowledgeGraph part;
            for (std::size_t i = 0; i < first; ++i) add_record(*order[i], part);
            std::istringstream in(json(part));
            KnowledgeGraph kg = claimgraph::io::read_json(in, "part.json");
            for (std::size_t i = first; i < order.size(); ++i) add_record(*order[i], kg);
            CHECK(json(kg) == one_shot);
        }
    } while (std::next_permutation(order.begin(), order.end()));
}

TEST_CASE("the type comes from the smallest document id that gives one, not the label's",
          "[extract][record]") {
    DocumentRecord a = record("a", "Siemens", "concept", "acquires");  // names, does not type
    DocumentRecord b = record("b", "SIEMENS", "company", "acquires");
    DocumentRecord c = record("c", "siemens", "organization", "owns");
    KnowledgeGraph kg;
    for (auto* r : {&a, &b, &c}) add_record(*r, kg);
    kg.name = "g";
    kg.canonicalize();
    std::ostringstream out;
    claimgraph::io::write_json(kg, out);
    CHECK(out.str().find(R"("label":"Siemens","type":"company","aliases":["SIEMENS","Siemens AG","siemens"],"mentions":6,"key":"siemens","label_doc":0,"type_doc":1})") !=
          std::string::npos);
    std::istringstream in(out.str());
    KnowledgeGraph back = claimgraph::io::read_json(in, "g.json");
    auto v = back.find_key("siemens");
    REQUIRE(v);
    CHECK(back.origin(back.actor(*v).label_origin) == "a");
    CHECK(back.origin(back.actor(*v).type_origin) == "b");
}

TEST_CASE("label_doc and type_doc must index graph.documents", "[extract][record]") {
    std::istringstream in(R"({"graph":{"documents":["a"]},"nodes":[{"id":"n0","label":"X","key":"x","label_doc":1}],"edges":[]})");
    CHECK_THROWS_WITH(claimgraph::io::read_json(in, "g.json"),
                      Catch::Contains("'label_doc' and 'type_doc' index graph.documents, which has 1 "
                                      "entries; got 1"));
}

TEST_CASE("utf8::repair replaces each byte of a bad sequence with U+FFFD", "[common][utf8]") {
    std::string s = "\xE2\x80" "be";  // a curly apostrophe cut short, as a bad lemma once had
    CHECK(claimgraph::utf8::repair(s));
    CHECK(s == "\xEF\xBF\xBD\xEF\xBF\xBD" "be");
    std::string ok = "caf\xC3\xA9";
    CHECK_FALSE(claimgraph::utf8::repair(ok));
    CHECK(ok == "caf\xC3\xA9");
}
