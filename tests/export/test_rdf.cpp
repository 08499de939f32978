#include "export/format.hpp"
#include "export/rdf.hpp"
#include "export_test_graphs.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace claimgraph;

TEST_CASE("N-Triples and Turtle of the nasty graph are exactly the golden files", "[export][rdf]") {
    std::ostringstream nt, ttl;
    io::write_ntriples(test::nasty_graph(), nt);
    io::write_turtle(test::nasty_graph(), ttl);
    CHECK(nt.str() == test::golden("nasty_graph.nt"));
    CHECK(ttl.str() == test::golden("nasty_graph.ttl"));
}

TEST_CASE("RDF literals escape quotes, backslashes and controls and keep UTF-8",
          "[export][rdf]") {
    using io::detail::rdf_string_literal;
    CHECK(rdf_string_literal("say \"hi\" \\ now") == "\"say \\\"hi\\\" \\\\ now\"");
    CHECK(rdf_string_literal("a\nb\rc\td\be\ff") == "\"a\\nb\\rc\\td\\be\\ff\"");
    CHECK(rdf_string_literal(std::string("nul\0bel\x07" "del\x7f", 12)) ==
          "\"nul\\u0000bel\\u0007del\\u007F\"");
    CHECK(rdf_string_literal("Z\xC3\xBCrich \xE5\x8C\x97") == "\"Z\xC3\xBCrich \xE5\x8C\x97\"");
    CHECK(rdf_string_literal("bad \xFF") == "\"bad \xEF\xBF\xBD\"");
}

TEST_CASE("IRI local names are percent-encoded UTF-8", "[export][rdf]") {
    using io::detail::iri_local_name;
    CHECK(iri_local_name("cooperates-with") == "cooperates-with");
    CHECK(iri_local_name("universities in china") == "universities%20in%20china");
    CHECK(iri_local_name("a<b>\"c\"{d}|e^f`g\\h%i#j/k?l") ==
          "a%3Cb%3E%22c%22%7Bd%7D%7Ce%5Ef%60g%5Ch%25i%23j%2Fk%3Fl");
    CHECK(iri_local_name("z\xC3\xBCrich") == "z%C3%BCrich");
    CHECK(iri_local_name("a.b_c~d") == "a.b_c~d");
}

TEST_CASE("Turtle writes a full IRI where a prefixed name would be invalid", "[export][rdf]") {
    graph::KnowledgeGraph kg;
    auto a = kg.add_actor("-lead", "Lead", "country", 1);
    auto b = kg.add_actor("ends.", "Ends", "country", 1);
    auto c = kg.add_actor("til~de", "Tilde", "country", 1);
    graph::Evidence ev{"d", 0, 0, 1, "x"};
    kg.add_claim(a, b, "funds", false, "asserted", 1.0, ev);
    kg.add_claim(b, c, "funds", false, "asserted", 1.0, ev);
    kg.canonicalize();
    std::ostringstream out;
    io::write_turtle(kg, out);
    const std::string t = out.str();
    CHECK(t.find("<urn:claimgraph:actor:-lead> rel:funds <urn:claimgraph:actor:ends.> .") !=
          std::string::npos);
    CHECK(t.find("<urn:claimgraph:actor:ends.> rel:funds <urn:claimgraph:actor:til~de> .") !=
          std::string::npos);
}

TEST_CASE("RDF asserts only claims that are asserted and not negated", "[export][rdf]") {
    graph::KnowledgeGraph kg;
    auto a = kg.add_actor("a", "A", "country", 1);
    auto b = kg.add_actor("b", "B", "country", 1);
    graph::Evidence ev{"d", 0, 0, 1, "x"};
    kg.add_claim(a, b, "funds", true, "asserted", 1.0, ev);
    kg.add_claim(a, b, "supports", false, "possible", 1.0, ev);
    kg.add_claim(a, b, "opposes", false, "asserted", 1.0, ev);
    kg.canonicalize();
    std::ostringstream out;
    io::write_ntriples(kg, out);
    const std::string t = out.str();
    const std::string ab = "<urn:claimgraph:actor:a> <urn:claimgraph:relation:";
    CHECK(t.find(ab + "opposes> <urn:claimgraph:actor:b> .") != std::string::npos);
    CHECK(t.find(ab + "funds>") == std::string::npos);
    CHECK(t.find(ab + "supports>") == std::string::npos);
    // All three are statements.
    std::size_t statements = 0;
    for (std::size_t p = t.find("#Statement> ."); p != std::string::npos;
         p = t.find("#Statement> .", p + 1)) {
        ++statements;
    }
    CHECK(statements == 3);
}

TEST_CASE("RDF formats are found by extension", "[export][rdf]") {
    CHECK(io::format_from_path("g.nt") == io::Format::ntriples);
    CHECK(io::format_from_path("g.ttl") == io::Format::turtle);
    CHECK(io::format_from_name("turtle") == io::Format::turtle);
    CHECK(io::format_from_name("nt") == io::Format::ntriples);
}
