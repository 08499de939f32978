#include <cctype>
#include "extract/tagger.hpp"

#include <cctype>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <unordered_map>

#include <spdlog/spdlog.h>

#include "common/ascii.hpp"

namespace claimgraph::extract {

using namespace std::string_view_literals;  // length-first comparisons of tag names

namespace {

// What the features need to know about one word, hashed once per sentence.
struct WordInfo {
    uint64_t form = 0, lower = 0, shape = 0;
    uint64_t amb = 0;  // the set of tags the word took in training ("ambiguity class"), 0: unseen
    uint64_t suf[4] = {0, 0, 0, 0};
    uint64_t pre[3] = {0, 0, 0};
    uint32_t flags = 0;
};

constexpr uint64_t kBos = 0x1234567ULL, kEos = 0x7654321ULL;

bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

void describe(std::string_view form, WordInfo& w, std::string& lower, std::string& shape) {
    lower.assign(form);
    shape.clear();
    bool digit = false, hyphen = false, upper = false, all_upper = true, alpha = false;
    char last = 0;
    int run = 0;
    for (char& c : lower) {
        unsigned char u = static_cast<unsigned char>(c);
        char cls;
        if (u >= 'A' && u <= 'Z') {
            c = static_cast<char>(u + 32);
            upper = true;
            alpha = true;
            cls = 'X';
        } else if (u >= 'a' && u <= 'z') {
            all_upper = false;
            alpha = true;
            cls = 'x';
        } else if (u >= '0' && u <= '9') {
            digit = true;
            cls = 'd';
        } else if (u >= 0x80) {
            if (is_cont(u)) continue;
            cls = 'u';
        } else {
            if (u == '-') hyphen = true;
            cls = static_cast<char>(u);
        }
        if (cls == last) {
            if (++run > 2) continue;
        } else {
            run = 1;
            last = cls;
        }
        shape.push_back(cls);
    }
    w.form = hash_bytes(form);
    w.lower = hash_bytes(lower);
    w.shape = hash_bytes(shape);
    unsigned char first = form.empty() ? 0 : static_cast<unsigned char>(form[0]);
    w.flags = (digit ? 1u : 0u) | (hyphen ? 2u : 0u) | (upper ? 4u : 0u) |
              (alpha && all_upper ? 8u : 0u) | (first >= 'A' && first <= 'Z' ? 16u : 0u);
    // Suffixes and prefixes in code points, so multi-byte letters are never split.
    std::size_t end = lower.size();
    std::size_t p = end;
    for (int k = 0; k < 4; ++k) {
        if (p == 0) {
            w.suf[k] = hash_bytes(lower) ^ (k + 1);
            continue;
        }
        --p;
        while (p > 0 && is_cont(static_cast<unsigned char>(lower[p]))) --p;
        w.suf[k] = hash_bytes(std::string_view(lower).substr(p));
    }
    p = 0;
    for (int k = 0; k < 3; ++k) {
        if (p < lower.size()) {
            ++p;
            while (p < lower.size() && is_cont(static_cast<unsigned char>(lower[p]))) ++p;
        }
        w.pre[k] = hash_bytes(std::string_view(lower).substr(0, p)) + k;
    }
}

// Per-sentence scratch: word descriptions with two sentinels on each side.
struct Scratch {
    std::vector<WordInfo> info;
    std::string lower, shape;
    std::vector<uint64_t> feats;
    std::vector<int32_t> iscores;
    std::vector<float> fscores;
};

template <typename AmbLookup>
void describe_sentence(const std::vector<std::string_view>& forms, Scratch& s,
                       const AmbLookup& amb) {
    std::size_t n = forms.size();
    s.info.resize(n + 4);
    for (int k : {0, 1}) {
        WordInfo& b = s.info[k];
        b = WordInfo{};
        b.form = b.lower = b.shape = b.amb = kBos + k;
        for (auto& x : b.suf) x = kBos + k;
        WordInfo& e = s.info[n + 2 + k];
        e = WordInfo{};
        e.form = e.lower = e.shape = e.amb = kEos + k;
        for (auto& x : e.suf) x = kEos + k;
    }
    for (std::size_t i = 0; i < n; ++i) {
        describe(forms[i], s.info[i + 2], s.lower, s.shape);
        s.info[i + 2].amb = amb(s.info[i + 2].lower);
    }
}

// Features of word i (0-based) given the two previous tags (class id + 1, 0 = none).
// Features of one word alone (and the bias): 14 of the 39 templates. Tagging sums them once per
// distinct word (WordCache); training emits them inline.
constexpr std::size_t kWordFeatures = 14;

void word_features(const WordInfo& w, uint64_t* out) {
    *out++ = feat(0, 0);
    *out++ = feat(1, w.form);
    *out++ = feat(2, w.lower);
    for (int k = 0; k < 4; ++k) *out++ = feat(3 + k, w.suf[k]);
    for (int k = 0; k < 3; ++k) *out++ = feat(7 + k, w.pre[k]);
    *out++ = feat(10, w.shape);
    *out++ = feat(11, w.flags);
    *out++ = feat(32, w.amb);
    *out++ = feat(37, w.amb, w.suf[2]);
}

// Features of word i (0-based) given the two previous tags (class id + 1, 0 = none): all of
// them when kWithWord, else those outside word_features.
template <bool kWithWord>
void tagger_features(const Scratch& s, std::size_t i, uint64_t p1, uint64_t p2,
                     std::vector<uint64_t>& f) {
    const WordInfo* w = &s.info[i + 2];
    const WordInfo& m1 = w[-1];
    const WordInfo& m2 = w[-2];
    const WordInfo& n1 = w[1];
    const WordInfo& n2 = w[2];
    f.clear();
    if constexpr (kWithWord) {
        f.resize(kWordFeatures);
        word_features(*w, f.data());
    }
    f.push_back(feat(12, p1));
    f.push_back(feat(13, p2));
    f.push_back(feat(14, p1, p2));
    f.push_back(feat(15, p1, w->lower));
    f.push_back(feat(16, m1.lower));
    f.push_back(feat(17, m2.lower));
    f.push_back(feat(18, n1.lower));
    f.push_back(feat(19, n2.lower));
    f.push_back(feat(20, m1.suf[2]));
    f.push_back(feat(21, n1.suf[2]));
    f.push_back(feat(22, w->lower, n1.lower));
    f.push_back(feat(23, m1.lower, w->lower));
    f.push_back(feat(24, p1, n1.lower));
    f.push_back(feat(25, n1.suf[1]));
    f.push_back(feat(26, i == 0, w->shape));
    f.push_back(feat(27, n1.shape));
    f.push_back(feat(28, m1.shape, w->shape));
    f.push_back(feat(29, p1, w->suf[2]));
    f.push_back(feat(30, n2.suf[2]));
    f.push_back(feat(31, w->flags, n1.flags));
    f.push_back(feat(33, n1.amb));
    f.push_back(feat(34, n2.amb));
    f.push_back(feat(35, p1, w->amb));
    f.push_back(feat(36, w->amb, n1.amb));
    f.push_back(feat(38, p1, n1.amb));
}

bool same_word(const WordInfo& a, const WordInfo& b) {
    return a.form == b.form && a.lower == b.lower && a.shape == b.shape && a.amb == b.amb &&
           a.flags == b.flags && std::equal(a.suf, a.suf + 4, b.suf) &&
           std::equal(a.pre, a.pre + 3, b.pre);
}

// Per thread: the summed weights of word_features for recently tagged words, in 4096 slots
// picked by the form's hash (a newer word takes an older one's slot). An entry is used only for
// a word with the very same WordInfo, so the tags are those of scoring every feature. Entries
// belong to one model (its generation); another model's tagging starts afresh.
class WordCache {
public:
    static constexpr std::size_t kSlots = 4096;

    const int32_t* get(const WordInfo& w, uint64_t generation, const WeightTable& weights) {
        std::size_t nc = weights.num_classes();
        if (generation != generation_ || nc != num_classes_) {
            generation_ = generation;
            num_classes_ = nc;
            words_.assign(kSlots, WordInfo{});
            filled_.assign(kSlots, 0);
            sums_.assign(kSlots * nc, 0);
        }
        std::size_t slot = (w.form ^ (w.form >> 29)) & (kSlots - 1);
        int32_t* sum = sums_.data() + slot * nc;
        if (!filled_[slot] || !same_word(words_[slot], w)) {
            uint64_t keys[kWordFeatures];
            word_features(w, keys);
            std::fill(sum, sum + nc, 0);
            weights.score(keys, kWordFeatures, sum);
            words_[slot] = w;
            filled_[slot] = 1;
        }
        return sum;
    }

private:
    uint64_t generation_ = 0;
    std::size_t num_classes_ = 0;
    std::vector<WordInfo> words_;
    std::vector<uint8_t> filled_;
    std::vector<int32_t> sums_;
};

WordCache& word_cache() {
    thread_local WordCache cache;
    return cache;
}

std::atomic<uint64_t> g_generations{0};

template <typename T>
uint16_t argmax(const T* scores, std::size_t n) {
    std::size_t best = 0;
    for (std::size_t c = 1; c < n; ++c) {
        if (scores[c] > scores[best]) best = c;
    }
    return static_cast<uint16_t>(best);
}

Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

}  // namespace

namespace {

// A finite verb's tag: a past or present form, or a modal.
bool finite_xpos(std::string_view x) { return x == "VBD"sv || x == "VBZ"sv || x == "VBP"sv || x == "MD"sv; }

}  // namespace

int TaggerModel::dict_lookup(uint64_t word_hash) const {
    int64_t p = dict_index_.find(word_hash);
    return p < 0 ? -1 : dict_tags_[p];
}

uint64_t TaggerModel::amb_lookup(uint64_t lower_hash) const {
    int64_t p = amb_index_.find(lower_hash);
    return p < 0 ? 0 : amb_vals_[p];
}

int TaggerModel::find_class(std::string_view upos, std::string_view xpos) const {
    for (std::size_t c = 0; c < upos_.size(); ++c) {
        if (upos_[c] == upos && xpos_[c] == xpos) return static_cast<int>(c);
    }
    return -1;
}

namespace {

// "Halvern, a subsidiary of the Swedish group Norrvik, built the plant": a sentence's first word,
// capitalised, unknown to the lexicon and read as an interjection, is a name when a comma and a
// determiner follow it (an apposition); interjections are words the lexicon knows ("Well, the").
void names_before_apposition(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                             const LemmaLexicon& lexicon, const std::vector<std::string>& upos, int nnp) {
    if (nnp < 0 || forms.size() < 4 || upos[tags[0]] != "INTJ") return;
    const std::string_view w = forms[0];
    if (w.size() < 4 || w[0] < 'A' || w[0] > 'Z' || forms[1] != ",") return;
    if (forms[2] != "a" && forms[2] != "an" && forms[2] != "the") return;
    if (lexicon.surface_classes(ascii::lower(w)) != 0) return;
    tags[0] = static_cast<uint16_t>(nnp);
}

}  // namespace

void TaggerModel::tag(const std::vector<std::string_view>& forms, std::vector<uint16_t>& out,
                      const LemmaLexicon* lexicon, bool reuse) const {
    std::size_t n = forms.size();
    // "- Fair Start, a charity that ..., says": a list item's bullet is no word of the sentence
    // after it, whose first word opens it as any sentence's does. The item is tagged on its own
    // and the bullet alone.
    if (n >= 3 && (forms[0] == "-"sv || forms[0] == "*"sv || forms[0] == "\xE2\x80\xA2"sv ||
                   forms[0] == "\xE2\x80\x93"sv || forms[0] == "\xE2\x80\x94"sv)) {
        const std::vector<std::string_view> bullet(forms.begin(), forms.begin() + 1);
        const std::vector<std::string_view> item(forms.begin() + 1, forms.end());
        std::vector<uint16_t> rest;
        tag(item, rest, lexicon, reuse);
        tag(bullet, out, lexicon, reuse);
        out.insert(out.end(), rest.begin(), rest.end());
        return;
    }
    Scratch& s = scratch();
    out.assign(n, 0);
    if (n == 0 || upos_.empty()) return;
    describe_sentence(forms, s, [this](uint64_t lower) { return amb_lookup(lower); });
    std::size_t nc = upos_.size();
    s.iscores.resize(nc);
    for (std::size_t i = 0; i < n; ++i) {
        int d = dict_lookup(s.info[i + 2].form);
        if (d >= 0) {
            out[i] = static_cast<uint16_t>(d);
            continue;
        }
        uint64_t p1 = i >= 1 ? out[i - 1] + 1 : 0;
        uint64_t p2 = i >= 2 ? out[i - 2] + 1 : 0;
        if (reuse) {
            tagger_features<false>(s, i, p1, p2, s.feats);
            const int32_t* word = word_cache().get(s.info[i + 2], generation_, weights_);
            std::copy(word, word + nc, s.iscores.begin());
        } else {
            tagger_features<true>(s, i, p1, p2, s.feats);
            std::fill(s.iscores.begin(), s.iscores.end(), 0);
        }
        weights_.score(s.feats.data(), s.feats.size(), s.iscores.data());
        out[i] = argmax(s.iscores.data(), nc);
        if (lexicon) out[i] = within_lexicon(forms[i], i == 0, out[i], s.iscores.data(), *lexicon);
    }
    if (lexicon) {
        verbs_before_infinitive(forms, out, *lexicon);
        reporting_verbs_before_that(forms, out, *lexicon);
        nouns_before_of(forms, out, *lexicon);
        verbs_after_relatives(forms, out, *lexicon);
        verbs_after_parenthetical(forms, out, *lexicon);
        verbs_after_modals(forms, out, *lexicon);
        participles_after_have(forms, out, *lexicon);
        verbs_after_no_longer(forms, out, *lexicon);
        verbs_after_verbless_subject(forms, out, *lexicon);
        nouns_after_existential(forms, out, *lexicon);
        adjectives_opening_subject(forms, out, *lexicon);
        nouns_before_participle(forms, out, *lexicon);
        gerunds_inside_compound(forms, out, *lexicon);
        participles_before_agent(forms, out, *lexicon);
        hyphenated_particle_nouns(forms, out);
        hyphenated_role_nouns(forms, out, *lexicon);
        nouns_after_possessive(forms, out, *lexicon);
        adjectives_after_degree(forms, out, *lexicon);
        verbs_after_coordinated_modal(forms, out, *lexicon);
        adjective_opening_quotation(forms, out, *lexicon);
        names_before_apposition(forms, out, *lexicon, upos_, nnp_class_);
        participles_before_that(forms, out, *lexicon);
        lowercase_common_nouns(forms, out, *lexicon);
        headline_infinitives(forms, out, *lexicon);
        infinitives_after_passive(forms, out, *lexicon);
        possessed_phrase_nouns(forms, out, *lexicon);
        verbs_coordinated_after_plural_subject(forms, out, *lexicon);
    }
    numbers_in_figures(forms, out);
    if (lexicon) verbs_after_relative_name_subject(forms, out, *lexicon);
    acronyms_after_the(forms, out);
    if (lexicon) acronyms_beside_descriptions(forms, out, *lexicon);
    pronoun_form_acronyms(forms, out);
    nouns_before_reduced_relative(forms, out);
    wh_adverbs_before_auxiliary(forms, out);
    to_before_participle(forms, out);
    words_inside_names(forms, out, lexicon);
    of_before_name(forms, out);  // after the name runs
    if (lexicon) role_acronyms_before_names(forms, out, *lexicon);  // after the name runs
    adjectives_opening_names(forms, out);           // after the name runs
    adjective_plural_names(forms, out);
    names_opening_with_verb_form(forms, out);       // after the name runs
    capitalised_verbs_before_names(forms, out);     // after the name runs
    past_tense_after_verbless_subject(forms, out);  // after the name runs too
}

// The tag rules below correct the model where a word has the form of two parts of speech. Each
// gives the word its other reading only when the lexicon allows it for the word.
void TaggerModel::retag(std::string_view form, uint8_t lexicon_class, int cls, uint16_t& tag,
                        const LemmaLexicon& lexicon) const {
    if (lexicon.surface_classes(ascii::lower(form)) & lexicon_class) tag = static_cast<uint16_t>(cls);
}

// "The company also plans to hire", "the vaccine, plans to produce": a plural noun right after an
// adverb or a comma and right before "to" + a base verb is the verb of its clause (a noun there
// would need a determiner or a modifier: "its plans to hire", "new plans to hire").
void TaggerModel::verbs_before_infinitive(const std::vector<std::string_view>& forms,
                                          std::vector<uint16_t>& tags,
                                          const LemmaLexicon& lexicon) const {
    if (nns_class_ < 0 || vbz_class_ < 0 || vb_class_ < 0) return;
    for (std::size_t i = 1; i + 2 < forms.size(); ++i) {
        if (tags[i] != nns_class_ || forms[i + 1] != "to") continue;
        // "and plans to license the process": a word of noun and verb form after such "to" and
        // before a determiner is the infinitive (a noun there would close the phrase: "plans
        // to license holders" has none); the model tags it a noun when the plural before it is.
        const bool noun_infinitive = tags[i + 2] == nn_class_ && i + 3 < forms.size() &&
                                     tags[i + 3] == dt_class_ &&
                                     (lexicon.surface_classes(ascii::lower(forms[i + 2])) & LemmaLexicon::kVerb);
        if (tags[i + 2] != vb_class_ && !noun_infinitive) continue;
        // "and plans to hire" too: in EWT's training part, a plural noun or verb between "and"/"or"
        // and "to" + verb is the verb 10 times out of 11.
        const bool after_adverb = tags[i - 1] == rb_class_ || forms[i - 1] == "," ||
                                  forms[i - 1] == "and" || forms[i - 1] == "or";
        // "The plan aims to make", "..., and the company plans to hire": a determiner and a
        // singular noun at the start of a clause are its whole subject. After a verb or a
        // preposition they are an object ("allow the USB ports to charge"), so not there.
        // A reporting verb takes a clause, not an object and an infinitive: "said the company
        // plans to open" (a bare "that" left out).
        static constexpr std::string_view kReporting[] = {"said", "says", "announced", "confirmed", "added",
                                                          "stated", "noted", "reported", "explained", "warned"};
        const bool clause_start =
            i == 2 || (i >= 3 && (upos_[tags[i - 3]] == "PUNCT"sv || upos_[tags[i - 3]] == "CCONJ"sv ||
                                  upos_[tags[i - 3]] == "SCONJ"sv ||
                                  std::find(std::begin(kReporting), std::end(kReporting), forms[i - 3]) !=
                                      std::end(kReporting)));
        const bool after_subject =
            clause_start && tags[i - 1] == nn_class_ && tags[i - 2] == dt_class_;
        // "The Marlow Trust plans to support": a name (a run of capitalised words, "the" at most
        // before it) opening the clause is its whole subject too.
        std::size_t j = i;
        while (j > 0 && !forms[j - 1].empty() && std::isupper(static_cast<unsigned char>(forms[j - 1][0])) &&
               upos_[tags[j - 1]] != "PUNCT"sv) {
            --j;
        }
        if (j > 0 && j < i && ascii::lower(forms[j - 1]) == "the") --j;
        const bool after_name = j + 1 < i && (j == 0 || upos_[tags[j - 1]] == "PUNCT"sv || upos_[tags[j - 1]] == "CCONJ"sv);
        if (!after_adverb && !after_subject && !after_name) continue;
        retag(forms[i], LemmaLexicon::kVerb, vbz_class_, tags[i], lexicon);
        if (noun_infinitive && tags[i] == vbz_class_) tags[i + 2] = static_cast<uint16_t>(vb_class_);
    }
}

// "In a paper in the journal X, the team reports that the grids reveal": a reporting verb's
// "-s" form after a determiner and a singular noun that open a clause, right before "that", is
// the clause's verb (its subject the noun), not a plural noun a relative clause modifies.
void TaggerModel::reporting_verbs_before_that(const std::vector<std::string_view>& forms,
                                              std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const {
    if (nns_class_ < 0 || vbz_class_ < 0 || nn_class_ < 0 || dt_class_ < 0) return;
    static constexpr std::string_view kReports[] = {"reports", "says", "finds", "argues", "notes", "warns",
                                                    "claims", "concludes", "suggests", "estimates", "writes"};
    for (std::size_t i = 2; i + 1 < forms.size(); ++i) {
        if (tags[i] != nns_class_ || forms[i + 1] != "that" || tags[i - 1] != nn_class_ || tags[i - 2] != dt_class_) {
            continue;
        }
        if (std::find(std::begin(kReports), std::end(kReports), ascii::lower(forms[i])) == std::end(kReports)) continue;
        const bool clause_start = i == 2 || upos_[tags[i - 3]] == "PUNCT"sv || upos_[tags[i - 3]] == "CCONJ"sv ||
                                  upos_[tags[i - 3]] == "SCONJ"sv;
        if (clause_start) retag(forms[i], LemmaLexicon::kVerb, vbz_class_, tags[i], lexicon);
    }
}

// "Aldren's chief executive, Maria Okafor", "the chief executive of Aldren": after a determiner
// or possessive and an adjective, the word before "of" or a comma heads the noun phrase (in EWT's
// training part 543 of 559 such words are nouns; "a little pricey ," is one of the exceptions).
void TaggerModel::nouns_before_of(const std::vector<std::string_view>& forms,
                                  std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const {
    if (nn_class_ < 0) return;
    for (std::size_t i = 2; i + 1 < forms.size(); ++i) {
        if (open_class_[tags[i]] != LemmaLexicon::kAdj || (forms[i + 1] != "of" && forms[i + 1] != ",")) {
            continue;
        }
        // "Its chief executive, Daniel Okoro": a noun before it too ("chief" is tagged either
        // way); in EWT's training part a word between a determiner and a noun and before "of" or
        // a comma is a noun 178 times, an adjective 10 ("a bit pricey ,", "your room clean ,").
        const bool adj_before = open_class_[tags[i - 1]] == LemmaLexicon::kAdj &&
                                forms[i - 1] != "little" && forms[i - 1] != "great";
        const bool noun_before = open_class_[tags[i - 1]] == LemmaLexicon::kNoun &&
                                 forms[i - 1] != "bit" && forms[i - 1] != "lot";
        if (!adj_before && !noun_before) continue;
        const std::string& det = upos_[tags[i - 2]];
        // "Halvora's founder and chief executive, Amira Sethi": a second role coordinated with a
        // noun before it stands where the determiner would.
        const bool coordinated = det == "CCONJ" && i >= 3 && open_class_[tags[i - 3]] == LemmaLexicon::kNoun;
        if (det != "DET" && det != "PART" && xpos_[tags[i - 2]] != "PRP$"sv && !coordinated) continue;
        // The word itself, not an inflected form ("NHS" is no plural of "NH").
        if (lexicon.classes(ascii::lower(forms[i])) & LemmaLexicon::kNoun) tags[i] = static_cast<uint16_t>(nn_class_);
    }
}

// "a funding round led by Northgate Ventures": between a determiner and a noun and a participle
// with its agent ("led by"), the word the model took for an adverb is the last word of the noun
// phrase the participle modifies, when the word can be a noun (an adverb there, as in "a firm
// recently bought by", is one that cannot: "recently").
void TaggerModel::nouns_before_participle(const std::vector<std::string_view>& forms,
                                          std::vector<uint16_t>& tags,
                                          const LemmaLexicon& lexicon) const {
    if (nn_class_ < 0) return;
    for (std::size_t i = 2; i + 2 < forms.size(); ++i) {
        if (upos_[tags[i]] != "ADV"sv || open_class_[tags[i - 1]] != LemmaLexicon::kNoun) continue;
        if (upos_[tags[i - 2]] != "DET"sv || forms[i + 2] != "by") continue;
        if (xpos_[tags[i + 1]] != "VBN"sv && xpos_[tags[i + 1]] != "VBD"sv) continue;
        retag(forms[i], LemmaLexicon::kNoun, nn_class_, tags[i], lexicon);
    }
}

// "a lung cancer screening programme for miners", "the drug pricing rules": an -ing word between
// two common nouns, in a noun phrase opened by a determiner or possessive and closed right after
// the second noun, is a noun of the compound, not a participle taking the second noun as its
// object, when the lexicon lists the word as a noun of its own. In EWT's training part, such
// words that WordNet lists as nouns are tagged nouns or modifiers of the compound 18 times and
// participles with an object 4 times ("an attack using anthrax"); words without a noun reading
// ("a case involving allegations") keep their tag.
void TaggerModel::gerunds_inside_compound(const std::vector<std::string_view>& forms,
                                          std::vector<uint16_t>& tags,
                                          const LemmaLexicon& lexicon) const {
    if (nn_class_ < 0) return;
    const std::size_t n = forms.size();
    for (std::size_t i = 2; i + 1 < n; ++i) {
        if (xpos_[tags[i]] != "VBG"sv || open_class_[tags[i - 1]] != LemmaLexicon::kNoun ||
            open_class_[tags[i + 1]] != LemmaLexicon::kNoun) {
            continue;
        }
        if (xpos_[tags[i - 1]] == "NNP"sv || xpos_[tags[i + 1]] == "NNP"sv) continue;
        if (i + 2 < n) {
            const std::string& next = upos_[tags[i + 2]];
            if (next == "NOUN" || next == "PROPN" || next == "DET" || next == "NUM") continue;
        }
        std::size_t j = i - 1;
        while (j > 0 && (open_class_[tags[j]] == LemmaLexicon::kNoun ||
                         open_class_[tags[j]] == LemmaLexicon::kAdj)) {
            --j;
        }
        // "funds most university engineering research": "most" (read as an adverb) opens the
        // phrase as a determiner does; so does a finite verb whose object it is, when the noun
        // before the "-ing" word is singular (a bare singular noun is no object the participle
        // would follow: "found workers cleaning floors"). In EWT's three parts this changes two
        // tags: "makes mold making materials" rightly, "are breast feeding birds" against the gold.
        const std::string& opener = xpos_[tags[j]];
        const bool verb_object = (opener == "VBZ" || opener == "VBD" || opener == "VBP") && tags[i - 1] == nn_class_;
        if (upos_[tags[j]] != "DET"sv && opener != "PRP$" && opener != "POS" && opener != "RBS" && !verb_object) continue;
        // A noun in its own right ("screening", "pricing"), not only as any verb's -ing form.
        if (lexicon.classes(ascii::lower(forms[i])) & LemmaLexicon::kNoun) tags[i] = static_cast<uint16_t>(nn_class_);
    }
    // "whose engineering faculty will train", "its marketing team has left": an -ing word right
    // after a determiner or possessive and before a common noun that a finite verb or modal
    // follows is that subject noun's modifier, not a participle taking the noun as its object
    // (a participle's phrase does not open with a determiner).
    for (std::size_t i = 1; i + 2 < n; ++i) {
        if (xpos_[tags[i]] != "VBG"sv) continue;
        const std::string& before = xpos_[tags[i - 1]];
        if (before != "DT" && before != "PRP$" && before != "WP$" && before != "POS") continue;
        const std::string& noun = xpos_[tags[i + 1]];
        const std::string& after = xpos_[tags[i + 2]];
        if ((noun != "NN" && noun != "NNS") ||
            (after != "MD" && after != "VBZ" && after != "VBD" && after != "VBP")) {
            continue;
        }
        if (lexicon.classes(ascii::lower(forms[i])) & LemmaLexicon::kNoun) tags[i] = static_cast<uint16_t>(nn_class_);
    }
    // "set up 20 handwashing stations", "opened three testing centres": an -ing word between a
    // count and a plural noun modifies the noun the count counts (a participle taking the noun as
    // its object would leave the count a phrase of its own). A year ("in 2024 training budgets
    // rose") is no count. No lexicon check: the modifier may be a compound the lexicon lacks.
    for (std::size_t i = 1; i + 1 < n; ++i) {
        if (xpos_[tags[i]] != "VBG"sv || xpos_[tags[i - 1]] != "CD"sv || xpos_[tags[i + 1]] != "NNS"sv) continue;
        const std::string_view count = forms[i - 1];
        const bool year = count.size() == 4 && std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!year) tags[i] = static_cast<uint16_t>(nn_class_);
    }
}

// "A report published last year by the Royal College warned that": a past form right after a
// noun phrase opened by a determiner, with "by" a few words on and no verb between, is a
// participle modifying the phrase when a finite verb follows the agent before any coordinator,
// pronoun or "that" (which would start the past verb's own clause: "The board said by Friday it
// would"). The finite verb is the sentence's; the phrase is its subject. An indefinite phrase
// after a comma (an apposition) needs no finite verb after the agent.
void TaggerModel::participles_before_agent(const std::vector<std::string_view>& forms,
                                           std::vector<uint16_t>& tags,
                                           const LemmaLexicon& lexicon) const {
    if (vbn_class_ < 0) return;
    const std::size_t n = forms.size();
    for (std::size_t i = 2; i + 2 < n; ++i) {
        // (A form already tagged a participle may still hide the finite verb in its agent.)
        if ((xpos_[tags[i]] != "VBD"sv && xpos_[tags[i]] != "VBN"sv) || open_class_[tags[i - 1]] != LemmaLexicon::kNoun ||
            xpos_[tags[i - 1]] == "NNP"sv) {
            continue;
        }
        std::size_t j = i - 1;
        while (j > 0 && (open_class_[tags[j]] == LemmaLexicon::kNoun ||
                         open_class_[tags[j]] == LemmaLexicon::kAdj || upos_[tags[j]] == "NUM"sv)) {
            --j;
        }
        if (upos_[tags[j]] != "DET"sv) continue;
        std::size_t by = i + 1;
        while (by < n && by <= i + 4 && forms[by] != "by" && open_class_[tags[by]] != LemmaLexicon::kVerb &&
               upos_[tags[by]] != "AUX"sv) {
            ++by;
        }
        if (by >= n || forms[by] != "by") continue;
        // "the Rural Connectivity Programme, a 900 million dollar scheme launched in 2021 by the
        // ministry": an indefinite phrase set off by a comma is an apposition, and the past form
        // with its agent modifies it whether or not a finite verb follows.
        if (j >= 1 && forms[j - 1] == ","sv && (forms[j] == "a"sv || forms[j] == "an"sv)) {
            retag(forms[i], LemmaLexicon::kVerb, vbn_class_, tags[i], lexicon);
            continue;
        }
        bool finite = false;
        // "A petition started by law students demands refunds for lost teaching": a singular
        // subject's verb may hide in the agent's run of nouns as a plural noun form: the last but
        // one of three or more nouns ("students demands refunds"), when the lexicon gives it a
        // verb reading and the run ends before punctuation or a preposition.
        if (vbz_class_ >= 0 && xpos_[tags[i - 1]] == "NN"sv) {
            std::size_t a = by + 1;
            while (a < n && (upos_[tags[a]] == "DET"sv || open_class_[tags[a]] == LemmaLexicon::kAdj)) ++a;
            std::size_t e = a;
            while (e < n && open_class_[tags[e]] == LemmaLexicon::kNoun && xpos_[tags[e]] != "NNP"sv) ++e;
            const bool closes = e >= n || upos_[tags[e]] == "PUNCT"sv || upos_[tags[e]] == "ADP"sv;
            if (e >= a + 3 && closes && xpos_[tags[e - 2]] == "NNS"sv) {
                const uint16_t before = tags[e - 2];
                retag(forms[e - 2], LemmaLexicon::kVerb, vbz_class_, tags[e - 2], lexicon);
                finite = tags[e - 2] != before;
            }
        }
        for (std::size_t m = by + 1; m < n && !finite; ++m) {
            const std::string& u = upos_[tags[m]];
            if (u == "CCONJ" || u == "PRON" || u == "SCONJ" || forms[m] == "that") break;
            const std::string& x = xpos_[tags[m]];
            if (finite_xpos(x)) {
                finite = true;
                break;
            }
        }
        if (finite) retag(forms[i], LemmaLexicon::kVerb, vbn_class_, tags[i], lexicon);
    }
    // "Accountants were appointed as administrators by the High Court": an "-ed" or "-en" adjective form
    // right after a form of "be", with "by" a few words on and no verb or comma between, is the
    // passive participle whose agent "by" brings.
    if (jj_class_ < 0) return;
    for (std::size_t i = 1; i + 2 < n; ++i) {
        // "-en" too: "The offering was underwritten by two banks", "was overseen by".
        if (tags[i] != jj_class_ || forms[i].size() < 5 ||
            (forms[i].substr(forms[i].size() - 2) != "ed" && forms[i].substr(forms[i].size() - 2) != "en")) {
            continue;
        }
        const std::string_view be = forms[i - 1];
        if (be != "was" && be != "were" && be != "been" && be != "being" && be != "is" && be != "are" && be != "be") {
            continue;
        }
        std::size_t by = i + 1;
        while (by < n && by <= i + 5 && forms[by] != "by" && forms[by] != "," &&
               open_class_[tags[by]] != LemmaLexicon::kVerb && upos_[tags[by]] != "AUX"sv) {
            ++by;
        }
        if (by + 1 < n && forms[by] == "by") retag(forms[i], LemmaLexicon::kVerb, vbn_class_, tags[i], lexicon);
    }
}

// "A German logistics start-up has formed": a word joined by a hyphen to a particle ("start-up",
// "follow-up", "spin-off", "buy-out") right after a determiner, adjective, noun, name or possessive is
// a noun, as UD tags both parts ("a follow - up"); a verb and its particle are not hyphenated
// after a subject ("firms start up").
void TaggerModel::hyphenated_particle_nouns(const std::vector<std::string_view>& forms,
                                            std::vector<uint16_t>& tags) const {
    if (nn_class_ < 0) return;
    static constexpr std::string_view kParticles[] = {"up", "off", "out", "in", "down", "over",
                                                      "on", "back", "away"};
    for (std::size_t i = 1; i + 2 < forms.size(); ++i) {
        if (forms[i + 1] != "-" || open_class_[tags[i]] != LemmaLexicon::kVerb) continue;
        std::string_view particle = forms[i + 2];
        const bool plural = particle.size() > 2 && particle.back() == 's';  // "start-ups", "lay-offs"
        if (plural) particle.remove_suffix(1);
        if (std::find(std::begin(kParticles), std::end(kParticles), particle) == std::end(kParticles)) {
            continue;
        }
        const uint8_t before = open_class_[tags[i - 1]];
        if (before != LemmaLexicon::kNoun && before != LemmaLexicon::kAdj && upos_[tags[i - 1]] != "DET"sv &&
            upos_[tags[i - 1]] != "PROPN"sv && xpos_[tags[i - 1]] != "POS"sv && xpos_[tags[i - 1]] != "PRP$"sv) {
            continue;
        }
        tags[i] = static_cast<uint16_t>(nn_class_);
        tags[i + 2] = static_cast<uint16_t>(plural && nns_class_ >= 0 ? nns_class_ : nn_class_);
    }
    // "the state-owned operator Aroha Networks", "a family-run firm": a past form joined by a
    // hyphen to a noun before it, and followed by a noun or an adjective, is an adjective of that
    // noun's phrase, never the clause's verb.
    if (jj_class_ < 0) return;
    for (std::size_t i = 2; i + 1 < forms.size(); ++i) {
        if (forms[i - 1] != "-" || open_class_[tags[i - 2]] != LemmaLexicon::kNoun) continue;
        if (xpos_[tags[i]] != "VBN"sv && xpos_[tags[i]] != "VBD"sv) continue;
        const std::string& next = upos_[tags[i + 1]];
        if (next != "NOUN" && next != "PROPN" && next != "ADJ") continue;
        tags[i] = static_cast<uint16_t>(jj_class_);
    }
}

// "said its vice-president, Tariq Hussain", "the firm's co-founder.", "its vice-chair for
// research": a hyphenated word the model read as an adjective, between a determiner or
// possessive and a comma, full stop, name or preposition, is a noun when its last part is a noun
// the lexicon does not also know as an adjective (an adjective there would have no noun to
// modify).
void TaggerModel::hyphenated_role_nouns(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                        const LemmaLexicon& lexicon) const {
    if (nn_class_ < 0 || nns_class_ < 0) return;
    for (std::size_t i = 1; i + 1 < forms.size(); ++i) {
        const std::string_view w = forms[i];
        const std::size_t dash = w.rfind('-');
        if (dash == std::string_view::npos || dash == 0 || dash + 3 > w.size() ||
            open_class_[tags[i]] != LemmaLexicon::kAdj) {
            continue;
        }
        const std::string& before = xpos_[tags[i - 1]];
        if (before != "DT" && before != "PRP$" && before != "POS") continue;
        const std::string_view next = forms[i + 1];
        if (next != "," && next != "." && next != ")" && upos_[tags[i + 1]] != "PROPN"sv &&
            xpos_[tags[i + 1]] != "IN"sv) {
            continue;
        }
        const uint8_t last = lexicon.surface_classes(ascii::lower(w.substr(dash + 1)));
        if (!(last & LemmaLexicon::kNoun) || (last & LemmaLexicon::kAdj)) continue;
        tags[i] = static_cast<uint16_t>(w.back() == 's' ? nns_class_ : nn_class_);
    }
}

// "which sets teachers' pay", "the company's plans": right after a possessive ending comes the
// possessed noun (or its adjective), not a verb.
void TaggerModel::nouns_after_possessive(const std::vector<std::string_view>& forms,
                                         std::vector<uint16_t>& tags,
                                         const LemmaLexicon& lexicon) const {
    if (nn_class_ < 0 || nns_class_ < 0) return;
    for (std::size_t i = 1; i < forms.size(); ++i) {
        if (xpos_[tags[i - 1]] != "POS"sv || open_class_[tags[i]] != LemmaLexicon::kVerb) continue;
        // A lone quote mark is a possessive only after a plural in -s ("teachers' pay"), not as
        // a closing quote ("the people of Fallujah' condemning"); and "Hackney's has" is the
        // shop's name and a verb: be, have and do are never the possessed noun.
        if (forms[i - 1] == "'" && (i < 2 || (forms[i - 2].back() != 's' && forms[i - 2].back() != 'S'))) {
            continue;
        }
        static constexpr std::string_view kAuxiliaries[] = {"is", "was", "are", "were", "has",
                                                            "had", "have", "does", "did", "do"};
        if (std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), forms[i]) !=
            std::end(kAuxiliaries)) {
            continue;
        }
        const bool plural = forms[i].size() > 2 && forms[i].back() == 's';
        retag(forms[i], LemmaLexicon::kNoun, plural ? nns_class_ : nn_class_, tags[i], lexicon);
    }
}

// "Critics were less patient.", "the staff are very patient with": after a form of "be" and a
// degree adverb (the model's adverb "less", "more", "very", "too", "so", "quite", "rather"), a
// singular noun form closing the predicate (before punctuation or a preposition) is the
// adjective, when the lexicon has one: a degree adverb grades an adjective, not a noun ("were
// less patient", never "were less a patient").
void TaggerModel::adjectives_after_degree(const std::vector<std::string_view>& forms,
                                          std::vector<uint16_t>& tags,
                                          const LemmaLexicon& lexicon) const {
    if (nn_class_ < 0 || jj_class_ < 0) return;
    static constexpr std::string_view kBe[] = {"is", "are", "was", "were", "be", "been", "being", "'s", "'re"};
    static constexpr std::string_view kDegree[] = {"less", "more", "very", "too", "so", "quite", "rather"};
    for (std::size_t i = 2; i < forms.size(); ++i) {
        if (tags[i] != nn_class_ || (xpos_[tags[i - 1]] != "RB"sv && xpos_[tags[i - 1]] != "RBR"sv)) continue;
        const std::string adverb = ascii::lower(forms[i - 1]), verb = ascii::lower(forms[i - 2]);
        if (std::find(std::begin(kDegree), std::end(kDegree), adverb) == std::end(kDegree) ||
            std::find(std::begin(kBe), std::end(kBe), verb) == std::end(kBe)) {
            continue;
        }
        const bool closes = i + 1 == forms.size() || xpos_[tags[i + 1]] == "IN"sv || xpos_[tags[i + 1]] == "TO"sv ||
                            upos_[tags[i + 1]] == "PUNCT"sv;
        if (closes) retag(forms[i], LemmaLexicon::kAdj, jj_class_, tags[i], lexicon);
    }
}

// "The Global Fund, which finances malaria programmes": right after a relative "which" or "who"
// that follows its noun or a comma, a plural noun form is the relative clause's verb.
// "a charity that tracks international recruitment": after "that" too (after a noun or a name),
// when an object's phrase follows; a plural subject of a "that" complement comes before its own verb ("the news that
// prices rose").
void TaggerModel::verbs_after_relatives(const std::vector<std::string_view>& forms,
                                        std::vector<uint16_t>& tags,
                                        const LemmaLexicon& lexicon) const {
    if (nns_class_ < 0 || vbz_class_ < 0) return;
    for (std::size_t i = 2; i + 1 < forms.size(); ++i) {
        if (tags[i] != nns_class_) continue;
        const std::string& before = upos_[tags[i - 2]];
        if (forms[i - 1] == "that") {
            const std::string& next = upos_[tags[i + 1]];
            // "a laboratory in Kampala that tests mosquitoes": after a name too (a name takes no
            // "that" complement), and before a bare plural object.
            // "a nonprofit that reviews drug prices and ...": a compound object too, a singular
            // noun and a plural that closes the phrase (a complement's plural subject with a
            // compound, "that sales tax revenues fell", still has its verb to come).
            const bool compound_object =
                xpos_[tags[i + 1]] == "NN"sv && i + 2 < forms.size() && tags[i + 2] == nns_class_ &&
                (i + 3 == forms.size() || upos_[tags[i + 3]] == "PUNCT" || upos_[tags[i + 3]] == "CCONJ" ||
                 upos_[tags[i + 3]] == "ADP");
            if ((before != "NOUN" && before != "PROPN") ||
                (next != "DET" && next != "ADJ" && next != "NUM" && xpos_[tags[i + 1]] != "PRP$"sv &&
                 xpos_[tags[i + 1]] != "NNS"sv && !compound_object)) {
                continue;
            }
        } else if (forms[i - 1] != "which" && forms[i - 1] != "who") {
            continue;
        }
        if (forms[i - 2] != "," && before != "NOUN" && before != "PROPN") continue;
        retag(forms[i], LemmaLexicon::kVerb, vbz_class_, tags[i], lexicon);
    }
    // "Waitomo District Council, which lent machinery to": after a comma and a relative "which" or
    // "who", a lower-case singular noun form that is an irregular past form of a verb ("lent",
    // "sold", "saw") is the relative clause's verb when an object's phrase follows (a noun there
    // would need a determiner: "which the ..."). A name or an object pronoun may open the object's
    // phrase too ("which lent Norland 600 million pounds", "which sold them"): a noun is no
    // compound head before either.
    if (vbd_class_ >= 0 && nn_class_ >= 0) {
        for (std::size_t i = 2; i + 1 < forms.size(); ++i) {
            if (tags[i] != nn_class_ || forms[i - 2] != "," || (forms[i - 1] != "which" && forms[i - 1] != "who")) continue;
            const std::string lower = ascii::lower(forms[i]);
            const std::string* lemma = lexicon.irregular(lower, LemmaLexicon::kVerb);
            if (lemma == nullptr || *lemma == lower || lower != forms[i]) continue;
            const std::string& next = upos_[tags[i + 1]];
            if (next != "NOUN" && next != "PROPN" && next != "DET" && next != "ADJ" && next != "NUM" &&
                xpos_[tags[i + 1]] != "PRP$"sv && xpos_[tags[i + 1]] != "PRP"sv) {
                continue;
            }
            tags[i] = static_cast<uint16_t>(vbd_class_);
        }
    }
    // "two landlords, which together own 61 of the shops": right after a relative "which" or
    // "who" that follows a comma or its noun (and at most one adverb), an adjective form with a
    // verb reading, before an object's phrase, is the clause's present verb (its past tense when
    // it is an irregular past form: "which lent tools to"); an adjective there would need a
    // copula first ("which are open").
    if (jj_class_ >= 0 && vbp_class_ >= 0) {
        for (std::size_t i = 3; i + 1 < forms.size(); ++i) {
            if (tags[i] != jj_class_) continue;
            std::size_t r = tags[i - 1] == rb_class_ ? i - 2 : i - 1;
            if (r < 1 || (forms[r] != "which" && forms[r] != "who")) continue;
            const std::string& before = upos_[tags[r - 1]];
            if (forms[r - 1] != "," && before != "NOUN" && before != "PROPN") continue;
            const std::string& next = upos_[tags[i + 1]];
            if (next != "NUM" && next != "DET" && next != "NOUN" && next != "PROPN" && next != "ADJ" &&
                xpos_[tags[i + 1]] != "PRP$"sv) {
                continue;
            }
            const std::string lower = ascii::lower(forms[i]);
            const std::string* lemma = vbd_class_ >= 0 ? lexicon.irregular(lower, LemmaLexicon::kVerb) : nullptr;
            const bool past = lemma != nullptr && *lemma != lower && lower.back() != 's';
            retag(forms[i], LemmaLexicon::kVerb, past ? vbd_class_ : vbp_class_, tags[i], lexicon);
        }
    }
    // "lends the rooms free of charge": "free" before "of charge" heads an adverbial phrase of
    // the verb, never a noun (the verb's second object) nor a word of the object's phrase.
    if (rb_class_ >= 0) {
        for (std::size_t i = 0; i + 2 < forms.size(); ++i) {
            if (upos_[tags[i]] == "NOUN"sv && ascii::lower(forms[i]) == "free" && forms[i + 1] == "of" &&
                ascii::lower(forms[i + 2]) == "charge") {
                tags[i] = static_cast<uint16_t>(rb_class_);
            }
        }
    }
    // "the valley, whose mines employ 3,000 people", "its mines": right after "whose", a
    // determiner or a possessive, a form read as a personal pronoun ("mines" as "my") is the
    // noun it can also be (no personal pronoun follows a determiner or a possessive).
    if (nn_class_ >= 0 && nns_class_ >= 0) {
        for (std::size_t i = 1; i < forms.size(); ++i) {
            if (xpos_[tags[i]] != "PRP"sv) continue;
            const std::string& before = xpos_[tags[i - 1]];
            if (ascii::lower(forms[i - 1]) != "whose" && before != "DT" && before != "PRP$" && before != "POS") continue;
            const bool plural = forms[i].size() > 1 && forms[i].back() == 's';
            retag(forms[i], LemmaLexicon::kNoun, plural ? nns_class_ : nn_class_, tags[i], lexicon);
        }
    }
    // "a federation whose members supply milk to": after "whose" and a plural noun, a singular
    // noun form before an object's phrase is the clause's present verb (a compound there,
    // "whose members fund managers", would leave the clause without one).
    if (vbp_class_ < 0 || nn_class_ < 0) return;
    for (std::size_t i = 2; i + 1 < forms.size(); ++i) {
        if (tags[i] != nn_class_ || tags[i - 1] != nns_class_ || ascii::lower(forms[i - 2]) != "whose") continue;
        const std::string& next = upos_[tags[i + 1]];
        if (next != "NOUN" && next != "DET" && next != "ADJ" && next != "NUM" && xpos_[tags[i + 1]] != "PRP$"sv) continue;
        retag(forms[i], LemmaLexicon::kVerb, vbp_class_, tags[i], lexicon);
    }
    // "selling fertilisers that damage soils": after a plural noun and "that" (read as a
    // determiner), a singular noun form before a present form that can be a plural noun, or
    // before a plural noun (determiner "that" takes no plural head), is the relative clause's
    // verb and the other its object (the clause would have no subject else).
    if (vbz_class_ < 0 || nns_class_ < 0) return;
    for (std::size_t i = 2; i + 1 < forms.size(); ++i) {
        if (tags[i] != nn_class_ || tags[i - 2] != nns_class_ || ascii::lower(forms[i - 1]) != "that" ||
            (tags[i + 1] != vbz_class_ && tags[i + 1] != nns_class_)) {
            continue;
        }
        if (!(lexicon.surface_classes(ascii::lower(forms[i + 1])) & LemmaLexicon::kNoun)) continue;
        const uint16_t before = tags[i];
        retag(forms[i], LemmaLexicon::kVerb, vbp_class_, tags[i], lexicon);
        if (tags[i] != before) {
            tags[i + 1] = static_cast<uint16_t>(nns_class_);
            if (wdt_class_ >= 0) tags[i - 1] = static_cast<uint16_t>(wdt_class_);
        }
    }
}

// "The report, which was commissioned by the union, draws on interviews", "The fund, a charity
// based in Leeds, pays for ...", "Its director, X, points out": a subject (a noun or a name) with no verb before its comma, a relative clause or an
// apposition set off by commas, and after the closing comma a plural noun form before a
// preposition, a determiner or a number: that form is the clause's verb, which the subject still lacks.
void TaggerModel::verbs_after_parenthetical(const std::vector<std::string_view>& forms,
                                            std::vector<uint16_t>& tags,
                                            const LemmaLexicon& lexicon) const {
    if (nns_class_ < 0 || vbz_class_ < 0) return;
    std::size_t open = 0;
    while (open < forms.size() && forms[open] != ",") {
        if (upos_[tags[open]] == "VERB"sv || upos_[tags[open]] == "AUX"sv) return;
        ++open;
    }
    if (open < 2 || open + 3 >= forms.size()) return;
    if (open_class_[tags[open - 1]] != LemmaLexicon::kNoun && upos_[tags[open - 1]] != "PROPN"sv) return;
    const std::string_view first = forms[open + 1];
    // "Glenmore Dairy, Australia's largest yoghurt maker, recalled": a possessive name opens an
    // apposition as a determiner does.
    const bool possessive = upos_[tags[open + 1]] == "PROPN"sv && (forms[open + 2] == "'s" || forms[open + 2] == "\u2019s");
    // "Its research director, Tom Achebe, points out": a name set off after a common noun (a role)
    // is its apposition too.
    const bool role_name = upos_[tags[open + 1]] == "PROPN"sv && upos_[tags[open - 1]] == "NOUN"sv;
    // "Heart charities, including the British Heart Foundation, back the plan": examples set
    // off by commas are parenthetical too.
    // "Calder College, together with the Marsh Institute, trained": so is a partner the clause's
    // subject acts with ("together with", "along with").
    const bool examples = first == "including" || ((first == "together" || first == "along") && forms[open + 2] == "with");
    if (first != "which" && first != "who" && upos_[tags[open + 1]] != "DET"sv && !possessive && !role_name && !examples) return;
    for (std::size_t i = open + 3; i + 1 < forms.size(); ++i) {
        if (forms[i - 1] != ",") continue;
        // After a plural subject, a word the lexicon knows as a verb that the model took for an
        // adverb or a singular noun, before a determiner or a possessive, is the present verb
        // ("..., back the proposal", "..., fund the scheme").
        if (vbp_class_ >= 0 && tags[open - 1] == nns_class_ &&
            (upos_[tags[i]] == "ADV"sv || tags[i] == nn_class_) &&
            (upos_[tags[i + 1]] == "DET"sv || xpos_[tags[i + 1]] == "PRP$"sv)) {
            retag(forms[i], LemmaLexicon::kVerb, vbp_class_, tags[i], lexicon);
        }
        if (tags[i] == nns_class_) {
            const std::string& next = upos_[tags[i + 1]];
            // "..., kills 5,000 people", "..., employs about 300 staff": before a number, or an
            // adverb and a number, too.
            const bool number = next == "NUM" || (next == "ADV" && i + 2 < forms.size() && upos_[tags[i + 2]] == "NUM"sv);
            if (next == "ADP" || next == "DET" || xpos_[tags[i + 1]] == "PRP$"sv || number) {
                retag(forms[i], LemmaLexicon::kVerb, vbz_class_, tags[i], lexicon);
            }
        }
        // "X, a company that makes kits, supplied chemicals and trained": a regular past form
        // there, before the object's phrase, is the clause's past verb, not a participle
        // modifying it (an irregular participle, "given", keeps its tag).
        if (vbd_class_ >= 0 && xpos_[tags[i]] == "VBN"sv && forms[i].size() > 3 && forms[i].substr(forms[i].size() - 2) == "ed") {
            const std::string& next = upos_[tags[i + 1]];
            // "..., employed about 400 drivers": an adverb and a number open an object too.
            const bool number = next == "ADV" && i + 2 < forms.size() && upos_[tags[i + 2]] == "NUM"sv;
            // "Its chief executive, Dana Rusk, apologised for the delays.", "..., resigned.": with
            // no object after it, the form is still the clause's verb when no finite verb or
            // auxiliary follows in the sentence (a participle there, "..., appointed in May, said",
            // leaves the subject a verb of its own after it). Not after examples ("Number of
            // Saudis, including members of the family, evacuated from ..." heads a list item).
            bool finite_after = false;
            for (std::size_t m = i + 1; m < forms.size() && !finite_after; ++m) {
                const std::string& x = xpos_[tags[m]];
                finite_after = finite_xpos(x) || upos_[tags[m]] == "AUX"sv;
            }
            const bool intransitive = !examples && !finite_after && (next == "ADP" || next == "ADV" || next == "PUNCT");
            if (next == "NOUN" || next == "DET" || next == "NUM" || next == "ADJ" || xpos_[tags[i + 1]] == "PRP$"sv || number ||
                intransitive) {
                tags[i] = static_cast<uint16_t>(vbd_class_);
            }
        }
        return;  // only the first comma after the parenthetical's start can close it
    }
}

// "The Financial Conduct Authority and the Marsh Institute regulated payday lenders, the minister
// said.", "The authority, which regulated payday lenders last year, said": a regular "-ed" form the
// model took for a participle, right after a name (or a relative "which" or "who") and
// right before the start of a noun phrase, is the past tense when its clause has no other verb:
// none from the clause's start (the sentence's, or a comma, coordinator or relative) to the
// form, only the words of a noun phrase, and no finite verb or auxiliary after it before the
// clause ends (punctuation, a coordinator, a relative). A participle modifying the noun phrase
// after it ("FCA regulated firms face new rules", "in state funded schools") leaves the clause
// a finite verb of its own, or follows a preposition.
void TaggerModel::past_tense_after_verbless_subject(const std::vector<std::string_view>& forms,
                                                    std::vector<uint16_t>& tags) const {
    if (vbd_class_ < 0 || vbn_class_ < 0) return;
    const std::size_t n = forms.size();
    const auto boundary = [&](std::size_t k) {
        const std::string_view f = forms[k];
        return upos_[tags[k]] == "PUNCT"sv || upos_[tags[k]] == "CCONJ"sv || f == "which"sv || f == "who"sv ||
               f == "that"sv;
    };
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const std::string_view f = forms[i];
        if (tags[i] != vbn_class_ || f.size() < 5 || f.substr(f.size() - 2) != "ed"sv || f[0] < 'a' || f[0] > 'z') continue;
        const std::string& next = upos_[tags[i + 1]];
        const bool number = next == "ADV" && i + 2 < n && upos_[tags[i + 2]] == "NUM"sv;  // "about 400 drivers"
        if (next != "DET" && next != "ADJ" && next != "NOUN" && next != "PROPN" && next != "NUM" &&
            xpos_[tags[i + 1]] != "PRP$"sv && !number) {
            continue;
        }
        const std::string_view prev = forms[i - 1];
        const bool relative = prev == "which"sv || prev == "who"sv;
        // After a common noun the form is as often a participle in a compound's place ("state
        // funded schools", "the two companies signed"), so only a name's last word counts.
        if (!relative && upos_[tags[i - 1]] != "PROPN"sv) continue;
        // The subject's phrase: determiners, adjectives, nouns, names and numbers back to the
        // clause's start ("of" only inside a name: "the Ministry of Health").
        bool phrase = true;
        std::size_t k = i - 1;
        if (!relative) {
            while (k > 0 && !boundary(k - 1)) {
                --k;
                const std::string& u = upos_[tags[k]];
                const bool of_name = forms[k] == "of"sv && upos_[tags[k + 1]] == "PROPN"sv && k > 0 &&
                                     upos_[tags[k - 1]] == "PROPN"sv;
                if (u != "DET" && u != "ADJ" && u != "NOUN" && u != "PROPN" && u != "NUM" && !of_name &&
                    xpos_[tags[k]] != "PRP$"sv && xpos_[tags[k]] != "POS"sv) {
                    phrase = false;
                    break;
                }
            }
        }
        // "neighbouring services, which lack trained analysts": a clause whose phrase follows a
        // relative "which" or "who" has its subject in the relative (or its object, with no
        // object after the verb); the noun there is a mistagged verb.
        if (!relative && k > 0 && (forms[k - 1] == "which"sv || forms[k - 1] == "who"sv)) continue;
        if (!phrase) continue;
        bool finite = false;
        for (std::size_t m = i + 1; m < n && !boundary(m); ++m) {
            const std::string& x = xpos_[tags[m]];
            if (finite_xpos(x) || upos_[tags[m]] == "AUX") {
                finite = true;
                break;
            }
        }
        if (!finite) tags[i] = static_cast<uint16_t>(vbd_class_);
    }
}

// "Why does a regulator with such powers use them?", "How will the plan work?": a question's
// opening "why", "how", "where" or "when" before an auxiliary that inverts with the subject is
// the wh-adverb, not a noun or a name (a capitalised first word misleads the model).
void TaggerModel::wh_adverbs_before_auxiliary(const std::vector<std::string_view>& forms,
                                              std::vector<uint16_t>& tags) const {
    if (wrb_class_ < 0 || forms.size() < 3) return;
    const std::size_t i = forms[0] == "\"" || forms[0] == "\u201c" ? 1 : 0;
    if (i + 2 >= forms.size() || (upos_[tags[i]] != "NOUN"sv && upos_[tags[i]] != "PROPN"sv)) return;
    const std::string w = ascii::lower(forms[i]);
    if (w != "why" && w != "how" && w != "where" && w != "when") return;
    static constexpr std::string_view kAux[] = {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had",
                                                "can", "could", "will", "would", "should", "must", "may", "might"};
    const std::string next = ascii::lower(forms[i + 1]);
    if (std::find(std::begin(kAux), std::end(kAux), next) == std::end(kAux)) return;
    tags[i] = static_cast<uint16_t>(wrb_class_);
}

// "Kessick makes the doses; our scientists design and run the trials": a singular "noun" right
// after a plural noun that opens a clause (after a possessive or a determiner, at the start or
// after a semicolon, a colon or a comma), and right before "and" and a verb's base form, is the
// present tense of that plural subject, conjoined to the verb after "and" (when the lexicon knows
// the word as a verb).
void TaggerModel::verbs_coordinated_after_plural_subject(const std::vector<std::string_view>& forms,
                                                         std::vector<uint16_t>& tags,
                                                         const LemmaLexicon& lexicon) const {
    if (nn_class_ < 0 || nns_class_ < 0 || vbp_class_ < 0) return;
    for (std::size_t i = 2; i + 2 < forms.size(); ++i) {
        if (tags[i] != nn_class_ || tags[i - 1] != nns_class_ || forms[i + 1] != "and") continue;
        const std::string& after = xpos_[tags[i + 2]];
        if (after != "VB" && after != "VBP") continue;
        std::size_t j = i - 2;
        while (j > 0 && upos_[tags[j]] == "ADJ"sv) --j;
        if (upos_[tags[j]] != "DET"sv && xpos_[tags[j]] != "PRP$"sv) continue;
        if (j > 0 && forms[j - 1] != ";" && forms[j - 1] != ":" && forms[j - 1] != ",") continue;
        retag(forms[i], LemmaLexicon::kVerb, vbp_class_, tags[i], lexicon);
    }
}

namespace {

// A word written with a capital and then a small letter ("Hearing", not "HSE" or "hearing").
bool capitalised_word(std::string_view w) {
    return w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z';
}

bool name_tag(std::string_view xpos) { return xpos == "NNP"sv || xpos == "NNPS"sv; }

}  // namespace

// "Hearing Link Ireland, a charity that supports people with hearing loss, welcomed the review":
// a sentence's first word read as a verb form ("Hearing", "Sound", "Rising") is the first word of
// a name when capitalised names follow it up to a comma, an apposition opens there ("a", "an",
// "the"), and a finite verb comes right after a later comma, with no subject of its own: the
// opening phrase is that verb's subject. ("Visiting Leeds, a city she loved, she met ..." has its
// own subject after the comma and is left alone.)
void TaggerModel::names_opening_with_verb_form(const std::vector<std::string_view>& forms,
                                               std::vector<uint16_t>& tags) const {
    if (nnp_class_ < 0 || forms.size() < 6) return;
    if (xpos_[tags[0]].rfind("VB", 0) != 0 || !capitalised_word(forms[0])) return;
    std::size_t k = 1;
    while (k < forms.size() && name_tag(xpos_[tags[k]]) && capitalised_word(forms[k])) ++k;
    if (k == 1 || k + 3 >= forms.size() || forms[k] != ",") return;
    if (forms[k + 1] != "a" && forms[k + 1] != "an" && forms[k + 1] != "the") return;
    for (std::size_t j = k + 2; j + 1 < forms.size(); ++j) {
        if (forms[j] != ",") continue;
        const std::string& next = xpos_[tags[j + 1]];
        if (finite_xpos(next)) {
            tags[0] = static_cast<uint16_t>(nnp_class_);
            return;
        }
    }
}

// "Bellwether competes with larger roasters such as Stumptown Hills and Blue Meridian": inside a
// sentence written in ordinary case, a capitalised word read as a verb form right before a
// capitalised name is the first word of that name (when it opens the run of capitalised words).
// Not after a colon, a quotation mark, a dash or a bracket (a sentence may start there), and not
// in a title-case line (a headline: fewer than two lower-case content words), whose verbs are
// capitalised too.
void TaggerModel::capitalised_verbs_before_names(const std::vector<std::string_view>& forms,
                                                 std::vector<uint16_t>& tags) const {
    if (nnp_class_ < 0 || forms.size() < 4) return;
    std::size_t lower_content = 0;
    for (std::size_t i = 0; i < forms.size(); ++i) {
        if (forms[i].empty() || forms[i][0] < 'a' || forms[i][0] > 'z') continue;
        const std::string_view u = upos_[tags[i]];
        if (u == "NOUN"sv || u == "VERB"sv || u == "ADJ"sv || u == "ADV"sv) ++lower_content;
    }
    if (lower_content < 2) return;
    for (std::size_t i = 1; i + 1 < forms.size(); ++i) {
        if (xpos_[tags[i]].rfind("VB", 0) != 0 || !capitalised_word(forms[i])) continue;
        if (!name_tag(xpos_[tags[i + 1]]) || !capitalised_word(forms[i + 1])) continue;
        // It opens the run of capitalised words: inside one ("Chief Operating Officer Ann Lee")
        // the run's own rules decide.
        const std::string_view before = forms[i - 1];
        if (capitalised_word(before)) continue;
        if (before == ":" || before == "\"" || before == "\u201c" || before == "-" || before == "(" ||
            before == "\u2013" || before == "\u2014") {
            continue;
        }
        tags[i] = static_cast<uint16_t>(nnp_class_);
    }
}

// "failing to deliver the rural broadband it had promised": after a determiner and an adjective,
// a last "adjective" right before a subject pronoun and its verb ends the noun phrase that a
// relative clause without "that" modifies: it is the phrase's noun. (In EWT's training part the
// word after a determiner, adjectives and before a pronoun and a verb is a noun 378 times and
// an adjective 3, each right after the determiner: "the last I checked".) No lexicon check: a
// word known only as an adjective ("broadband") is used as a noun here.
void TaggerModel::nouns_before_reduced_relative(const std::vector<std::string_view>& forms,
                                                std::vector<uint16_t>& tags) const {
    if (nn_class_ < 0) return;
    static constexpr std::string_view kSubjects[] = {"it", "they", "we", "he", "she", "I", "you"};
    for (std::size_t i = 2; i + 2 < forms.size(); ++i) {
        // Any adjective class ("broadband" is ADJ/GW, as EWT tags "goes with" pieces), after a JJ.
        if (upos_[tags[i]] != "ADJ"sv || xpos_[tags[i]] == "JJR"sv || xpos_[tags[i]] == "JJS"sv ||
            tags[i - 1] != jj_class_) {
            continue;
        }
        if (std::find(std::begin(kSubjects), std::end(kSubjects), forms[i + 1]) == std::end(kSubjects)) continue;
        const std::string& next = xpos_[tags[i + 2]];
        if (next.rfind("VB", 0) != 0 && next != "MD") continue;
        std::size_t j = i - 1;
        while (j > 0 && tags[j] == jj_class_) --j;
        if (upos_[tags[j]] == "DET"sv || xpos_[tags[j]] == "PRP$"sv) tags[i] = static_cast<uint16_t>(nn_class_);
    }
}

// ""Resistant bacteria kill more people ...," she said": the first word of a quotation that opens
// the sentence is capitalised as any first word is; one the model took for a name that can only
// be an adjective, before a lower-case word, is that adjective. (A word that can be a noun may be
// a name there: "Apple will ...".)
void TaggerModel::adjective_opening_quotation(const std::vector<std::string_view>& forms,
                                              std::vector<uint16_t>& tags,
                                              const LemmaLexicon& lexicon) const {
    if (jj_class_ < 0 || forms.size() < 3 || upos_[tags[1]] != "PROPN"sv) return;
    if (forms[0] != "\"" && forms[0] != "\u201c") return;
    if (forms[2].empty() || forms[2][0] < 'a' || forms[2][0] > 'z') return;
    if (lexicon.surface_classes(ascii::lower(forms[1])) == LemmaLexicon::kAdj) {
        tags[1] = static_cast<uint16_t>(jj_class_);
    }
}

// "the government would also fund scholarships": after a modal, and any adverbs, comes the
// clause's verb in its base form; a singular noun there is a tagging slip when the word is also a
// verb.
// "pass the money to accredited training providers": an infinitive's "to" takes a base form,
// so before a regular "-ed" form (the model may take "accredited" for a base form after "to")
// it is the preposition. "had since recruited": "since" after "have" before a past form is an
// adverb.
// "the University of Stirling have opened": "of" opens a clause only before a gerund ("of
// making"), and a capitalised word inside the sentence that is tagged a name is none; the model,
// taken by the name's "-ing", may read "of" as a subordinator. Before a name it is the preposition.
void TaggerModel::of_before_name(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags) const {
    if (in_class_ < 0) return;
    for (std::size_t i = 0; i + 1 < forms.size(); ++i) {
        if (forms[i] != "of" || upos_[tags[i]] != "SCONJ"sv || upos_[tags[i + 1]] != "PROPN"sv) continue;
        const char first = forms[i + 1].empty() ? 'a' : forms[i + 1][0];
        if (first >= 'A' && first <= 'Z') tags[i] = static_cast<uint16_t>(in_class_);
    }
}

void TaggerModel::to_before_participle(const std::vector<std::string_view>& forms,
                                       std::vector<uint16_t>& tags) const {
    if (in_class_ < 0) return;
    for (std::size_t i = 0; i + 1 < forms.size(); ++i) {
        if ((forms[i] != "to" && forms[i] != "To") || upos_[tags[i]] != "PART"sv) continue;
        const std::string_view w = forms[i + 1];
        const bool regular = w.size() > 5 && w.substr(w.size() - 2) == "ed" && w.substr(w.size() - 3) != "eed";
        if (!regular || upos_[tags[i + 1]] != "VERB"sv) continue;
        tags[i] = static_cast<uint16_t>(in_class_);
        if (xpos_[tags[i + 1]] == "VB"sv && vbn_class_ >= 0) tags[i + 1] = static_cast<uint16_t>(vbn_class_);
    }
    // "the trust had since recruited 85 midwives", "has since grown": "since" between a form of
    // "have" and a past form opens no phrase (the past form is no noun's); it is the adverb
    // "since then", and the past form the perfect's participle.
    if (rb_class_ < 0 || vbn_class_ < 0) return;
    for (std::size_t i = 1; i + 1 < forms.size(); ++i) {
        if ((forms[i] != "since" && forms[i] != "Since") || xpos_[tags[i]] != "IN"sv) continue;
        const std::string_view have = forms[i - 1];
        if (have != "has" && have != "had" && have != "have" && have != "'ve" && have != "'d") continue;
        const std::string& next = xpos_[tags[i + 1]];
        if (next != "VBN" && next != "VBD") continue;
        tags[i] = static_cast<uint16_t>(rb_class_);
        tags[i + 1] = static_cast<uint16_t>(vbn_class_);
    }
}

// "The trust is expected to fund the project", "The mill was set to damage the river": after a
// form of "be", a past participle and "to" (a raising or passive verb's infinitive), a singular
// noun form that is also a verb, right before a determiner or possessive, is the infinitive's
// base form and "to" its marker (a noun after "to" there, "was sold to fund managers", would take
// no determiner after it).
void TaggerModel::infinitives_after_passive(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                            const LemmaLexicon& lexicon) const {
    if (to_class_ < 0 || nn_class_ < 0 || vb_class_ < 0 || vbn_class_ < 0) return;
    static constexpr std::string_view kBe[] = {"is", "are", "was", "were", "be", "been", "being", "'s", "'re"};
    for (std::size_t i = 3; i + 1 < forms.size(); ++i) {
        if (tags[i] != nn_class_ || ascii::lower(forms[i - 1]) != "to" || tags[i - 2] != vbn_class_) continue;
        if (upos_[tags[i + 1]] != "DET"sv && xpos_[tags[i + 1]] != "PRP$"sv) continue;
        std::size_t b = i - 3;
        if (b > 0 && upos_[tags[b]] == "ADV"sv) --b;  // "is widely expected to"
        const std::string be = ascii::lower(forms[b]);
        if (std::find(std::begin(kBe), std::end(kBe), be) == std::end(kBe)) continue;
        if (!(lexicon.surface_classes(ascii::lower(forms[i])) & LemmaLexicon::kVerb)) continue;
        tags[i] = static_cast<uint16_t>(vb_class_);
        tags[i - 1] = static_cast<uint16_t>(to_class_);
    }
}

// "Health service to fund weight-loss jab", "Council to close three libraries": a headline with
// no verb says what is to happen with "to" and a base form after its subject noun; a singular
// noun there that is also a verb, before the start of a noun phrase, is that verb, and "to" its
// infinitive marker.
void TaggerModel::headline_infinitives(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                       const LemmaLexicon& lexicon) const {
    if (to_class_ < 0 || nn_class_ < 0 || vb_class_ < 0) return;
    for (uint16_t t : tags) {
        if (upos_[t] == "VERB"sv || upos_[t] == "AUX"sv) return;
    }
    for (std::size_t i = 1; i + 2 < forms.size(); ++i) {
        if (forms[i] != "to" || tags[i + 1] != nn_class_) continue;
        const std::string& before = xpos_[tags[i - 1]];
        if (before != "NN" && before != "NNS" && before != "NNP" && before != "NNPS") continue;
        const std::string& next = xpos_[tags[i + 2]];
        if (next != "DT" && next != "NNS" && next != "NN" && next != "PRP$" && next != "JJ" && next != "CD" &&
            next != "NNP") {
            continue;
        }
        if (!(lexicon.surface_classes(ascii::lower(forms[i + 1])) & LemmaLexicon::kVerb)) continue;
        tags[i + 1] = static_cast<uint16_t>(vb_class_);
        tags[i] = static_cast<uint16_t>(to_class_);
        return;
    }
}

void TaggerModel::verbs_after_modals(const std::vector<std::string_view>& forms,
                                     std::vector<uint16_t>& tags,
                                     const LemmaLexicon& lexicon) const {
    if (md_class_ < 0 || nn_class_ < 0 || vb_class_ < 0) return;
    for (std::size_t i = 1; i < forms.size(); ++i) {
        if (tags[i] != nn_class_) continue;
        std::size_t j = i - 1;
        int skipped = 0;
        for (; j > 0 && (tags[j] == rb_class_ || xpos_[tags[j]] == "RB"sv) && skipped < 2; ++skipped) --j;
        // "The foundation does not fund work on crops": "do" with a negation before its verb
        // takes a base form as a modal does.
        const std::string do_form = ascii::lower(forms[j]);
        const bool negated_do = skipped > 0 && upos_[tags[j]] == "AUX"sv &&
                                (do_form == "do" || do_form == "does" || do_form == "did");
        if (tags[j] == md_class_ || negated_do) {
            const uint16_t before = tags[i];
            retag(forms[i], LemmaLexicon::kVerb, vb_class_, tags[i], lexicon);
            // The base form the model put after it was the object's noun ("fund work").
            if (negated_do && tags[i] != before && i + 1 < forms.size() && tags[i + 1] == vb_class_ &&
                (lexicon.surface_classes(ascii::lower(forms[i + 1])) & LemmaLexicon::kNoun)) {
                tags[i + 1] = static_cast<uint16_t>(nn_class_);
            }
        }
    }
    // "Will the Orbis Trust fund the clinic?": a question opened by a modal has its subject
    // next, then the verb's base form; a singular noun right after the subject's name, before a
    // determiner or a name, is that verb when the word is also one.
    if (forms.size() < 5 || tags[0] != md_class_ || forms.back() != "?") return;
    for (std::size_t i = 2; i + 2 < forms.size(); ++i) {
        const std::string& before = xpos_[tags[i - 1]];
        if (before != "NNP" && before != "NNPS") {
            if (before != "DT" && before != "JJ" && before != "NN") return;  // still in the subject
            continue;
        }
        if (tags[i] == nn_class_) {
            const std::string& next = xpos_[tags[i + 1]];
            if (next == "DT" || next == "NNP" || next == "PRP$") {
                retag(forms[i], LemmaLexicon::kVerb, vb_class_, tags[i], lexicon);
            }
            return;
        }
    }
}

// "has never funded", "Having opposed the fee, the union ...": after a form of "have" (and at
// most one adverb) a past form is the participle of a perfect, not a past tense, nor an
// adjective ("has organised"); an opening "having" before one is that perfect's auxiliary.
void TaggerModel::participles_after_have(const std::vector<std::string_view>& forms,
                                         std::vector<uint16_t>& tags,
                                         const LemmaLexicon& lexicon) const {
    if (vbn_class_ < 0 || vbd_class_ < 0) return;
    for (std::size_t i = 1; i < forms.size(); ++i) {
        const bool past = tags[i] == vbd_class_;
        const bool adjective = jj_class_ >= 0 && tags[i] == jj_class_ && forms[i].size() >= 5 &&
                               forms[i].substr(forms[i].size() - 2) == "ed";
        if (!past && !adjective) continue;
        std::size_t j = i - 1;
        if (rb_class_ >= 0 && tags[j] == rb_class_ && j > 0) --j;
        const std::string have = ascii::lower(forms[j]);
        if (have != "has" && have != "have" && have != "had" && have != "having") continue;
        retag(forms[i], LemmaLexicon::kVerb, vbn_class_, tags[i], lexicon);
        if (j == 0 && have == "having" && tags[i] == vbn_class_ && aux_vbg_class_ >= 0) {
            tags[0] = static_cast<uint16_t>(aux_vbg_class_);
        }
    }
}

// "The trust no longer funds the project": after "no longer" (which a noun phrase does not
// open: "no longer term") a plural noun form that is also a verb is the present tense.
void TaggerModel::verbs_after_no_longer(const std::vector<std::string_view>& forms,
                                        std::vector<uint16_t>& tags,
                                        const LemmaLexicon& lexicon) const {
    if (nns_class_ < 0 || vbz_class_ < 0) return;
    for (std::size_t i = 2; i < forms.size(); ++i) {
        if (tags[i] != nns_class_ || forms[i - 1] != "longer" || ascii::lower(forms[i - 2]) != "no") continue;
        retag(forms[i], LemmaLexicon::kVerb, vbz_class_, tags[i], lexicon);
    }
    // "The Halvorsen Foundation funds not the project but the choir": a plural noun form right
    // after a name and right before "not" (which does not go on with a noun phrase) is likewise
    // the present tense.
    for (std::size_t i = 1; i + 1 < forms.size(); ++i) {
        if (tags[i] != nns_class_ || forms[i + 1] != "not" || xpos_[tags[i - 1]] != "NNP") continue;
        retag(forms[i], LemmaLexicon::kVerb, vbz_class_, tags[i], lexicon);
    }
}

// "There is concern that the clinic will close", "There was support for the plan": after an
// existential "there" and a form of "be" comes a noun phrase, never a verb's base form; a word
// the model read as one there is the noun, when the lexicon has one.
void TaggerModel::nouns_after_existential(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                          const LemmaLexicon& lexicon) const {
    if (nn_class_ < 0 || vb_class_ < 0) return;
    for (std::size_t i = 2; i < forms.size(); ++i) {
        // "The thing people do there is go": only the existential "there" opens a noun phrase.
        if (tags[i] != vb_class_ || xpos_[tags[i - 2]] != "EX"sv) continue;
        const std::string be = ascii::lower(forms[i - 1]);
        if (be == "is" || be == "was" || be == "are" || be == "were" || be == "'s") {
            retag(forms[i], LemmaLexicon::kNoun, nn_class_, tags[i], lexicon);
        }
    }
}

// "Integrated care boards were set up in 2022", "Trained staff are scarce": a regular "-ed" form
// opening the sentence, before common nouns that an auxiliary or finite verb follows, modifies
// those nouns, the verb's subject (a past verb there would take them for its object and leave the
// next verb without a subject): it is the adjective, when the lexicon has one. In EWT's three
// parts this changes two tags ("Fried rice has no flavor", "Canned food is"), which EWT tags as
// participles (VBN) modifying the noun; the parser now reads them so ("Fried" was the root).
void TaggerModel::adjectives_opening_subject(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                             const LemmaLexicon& lexicon) const {
    if (jj_class_ < 0 || vbn_class_ < 0 || vbd_class_ < 0) return;
    const std::size_t n = forms.size();
    const std::string_view f = forms.empty() ? std::string_view{} : forms[0];
    if (f.size() < 5 || f.substr(f.size() - 2) != "ed"sv || f[0] < 'A' || f[0] > 'Z') return;
    if (tags[0] != vbn_class_ && tags[0] != vbd_class_) return;
    std::size_t k = 1;
    while (k < n && open_class_[tags[k]] == LemmaLexicon::kNoun && upos_[tags[k]] == "NOUN"sv) ++k;
    if (k == 1 || k >= n) return;
    const std::string& x = xpos_[tags[k]];
    if (finite_xpos(x) || upos_[tags[k]] == "AUX"sv) {
        retag(forms[0], LemmaLexicon::kAdj, jj_class_, tags[0], lexicon);
    }
}

// "The disease spreads quickly", "The agency funds most of the research", "how quickly the
// fire spreads": a plural noun form right after a singular common noun, in a noun phrase that a
// determiner or possessive opens at the start of a clause, is the clause's verb (the "-s" form of
// its singular subject) when the clause has no other finite verb and no noun phrase goes on after
// the form (an adverb, determiner, number, preposition or "-ing" word follows; after "how quickly"
// also a coordinator or the end). A compound's plural head ("The school fees rose") leaves its
// clause a verb of its own. In EWT's three parts this changes one tag, rightly ("The hymn talks about");
// the plural subject's reading below changes none.
void TaggerModel::verbs_after_verbless_subject(const std::vector<std::string_view>& forms,
                                               std::vector<uint16_t>& tags,
                                               const LemmaLexicon& lexicon) const {
    if (nns_class_ < 0 || vbz_class_ < 0 || nn_class_ < 0) return;
    const std::size_t n = forms.size();
    auto finite = [&](std::size_t k) {
        const std::string& x = xpos_[tags[k]];
        return finite_xpos(x);
    };
    const auto modifier = [&](std::size_t k) {
        return (open_class_[tags[k]] == LemmaLexicon::kNoun || open_class_[tags[k]] == LemmaLexicon::kAdj) &&
               xpos_[tags[k]] != "NNP"sv && xpos_[tags[k]] != "NNPS"sv;
    };
    for (std::size_t i = 1; i < n; ++i) {
        // "Local care boards fund the service": a singular noun form right after a plural common
        // noun is the plural subject's present verb by the same test, when an object's
        // determiner, possessive or number follows it; a plural phrase needs no determiner.
        const bool plural = vbp_class_ >= 0 && tags[i] == nn_class_ && tags[i - 1] == nns_class_;
        if (!plural && (i < 2 || tags[i] != nns_class_ || tags[i - 1] != nn_class_)) continue;
        std::size_t j = i - 1;
        while (j > 0 && modifier(j)) --j;
        // j: the determiner, or (a plural phrase) the phrase's first word, or the word before it.
        const bool determiner = xpos_[tags[j]] == "DT"sv || xpos_[tags[j]] == "PRP$"sv;
        if (!determiner && !plural) continue;
        if (!determiner && !(j == 0 && modifier(0))) ++j;
        // The clause opens at the determiner: the sentence's start, punctuation, a coordinator,
        // a subordinator or "that", or "how quickly" (a wh-adverb and its adverb or adjective).
        const bool wh = j >= 2 && tags[j - 2] == wrb_class_ &&
                        (tags[j - 1] == rb_class_ || open_class_[tags[j - 1]] == LemmaLexicon::kAdj);
        // Not after a coordinator, where the phrase may be a conjunct of a noun phrase before it
        // ("the morning and the second round interviews in the afternoon"), nor after "no".
        const bool opens = j == 0 || upos_[tags[j - 1]] == "PUNCT"sv || upos_[tags[j - 1]] == "SCONJ"sv ||
                           ascii::lower(forms[j - 1]) == "that" || wh;
        if (!opens || ascii::lower(forms[j]) == "no") continue;
        // After "how quickly" the clause is the phrase and its verb; a coordinator may close it. A
        // phrase that closes the sentence ("No wine glasses.") may be a fragment without a verb.
        bool ends = wh && (i + 1 == n || upos_[tags[i + 1]] == "CCONJ"sv || upos_[tags[i + 1]] == "PUNCT"sv);
        if (!ends && i + 1 < n) {
            const std::string& next = xpos_[tags[i + 1]];
            ends = next == "DT" || next == "PRP$" || next == "CD" ||
                   (!plural && (next == "RB" || next == "VBG" || next == "IN" || next == "RBR" || next == "JJS" ||
                                next == "RBS"));
        }
        if (!ends) continue;
        bool other_verb = false;
        for (std::size_t k = i + 1; k < n && !other_verb; ++k) {
            if (forms[k] == ";" || forms[k] == ":") break;
            // After a coordinator that does not follow a preposition's object: another clause.
            if (upos_[tags[k]] == "CCONJ"sv && xpos_[tags[i + 1]] != "IN"sv) break;
            other_verb = finite(k);
            // After a preposition the phrase may be the subject's modifier and the verb one the
            // model read as a noun after the modifier's noun ("The school fees in the city rose").
            if (xpos_[tags[i + 1]] == "IN"sv && k > i + 2 && open_class_[tags[k - 1]] == LemmaLexicon::kNoun &&
                open_class_[tags[k]] == LemmaLexicon::kNoun &&
                (lexicon.surface_classes(ascii::lower(forms[k])) & LemmaLexicon::kVerb)) {
                other_verb = true;
            }
        }
        if (!other_verb) retag(forms[i], LemmaLexicon::kVerb, plural ? vbp_class_ : vbz_class_, tags[i], lexicon);
    }
}

// "the government should pay an allowance and help schools form federations": a word after
// "and" or "or" that begins a phrase of its own (a determiner, noun, pronoun, adjective or number
// follows), in a clause whose modal already took a verb, is that verb's conjunct, not a noun (in
// EWT's training part such words are verbs 38 times, nouns 5).
void TaggerModel::verbs_after_coordinated_modal(const std::vector<std::string_view>& forms,
                                                std::vector<uint16_t>& tags,
                                                const LemmaLexicon& lexicon) const {
    if (md_class_ < 0 || nn_class_ < 0 || vb_class_ < 0) return;
    for (std::size_t i = 2; i + 1 < forms.size(); ++i) {
        if (tags[i] != nn_class_ || (forms[i - 1] != "and" && forms[i - 1] != "or")) continue;
        const std::string& next = xpos_[tags[i + 1]];
        if (next != "DT" && next != "NNS" && next != "NN" && next != "PRP" && next != "PRP$" &&
            next != "JJ" && next != "CD") {
            continue;
        }
        bool modal_verb = false;
        for (std::size_t j = i >= 13 ? i - 12 : 0; j + 1 < i; ++j) {
            if (tags[j] != md_class_) continue;
            std::size_t k = j + 1;
            while (k < i && tags[k] == rb_class_) ++k;
            modal_verb = modal_verb || (k < i - 1 && tags[k] == vb_class_);
        }
        if (modal_verb) retag(forms[i], LemmaLexicon::kVerb, vb_class_, tags[i], lexicon);
    }
}

namespace {

bool capitalized(std::string_view w) {
    if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z') return false;
    for (char c : w.substr(1)) {
        if (c >= 'a' && c <= 'z') return true;  // "Learning", not "USA" or "A"
    }
    return false;
}

// "UK", "NHS", "ING": two or more letters, all capitals.
bool all_capitals(std::string_view w) {
    return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

// "the Conservative MP Richard Vane", "Labour MP Kate Green": an all-capitals word the lexicon
// knows as a common noun lemma, between one capitalised word (a party's adjective, or a name after
// "the") and a two-word name that closes the phrase, is the role noun the name is described by, as
// "minister" is in "the Conservative minister Richard Vane"; tagged a proper noun it joins the
// party's name and the parse breaks.
void TaggerModel::role_acronyms_before_names(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                             const LemmaLexicon& lexicon) const {
    if (nn_class_ < 0 || nnp_class_ < 0) return;
    for (std::size_t i = 1; i + 2 < forms.size(); ++i) {
        if (tags[i] != nnp_class_ || !all_capitals(forms[i]) || forms[i].size() > 4 || !capitalized(forms[i - 1])) {
            continue;
        }
        if (!capitalized(forms[i + 1]) || !capitalized(forms[i + 2]) || tags[i + 1] != nnp_class_ ||
            tags[i + 2] != nnp_class_) {
            continue;
        }
        if (i + 3 < forms.size() && (capitalized(forms[i + 3]) || all_capitals(forms[i + 3]))) continue;
        // One capitalised word before it, a party's adjective or a name after "the": "Calder
        // Valley NHS Foundation Trust" and "Harlow NHS Foundation Trust" are one name.
        if (i >= 2 && (capitalized(forms[i - 2]) || all_capitals(forms[i - 2]))) continue;
        if (xpos_[tags[i - 1]] != "JJ"sv && !(i >= 2 && ascii::iequals(forms[i - 2], "the"))) continue;
        retag(forms[i], LemmaLexicon::kNoun, nn_class_, tags[i], lexicon);
    }
}

// "criticised the agreement, warning that it could", "opposed it, warning that higher charges
// would": an "-ing" form right after a comma, with no
// determiner, before "that" and a clause, opens a participle clause ("saying that", "arguing
// that"); as a noun it would need a determiner ("a warning that").
void TaggerModel::participles_before_that(const std::vector<std::string_view>& forms,
                                          std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const {
    if (vbg_class_ < 0) return;
    for (std::size_t i = 2; i + 2 < forms.size(); ++i) {
        const std::string_view w = forms[i];
        if (forms[i - 1] != "," || forms[i + 1] != "that" || w.size() < 6 || w.substr(w.size() - 3) != "ing" ||
            upos_[tags[i]] != "NOUN"sv) {
            continue;
        }
        const std::string& after = upos_[tags[i + 2]];
        // The clause's subject may open with a modifier ("warning that higher charges would",
        // "saying that 40 jobs would go").
        if (after != "PRON" && after != "DET" && after != "PROPN" && after != "NOUN" && after != "ADJ" &&
            after != "NUM") {
            continue;
        }
        retag(w, LemmaLexicon::kVerb, vbg_class_, tags[i], lexicon);
    }
}

// "The economy ministry urged both sides": a word written all in lower case inside the sentence,
// right after a determiner, adjective, common noun or capitalised modifier, is no name when the lexicon knows it as a
// common noun; the model may have learned the word as a proper noun from its capitalised uses
// ("the Ministry of Health"). Name particles ("de", "van") are not nouns in the lexicon and
// keep their tag.
void TaggerModel::lowercase_common_nouns(const std::vector<std::string_view>& forms,
                                         std::vector<uint16_t>& tags, const LemmaLexicon& lexicon) const {
    if (nn_class_ < 0 || nns_class_ < 0) return;
    for (std::size_t i = 1; i < forms.size(); ++i) {
        const std::string_view w = forms[i];
        if (xpos_[tags[i]] != "NNP"sv || w.size() < 3) continue;
        if (!std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
        const std::string& before = upos_[tags[i - 1]];
        // "a Dutch laboratory", "the London broker": a capitalised modifier does not make the
        // lower-case noun after it a word of a name either.
        if (before != "DET" && before != "ADJ" && before != "NOUN" && before != "PROPN") continue;
        retag(w, LemmaLexicon::kNoun, w.back() == 's' ? nns_class_ : nn_class_, tags[i], lexicon);
    }
}

// "said Priya Natarajan, Qubitra's chief executive and co-founder, who": a possessive is said of
// a noun, so when the words after it are all read as adjectives and the phrase closes (a comma,
// full stop, bracket, semicolon or coordinator follows), its last word is the noun the adjectives
// modify, if the lexicon knows it as one ("executive"; a hyphened word by its last part,
// "co-founder"). A second such word coordinated with it and closing the phrase is a noun too.
void TaggerModel::possessed_phrase_nouns(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                         const LemmaLexicon& lexicon) const {
    if (nn_class_ < 0 || nns_class_ < 0) return;
    const std::size_t n = forms.size();
    auto adjective = [&](std::size_t i) { return i < n && open_class_[tags[i]] == LemmaLexicon::kAdj; };
    auto closes = [&](std::size_t i) {
        return i >= n || forms[i] == "," || forms[i] == "." || forms[i] == ")" || forms[i] == ";" ||
               upos_[tags[i]] == "CCONJ"sv;
    };
    auto make_noun = [&](std::size_t i) {
        const std::string_view w = forms[i];
        const std::size_t dash = w.rfind('-');
        const std::string_view last = dash != std::string_view::npos && dash + 3 <= w.size() ? w.substr(dash + 1) : w;
        if (!(lexicon.surface_classes(ascii::lower(last)) & LemmaLexicon::kNoun)) return;
        tags[i] = static_cast<uint16_t>(w.size() > 3 && w.back() == 's' ? nns_class_ : nn_class_);
    };
    // "Kelvo, the region's biggest dairy cooperative, said": in a description set off by a comma
    // after a name (an apposition, which names what the name is), a singular common noun among
    // the words is a modifier of a closing "-ive" word ("cooperative", "representative",
    // "collective"), which is still the phrase's noun. (Elsewhere the model's reading is left
    // alone: "as its next chief executive" parses as it is; and a title's adjective after its
    // noun stays one, "the bureau's director general".)
    auto set_off = [&](std::size_t pos) {
        std::size_t k = pos;  // the possessor's first word
        while (k > 0 && xpos_[tags[pos]] == "POS"sv && k + 4 > pos &&
               (upos_[tags[k - 1]] == "NOUN"sv || upos_[tags[k - 1]] == "PROPN"sv || upos_[tags[k - 1]] == "DET"sv)) {
            --k;
        }
        // (The name is a capitalised word, whatever the model made of it: "Obos" may be read as
        // a plural noun.)
        return k >= 2 && forms[k - 1] == ","sv && (capitalized(forms[k - 2]) || all_capitals(forms[k - 2]));
    };
    for (std::size_t i = 1; i < n; ++i) {
        if (xpos_[tags[i - 1]] != "POS"sv && xpos_[tags[i - 1]] != "PRP$"sv) continue;
        const bool apposition = set_off(i - 1);
        // (A noun the lexicon also knows as an adjective, "chief" of "chief executive", is left
        // as the model read it: the extractor reads "the authority's chief executive" either way.)
        auto modifier = [&](std::size_t w) {
            return apposition && w < n && xpos_[tags[w]] == "NN"sv && adjective(w + 1) &&
                   !(lexicon.classes(ascii::lower(forms[w])) & LemmaLexicon::kAdj);
        };
        std::size_t j = i;
        bool modified = false;
        while ((adjective(j) || modifier(j)) && j - i < 4) {
            if (!adjective(j)) modified = true;
            ++j;
        }
        if (j == i || !closes(j) || !adjective(j - 1)) continue;
        if (modified && !(forms[j - 1].size() > 5 && forms[j - 1].substr(forms[j - 1].size() - 3) == "ive"sv)) continue;
        make_noun(j - 1);
        if (j + 1 < n && upos_[tags[j]] == "CCONJ"sv && adjective(j + 1) && closes(j + 2) &&
            (j + 2 >= n || upos_[tags[j + 2]] != "CCONJ"sv)) {
            make_noun(j + 1);
        }
    }
}

// "the fund that Congress set up in 2019", "a board which Parliament created": after a noun (or a
// name) and a relative "that" or "which", a capitalised singular word and then a lower-case word
// the model read as a noun, which the lexicon knows as a verb's past form or as a verb (whose past
// may be the same form: "set", "cut"), are the relative clause's subject and its verb, in the past
// tense (a singular subject's present form would end in "-s"); a compound there ("that Parliament
// building") would leave the clause with no verb.
// Not before a noun, which the word may modify ("which Council tax funds"). A "that" read as a
// determiner is the relative pronoun (a determiner takes no name).
void TaggerModel::verbs_after_relative_name_subject(const std::vector<std::string_view>& forms,
                                                    std::vector<uint16_t>& tags,
                                                    const LemmaLexicon& lexicon) const {
    if (vbd_class_ < 0 || wdt_class_ < 0) return;
    for (std::size_t i = 2; i + 1 < forms.size(); ++i) {
        const std::string_view rel = forms[i - 1];
        if (rel != "that"sv && rel != "which"sv) continue;
        const std::string& antecedent = upos_[tags[i - 2]];
        if (antecedent != "NOUN" && antecedent != "PROPN") continue;
        if (!capitalized(forms[i]) || (xpos_[tags[i]] != "NN"sv && xpos_[tags[i]] != "NNP"sv)) continue;
        const std::string_view v = forms[i + 1];
        if (xpos_[tags[i + 1]] != "NN"sv ||
            !std::all_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
            continue;
        }
        if (i + 2 < forms.size()) {
            const std::string& after = upos_[tags[i + 2]];
            if (after == "NOUN" || after == "PROPN" || after == "VERB" || after == "AUX") continue;
        }
        const std::string lower(v);
        const std::string* irregular = lexicon.irregular(lower, LemmaLexicon::kVerb);
        const bool regular_past = lower.size() > 4 && lower.compare(lower.size() - 2, 2, "ed") == 0 &&
                                  (lexicon.surface_classes(lower) & LemmaLexicon::kVerb);
        if (irregular == nullptr && !regular_past && !(lexicon.classes(lower) & LemmaLexicon::kVerb)) continue;
        tags[i + 1] = static_cast<uint16_t>(vbd_class_);
        if (xpos_[tags[i - 1]] == "DT"sv) tags[i - 1] = static_cast<uint16_t>(wdt_class_);
    }
}

// "up 4 percent", "a further 4 million dollars", "cut 4 jobs": a word written in figures alone is a
// number when a number word, "percent", "%" or a noun follows it (what a number counts or
// measures). EWT's chat text also spells "for" and "to" with a figure ("thanks 4 the help", "go 2
// starbucks"), which the model may have learned for the figure; before a determiner or a verb it
// keeps the model's reading.
void TaggerModel::numbers_in_figures(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags) const {
    if (cd_class_ < 0) return;
    for (std::size_t i = 0; i + 1 < forms.size(); ++i) {
        const std::string_view w = forms[i];
        if (upos_[tags[i]] == "NUM"sv || w.empty() || w.front() < '0' || w.front() > '9' || w.back() < '0' ||
            w.back() > '9' || !std::all_of(w.begin(), w.end(), [](char c) {
                return (c >= '0' && c <= '9') || c == ',' || c == '.';
            })) {
            continue;
        }
        const std::string& next = upos_[tags[i + 1]];
        if (next == "NUM" || next == "NOUN" || forms[i + 1] == "%"sv) tags[i] = static_cast<uint16_t>(cd_class_);
    }
}

// "hospitals run by the NHS": a word of two to five capital letters right after a lower-case
// "the", tagged a plural common noun (its last "S" read as a plural ending), is an acronym naming
// one body. Text in capitals throughout ("THE NHS") is left alone.
void TaggerModel::acronyms_after_the(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags) const {
    if (nnp_class_ < 0) return;
    for (std::size_t i = 1; i < forms.size(); ++i) {
        const std::string_view w = forms[i];
        if (forms[i - 1] != "the"sv || w.size() > 5 || xpos_[tags[i]] != "NNS"sv || !all_capitals(w)) continue;
        tags[i] = static_cast<uint16_t>(nnp_class_);
    }
}

// "share data with WRAP, the government-funded waste charity", "engineers at the chipmaker ASML": a
// word of two or more letters all in capitals that the model read as a singular common noun is an
// acronym naming one body, when another word of the sentence has a lower-case letter and
// - it stands bare (no determiner, possessive or modifier before it, which a singular common noun
//   would need) and a description opened by a determiner is set off after it by a comma, or
// - it follows a lower-case singular noun after "the" and closes the phrase (the description before
//   a name), and the lexicon does not know it as a word ("the company CEO" is a role).
void TaggerModel::acronyms_beside_descriptions(const std::vector<std::string_view>& forms, std::vector<uint16_t>& tags,
                                               const LemmaLexicon& lexicon) const {
    const std::size_t n = forms.size();
    if (nnp_class_ < 0 || n < 3) return;
    const bool mixed = std::any_of(forms.begin(), forms.end(), [](std::string_view w) {
        return std::any_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
    });
    if (!mixed) return;
    auto lower_word = [](std::string_view w) {
        return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (!all_capitals(forms[i]) || xpos_[tags[i]] != "NN"sv) continue;
        const std::string& before = i > 0 ? upos_[tags[i - 1]] : upos_[tags[i]];
        const bool bare = i == 0 || before == "ADP" || before == "VERB" || before == "CCONJ" || before == "SCONJ" ||
                          (before == "PUNCT" && forms[i - 1] != "-");
        // (Not an abbreviation the lexicon knows only as a noun: "GDP, the broadest measure of
        // output", "HIV, the virus that"; a name spelled as a word may be any word, "WRAP".)
        const uint8_t known = lexicon.surface_classes(ascii::lower(forms[i]));
        const bool apposition = i + 2 < n && forms[i + 1] == ","sv && known != LemmaLexicon::kNoun &&
                                (forms[i + 2] == "the"sv || forms[i + 2] == "a"sv || forms[i + 2] == "an"sv);
        const bool described = i >= 2 && ascii::lower(forms[i - 2]) == "the" && xpos_[tags[i - 1]] == "NN"sv &&
                               lower_word(forms[i - 1]) && (i + 1 == n || (upos_[tags[i + 1]] != "NOUN"sv &&
                                                                            upos_[tags[i + 1]] != "PROPN"sv)) &&
                               known == 0;
        if ((bare && apposition) || described) tags[i] = static_cast<uint16_t>(nnp_class_);
    }
}

// "The World Health Organization (WHO) ... WHO is supporting the district health office", "WHO and
// UNICEF co-lead the health and WASH clusters", "WHO's country representative": a word of two or
// more letters all in capitals that the model read as a pronoun or a verb ("WHO", "IT", "US",
// "WASH") is an acronym, a name, when another word of the sentence has a lower-case letter (a
// headline or heading in capitals, "WHO WILL PAY?", is left alone; an auxiliary in capitals for
// emphasis, "we MUST act", keeps its tag).
void TaggerModel::pronoun_form_acronyms(const std::vector<std::string_view>& forms,
                                        std::vector<uint16_t>& tags) const {
    if (nnp_class_ < 0 || forms.size() < 2) return;
    const bool mixed = std::any_of(forms.begin(), forms.end(), [](std::string_view w) {
        return std::any_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
    });
    if (!mixed) return;
    for (std::size_t i = 0; i < forms.size(); ++i) {
        if (forms[i].size() < 2 || !all_capitals(forms[i]) || (upos_[tags[i]] != "PRON"sv && upos_[tags[i]] != "VERB"sv)) {
            continue;
        }
        // (A currency's code before its amount, "NOK 40 million", is left to the model.)
        if (i + 1 < forms.size() && !forms[i + 1].empty() && forms[i + 1][0] >= '0' && forms[i + 1][0] <= '9') continue;
        tags[i] = static_cast<uint16_t>(nnp_class_);
        // "WHO's country representative": the "'s" the model read as "is" after the pronoun is
        // the name's possessive ending when a noun or an adjective follows it.
        const int pos = find_class("PART", "POS");
        if (pos >= 0 && i + 2 < forms.size() && (forms[i + 1] == "'s"sv || forms[i + 1] == "\u2019s"sv) &&
            upos_[tags[i + 1]] == "AUX"sv && (upos_[tags[i + 2]] == "NOUN"sv || upos_[tags[i + 2]] == "ADJ"sv)) {
            tags[i + 1] = static_cast<uint16_t>(pos);
        }
    }
}

// "The Danish Meteorological Institute supplied", "Financial Conduct Authority to regulate":
// a capitalized adjective that opens a name of two or more capitalized proper nouns (after
// "the" or at the start) is a word of the name, tagged as EWT tags "British" in "the British
// Heart Foundation" (ADJ, NNP); read as a plain adjective it may leave the name outside the
// clause.
void TaggerModel::adjectives_opening_names(const std::vector<std::string_view>& forms,
                                           std::vector<uint16_t>& tags) const {
    if (adj_nnp_class_ < 0 || jj_class_ < 0) return;
    for (std::size_t i = 0; i + 2 < forms.size(); ++i) {
        if (tags[i] != jj_class_ || !capitalized(forms[i]) || (i > 0 && ascii::lower(forms[i - 1]) != "the")) continue;
        if (!capitalized(forms[i + 1]) || !capitalized(forms[i + 2]) || upos_[tags[i + 1]] != "PROPN"sv ||
            upos_[tags[i + 2]] != "PROPN"sv) {
            continue;
        }
        tags[i] = static_cast<uint16_t>(adj_nnp_class_);
    }
}

// "trained by Open Pages, a small charity", "Open Pages rejects that view": a capitalised
// adjective or verb form and a capitalised plural noun, with no third capitalised word after
// them, are a two-word name when they follow a lower-case word inside a sentence, or when they
// open the sentence before an "-s" verb, which a plural subject would not take.
void TaggerModel::adjective_plural_names(const std::vector<std::string_view>& forms,
                                         std::vector<uint16_t>& tags) const {
    if (nnp_class_ < 0 || nns_class_ < 0 || vbz_class_ < 0) return;
    for (std::size_t i = 0; i + 2 < forms.size(); ++i) {
        const std::string& u = upos_[tags[i]];
        if ((u != "ADJ" && u != "VERB") || tags[i + 1] != nns_class_ || !capitalized(forms[i]) ||
            !capitalized(forms[i + 1]) || capitalized(forms[i + 2])) {
            continue;
        }
        const bool inside = i > 0 && !forms[i - 1].empty() && forms[i - 1][0] >= 'a' && forms[i - 1][0] <= 'z';
        const bool opening = i == 0 && tags[i + 2] == vbz_class_;
        if (!inside && !opening) continue;
        tags[i] = tags[i + 1] = static_cast<uint16_t>(nnp_class_);
    }
}

// Words of names that the model tags as other words. "the Harambee Learning Trust": inside a
// sentence, a capitalized verb form between two capitalized words is part of a name (UD tags the
// words of names PROPN), not the verb of the clause. Title-case headlines, where every word is
// capitalized, are left alone.
void TaggerModel::words_inside_names(const std::vector<std::string_view>& forms,
                                     std::vector<uint16_t>& tags,
                                     const LemmaLexicon* lexicon) const {
    if (nnp_class_ < 0 || forms.size() < 4) return;
    // "Lattice Learning's chief executive, Omar Haddad, said": two or more capitalized words
    // right before a possessive "'s" are a name, even at the start of a sentence, where the
    // model read a verb form or a conjunction ("Learning", "Lattice"). Capitalized function
    // words opening the run ("The", "This") keep their tags.
    for (std::size_t b = 2; b + 1 < forms.size(); ++b) {
        if (xpos_[tags[b]] != "POS"sv || (forms[b] != "'s" && forms[b] != "\u2019s")) continue;
        std::size_t a = b;
        while (a > 0 && capitalized(forms[a - 1])) --a;
        if (b - a < 2) continue;
        for (std::size_t i = a; i < b; ++i) {
            const std::string& u = upos_[tags[i]];
            if (i == a && (u == "DET" || u == "PRON")) continue;
            // A conjunction or preposition stays one if training ever saw the word
            // ("With Elizabeth's help", "While Google's ..."); an unseen word is the model's guess.
            // So does an adjective ("the Kurdistan Democratic Party's"), unless the word is
            // unseen ("the Harlan Trust's").
            const bool guessed = u == "SCONJ" || u == "ADP" || u == "ADJ";
            if (guessed && amb_lookup(hash_bytes(ascii::lower(forms[i]))) != 0) continue;
            if (u == "VERB" || u == "ADV" || u == "NOUN" || guessed) {
                tags[i] = static_cast<uint16_t>(nnp_class_);
            }
        }
    }
    // "Aguas de Sevilla", "Banco del Sur", "Ludwig van Beethoven": a lower-case name particle
    // between two capitalized words is a word of the name (EWT tags "de" there PROPN), and so
    // are the capitalized words beside it that the model took for foreign or common words
    // ("Puertos" opening a sentence).
    static constexpr std::string_view kNameParticles[] = {
        "de", "del", "della", "delle", "di", "da", "do", "dos", "das", "du", "des", "la", "le",
        "van", "von", "der", "den", "ten", "ter", "y", "e", "al", "el", "bin", "ibn", "bint"};
    for (std::size_t i = 1; i + 1 < forms.size(); ++i) {
        // The neighbours first: most words sit between lower-case words, and the list is the
        // dearer test.
        if (!capitalized(forms[i - 1]) || !capitalized(forms[i + 1]) ||
            std::find(std::begin(kNameParticles), std::end(kNameParticles), forms[i]) == std::end(kNameParticles)) {
            continue;
        }
        const std::string& before = upos_[tags[i - 1]];
        const std::string& after = upos_[tags[i + 1]];
        // "Spain and France": a conjunction between names stays one; "y" and "e" only join
        // names the model already read as foreign or proper on both sides.
        if ((forms[i] == "y" || forms[i] == "e") && !(before == "X" && after == "X")) continue;
        if (before != "PROPN" && before != "X" && after != "PROPN" && after != "X") continue;
        tags[i] = static_cast<uint16_t>(nnp_class_);
        for (std::size_t k : {i - 1, i + 1}) {
            const std::string& u = upos_[tags[k]];
            if (u == "X" || u == "NOUN" || u == "ADJ" || u == "VERB") tags[k] = static_cast<uint16_t>(nnp_class_);
        }
    }
    // "Forth & Tay Savings", "Marks & Spencer", "Johnson & Johnson": capitalized words on both
    // sides of an ampersand are words of one name (prose joins two things with "and"), so the
    // word before and the word after it that the model took for an adverb, common noun,
    // adjective or verb ("forth", "marks") are proper nouns.
    for (std::size_t i = 1; i + 1 < forms.size(); ++i) {
        if (forms[i] != "&" || !capitalized(forms[i - 1]) || !(capitalized(forms[i + 1]) || all_capitals(forms[i + 1]))) {
            continue;
        }
        for (std::size_t k : {i - 1, i + 1}) {
            const std::string& u = upos_[tags[k]];
            if (capitalized(forms[k]) && (u == "ADV" || u == "NOUN" || u == "ADJ" || u == "VERB")) {
                tags[k] = static_cast<uint16_t>(nnp_class_);
            }
        }
    }
    // "Little Acorns Group plc, the largest nursery operator, said": a company's legal form
    // written in lower case ("plc", "ltd", "llc", "inc") right after a capitalized word closes the
    // name, which runs back over the capitalized words before it; the model tags the abbreviation
    // a common noun and an opening word such as "Little" an adjective, so the name loses its head.
    static constexpr std::string_view kLegalForms[] = {"plc", "ltd", "llc", "inc"};
    for (std::size_t i = 1; i < forms.size(); ++i) {
        if (!capitalized(forms[i - 1]) ||
            std::find(std::begin(kLegalForms), std::end(kLegalForms), forms[i]) == std::end(kLegalForms)) {
            continue;
        }
        tags[i] = static_cast<uint16_t>(nnp_class_);
        for (std::size_t k = i; k > 0 && capitalized(forms[k - 1]); --k) {
            const std::string& u = upos_[tags[k - 1]];
            if (u == "ADJ" || u == "NOUN" || u == "VERB" || u == "ADV") tags[k - 1] = static_cast<uint16_t>(nnp_class_);
        }
    }
    // "Marlow Trust to support the housing association", "Council Tax to rise": a headline says
    // what is to happen with "to" and a base form after its subject; the capitalized words that
    // open it before "to" are the subject's name, so one after the first that the model took for
    // a verb or a common noun ("Trust", "Tax") is a word of the name (a verb there would leave the
    // headline two verbs and no subject).
    if (vb_class_ >= 0 && forms.size() >= 4) {
        std::size_t e = 0;
        while (e < forms.size() && capitalized(forms[e])) ++e;
        if (e >= 2 && e + 1 < forms.size() && forms[e] == "to"sv && tags[e + 1] == vb_class_) {
            for (std::size_t k = 1; k < e; ++k) {
                if (upos_[tags[k]] == "VERB"sv || upos_[tags[k]] == "NOUN"sv) tags[k] = static_cast<uint16_t>(nnp_class_);
            }
        }
    }
    // A title-case headline capitalizes every word but short function words, and a signature
    // block has no verb; a sentence with a lower-case verb and a lower-case word of four letters
    // or more is prose, however many names it lists ("The four trusts are the Trent Learning
    // Trust, Peak Academies and ...", "The Ashford Paper Mill damaged the River Leven").
    std::size_t words = 0, caps = 0, lower_long = 0;
    bool lower_verb = false;
    for (std::size_t i = 0; i < forms.size(); ++i) {
        std::string_view w = forms[i];
        if (w.empty() || !((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= 'a' && w[0] <= 'z'))) continue;
        ++words;
        caps += w[0] <= 'Z';
        lower_long += w[0] >= 'a' && w.size() >= 4;
        lower_verb |= w[0] >= 'a' && (upos_[tags[i]] == "VERB"sv || upos_[tags[i]] == "AUX"sv);
    }
    if (caps * 2 > words && (lower_long < 1 || !lower_verb)) return;
    for (std::size_t i = 2; i + 1 < forms.size(); ++i) {
        if (open_class_[tags[i]] != LemmaLexicon::kVerb || !capitalized(forms[i])) continue;
        if (capitalized(forms[i - 1]) && capitalized(forms[i + 1])) {
            tags[i] = static_cast<uint16_t>(nnp_class_);
        }
    }
    // "The Agricultural and Dairy Workers Union": a capitalized adjective right after "the" and
    // right before "and" and a run of two or more capitalized words ending in a proper noun opens
    // that name ("The Liberal and Labour parties" ends in a common noun and stays).
    for (std::size_t i = 1; i + 3 < forms.size(); ++i) {
        if (upos_[tags[i]] != "ADJ"sv || !capitalized(forms[i]) || ascii::lower(forms[i - 1]) != "the" ||
            forms[i + 1] != "and") {
            continue;
        }
        std::size_t e = i + 2;
        while (e < forms.size() && capitalized(forms[e])) ++e;
        if (e >= i + 4 && upos_[tags[e - 1]] == "PROPN"sv) tags[i] = static_cast<uint16_t>(nnp_class_);
    }
    // "The Ashford Paper Mill damaged the river": so is a capitalized common noun between two
    // words the model read as proper nouns.
    for (std::size_t i = 1; i + 1 < forms.size(); ++i) {
        if (upos_[tags[i]] != "NOUN"sv || !capitalized(forms[i]) || upos_[tags[i - 1]] != "PROPN"sv ||
            upos_[tags[i + 1]] != "PROPN"sv || !capitalized(forms[i - 1]) || !capitalized(forms[i + 1])) {
            continue;
        }
        tags[i] = static_cast<uint16_t>(nnp_class_);
    }
    // "working with Médecins Sans Frontières to distribute it": inside the sentence, a
    // capitalized verb form right after a proper noun that the lexicon does not know as any word
    // (a foreign or invented word the model guessed from its ending) closes the name.
    for (std::size_t i = 2; lexicon && i < forms.size(); ++i) {
        if (open_class_[tags[i]] != LemmaLexicon::kVerb || !capitalized(forms[i]) ||
            upos_[tags[i - 1]] != "PROPN"sv || lexicon->surface_classes(ascii::lower(forms[i])) != 0) {
            continue;
        }
        tags[i] = static_cast<uint16_t>(nnp_class_);
    }
    // "will pay Circulate NZ a fee", "Circulate NZ's chief executive": a capitalized verb form
    // right before an all-capitals proper noun ("NZ", "UK") opens a name with it, inside the
    // sentence or, before the name's possessive, at its start (an imperative there would be odd
    // in running text: "Ask NZ's ...").
    auto acronym = [&](std::size_t k) {
        return k < forms.size() && forms[k].size() <= 5 && upos_[tags[k]] == "PROPN"sv && all_capitals(forms[k]);
    };
    for (std::size_t i = 0; i + 1 < forms.size(); ++i) {
        if (open_class_[tags[i]] != LemmaLexicon::kVerb || !capitalized(forms[i]) || !acronym(i + 1)) continue;
        if (i == 0 && !(i + 2 < forms.size() && (forms[i + 2] == "'s" || forms[i + 2] == "'"))) continue;
        // Not after an opening quotation mark or a colon, where a capital starts a sentence.
        if (i > 0 && (forms[i - 1] == "\"" || forms[i - 1] == "``" || forms[i - 1] == ":" || forms[i - 1] == "\u201c")) continue;
        tags[i] = static_cast<uint16_t>(nnp_class_);
    }
    // "a jointly owned company, Shared Radio Networks, to run", "Shared Radio Networks will be
    // led by": a capitalized verb form that opens a run of three or more capitalized words is the
    // name's first word, after a comma or a determiner inside the sentence, or as the sentence's
    // first word when the run is the subject of the verb right after it.
    for (std::size_t i = 0; i + 2 < forms.size(); ++i) {
        if (open_class_[tags[i]] != LemmaLexicon::kVerb || !capitalized(forms[i])) continue;
        std::size_t b = i + 1;
        while (b < forms.size() && capitalized(forms[b])) ++b;
        if (b - i < 3) continue;
        const bool inside = i > 0 && (forms[i - 1] == "," || upos_[tags[i - 1]] == "DET"sv);
        const bool subject = i == 0 && b < forms.size() &&
                             (upos_[tags[b]] == "AUX"sv || upos_[tags[b]] == "VERB"sv);
        if (inside || subject) tags[i] = static_cast<uint16_t>(nnp_class_);
    }
    // "the environmental group Green Current argues": the last of two or more capitalized words
    // before a verb, a preposition or punctuation is the name's head, a proper noun even when it
    // is also an adjective (in EWT's training part 1,641 such words are PROPN, 5 ADJ).
    // So is a capitalized "-ing" form after a capitalized noun inside the sentence ("the publisher
    // Greaves Learning."; the model may not yet have called "Greaves" a proper noun).
    for (std::size_t i = 1; i < forms.size(); ++i) {
        const bool ing = open_class_[tags[i]] == LemmaLexicon::kVerb && forms[i].size() > 4 &&
                         forms[i].substr(forms[i].size() - 3) == "ing" && i >= 2 &&
                         (upos_[tags[i - 1]] == "PROPN"sv || upos_[tags[i - 1]] == "NOUN"sv);
        if ((open_class_[tags[i]] != LemmaLexicon::kAdj && !ing) || !capitalized(forms[i]) ||
            !capitalized(forms[i - 1])) {
            continue;
        }
        const std::string& before = upos_[tags[i - 1]];
        if (before != "ADJ" && before != "PROPN" && before != "NOUN") continue;
        if (i + 1 < forms.size()) {
            const std::string& after = upos_[tags[i + 1]];
            // "Corran Mobile and Westlink Telecom": before a coordinator and another name too.
            const bool before_name = after == "CCONJ" && i + 2 < forms.size() &&
                                     upos_[tags[i + 2]] == "PROPN"sv && capitalized(forms[i + 2]);
            const bool boundary =
                after == "VERB" || after == "AUX" || after == "ADP" || after == "PUNCT" || before_name;
            if (!boundary || capitalized(forms[i + 1])) continue;
        }
        tags[i] = static_cast<uint16_t>(nnp_class_);
    }
    // "the patient group Privacy First said": inside a sentence, capitalized words in a row are a
    // name, and its words that the model took for common nouns or adverbs are proper nouns (UD
    // keeps a name's adjectives ADJ: "the Kurdistan Democratic Party"). The sentence's first
    // word is capitalized anyway, so it does not start such a run. Title-case common nouns are
    // also a habit of web and mail text ("send a draft Credit Support Annex", "A Top Quality
    // Sandwich"), so a run counts as a name only with evidence beyond its capitals: a word of
    // it the model already took for a proper noun ("the Rural Schools Alliance"), an "of" after
    // a name before it ("the Union of Rural Teachers"), or "the" and a common noun right before
    // it, the close apposition of a description and a name ("the patient group Privacy First").
    // A plural noun of the run taken for an adjective ("the Communications Standards
    // Authority") is a proper noun too: no adjective has that form. Other adjectives of a run
    // stay ("the Shiite Sadr movement", "Metro" in "Fort Worth Metro area").
    auto plural_not_adjective = [&](std::string_view form) {
        if (!lexicon || form.size() < 4 || form.back() != 's') return false;
        const uint8_t c = lexicon->surface_classes(ascii::lower(form));
        return (c & LemmaLexicon::kNoun) && !(c & LemmaLexicon::kAdj);
    };
    // "the Trent Learning Trust": nor is the first word of a run opened by "the" that the lexicon
    // does not know as an adjective (the model guessed one from its shape); the run's last word
    // may still be a modifier of a lower-case noun after it ("Metro" in "Fort Worth Metro area"),
    // and a word after an adjective may be one too ("the radical Shiite Sadr movement").
    auto name_adjective = [&](std::size_t i, std::size_t a, std::size_t b) {
        if (plural_not_adjective(forms[i])) return true;
        const bool opens = (i == a && a > 0 && forms[a - 1] == "the") || (i == 1 && a == 0 && forms[0] == "The");
        return lexicon && opens && i + 1 < b &&
               !(lexicon->surface_classes(ascii::lower(forms[i])) & LemmaLexicon::kAdj);
    };
    std::vector<std::size_t> retagged;
    // "Harlow NHS Foundation Trust", "the Kent ICT Skills Centre": an acronym between two
    // capitalized words does not end the run of a name's words.
    auto run_end = [&](std::size_t b) {
        while (b < forms.size() &&
               (capitalized(forms[b]) ||
                (all_capitals(forms[b]) && b + 1 < forms.size() && capitalized(forms[b + 1])))) {
            ++b;
        }
        return b;
    };
    // "Calder Residents Together, a campaign group, said": a run of three or more capitalized
    // words opening the sentence is a name too (two could be a capitalized first word and a
    // name: "Analysts Nordea polled"); its first word counts when it is a common noun.
    {
        const std::size_t b = run_end(0);
        if (b >= 3 && b < forms.size()) {
            for (std::size_t i = 0; i < b; ++i) {
                const std::string& u = upos_[tags[i]];
                if (u == "NOUN" || (i > 0 && u == "ADV") || (u == "ADJ" && name_adjective(i, 0, b))) {
                    retagged.push_back(i);
                }
            }
        }
    }
    struct Run {
        std::size_t a, b;
        bool name;
    };
    std::vector<Run> runs;
    for (std::size_t a = 1; a < forms.size();) {
        if (!capitalized(forms[a])) {
            ++a;
            continue;
        }
        const std::size_t b = run_end(a);
        bool has_propn = false;
        for (std::size_t i = a; i < b; ++i) has_propn |= upos_[tags[i]] == "PROPN"sv;
        const bool after_name_of = a >= 2 && forms[a - 1] == "of" && capitalized(forms[a - 2]);
        bool after_description = false;
        if (a >= 2 && upos_[tags[a - 1]] == "NOUN"sv && !capitalized(forms[a - 1])) {
            for (std::size_t k = a - 1; k-- > 0 && k + 4 > a;) {
                if (forms[k] == "the" || forms[k] == "The") after_description = true;
                if (upos_[tags[k]] != "NOUN"sv && upos_[tags[k]] != "ADJ"sv) break;
            }
        }
        runs.push_back({a, b, has_propn || after_name_of || after_description});
        a = b;
    }
    // "A, the Trent Learning Trust and B": a run listed with a name (a comma or a coordinator
    // between them, and perhaps "the") is a name too.
    auto listed = [&](const Run& x, const Run& y) {
        std::size_t k = x.b;
        if (k < y.a && forms[k] == ",") ++k;
        if (k < y.a && (forms[k] == "and" || forms[k] == "or")) ++k;
        if (k == x.b) return false;
        if (k < y.a && forms[k] == "the") ++k;
        return k == y.a;
    };
    for (bool spread = true; spread;) {
        spread = false;
        for (std::size_t r = 0; r + 1 < runs.size(); ++r) {
            if (runs[r].name == runs[r + 1].name || !listed(runs[r], runs[r + 1])) continue;
            runs[r].name = runs[r + 1].name = true;
            spread = true;
        }
    }
    for (const Run& run : runs) {
        if (run.b - run.a < 2 || !run.name) continue;
        for (std::size_t i = run.a; i < run.b; ++i) {
            const std::string& u = upos_[tags[i]];
            if (u == "NOUN" || u == "ADV" || (u == "ADJ" && name_adjective(i, run.a, run.b))) retagged.push_back(i);
        }
    }
    // "Clean Coast Trust, a charity that ...", "Smile Cymru, a children's charity": at the
    // sentence's start, capitalized words in a row set off by a comma before "a" or "an" are a
    // name with its apposition (a description of the name), so its common nouns are proper
    // nouns. (Adverbs and adjectives stay: "Early Monday, a fire ...".) So are they before a
    // relative "which" or "who" when the model read one of them as a proper noun already
    // ("Universities UK, which represents ...", where "Universities" was a plural noun).
    {
        // (An all-capitals word counts as capitalized here: "Colleges Scotland", "Water UK".)
        auto name_word = [](std::string_view w) { return capitalized(w) || all_capitals(w); };
        std::size_t b = 0;
        bool has_propn = false;
        while (b < forms.size() && name_word(forms[b])) has_propn |= upos_[tags[b++]] == "PROPN"sv;
        const bool relative = b + 1 < forms.size() && has_propn && (forms[b + 1] == "which" || forms[b + 1] == "who");
        if (b >= 2 && b + 1 < forms.size() && forms[b] == "," &&
            (forms[b + 1] == "a" || forms[b + 1] == "an" || relative)) {
            for (std::size_t i = 0; i < b; ++i) {
                if (upos_[tags[i]] == "NOUN"sv) retagged.push_back(i);
            }
        }
    }
    // "Quillmark, the Leeds firm that ...", "Brandly, a start-up that ...": one capitalized word
    // opening the sentence, set off by a comma before a determiner, that the lexicon does not
    // know as any word (an invented name the model guessed from its ending, "-ly" an adverb) is
    // a name with its apposition. A known word there stays ("Finally, the ...", "However, a ...").
    // An adverb the lexicon lacks but whose adjective it knows stays too ("Unsurprisingly, the
    // ...": "unsurprising"; "happily": "happy"; "notably": "notable").
    auto adverb_of_adjective = [&](const std::string& w) {
        if (w.size() < 5 || w.compare(w.size() - 2, 2, "ly") != 0) return false;
        const std::string stem = w.substr(0, w.size() - 2);
        for (const std::string& a : {stem, stem.back() == 'i' ? stem.substr(0, stem.size() - 1) + "y" : stem,
                                     stem.back() == 'b' ? stem + "le" : stem}) {
            if (lexicon->surface_classes(a) & LemmaLexicon::kAdj) return true;
        }
        return false;
    };
    if (lexicon && forms.size() > 3 && capitalized(forms[0]) && forms[1] == "," &&
        upos_[tags[0]] != "PROPN"sv && lexicon->surface_classes(ascii::lower(forms[0])) == 0 &&
        !adverb_of_adjective(ascii::lower(forms[0])) &&
        (forms[2] == "the" || forms[2] == "a" || forms[2] == "an")) {
        retagged.push_back(0);
    }
    for (std::size_t i : retagged) tags[i] = static_cast<uint16_t>(nnp_class_);
}

namespace {

// English closed-class words of three letters or more: prepositions (with the participles and
// adjectives that work as prepositions), conjunctions, determiners, quantifiers and pronouns, in
// standard and a few informal spellings. Sorted, for binary search.
constexpr std::string_view kFunctionWords[] = {
    "aboard", "about", "above", "according", "across", "after", "against", "ago", "ahead",
    "albeit", "all", "along", "alongside", "although", "amid", "amidst", "among", "amongst",
    "and", "another", "any", "anybody", "anyone", "anything", "apart", "around", "aside",
    "astride", "atop", "away", "back", "barring", "because", "before", "behind", "below",
    "beneath", "beside", "besides", "between", "beyond", "both", "but", "cause", "circa",
    "concerning", "considering", "cos", "coz", "cuz", "despite", "down", "due", "during",
    "each", "either", "enough", "every", "everybody", "everyone", "everything", "except",
    "excluding", "few", "fewer", "following", "for", "from", "given", "half", "her", "hers",
    "herself", "him", "himself", "his", "how", "including", "inside", "instead", "into", "its",
    "itself", "least", "less", "lest", "like", "many", "mine", "minus", "more", "most", "much",
    "myself", "near", "nearer", "neither", "next", "nobody", "none", "noone", "nor", "not",
    "nothing", "notwithstanding", "off", "once", "one", "ones", "oneself", "onto", "opposite",
    "other", "others", "ours", "ourselves", "out", "outside", "over", "own", "past", "pending",
    "per", "plus", "prior", "quite", "rather", "regarding", "round", "same", "save", "several",
    "she", "since", "some", "somebody", "someone", "something", "such", "than", "that", "the",
    "thee", "their", "theirs", "them", "themself", "themselves", "then", "there", "these",
    "they", "thine", "this", "tho", "those", "thou", "though", "through", "throughout", "thru",
    "thy", "till", "times", "together", "too", "toward", "towards", "under", "underneath",
    "unless", "unlike", "until", "unto", "upon", "versus", "via", "what", "whatever", "when",
    "whenever", "where", "whereas", "whereby", "wherever", "whether", "which", "whichever",
    "while", "whilst", "who", "whoever", "whom", "whomever", "whose", "why", "with", "within",
    "without", "worth", "yet", "you", "your", "yours", "yourself", "yourselves",
};

// Spelled cardinal numbers, the words a compound number ("forty-two", "three hundred") is made of.
bool is_number_word(std::string_view lower) {
    static constexpr std::string_view kNumbers[] = {
        "billion", "dozen", "eight", "eighteen", "eighty", "eleven", "fifteen", "fifty", "five",
        "forty", "four", "fourteen", "hundred", "million", "nine", "nineteen", "ninety", "seven",
        "seventeen", "seventy", "six", "sixteen", "sixty", "ten", "thirteen", "thirty", "thousand",
        "three", "trillion", "twelve", "twenty", "two",
    };
    static_assert(std::is_sorted(std::begin(kNumbers), std::end(kNumbers)));
    return std::binary_search(std::begin(kNumbers), std::end(kNumbers), lower);
}

static_assert(std::is_sorted(std::begin(kFunctionWords), std::end(kFunctionWords)));

}  // namespace

bool TaggerModel::is_function_word(std::string_view lower) {
    return std::binary_search(std::begin(kFunctionWords), std::end(kFunctionWords), lower);
}

uint16_t TaggerModel::within_lexicon(std::string_view form, bool first, uint16_t best,
                                     const int32_t* scores, const LemmaLexicon& lexicon) const {
    auto open_class = [this](std::size_t c) -> uint8_t { return open_class_[c]; };
    uint8_t bit = open_class(best);
    if ((!bit && !function_class_[best]) || form.empty()) return best;
    // A capital inside the sentence may start a name the dictionary does not know as one.
    if (!first && form[0] >= 'A' && form[0] <= 'Z') return best;
    thread_local std::string lower;
    lower.assign(form);
    ascii::lower_in_place(lower);
    uint8_t allowed = 0;
    if (bit) {
        // Most words are lemmas of the class the model chose; the inflection analysis is for the rest.
        if (lexicon.classes(lower) & bit) return best;
        allowed = lexicon.surface_classes(lower);
        if (!allowed) return best;
        if (allowed & bit) {
            // "The bank lent the money to the firm": a word that is no verb lemma but an irregular
            // past form ("lent", "led", "spent") is no base form; read as a verb it keeps the verb
            // reading with a past tag (the present forms among WordNet's irregular ones, "has",
            // "does" and "be"'s "am" and "are", are left alone).
            const std::string_view x = xpos_[best];
            const std::string* irregular = bit == LemmaLexicon::kVerb ? lexicon.irregular(lower, LemmaLexicon::kVerb) : nullptr;
            if (!irregular || (x != "VB" && x != "VBP") || lower.back() == 's' || *irregular == "be") return best;
            allowed = LemmaLexicon::kVerb;
        }
    } else {
        // A closed class (preposition, conjunction, determiner, pronoun, particle) is a fixed
        // list of words: a word of letters the dictionary knows as a noun, verb, adjective or
        // adverb and that is none of those ("fought", "won", "bacteria") is in its open class.
        if (lower.size() < 3 || is_function_word(lower)) return best;
        // A number word read as a determiner ("Three other carmakers") keeps it: the parser
        // attaches it as the determiner it is closest to, and takes the phrase whole.
        if (is_number_word(lower)) return best;
        for (char ch : lower) {
            if (ch < 'a' || ch > 'z') return best;
        }
        allowed = lexicon.surface_classes(lower);
        if (!allowed) return best;
    }
    // A verb's Penn tag must fit its ending: "owns" is VBZ, "broaden" VB or VBP.
    auto ends = [&](std::string_view suffix) {
        return lower.size() > suffix.size() && lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    auto verb_form_fits = [&](const std::string& xpos) {
        if (ends("ing")) return xpos == "VBG";
        if (ends("ed") || lexicon.irregular(lower, LemmaLexicon::kVerb)) return xpos == "VBD" || xpos == "VBN";
        if (ends("s")) return xpos == "VBZ";
        return xpos == "VB" || xpos == "VBP";
    };
    int choice = -1;
    for (std::size_t c = 0; c < upos_.size(); ++c) {
        uint8_t oc = open_class(c);
        if (!(oc & allowed)) continue;
        if (oc == LemmaLexicon::kVerb && !verb_form_fits(xpos_[c])) continue;
        if (choice < 0 || scores[c] > scores[choice]) choice = static_cast<int>(c);
    }
    return choice < 0 ? best : static_cast<uint16_t>(choice);
}

void TaggerModel::build_indexes() {
    dict_index_.build(dict_keys_);
    amb_index_.build(amb_keys_);
    build_class_bits();
}

void TaggerModel::save(ByteWriter& w) const {
    w.u32(static_cast<uint32_t>(upos_.size()));
    for (std::size_t c = 0; c < upos_.size(); ++c) {
        w.str(upos_[c]);
        w.str(xpos_[c]);
    }
    w.u64(dict_keys_.size());
    for (std::size_t i = 0; i < dict_keys_.size(); ++i) {
        w.u64(dict_keys_[i]);
        w.u16(dict_tags_[i]);
    }
    w.u64(amb_keys_.size());
    for (std::size_t i = 0; i < amb_keys_.size(); ++i) {
        w.u64(amb_keys_[i]);
        w.u64(amb_vals_[i]);
    }
    weights_.save(w);
}

void TaggerModel::load(ByteReader& r) {
    generation_ = ++g_generations;
    uint32_t n = r.u32();
    if (n == 0 || n > 256) r.fail("bad tag count");
    upos_.resize(n);
    xpos_.resize(n);
    for (uint32_t c = 0; c < n; ++c) {
        upos_[c] = r.str();
        xpos_[c] = r.str();
    }
    uint64_t d = r.u64();
    r.need_items(d, 10);
    dict_keys_.resize(d);
    dict_tags_.resize(d);
    for (uint64_t i = 0; i < d; ++i) {
        dict_keys_[i] = r.u64();
        dict_tags_[i] = r.u16();
        if (dict_tags_[i] >= n) r.fail("tag dictionary class out of range");
        if (i && dict_keys_[i] <= dict_keys_[i - 1]) r.fail("tag dictionary not sorted");
    }
    uint64_t a = r.u64();
    r.need_items(a, 16);
    amb_keys_.resize(a);
    amb_vals_.resize(a);
    for (uint64_t i = 0; i < a; ++i) {
        amb_keys_[i] = r.u64();
        amb_vals_[i] = r.u64();
        if (i && amb_keys_[i] <= amb_keys_[i - 1]) r.fail("ambiguity classes not sorted");
    }
    weights_.load(r);
    if (weights_.num_classes() != n) r.fail("tagger weight classes do not match tags");
    build_indexes();
}

void TaggerModel::build_class_bits() {
    vbd_class_ = find_class("VERB", "VBD");
    vbg_class_ = find_class("VERB", "VBG");
    aux_vbg_class_ = find_class("AUX", "VBG");
    nns_class_ = find_class("NOUN", "NNS");
    vbz_class_ = find_class("VERB", "VBZ");
    vb_class_ = find_class("VERB", "VB");
    rb_class_ = find_class("ADV", "RB");
    nn_class_ = find_class("NOUN", "NN");
    nnp_class_ = find_class("PROPN", "NNP");
    md_class_ = find_class("AUX", "MD");
    dt_class_ = find_class("DET", "DT");
    jj_class_ = find_class("ADJ", "JJ");
    adj_nnp_class_ = find_class("ADJ", "NNP");
    in_class_ = find_class("ADP", "IN");
    vbn_class_ = find_class("VERB", "VBN");
    vbp_class_ = find_class("VERB", "VBP");
    to_class_ = find_class("PART", "TO");
    wdt_class_ = find_class("PRON", "WDT");
    wrb_class_ = find_class("ADV", "WRB");
    cd_class_ = find_class("NUM", "CD");
    open_class_.assign(upos_.size(), 0);
    function_class_.assign(upos_.size(), 0);
    for (std::size_t c = 0; c < upos_.size(); ++c) {
        const std::string& u = upos_[c];
        function_class_[c] = u == "ADP" || u == "SCONJ" || u == "CCONJ" || u == "DET" || u == "PRON" || u == "PART";
        if (u == "NOUN") open_class_[c] = LemmaLexicon::kNoun;
        else if (u == "VERB") open_class_[c] = LemmaLexicon::kVerb;
        else if (u == "ADJ") open_class_[c] = LemmaLexicon::kAdj;
        else if (u == "ADV") open_class_[c] = LemmaLexicon::kAdv;
    }
}

bool TaggerModel::operator==(const TaggerModel& o) const {
    return upos_ == o.upos_ && xpos_ == o.xpos_ && dict_keys_ == o.dict_keys_ &&
           dict_tags_ == o.dict_tags_ && amb_keys_ == o.amb_keys_ && amb_vals_ == o.amb_vals_ &&
           weights_ == o.weights_;
}

// ---- training ------------------------------------------------------------------------------

class TaggerTrainer {
public:
    static TaggerModel train(const std::vector<ConlluSentence>& train,
                             const std::vector<ConlluSentence>& dev,
                             const TaggerTrainOptions& opts);
};

namespace {

double tag_accuracy(const TaggerModel& m, const std::vector<ConlluSentence>& sents) {
    std::size_t total = 0, right = 0;
    std::vector<std::string_view> forms;
    std::vector<uint16_t> out;
    for (const auto& s : sents) {
        forms.clear();
        for (const auto& w : s.words) forms.push_back(w.form);
        m.tag(forms, out);
        for (std::size_t i = 0; i < out.size(); ++i) {
            ++total;
            right += m.upos(out[i]) == s.words[i].upos;
        }
    }
    return total ? 100.0 * right / total : 0.0;
}

}  // namespace

TaggerModel TaggerTrainer::train(const std::vector<ConlluSentence>& train,
                                 const std::vector<ConlluSentence>& dev,
                                 const TaggerTrainOptions& opts) {
    TaggerModel model;
    // Classes in a fixed order (sorted), so the model does not depend on sentence order.
    std::map<std::pair<std::string, std::string>, uint16_t> classes;
    for (const auto& s : train) {
        for (const auto& w : s.words) classes.emplace(std::make_pair(w.upos, w.xpos), 0);
    }
    uint16_t next = 0;
    for (auto& [k, v] : classes) {
        v = next++;
        model.upos_.push_back(k.first);
        model.xpos_.push_back(k.second);
    }
    std::vector<std::vector<uint16_t>> gold(train.size());
    std::unordered_map<uint64_t, std::unordered_map<uint16_t, uint32_t>> counts;
    for (std::size_t si = 0; si < train.size(); ++si) {
        for (const auto& w : train[si].words) {
            uint16_t c = classes[{w.upos, w.xpos}];
            gold[si].push_back(c);
            ++counts[hash_bytes(w.form)][c];
        }
    }
    // Tag dictionary: frequent words that (almost) always take one tag.
    std::vector<std::pair<uint64_t, uint16_t>> dict;
    for (const auto& [word, tags] : counts) {
        uint32_t total = 0, best = 0;
        uint16_t best_tag = 0;
        for (const auto& [t, n] : tags) {
            total += n;
            if (n > best || (n == best && t < best_tag)) {
                best = n;
                best_tag = t;
            }
        }
        if (total >= 20 && best >= 0.995 * total) dict.emplace_back(word, best_tag);
    }
    // Ambiguity classes: the tags each lowercased word took, for words seen at least twice.
    std::unordered_map<uint64_t, std::pair<uint32_t, std::vector<uint16_t>>> amb;
    for (std::size_t si = 0; si < train.size(); ++si) {
        std::string lower;
        for (std::size_t i = 0; i < train[si].words.size(); ++i) {
            lower = train[si].words[i].form;
            ascii::lower_in_place(lower);
            auto& entry = amb[hash_bytes(lower)];
            ++entry.first;
            entry.second.push_back(gold[si][i]);
        }
    }
    std::vector<std::pair<uint64_t, uint64_t>> amb_list;
    for (auto& [word, entry] : amb) {
        if (entry.first < 2) continue;
        auto& tags = entry.second;
        std::sort(tags.begin(), tags.end());
        // Tags seen for under 5% of the word's uses are noise for this purpose.
        uint64_t h = 0x77;
        for (std::size_t i = 0; i < tags.size();) {
            std::size_t j = i;
            while (j < tags.size() && tags[j] == tags[i]) ++j;
            if ((j - i) * 20 >= tags.size()) h = hmix(h, tags[i] + 1);
            i = j;
        }
        amb_list.emplace_back(word, h);
    }
    std::sort(amb_list.begin(), amb_list.end());
    for (const auto& [k, v] : amb_list) {
        model.amb_keys_.push_back(k);
        model.amb_vals_.push_back(v);
    }
    std::sort(dict.begin(), dict.end());
    for (const auto& [k, t] : dict) {
        model.dict_keys_.push_back(k);
        model.dict_tags_.push_back(t);
    }
    model.build_indexes();

    uint32_t nc = static_cast<uint32_t>(model.upos_.size());
    PerceptronTrainer pt(nc);
    std::vector<uint32_t> order(train.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    uint64_t rng = opts.seed * 0x51ed27ULL + 7;
    Scratch s;
    std::vector<float> scores(nc);
    std::vector<std::string_view> forms;
    std::vector<uint16_t> pred;
    double best_acc = -1;
    WeightTable best_weights;
    for (int epoch = 1; epoch <= opts.epochs; ++epoch) {
        auto t0 = std::chrono::steady_clock::now();
        shuffle_indices(order, rng);
        std::size_t total = 0, right = 0;
        for (uint32_t si : order) {
            const auto& sent = train[si];
            forms.clear();
            for (const auto& w : sent.words) forms.push_back(w.form);
            describe_sentence(forms, s, [&](uint64_t lower) { return model.amb_lookup(lower); });
            pred.assign(forms.size(), 0);
            for (std::size_t i = 0; i < forms.size(); ++i) {
                int d = model.dict_lookup(s.info[i + 2].form);
                if (d >= 0) {
                    pred[i] = static_cast<uint16_t>(d);
                    continue;
                }
                uint64_t p1 = i >= 1 ? pred[i - 1] + 1 : 0;
                uint64_t p2 = i >= 2 ? pred[i - 2] + 1 : 0;
                tagger_features<true>(s, i, p1, p2, s.feats);
                std::fill(scores.begin(), scores.end(), 0.0f);
                pt.score(s.feats.data(), s.feats.size(), scores.data());
                uint16_t guess = argmax(scores.data(), nc);
                pt.update(s.feats.data(), s.feats.size(), gold[si][i], guess);
                pt.tick();
                pred[i] = guess;
                ++total;
                right += guess == gold[si][i];
            }
        }
        TaggerModel candidate = model;
        candidate.weights_ = pt.finalize(0.0f);
        candidate.generation_ = ++g_generations;
        double dev_acc = dev.empty() ? 0.0 : tag_accuracy(candidate, dev);
        double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (opts.log) {
            spdlog::info("tagger epoch {}/{}: train {:.2f}% (non-dictionary words), dev UPOS "
                         "{:.2f}%, {} features, {:.1f}s",
                         epoch, opts.epochs, total ? 100.0 * right / total : 0.0, dev_acc,
                         candidate.weights_.num_features(), secs);
        }
        if (!opts.keep_best || dev.empty() || dev_acc > best_acc) {
            best_acc = dev_acc;
            best_weights = std::move(candidate.weights_);
        }
    }
    model.weights_ = std::move(best_weights);
    model.generation_ = ++g_generations;
    return model;
}

TaggerModel train_tagger(const std::vector<ConlluSentence>& train,
                         const std::vector<ConlluSentence>& dev, const TaggerTrainOptions& opts) {
    return TaggerTrainer::train(train, dev, opts);
}

void Tagger::process(Document& doc) const {
    std::vector<std::string_view> forms;
    std::vector<uint16_t> tags;
    for (const Sentence& sent : doc.sentences) {
        forms.clear();
        for (uint32_t i = sent.first_token; i < sent.end_token && i < doc.tokens.size(); ++i) {
            forms.push_back(doc.tokens[i].form);
        }
        model_->tag(forms, tags, lexicon_.get());
        for (std::size_t i = 0; i < tags.size(); ++i) {
            Token& t = doc.tokens[sent.first_token + i];
            t.upos = model_->upos(tags[i]);
            t.xpos = model_->xpos(tags[i]);
        }
    }
    names_said_again(doc);
    doc.layers |= kTags;
}

// "Caldera has named Rui Tavares ... Tavares began his career": a sentence's first word is
// capitalised anyway, so the tagger may read a surname there as a plural common noun. A word
// that opens a sentence, tagged a common noun, that was a proper noun inside a sentence earlier in
// the document and that the lexicon knows as no common word is that name again.
void Tagger::names_said_again(Document& doc) const {
    if (!lexicon_) return;
    std::unordered_map<std::string_view, std::string_view> names;  // form -> its xpos
    for (const Sentence& sent : doc.sentences) {
        bool opening = true;
        for (uint32_t i = sent.first_token; i < sent.end_token && i < doc.tokens.size(); ++i) {
            Token& t = doc.tokens[i];
            if (t.upos == "PUNCT"sv && opening) continue;
            const bool capital = !t.form.empty() && std::isupper(static_cast<unsigned char>(t.form[0]));
            if (opening) {
                opening = false;
                auto it = capital && t.upos == "NOUN"sv ? names.find(t.form) : names.end();
                if (it != names.end() && lexicon_->surface_classes(ascii::lower(t.form)) == 0) {
                    t.upos = "PROPN";
                    t.xpos = std::string(it->second);
                }
                continue;
            }
            if (capital && t.upos == "PROPN"sv) names.emplace(t.form, t.xpos);
        }
    }
}

}  // namespace claimgraph::extract
