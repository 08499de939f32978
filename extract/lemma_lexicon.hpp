// The words a dictionary knows as lemmas, by part of speech, and its irregular inflections
// (data/wordnet-lemmas.tsv, from WordNet 3.0). The lemmatizer's suffix rules are learned from a
// treebank of about 200,000 words; on a word the treebank never showed them they can propose a
// non-word ("sampled" -> "sampl", "pharmacies" -> "pharmacies"). The lexicon lets it check a
// proposal and fall back to the regular English inflection that gives a known lemma.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/key_index.hpp"

namespace claimgraph::extract {

class LemmaLexicon {
public:
    // Part-of-speech classes, as bits.
    static constexpr uint8_t kNoun = 1, kVerb = 2, kAdj = 4, kAdv = 8;

    // Parses the TSV text (first line "# claimgraph wordnet-lemmas v1"); errors name path:line.
    static LemmaLexicon parse(std::string_view text, const std::string& path);
    static std::shared_ptr<const LemmaLexicon> load(const std::string& path);

    // Classes of a lower-case word as a lemma (0: unknown).
    uint8_t classes(std::string_view word) const;
    // The lemma of an irregular form in a class ("went", kVerb -> "go"), or nullptr.
    const std::string* irregular(std::string_view form, uint8_t cls) const;

    // The parts of speech a lower-case surface form can have: its own classes, plus those its
    // regular or irregular inflection allows ("owns" -> verb, since "own" is a verb and no noun;
    // "-ed" and "-ing" forms of a verb may also be adjectives, "-ing" forms nouns). 0: unknown.
    uint8_t surface_classes(std::string_view form) const;

    std::size_t size() const { return keys_.size(); }

private:
    std::vector<uint64_t> keys_;  // sorted word hashes
    std::vector<uint8_t> classes_;
    std::vector<uint64_t> irr_keys_;  // sorted hashes of (form, class)
    std::vector<std::string> irr_lemmas_;
    KeyIndex index_, irr_index_;  // over keys_ and irr_keys_
};

}  // namespace claimgraph::extract
