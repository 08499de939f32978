// Shared fixtures for the export tests: a small graph with every kind of awkward text, and a
// field-by-field comparison.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace claimgraph::test {

// Labels with quotes, <&>, newlines, tabs, CR LF, non-ASCII and a C0 control character; symmetric
// and negated claims, modalities, a claim made twice, awkward doubles. Canonicalized.
inline graph::KnowledgeGraph nasty_graph() {
    using graph::Evidence;
    graph::KnowledgeGraph kg;
    kg.name = "Nasty \"graph\" <&> 'test'";
    kg.documents = {"doc one.txt", "\xE5\x8C\x97\xE4\xBA\xAC/report.txt"};
    auto zurich = kg.add_actor("", "Z\xC3\xBCrich \"ETH\" <&>", "university", 3);
    kg.add_alias(zurich, "ETH Z\xC3\xBCrich");
    kg.add_alias(zurich, "E | T | H");
    auto beijing = kg.add_actor("", "\xE5\x8C\x97\xE4\xBA\xAC", "place", 2);
    auto lines = kg.add_actor("", "line\nbreak\tand tab", "concept", 1);
    auto ctrl = kg.add_actor("", "ctrl\x01" "char", "person", 1);
    auto quote = kg.add_actor("", "it's a 'quote' \\ back\\slash ]]> --> end", "organization", 0);
    auto plain = kg.add_actor("", "Plain", "invented-type", 1);
    kg.add_claim(zurich, beijing, "located-in", false, "asserted", 0.9,
                 Evidence{"doc one.txt", 3, 100, 180,
                          "Z\xC3\xBCrich is \"in\" \xE5\x8C\x97\xE4\xBA\xAC <really> & truly."});
    kg.add_claim(zurich, beijing, "promotes", true, "possible", 0.1 + 0.2,
                 Evidence{"doc one.txt", 4, 181, 240, "It may not promote it."});
    kg.add_claim(lines, ctrl, "cooperates-with", false, "asserted", 1.0 / 3.0,
                 Evidence{"doc one.txt", 5, 241, 300, "tab\there, CRLF\r\nthere"});
    kg.add_claim(lines, ctrl, "cooperates-with", false, "asserted", 0.5,
                 Evidence{"\xE5\x8C\x97\xE4\xBA\xAC/report.txt", 0, 0, 50,
                          "control \x02 char and \x7f del"});
    kg.add_claim(ctrl, quote, "funds", false, "planned", 1e-7,
                 Evidence{"doc one.txt", 6, 301, 18446744073709551615ULL, "big offsets"});
    kg.add_claim(quote, plain, "opposes", false, "question", 1.0,
                 Evidence{"doc one.txt", 7, 5, 9, ""});
    kg.add_claim(quote, zurich, "supports", false, "asserted", 0.75,
                 Evidence{"doc one.txt", 8, 10, 20, "first"}, 3);
    kg.canonicalize();
    return kg;
}

// What XML 1.0 does to a string: C0 controls other than tab, LF and CR become U+FFFD.
inline std::string xml_safe(const std::string& s) {
    std::string out;
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out += "\xEF\xBF\xBD";
        } else {
            out += c;
        }
    }
    return out;
}

// Compares every field of every actor and claim; `xml` applies xml_safe to the expected text of
// the fields GraphML stores as plain strings (graph name, labels, keys, types, relations,
// modalities). Aliases, documents and evidence are JSON text inside GraphML, so JSON's \u0001
// escapes carry even control characters through exactly.
inline void require_same_graph(const graph::KnowledgeGraph& expected,
                               const graph::KnowledgeGraph& got, bool xml) {
    auto fix = [&](const std::string& s) { return xml ? xml_safe(s) : s; };
    CHECK(got.name == fix(expected.name));
    REQUIRE(got.documents.size() == expected.documents.size());
    for (std::size_t i = 0; i < expected.documents.size(); ++i) {
        CHECK(got.documents[i] == (expected.documents[i]));
    }
    REQUIRE(got.actor_count() == expected.actor_count());
    for (std::size_t v = 0; v < expected.actor_count(); ++v) {
        const auto& a = expected.actor(v);
        const auto& b = got.actor(v);
        INFO("actor " << v);
        std::string id = "n";  // (not "n" + ...: GCC 12 warns falsely with -Wrestrict)
        id += std::to_string(v);
        CHECK(b.id == id);
        CHECK(b.label == fix(a.label));
        CHECK(b.key == fix(a.key));
        CHECK(b.type == fix(a.type));
        CHECK(b.mentions == a.mentions);
        REQUIRE(b.aliases.size() == a.aliases.size());
        for (std::size_t i = 0; i < a.aliases.size(); ++i) CHECK(b.aliases[i] == (a.aliases[i]));
    }
    REQUIRE(got.edges().size() == expected.edges().size());
    for (std::size_t i = 0; i < expected.edges().size(); ++i) {
        auto ea = expected.edges()[i];
        auto eb = got.edges()[i];
        INFO("edge " << i);
        CHECK(got.source(eb) == expected.source(ea));
        CHECK(got.target(eb) == expected.target(ea));
        const auto& a = expected.claim(ea);
        const auto& b = got.claim(eb);
        CHECK(b.relation == fix(a.relation));
        CHECK(b.negated == a.negated);
        CHECK(b.modality == fix(a.modality));
        CHECK(b.confidence == a.confidence);  // exact: doubles must round-trip
        CHECK(b.weight == a.weight);
        REQUIRE(b.evidence.size() == a.evidence.size());
        for (std::size_t k = 0; k < a.evidence.size(); ++k) {
            CHECK(b.evidence[k].doc == (a.evidence[k].doc));
            CHECK(b.evidence[k].sentence == a.evidence[k].sentence);
            CHECK(b.evidence[k].start == a.evidence[k].start);
            CHECK(b.evidence[k].end == a.evidence[k].end);
            CHECK(b.evidence[k].text == (a.evidence[k].text));
        }
    }
}

// The expected output of a writer, kept in tests/data/golden/ (byte for byte: CRLF, control
// characters and all). Each golden file was checked line by line when written and is validated by
// the real clients in tests/shared (xmllint, rapper, rdflib, NetworkX, Python's csv).
inline std::string golden(const std::string& name) {
    std::ifstream in(std::string(CLAIMGRAPH_TEST_DATA_DIR) + "/golden/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace claimgraph::test
