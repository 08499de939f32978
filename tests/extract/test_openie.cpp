// Open IE tuples (`claimgraph openie`), one sentence a line as CaRB gives them, on sentences of our
// own. Each case states the exact tuples, as "relation | subject | object ...".
#include "common/paths.hpp"
#include "extract/claims.hpp"
#include "extract/lexicon.hpp"
#include "extract/model.hpp"
#include "extract/ontology.hpp"
#include "extract/tokenizer.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace claimgraph;

namespace {

struct OpenIe {
    std::shared_ptr<const extract::Ontology> ontology =
        std::make_shared<extract::Ontology>(extract::Ontology::load_default());
    std::shared_ptr<const extract::Lexicon> lexicon =
        std::make_shared<extract::Lexicon>(extract::Lexicon::load_default());
    std::vector<std::shared_ptr<const extract::Component>> syntax =
        extract::make_syntax_components(extract::load_model(find_data_file("en.model")));
    extract::Tokenizer tokenizer;
    extract::ClaimExtractor claims{ontology, lexicon};
};

// The tuples of one sentence, as the openie command reads it, in output order.
std::vector<std::string> tuples(const std::string& line) {
    static const OpenIe pipeline;
    extract::Document doc;
    doc.text = line;
    pipeline.tokenizer.process(doc);
    extract::Sentence s;
    s.first_token = 0;
    s.end_token = static_cast<uint32_t>(doc.tokens.size());
    s.start = doc.tokens.front().start;
    s.end = doc.tokens.back().end;
    doc.sentences.push_back(s);
    doc.layers |= extract::kSentences;
    for (const auto& c : pipeline.syntax) {
        c->process(doc);
        doc.layers |= c->provides();
    }
    std::vector<std::string> out;
    for (const auto& t : pipeline.claims.open_ie(doc, doc.sentences[0])) {
        std::string row = t.relation;
        for (const auto& a : t.arguments) row += " | " + a;
        out.push_back(row);
    }
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("open IE writes words as the input spaced them", "[extract][openie]") {
    CHECK(tuples("The report describes a mother-daughter partnership in the wine trade .") ==
          V{"describes | The report | a mother-daughter partnership in the wine trade"});
}

TEST_CASE("open IE keeps a relative clause out of the argument it describes", "[extract][openie]") {
    // On a predicate noun the clause is about the copula's subject.
    CHECK(tuples("Maria Lopez is a Chilean chemist who works for the Santiago Water Board .") ==
          V{"is | Maria Lopez | a Chilean chemist", "works for | Maria Lopez | the Santiago Water Board"});
    // A prepositional argument loses its clause too, and a subject its preposition.
    CHECK(tuples("The inspector found a crack in the wall that ran to the roof .") ==
          V{"found | The inspector | a crack | in the wall", "ran to | the wall | the roof"});
}

TEST_CASE("open IE gives a relative pronoun argument its noun", "[extract][openie]") {
    CHECK(tuples("Anna bought an old van , which she later sold to a farmer .") ==
          V{"bought | Anna | an old van", "later sold | she | an old van | to a farmer"});
}

TEST_CASE("open IE joins the preposition of a phrase after the verb, not of one before it",
          "[extract][openie]") {
    CHECK(tuples("From 2001 to 2009 , Helen Park lectured at the Royal College of Music .") ==
          V{"lectured at | Helen Park | the Royal College of Music | from 2001 to 2009"});
}

TEST_CASE("open IE puts a subject-control verb and its infinitive in one relation", "[extract][openie]") {
    CHECK(tuples("Paul Ortega tried to sell his farm to a neighbour .") ==
          V{"tried to sell | Paul Ortega | his farm | to a neighbour"});
    // A copula in the infinitive too; the governor's tuple, without an object, is left out.
    CHECK(tuples("The castle was thought to be the oldest in Wales .") ==
          V{"was thought to be the oldest in | The castle | Wales"});
}

TEST_CASE("open IE keeps an adverb inside the verb group in the relation", "[extract][openie]") {
    CHECK(tuples("The river has often flooded the valley .") == V{"has often flooded | The river | the valley"});
}

TEST_CASE("open IE gives each conjunct of the object a tuple", "[extract][openie]") {
    CHECK(tuples("The shop sells bread , cheese and olives .") ==
          V{"sells | The shop | bread", "sells | The shop | cheese", "sells | The shop | olives"});
    CHECK(tuples("The bakery sells bread as well as fresh cakes .") ==
          V{"sells | The bakery | bread", "sells | The bakery | fresh cakes"});
}

TEST_CASE("open IE turns an apposition into a be tuple", "[extract][openie]") {
    // An apposition has no tense: "be" (CaRB reads it as any form of the verb).
    CHECK(tuples("Tomas Berg , a retired pilot , bought the old airfield .") ==
          V{"bought | Tomas Berg | the old airfield", "be | Tomas Berg | a retired pilot"});
}

TEST_CASE("open IE says where a named place holds a thing", "[extract][openie]") {
    CHECK(tuples("The Harbour Museum in Lisbon opened a new wing .") ==
          V{"opened | The Harbour Museum in Lisbon | a new wing", "be in | The Harbour Museum | Lisbon"});
}

TEST_CASE("open IE gives a participle on a noun its unsaid be", "[extract][openie]") {
    CHECK(tuples("The company builds engines designed by its own staff .") ==
          V{"builds | The company | engines designed by its own staff",
            "be designed by | engines | its own staff"});
}

TEST_CASE("open IE puts a predicate adjective and its preposition in the relation", "[extract][openie]") {
    CHECK(tuples("The new road is close to the old mill .") == V{"is close to | The new road | the old mill"});
    CHECK(tuples("The results were similar to those of the first trial .") ==
          V{"were similar to | The results | those of the first trial"});
}

TEST_CASE("open IE puts the complementizer of a that clause in the relation", "[extract][openie]") {
    CHECK(tuples("The committee concluded that the bridge needed repairs .") ==
          V{"concluded that | The committee | the bridge needed repairs", "needed | the bridge | repairs"});
}

TEST_CASE("open IE keeps quotation marks that enclose a title in the argument", "[extract][openie]") {
    CHECK(tuples("She starred in the film `` Winter Light '' in 1962 .") ==
          V{"starred in | She | the film `` Winter Light '' | in 1962", "be | the film | Winter Light"});
}

TEST_CASE("open IE leaves a clause set off by a comma out of the argument", "[extract][openie]") {
    // The parser hangs the participle on "partner", so its tuple has that subject.
    CHECK(tuples("He became a partner in the firm , handling its largest accounts .") ==
          V{"became | He | a partner in the firm",
            "be handling | a partner in the firm | its largest accounts"});
}

TEST_CASE("open IE does not join the preposition of a time to the relation", "[extract][openie]") {
    CHECK(tuples("The company grew in 2015 through two mergers .") ==
          V{"grew through | The company | two mergers | in 2015"});
}

TEST_CASE("open IE gives a participle clause the tenseless be", "[extract][openie]") {
    CHECK(tuples("The team won the cup , beating the champions in the final .") ==
          V{"won | The team | the cup", "be beating | The team | the champions | in the final"});
    CHECK(tuples("Volunteers cleaning the beach found a rare shell .") ==
          V{"be cleaning | Volunteers | the beach", "found | Volunteers | a rare shell"});
}
