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

// The regular English inflections, one table for the lemmatizer's fallback and the tagger's
// surface classes: each ending, what replaces it to give the lemma, and the kind of form it
// makes. `undouble` drops the ending and one of two equal consonants ("stopped" -> "stop").
// Within a kind, entries are in the order the lemmatizer tries them. `lemma_only` rules serve
// the lemmatizer, which knows the word is a plural, but are too loose to widen the classes a
// surface form may have: "-ves" -> "-f" would make "proves" a plural of "prof".
enum class Inflection : uint8_t { plural_or_3sg, past, gerund, comparative, superlative };

struct InflectionRule {
    Inflection kind;
    std::string_view ending, replacement;
    bool undouble = false;
    bool lemma_only = false;
};

inline constexpr InflectionRule kInflectionRules[] = {
    {Inflection::plural_or_3sg, "ies", "y"},
    {Inflection::plural_or_3sg, "es", ""},
    {Inflection::plural_or_3sg, "s", ""},
    {Inflection::plural_or_3sg, "ves", "f", false, true},
    {Inflection::plural_or_3sg, "ves", "fe", false, true},
    {Inflection::past, "ied", "y"},
    {Inflection::past, "ed", ""},
    {Inflection::past, "d", ""},
    {Inflection::past, "ed", "", true},
    {Inflection::gerund, "ying", "ie"},
    {Inflection::gerund, "ing", ""},
    {Inflection::gerund, "ing", "e"},
    {Inflection::gerund, "ing", "", true},
    {Inflection::comparative, "ier", "y"},
    {Inflection::comparative, "er", ""},
    {Inflection::comparative, "r", ""},
    {Inflection::comparative, "er", "", true},
    {Inflection::superlative, "iest", "y"},
    {Inflection::superlative, "est", ""},
    {Inflection::superlative, "st", ""},
    {Inflection::superlative, "est", "", true},
};

// The candidate lemma of lower-case `word` under `rule`, or false when the rule does not apply
// (the word must keep at least two letters before the ending, three when undoubling).
inline bool regular_stem(std::string_view word, const InflectionRule& rule, std::string& stem) {
    std::size_t n = word.size(), k = rule.ending.size();
    if (n <= k + (rule.undouble ? 2 : 1) || word.substr(n - k) != rule.ending) return false;
    if (rule.undouble) {
        if (word[n - k - 1] != word[n - k - 2]) return false;
        stem.assign(word.substr(0, n - k - 1));
        return true;
    }
    stem.assign(word.substr(0, n - k));
    stem += rule.replacement;
    return true;
}

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
