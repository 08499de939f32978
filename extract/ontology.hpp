// The ontology: actor types with the head nouns, names and naming patterns that signal them, and
// canonical relations with the verb phrases and nouns that express them. Loaded from a versioned
// JSON data file (data/ontology.json by default); every error names the file, line and key.
// Optional "head_lexicons" (TSV files of lemma<TAB>type, such as the WordNet-derived
// data/wordnet-types.tsv) extend the head nouns; the ontology's own "heads" always win.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimgraph::extract {

struct RelationInfo {
    std::string name;        // "cooperates-with"
    bool symmetric = false;
};

class Ontology {
public:
    static constexpr int kFormatVersion = 1;

    // Loads and checks a file. Throws InputError ("path:line: ...") on any problem.
    static Ontology load(const std::string& path);
    // Parses JSON text; `source` names it in error messages.
    static Ontology parse(std::string_view json, const std::string& source);
    // The shipped default (data/ontology.json, found through find_data_file).
    static Ontology load_default();

    const std::vector<std::string>& types() const { return types_; }
    bool has_type(std::string_view type) const;

    // Type signalled by a lower-case lemmatized head phrase ("university", "member state"): the
    // ontology's own "heads" first, then its "head_lexicons" in the order listed.
    std::optional<std::string> type_of_head(std::string_view head) const;
    // Type from the ontology's own "heads" only, without the head lexicons: for callers that trust
    // a broad lexicon less in some positions (a lexicon's "helena" is a city, also in "Helena
    // Moura").
    std::optional<std::string> type_of_listed_head(std::string_view head) const;
    // Number of head phrases read from the "head_lexicons" files (not counting the own heads).
    std::size_t head_lexicon_size() const;
    // Type of a proper name: an exact listed name ("China"), a listed word before a country's name
    // ("Statistics Canada") or a naming pattern ("* University").
    std::optional<std::string> type_of_name(std::string_view name) const;

    // Relation for a lemmatized verb phrase ("work with", "set up", "take part in"), or nullptr.
    const RelationInfo* relation_for_verb(std::string_view phrase) const;
    // Relation for a verb phrase whose object is the relation's subject and whose subject is its
    // object ("the consortium includes the university": the university is part of it).
    const RelationInfo* relation_for_inverse_verb(std::string_view phrase) const;
    // The relation a verb alone expresses that the verb with this object does not ("question
    // person": questioning a person is asking them, not disputing what they say), or nullptr.
    // Listed under a relation's "not_verbs" as the verb and the object's type or lemma.
    const RelationInfo* relation_excluded_for(std::string_view phrase) const;
    // Relation for a lemmatized noun or noun phrase ("cooperation", "member of"), or nullptr.
    const RelationInfo* relation_for_noun(std::string_view phrase) const;
    // Relation by canonical name, or nullptr.
    const RelationInfo* relation(std::string_view name) const;
    bool is_canonical(std::string_view name) const { return relation(name) != nullptr; }

    // Longest verb phrase length in words, to bound lookups.
    std::size_t max_verb_words() const { return max_verb_words_; }

private:
    struct Pattern {
        std::string prefix;  // text before '*'
        std::string suffix;  // text after '*'
        std::string type;
    };

    std::vector<std::string> types_;
    std::unordered_map<std::string, std::string> head_types_;
    std::unordered_map<std::string, std::string> name_types_;
    std::vector<Pattern> patterns_;
    // By the last byte of a name: the patterns (indices into patterns_, in order) whose suffix
    // ends in that byte or is empty, the only ones that can match a name ending in it.
    std::vector<std::vector<uint32_t>> patterns_by_last_;
    // Words that before a country's name make a name of the type ("Health" + "Canada": government).
    std::unordered_map<std::string, std::string> before_country_;
    std::vector<RelationInfo> relations_;
    std::unordered_map<std::string, std::size_t> relation_index_;
    std::unordered_map<std::string, std::size_t> verbs_;
    std::unordered_map<std::string, std::size_t> inverse_verbs_;
    std::unordered_map<std::string, std::size_t> nouns_;
    std::unordered_map<std::string, std::size_t> not_verbs_;
    std::size_t max_verb_words_ = 1;

    // Head lexicons, consulted in the order listed. Each file is memory-mapped (a copy of 26,000
    // lines costs more in page faults than the parsing) and indexed by 8-byte entries.
    struct LexiconEntry {
        std::uint32_t offset;  // of the lemma in the text
        std::uint16_t length;  // of the lemma
        std::uint16_t type;    // index into types_
    };
    struct HeadLexicon {
        std::shared_ptr<const char> bytes;  // keeps the mapping alive; shared by copies
        std::string_view text;
        std::vector<LexiconEntry> entries;  // sorted by lemma
        std::string_view lemma(const LexiconEntry& e) const {
            return text.substr(e.offset, e.length);
        }
    };
    std::vector<HeadLexicon> lexicons_;
    // Maps and reads one head lexicon ("# claimgraph NAME v1" header, then lemma<TAB>type lines).
    // Throws IoError when the file cannot be read, InputError ("path:line: ...") when it is wrong.
    void add_head_lexicon(const std::string& path);
};

}  // namespace claimgraph::extract
