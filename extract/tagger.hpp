// Part-of-speech tagger: a greedy left-to-right averaged perceptron over a joint UPOS+XPOS tag
// ("NOUN|NN"), with word, affix, shape and context features, and a tag dictionary that settles
// frequent unambiguous words without scoring.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/conllu.hpp"
#include "extract/document.hpp"
#include "extract/key_index.hpp"
#include "extract/lemma_lexicon.hpp"
#include "extract/perceptron.hpp"

namespace claimgraph::extract {

class TaggerModel {
public:
    // Tags a sentence: out[i] is a class id (see upos()/xpos()). Empty input gives empty output.
    // With a lexicon, an open-class tag (NOUN, VERB, ADJ, ADV) the dictionary rules out for a
    // lower-case word gives way to the best-scoring tag it allows ("owns" is no noun).
    void tag(const std::vector<std::string_view>& forms, std::vector<uint16_t>& out,
             const LemmaLexicon* lexicon = nullptr) const {
        tag(forms, out, lexicon, true);
    }
    // The same tags, scoring every feature afresh instead of reusing the summed weights of a
    // word's own features from earlier words, as tag() does. For tests.
    void tag_without_reuse(const std::vector<std::string_view>& forms, std::vector<uint16_t>& out,
                           const LemmaLexicon* lexicon = nullptr) const {
        tag(forms, out, lexicon, false);
    }

    std::size_t num_classes() const { return upos_.size(); }
    const std::string& upos(uint16_t cls) const { return upos_[cls]; }
    const std::string& xpos(uint16_t cls) const { return xpos_[cls]; }
    // Class id of a "UPOS|XPOS" pair, or -1.
    int find_class(std::string_view upos, std::string_view xpos) const;
    const WeightTable& weights() const { return weights_; }
    std::size_t dictionary_size() const { return dict_keys_.size(); }

    void save(ByteWriter& w) const;
    void load(ByteReader& r);
    bool operator==(const TaggerModel& o) const;

    // Whether a lower-case word of three letters or more belongs to a closed class.
    static bool is_function_word(std::string_view lower);

private:
    void tag(const std::vector<std::string_view>& forms, std::vector<uint16_t>& out,
             const LemmaLexicon* lexicon, bool reuse) const;
    friend class TaggerTrainer;
    // Tag rules applied after the model, in this order (see tagger.cpp).
    void retag(std::string_view form, uint8_t lexicon_class, int cls, uint16_t& tag,
               const LemmaLexicon& lexicon) const;
    void verbs_before_infinitive(const std::vector<std::string_view>& forms,
                                 std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    void reporting_verbs_before_that(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                     const LemmaLexicon& lexicon) const;
    void nouns_before_of(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                         const LemmaLexicon& lexicon) const;
    void verbs_after_relatives(const std::vector<std::string_view>& forms,
                               std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    // "The Danish Meteorological Institute": a capitalized adjective opening a name is its word.
    void adjectives_opening_names(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags) const;
    // "trained by Open Pages", "Open Pages rejects": a capitalised adjective and plural noun as a name.
    void adjective_plural_names(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags) const;
    // "The Financial Conduct Authority regulated payday lenders, the minister said.": a regular
    // past form after a subject with no verb of its own is the past tense.
    void past_tense_after_verbless_subject(const std::vector<std::string_view>& forms,
                                           std::vector<uint16_t>& tags) const;
    // "The trust is expected to fund the project": the infinitive after a passive's "to".
    void infinitives_after_passive(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                   const LemmaLexicon& lexicon) const;
    void verbs_after_parenthetical(const std::vector<std::string_view>& forms,
                                   std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    void to_before_participle(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags) const;
    void of_before_name(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags) const;
    void headline_infinitives(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                              const LemmaLexicon& lexicon) const;
    void participles_before_that(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                 const LemmaLexicon& lexicon) const;
    void verbs_after_modals(const std::vector<std::string_view>& forms,
                            std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    void participles_after_have(const std::vector<std::string_view>& forms,
                                std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    void verbs_after_no_longer(const std::vector<std::string_view>& forms,
                               std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    void verbs_after_verbless_subject(const std::vector<std::string_view>& forms,
                                      std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    void nouns_before_participle(const std::vector<std::string_view>& forms,
                                 std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    void gerunds_inside_compound(const std::vector<std::string_view>& forms,
                                 std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    void participles_before_agent(const std::vector<std::string_view>& forms,
                                  std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    void hyphenated_role_nouns(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                               const LemmaLexicon& lexicon) const;
    void hyphenated_particle_nouns(const std::vector<std::string_view>& forms,
                                   std::vector<uint16_t>& tags) const;
    void nouns_after_possessive(const std::vector<std::string_view>& forms,
                                std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    void role_acronyms_before_names(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                    const LemmaLexicon& lexicon) const;
    void adjectives_after_degree(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                 const LemmaLexicon& lexicon) const;
    void verbs_after_coordinated_modal(const std::vector<std::string_view>& forms,
                                       std::vector<uint16_t>& tags,
                                       const LemmaLexicon& lexicon) const;
    void verbs_coordinated_after_plural_subject(const std::vector<std::string_view>& forms,
                                                std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    // "Hearing Link Ireland, a charity ..., welcomed": an opening verb form that begins a name.
    void names_opening_with_verb_form(const std::vector<std::string_view>& forms,
                                      std::vector<uint16_t>& tags) const;
    // "rivals such as Stumptown Hills": a capitalised verb form inside a sentence, before a name.
    void capitalised_verbs_before_names(const std::vector<std::string_view>& forms,
                                        std::vector<uint16_t>& tags) const;
    // "There is concern that": a noun after "there" + "be".
    void nouns_after_existential(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                 const LemmaLexicon& lexicon) const;
    // "Integrated care boards were set up": an opening adjective before the subject's nouns.
    void adjectives_opening_subject(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                    const LemmaLexicon& lexicon) const;
    void wh_adverbs_before_auxiliary(const std::vector<std::string_view>& forms,
                                     std::vector<uint16_t>& tags) const;
    void nouns_before_reduced_relative(const std::vector<std::string_view>& forms,
                                       std::vector<uint16_t>& tags) const;
    void adjective_opening_quotation(const std::vector<std::string_view>& forms,
                                     std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const;
    void lowercase_common_nouns(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                const LemmaLexicon& lexicon) const;
    // "Qubitra's chief executive and co-founder,": a possessed phrase of adjectives alone ends in its noun.
    void possessed_phrase_nouns(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                const LemmaLexicon& lexicon) const;
    // "the NHS": an acronym in capitals after a lower-case "the", read as a plural, is a name.
    void acronyms_after_the(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags) const;
    // "up 4 percent": a word in figures before a number word, a noun or "%" is a number.
    void numbers_in_figures(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags) const;
    // "the fund that Congress set up": a capitalised word and a verb read as a noun after a
    // relative "that"/"which" are the clause's subject and its past verb.
    void verbs_after_relative_name_subject(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                           const LemmaLexicon& lexicon) const;
    void acronyms_beside_descriptions(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                      const LemmaLexicon& lexicon) const;
    // "WHO is supporting the district office": a pronoun in capitals in a sentence that is not all
    // capitals is an acronym's name.
    void pronoun_form_acronyms(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags) const;
    void words_inside_names(const std::vector<std::string_view>& forms,
                            std::vector<uint16_t>& tags, const LemmaLexicon* lexicon) const;
    uint16_t within_lexicon(std::string_view form, bool first, uint16_t best, const int32_t* scores,
                            const LemmaLexicon& lexicon) const;
    int dict_lookup(uint64_t word_hash) const;
    uint64_t amb_lookup(uint64_t lower_hash) const;
    void build_indexes();     // dict_index_, amb_index_ and open_class_, after load or training
    void build_class_bits();  // open_class_ and the class ids below, from upos_ and xpos_

    std::vector<std::string> upos_, xpos_;
    // Changes whenever weights_ does (load, training): tagging reuses a word's summed weights
    // only within one generation.
    uint64_t generation_ = 0;
    std::vector<uint64_t> dict_keys_;  // sorted form hashes
    std::vector<uint16_t> dict_tags_;
    std::vector<uint64_t> amb_keys_;  // sorted lowercase form hashes
    std::vector<uint64_t> amb_vals_;  // hash of the word's tag set
    KeyIndex dict_index_, amb_index_;
    WeightTable weights_;
    std::vector<uint8_t> open_class_;  // per class: its LemmaLexicon open-class bit, or 0
    std::vector<uint8_t> function_class_;  // per class: 1 for ADP, SCONJ, CCONJ, DET, PRON and PART
    int nns_class_ = -1, vbz_class_ = -1, vb_class_ = -1, rb_class_ = -1;  // or -1
    int nn_class_ = -1, dt_class_ = -1, nnp_class_ = -1, md_class_ = -1, jj_class_ = -1;
    int wdt_class_ = -1, in_class_ = -1, vbn_class_ = -1, vbd_class_ = -1, vbg_class_ = -1, vbp_class_ = -1, to_class_ = -1;
    int aux_vbg_class_ = -1, wrb_class_ = -1, adj_nnp_class_ = -1, cd_class_ = -1;
};

struct TaggerTrainOptions {
    int epochs = 10;
    uint64_t seed = 1;
    bool keep_best = true;  // keep the epoch that scores best on dev (needs dev sentences)
    bool log = true;
};

// Trains a tagger on `train`; `dev` (may be empty) picks the best epoch.
TaggerModel train_tagger(const std::vector<ConlluSentence>& train,
                         const std::vector<ConlluSentence>& dev, const TaggerTrainOptions& opts);

// Fills Token::upos and Token::xpos for every sentence.
class Tagger : public Component {
public:
    explicit Tagger(std::shared_ptr<const TaggerModel> model,
                    std::shared_ptr<const LemmaLexicon> lexicon = nullptr)
        : model_(std::move(model)), lexicon_(std::move(lexicon)) {}
    const char* name() const override { return "tagger"; }
    uint32_t needs() const override { return kTokens | kSentences; }
    uint32_t provides() const override { return kTags; }
    void process(Document& doc) const override;
    // A sentence-opening common noun that names an earlier proper noun again is that name.
    void names_said_again(Document& doc) const;

private:
    std::shared_ptr<const TaggerModel> model_;
    std::shared_ptr<const LemmaLexicon> lexicon_;
};

}  // namespace claimgraph::extract
