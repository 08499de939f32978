#include <catch2/catch.hpp>

#include "query/pattern.hpp"

using claimgraph::query::parse_pattern;
using claimgraph::query::PatternError;

namespace {

std::string error_of(const std::string& pattern) {
    try {
        parse_pattern(pattern);
    } catch (const PatternError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("pattern parser reads triples, variables, types and quoted names", "[query][pattern]") {
    auto p = parse_pattern(
        "?u:university cooperates-with ?v . ?u located-in \"universities in \\\"China\\\"\".");
    REQUIRE(p.triples.size() == 2);
    CHECK(p.triples[0].subject.variable);
    CHECK(p.triples[0].subject.name == "u");
    CHECK(p.triples[0].subject.type == "university");
    CHECK_FALSE(p.triples[0].relation.variable);
    CHECK(p.triples[0].relation.name == "cooperates-with");
    CHECK(p.triples[1].object.name == "universities in \"China\"");
    CHECK_FALSE(p.triples[1].object.variable);
    CHECK(p.variables == std::vector<std::string>{"u", "v"});
    CHECK(p.relation_variable == std::vector<bool>{false, false});
}

TEST_CASE("pattern parser accepts a relation variable and a trailing dot on a bare word",
          "[query][pattern]") {
    auto p = parse_pattern("?u ?r China.");
    REQUIRE(p.triples.size() == 1);
    CHECK(p.triples[0].relation.variable);
    CHECK(p.triples[0].object.name == "China");
    CHECK(p.variables == std::vector<std::string>{"u", "r"});
    CHECK(p.relation_variable == std::vector<bool>{false, true});
    auto multi = parse_pattern("?u funds ?v .\n?v located-in China");
    CHECK(multi.triples.size() == 2);
}

TEST_CASE("pattern errors name the position and show a caret", "[query][pattern]") {
    CHECK(error_of("") ==
          "pattern:1:1: empty pattern: expected a triple such as '?x funds ?y'\n  \n  ^");
    CHECK(error_of("   ") ==
          "pattern:1:4: empty pattern: expected a triple such as '?x funds ?y'\n     \n     ^");
    CHECK(error_of("?u . x") ==
          "pattern:1:4: expected a relation after '?u', found '.'\n  ?u . x\n     ^");
    CHECK(error_of("?v funds ?w . ?u . x") ==
          "pattern:1:18: expected a relation after '?u', found '.'\n"
          "  ?v funds ?w . ?u . x\n"
          "                   ^");
    CHECK(error_of("?u funds") ==
          "pattern:1:9: expected an object after 'funds', found end of pattern\n"
          "  ?u funds\n"
          "          ^");
    CHECK(error_of(". ?u funds ?v") ==
          "pattern:1:1: expected a subject (a variable or a name), found '.'\n"
          "  . ?u funds ?v\n"
          "  ^");
    CHECK(error_of("?u funds ?v . . ?a b ?c") ==
          "pattern:1:15: expected a subject (a variable or a name), found '.'\n"
          "  ?u funds ?v . . ?a b ?c\n"
          "                ^");
    CHECK(error_of("?u funds ?v ?w") ==
          "pattern:1:13: expected '.' between triples, found '?w'\n"
          "  ?u funds ?v ?w\n"
          "              ^");
    CHECK(error_of("? funds ?v") ==
          "pattern:1:2: expected a variable name after '?'\n  ? funds ?v\n   ^");
    CHECK(error_of("?u: funds ?v") ==
          "pattern:1:4: expected a type name after '?u:'\n  ?u: funds ?v\n     ^");
    CHECK(error_of("\"China funds ?v") ==
          "pattern:1:1: unterminated quoted name (missing closing '\"')\n"
          "  \"China funds ?v\n"
          "  ^");
    CHECK(error_of("\"\" funds ?v") == "pattern:1:1: empty name in quotes\n  \"\" funds ?v\n  ^");
    CHECK(error_of("?u ?r:university ?v") ==
          "pattern:1:4: a relation variable cannot have a type: '?r:university'\n"
          "  ?u ?r:university ?v\n"
          "     ^");
    CHECK(error_of("?u ?r ?v . ?r funds ?w") ==
          "pattern:1:12: variable '?r' stands for a relation elsewhere; it cannot also stand "
          "for an actor\n"
          "  ?u ?r ?v . ?r funds ?w\n"
          "             ^");
    CHECK(error_of("?u funds ?v . ?w ?u ?x") ==
          "pattern:1:18: variable '?u' stands for an actor elsewhere; it cannot also stand for "
          "a relation\n"
          "  ?u funds ?v . ?w ?u ?x\n"
          "                   ^");
    CHECK(error_of("?u:university funds ?v . ?u:school funds ?w") ==
          "pattern:1:26: variable '?u' has type 'school' here but 'university' before\n"
          "  ?u:university funds ?v . ?u:school funds ?w\n"
          "                           ^");
}

TEST_CASE("pattern errors on a later line count lines and code points", "[query][pattern]") {
    CHECK(error_of("?u funds ?v .\n?v . x") ==
          "pattern:2:4: expected a relation after '?v', found '.'\n  ?v . x\n     ^");
    // "Zürich" has 6 code points in 7 bytes; the column counts code points.
    CHECK(error_of("Zürich ?r") ==
          "pattern:1:10: expected an object after '?r', found end of pattern\n"
          "  Zürich ?r\n"
          "           ^");
}

TEST_CASE("a pattern error is a ConfigError with line and column", "[query][pattern]") {
    try {
        parse_pattern("?u funds ?v .\n?v . x");
        FAIL("no error");
    } catch (const PatternError& e) {
        CHECK(e.line() == 2);
        CHECK(e.column() == 4);
        const claimgraph::ConfigError& base = e;
        CHECK(std::string(base.what()).rfind("pattern:2:4:", 0) == 0);
    }
}
