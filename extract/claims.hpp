// The claim extractor: from the dependency parse of each sentence to propositions (a predicate,
// its subject and its arguments, with negation and modality), and from propositions to claims
// between mentions. It reads clauses the way ClausIE and OpenIE-4 do — active, passive, copular,
// light-verb, prepositional, relative, participial, purpose and controlled clauses, coordination
// split into atomic claims — and adds nominal relations ("cooperation between A and B"),
// example lists ("such as"), locations ("universities in China"), appositions and aliases.
// Mentions are resolved to actors: pronouns and definite descriptions to their antecedents,
// abbreviations to their long forms, and every mention gets an ontology type.
#pragma once

#include "extract/document.hpp"
#include "extract/lexicon.hpp"
#include "extract/ontology.hpp"

#include <memory>
#include <string>
#include <vector>

namespace claimgraph::extract {

// One argument slot of a proposition (sentence-local token indices).
struct Argument {
    int head = -1;          // head token of the argument phrase
    std::string prep;       // preposition that introduces it ("with"), empty for subject/object
    std::string role;       // "obj", "iobj", "obl", "xcomp", "agent", "attr"
};

// A proposition found in one sentence: what the open IE output prints and what claims are
// drawn from.
struct Proposition {
    int predicate = -1;                // head token of the predicate
    std::vector<int> relation_tokens;  // tokens of the relation phrase, in sentence order
    int subject = -1;                  // head token of the subject (after relative resolution)
    bool implicit_subject = false;     // taken from context (controller, section heading)
    int context_subject_mention = -1;  // a mention from outside the sentence (section agent)
    std::vector<Argument> arguments;   // in sentence order
    bool passive = false;
    bool negated = false;
    std::string modality = "asserted";
    double confidence = 0.0;
};

class ClaimExtractor : public Component {
public:
    ClaimExtractor(std::shared_ptr<const Ontology> ontology, std::shared_ptr<const Lexicon> lexicon);

    const char* name() const override { return "claims"; }
    uint32_t needs() const override { return kTokens | kSentences | kTags | kLemmas | kParse; }
    uint32_t provides() const override { return kClaims | kActors; }
    void process(Document& doc) const override;

    // The propositions of one sentence (for open IE output).
    std::vector<Proposition> propositions(const Document& doc, const Sentence& s) const;

    // Open IE tuples of one sentence: relation phrase, then arguments (subject first), as text
    // spans of the sentence, with a confidence.
    struct Tuple {
        double confidence = 0.0;
        std::string relation;
        std::vector<std::string> arguments;
    };
    std::vector<Tuple> open_ie(const Document& doc, const Sentence& s) const;

private:
    std::shared_ptr<const Ontology> ontology_;
    std::shared_ptr<const Lexicon> lexicon_;
};

}  // namespace claimgraph::extract
