// The WordNet lemma lexicon: its file format, and how the lemmatizer uses it on words the
// treebank never showed it.
#include <catch2/catch.hpp>

#include <string>

#include "common/error.hpp"
#include "extract/lemma_lexicon.hpp"
#include "extract/model.hpp"

using namespace claimgraph;
using namespace claimgraph::extract;

TEST_CASE("lemma lexicon reads classes and irregular forms", "[extract][lemma]") {
    auto lex = LemmaLexicon::parse("# claimgraph wordnet-lemmas v1\n# a comment\n"
                                   "sample\tnv\nwent\tv\tgo\nquick\tar\n",
                                   "t.tsv");
    CHECK(lex.size() == 2);
    CHECK(lex.classes("sample") == (LemmaLexicon::kNoun | LemmaLexicon::kVerb));
    CHECK(lex.classes("quick") == (LemmaLexicon::kAdj | LemmaLexicon::kAdv));
    CHECK(lex.classes("sampl") == 0);
    REQUIRE(lex.irregular("went", LemmaLexicon::kVerb) != nullptr);
    CHECK(*lex.irregular("went", LemmaLexicon::kVerb) == "go");
    CHECK(lex.irregular("went", LemmaLexicon::kNoun) == nullptr);
}

TEST_CASE("lemma lexicon errors name the file and line", "[extract][lemma]") {
    auto message = [](const std::string& text) {
        try {
            LemmaLexicon::parse(text, "lex.tsv");
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(message("word\tn\n").rfind("lex.tsv:1: not a claimgraph lemma lexicon", 0) == 0);
    CHECK(message("# claimgraph wordnet-lemmas v2\n").rfind("lex.tsv:1:", 0) == 0);
    CHECK(message("# claimgraph wordnet-lemmas v1\nok\tn\nbad\tx\n") ==
          "lex.tsv:3: unknown part-of-speech class 'x' (use n, v, a, r)");
    CHECK(message("# claimgraph wordnet-lemmas v1\nnotab\n") ==
          "lex.tsv:2: expected \"word<TAB>classes\" or \"form<TAB>class<TAB>lemma\"");
    CHECK(message("# claimgraph wordnet-lemmas v1\nwent\tnv\tgo\n") ==
          "lex.tsv:2: an irregular form takes one class and one lemma: "
          "\"form<TAB>class<TAB>lemma\"");
    CHECK(message("") == "lex.tsv:0: empty file");
}

TEST_CASE("the lemmatizer falls back to a regular inflection the lexicon knows",
          "[extract][lemma]") {
    auto model = load_model(std::string(CLAIMGRAPH_SOURCE_DATA_DIR) + "/en.model");
    auto lex = LemmaLexicon::parse("# claimgraph wordnet-lemmas v1\nsample\tnv\npharmacy\tn\n"
                                   "wolf\tn\nbig\ta\nstop\tv\nsee\tv\nsaw\tv\tsee\n",
                                   "t.tsv");
    const LemmatizerModel& m = model->lemmatizer;
    // The treebank's suffix rules alone propose non-words for these.
    CHECK(m.lemmatize("sampled", "VBD") == "sampl");
    CHECK(m.lemmatize("pharmacies", "NNS") == "pharmacies");
    CHECK(m.lemmatize("sampled", "VBD", &lex) == "sample");
    CHECK(m.lemmatize("pharmacies", "NNS", &lex) == "pharmacy");
    CHECK(m.lemmatize("Pharmacies", "NNS", &lex) == "pharmacy");
    CHECK(m.lemmatize("wolves", "NNS", &lex) == "wolf");
    CHECK(m.lemmatize("biggest", "JJS", &lex) == "big");
    CHECK(m.lemmatize("stopped", "VBD", &lex) == "stop");
    // Words the treebank taught it keep their treebank lemma; other tags are left alone.
    CHECK(m.lemmatize("saw", "VBD", &lex) == "see");
    CHECK(m.lemmatize("samples", "NN", &lex) == m.lemmatize("samples", "NN"));
}

TEST_CASE("lemma rules never cut a multi-byte character (regression: U+00B4 m gave 0xC2 be)",
          "[extract][lemma]") {
    auto model = load_model(std::string(CLAIMGRAPH_SOURCE_DATA_DIR) + "/en.model");
    const LemmatizerModel& m = model->lemmatizer;
    // U+00B4 ACUTE ACCENT used as an apostrophe: the "'m" -> "be" rule strips two bytes.
    CHECK(m.lemmatize("\xC2\xB4m", "VBP") == "\xC2\xB4m");
    CHECK(m.lemmatize("'m", "VBP") == "be");
}

TEST_CASE("lemmatizers sharing a thread never see each other's remembered lemmas",
          "[extract][lemma]") {
    // The Lemmatizer component remembers recent (form, XPOS) -> lemma answers per thread; two
    // lemmatizers that answer differently must each keep their own answers.
    auto model = load_model(std::string(CLAIMGRAPH_SOURCE_DATA_DIR) + "/en.model");
    auto lex = std::make_shared<const LemmaLexicon>(LemmaLexicon::parse(
        "# claimgraph wordnet-lemmas v1\npharmacy\tn\nsample\tnv\n", "t.tsv"));
    auto lemmatizer_model = std::shared_ptr<const LemmatizerModel>(model, &model->lemmatizer);
    Lemmatizer plain(lemmatizer_model), checked(lemmatizer_model, lex);
    auto lemmas = [](const Lemmatizer& l) {
        Document doc;
        for (const char* w : {"pharmacies", "sampled", "pharmacies"}) {
            Token t;
            t.form = w;
            t.xpos = std::string(w) == "sampled" ? "VBD" : "NNS";
            doc.tokens.push_back(t);
        }
        Sentence s;
        s.first_token = 0;
        s.end_token = 3;
        doc.sentences.push_back(s);
        l.process(doc);
        return doc.tokens[0].lemma + " " + doc.tokens[1].lemma + " " + doc.tokens[2].lemma;
    };
    CHECK(lemmas(plain) == "pharmacies sampl pharmacies");
    CHECK(lemmas(checked) == "pharmacy sample pharmacy");
    CHECK(lemmas(plain) == "pharmacies sampl pharmacies");
}

TEST_CASE("surface classes follow the regular inflections, but '-ves' widens nothing",
          "[extract][lemma]") {
    auto lex = LemmaLexicon::parse("# claimgraph wordnet-lemmas v1\nprof\tn\nprove\tv\nwolf\tn\n"
                                   "stop\tv\nbig\ta\nhappy\ta\n",
                                   "t.tsv");
    CHECK(lex.surface_classes("proves") == LemmaLexicon::kVerb);  // not a plural of "prof"
    CHECK(lex.surface_classes("wolves") == 0);
    CHECK(lex.surface_classes("stopped") == (LemmaLexicon::kVerb | LemmaLexicon::kAdj));
    CHECK(lex.surface_classes("stopping") ==
          (LemmaLexicon::kVerb | LemmaLexicon::kAdj | LemmaLexicon::kNoun));
    CHECK(lex.surface_classes("biggest") == LemmaLexicon::kAdj);
    CHECK(lex.surface_classes("happier") == LemmaLexicon::kAdj);
    CHECK(lex.surface_classes("stops") == LemmaLexicon::kVerb);
}

TEST_CASE("an undoubled consonant before -ed or -ing points to the verb with a silent e",
          "[extract][lemma]") {
    // "fin" and "fine" are both WordNet verbs, but "fin" would make "finned".
    auto model = load_model(std::string(CLAIMGRAPH_SOURCE_DATA_DIR) + "/en.model");
    auto lex = shipped_lemma_lexicon();
    const LemmatizerModel& m = model->lemmatizer;
    CHECK(m.lemmatize("fined", "VBD", lex.get()) == "fine");
    CHECK(m.lemmatize("fining", "VBG", lex.get()) == "fine");
    CHECK(m.lemmatize("hoping", "VBG", lex.get()) == "hope");
    CHECK(m.lemmatize("stared", "VBD", lex.get()) == "stare");
    // Doubled consonants and verbs without an "-e" form keep the short lemma.
    CHECK(m.lemmatize("finned", "VBD", lex.get()) == "fin");
    CHECK(m.lemmatize("hopping", "VBG", lex.get()) == "hop");
    CHECK(m.lemmatize("visited", "VBD", lex.get()) == "visit");
    CHECK(m.lemmatize("offered", "VBD", lex.get()) == "offer");
    CHECK(m.lemmatize("opening", "VBG", lex.get()) == "open");
}
