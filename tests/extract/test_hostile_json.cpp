// Regression tests for bugs found by the hostile-input tests and the fuzzers in the JSON data
// files of the extractor (ontology, lexicon). Each case is named after its bug.
#include "common/error.hpp"
#include "extract/lexicon.hpp"
#include "extract/ontology.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimgraph;

namespace {

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

TEST_CASE("bug ontology_deep_nesting: a million nested brackets are an error, not a stack overflow",
          "[extract][ontology][regression]") {
    // RapidJSON's recursive parser crashed (SIGSEGV) on this; the iterative one reads it.
    CHECK_THROWS_WITH(extract::Ontology::parse(nested(1'000'000), "deep.json"),
                      Catch::StartsWith("deep.json: an ontology is a JSON object"));
    const std::string in_member =
        "{\"format\": \"claimgraph-ontology\", \"version\": 1, \"comment\": " + nested(1'000'000) +
        ", \"types\": 1}";
    CHECK_THROWS_WITH(extract::Ontology::parse(in_member, "deep.json"),
                      Catch::StartsWith("deep.json:1:") && Catch::Contains("\"types\" must be an object"));
}

TEST_CASE("bug lexicon_deep_nesting: a million nested brackets are an error, not a stack overflow",
          "[extract][lexicon][regression]") {
    CHECK_THROWS_AS(extract::Lexicon::parse(nested(1'000'000), "deep.json"), InputError);
}
