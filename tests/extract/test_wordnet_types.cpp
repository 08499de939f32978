// The ontology's "head_lexicons": the WordNet-derived data/wordnet-types.tsv extends the head nouns
// of the default ontology, the ontology's own "heads" win, and a malformed lexicon is reported with
// path:line.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "common/error.hpp"
#include "extract/ontology.hpp"

using namespace claimgraph;
using namespace claimgraph::extract;
namespace fs = std::filesystem;

namespace {

const Ontology& default_ontology() {
    static const Ontology o = Ontology::load_default();
    return o;
}

std::string type_of(std::string_view head) {
    auto t = default_ontology().type_of_head(head);
    return t ? *t : "(none)";
}

// A folder of its own for files the tests write, removed when the test program ends.
const fs::path& work_dir() {
    static const fs::path dir = [] {
        fs::path d =
            fs::temp_directory_path() / ("claimgraph-wordnet-types-" + std::to_string(::getpid()));
        fs::create_directories(d);
        return d;
    }();
    static const struct Cleanup {
        ~Cleanup() {
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    } cleanup;
    return dir;
}

void write(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

// A small ontology beside `lexicon`, which holds `lexicon_text`; returns the ontology's path.
std::string ontology_with_lexicon(const std::string& name, const std::string& lexicon_text) {
    fs::path dir = work_dir() / name;
    fs::create_directories(dir);
    write(dir / "lex.tsv", lexicon_text);
    write(
        dir / "ontology.json",
        "{\n"
        "  \"format\": \"claimgraph-ontology\",\n"
        "  \"version\": 1,\n"
        "  \"head_lexicons\": [\"lex.tsv\"],\n"
        "  \"types\": {\"person\": {\"heads\": [\"student\"]}, \"school\": {}, \"concept\": {}},\n"
        "  \"relations\": {}\n"
        "}\n");
    return (dir / "ontology.json").string();
}

std::string load_error(const std::string& ontology_path) {
    try {
        Ontology::load(ontology_path);
    } catch (const InputError& e) {
        return e.what();
    }
    return "(loaded without error)";
}

}  // namespace

TEST_CASE("the default ontology reads the WordNet head lexicon", "[extract][ontology][wordnet]") {
    CHECK(default_ontology().head_lexicon_size() > 10000);
    CHECK(type_of("kindergarten") == "school");
    CHECK(type_of("hospital") == "organization");
    // Not among the ontology's own heads: WordNet decides.
    CHECK(type_of("physicist") == "person");
    CHECK(type_of("pediatrician") == "person");
    CHECK(type_of("seminary") == "school");
    CHECK(type_of("tribunal") == "government");
    CHECK(type_of("sorority") == "organization");
    CHECK(type_of("brokerage") == "company");
    CHECK(type_of("regatta") == "event");
    CHECK(type_of("covenant") == "policy");
    CHECK(type_of("archipelago") == "place");
    CHECK(type_of("kenya") == "country");
    CHECK(type_of("nairobi") == "place");
    // Multiword lemmas are written with spaces.
    CHECK(type_of("community college") == "university");
    // Words whose first WordNet sense is not an actor stay untyped.
    CHECK(type_of("vaccine") == "(none)");
    CHECK(type_of("innovation") == "(none)");
    CHECK(type_of("understanding") == "(none)");
}

TEST_CASE("the ontology's own heads win over the head lexicon", "[extract][ontology][wordnet]") {
    // WordNet's first sense of "academy" is a secondary school; the ontology lists it as a
    // university. "region" is a concept in WordNet and a country in the ontology.
    CHECK(type_of("academy") == "university");
    CHECK(type_of("region") == "country");
    CHECK(type_of("foundation") == "organization");
    // Own heads only, on request.
    CHECK(*default_ontology().type_of_listed_head("academy") == "university");
    CHECK_FALSE(default_ontology().type_of_listed_head("physicist"));
}

TEST_CASE("a head lexicon is read relative to the ontology's folder",
          "[extract][ontology][wordnet]") {
    std::string path = ontology_with_lexicon(
        "good",
        "# claimgraph test-heads v1\n# a comment\n\nstudent\tschool\npupil\tperson\r\n"
        "boarding school\tschool\nboy\tperson\n");
    Ontology o = Ontology::load(path);
    CHECK(o.head_lexicon_size() == 4);
    CHECK(*o.type_of_head("boy") == "person");      // not in sorted order: sorted on load
    CHECK(*o.type_of_head("student") == "person");  // own heads first
    CHECK(*o.type_of_head("pupil") == "person");    // CRLF line ending
    CHECK(*o.type_of_head("boarding school") == "school");
    CHECK_FALSE(o.type_of_head("teacher"));
}

TEST_CASE("a malformed head lexicon line names the file and line", "[extract][ontology][wordnet]") {
    std::string dir = (work_dir() / "bad-line").string();
    std::string path = ontology_with_lexicon(
        "bad-line", "# claimgraph test-heads v1\npupil\tperson\npupil person\n");
    CHECK(load_error(path) ==
          dir + "/lex.tsv:3: expected \"lemma<TAB>type\", got \"pupil person\"");
}

TEST_CASE("head lexicon errors: type, case, duplicates, header", "[extract][ontology][wordnet]") {
    auto error_for = [](const std::string& name, const std::string& text) {
        return load_error(ontology_with_lexicon(name, text));
    };
    std::string base = work_dir().string();
    CHECK(error_for("bad-type", "# claimgraph test-heads v1\npupil\tstudent\n") ==
          base +
              "/bad-type/lex.tsv:2: unknown type \"student\" (the ontology's types are person, "
              "school, concept)");
    CHECK(error_for("bad-case", "# claimgraph test-heads v1\nPupil\tperson\n") ==
          base + "/bad-case/lex.tsv:2: lemma \"Pupil\" must be lower case");
    CHECK(error_for("twice", "# claimgraph test-heads v1\npupil\tperson\npupil\tschool\n") ==
          base + "/twice/lex.tsv:3: lemma \"pupil\" is listed twice");
    CHECK(error_for("twice-unsorted",
                    "# claimgraph test-heads v1\npupil\tperson\nboy\tperson\npupil\tschool\n") ==
          base + "/twice-unsorted/lex.tsv:4: lemma \"pupil\" is listed twice");
    CHECK(error_for("no-header", "pupil\tperson\n") ==
          base +
              "/no-header/lex.tsv:1: not a claimgraph head lexicon: the first line must be "
              "\"# claimgraph NAME v1\"");
    CHECK(error_for("empty", "") ==
          base +
              "/empty/lex.tsv:1: not a claimgraph head lexicon: the first line must be "
              "\"# claimgraph NAME v1\"");
    CHECK(error_for("v2", "# claimgraph test-heads v2\n") ==
          base +
              "/v2/lex.tsv:1: head lexicon format version 2 is not supported (this claimgraph "
              "reads version 1)");
}

TEST_CASE("a missing head lexicon is reported at the ontology's key",
          "[extract][ontology][wordnet]") {
    fs::path dir = work_dir() / "missing";
    fs::create_directories(dir);
    write(dir / "ontology.json",
          "{\"format\": \"claimgraph-ontology\", \"version\": 1,\n"
          " \"head_lexicons\": [\"nowhere.tsv\"],\n"
          " \"types\": {\"concept\": {}}, \"relations\": {}}\n");
    std::string err = load_error((dir / "ontology.json").string());
    CHECK(err.rfind((dir / "ontology.json").string() + ":2:2: cannot read head lexicon: ", 0) == 0);
    CHECK(err.find("nowhere.tsv") != std::string::npos);

    write(dir / "ontology.json",
          "{\"format\": \"claimgraph-ontology\", \"version\": 1,\n"
          " \"head_lexicons\": \"lex.tsv\",\n"
          " \"types\": {\"concept\": {}}, \"relations\": {}}\n");
    CHECK(load_error((dir / "ontology.json").string()) ==
          (dir / "ontology.json").string() +
              ":2:2: \"head_lexicons\" must be a list of file names (relative to the ontology's "
              "folder)");
}
