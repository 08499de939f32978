#include "extract/lemma_lexicon.hpp"

#include <algorithm>

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "extract/perceptron.hpp"

namespace claimgraph::extract {

namespace {

uint64_t irregular_key(std::string_view form, uint8_t cls) { return hmix(hash_bytes(form), cls); }

uint8_t class_bit(char c) {
    switch (c) {
        case 'n': return LemmaLexicon::kNoun;
        case 'v': return LemmaLexicon::kVerb;
        case 'a': return LemmaLexicon::kAdj;
        case 'r': return LemmaLexicon::kAdv;
        default: return 0;
    }
}

template <typename T>
void sort_by_key(std::vector<uint64_t>& keys, std::vector<T>& vals) {
    std::vector<std::pair<uint64_t, T>> rows;
    rows.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) rows.emplace_back(keys[i], std::move(vals[i]));
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < rows.size(); ++i) {
        keys[i] = rows[i].first;
        vals[i] = std::move(rows[i].second);
    }
}

}  // namespace

LemmaLexicon LemmaLexicon::parse(std::string_view text, const std::string& path) {
    LemmaLexicon lex;
    std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    lex.keys_.reserve(lines);
    lex.classes_.reserve(lines);
    std::size_t line_no = 0, pos = 0;
    auto fail = [&](const std::string& what) {
        throw InputError(path + ":" + std::to_string(line_no) + ": " + what);
    };
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line_no == 1) {
            if (line != "# claimgraph wordnet-lemmas v1") {
                fail("not a claimgraph lemma lexicon of format version 1: the first line must be "
                     "\"# claimgraph wordnet-lemmas v1\" (regenerate it with "
                     "scripts/gen_wordnet_lemmas.py)");
            }
            continue;
        }
        if (line.empty() || line.front() == '#') continue;
        std::size_t t1 = line.find('\t');
        std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
        if (t1 == std::string_view::npos || t1 == 0) {
            fail("expected \"word<TAB>classes\" or \"form<TAB>class<TAB>lemma\"");
        }
        std::string_view word = line.substr(0, t1);
        std::string_view cls = line.substr(t1 + 1, t2 == std::string_view::npos ? std::string_view::npos : t2 - t1 - 1);
        uint8_t bits = 0;
        for (char c : cls) {
            uint8_t b = class_bit(c);
            if (!b) fail("unknown part-of-speech class '" + std::string(1, c) + "' (use n, v, a, r)");
            bits |= b;
        }
        if (!bits) fail("no part-of-speech class after the word");
        if (t2 == std::string_view::npos) {
            lex.keys_.push_back(hash_bytes(word));
            lex.classes_.push_back(bits);
        } else {
            std::string_view lemma = line.substr(t2 + 1);
            if (lemma.empty() || lemma.find('\t') != std::string_view::npos || cls.size() != 1) {
                fail("an irregular form takes one class and one lemma: \"form<TAB>class<TAB>lemma\"");
            }
            lex.irr_keys_.push_back(irregular_key(word, bits));
            lex.irr_lemmas_.emplace_back(lemma);
        }
    }
    if (line_no == 0) fail("empty file");
    sort_by_key(lex.keys_, lex.classes_);
    sort_by_key(lex.irr_keys_, lex.irr_lemmas_);
    lex.index_.build(lex.keys_);
    lex.irr_index_.build(lex.irr_keys_);
    return lex;
}

std::shared_ptr<const LemmaLexicon> LemmaLexicon::load(const std::string& path) {
    return std::make_shared<const LemmaLexicon>(parse(read_file(path), path));
}

uint8_t LemmaLexicon::classes(std::string_view word) const {
    uint64_t k = hash_bytes(word);
    int64_t p = index_.find(k);
    return p < 0 ? 0 : classes_[p];
}

uint8_t LemmaLexicon::surface_classes(std::string_view w) const {
    uint8_t out = classes(w);
    // Classes of the stems each kind of inflection leaves.
    uint8_t stems[5] = {0, 0, 0, 0, 0};
    std::string stem;
    for (const InflectionRule& rule : kInflectionRules) {
        if (!rule.lemma_only && regular_stem(w, rule, stem)) stems[static_cast<int>(rule.kind)] |= classes(stem);
    }
    out |= stems[static_cast<int>(Inflection::plural_or_3sg)] & (kNoun | kVerb);
    if (stems[static_cast<int>(Inflection::past)] & kVerb) out |= kVerb | kAdj;
    if (stems[static_cast<int>(Inflection::gerund)] & kVerb) out |= kVerb | kAdj | kNoun;
    out |= (stems[static_cast<int>(Inflection::comparative)] |
            stems[static_cast<int>(Inflection::superlative)]) &
           (kAdj | kAdv);
    for (uint8_t c : {kNoun, kVerb, kAdj, kAdv}) {
        if (irregular(w, c)) out |= c == kVerb ? (kVerb | kAdj) : c;
    }
    return out;
}

const std::string* LemmaLexicon::irregular(std::string_view form, uint8_t cls) const {
    uint64_t k = irregular_key(form, cls);
    int64_t p = irr_index_.find(k);
    return p < 0 ? nullptr : &irr_lemmas_[p];
}

}  // namespace claimgraph::extract
