// The ontology's inverse verbs: phrases whose object is the relation's subject.
#include "common/error.hpp"
#include "extract/ontology.hpp"

#include <catch2/catch.hpp>

using namespace claimgraph;

namespace {

std::string ontology_with(const std::string& relations) {
    return "{\"format\": \"claimgraph-ontology\", \"version\": 1,\n \"types\": {\"concept\": {}},\n"
           " \"relations\": {" + relations + "}}\n";
}

}  // namespace

TEST_CASE("inverse verbs are looked up apart from verbs", "[extract][ontology]") {
    auto o = extract::Ontology::parse(
        ontology_with("\"part-of\": {\"verbs\": [\"belong to\"], \"inverse_verbs\": [\"include\", "
                      "\"consist of\"]}"),
        "o.json");
    REQUIRE(o.relation_for_inverse_verb("include") != nullptr);
    CHECK(o.relation_for_inverse_verb("include")->name == "part-of");
    CHECK(o.relation_for_inverse_verb("consist of")->name == "part-of");
    CHECK(o.relation_for_verb("include") == nullptr);
    CHECK(o.relation_for_inverse_verb("belong to") == nullptr);
    CHECK(o.relation_for_verb("belong to")->name == "part-of");
}

TEST_CASE("an inverse verb listed under two relations is an error", "[extract][ontology]") {
    CHECK_THROWS_WITH(
        extract::Ontology::parse(
            ontology_with("\"part-of\": {\"inverse_verbs\": [\"include\"]},\n"
                          " \"instance-of\": {\"inverse_verbs\": [\"include\"]}"),
            "o.json"),
        Catch::Contains("inverse verb phrase \"include\" is listed under both \"part-of\" and "
                        "\"instance-of\""));
}

TEST_CASE("a naming pattern's opening words may follow words that qualify the name",
          "[extract][ontology]") {
    auto o = extract::Ontology::parse(
        "{\"format\": \"claimgraph-ontology\", \"version\": 1,\n \"types\": {\"concept\": {},"
        " \"government\": {\"patterns\": [\"Ministry of *\"]},"
        " \"company\": {\"patterns\": [\"* Energy\"]}},\n \"relations\": {}}\n",
        "test.json");
    // The longer pattern wins wherever its opening words stand.
    CHECK(o.type_of_name("Ministry of Energy") == std::optional<std::string>("government"));
    CHECK(o.type_of_name("Norwegian Ministry of Energy") == std::optional<std::string>("government"));
    CHECK(o.type_of_name("Brenner Energy") == std::optional<std::string>("company"));
    // The opening words must start a word, and something must follow them.
    CHECK(o.type_of_name("Superministry of Energy") == std::optional<std::string>("company"));
    CHECK(o.type_of_name("Old Ministry of") == std::nullopt);
}

TEST_CASE("a pattern opening with a name's head and its of names it before a pattern on the complement",
          "[extract][ontology]") {
    auto o = extract::Ontology::parse(
        "{\"format\": \"claimgraph-ontology\", \"version\": 1,\n \"types\": {\"concept\": {},"
        " \"university\": {\"patterns\": [\"Faculty of *\"]},"
        " \"company\": {\"patterns\": [\"* Engineering\"]}},\n \"relations\": {}}\n",
        "test.json");
    CHECK(o.type_of_name("Faculty of Engineering") == std::optional<std::string>("university"));
    CHECK(o.type_of_name("Faculty of Civil Engineering") == std::optional<std::string>("university"));
    CHECK(o.type_of_name("Halden Engineering") == std::optional<std::string>("company"));
    // The opening words must open the name.
    CHECK(o.type_of_name("Superfaculty of Engineering") == std::optional<std::string>("company"));
}

TEST_CASE("naming patterns are tried longest first whatever the name's last letter",
          "[extract][ontology]") {
    // Patterns are looked up by the name's last byte: one with an empty suffix ("Office of *")
    // stays a candidate for every name, and keeps its place before shorter ones.
    auto o = extract::Ontology::parse(
        "{\"format\": \"claimgraph-ontology\", \"version\": 1,\n \"types\": {\"concept\": {},"
        " \"organization\": {\"patterns\": [\"Office of *\"]},"
        " \"company\": {\"patterns\": [\"* Works\", \"* Labs\"]}},\n \"relations\": {}}\n",
        "test.json");
    // The type, or "none".
    auto type = [&](std::string_view name) { return o.type_of_name(name).value_or("none"); };
    CHECK(type("Office of Labs") == "organization");
    CHECK(type("Office of Trade") == "organization");
    CHECK(type("Old Town Office of Trade") == "organization");
    CHECK(type("Mill Works") == "company");
    CHECK(type("Kestrel Labs") == "company");
    // A lower-case word before the opening words, a suffix that differs only in its last letter,
    // a name no longer than the pattern's fixed part, and the empty name match nothing.
    CHECK(type("the Office of Trade") == "none");
    CHECK(type("Mill Work") == "none");
    CHECK(type(" Works") == "none");
    CHECK(type("") == "none");
}

TEST_CASE("a type's before_country words make a name of that word and a country's name of the type",
          "[extract][ontology]") {
    auto o = extract::Ontology::parse(
        "{\"format\": \"claimgraph-ontology\", \"version\": 1,\n \"types\": {\"concept\": {},"
        " \"country\": {\"names\": [\"Norway\", \"Peru\"]}, \"place\": {\"names\": [\"Leeds\"]},"
        " \"government\": {\"before_country\": [\"Statistics\", \"Public Health\"]}},\n \"relations\": {}}\n",
        "test.json");
    CHECK(o.type_of_name("Statistics Norway") == std::optional<std::string>("government"));
    CHECK(o.type_of_name("Public Health Peru") == std::optional<std::string>("government"));
    // The last word must be a country, the words before it the whole listed word.
    CHECK(o.type_of_name("Statistics Leeds") == std::nullopt);
    CHECK(o.type_of_name("Vardo Statistics Norway") == std::nullopt);
    CHECK(o.type_of_name("Brekka Norway") == std::nullopt);
    CHECK(o.type_of_name("Norway") == std::optional<std::string>("country"));
}

TEST_CASE("a before_country word listed under two types is an error", "[extract][ontology]") {
    CHECK_THROWS_WITH(
        extract::Ontology::parse(
            "{\"format\": \"claimgraph-ontology\", \"version\": 1,\n \"types\": {\"concept\": {},"
            " \"government\": {\"before_country\": [\"Sport\"]},"
            " \"organization\": {\"before_country\": [\"Sport\"]}},\n \"relations\": {}}\n",
            "test.json"),
        Catch::Contains("word \"Sport\" before a country is listed under both \"government\" and "
                        "\"organization\""));
}

TEST_CASE("a person's role before an of or for complement names a person, not the complement's pattern",
          "[extract][ontology]") {
    auto o = extract::Ontology::parse(
        "{\"format\": \"claimgraph-ontology\", \"version\": 1,\n \"types\": {\"concept\": {},"
        " \"person\": {\"heads\": [\"director\", \"secretary\"]},"
        " \"organization\": {\"heads\": [\"museum\"]},"
        " \"company\": {\"patterns\": [\"* Energy\"]}},\n \"relations\": {}}\n",
        "test.json");
    CHECK(o.type_of_name("Director of Renewable Energy") == std::optional<std::string>("person"));
    CHECK(o.type_of_name("Deputy Secretary for Energy") == std::optional<std::string>("person"));
    // Only a person's role: another head noun leaves the pattern its say.
    CHECK(o.type_of_name("Museum of Energy") == std::optional<std::string>("company"));
    CHECK(o.type_of_name("Tarnfield Energy") == std::optional<std::string>("company"));
}

TEST_CASE("a name with an on complement is named by its one-word head's own pattern",
          "[extract][ontology]") {
    auto o = extract::Ontology::parse(
        "{\"format\": \"claimgraph-ontology\", \"version\": 1,\n \"types\": {\"concept\": {},"
        " \"policy\": {\"patterns\": [\"* Convention\"]},"
        " \"organization\": {\"patterns\": [\"* Committee\"]},"
        " \"company\": {\"patterns\": [\"* Services\"]}},\n \"relations\": {}}\n",
        "test.json");
    CHECK(o.type_of_name("Convention on Shared Ambulance Services") == std::optional<std::string>("policy"));
    CHECK(o.type_of_name("Committee on Rural Services") == std::optional<std::string>("organization"));
    CHECK(o.type_of_name("Brackley Services") == std::optional<std::string>("company"));
    // Only with "on": the head alone is no name of the pattern's under "for".
    CHECK(o.type_of_name("Convention for Rural Services") == std::optional<std::string>("company"));
}
