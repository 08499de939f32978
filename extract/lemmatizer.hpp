// Lemmatizer learned from a treebank's LEMMA column: an exception table for (form, XPOS) pairs
// seen in training whose lemma the rules get wrong, and, for everything else, the most frequent
// edit script ("strip k characters, append s") of the longest known word-final suffix under the
// word's XPOS, with a per-XPOS casing rule (proper nouns keep their case, the rest are lowercased).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/conllu.hpp"
#include "extract/document.hpp"
#include "extract/lemma_lexicon.hpp"
#include "extract/perceptron.hpp"

namespace claimgraph::extract {

class LemmatizerModel {
public:
    // With a lexicon, a rule's lemma that is no known lemma of the word's part of speech gives
    // way to the first regular English inflection that is one, and irregular forms are looked up.
    std::string lemmatize(std::string_view form, std::string_view xpos,
                          const LemmaLexicon* lexicon = nullptr) const;

    std::size_t num_exceptions() const { return exc_keys_.size(); }
    std::size_t num_rules() const { return rule_keys_.size(); }
    void save(ByteWriter& w) const;
    void load(ByteReader& r);
    bool operator==(const LemmatizerModel& o) const;

private:
    friend LemmatizerModel train_lemmatizer(const std::vector<ConlluSentence>& train);
    std::string apply_rules(std::string_view form, std::string_view xpos) const;

    std::vector<uint64_t> exc_keys_;  // sorted
    std::vector<std::string> exc_lemmas_;
    std::vector<uint64_t> rule_keys_;  // sorted; hash of (xpos, suffix)
    std::vector<uint8_t> rule_strip_;
    std::vector<std::string> rule_append_;
    std::vector<uint64_t> keep_case_;  // sorted hashes of XPOS tags whose lemmas keep case
};

LemmatizerModel train_lemmatizer(const std::vector<ConlluSentence>& train);

// Fills Token::lemma from form and XPOS.
class Lemmatizer : public Component {
public:
    explicit Lemmatizer(std::shared_ptr<const LemmatizerModel> model,
                        std::shared_ptr<const LemmaLexicon> lexicon = nullptr);
    const char* name() const override { return "lemmatizer"; }
    uint32_t needs() const override { return kTokens | kSentences | kTags; }
    uint32_t provides() const override { return kLemmas; }
    void process(Document& doc) const override;

private:
    std::shared_ptr<const LemmatizerModel> model_;
    std::shared_ptr<const LemmaLexicon> lexicon_;
    uint64_t serial_ = 0;  // tells this lemmatizer's entries in the per-thread memo apart
};

}  // namespace claimgraph::extract
