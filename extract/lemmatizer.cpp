#include "extract/lemmatizer.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <unordered_map>

#include "common/ascii.hpp"

namespace claimgraph::extract {

namespace {

constexpr int kMaxSuffix = 6;

uint64_t exc_key(std::string_view form, std::string_view xpos, bool lowered) {
    return hmix(hmix(hash_bytes(form), hash_bytes(xpos)), lowered ? 2 : 1);
}

uint64_t rule_key(std::string_view xpos, std::string_view suffix) {
    return hmix(hmix(hash_bytes(xpos), hash_bytes(suffix)), 3);
}

// Start of the last k code points of s, or npos when s is shorter.
std::size_t suffix_start(std::string_view s, int k) {
    std::size_t p = s.size();
    for (int i = 0; i < k; ++i) {
        if (p == 0) return std::string_view::npos;
        --p;
        while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    }
    return p;
}

template <typename T>
const T* sorted_find(const std::vector<uint64_t>& keys, const std::vector<T>& vals, uint64_t k) {
    auto it = std::lower_bound(keys.begin(), keys.end(), k);
    if (it == keys.end() || *it != k) return nullptr;
    return &vals[it - keys.begin()];
}

struct Script {
    uint8_t strip = 0;
    std::string append;
    bool operator<(const Script& o) const {
        return strip != o.strip ? strip < o.strip : append < o.append;
    }
    bool operator==(const Script& o) const { return strip == o.strip && append == o.append; }
};

Script script_for(const std::string& lower_form, const std::string& lower_lemma) {
    std::size_t p = 0;
    while (p < lower_form.size() && p < lower_lemma.size() && lower_form[p] == lower_lemma[p]) ++p;
    // Do not split a multi-byte character.
    while (p > 0 && p < lower_form.size() &&
           (static_cast<unsigned char>(lower_form[p]) & 0xC0) == 0x80) {
        --p;
    }
    Script s;
    s.strip = static_cast<uint8_t>(std::min<std::size_t>(lower_form.size() - p, 255));
    s.append = lower_lemma.substr(p);
    return s;
}

// The part of speech whose inflected forms an XPOS tag marks (0: a tag whose lemma is the form).
uint8_t inflected_class(std::string_view xpos) {
    if (xpos == "NNS") return LemmaLexicon::kNoun;
    if (xpos == "VBD" || xpos == "VBN" || xpos == "VBG" || xpos == "VBZ") return LemmaLexicon::kVerb;
    if (xpos == "JJR" || xpos == "JJS") return LemmaLexicon::kAdj;
    if (xpos == "RBR" || xpos == "RBS") return LemmaLexicon::kAdv;
    return 0;
}

// The lemmas the regular English inflections allow for a lower-case form, most likely first.
// The kind of regular inflection a Penn tag names, if any.
bool inflection_of(std::string_view xpos, Inflection& kind) {
    if (xpos == "NNS" || xpos == "VBZ") kind = Inflection::plural_or_3sg;
    else if (xpos == "VBD" || xpos == "VBN") kind = Inflection::past;
    else if (xpos == "VBG") kind = Inflection::gerund;
    else if (xpos == "JJR" || xpos == "RBR") kind = Inflection::comparative;
    else if (xpos == "JJS" || xpos == "RBS") kind = Inflection::superlative;
    else return false;
    return true;
}

// English doubles the final consonant of a short verb ending consonant-vowel-consonant before
// "-ed" and "-ing" ("fin" -> "finned", "hop" -> "hopping"), so an undoubled "fined" or "hoping"
// comes from the verb with a silent "e" ("fine", "hope") when the dictionary has one. Verbs that
// never take the "e" ("visit" -> "visited") keep their lemma: "visite" is no verb.
std::string silent_e(const std::string& form, const std::string& lemma, uint8_t cls,
                     const LemmaLexicon& lexicon) {
    if (cls != LemmaLexicon::kVerb || lemma.size() < 3) return lemma;
    auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
    auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
    const std::size_t n = lemma.size();
    const char last = lemma[n - 1], mid = lemma[n - 2], before = lemma[n - 3];
    if (!letter(last) || vowel(last) || last == 'w' || last == 'x' || last == 'y') return lemma;
    if (!vowel(mid) || !letter(before) || vowel(before)) return lemma;
    const bool undoubled = form == lemma + "ed" || form == lemma + "ing";
    if (!undoubled) return lemma;
    std::string with_e = lemma + "e";
    return lexicon.classes(with_e) & LemmaLexicon::kVerb ? with_e : lemma;
}

std::vector<std::string> regular_lemmas(const std::string& w, std::string_view xpos) {
    std::vector<std::string> out;
    Inflection kind;
    if (!inflection_of(xpos, kind)) return out;
    std::string stem;
    for (const InflectionRule& rule : kInflectionRules) {
        if (rule.kind == kind && regular_stem(w, rule, stem)) out.push_back(stem);
    }
    return out;
}

}  // namespace

std::string LemmatizerModel::apply_rules(std::string_view form, std::string_view xpos) const {
    std::string lower = ascii::lower(form);
    const uint8_t* strip = nullptr;
    const std::string* append = nullptr;
    for (int k = kMaxSuffix; k >= 0; --k) {
        std::size_t p = suffix_start(lower, k);
        if (p == std::string_view::npos) continue;
        uint64_t key = rule_key(xpos, std::string_view(lower).substr(p));
        auto it = std::lower_bound(rule_keys_.begin(), rule_keys_.end(), key);
        if (it != rule_keys_.end() && *it == key) {
            std::size_t i = it - rule_keys_.begin();
            strip = &rule_strip_[i];
            append = &rule_append_[i];
            break;
        }
    }
    bool keep = std::binary_search(keep_case_.begin(), keep_case_.end(), hash_bytes(xpos));
    std::string base(keep ? form : std::string_view(lower));
    if (strip && *strip < base.size()) {
        std::size_t cut = base.size() - *strip;
        // A rule learned on "'m" must not cut "´m" inside its two-byte "´": lemmas stay UTF-8.
        if ((static_cast<unsigned char>(base[cut]) & 0xC0) == 0x80) return base;
        base.resize(cut);
        base += *append;
    }
    return base;
}

std::string LemmatizerModel::lemmatize(std::string_view form, std::string_view xpos,
                                       const LemmaLexicon* lexicon) const {
    if (const std::string* l = sorted_find(exc_keys_, exc_lemmas_, exc_key(form, xpos, false))) {
        return *l;
    }
    std::string lower = ascii::lower(form);
    if (const std::string* l = sorted_find(exc_keys_, exc_lemmas_, exc_key(lower, xpos, true))) {
        return *l;
    }
    // A singular name the treebank never showed is its own lemma ("Stirling", "Ealing"): the
    // suffix rules learned for names come from a few annotations ("Rolling" -> "Roll" in "the
    // Rolling Stones") and cut real names short.
    if (xpos == "NNP") return std::string(form);
    std::string lemma = apply_rules(form, xpos);
    if (!lexicon) return lemma;
    uint8_t cls = inflected_class(xpos);
    if (!cls) return lemma;
    if (const std::string* irr = lexicon->irregular(lower, cls)) return *irr;
    if (lexicon->classes(lemma) & cls) return silent_e(lower, lemma, cls, *lexicon);
    for (const std::string& c : regular_lemmas(lower, xpos)) {
        if (lexicon->classes(c) & cls) return silent_e(lower, c, cls, *lexicon);
    }
    // "the prospectus" tagged a plural: when no stem is a word of the class but the form itself
    // is ("prospectus", "apparatus"), the form is its own lemma.
    if (lexicon->classes(lower) & cls) return lower;
    return lemma;
}

LemmatizerModel train_lemmatizer(const std::vector<ConlluSentence>& train) {
    LemmatizerModel m;
    // Casing: per XPOS, do lemmas keep the form's case or are they lowercased?
    std::map<std::string, std::pair<int, int>> case_votes;  // keep, lower
    std::map<std::pair<std::string, std::string>, std::map<Script, int>> scripts;
    std::map<std::pair<std::string, std::string>, std::map<std::string, int>> exact, lowered;
    for (const auto& s : train) {
        for (const auto& w : s.words) {
            if (w.lemma == "_" || w.form.empty()) continue;
            std::string lf = ascii::lower(w.form), ll = ascii::lower(w.lemma);
            if (lf != w.form) {
                auto& v = case_votes[w.xpos];
                if (w.lemma == ll) ++v.second;
                else ++v.first;
            }
            Script sc = script_for(lf, ll);
            for (int k = 0; k <= kMaxSuffix; ++k) {
                std::size_t p = suffix_start(lf, k);
                if (p == std::string_view::npos) break;
                ++scripts[{w.xpos, lf.substr(p)}][sc];
            }
            ++exact[{w.form, w.xpos}][w.lemma];
            ++lowered[{lf, w.xpos}][w.lemma];
        }
    }
    for (const auto& [x, v] : case_votes) {
        if (v.first > v.second) m.keep_case_.push_back(hash_bytes(x));
    }
    std::sort(m.keep_case_.begin(), m.keep_case_.end());
    // Rules: keep a suffix only if its best script differs from its parent suffix's, so the
    // longest-match lookup gives the same answer with far fewer entries.
    auto best_of = [](const std::map<Script, int>& c) {
        const Script* best = nullptr;
        int n = -1;
        for (const auto& [s, k] : c) {
            if (k > n) {
                n = k;
                best = &s;
            }
        }
        return *best;
    };
    std::vector<std::tuple<uint64_t, uint8_t, std::string>> rules;
    for (const auto& [key, counts] : scripts) {
        const auto& [xpos, suffix] = key;
        Script best = best_of(counts);
        if (!suffix.empty()) {
            // The parent suffix is this one without its first code point.
            std::size_t first_len = 1;
            while (first_len < suffix.size() &&
                   (static_cast<unsigned char>(suffix[first_len]) & 0xC0) == 0x80) {
                ++first_len;
            }
            std::string parent = suffix.substr(first_len);
            auto pit = scripts.find({xpos, parent});
            if (pit != scripts.end() && best_of(pit->second) == best) continue;
            int total = 0;
            for (const auto& [s, k] : counts) total += k;
            if (total < 2 && suffix.size() > 2) continue;  // a single unseen-word guess
        }
        rules.emplace_back(rule_key(xpos, suffix), best.strip, best.append);
    }
    std::sort(rules.begin(), rules.end());
    for (auto& [k, s, a] : rules) {
        if (!m.rule_keys_.empty() && m.rule_keys_.back() == k) continue;
        m.rule_keys_.push_back(k);
        m.rule_strip_.push_back(s);
        m.rule_append_.push_back(a);
    }
    // Exceptions: seen words whose majority lemma the rules miss.
    std::vector<std::pair<uint64_t, std::string>> exc;
    auto majority = [](const std::map<std::string, int>& c) {
        const std::string* best = nullptr;
        int n = -1;
        for (const auto& [l, k] : c) {
            if (k > n) {
                n = k;
                best = &l;
            }
        }
        return *best;
    };
    for (const auto& [key, counts] : lowered) {
        std::string lemma = majority(counts);
        if (m.apply_rules(key.first, key.second) != lemma) {
            exc.emplace_back(exc_key(key.first, key.second, true), lemma);
        }
    }
    std::sort(exc.begin(), exc.end());
    LemmatizerModel tmp = m;
    for (auto& [k, l] : exc) {
        tmp.exc_keys_.push_back(k);
        tmp.exc_lemmas_.push_back(l);
    }
    for (const auto& [key, counts] : exact) {
        std::string lemma = majority(counts);
        if (tmp.lemmatize(key.first, key.second) != lemma) {
            exc.emplace_back(exc_key(key.first, key.second, false), lemma);
        }
    }
    std::sort(exc.begin(), exc.end());
    for (auto& [k, l] : exc) {
        if (!m.exc_keys_.empty() && m.exc_keys_.back() == k) continue;
        m.exc_keys_.push_back(k);
        m.exc_lemmas_.push_back(l);
    }
    return m;
}

void LemmatizerModel::save(ByteWriter& w) const {
    w.u64(exc_keys_.size());
    for (std::size_t i = 0; i < exc_keys_.size(); ++i) {
        w.u64(exc_keys_[i]);
        w.str(exc_lemmas_[i]);
    }
    w.u64(rule_keys_.size());
    for (std::size_t i = 0; i < rule_keys_.size(); ++i) {
        w.u64(rule_keys_[i]);
        w.u8(rule_strip_[i]);
        w.str(rule_append_[i]);
    }
    w.u64(keep_case_.size());
    for (uint64_t k : keep_case_) w.u64(k);
}

void LemmatizerModel::load(ByteReader& r) {
    uint64_t n = r.u64();
    r.need_items(n, 12);
    exc_keys_.resize(n);
    exc_lemmas_.resize(n);
    for (uint64_t i = 0; i < n; ++i) {
        exc_keys_[i] = r.u64();
        exc_lemmas_[i] = r.str();
        if (i && exc_keys_[i] <= exc_keys_[i - 1]) r.fail("lemma exceptions not sorted");
    }
    n = r.u64();
    r.need_items(n, 13);
    rule_keys_.resize(n);
    rule_strip_.resize(n);
    rule_append_.resize(n);
    for (uint64_t i = 0; i < n; ++i) {
        rule_keys_[i] = r.u64();
        rule_strip_[i] = r.u8();
        rule_append_[i] = r.str();
        if (i && rule_keys_[i] <= rule_keys_[i - 1]) r.fail("lemma rules not sorted");
    }
    n = r.u64();
    r.need_items(n, 8);
    keep_case_.resize(n);
    for (auto& k : keep_case_) k = r.u64();
}

bool LemmatizerModel::operator==(const LemmatizerModel& o) const {
    return exc_keys_ == o.exc_keys_ && exc_lemmas_ == o.exc_lemmas_ &&
           rule_keys_ == o.rule_keys_ && rule_strip_ == o.rule_strip_ &&
           rule_append_ == o.rule_append_ && keep_case_ == o.keep_case_;
}

namespace {

// Lemmatizing is a pure function of (form, XPOS), and running text repeats its words (Zipf), so
// a small direct-mapped memo per thread answers most tokens with one hash and two compares.
// Entries belong to one Lemmatizer (its serial number), never to a model address that a later
// model could reuse.
struct LemmaMemo {
    struct Entry {
        uint64_t owner = 0;  // 0: empty
        std::string form, xpos, lemma;
    };
    static constexpr std::size_t kSize = 1 << 14;
    std::vector<Entry> entries = std::vector<Entry>(kSize);
};

uint64_t next_lemmatizer_serial() {
    static std::atomic<uint64_t> serial{0};
    return ++serial;
}

}  // namespace

Lemmatizer::Lemmatizer(std::shared_ptr<const LemmatizerModel> model,
                       std::shared_ptr<const LemmaLexicon> lexicon)
    : model_(std::move(model)), lexicon_(std::move(lexicon)), serial_(next_lemmatizer_serial()) {}

void Lemmatizer::process(Document& doc) const {
    thread_local LemmaMemo memo;
    for (const Sentence& sent : doc.sentences) {
        for (uint32_t i = sent.first_token; i < sent.end_token && i < doc.tokens.size(); ++i) {
            Token& t = doc.tokens[i];
            uint64_t h = hmix(hash_bytes(t.form), hash_bytes(t.xpos));
            LemmaMemo::Entry& e = memo.entries[h & (LemmaMemo::kSize - 1)];
            if (e.owner != serial_ || e.form != t.form || e.xpos != t.xpos) {
                e.lemma = model_->lemmatize(t.form, t.xpos, lexicon_.get());
                e.form = t.form;
                e.xpos = t.xpos;
                e.owner = serial_;
            }
            t.lemma = e.lemma;
        }
    }
    doc.layers |= kLemmas;
}

}  // namespace claimgraph::extract
