#include "extract/parse_repair.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include <spdlog/spdlog.h>

#include "common/ascii.hpp"

namespace claimgraph::extract {

// Word fields are compared with string_view literals: length first, bytes only when it matches
// (a std::string against a char pointer measures the pointer and compares bytes every time).
using namespace std::string_view_literals;

namespace {

std::string_view base_rel(const std::string& deprel) {
    std::string_view r(deprel);
    auto colon = r.find(':');
    return colon == std::string_view::npos ? r : r.substr(0, colon);
}

bool is_subject(const std::string& deprel) { return deprel == "nsubj" || deprel == "nsubj:pass"; }

bool nominal(const Token& t) { return t.upos == "NOUN"sv || t.upos == "PROPN"sv || t.upos == "PRON"sv; }

// What a sentence holds, as bit sets, so that a repair whose trigger (a relation, a tag, a word)
// is absent returns at once. Only the relations, tags and words some repair asks for have bits.
namespace trigger {
constexpr std::string_view kRels[] = {
    "root", "nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "obl:unmarked", "obl:npmod", "nmod",
    "nmod:poss", "appos", "conj", "cc", "case", "mark", "acl", "acl:relcl", "ccomp", "xcomp",
    "parataxis", "list", "advcl", "vocative", "compound", "nmod:desc", "flat", "amod", "punct", "det",
    "iobj", "cop"};
constexpr std::string_view kTags[] = {"NOUN", "PROPN", "PRON", "VERB", "AUX", "ADJ", "ADP",
                                      "CCONJ", "NUM", "VBN", "VBD", "SCONJ"};
// Compared without case: a bit stands for every capitalisation of its word.
constexpr std::string_view kWords[] = {
    "whose", "by", "both", "either", "neither", "&", "-", "including", "such", "worth",
    "together", "jointly", "along", "well", "which", "who", "that", "after", "before", "since",
    "until", "a", "an", "this", "these", "those", "next", "last", "every", "each", "about",
    "around", "over", "nearly", "almost", "approximately", "roughly", "under", "'s", "'", "(",
    "and", "for", "of", "in", "the", "to", "with", "general", "among", "having", "whom", "?", "free"};
static_assert(std::size(kRels) <= 64 && std::size(kTags) <= 64 && std::size(kWords) <= 64);

// Length and first byte first: most labels and tags differ there, and no library call is made
// for them.
constexpr bool same(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || (!a.empty() && a[0] != b[0])) return false;
    for (std::size_t i = 1; i < a.size(); ++i) {
        if (a[i] != b[i]) return false;
    }
    return true;
}

template <std::size_t N>
constexpr uint64_t bit_of(const std::string_view (&table)[N], std::string_view word) {
    for (std::size_t i = 0; i < N; ++i) {
        if (same(table[i], word)) return uint64_t{1} << i;
    }
    return 0;
}
// The bits of words and labels named in the repairs; a name missing from its table fails to compile.
template <std::size_t N>
consteval uint64_t bits(const std::string_view (&table)[N], std::initializer_list<std::string_view> words) {
    uint64_t out = 0;
    for (std::string_view w : words) {
        const uint64_t b = bit_of(table, w);
        if (b == 0) throw "not in the trigger table";
        out |= b;
    }
    return out;
}
consteval uint64_t rel(std::initializer_list<std::string_view> r) { return bits(kRels, r); }
consteval uint64_t tag(std::initializer_list<std::string_view> t) { return bits(kTags, t); }
consteval uint64_t word(std::initializer_list<std::string_view> w) { return bits(kWords, w); }

// A word's bit by hashing: an open-addressing table built once from a trigger table, with
// ASCII case folded for words.
class BitIndex {
public:
    template <std::size_t N>
    BitIndex(const std::string_view (&table)[N], bool fold) : fold_(fold) {
        for (std::size_t i = 0; i < N; ++i) {
            max_ = std::max(max_, table[i].size());
            std::size_t s = slot(table[i]);
            while (entries_[s].bit != 0) s = (s + 1) & kMask;
            entries_[s] = {table[i], uint64_t{1} << i};
        }
    }
    uint64_t find(std::string_view w) const {
        if (w.empty() || w.size() > max_) return 0;
        for (std::size_t s = slot(w);; s = (s + 1) & kMask) {
            const Entry& e = entries_[s];
            if (e.bit == 0) return 0;
            if (e.word.size() == w.size() && (fold_ ? ascii::iequals(e.word, w) : e.word == w)) return e.bit;
        }
    }

private:
    static constexpr std::size_t kSlots = 256, kMask = kSlots - 1;  // at most 64 of them used
    struct Entry {
        std::string_view word;
        uint64_t bit = 0;
    };
    char at(std::string_view w, std::size_t i) const { return fold_ ? ascii::lower(w[i]) : w[i]; }
    std::size_t slot(std::string_view w) const {
        const auto c = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(at(w, i))); };
        return (w.size() * 131 + c(0) * 31 + c(w.size() - 1) * 7 + c(w.size() / 2)) & kMask;
    }
    bool fold_;
    std::size_t max_ = 0;
    Entry entries_[kSlots];
};
const BitIndex kRelIndex(kRels, false), kTagIndex(kTags, false), kWordIndex(kWords, true);

}  // namespace trigger

// A sentence's tree seen through indices 0..n-1 relative to its first token.
class View {
public:
    // Every change made through the View is logged, so that undo() can give back the parser's
    // tree (a View is one sentence's; one is in use at a time on a thread).
    View(std::vector<Token>& tokens, uint32_t first, uint32_t end)
        : tok_(tokens.data() + first), n_(static_cast<int>(end - first)) {
        changes().used = 0;
    }

    int size() const { return n_; }
    // Read-only: every change goes through the setters below, so that the cached subtree
    // bounds know when the tree changed.
    const Token& operator[](int i) const { return tok_[i]; }
    int head(int i) const { return tok_[i].head; }

    void set_head(int i, int h) {
        remember(i, Field::head);
        tok_[i].head = h;
        bounds_ok_ = false;
    }
    void set_deprel(int i, std::string_view rel) {
        remember(i, Field::deprel);
        tok_[i].deprel.assign(rel);
        note_rel(tok_[i].deprel);
    }
    void set_upos(int i, std::string_view tag) {
        remember(i, Field::upos);
        tok_[i].upos.assign(tag);
        tags_ |= trigger::kTagIndex.find(tok_[i].upos);
    }
    void set_xpos(int i, std::string_view tag) {
        remember(i, Field::xpos);
        tok_[i].xpos.assign(tag);
        tags_ |= trigger::kTagIndex.find(tok_[i].xpos);
    }
    void set_lemma(int i, std::string_view lemma) {
        remember(i, Field::lemma);
        tok_[i].lemma.assign(lemma);
    }

    // Gives every field changed since the View was made its value from before, newest change
    // first.
    void undo() {
        Changes& log = changes();
        for (std::size_t j = log.used; j-- > 0;) {
            const Change& c = log.items[j];
            Token& t = tok_[c.i];
            switch (c.field) {
                case Field::head: t.head = c.head; break;
                case Field::deprel: t.deprel.assign(c.text); break;
                case Field::upos: t.upos.assign(c.text); break;
                case Field::xpos: t.xpos.assign(c.text); break;
                case Field::lemma: t.lemma.assign(c.text); break;
            }
        }
        log.used = 0;
        bounds_ok_ = false;
    }

    // Fills the trigger bits from the sentence; until then every trigger counts as present. The
    // setters add the bits of what they write and no bit is ever taken away, so a bit that is
    // not set means no token has that relation, tag or word now.
    void summarize() {
        rels_ = bases_ = tags_ = words_ = 0;
        for (int i = 0; i < n_; ++i) {
            note_rel(tok_[i].deprel);
            tags_ |= trigger::kTagIndex.find(tok_[i].upos) | trigger::kTagIndex.find(tok_[i].xpos);
            words_ |= trigger::kWordIndex.find(tok_[i].form);
        }
    }
    // Some token has one of these relations (bases: one of these relations before its colon),
    // one of these tags (UPOS or XPOS), one of these words.
    bool has_rel(uint64_t bits) const { return (rels_ & bits) != 0; }
    bool has_base(uint64_t bits) const { return (bases_ & bits) != 0; }
    bool has_tag(uint64_t bits) const { return (tags_ & bits) != 0; }
    bool has_word(uint64_t bits) const { return (words_ & bits) != 0; }

    // True when `anc` dominates `i` (or is i). Bounded climb: a malformed input never loops.
    bool dominates(int anc, int i) const {
        for (int steps = 0; i >= 0 && steps <= n_; ++steps) {
            if (i == anc) return true;
            i = tok_[i].head;
            if (i >= n_) return false;
        }
        return false;
    }

    // out[k] = kYes when `anc` dominates k (as `dominates(anc, k)` answers), else kNo. Each
    // climb stops at the first token already answered; a climb that comes back to a token of
    // its own path is in a cycle without `anc`, which no bounded climb would reach either.
    static constexpr uint8_t kUnknown = 0, kYes = 1, kNo = 2, kOnPath = 3;
    void under(int anc, std::vector<uint8_t>& out, std::vector<int>& path) const {
        out.assign(static_cast<std::size_t>(n_), kUnknown);
        if (anc >= 0 && anc < n_) out[static_cast<std::size_t>(anc)] = kYes;
        for (int k = 0; k < n_; ++k) {
            if (out[static_cast<std::size_t>(k)] != kUnknown) continue;
            path.clear();
            int x = k;
            uint8_t answer = kNo;
            while (true) {
                if (x < 0 || x >= n_) break;
                const uint8_t known = out[static_cast<std::size_t>(x)];
                if (known == kYes || known == kNo) {
                    answer = known;
                    break;
                }
                if (known == kOnPath) break;
                out[static_cast<std::size_t>(x)] = kOnPath;
                path.push_back(x);
                x = tok_[x].head;
            }
            for (int p : path) out[static_cast<std::size_t>(p)] = answer;
        }
    }

    // Leftmost and rightmost token of i's subtree, leaving out the subtree of `skip` (-1: none).
    // Without `skip`, the bounds of every subtree are found in one climb per token and kept
    // until a head changes; with it, one pass marks both subtrees. Same answers as calling
    // `dominates` for every token, cycles and out-of-range heads included.
    std::pair<int, int> span(int i, int skip = -1) const {
        if (skip < 0) {
            if (i < 0 || i >= n_) return {i, i};
            if (!bounds_ok_) compute_bounds();
            const Scratch& s = scratch();
            return {s.lo[static_cast<std::size_t>(i)], s.hi[static_cast<std::size_t>(i)]};
        }
        Scratch& s = scratch();
        under(i, s.in_i, s.path);
        under(skip, s.in_skip, s.path);
        int lo = i, hi = i;
        for (int k = 0; k < n_; ++k) {
            if (s.in_skip[static_cast<std::size_t>(k)] == kYes) continue;
            if (s.in_i[static_cast<std::size_t>(k)] == kYes) {
                lo = std::min(lo, k);
                hi = std::max(hi, k);
            }
        }
        return {lo, hi};
    }

    // The children of h in sentence order, a snapshot taken at the call: loops may move heads
    // while they walk it. Short lists live on the stack.
    class Kids {
    public:
        const int* begin() const { return heap_.empty() ? inline_ : heap_.data(); }
        const int* end() const { return begin() + n_; }
        bool empty() const { return n_ == 0; }
        void push_back(int k) {
            if (n_ < kInline) {
                inline_[n_++] = k;
                return;
            }
            if (heap_.empty()) heap_.assign(inline_, inline_ + kInline);
            heap_.push_back(k);
            ++n_;
        }

    private:
        static constexpr int kInline = 16;
        int inline_[kInline];
        int n_ = 0;
        std::vector<int> heap_;
    };

    // The first token with no head (the root), or -1.
    int root() const {
        for (int i = 0; i < n_; ++i) {
            if (tok_[i].head == -1) return i;
        }
        return -1;
    }

    Kids kids(int h) const {
        Kids out;
        for (int k = 0; k < n_; ++k) {
            if (tok_[k].head == h) out.push_back(k);
        }
        return out;
    }

    // The tokens strictly between a and b are exactly one coordinator, optionally after a comma
    // (returns the coordinator and sets comma), or -1.
    int coordinator_between(int a, int b, int& comma) const {
        comma = -1;
        if (b - a == 2 && tok_[a + 1].upos == "CCONJ"sv) return a + 1;
        if (b - a == 3 && tok_[a + 1].form == ","sv && tok_[a + 2].upos == "CCONJ"sv) {
            comma = a + 1;
            return a + 2;
        }
        return -1;
    }

    void attach(int i, int head, const char* rel) {
        set_head(i, head);
        set_deprel(i, rel);
    }

private:
    // Buffers reused from sentence to sentence (one View is in use at a time on a thread; a new
    // View starts with its bounds unknown, so nothing stale is read).
    struct Scratch {
        std::vector<int> lo, hi, seen, path;
        std::vector<uint8_t> in_i, in_skip;
    };
    static Scratch& scratch() {
        thread_local Scratch s;
        return s;
    }

    // lo[i], hi[i]: the bounds of i's subtree. Each token widens the bounds of every distinct
    // token on its climb (its ancestors, the members of a cycle it runs into included).
    void compute_bounds() const {
        Scratch& s = scratch();
        const auto n = static_cast<std::size_t>(n_);
        s.lo.resize(n);
        s.hi.resize(n);
        s.seen.assign(n, -1);
        for (int i = 0; i < n_; ++i) s.lo[static_cast<std::size_t>(i)] = s.hi[static_cast<std::size_t>(i)] = i;
        for (int k = 0; k < n_; ++k) {
            for (int x = k; x >= 0 && x < n_ && s.seen[static_cast<std::size_t>(x)] != k; x = tok_[x].head) {
                const auto ux = static_cast<std::size_t>(x);
                s.seen[ux] = k;
                s.lo[ux] = std::min(s.lo[ux], k);
                s.hi[ux] = std::max(s.hi[ux], k);
            }
        }
        bounds_ok_ = true;
    }

    enum class Field : uint8_t { head, deprel, upos, xpos, lemma };
    struct Change {
        int i = 0;
        Field field = Field::head;
        int32_t head = 0;
        std::string text;  // kept from sentence to sentence: its buffer is reused
    };
    struct Changes {
        std::vector<Change> items;
        std::size_t used = 0;
    };
    static Changes& changes() {
        thread_local Changes log;
        return log;
    }
    void remember(int i, Field field) {
        Changes& log = changes();
        if (log.used == log.items.size()) log.items.emplace_back();
        Change& c = log.items[log.used++];
        c.i = i;
        c.field = field;
        const Token& t = tok_[i];
        switch (field) {
            case Field::head: c.head = t.head; break;
            case Field::deprel: c.text.assign(t.deprel); break;
            case Field::upos: c.text.assign(t.upos); break;
            case Field::xpos: c.text.assign(t.xpos); break;
            case Field::lemma: c.text.assign(t.lemma); break;
        }
    }

    void note_rel(std::string_view rel) {
        const uint64_t whole = trigger::kRelIndex.find(rel);
        rels_ |= whole;
        std::size_t colon = 0;
        while (colon < rel.size() && rel[colon] != ':') ++colon;
        bases_ |= colon == rel.size() ? whole : trigger::kRelIndex.find(rel.substr(0, colon));
    }

    Token* tok_;
    int n_;
    mutable bool bounds_ok_ = false;
    uint64_t rels_ = ~uint64_t{0}, bases_ = ~uint64_t{0}, tags_ = ~uint64_t{0}, words_ = ~uint64_t{0};
};

bool capitalized_word(const Token& t);

// "The ministry and the university will fund": the second subject is the first one's conjunct;
// "The Institute for Ocean Science has begun": a name's complement, not a second subject.
bool repair_second_subject(View& v) {
    // The first two subjects of each head, in one pass.
    std::vector<std::pair<int, int>> subjects(static_cast<std::size_t>(v.size()) + 1, {-1, -1});
    bool any = false;
    for (int k = 0; k < v.size(); ++k) {
        if (!is_subject(v[k].deprel) || v.head(k) < -1 || v.head(k) >= v.size()) continue;
        auto& slot = subjects[static_cast<std::size_t>(v.head(k) + 1)];
        if (slot.first < 0) {
            slot.first = k;
        } else if (slot.second < 0) {
            slot.second = k;
            any = true;
        }
    }
    if (!any) return false;
    for (const auto& [s1, s2] : subjects) {
        if (s2 < 0) continue;
        int right1 = v.span(s1).second, left2 = v.span(s2).first;
        // A comma or coordinator the parser hung on the second subject still separates the two
        // ("Kenya's Ministry of Education and five Canadian universities launched").
        while (left2 < s2 && (v[left2].form == ","sv || v[left2].upos == "CCONJ"sv) && v.dominates(s2, left2)) ++left2;
        if (right1 >= left2) continue;
        int comma = -1;
        int c = v.coordinator_between(right1, left2, comma);
        if (c >= 0 && nominal(v[s1]) && nominal(v[s2])) {
            v.attach(s2, s1, "conj");
            v.attach(c, s2, "cc");
            if (comma >= 0) v.attach(comma, s2, "punct");
            return true;
        }
        if (left2 - right1 == 2 && v[right1 + 1].form == ","sv && nominal(v[s1]) && nominal(v[s2])) {
            // "Hospitals, clinics and pharmacies must ...": a list whose tail the parser kept
            // together. UD hangs every conjunct on the first.
            std::vector<int> tail;
            bool coordinated = false;
            for (int k : v.kids(s2)) {
                if (v[k].deprel == "conj"sv) {
                    tail.push_back(k);
                    for (int g : v.kids(k)) coordinated = coordinated || v[g].deprel == "cc"sv;
                }
            }
            if (coordinated) {
                v.attach(s2, s1, "conj");
                v.attach(right1 + 1, s2, "punct");
                for (int k : tail) v.set_head(k, s1);
                return true;
            }
        }
        // "Aldren's chief executive, Maria Okafor, said": a name set off by commas right after
        // a subject is that subject's apposition, not a second subject. The commas may hang on
        // either phrase ("Glenmore's managing director, Paul Hendry, said" had the first on
        // "director" and the second on "Paul").
        {
            int end1 = right1, end2 = v.span(s2).second;
            if (end1 > s1 && v[end1].form == ","sv && v.dominates(s1, end1)) --end1;
            if (end2 > s2 && v[end2].form == ","sv && v.dominates(s2, end2)) --end2;
            // "The Federation of Free Unions in Education, the country's largest teachers'
            // union, says": a definite description set off by commas right after a name is the
            // name's apposition too (its phrase opens with "the" or a possessive).
            const std::string& f1 = v[s1].form;
            const bool described =
                v[s2].upos == "NOUN"sv && v[s1].upos != "PRON"sv && !f1.empty() &&
                std::isupper(static_cast<unsigned char>(f1[0])) && left2 < s2 &&
                ((v[left2].upos == "DET"sv && (v[left2].form == "the"sv || v[left2].form == "The"sv)) ||
                 (v[left2].deprel == "nmod:poss"sv && v.dominates(s2, left2)));
            // So is an indefinite description ("The Delft Institute, a Dutch laboratory that
            // competes with X, said"): a subject does not open with "a" after a comma.
            const bool indefinite = v[s2].upos == "NOUN"sv && v[s1].upos == "PROPN"sv && v.head(left2) == s2 &&
                                    (v[left2].form == "a"sv || v[left2].form == "an"sv);
            if (left2 - end1 == 2 && v[end1 + 1].form == ","sv && (v[s2].upos == "PROPN"sv || described || indefinite) &&
                nominal(v[s1]) && end2 + 1 < v.size() && v[end2 + 1].form == ","sv) {
                v.attach(s2, s1, "appos");
                v.attach(end1 + 1, s2, "punct");
                return true;
            }
        }
        // "Toyota and the mining company Fortescue have joined": the name after a conjoined
        // description is that description's name, not a second subject.
        // So after a definite description that ends the first subject's phrase deeper down ("X,
        // a chain that was bought by the private equity firm Greystone Capital, has been rated").
        bool definite = false;
        if (v[right1].upos == "NOUN"sv && right1 != s1) {
            for (int k : v.kids(right1)) definite = definite || (k < right1 && v[k].deprel == "det"sv && ascii::iequals(v[k].form, "the"));
        }
        if (v[s2].upos == "PROPN"sv && s2 > 0 && left2 - 1 == right1 && v[right1].upos == "NOUN"sv &&
            (v[right1].deprel == "conj"sv || definite) && v.dominates(s1, right1)) {
            v.attach(s2, right1, "appos");
            return true;
        }
        // "which Finance Minister Anna Wrobel presented": a capitalised word right before a title
        // the parser hung on the name after it (nmod:desc) modifies the title, not a second
        // subject.
        // So is a name of several words the parser made flat ("Speaking at the launch, Ontario
        // Health Minister Karen Doyle said").
        bool flat_name = right1 >= s1;
        for (int k : v.kids(s1)) flat_name = flat_name && k > s1 && k <= right1 && v[k].deprel == "flat"sv && v[k].upos == "PROPN"sv;
        if (v[s1].upos == "PROPN"sv && v[s2].upos == "PROPN"sv && left2 == right1 + 1 && flat_name &&
            v[left2].upos == "PROPN"sv && v[left2].deprel == "nmod:desc"sv && v.head(left2) == s2) {
            v.attach(s1, left2, "compound");
            return true;
        }
        // "Nordplate commercial director Anders Vik said", "Union president Ana Ruiz said": a
        // name right before a lower-case title (its adjectives first) that the parser hung on the
        // name after it is whose title it is, not a second subject.
        // The name may be of several words ("Harbour Union president Tom Reyes").
        if (v[s1].upos == "PROPN"sv && v[s2].upos == "PROPN"sv && left2 == right1 + 1 && s2 > left2) {
            const int desc = s2 - 1;
            bool title = v[desc].upos == "NOUN"sv && v[desc].deprel == "nmod:desc"sv && v.head(desc) == s2 &&
                         !v[desc].form.empty() && std::islower(static_cast<unsigned char>(v[desc].form[0]));
            for (int k = left2; k < desc && title; ++k) {
                title = v.head(k) == desc && v[k].upos == "ADJ"sv && v[k].deprel == "amod"sv;
            }
            for (int k = v.span(s1).first; k <= right1 && title; ++k) title = v[k].upos == "PROPN"sv;
            if (title) {
                v.attach(s1, desc, "compound");
                return true;
            }
        }
        // "Linwood school board approves budget": a name right before a common noun phrase
        // (lower-case, its modifiers its own) that the parser made a second subject modifies
        // that noun: two subjects are never side by side with nothing between them.
        if (v[s1].upos == "PROPN"sv && v[s2].upos == "NOUN"sv && left2 == right1 + 1 && !v[s2].form.empty() &&
            std::islower(static_cast<unsigned char>(v[s2].form[0])) && v.span(s2).second == s2) {
            bool name = true, phrase = true;
            for (int k = v.span(s1).first; k <= right1 && name; ++k) name = v[k].upos == "PROPN"sv;
            for (int k = left2; k < s2 && phrase; ++k) {
                phrase = v.head(k) == s2 && (v[k].deprel == "compound"sv || v[k].deprel == "amod"sv) &&
                         !v[k].form.empty() && std::islower(static_cast<unsigned char>(v[k].form[0]));
            }
            if (name && phrase) {
                v.attach(s1, s2, "compound");
                return true;
            }
        }
        // "The energy company Lusitan Power will supply": a description right before a name is
        // the name's description, not a second subject.
        if (v[s2].upos == "PROPN"sv && v[s1].upos == "NOUN"sv && right1 == s1 && left2 == s1 + 1) {
            v.attach(s2, s1, "appos");
            return true;
        }
        // "An evaluation commissioned by the ministry and carried out by Leeds University
        // found": no subject begins with "by"; one right after the first subject's phrase is the
        // agent of the last participle inside it, when that has none.
        if (left2 == right1 + 1 && left2 < s2 && ascii::lower(v[left2].form) == "by" && v[left2].deprel == "case"sv &&
            v.head(left2) == s2 && nominal(v[s2])) {
            int part = -1;
            for (int k = right1; k > s1 && part < 0; --k) {
                if (v[k].upos == "VERB"sv && (v[k].xpos == "VBN"sv || v[k].xpos == "VBD"sv) && v.dominates(s1, k)) part = k;
            }
            bool agent = false;
            if (part >= 0) {
                for (int k : v.kids(part)) agent = agent || v[k].deprel == "obl:agent"sv;
            }
            if (part >= 0 && !agent) {
                v.attach(s2, part, "obl:agent");
                return true;
            }
        }
        // "Karen Li, an analyst at the broker Tillman Hayes, said": no subject begins with a
        // preposition; one right after the first subject's phrase completes its last noun.
        if (left2 == right1 + 1 && v[left2].upos == "ADP"sv && v[left2].deprel == "case"sv &&
            nominal(v[right1]) && v[right1].upos != "PRON"sv && v.dominates(s1, right1) && nominal(v[s2])) {
            v.attach(s2, right1, "nmod");
            v.set_head(left2, s2);
            return true;
        }
        if (left2 - right1 == 2 && v[right1 + 1].upos == "ADP"sv && v[s1].upos == "PROPN"sv &&
            v[s2].upos == "PROPN"sv) {
            v.attach(s2, s1, "nmod");
            v.attach(right1 + 1, s2, "case");
            return true;
        }
        // "A Dutch robotics start-up has formed": a common noun phrase cut in two, nothing
        // between, is one phrase whose first part modifies the last noun; a determiner the parser
        // hung on the verb right before it is the phrase's.
        if (left2 == right1 + 1 && v[s1].upos == "NOUN"sv && v[s2].upos == "NOUN"sv && right1 == s1) {
            const int left1 = v.span(s1).first;
            const int verb = v.head(s1);
            v.attach(s1, s2, "compound");
            if (left1 > 0 && v.head(left1 - 1) == verb && v[left1 - 1].upos == "DET"sv) {
                v.attach(left1 - 1, s2, "det");
            }
            return true;
        }
        // "Leeds City Council has approved": a name cut in two, its first words one subject and
        // its last word another, nothing between; the first words modify the last. So when the
        // second part is itself several names ("Lakeshore State University climbed", the parser's
        // subjects "Lakeshore" and "State University").
        bool names_only = left2 <= s2;
        // (Not a title before the name: "University President Karen Whitfield".) A capitalised
        // adjective inside the sentence is a word of the name too ("Sierra Foothills Medical
        // Center will close", the parser's subjects "Sierra Foothills" and "Medical Center").
        for (int k = left2; k <= s2 && names_only; ++k) {
            const bool name_adjective = v[k].upos == "ADJ"sv && v[k].deprel == "amod"sv && k < s2 && k > 0 &&
                                        capitalized_word(v[k]);
            names_only = (v[k].upos == "PROPN"sv || name_adjective) && v[k].deprel != "nmod:desc"sv && v.dominates(s2, k);
        }
        if (left2 == right1 + 1 && names_only && v[s1].upos == "PROPN"sv && v[s2].upos == "PROPN"sv &&
            v[right1].upos == "PROPN"sv) {
            v.attach(s1, s2, "compound");
            return true;
        }
    }
    return false;
}

// "the Federation of Free Unions in Education", "the Centre for Research in Education": a
// capitalised common noun after "in" is no place; hung on a name's head right after that head's
// "of"/"for" complement, it continues the complement (as in "the Institute for Quality in Health
// Care"), so the name keeps its last words.
bool repair_name_in_complement(View& v) {
    if (!(v.has_word(trigger::word({"in"})) && v.has_rel(trigger::rel({"nmod"})))) return false;
    auto capital = [&v](int i) {
        const std::string& f = v[i].form;
        return !f.empty() && std::isupper(static_cast<unsigned char>(f[0]));
    };
    bool changed = false;
    for (int x = 2; x < v.size(); ++x) {
        if (v[x].upos != "NOUN"sv || v[x].deprel != "nmod"sv || !capital(x)) continue;
        const int in = x - 1;
        if (!(v[in].form == "in"sv && v.head(in) == x && v[in].deprel == "case"sv)) continue;
        const int h = v.head(x);
        if (h < 0 || h >= x || !capital(h) || !(v[h].upos == "NOUN"sv || v[h].upos == "PROPN"sv)) continue;
        int comp = -1;  // the head's complement whose phrase ends right before "in"
        for (int k : v.kids(h)) {
            if (k > h && k < in && v[k].deprel == "nmod"sv && v.span(k).second == in - 1 && capital(k)) comp = k;
        }
        if (comp < 0) continue;
        bool of_for = false;
        for (int c : v.kids(comp)) {
            of_for = of_for || (c < comp && v[c].deprel == "case"sv && (v[c].form == "of"sv || v[c].form == "for"sv));
        }
        if (!of_for) continue;
        v.attach(x, comp, "nmod");
        changed = true;
    }
    return changed;
}

// "the fisheries ministries of Norway signed": a noun takes no object; a plural noun the parser
// made the object of the plural noun right before it heads that phrase, the first noun its
// compound ("fisheries ministries", "health workers"). Compounds of the second noun may stand
// between them when the first is a verb's object and a singular the tagger took for a plural (its
// lemma is its form: "will open census support centres"); not in "doctors answer questions",
// where a verb tagged a noun stands between a subject and its object.
bool repair_noun_object(View& v) {
    if (!(v.has_rel(trigger::rel({"obj"})) && v.has_tag(trigger::tag({"NOUN"})))) return false;
    for (int x = 1; x < v.size(); ++x) {
        const int h = v.head(x);
        if (h < 0 || h >= x || v[x].upos != "NOUN"sv || v[x].deprel != "obj"sv || v[h].upos != "NOUN"sv) continue;
        bool compounds_between = true;
        for (int k = h + 1; k < x; ++k) {
            compounds_between = compounds_between && v.head(k) == x && v[k].deprel == "compound"sv && v[k].upos == "NOUN"sv;
        }
        if (!compounds_between) continue;
        if (x > h + 1 && (v[h].deprel != "obj"sv || !ascii::iequals(v[h].lemma, v[h].form))) continue;
        if (v[h].xpos != "NNS"sv || v[x].xpos != "NNS"sv) continue;
        const int top = v.head(h);
        const std::string rel = v[h].deprel;
        for (int k : v.kids(h)) {
            if (k != x) v.set_head(k, x);
        }
        v.attach(x, top, rel.c_str());
        v.attach(h, x, "compound");
        return true;
    }
    return false;
}

// "Having acquired Pellham Foods in 2019, the group now plans to expand": the parser, which has
// seen few such openings, may read "having" as a copula or a verb and the participle as an
// adjective or its object. An opening "having" and past participle make a perfect participle
// clause up to the first comma: the participle heads it, "having" its auxiliary, the words
// before the comma its object and modifiers; the first verb after the comma hung outside that
// stretch is the sentence's root, and the participle clause its adverbial.
bool repair_having_participle(View& v) {
    if (!(v.has_word(trigger::word({"having"})) && v.has_tag(trigger::tag({"VBN"})))) return false;
    const int n = v.size();
    if (n < 6 || !ascii::iequals(v[0].form, "having") || v[1].upos != "VERB"sv || v[1].xpos != "VBN"sv) return false;
    int c = 2;
    while (c < n && v[c].form != ","sv) ++c;
    if (c + 2 >= n) return false;
    int m = -1;
    for (int k = c + 1; k < n && m < 0; ++k) {
        if (v[k].upos == "VERB"sv && (v.head(k) < c || v.head(k) < 0)) m = k;
    }
    if (m < 0 || (v.head(1) == m && v[1].deprel == "advcl"sv && v.head(0) == 1)) return false;
    v.attach(m, -1, "root");
    v.attach(1, m, "advcl");
    v.attach(0, 1, "aux");
    bool object = false;
    for (int k = 2; k < c; ++k) {
        const int h = v.head(k);
        if (h >= 1 && h < c) continue;  // inside the clause already
        if (!object && nominal(v[k])) {
            v.attach(k, 1, "obj");
            object = true;
        } else {
            v.set_head(k, 1);
        }
    }
    v.attach(c, 1, "punct");
    for (int k = c + 1; k < n; ++k) {
        if (k != m && v.head(k) >= 0 && v.head(k) < c) v.set_head(k, m);
    }
    return true;
}

// "Launched in March by the health ministry, the scheme offers grants": a sentence that opens
// with a past participle and its phrases, then a comma and a clause with its own subject. The
// parser may make the participle the root and the clause its parataxis; the clause's verb is the
// root and the participle's clause an adverbial one on it. A "by" phrase the parser hung on a
// noun of the participle's phrase (the time before it) names the participle's doer.
bool repair_opening_participle_root(View& v) {
    if (!(v.has_rel(trigger::rel({"parataxis", "ccomp", "nsubj:pass", "acl:relcl"})) && v.has_tag(trigger::tag({"VBN", "VBD"})))) return false;
    // "Having funded the project in 2019, the trust now plans": a perfect participle opens the
    // sentence just the same, its "having" the only auxiliary.
    const int p = v.size() > 1 && ascii::iequals(v[0].form, "having") && v.head(0) == 1 && v[0].deprel == "aux"sv ? 1 : 0;
    if (v.size() < 6 + p || v.head(p) >= 0 || v[p].upos != "VERB"sv ||
        (v[p].xpos != "VBN"sv && v[p].xpos != "VBD"sv)) {
        return false;
    }
    int c = -1, desc = -1;
    for (int k : v.kids(p)) {
        // "Born in Tromsø, the daughter of a fisherman, Solheim studied": a common noun set off
        // by commas after the participle's phrase, taken for its passive subject, describes the
        // main clause's subject (checked below).
        if (v[k].deprel == "nsubj:pass"sv && v[k].upos == "NOUN"sv && desc < 0 && k > 2 + p) {
            desc = k;
            continue;
        }
        if (is_subject(v[k].deprel) || (k != 0 && v[k].deprel == "aux"sv) || v[k].deprel == "aux:pass"sv) return false;
        // (or its complement clause: a participle set off by a comma takes none)
        if (c < 0 && (v[k].deprel == "parataxis"sv || v[k].deprel == "ccomp"sv) &&
            (v[k].upos == "VERB"sv || v[k].upos == "AUX"sv)) {
            c = k;
        }
    }
    if (c < 0 && desc >= 0) {
        // (the main clause may hang on the description instead)
        for (int k : v.kids(desc)) {
            const std::string_view b = base_rel(v[k].deprel);
            if (c < 0 && k > desc && v[k].upos == "VERB"sv &&
                (b == "parataxis"sv || b == "acl"sv || b == "advcl"sv || b == "ccomp"sv)) {
                c = k;
            }
        }
    }
    if (c < 0) {
        // "Founded in 1961 in Eindhoven, the company employs ...": the main clause taken for a
        // relative clause on the participle's last noun; its subject is no relative pronoun and
        // follows the participle's comma.
        for (int x = 3 + p; x < v.size() && c < 0; ++x) {
            if (v[x].upos != "VERB"sv || v[x].deprel != "acl:relcl"sv || !v.dominates(p, x)) continue;
            for (int k : v.kids(x)) {
                if (k < x && v[k].deprel == "nsubj"sv && v[k].upos == "NOUN"sv && v.span(k).first >= 1 &&
                    v[v.span(k).first - 1].form == ","sv && v.head(v.span(k).first - 1) == x) {
                    c = x;
                }
            }
        }
    }
    if (c < 0) return false;
    int subj = -1;
    for (int k : v.kids(c)) {
        if (is_subject(v[k].deprel) && k < c) subj = k;
    }
    if (subj < 0) return false;
    const int comma = v.span(subj).first - 1;
    if (comma < 2 || v[comma].form != ","sv) return false;
    int open = comma;  // the comma that ends the participle's phrase
    if (desc >= 0) {
        // The description fills the stretch between the participle's comma and the subject's,
        // and the subject is a name.
        const auto [dlo, dhi] = v.span(desc, c);
        open = v[dlo].form == ","sv ? dlo : dlo - 1;
        if (dhi != comma - 1 || open < 2 || v[open].form != ","sv || v[subj].upos != "PROPN"sv) return false;
    }
    // The participle's own words all come before the comma.
    for (int k = 1; k < comma; ++k) {
        if (!v.dominates(p, k) || v.dominates(c, k)) return false;
    }
    if (desc >= 0) {
        // The name stays the subject, the description its apposition.
        v.attach(desc, subj, "appos");
    }
    v.attach(c, -1, "root");
    v.attach(p, c, "advcl");
    v.set_xpos(p, "VBN");  // with no subject of its own, the past form is a participle
    v.attach(open, p, "punct");
    for (int k : v.kids(p)) {
        if (k > comma) v.set_head(k, c);
    }
    // The doer: a "by" phrase on a noun of the participle's phrase.
    for (int k = 2 + p; k < comma; ++k) {
        const int h = v.head(k);
        if (base_rel(v[k].deprel) != "nmod"sv || !nominal(v[k]) || v[k].upos == "PRON"sv || h <= p ||
            v.head(h) != p || base_rel(v[h].deprel) != "obl"sv) {
            continue;
        }
        bool by = false;
        for (int g : v.kids(k)) by = by || (g < k && v[g].deprel == "case"sv && ascii::iequals(v[g].form, "by"));
        if (by) v.attach(k, p, "obl:agent");
    }
    return true;
}

// "After five days of talks in Bergen, the ministries signed an agreement": a sentence that opens
// with a prepositional phrase, a comma and a clause whose verb has no subject; the parser may
// make the phrase's noun the root, the clause's subject its apposition and the verb a conjunct
// (of the root or of the apposition). A phrase with a preposition is no root: the verb is, the
// apposition its subject and the phrase its oblique.
bool repair_fronted_phrase_root(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_rel(trigger::rel({"appos"})) &&
          v.has_tag(trigger::tag({"ADP"})))) return false;
    const int r = v.root();
    if (r < 1 || !(v[r].upos == "NOUN"sv || v[r].upos == "PROPN"sv)) return false;
    if (!(v[0].upos == "ADP"sv && v.head(0) == r && v[0].deprel == "case"sv)) return false;
    const View::Kids kids = v.kids(r);
    int subj = -1, verb = -1;
    for (int k : kids) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "cop" || b == "nsubj" || b == "aux") return false;
        if (k > r && b == "appos" && subj < 0 && nominal(v[k]) && v[k].upos != "PRON"sv) subj = k;
    }
    if (subj < 0) return false;
    for (int k : kids) {
        if (k > subj && verb < 0 && v[k].deprel == "conj"sv && v[k].upos == "VERB"sv) verb = k;
    }
    if (verb < 0) {
        for (int k : v.kids(subj)) {
            if (k > subj && verb < 0 && v[k].deprel == "conj"sv && v[k].upos == "VERB"sv) verb = k;
        }
    }
    if (verb < 0) return false;
    for (int k : v.kids(verb)) {
        const std::string_view b = base_rel(v[k].deprel);
        if (is_subject(v[k].deprel) || b == "cc" || b == "mark") return false;
    }
    const auto [left, right] = v.span(subj, verb);
    if (left < 1 || v[left - 1].form != ","sv || right >= verb) return false;
    // Nothing but the verb's auxiliaries or adverbs between the subject's phrase and the verb.
    for (int w = right + 1; w < verb; ++w) {
        if (!(v.head(w) == verb && (v[w].upos == "AUX"sv || v[w].upos == "ADV"sv || v[w].upos == "PART"sv))) return false;
    }
    const int comma = left - 1;
    v.attach(verb, -1, "root");
    v.attach(subj, verb, "nsubj");
    v.attach(r, verb, "obl");
    v.attach(comma, verb, "punct");
    for (int k : kids) {
        if (k > verb) v.set_head(k, verb);
    }
    return true;
}

// "urged the government to use the new access": a "to" infinitive has no subject of its own
// (but after "for": "for the council to decide"); when the parser makes the noun phrase before
// it the subject of a clausal complement, that phrase is the governing verb's object and the
// infinitive its open complement, as UD annotates "urge X to do".
bool repair_infinitive_subject(View& v) {
    if (!(v.has_word(trigger::word({"to"})) && v.has_rel(trigger::rel({"ccomp"})))) return false;
    bool changed = false;
    for (int x = 2; x < v.size(); ++x) {
        if (v[x].upos != "VERB"sv || v[x].deprel != "ccomp"sv) continue;
        const int g = v.head(x);
        if (g < 0 || g >= x || v[g].upos != "VERB"sv) continue;
        int subj = -1, to = -1;
        bool other = false;
        for (int k : v.kids(x)) {
            if (k > x) continue;
            if (v[k].deprel == "nsubj"sv) subj = k;
            else if (v[k].deprel == "mark"sv && v[k].form == "to"sv && v[k].upos == "PART"sv) to = k;
            else if (v[k].deprel == "mark"sv || v[k].upos == "AUX"sv) other = true;
        }
        if (subj < 0 || to != x - 1 || other || subj <= g || v.span(subj).second != to - 1) continue;
        if (!nominal(v[subj])) continue;
        bool for_mark = false;  // "for the council to decide"
        const int left = v.span(subj).first;
        for_mark = left > 0 && ascii::lower(v[left - 1].form) == "for";
        if (for_mark) continue;
        v.attach(subj, g, "obj");
        v.set_deprel(x, "xcomp");
        changed = true;
    }
    return changed;
}

// "called the findings \"encouraging but early\"": a coordinator is no argument; when the parser
// makes one an object with the second conjunct hanging on it, it joins that conjunct to the word
// it hung on.
bool repair_coordinator_argument(View& v) {
    if (!v.has_tag(trigger::tag({"CCONJ"}))) return false;
    bool changed = false;
    for (int c = 1; c + 1 < v.size(); ++c) {
        if (v[c].upos != "CCONJ"sv) continue;
        const std::string_view b = base_rel(v[c].deprel);
        if (b != "obj" && b != "nsubj" && b != "obl" && b != "iobj") continue;
        const int h = v.head(c);
        if (h < 0 || h >= c) continue;
        int second = -1;
        for (int k : v.kids(c)) {
            if (k == c + 1) second = k;
        }
        if (second < 0 || !(v[second].upos == "ADJ"sv || v[second].upos == "VERB"sv || v[second].upos == "ADV"sv)) continue;
        v.attach(second, h, "conj");
        v.attach(c, second, "cc");
        changed = true;
    }
    return changed;
}

// "Exchanges and cooperation can provide ...": parsed with "exchanges" as the root and
// "provide" as its conjunct carrying "cooperation" as subject. The verb is the root and the two
// nouns are its coordinated subject.
// The root when it is a noun or a name with no word of a clause of its own (a subject, a
// copula, an auxiliary, a marker, a preposition) and the sentence has a verb's conjunct; else -1.
int nominal_root_with_conjunct(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_tag(trigger::tag({"VERB"})))) return -1;
    const int r = v.root();
    if (r < 0 || (v[r].upos != "NOUN"sv && v[r].upos != "PROPN"sv)) return -1;
    for (int k : v.kids(r)) {
        std::string_view b = base_rel(v[k].deprel);
        if (b == "cop" || b == "nsubj" || b == "expl" || b == "case" || b == "aux" || b == "mark") return -1;
    }
    return r;
}

bool repair_nominal_root(View& v) {
    const int r = nominal_root_with_conjunct(v);
    if (r < 0) return false;
    const View::Kids kids = v.kids(r);
    for (int verb : kids) {
        if (verb < r || v[verb].deprel != "conj"sv || v[verb].upos != "VERB"sv) continue;
        int subj = -1;
        for (int k : v.kids(verb)) {
            if (is_subject(v[k].deprel) && k > r && k < verb) subj = k;
        }
        if (subj < 0 || !nominal(v[subj])) continue;
        // The end of the noun's own phrase: its subtree left of the subject, minus the verb's.
        int own_right = r;
        for (int k = r + 1; k < subj; ++k) {
            if (!v.dominates(verb, k) && v.dominates(r, k)) own_right = k;
        }
        int comma = -1;
        int c = v.coordinator_between(own_right, v.span(subj).first, comma);
        if (c < 0) continue;
        std::string subj_rel = v[subj].deprel;
        v.attach(verb, -1, "root");
        v.attach(r, verb, subj_rel.c_str());
        v.attach(subj, r, "conj");
        v.attach(c, subj, "cc");
        if (comma >= 0) v.attach(comma, subj, "punct");
        // What hung on the noun to the right of the verb belongs to the clause.
        for (int k : kids) {
            if (k > verb) v.set_head(k, verb);
        }
        return true;
    }
    return false;
}

// "Varden Logistics, based in Leeds, employs 400 drivers": a name with a phrase set off by commas
// after it (a participle, an apposition), then a finite verb with no subject of its own, that the
// parser made the root with the verb its conjunct. With no coordinator before the verb, the verb
// is the root, the name its subject and the set-off phrase the name's.
bool repair_set_off_phrase_root(View& v) {
    const int r = nominal_root_with_conjunct(v);
    if (r < 0) return false;
    const View::Kids kids = v.kids(r);
    for (int k : kids) {
        if (v[k].deprel == "cc"sv) return false;
    }
    for (int verb : kids) {
        if (verb < r || v[verb].deprel != "conj"sv || v[verb].upos != "VERB"sv ||
            (v[verb].xpos != "VBZ"sv && v[verb].xpos != "VBD"sv && v[verb].xpos != "VBP"sv)) {
            continue;
        }
        const int comma = verb - 1;
        if (v[comma].form != ","sv) continue;
        bool own = false;
        for (int k : v.kids(verb)) own = own || is_subject(v[k].deprel) || (k < verb && k != comma);
        if (own) continue;
        // The set-off phrase: one dependent of the name between it and the verb, a comma before
        // it and the verb's comma right after it.
        int phrase = -1, count = 0;
        for (int k : kids) {
            if (k > r && k < verb && v[k].upos != "PUNCT"sv && v[k].deprel != "flat"sv && v[k].deprel != "compound"sv) {
                phrase = k;
                ++count;
            }
        }
        if (count != 1) return false;
        const auto [plo, phi] = v.span(phrase);
        const int open = v[plo].form == ","sv ? plo : plo - 1;  // (the phrase may hold its commas)
        if (open <= r || v[open].form != ","sv || (phi != comma - 1 && phi != comma)) return false;
        const char* rel = v[phrase].upos == "VERB"sv ? "acl" : nominal(v[phrase]) ? "appos" : nullptr;
        if (rel == nullptr) return false;
        v.attach(verb, -1, "root");
        v.attach(r, verb, "nsubj");
        v.set_deprel(phrase, rel);
        v.set_head(comma, phrase);
        for (int k : kids) {
            if (k > verb) v.set_head(k, verb);
        }
        return true;
    }
    return false;
}

// The verb becomes the root with the role noun `r` its subject and the name its apposition, the
// comma `close` after the name closing it; what hung on the noun after that comma is the clause's.
void hang_role_on_verb(View& v, int r, int name, int verb, int close) {
    v.attach(verb, -1, "root");
    v.attach(r, verb, "nsubj");
    v.attach(name, r, "appos");
    v.attach(close, name, "punct");
    for (int k : v.kids(r)) {
        if (k > close) v.set_head(k, verb);
    }
}

// "Its director-general, Pimchanok Suwan, said ...": a role noun, the name set off by commas
// and the verb, which the parser may read as a list of three with the role noun the root. When
// the noun's two conjuncts have no coordinator, the name is the noun's apposition and the noun
// the verb's subject.
bool repair_role_name_list_root(View& v) {
    const int r = v.root();
    if (r < 0 || v[r].upos != "NOUN"sv) return false;
    int name = -1, verb = -1;
    for (int k : v.kids(r)) {
        if (v[k].deprel != "conj"sv || k < r) continue;
        if (name < 0 && v[k].upos == "PROPN"sv) {
            name = k;
        } else if (name >= 0 && verb < 0 && v[k].upos == "VERB"sv) {
            verb = k;
        }
    }
    if (name < 0 || verb < 0) return false;
    for (int k : v.kids(name)) {
        if (v[k].deprel == "cc"sv) return false;
    }
    for (int k : v.kids(verb)) {
        if (v[k].deprel == "cc"sv || is_subject(v[k].deprel)) return false;
    }
    // The commas around the name (the parser hangs them on the name or on its neighbours).
    const auto [lo, hi] = v.span(name);
    const int open = v[lo].form == ","sv ? lo : lo - 1;
    const int close = v[hi].form == ","sv ? hi : hi + 1;
    if (open <= r || close + 1 >= v.size() || v[open].form != ","sv || v[close].form != ","sv ||
        v.span(verb).first > close + 1) {
        return false;
    }
    for (int k = r + 1; k < open; ++k) {
        if (!v.dominates(r, k) || v.dominates(name, k) || v.dominates(verb, k)) return false;
    }
    hang_role_on_verb(v, r, name, verb, close);
    return true;
}

// "The college's principal, Margaret Olsen, described the plan as ...": the parser may make the
// role noun the root and the name set off by commas the subject of the verb, a parataxis of the
// noun. The name is the noun's apposition and the noun the verb's subject.
bool repair_role_name_parataxis_root(View& v) {
    if (!(v.has_rel(trigger::rel({"parataxis", "conj", "nsubj"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    const int r = v.root();
    if (r < 0 || v[r].upos != "NOUN"sv) return false;
    for (int k : v.kids(r)) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "cop" || b == "nsubj" || b == "case" || b == "mark") return false;
    }
    for (int verb : v.kids(r)) {
        // (or a conjunct with no coordinator: "Its director, X, points out that")
        if (verb < r || (v[verb].deprel != "parataxis"sv && v[verb].deprel != "conj"sv) || v[verb].upos != "VERB"sv) continue;
        bool cc = false;
        for (int k : v.kids(verb)) cc = cc || v[k].deprel == "cc"sv;
        if (cc) continue;
        int name = -1, subjects = 0;
        for (int k : v.kids(verb)) {
            if (!is_subject(v[k].deprel)) continue;
            ++subjects;
            if (k > r && k < verb && v[k].upos == "PROPN"sv) name = k;
        }
        if (name < 0 || subjects != 1) continue;
        const auto [lo, hi] = v.span(name);
        const int open = lo - 1, close = hi + 1;
        if (open <= r || close >= verb || v[open].form != ","sv || v[close].form != ","sv) continue;
        bool own = true;  // the role's phrase ends at the first comma
        for (int k = r + 1; k < open; ++k) own = own && v.dominates(r, k) && !v.dominates(verb, k);
        for (int k = close + 1; k < verb; ++k) own = own && v.dominates(verb, k);
        if (!own) continue;
        v.attach(open, name, "punct");
        hang_role_on_verb(v, r, name, verb, close);
        return true;
    }
    return false;
}

// "..., and its chief executive, Martin Hale, is expected to run it": a role noun with a
// possessor, then a name set off by commas that the parser made the verb's subject, the role
// noun hung on the verb as a clause or an oblique. The role noun is the subject and the name its
// apposition, wherever the clause stands (the root case is the parataxis repair's above).
bool repair_role_name_clause_subject(View& v) {
    if (!(v.has_rel(trigger::rel({"nmod:poss"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    bool changed = false;
    for (int verb = 4; verb < v.size(); ++verb) {
        if (v[verb].upos != "VERB"sv && v[verb].upos != "AUX"sv) continue;
        int name = -1, subjects = 0;
        for (int k : v.kids(verb)) {
            if (!is_subject(v[k].deprel)) continue;
            ++subjects;
            if (k < verb && v[k].upos == "PROPN"sv) name = k;
        }
        if (name < 0 || subjects != 1) continue;
        const auto [lo, hi] = v.span(name);
        // The commas may hang on the name or outside it.
        const int open = v[lo].form == ","sv ? lo : lo - 1;
        const int close = v[hi].form == ","sv ? hi : hi + 1;
        if (open < 2 || close >= verb || close <= name || v[open].form != ","sv || v[close].form != ","sv) continue;
        int r = open - 1;  // the role's head: climbed from the word before the comma (bounded)
        for (int steps = 0; steps < v.size() && v.head(r) >= 0 && v.head(r) != verb && v.head(r) < open; ++steps) {
            r = v.head(r);
        }
        if (v.head(r) != verb || v[r].upos != "NOUN"sv) continue;
        const std::string_view b = base_rel(v[r].deprel);
        if (b != "advcl"sv && b != "obl"sv && b != "obj"sv && b != "dep"sv && b != "nmod"sv) continue;
        bool poss = false;
        for (int k : v.kids(r)) poss = poss || (k < r && v[k].deprel == "nmod:poss"sv);
        const auto [rlo, rhi] = v.span(r);
        if (!poss || (rhi != open - 1 && rhi != open) || rlo < 1) continue;
        // The role opens its clause: after a coordinator or a comma.
        if (v[rlo - 1].upos != "CCONJ"sv && v[rlo - 1].form != ","sv) continue;
        const std::string rel = v[name].deprel;
        v.attach(r, verb, rel.c_str());
        v.attach(name, r, "appos");
        v.attach(open, name, "punct");
        v.attach(close, name, "punct");
        changed = true;
    }
    // Or the parser made the role a conjunct of the first clause's verb, with the name its
    // apposition and the next verb, with no subject of its own, another conjunct: the role is
    // that verb's subject, and the coordinator goes with the verb.
    for (int r = 3; r + 4 < v.size(); ++r) {
        const int first = v.head(r);
        if (v[r].upos != "NOUN"sv || v[r].deprel != "conj"sv || first < 0 || first >= r || v[first].upos != "VERB"sv) continue;
        int cc = -1, name = -1;
        bool poss = false;
        for (int k : v.kids(r)) {
            if (k < r && v[k].deprel == "cc"sv) cc = k;
            if (k < r && v[k].deprel == "nmod:poss"sv) poss = true;
            if (k > r && v[k].deprel == "appos"sv && v[k].upos == "PROPN"sv && name < 0) name = k;
        }
        if (cc < 1 || !poss || name < 0 || v[r + 1].form != ","sv || v[cc - 1].form != ","sv) continue;
        const int close = v.span(name).second + 1;
        if (close >= v.size() || v[close].form != ","sv) continue;
        int verb = -1;
        for (int k : v.kids(first)) {
            if (k > close && verb < 0 && (v[k].deprel == "conj"sv || v[k].deprel == "parataxis"sv) &&
                (v[k].upos == "VERB"sv || v[k].upos == "AUX"sv)) {
                verb = k;
            }
        }
        if (verb < 0) continue;
        bool ok = true;  // no subject or coordinator of its own, and nothing else before it
        for (int k : v.kids(verb)) ok = ok && !is_subject(v[k].deprel) && v[k].deprel != "cc"sv && v[k].deprel != "mark"sv;
        for (int k = close + 1; k < verb; ++k) ok = ok && v.dominates(verb, k);
        if (!ok) continue;
        v.attach(verb, first, "conj");
        v.attach(r, verb, "nsubj");
        v.attach(cc, verb, "cc");
        v.attach(cc - 1, verb, "punct");
        v.attach(close, name, "punct");
        changed = true;
    }
    return changed;
}

// "according to figures published by Ofgem, which administers the grant": a relative clause set
// off by a comma right after a participle's named agent is said of that name, the nearest noun
// phrase; the parser may hang it on the noun the participle modifies.
bool repair_relative_on_agent_name(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl", "obl:agent"})) && v.has_word(trigger::word({"which", "who"})))) {
        return false;
    }
    bool changed = false;
    for (int k = 4; k < v.size(); ++k) {
        if (v[k].deprel != "acl:relcl"sv) continue;
        int w = -1;  // the relative pronoun opening the clause, right after a comma
        for (int c : v.kids(k)) {
            if (c < k && is_subject(v[c].deprel) && (ascii::iequals(v[c].form, "which") || ascii::iequals(v[c].form, "who"))) w = c;
        }
        if (w < 3 || v[w - 1].form != ","sv) continue;
        int name = w - 2;  // the agent's head: climbed from its last word (bounded)
        for (int steps = 0; steps < v.size() && v.head(name) > name && v.head(name) < w - 1 &&
                            (v[name].deprel == "flat"sv || v[name].deprel == "compound"sv);
             ++steps) {
            name = v.head(name);
        }
        for (int steps = 0; steps < v.size() && v[name].deprel == "flat"sv && v.head(name) >= 0 && v.head(name) < name; ++steps) {
            name = v.head(name);
        }
        if (v[name].upos != "PROPN"sv || v[name].deprel != "obl:agent"sv || v.span(name).second > w - 1) continue;
        const int part = v.head(name);
        if (part < 0 || v[part].deprel != "acl"sv || v[part].xpos != "VBN"sv || v.head(part) != v.head(k)) continue;
        v.attach(k, name, "acl:relcl");
        v.attach(w - 1, k, "punct");
        changed = true;
    }
    return changed;
}

// "Redwater, critics say, sold the offices", "Smaller bidders, the report found, were shut out":
// a short report clause set off by commas right after the sentence's opening noun phrase is a
// parenthesis; the parser may make it the main clause (the phrase its subject or oblique, the
// verb after it its complement). The verb after the second comma, with no subject of its own, is
// the main verb, the opening phrase its subject and the report clause its parataxis.
bool repair_parenthetical_report(View& v) {
    if (!(v.has_rel(trigger::rel({"nsubj"})) && v.has_tag(trigger::tag({"VERB"})))) return false;
    const int n = v.size();
    int c1 = 1;
    while (c1 < n && v[c1].form != ","sv) ++c1;
    if (c1 >= n - 4 || c1 > 8) return false;
    int subj = -1;  // the opening phrase's head: its one word hung outside it
    for (int k = 0; k < c1; ++k) {
        if (v.head(k) >= 0 && v.head(k) < c1) continue;
        if (subj >= 0) return false;
        subj = k;
    }
    if (subj < 0 || !nominal(v[subj]) || v[subj].upos == "PRON"sv) return false;
    int c2 = c1 + 2;
    while (c2 < n && c2 <= c1 + 5 && v[c2].form != ","sv) ++c2;
    if (c2 >= n - 2 || v[c2].form != ","sv) return false;
    const int say = c2 - 1;
    const std::string& x = v[say].xpos;
    if (v[say].upos != "VERB"sv || (x != "VBD"sv && x != "VBZ"sv && x != "VBP"sv)) return false;
    bool has_subj = false;
    for (int k : v.kids(say)) has_subj = has_subj || (is_subject(v[k].deprel) && k > c1 && k < say);
    if (!has_subj) return false;
    for (int k = c1 + 1; k < say; ++k) {
        if (!v.dominates(say, k)) return false;
    }
    // The rest is one clause whose verb has no subject.
    const int end = v[n - 1].upos == "PUNCT"sv ? n - 1 : n;
    int verb = -1;
    for (int k = c2 + 1; k < end; ++k) {
        if (v.head(k) > c2 && v.head(k) < end) continue;
        if (verb >= 0) return false;
        verb = k;
    }
    if (verb < 0 || v[verb].upos != "VERB"sv) return false;
    bool passive = false;
    for (int k : v.kids(verb)) {
        if (is_subject(v[k].deprel) || v[k].deprel == "mark"sv) return false;
        passive = passive || v[k].deprel == "aux:pass"sv;
    }
    // An opening phrase the parser already made that verb's subject needs nothing.
    if (v.head(subj) == verb) return false;
    v.attach(verb, -1, "root");
    v.attach(subj, verb, passive ? "nsubj:pass" : "nsubj");
    v.attach(say, verb, "parataxis");
    v.attach(c1, say, "punct");
    v.attach(c2, say, "punct");
    if (end < n) v.attach(n - 1, verb, "punct");
    for (int k = 0; k < c1; ++k) {
        if (k != subj && !v.dominates(subj, k)) v.set_head(k, subj);
    }
    for (int k = c2 + 1; k < end; ++k) {
        if (k != verb && !v.dominates(verb, k)) v.set_head(k, verb);
    }
    return true;
}

// "Fair Energy Watch opposes the plan": a capitalised adjective opening the sentence right before
// a name is the name's first word; the parser may make it the root and the verb, whose subject
// the rest of the name is, its parataxis, complement or adverbial clause ("Golden Oak Health,
// the system that ..., said"). The verb is the root.
bool repair_adjective_name_root(View& v) {
    if (!(v.has_tag(trigger::tag({"ADJ"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    if (v.size() < 4 || v.head(0) >= 0 || v[0].upos != "ADJ"sv || v[1].upos != "PROPN"sv) return false;
    int name = 1;  // the name's head: its other words hang on it
    int e = 1;
    while (e + 1 < v.size() && v[e + 1].upos == "PROPN"sv) ++e;
    for (int k = 1; k <= e; ++k) {
        if (v.head(k) < 1 || v.head(k) > e) name = k;
    }
    for (int k = 1; k <= e; ++k) {
        if (k != name && (v.head(k) < 1 || v.head(k) > e)) return false;
    }
    const int verb = v.head(name);
    if (verb <= e || !is_subject(v[name].deprel) || v.head(verb) != 0 || v[verb].upos != "VERB"sv) return false;
    const std::string_view r = base_rel(v[verb].deprel);
    if (r != "parataxis"sv && r != "ccomp"sv && r != "conj"sv && r != "advcl"sv) return false;
    v.attach(verb, -1, "root");
    v.attach(0, name, "amod");
    for (int k : v.kids(0)) v.set_head(k, verb);
    return true;
}

// "Two larger rivals, Qure and Annalise, already supply similar tools": a noun with an apposition
// set off by commas, then a verb with no subject of its own, which the parser hung on the noun
// as a parataxis with the noun the root. The verb is the root and the noun its subject.
bool repair_appositive_subject_parataxis_root(View& v) {
    if (!(v.has_rel(trigger::rel({"parataxis"})) && v.has_rel(trigger::rel({"appos"})))) return false;
    const int r = v.root();
    if (r < 0 || v[r].upos != "NOUN"sv) return false;
    int name = -1;
    for (int k : v.kids(r)) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "cop" || b == "nsubj" || b == "case" || b == "mark" || b == "aux") return false;
        if (k > r && v[k].deprel == "appos"sv && name < 0) name = k;
    }
    if (name < 0) return false;
    const auto [lo, hi] = v.span(name);
    // The commas may hang on the name or outside it.
    const int open = v[lo].form == ","sv ? lo : lo - 1;
    const int close = v[hi].form == ","sv ? hi : hi + 1;
    if (open <= r || close >= v.size() || close <= name || v[open].form != ","sv || v[close].form != ","sv) {
        return false;
    }
    for (int verb : v.kids(r)) {
        if (verb <= close || v[verb].deprel != "parataxis"sv || v[verb].upos != "VERB"sv) continue;
        const std::string& x = v[verb].xpos;
        if (x != "VBP"sv && x != "VBZ"sv && x != "VBD"sv && x != "VB"sv) continue;
        bool ok = true;
        for (int k : v.kids(verb)) ok = ok && !is_subject(v[k].deprel) && v[k].deprel != "mark"sv;
        // Nothing but the verb's own words (a comma, an adverb) between the closing comma and it.
        for (int k = close + 1; k < verb; ++k) ok = ok && v.dominates(verb, k);
        for (int k = r + 1; k < open; ++k) ok = ok && v.dominates(r, k);
        if (!ok) continue;
        v.attach(open, name, "punct");
        hang_role_on_verb(v, r, name, verb, close);
        return true;
    }
    return false;
}

// A participle that reads as an active past tense: it has an object, and no auxiliary and no
// agent (obl:agent, or an oblique with "by"), as in "The group bought Tarn Foods". Shared by the
// repairs that make such a participle the predicate.
bool active_with_object(const View& v, int p) {
    bool object = false;
    for (int k : v.kids(p)) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "aux" || v[k].deprel == "obl:agent"sv) return false;
        for (int c : v.kids(k)) {
            if (b == "obl" && v[c].deprel == "case"sv && ascii::iequals(v[c].form, "by")) return false;
        }
        object = object || b == "obj";
    }
    return object;
}

// "The fund invested in Kestrel Labs.": a past tense read as a reduced relative ("the fund
// [that was] invested in ..."), which leaves the sentence without a verb. When the root is a
// noun with a determiner, the sentence a full one ending in a period, and the participle the
// only verb outside its own phrase, the participle is the predicate.
bool repair_participle_root(View& v) {
    if (!(v.has_rel(trigger::rel({"acl"})) && v.has_tag(trigger::tag({"VBN"})))) return false;
    int n = v.size();
    if (n < 4 || v[n - 1].form != "."sv) return false;
    const int r = v.root();
    // A capitalised noun ("A Top Quality Sandwich made to ...") is a title-like fragment.
    if (r < 0 || v[r].upos != "NOUN"sv || v[r].form.empty() || v[r].form[0] < 'a' || v[r].form[0] > 'z') {
        return false;
    }
    // (Other verbs may stand inside the participle's phrase: "The union called on the ministry
    // to withdraw the rule.")
    int verb = -1;
    for (int i = 0; i < n; ++i) {
        if (v.head(i) == r && v[i].deprel == "acl"sv && v[i].xpos == "VBN"sv && i > r) verb = i;
    }
    if (verb < 0) return false;
    // "A national careers service, run jointly by X and Y.": a participle set off by a comma
    // with a by-agent is a reduced relative in a verbless item (see repair_participle_fragment).
    if (v[verb - 1].form == ","sv) {
        const auto kids = v.kids(verb);  // (one list: kids() returns a new one each call)
        if (std::any_of(kids.begin(), kids.end(), [&](int k) { return v[k].deprel == "obl:agent"sv; })) return false;
    }
    const bool transitive_active = active_with_object(v, verb);
    // (or a "to" infinitive after it that the parser hung on the noun, which is the participle's)
    std::vector<int> infinitives;
    for (int i = 0; i < n; ++i) {
        if ((v[i].upos != "VERB"sv && v[i].upos != "AUX"sv) || i == verb) continue;
        bool to = false;
        for (int k : v.kids(i)) to = to || (k < i && v[k].deprel == "mark"sv && ascii::iequals(v[k].form, "to"));
        // A finite verb inside the participle's phrase ("bought Tarn Foods, which makes
        // biscuits") when the participle has an object and no agent: no reduced relative.
        if (!to && i > verb && v.dominates(verb, i) && transitive_active) continue;
        if (!to || i < verb) return false;
        if (v.dominates(verb, i)) continue;
        if (v.head(i) != r || v[i].deprel != "acl"sv) return false;
        infinitives.push_back(i);
    }
    bool determined = false;
    for (int k : v.kids(r)) {
        // the noun phrase ends before the verb
        if (k > verb && k != n - 1 && std::find(infinitives.begin(), infinitives.end(), k) == infinitives.end()) return false;
        if (v[k].deprel == "det"sv && k < r) determined = true;
        if (v[k].deprel == "case"sv) return false;  // "In a trial run by X, ...": no subject
    }
    if (!determined) return false;
    v.attach(verb, -1, "root");
    v.attach(r, verb, "nsubj");
    v.set_xpos(verb, "VBD");
    for (int i : infinitives) v.attach(i, verb, "xcomp");
    v.set_head(n - 1, verb);
    return true;
}

// "has partnered with an Omaha start-up to connect its clinics": the parser may leave a
// preposition as a bare oblique of the verb and scatter the plain noun phrase after it (here "an"
// became the subject of "connect" and "Omaha" its object). A leaf preposition hung as an
// argument of a verb, followed by a run of determiner, adjectives, numbers and nouns ending in a
// noun, governs that run: the last noun is the head, the rest its modifiers.
bool hyphen_particle(std::string_view w);  // below, with the hyphenated-word repair

bool repair_scattered_prepositional_object(View& v) {
    if (!(v.has_tag(trigger::tag({"ADP"})) && v.has_rel(trigger::rel({"obl", "obj"})))) return false;
    bool changed = false;
    const int n = v.size();
    for (int p = 0; p + 1 < n; ++p) {
        if (v[p].upos != "ADP"sv || (v[p].deprel != "obl"sv && v[p].deprel != "obj"sv)) continue;
        const int verb = v.head(p);
        if (verb < 0 || v[verb].upos != "VERB"sv) continue;
        int end = p + 1;
        bool hyphened = false;  // the run ends in a hyphenated noun's particle ("start-up")
        while (end < n) {
            const Token& w = v[end];
            if (w.xpos == "HYPH"sv) {
                // A noun glued by a hyphen to a particle: the particle ends the run.
                if (end + 1 < n && end > p + 1 && v[end - 1].upos == "NOUN"sv && !v[end - 1].space_after &&
                    !w.space_after && hyphen_particle(ascii::lower(v[end + 1].form))) {
                    end += 2;
                    hyphened = true;
                }
                break;
            }
            if (!(w.upos == "DET"sv || w.upos == "ADJ"sv || w.upos == "NUM"sv || w.upos == "NOUN"sv ||
                  w.upos == "PROPN"sv)) {
                break;
            }
            if (w.upos == "DET"sv && end > p + 1) break;  // a determiner only opens the phrase
            ++end;
        }
        // (A name ends in a flat run of its words, and a phrase hung on the preposition itself is
        // repair_preposition_head's: a common noun's run after a bare preposition only.)
        const int head = end - 1;
        if (head <= p || (!hyphened && v[head].upos != "NOUN"sv) || !v.kids(p).empty()) continue;
        // Scattered: some word of the run hangs outside it, or is taken for a clause's argument.
        bool scattered = false;
        for (int k = p + 1; k < end; ++k) {
            const int h = v.head(k);
            if (k != head && (h < p + 1 || h >= end)) scattered = true;
            if (base_rel(v[k].deprel) == "nsubj"sv || v[k].deprel == "obj"sv) scattered = true;
        }
        if (!scattered) continue;
        // The run's words may govern words outside it only from its head.
        for (int k = 0; k < n; ++k) {
            if ((k < p + 1 || k >= end) && v.head(k) > p && v.head(k) < end && v.head(k) != head) v.set_head(k, head);
        }
        v.attach(head, verb, "obl");
        if (hyphened) {
            v.set_upos(head, "NOUN");
            v.set_xpos(head, "NN");
        }
        for (int k = p + 1; k < head; ++k) {
            const Token& w = v[k];
            v.attach(k, head,
                     w.upos == "DET"sv ? "det" : w.upos == "ADJ"sv ? "amod" : w.upos == "NUM"sv ? "nummod"
                     : w.xpos == "HYPH"sv ? "punct" : "compound");
        }
        v.attach(p, head, "case");
        changed = true;
    }
    return changed;
}

// "train about 3,000 nurses": a word of approximation before a number read as the noun's
// preposition turns the object into an oblique. It modifies the number.
bool repair_approximation(View& v) {
    if (!(v.has_word(trigger::word({"about", "around", "over", "nearly", "almost", "approximately", "roughly", "under"})) &&
          (v.has_tag(trigger::tag({"NUM"})) || v.has_word(trigger::word({"a"}))))) {
        return false;
    }
    static constexpr std::string_view kWords[] = {"about", "around", "over", "nearly", "almost",
                                                  "approximately", "roughly", "under"};
    // "supplies about a fifth of the syrup": a fraction or a round number after "a" is a number
    // too, and the approximation modifies it.
    static constexpr std::string_view kFractions[] = {"half", "third", "quarter", "fifth", "sixth", "tenth",
                                                      "dozen", "hundred", "thousand", "million", "billion"};
    bool changed = false;
    for (int i = 0; i + 1 < v.size(); ++i) {
        int number = -1;
        if (v[i].deprel == "case"sv && v[i + 1].upos == "NUM"sv && v[i + 1].deprel == "nummod"sv &&
            v.head(i + 1) == v.head(i)) {
            number = i + 1;
        } else if (i + 2 < v.size() && v[i].deprel == "case"sv && v.head(i) == i + 2 &&
                   ascii::lower(v[i + 1].form) == "a" && v.head(i + 1) == i + 2) {
            const std::string f = ascii::lower(v[i + 2].form);
            if (std::find(std::begin(kFractions), std::end(kFractions), f) != std::end(kFractions)) number = i + 2;
        }
        if (number < 0) continue;
        std::string lower = ascii::lower(v[i].form);
        if (std::find(std::begin(kWords), std::end(kWords), lower) == std::end(kWords)) continue;
        // The noun's other case marker ("to about 300 schools") keeps the oblique.
        int noun = v.head(i);
        bool other_case = false;
        for (int k : v.kids(noun)) other_case = other_case || (k != i && v[k].deprel == "case"sv);
        v.attach(i, number, "advmod");
        v.set_upos(i, "ADV");
        v.set_xpos(i, "RB");
        if (!other_case && noun >= 0 && v[noun].deprel == "obl"sv && v.head(noun) >= 0 &&
            v[v.head(noun)].upos == "VERB"sv) {
            bool has_obj = false;
            for (int k : v.kids(v.head(noun))) has_obj = has_obj || v[k].deprel == "obj"sv;
            if (!has_obj) v.set_deprel(noun, "obj");
        }
        changed = true;
    }
    return changed;
}

// "Kestrel's largest shareholder, the investment firm Alder Partners, supported ...": a nominal
// "conjunct" set off by commas with no coordinator anywhere in the list is an apposition.
bool repair_appositive_conj(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})))) return false;
    bool changed = false;
    for (int c = 0; c < v.size(); ++c) {
        int n = v.head(c);
        if (n < 0 || c < n || v[c].deprel != "conj"sv || !nominal(v[c]) || !nominal(v[n])) continue;
        bool coordinated = false;
        for (int k : v.kids(n)) {
            if (v[k].deprel == "cc"sv) coordinated = true;
            if (v[k].deprel == "conj"sv) {
                for (int g : v.kids(k)) coordinated = coordinated || v[g].deprel == "cc"sv || v[g].deprel == "conj"sv;
            }
        }
        if (coordinated) continue;
        auto [lo, hi] = v.span(c);
        while (lo < c && v[lo].form == ","sv && v.dominates(c, lo)) ++lo;
        while (hi > c && v[hi].form == ","sv && v.dominates(c, hi)) --hi;
        if (lo < 1 || hi + 1 >= v.size() || v[lo - 1].form != ","sv || v[hi + 1].form != ","sv) continue;
        // Only between a subject and its verb, where a list would need its coordinator.
        if (!is_subject(v[n].deprel) || v.head(n) <= hi + 1) continue;
        v.set_deprel(c, "appos");
        changed = true;
    }
    return changed;
}


// "Board members who voted against it, Tom Leary and Keisha Grant, said": names coordinated by
// "and" and set off by commas after a plural common noun that is a subject, before its verb, are
// that noun's apposition (the people it is), not more subjects in a list with it: a list of
// subjects has no comma after its last item. The parser may make each name a conjunct of the
// noun; the first name is the noun's apposition and the others its conjuncts.
bool repair_appositive_name_list(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_word(trigger::word({"and"})) && v.has_tag(trigger::tag({"PROPN"})))) {
        return false;
    }
    bool changed = false;
    for (int n = 0; n + 4 < v.size(); ++n) {
        if (v[n].upos != "NOUN"sv || !is_subject(v[n].deprel) || v.head(n) <= n || v[n].xpos != "NNS"sv) continue;
        // The names: the noun's conjuncts, or its first conjunct and that one's own.
        std::vector<int> names;
        bool other = false;
        for (int k : v.kids(n)) {
            if (v[k].deprel != "conj"sv || k < n) continue;
            if (v[k].upos == "PROPN"sv) names.push_back(k);
            else other = true;
        }
        if (other || names.empty()) continue;
        for (int k : v.kids(names.front())) {
            if (v[k].deprel != "conj"sv) continue;
            if (v[k].upos == "PROPN"sv) names.push_back(k);
            else other = true;
        }
        std::sort(names.begin(), names.end());
        if (other || names.size() < 2) continue;
        const int first = names.front(), last = names.back();
        int lo = v.span(first).first;
        if (v[lo].form == ","sv) ++lo;
        const int hi = v.span(last).second;
        // The first name right after a comma, the last after "and" and before a closing comma,
        // and the noun's verb after that comma.
        if (lo < 1 || v[lo - 1].form != ","sv || hi + 1 >= v.size() || v[hi + 1].form != ","sv || v.head(n) <= hi + 1) continue;
        int cc = -1;
        for (int k : v.kids(last)) {
            if (v[k].deprel == "cc"sv && k < last && ascii::lower(v[k].form) == "and") cc = k;
        }
        for (int k : v.kids(n)) {
            if (v[k].deprel == "cc"sv && k > n && k < last) cc = k;
        }
        if (cc < 0 || cc < first) continue;
        v.attach(first, n, "appos");
        for (std::size_t i = 1; i < names.size(); ++i) v.attach(names[i], first, "conj");
        if (v.head(cc) != last) v.attach(cc, last, "cc");
        v.attach(hi + 1, first, "punct");
        changed = true;
    }
    return changed;
}

// The nominal that a noun phrase opening with "a"/"an" right after a comma can describe: the head
// of the phrase ending before the comma (through compounds and flat names), or -1; `comma` is set
// to the comma's index.
int nominal_before_indefinite(const View& v, int head, int& comma) {
    int lo = v.span(head).first;
    if (v[lo].form == ","sv) ++lo;
    const std::string det = ascii::lower(v[lo].form);
    if ((det != "a" && det != "an") || lo < 2 || v[lo - 1].form != ","sv) return -1;
    int x = lo - 2;
    for (int steps = 0; steps < 4 && v.head(x) > x && (v[x].deprel == "compound"sv || v[x].deprel == "flat"sv); ++steps) {
        x = v.head(x);
    }
    comma = lo - 1;
    if (x >= comma || !nominal(v[x]) || v[x].upos == "PRON"sv) return -1;
    return x;
}

// "signed an agreement with Lumora Health, a London start-up that develops tools": an indefinite
// noun phrase after a comma that the parser made a conjunct (with no coordinator) or a parataxis
// of the verb describes the noun phrase that ends right before the comma, inside that verb's clause: it is
// that phrase's apposition. A verb and a noun phrase do not coordinate.
bool repair_indefinite_conjunct_of_verb(View& v) {
    if (!(v.has_rel(trigger::rel({"conj", "parataxis"})) && v.has_word(trigger::word({"a", "an"})))) return false;
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        const int verb = v.head(c);
        if (verb < 0 || verb >= c || (v[c].deprel != "conj"sv && v[c].deprel != "parataxis"sv) ||
            v[c].upos != "NOUN"sv || v[verb].upos != "VERB"sv) {
            continue;
        }
        bool cc = false;
        for (int k : v.kids(c)) cc = cc || v[k].deprel == "cc"sv;
        if (cc) continue;
        int comma = -1;
        const int n = nominal_before_indefinite(v, c, comma);
        if (n <= verb || !v.dominates(verb, n)) continue;
        v.attach(c, n, "appos");
        if (v.head(comma) != c) v.attach(comma, c, "punct");
        changed = true;
    }
    return changed;
}

// "carried out by Brightsmile Clinics, a chain of 60 practices that ..., and by students": when
// a later conjunct of a name repeats the name's preposition, the list is "by A and by B"; an
// indefinite noun phrase set off by a comma right after the name, which the parser made a
// conjunct between them, is the name's apposition (as a conjunct it would take the
// preposition too, or come without it in "by A, B and C").
bool repair_indefinite_conjunct_before_repeated_preposition(View& v) {
    if (!(v.has_rel(trigger::rel({"conj", "case"})) && v.has_tag(trigger::tag({"PROPN"})) &&
          v.has_word(trigger::word({"a", "an"})))) {
        return false;
    }
    bool changed = false;
    for (int n = 1; n < v.size(); ++n) {
        if (v[n].upos != "PROPN"sv) continue;
        int name_case = -1;
        for (int k : v.kids(n)) {
            if (k < n && v[k].deprel == "case"sv) name_case = k;
        }
        if (name_case < 0) continue;
        int first = -1, repeated = -1;
        for (int k : v.kids(n)) {
            if (k <= n || v[k].deprel != "conj"sv) continue;
            if (first < 0) {
                first = k;
                continue;
            }
            for (int g : v.kids(k)) {
                if (g < k && v[g].deprel == "case"sv && ascii::lower(v[g].form) == ascii::lower(v[name_case].form)) repeated = k;
            }
        }
        if (first < 0 || repeated < 0 || v[first].upos != "NOUN"sv) continue;
        auto [lo, hi] = v.span(first);
        while (lo < first && v[lo].form == ","sv) ++lo;  // (the commas may hang on it)
        while (hi > first && v[hi].form == ","sv) --hi;
        // Right after the name and a comma.
        const int name_end = lo - 2;
        const std::string det = ascii::lower(v[lo].form);
        if ((det != "a" && det != "an") || name_end < n || v[lo - 1].form != ","sv ||
            (name_end != n && !v.dominates(n, name_end))) {
            continue;
        }
        // Nothing of its own marks it a member of the list: no coordinator, no preposition.
        bool marked = false;
        for (int g : v.kids(first)) marked = marked || ((v[g].deprel == "cc"sv || v[g].deprel == "case"sv) && g < first);
        if (marked || hi >= repeated) continue;
        v.set_deprel(first, "appos");
        changed = true;
    }
    return changed;
}

// "lends the rooms free of charge": "free of charge" says how the verb is done; hung on the
// verb's object, it would become a word of the object's name ("rooms free").
bool repair_free_of_charge(View& v) {
    if (!v.has_word(trigger::word({"free"}))) return false;
    bool changed = false;
    for (int f = 1; f + 2 < v.size(); ++f) {
        if (!ascii::iequals(v[f].form, "free") || v[f + 1].form != "of"sv || !ascii::iequals(v[f + 2].form, "charge")) {
            continue;
        }
        const int n = v.head(f);
        if (n < 0 || n >= f || !nominal(v[n]) || base_rel(v[n].deprel) != "obj"sv) continue;
        const int verb = v.head(n);
        if (verb < 0 || v[verb].upos != "VERB"sv) continue;
        v.attach(f, verb, "advmod");
        changed = true;
    }
    return changed;
}

// "supplies batteries to Halden Trucks, a Swedish lorry maker, but": a noun phrase with its
// determiner set off by commas right after a name inside an earlier noun's phrase, which the
// parser made that noun's conjunct although no coordinator joins it, is the name's apposition.
// "signs an agreement with Nitrava Power, the utility that runs the plant, to close it": so is
// one the parser made a caseless nmod of a noun before the name (an nmod needs its preposition;
// this pass, `caseless_nmod`, runs after repair_preposition_head has given the name back its
// preposition).
bool repair_appositive_after_name(View& v, bool caseless_nmod = false) {
    if (!(v.has_rel(caseless_nmod ? trigger::rel({"nmod"}) : trigger::rel({"conj"})) && v.has_tag(trigger::tag({"NOUN"})))) return false;
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        const int n = v.head(c);
        if (n < 0 || c < n || v[c].upos != "NOUN"sv || !nominal(v[n])) continue;
        bool caseless = caseless_nmod && v[c].deprel == "nmod"sv;
        for (int k : v.kids(c)) caseless = caseless && v[k].deprel != "case"sv;
        if (caseless_nmod ? !caseless : v[c].deprel != "conj"sv) continue;
        bool coordinated = false, det = false;
        for (int k : v.kids(n)) {
            if (v[k].deprel == "cc"sv) coordinated = true;
            if (v[k].deprel == "conj"sv) {
                for (int g : v.kids(k)) coordinated = coordinated || v[g].deprel == "cc"sv;
            }
        }
        for (int k : v.kids(c)) det = det || (v[k].deprel == "det"sv && k < c);
        if ((coordinated && !caseless) || !det) continue;
        auto [lo, hi] = v.span(c);
        while (lo < c && v[lo].form == ","sv && v.dominates(c, lo)) ++lo;
        while (hi > c && v[hi].form == ","sv && v.dominates(c, hi)) --hi;
        if (lo < 2 || hi + 1 >= v.size() || v[lo - 1].form != ","sv) continue;
        if (v[hi + 1].form != ","sv && v[hi + 1].form != "."sv && v[hi + 1].form != ";"sv) continue;
        int name = lo - 2;  // the name's head: its last word, or the word its flat parts hang on
        if (v[name].upos != "PROPN"sv) continue;
        for (int steps = 0; v.head(name) >= 0 && v[name].deprel == "flat"sv && steps < v.size(); ++steps) {
            name = v.head(name);  // bounded: an earlier repair's cycle must not hang the climb
        }
        if (name == n || v[name].upos != "PROPN"sv || (!caseless && !v.dominates(n, name)) ||
            v.span(name).second != lo - 2 || v.dominates(c, name)) {
            continue;
        }
        v.attach(c, name, "appos");
        changed = true;
    }
    return changed;
}

// "Announcing the project in Dublin, Tavistra's chief executive, Helene Marchetti, said ...": an
// opening participle's clause ends at its comma; a noun phrase after it that the parser made an
// apposition of the clause's last noun, right before a name set off by commas that is the main
// verb's subject, is that subject's description: the description is the subject and the name
// its apposition (a place is no chief executive).
bool repair_opening_participle_apposition(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"advcl"})))) return false;
    bool changed = false;
    for (int a = 3; a < v.size(); ++a) {
        if (v[a].deprel != "appos"sv || v[a].upos != "NOUN"sv) continue;
        // The clause the apposition's noun sits in: an opening participle's, on the main verb.
        int p = v.head(a);
        for (int steps = 0; p >= 0 && v[p].deprel != "advcl"sv && steps < 6; ++steps) p = v.head(p);
        if (p < 0 || v[p].deprel != "advcl"sv || (v[p].xpos != "VBG"sv && v[p].xpos != "VBN"sv)) continue;
        if (v.span(p).first != 0) continue;
        const int r = v.head(p);
        if (r < 0 || r <= a) continue;
        // The name may hang on the description already, the main verb left without a subject.
        int name = -1;
        bool hung = false;
        for (int k : v.kids(a)) {
            if (k > a && v[k].deprel == "appos"sv && v[k].upos == "PROPN"sv) name = k, hung = true;
        }
        const auto [alo, ahi] = v.span(a, name);
        if (alo < 1 || v[alo].form != ","sv || ahi + 2 >= v.size() || v[ahi + 1].form != ","sv) continue;
        bool subject = false;
        for (int k : v.kids(r)) {
            if (!is_subject(v[k].deprel)) continue;
            if (!hung && k > ahi && k < r && v[k].deprel == "nsubj"sv && v[k].upos == "PROPN"sv &&
                (v.span(k).first == ahi + 1 || v.span(k).first == ahi + 2)) {
                name = k;
            } else {
                subject = true;
            }
        }
        if (name < 0 || subject || v.span(name).second + 1 >= r || v[v.span(name).second + 1].form != ","sv) continue;
        v.attach(a, r, "nsubj");
        v.attach(name, a, "appos");
        changed = true;
    }
    return changed;
}

// "Wafers will be supplied to the factory by Norrsil": a "by" phrase right after a passive verb's
// "to" oblique (or a "for" oblique, with a name after "by"), which the parser hung on that oblique's noun, is the verb's agent when the verb
// has none, or only the name's apposition for one (what is given, sent or supplied to someone is
// done by the agent, not by the receiver).
bool time_word(const Token& t);

bool repair_agent_after_recipient(View& v) {
    if (!(v.has_word(trigger::word({"by"})) && v.has_word(trigger::word({"to", "for"})) &&
          v.has_rel(trigger::rel({"nsubj:pass"})))) {
        return false;
    }
    bool changed = false;
    for (int b = 2; b + 1 < v.size(); ++b) {
        if (!ascii::iequals(v[b].form, "by") || v[b].deprel != "case"sv) continue;
        const int x = v.head(b);
        if (x <= b || base_rel(v[x].deprel) != "nmod" || !nominal(v[x])) continue;
        const int n = v.head(x);
        if (n < 0 || n >= b || base_rel(v[n].deprel) != "obl" || v.span(n).second != v.span(x).second) continue;
        const int to = v.span(n).first;
        // So is a "by" name after the one something is done for ("would be bought for 14
        // countries by the Global Fund"): a name, not "by the end of May".
        const bool for_name = ascii::iequals(v[to].form, "for") && v[x].upos == "PROPN"sv && !time_word(v[x]);
        if ((!ascii::iequals(v[to].form, "to") && !for_name) || v[to].deprel != "case"sv || v.head(to) != n) continue;
        const int verb = v.head(n);
        if (verb < 0 || verb >= n || v[verb].xpos != "VBN"sv) continue;
        bool passive = false;
        int agent = -1;
        for (int k : v.kids(verb)) {
            passive = passive || v[k].deprel == "nsubj:pass"sv || v[k].deprel == "aux:pass"sv;
            if (v[k].deprel == "obl:agent"sv) agent = k;
        }
        if (!passive) continue;
        // ("by Halvik, a Dutch company": the parser may have made the name's apposition the agent.)
        const bool description = agent > x && v[agent].upos == "NOUN"sv && v.span(agent).first == v.span(x).second + 1 &&
                                 v[v.span(agent).first].form == ","sv;
        if (agent >= 0 && !description) continue;
        v.attach(x, verb, "obl:agent");
        if (description) v.attach(agent, x, "appos");
        changed = true;
    }
    return changed;
}

// "the Wellcome Trust and the Bill & Melinda Gates Foundation": UD hangs every conjunct on the
// first, so "Melinda ..." joined by "&" sits beside "Bill" under "Trust". An ampersand joins the
// names on either side of it into one name ("Procter & Gamble"), so a proper-noun conjunct after
// "&" moves under the proper-noun conjunct just before it.
bool repair_ampersand_names(View& v) {
    if (!(v.has_word(trigger::word({"&"})))) return false;
    bool changed = false;
    for (int c = 0; c < v.size(); ++c) {
        int h = v.head(c);
        if (h < 0 || h >= c || v[c].deprel != "conj"sv || v[c].upos != "PROPN"sv) continue;
        int cc = -1;
        for (int k : v.kids(c)) {
            if (v[k].deprel == "cc"sv && v[k].form == "&"sv) cc = k;
        }
        if (cc < 0) continue;
        int prev = -1;
        for (int k = h + 1; k < c; ++k) {
            if (v.head(k) == h && v[k].deprel == "conj"sv) prev = k;
        }
        if (prev < 0 || v[prev].upos != "PROPN"sv) continue;
        v.set_head(c, prev);
        changed = true;
    }
    // "Forth & Tay, a former savings bank bought by X, said": what the parser hung on the name
    // after "&" from beyond the name (an apposition, a relative clause, a participle) describes
    // the whole name, so it hangs on the name's first part, which heads it.
    for (int c = 2; c < v.size(); ++c) {
        const int h = v.head(c);
        if (h < 0 || h >= c || v[c].deprel != "conj"sv || v[c].upos != "PROPN"sv || v[h].upos != "PROPN"sv) continue;
        bool ampersand = false;
        for (int k : v.kids(c)) ampersand = ampersand || (k < c && v[k].deprel == "cc"sv && v[k].form == "&"sv);
        if (!ampersand) continue;
        for (int k : v.kids(c)) {
            const std::string_view r = v[k].deprel;
            if (k > c && (r == "appos"sv || r == "acl"sv || r == "acl:relcl"sv)) {
                v.set_head(k, h);
                changed = true;
            }
        }
    }
    return changed;
}

// "Within hours, Granite City Bank and Forth & Tay Savings, the region's two largest lenders,
// announced": after an opening prepositional phrase and its comma, the parser may hang the
// sentence's subject (and its apposition) on the phrase's noun as list items, leaving the verb
// after them with no subject. A list item after a comma, hung on an oblique of a subjectless
// verb that follows it, is that verb's subject; a later list item of the same noun, set off by
// a comma before the verb, is the subject's apposition.
bool repair_subject_listed_after_opener(View& v) {
    if (!(v.has_rel(trigger::rel({"list", "obl"})))) return false;
    bool changed = false;
    for (int x = 2; x < v.size(); ++x) {
        if (v[x].deprel != "list"sv || !nominal(v[x]) || v[x].upos == "PRON"sv) continue;
        const int o = v.head(x);
        if (o < 0 || o >= x || v[o].deprel != "obl"sv) continue;
        const int r = v.head(o);
        if (r <= x || v[r].upos != "VERB"sv) continue;
        // The comma before the item (the parser may hang it on the item).
        const int lo = v.span(x).first;
        const int comma = v[lo].form == ","sv ? lo : lo - 1;
        if (comma <= o || v[comma].form != ","sv) continue;
        bool has_subject = false;
        for (int k : v.kids(r)) has_subject = has_subject || is_subject(v[k].deprel) || v[k].deprel == "csubj"sv;
        if (has_subject) continue;
        v.attach(x, r, "nsubj");
        for (int k : v.kids(o)) {
            const int klo = v.span(k).first;
            if (k > x && k < r && v[k].deprel == "list"sv && nominal(v[k]) &&
                (v[klo].form == ","sv || v[klo - 1].form == ","sv)) {
                v.attach(k, x, "appos");
            }
        }
        changed = true;
    }
    return changed;
}

// "Caldershire County Council and Harrowfield City Council": the parser may hang the second
// name on a word of the first as its conjunct and the second name's last word on the first name's
// head as a flat part, so that one flat name spans both and the coordinator. A name's flat part
// never lies across "and" or "or": a flat word right after a proper-noun conjunct's phrase,
// whose head lies before that conjunct, belongs to the conjunct's name.
bool repair_flat_across_coordinator(View& v) {
    if (!(v.has_rel(trigger::rel({"flat", "conj"})) && v.has_word(trigger::word({"and"})))) return false;
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        const int h = v.head(c);
        if (v[c].deprel != "flat"sv || v[c].upos != "PROPN"sv || h < 0 || h >= c - 2) continue;
        int j = -1;
        for (int k = h + 1; k < c; ++k) {
            if (v[k].deprel == "conj"sv && v[k].upos == "PROPN"sv && v.dominates(h, k) && v.span(k).second == c - 1) j = k;
        }
        if (j < 0) continue;
        bool coordinated = false;
        for (int k : v.kids(j)) {
            const std::string w = ascii::lower(v[k].form);
            coordinated = coordinated || (v[k].deprel == "cc"sv && k < j && (w == "and" || w == "or"));
        }
        if (!coordinated) continue;
        v.set_head(c, j);
        // The conjunct itself is the first name's, not one of its words'.
        if (const int w = v.head(j); w != h && w >= 0 && v[w].deprel == "flat"sv && v.head(w) == h) v.set_head(j, h);
        changed = true;
    }
    return changed;
}

// "the environmental group Green Current", "owned by the private equity firm Harwick Capital": a
// name right after a common noun's phrase, hung on the noun or beside it as a plain nmod or obl
// with no preposition, is the noun's apposition (UD's nmod and obl have their case word, and
// "obl:unmarked" is for times and measures, not names).
bool repair_caseless_name(View& v) {
    if (!(v.has_tag(trigger::tag({"PROPN"})))) return false;
    bool changed = false;
    for (int c = 1; c < v.size(); ++c) {
        if (v[c].upos != "PROPN"sv) continue;
        const std::string& rel = v[c].deprel;
        // "buys its ready meals from the Dutch producer Vandermeer": a name right after a common
        // noun is that noun's close apposition, not one of a noun further back.
        if (rel == "appos") {
            const int lo = v.span(c).first, x = lo - 1, h = v.head(c);
            if (x >= 1 && h >= 0 && h < x && v[x].upos == "NOUN"sv && !v[x].form.empty() &&
                std::islower(static_cast<unsigned char>(v[x].form[0])) && v.dominates(h, x) && !v.dominates(c, x)) {
                v.set_head(c, x);
                changed = true;
            }
            continue;
        }
        // "an analyst at the investment bank Calder Moss, said": a name the parser made a list
        // item of a phrase further back, right after a common noun, is that noun's apposition.
        if (rel == "list" || rel == "dep") {
            const auto [lo, hi] = v.span(c);
            const int n = lo - 1;
            bool has_case = false;  // "at the broker Kestrel Dunn" is another repair's
            for (int k = lo; k <= hi; ++k) has_case = has_case || v[k].deprel == "case"sv;
            if (!has_case && n >= 1 && v[n].upos == "NOUN"sv && !v[n].form.empty() && v.head(c) < n && !v.dominates(c, n) &&
                std::islower(static_cast<unsigned char>(v[n].form[0]))) {
                v.attach(c, n, "appos");
                changed = true;
            }
            continue;
        }
        if (rel != "nmod" && rel != "obl" && rel != "obl:unmarked" && rel != "obl:npmod") continue;
        auto [lo, hi] = v.span(c);
        if (lo < 1) continue;
        bool has_case = false;  // anywhere in the phrase: the parser may hang it on a compound
        for (int k = lo; k <= hi; ++k) has_case = has_case || v[k].deprel == "case"sv;
        if (has_case) continue;
        // "The president of Aldren, Maria Okafor, said": set off by commas after its noun.
        if (v[lo].form == ","sv) {
            const int n0 = v.head(c);
            const bool closed = hi + 1 >= v.size() || v[hi + 1].form == ","sv || v[hi + 1].form == "."sv;
            if (closed && n0 >= 0 && n0 < c && rel == "nmod" && v[n0].upos == "NOUN"sv) {
                v.attach(c, n0, "appos");
                changed = true;
            }
            continue;  // a comma-separated name beside a noun may be a list's member
        }
        // "the American Association of University Professors": a name right after the last word
        // of a name's "of" phrase goes on with that phrase, whose word is its compound.
        if (lo == c && v[c - 1].upos == "PROPN"sv && v[c - 1].deprel == "nmod"sv && v.span(c - 1).second == c - 1 &&
            !v.dominates(c, c - 1) && v.head(c - 1) >= 0 && !v.dominates(c, v.head(c - 1))) {
            const int p = c - 1;
            std::vector<int> left;
            for (int k : v.kids(p)) {
                if (k < p) left.push_back(k);
            }
            bool cased = false;
            for (int k : left) cased = cased || v[k].deprel == "case"sv;
            if (cased) {
                v.attach(c, v.head(p), "nmod");
                for (int k : left) v.set_head(k, c);
                v.attach(p, c, "compound");
                changed = true;
                continue;
            }
        }
        // Right after its own head noun ("group Green Current"), or after a noun's phrase that
        // the parser made the name's sibling ("firm" and "Harwick Capital" both under "owned").
        if (v.head(c) == lo - 1 && v[lo - 1].upos == "NOUN"sv) {
            v.attach(c, lo - 1, "appos");
            changed = true;
            continue;
        }
        int n = lo - 1;
        for (int steps = 0; v.head(n) >= 0 && v.head(n) != c && v.span(v.head(n)).second == lo - 1 && steps < v.size();
             ++steps) {
            n = v.head(n);
        }
        if (v[n].upos != "NOUN"sv || v.span(n).second != lo - 1) continue;
        if (v.head(c) != n && v.head(c) != v.head(n)) continue;
        v.attach(c, n, "appos");
        changed = true;
    }
    return changed;
}

bool capitalized_word(const Token& t) {
    return t.form.size() >= 2 && t.form[0] >= 'A' && t.form[0] <= 'Z' && t.form[1] >= 'a' &&
           t.form[1] <= 'z';
}

// "The Women's Institute", "the Norwegian Tenants' Association": after "the", a capitalised
// word with a possessive before a capitalised name is part of that name ("the China's Ministry"
// is no English, so a determiner tells these from "China's Ministry of Education").
bool repair_possessive_name(View& v) {
    if (!(v.has_word(trigger::word({"'s", "'"})))) return false;
    bool changed = false;
    for (int p = 1; p + 1 < v.size(); ++p) {
        if ((v[p].form != "'s"sv && v[p].form != "'"sv) || v[p].deprel != "case"sv) continue;
        const int x = p - 1, y = p + 1;
        if (v.head(p) != x || !capitalized_word(v[x]) || !capitalized_word(v[y]) ||
            v[y].upos != "PROPN"sv || (v[x].upos != "PROPN"sv && v[x].upos != "NOUN"sv)) {
            continue;
        }
        int h = y;  // the name's head: the last of its capitalised compound words
        while (v.head(h) > h && capitalized_word(v[v.head(h)]) &&
               (v[h].deprel == "compound"sv || v[h].deprel == "flat"sv)) {
            h = v.head(h);
        }
        bool the = false;
        for (int k = 0; k < x; ++k) {
            the = the || (v[k].deprel == "det"sv && (v[k].form == "the"sv || v[k].form == "The"sv) &&
                          (v.head(k) == x || v.head(k) == h));
        }
        if (!the) continue;
        if (v.head(h) != x && v.dominates(x, h)) continue;  // deeper under it: leave it
        if (v.head(h) == x) {
            // The parser made the name hang on the possessor ("Tenants" subject, "Association"
            // its apposition): the name takes the possessor's place.
            v.set_head(h, v.head(x));
            v.set_deprel(h, v[x].deprel);
            for (int k : v.kids(x)) {
                if (k > h) v.set_head(k, h);
            }
        }
        v.attach(x, h, "compound");
        changed = true;
    }
    return changed;
}

// "She joined from Sainsbury's in 2021", "worked at the supermarket group Tesco's for years": a
// possessive right before a preposition possesses nothing; the name with its "'s" is the noun
// phrase itself (a firm named in its founder's possessive). The parser makes it the determiner
// of the noun after the preposition: the name (or a description right before it, with the name
// its apposition) takes that noun's place, with the words before the name.
bool repair_possessive_alone(View& v) {
    if (!(v.has_word(trigger::word({"'s"})))) return false;
    bool changed = false;
    for (int p = 1; p + 2 < v.size(); ++p) {
        if (v[p].form != "'s"sv || v[p].deprel != "case"sv) continue;
        const int x = p - 1, y = p + 1, h = v.head(x);
        if (v.head(p) != x || v[x].upos != "PROPN"sv || v[x].deprel != "nmod:poss"sv || h <= y ||
            v.head(h) < 0 || v[y].upos != "ADP"sv || v.head(y) != h ||
            (v[h].upos != "NOUN"sv && v[h].upos != "PROPN"sv && v[h].upos != "NUM"sv)) {
            continue;
        }
        int s = x;  // the name's first word
        while (s > 0 && v.head(s - 1) == x && (v[s - 1].deprel == "compound"sv || v[s - 1].deprel == "flat"sv)) --s;
        const int d = s > 0 && v[s - 1].upos == "NOUN"sv && v.head(s - 1) == h ? s - 1 : -1;
        const int top = d >= 0 ? d : x;
        bool plain = true;  // before the name, only the phrase's own opening words
        for (int k : v.kids(h)) {
            if (k < s && k != d && v[k].deprel != "case"sv && v[k].deprel != "det"sv && v[k].deprel != "amod"sv) plain = false;
        }
        if (!plain) continue;
        const std::string rel = v[h].deprel;
        v.attach(top, v.head(h), rel.c_str());
        if (d >= 0) v.attach(x, d, "appos");
        for (int k : v.kids(h)) {
            if (k < s && k != d) v.set_head(k, top);
        }
        changed = true;
    }
    return changed;
}

// "Palmer's, a discount chain owned by X, has not signed": a possessive right before a comma
// possesses nothing either; the name with its "'s" is the noun phrase, and an indefinite phrase
// after the comma, which the parser made the verb's subject (the name an oblique of the verb),
// is the name's apposition.
bool repair_possessive_before_apposition(View& v) {
    if (!(v.has_word(trigger::word({"'s"})) && v.has_word(trigger::word({"a", "an"})))) return false;
    for (int p = 1; p + 3 < v.size(); ++p) {
        const int x = p - 1;
        if (v[p].form != "'s"sv || v.head(p) != x || v[x].upos != "PROPN"sv || v[p + 1].form != ","sv) continue;
        const std::string det = ascii::lower(v[p + 2].form);
        if (v[p + 2].upos != "DET"sv || (det != "a" && det != "an")) continue;
        const int n = v.head(p + 2);
        if (n <= p + 2 || v[n].upos != "NOUN"sv || !is_subject(v[n].deprel)) continue;
        const int verb = v.head(n);
        // The name hung on the verb, or on the description as its possessor.
        const bool possessor = v.head(x) == n && v[x].deprel == "nmod:poss"sv;
        if (verb <= n || (v.head(x) != verb && !possessor) || is_subject(v[x].deprel)) continue;
        for (int k = 0; k < x; ++k) {
            // The name opens the sentence or a clause after a subordinator.
            if (!v.dominates(x, k) && !(k == x - 1 && v[k].upos == "SCONJ"sv)) {
                if (k < x - 1 && v[x - 1].upos == "SCONJ"sv) continue;
                return false;
            }
        }
        const std::string rel = v[n].deprel;
        v.attach(x, verb, rel.c_str());
        v.attach(n, x, "appos");
        v.set_head(p + 1, n);
        for (int k : v.kids(n)) {
            if (k < x) v.set_head(k, verb);  // the subordinator
        }
        return true;
    }
    return false;
}

// "the Food and Allied Workers Union", "the Fish and Wildlife Service": after "the", a
// capitalised word, "and" and a run of two or more capitalised words is one name headed by the
// run's last word, with the two words around "and" coordinated inside it (as EWT annotates
// it); the parser tends to make the first word a phrase of its own and the rest its conjunct.
bool repair_coordinated_name(View& v) {
    if (!(v.has_word(trigger::word({"and"})))) return false;
    bool changed = false;
    for (int c = 2; c + 2 < v.size(); ++c) {
        if (v[c].form != "and"sv) continue;
        const int x = c - 1;
        // "the Australian Competition and Consumer Commission", "the US National Oceanic and
        // Atmospheric Administration": capitalised words the first word's phrase holds (up to
        // three) may come between "the" and it.
        // (An acronym only before another such word: "the NY Times and Washington Post" are two.)
        // A dotted abbreviation of capitals ("the U.S. Food and Drug Administration", "the U.K.
        // Health and Safety Executive") is a name's modifier right before its first word too.
        auto dotted = [](const std::string& f) {
            return f.size() >= 4 && f.back() == '.' &&
                   std::all_of(f.begin(), f.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '.'; }) &&
                   f.find("..") == std::string::npos && std::count(f.begin(), f.end(), '.') >= 2;
        };
        auto name_word = [&](int k) {
            const std::string& f = v[k].form;
            return capitalized_word(v[k]) || dotted(f) ||
                   (k + 1 < x && f.size() >= 2 &&
                    std::all_of(f.begin(), f.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }));
        };
        int the = x - 1;
        for (int steps = 0; steps < 3 && the >= 1 && name_word(the) && v.head(the) == x &&
                            (v[the].upos == "ADJ"sv || v[the].upos == "PROPN"sv);
             ++steps) {
            --the;
        }
        if ((v[the].form != "the"sv && v[the].form != "The"sv) || !capitalized_word(v[x]) ||
            (v[x].upos != "NOUN"sv && v[x].upos != "PROPN"sv)) {
            continue;
        }
        // A capitalised "-ing" word with more of the name after it is a name word the tagger
        // took for a verb ("the Mining and Engineering Skills Board").
        auto gerund_in_name = [&](int k) {
            const std::string& f = v[k].form;
            return v[k].upos == "VERB"sv && f.size() > 4 && f.compare(f.size() - 3, 3, "ing") == 0 &&
                   k + 1 < v.size() && capitalized_word(v[k + 1]) && v[k + 1].upos != "VERB"sv &&
                   v[k + 1].upos != "AUX"sv;
        };
        // "the Medicines and Healthcare products Regulatory Agency": one lower-case plural noun
        // may stand inside the run when capitalised words follow it and the run ends in a
        // singular common noun, the head of an institution's name.
        auto lower_plural = [&](int k) {
            return k > c + 1 && v[k].upos == "NOUN"sv && v[k].xpos == "NNS"sv && !v[k].form.empty() &&
                   v[k].form[0] >= 'a' && v[k].form[0] <= 'z' && k + 1 < v.size() &&
                   capitalized_word(v[k + 1]);
        };
        int lower = -1;
        int e = c + 1;  // the run of capitalised words after "and"
        while (e + 1 < v.size() &&
               ((capitalized_word(v[e + 1]) &&
                 ((v[e + 1].upos != "VERB"sv && v[e + 1].upos != "AUX"sv) || gerund_in_name(e + 1))) ||
                (lower < 0 && lower_plural(e + 1)))) {
            ++e;
            if (!capitalized_word(v[e])) lower = e;
        }
        bool words = e > c + 1;
        for (int k = c + 1; k <= e && words; ++k) {
            words = k == lower || (capitalized_word(v[k]) && (v[k].upos == "PROPN"sv || v[k].upos == "NOUN"sv ||
                                                              v[k].upos == "ADJ"sv || gerund_in_name(k)));
        }
        if (lower >= 0 && (e <= lower || (v[e].xpos != "NN"sv && v[e].xpos != "NNP"sv))) words = false;
        // Only a run the parser hung under the first word, or one whose last word it made a
        // second phrase of the same function beside the first (two subjects of one verb), with
        // the words between under the one or the other.
        bool hung = v.dominates(x, e);
        if (!hung && words && v.head(e) == v.head(x) && v[e].deprel == v[x].deprel) {
            hung = true;
            for (int k = x + 1; k < e && hung; ++k) hung = v.dominates(x, k) || v.dominates(e, k);
        }
        // "the Treasury and Health Department officials": before a lower-case common noun the
        // names are coordinated modifiers of that noun, not one name.
        if (e + 1 < v.size() && v[e + 1].upos == "NOUN"sv && !capitalized_word(v[e + 1])) continue;
        if (!words || !hung) continue;
        const int y = c + 1;
        v.set_head(e, v.head(x));
        v.set_deprel(e, v[x].deprel);
        // What hangs on the name's words from outside the name hangs on its head: "the Food
        // and Allied Workers Union, which ..." (the parser may hang it on any of the words).
        for (int w = x; w < e; ++w) {
            for (int k : v.kids(w)) {
                if (k < x || k > e) v.set_head(k, e);
            }
        }
        for (int k = y + 1; k < e; ++k) v.attach(k, e, "compound");
        v.attach(x, e, "compound");
        v.attach(y, x, "conj");
        v.attach(c, y, "cc");
        for (int k : {x, y}) {
            if (v[k].upos == "NOUN"sv || v[k].upos == "VERB"sv) {
                v.set_upos(k, "PROPN");
                v.set_xpos(k, "NNP");
                v.set_lemma(k, v[k].form);
            }
        }
        changed = true;
    }
    return changed;
}

// "Twelve colleges, among them A and B, will ...": "among them" introduces examples of the
// noun before it as one expression (like "such as"); the parser makes "them" a phrase of its
// own (a subject, or the head that the examples hang on).
bool repair_among_them(View& v) {
    bool changed = false;
    for (int a = 1; a + 2 < v.size(); ++a) {
        const int them = a + 1;
        if ((v[a].form != "among"sv && v[a].form != "Among"sv) || v[them].form != "them"sv ||
            v[a - 1].form != ","sv) {
            continue;
        }
        int x = v.head(a);
        if (x == them && v.head(them) > them && nominal(v[v.head(them)])) {
            x = v.head(them);  // "them" on the first example
        } else if (x == them) {
            // "among" on "them", the examples hanging on "them": the first example takes its place.
            int first = -1;
            for (int k : v.kids(them)) {
                if (k > them && first < 0 && nominal(v[k])) first = k;
            }
            if (first < 0 || v.head(them) < 0) continue;
            v.set_head(first, v.head(them));
            v.set_deprel(first, v[them].deprel);
            for (int k : v.kids(them)) {
                if (k != first) v.set_head(k, first);
            }
            x = first;
        }
        if (x <= them || !nominal(v[x]) || v[a].deprel != "case"sv) continue;
        if (v.head(a) != x) v.attach(a, x, "case");
        v.attach(them, a, "fixed");
        // The examples made conjuncts or appositions of the noun before them: they are its
        // complement, and the later ones the first one's conjuncts.
        const int noun = v.head(x);
        if (noun >= 0 && noun < a && (v[x].deprel == "conj"sv || v[x].deprel == "appos"sv)) {
            for (int k : v.kids(noun)) {
                if (k > x && v[k].deprel == "conj"sv) v.set_head(k, x);
            }
            v.set_deprel(x, "nmod");
        }
        changed = true;
    }
    return changed;
}

// "A national careers service, run jointly by Jobcentre Plus and the colleges.": a verbless list
// item or headline whose noun phrase is followed by a comma and a past participle with a
// by-agent. The parser made the participle the root with the noun its subject; no finite verb
// has its subject set off by a comma and takes an agent with no passive auxiliary. The noun is
// the root and the participle a clause on it.
bool repair_participle_fragment(View& v) {
    if (!(v.has_rel(trigger::rel({"obl:agent", "nsubj"})) && v.has_tag(trigger::tag({"VBN", "VBD"})))) return false;
    bool changed = false;
    for (int p = 2; p < v.size(); ++p) {
        if (v.head(p) != -1 || v[p].upos != "VERB"sv || (v[p].xpos != "VBN"sv && v[p].xpos != "VBD"sv)) continue;
        if (v[p - 1].form != ","sv) continue;
        int s = -1;
        bool agent = false, blocked = false;
        for (int k : v.kids(p)) {
            const std::string_view r = v[k].deprel;
            if (k > p && r == "obl:agent"sv) agent = true;
            if (base_rel(v[k].deprel) == "aux"sv || r == "cop"sv || r == "obj"sv || r == "expl"sv) blocked = true;
            if (k < p && r == "nsubj"sv) s = k;
        }
        if (!agent || blocked || s < 0 || !nominal(v[s]) || v[s].upos == "PRON"sv || v.span(s).second != p - 2) continue;
        v.set_head(s, -1);
        v.set_deprel(s, "root");
        v.attach(p, s, "acl");
        v.set_xpos(p, "VBN");
        for (int k : v.kids(p)) {
            if (k > p && v[k].deprel == "punct"sv && k + 1 == v.size()) v.set_head(k, s);
        }
        changed = true;
    }
    return changed;
}

// "the Department of Health and Social Care", "the Ministry of Finance and Planning": a
// capitalised common noun after "and" that ends a name's "of"/"for" complement is coordinated
// with that complement, not with the name's head (as EWT annotates it); the parser tends to hang
// it on the head, which splits the name into two actors. A proper noun there may be an actor of
// its own ("the Ministry of Education and Google"), and so may a phrase with a determiner.
bool repair_name_complement_conjunct(View& v) {
    bool changed = false;
    for (int y = 4; y < v.size(); ++y) {
        const int h = v.head(y);
        if (v[y].deprel != "conj"sv || v[y].upos != "NOUN"sv || h < 0 || h >= y ||
            v[h].upos != "PROPN"sv) {
            continue;
        }
        const auto [cc, hi] = v.span(y);  // "and" and the conjunct's own words
        if (v[cc].deprel != "cc"sv || v.head(cc) != y || v[cc].form != "and"sv) continue;
        bool capitalised = true;
        for (int k = cc + 1; k <= hi; ++k) capitalised = capitalised && capitalized_word(v[k]);
        if (!capitalised) continue;
        // The complement whose phrase ends right before "and".
        int comp = -1;
        for (int k : v.kids(h)) {
            if (k > h && k < cc && v[k].deprel == "nmod"sv && v.span(k).second == cc - 1) comp = k;
        }
        if (comp < 0 || !capitalized_word(v[comp]) || v[comp].upos != "PROPN"sv) continue;
        bool preposition = false;
        for (int k : v.kids(comp)) {
            preposition = preposition || (v[k].deprel == "case"sv && k < comp &&
                                          (v[k].form == "of"sv || v[k].form == "for"sv));
        }
        if (!preposition) continue;
        v.attach(y, comp, "conj");
        changed = true;
    }
    return changed;
}

// The "of" or "for" complement of a capitalised name, ending right before "and" (without the
// subtree of `skip`, a conjunct hung on it): the name's complement phrase, or -1.
int name_complement_before(const View& v, int h, int cc, int skip = -1) {
    int comp = -1;
    for (int k : v.kids(h)) {
        if (k > h && k < cc && v[k].deprel == "nmod"sv && v.span(k, skip).second == cc - 1) comp = k;
    }
    if (comp < 0 || !capitalized_word(v[comp])) return -1;
    for (int k : v.kids(comp)) {
        if (v[k].deprel == "case"sv && k < comp && (v[k].form == "of"sv || v[k].form == "for"sv)) return comp;
    }
    return -1;
}

// Words after "and" next to a capitalised name's "of"/"for" complement ("the Institute for
// Health and ..."), hung where their phrase does not belong:
// - "the National Institute for Health and Care Research" with "Research" a second, caseless
//   complement of "Institute" and "and" on "Care": capitalised words after "and" hung on the
//   name's head without a preposition are its conjunct (where the extractor decides whether they
//   are words of the name or a name of their own);
// - "the University of Leeds and Oxford University", "the Ministry of Health and Ministry of
//   Finance", "the Institute of Fiscal Studies and the Treasury": a conjunct of the complement
//   that repeats the name's head word, or has a determiner of its own, is a second name beside the
//   first, the conjunct of its head.
bool repair_name_complement_and(View& v) {
    if (!(v.has_word(trigger::word({"and"})))) return false;
    bool changed = false;
    for (int y = 4; y < v.size(); ++y) {
        const int h = v.head(y);
        if (v[y].deprel != "nmod"sv || !(v[y].upos == "PROPN"sv || v[y].upos == "NOUN"sv) || h < 0 || h >= y ||
            !capitalized_word(v[h]) || !(v[h].upos == "PROPN"sv || v[h].upos == "NOUN"sv)) {
            continue;
        }
        bool caseless = true;
        for (int k : v.kids(y)) caseless = caseless && v[k].deprel != "case"sv;
        const auto [cc, hi] = v.span(y);
        if (!caseless || cc <= h + 2 || v[cc].deprel != "cc"sv || v[cc].form != "and"sv) continue;
        bool capitalised = true;
        for (int k = cc + 1; k <= hi; ++k) capitalised = capitalised && capitalized_word(v[k]) && v[k].upos != "VERB"sv;
        if (!capitalised || name_complement_before(v, h, cc) < 0) continue;
        v.attach(y, h, "conj");
        v.attach(cc, y, "cc");
        changed = true;
    }
    for (int y = 4; y < v.size(); ++y) {
        const int comp = v.head(y);
        if (v[y].deprel != "conj"sv || !(v[y].upos == "PROPN"sv || v[y].upos == "NOUN"sv) || comp < 0 || comp >= y ||
            v[comp].deprel != "nmod"sv) {
            continue;
        }
        const int h = v.head(comp);
        if (h < 0 || h >= comp || !capitalized_word(v[h]) || !(v[h].upos == "PROPN"sv || v[h].upos == "NOUN"sv)) continue;
        const auto [lo, hi] = v.span(y);
        const int cc = lo;
        if (v[cc].form != "and"sv || v.head(cc) != y || name_complement_before(v, h, cc, y) != comp) continue;
        bool determiner = false, repeat = false;
        // (The conjunct's own name: its capitalised words and their "of" or "for".)
        for (int k = cc + 1; k <= hi; ++k) {
            determiner = determiner || (v[k].deprel == "det"sv && v.head(k) == y);
            if (!capitalized_word(v[k]) && !ascii::iequals(v[k].form, "the") && v[k].form != "of"sv && v[k].form != "for"sv) break;
            repeat = repeat || (capitalized_word(v[k]) && ascii::iequals(v[k].form, v[h].form));
        }
        if (!determiner && !repeat) continue;
        v.attach(y, h, "conj");
        changed = true;
    }
    return changed;
}

// "Speaking on behalf of the workers, the union condemned the closures": a participle clause
// before the sentence's verb ends at its comma; a noun phrase after that comma that the parser
// made the participle's object is the verb's subject when the verb has none.
bool repair_fronted_participle_object(View& v) {
    if (v.size() < 6 || v[0].upos != "VERB"sv || v[0].xpos != "VBG"sv || v[0].deprel != "advcl"sv) return false;
    const int h = v.head(0);
    if (h <= 0) return false;
    for (int k : v.kids(h)) {
        if (is_subject(v[k].deprel)) return false;
    }
    int comma = -1;
    for (int k : v.kids(0)) {
        if (v[k].form == ","sv && v[k].deprel == "punct"sv) comma = k;
    }
    if (comma < 0) return false;
    for (int o : v.kids(0)) {
        if (v[o].deprel != "obj"sv || o < comma || o > h || !nominal(v[o])) continue;
        if (v.span(0, o).second > comma) return false;  // the clause goes on past its comma
        bool pass = false;
        for (int k : v.kids(h)) pass = pass || v[k].deprel == "aux:pass"sv;
        v.attach(o, h, pass ? "nsubj:pass" : "nsubj");
        return true;
    }
    return false;
}

// "Mara Olin, an analyst at the broker Kestrel Dunn, said": a phrase that begins with a
// preposition is no list item of the phrase before it; it completes that phrase's last noun.
bool repair_prepositional_list_item(View& v) {
    if (!(v.has_rel(trigger::rel({"list"})))) return false;
    bool changed = false;
    for (int s = 1; s < v.size(); ++s) {
        if (v[s].deprel != "list"sv || !nominal(v[s]) || v.head(s) < 0 || !nominal(v[v.head(s)])) continue;
        const int left = v.span(s).first;
        const int n = left - 1;
        if (left >= s || n < 0 || v[left].upos != "ADP"sv || v[left].deprel != "case"sv ||
            (v[n].upos != "NOUN"sv && v[n].upos != "PROPN"sv) || !v.dominates(v.head(s), n) || v.dominates(s, n)) {
            continue;
        }
        // Inside an apposition set off by a comma ("Mara Olin, an analyst at ..."), not in a
        // run of words without punctuation (an address, a signature).
        bool comma = false;
        for (int k = v.head(s) + 1; k < n && !comma; ++k) comma = v[k].form == ","sv;
        if (!comma) continue;
        v.attach(s, n, "nmod");
        v.set_head(left, s);
        changed = true;
    }
    return changed;
}

// "led by Amina Rahman": a preposition the parser made the head of its own phrase (an obl or
// nmod with the noun hanging on it as a conjunct or compound). The noun is the phrase's head
// and the preposition its case marker; "by" after a passive verb marks the agent.
bool repair_preposition_head(View& v) {
    if (!(v.has_tag(trigger::tag({"ADP"})))) return false;
    bool changed = false;
    for (int p = 0; p + 1 < v.size(); ++p) {
        const std::string_view rel = base_rel(v[p].deprel);
        // "It will be led by Sarah Whitfield": the parser may also call a passive's "by" advmod.
        // "the provost of Kansas State": or an "acl" with the name its apposition.
        if (v[p].upos != "ADP"sv || (rel != "obl" && rel != "nmod" && rel != "advmod" && rel != "acl")) continue;
        int noun = -1;
        for (int k : v.kids(p)) {
            if (k > p && (nominal(v[k]) || v[k].upos == "NUM"sv)) {
                noun = k;
                break;
            }
        }
        if (noun < 0) continue;
        const int h = v.head(p);
        // "known as Beta Grid": "as" before a name the parser hung on it is the name's case.
        const bool as_name = rel == "advmod" && ascii::iequals(v[p].form, "as") && v[noun].upos == "PROPN"sv;
        if (rel == "advmod" && !as_name) {  // only the agent's "by" of a passive ("of course" is fixed)
            bool passive = false;
            if (h >= 0 && v[h].xpos == "VBN"sv) {
                for (int k : v.kids(h)) passive = passive || v[k].deprel == "aux:pass"sv;
            }
            if (!passive || !ascii::iequals(v[p].form, "by") || v[noun].upos == "NUM"sv) continue;
        }
        if (rel == "acl" && (!nominal(v[h]) || v[noun].upos == "NUM"sv || v[noun].upos == "PRON"sv)) continue;
        std::string new_rel = rel == "acl" ? "nmod" : rel != "advmod" ? v[p].deprel : v[h].upos == "VERB"sv ? "obl" : "nmod";
        if (base_rel(new_rel) == "obl" && ascii::lower(v[p].form) == "by" && h >= 0 && v[h].upos == "VERB"sv) {
            bool passive = v[h].xpos == "VBN"sv;
            for (int k : v.kids(h)) passive = passive || v[k].deprel == "aux:pass"sv;
            if (passive) new_rel = "obl:agent";
        }
        for (int k : v.kids(p)) {
            if (k != noun) v.set_head(k, noun);
        }
        v.attach(noun, h, new_rel.c_str());
        v.attach(p, noun, "case");
        changed = true;
    }
    // "was bought by the Spanish telecom group Telvia eight years later": a preposition the parser
    // made the case marker of a later noun ("years") while hanging its own noun phrase on it. A
    // case marker takes no noun; the noun between them is the preposition's phrase, a complement
    // of the nearest verb above (the agent of a passive one, with "by").
    for (int p = 1; p + 2 < v.size(); ++p) {
        const int h = v.head(p);
        if (v[p].upos != "ADP"sv || v[p].deprel != "case"sv || h <= p + 1) continue;
        int noun = -1;
        for (int k : v.kids(p)) {
            if (k > p && k < h && nominal(v[k]) && v[k].upos != "PRON"sv) {
                noun = k;
                break;
            }
        }
        if (noun < 0) continue;
        int verb = h;
        for (int steps = 0; steps < v.size() && verb >= 0 && v[verb].upos != "VERB"sv; ++steps) verb = v.head(verb);
        if (verb < 0 || verb >= p || v.dominates(noun, verb)) continue;
        bool passive = v[verb].xpos == "VBN"sv;
        for (int k : v.kids(verb)) passive = passive || v[k].deprel == "aux:pass"sv;
        for (int k : v.kids(p)) {
            if (k != noun) v.set_head(k, noun);
        }
        v.attach(noun, verb, ascii::iequals(v[p].form, "by") && passive ? "obl:agent" : "obl");
        v.attach(p, noun, "case");
        changed = true;
    }
    return changed;
}

// An abbreviation in capitals tagged a proper noun ("NHS", "TVET"): a word of a name too.
bool acronym_word(const Token& t) {
    if (t.form.size() < 2 || t.upos != "PROPN"sv) return false;
    for (char ch : t.form) {
        if (ch < 'A' || ch > 'Z') return false;
    }
    return true;
}

// A word of a multi-word name: capitalised, and a proper noun or an adjective or noun inside a
// name ("General", "Royal", "Data"), or an abbreviation ("the Leeds NHS Trust").
bool name_word(const Token& t) {
    return (capitalized_word(t) && (t.upos == "PROPN"sv || t.upos == "ADJ"sv || t.upos == "NOUN"sv)) ||
           acronym_word(t);
}

// A line with a lower-case content word: no title-case headline, where every word but short
// function words is capitalised.
bool lower_content(View& v) {
    for (int i = 0; i < v.size(); ++i) {
        const std::string& f = v[i].form;
        if (f.empty() || f[0] < 'a' || f[0] > 'z') continue;
        // A long word, or a short verb, noun or adverb ("Smith led the Institute for Fiscal
        // Studies"): title case capitalises those, and leaves only short function words low.
        if (f.size() >= 5) return true;
        const std::string_view u = v[i].upos;
        if (f.size() >= 3 && (u == "VERB"sv || u == "NOUN"sv || u == "ADV"sv)) return true;
    }
    return false;
}

// "include Aireborough General Hospital, Calder Royal Infirmary and St Oswin's Hospital": the
// parser often scatters a list of multi-word names, hanging one name's words on another's and
// the later names as appositions or obliques. When the names of a list "A, B and C" (each an
// optional "the" and a run of capitalised words) do not each form one phrase with the later
// ones conjuncts of the first, each name is rebuilt headed by its last word (UD's compound
// names) and the later names become the first one's conjuncts.
bool repair_name_list(View& v) {
    const int n = v.size();
    // A title-case headline, where every word but short function words is capitalised, looks
    // like one long name.
    if (!lower_content(v)) return false;
    // A list needs a comma or a coordinator between its names.
    bool separated = false;
    for (int i = 0; i < n && !separated; ++i) {
        separated = v[i].form == ","sv || v[i].upos == "CCONJ"sv;
    }
    if (!separated) return false;
    struct Span {
        int det = -1, lo = -1, hi = -1;  // the optional "the", the name's first and last word
        int desc = -1;                   // the first word of a description before the name
        int sep = -1, cc = -1;           // the comma and the coordinator before the name
    };
    bool changed = false;
    // "of", "for" and "&" join the words of one name: "the University of Nairobi", "Procter &
    // Gamble".
    auto joiner = [&](int k) {
        return k + 1 < n &&
               (v[k].form == "of"sv || v[k].form == "for"sv || v[k].form == "'s"sv || v[k].form == "&"sv) &&
               name_word(v[k + 1]);
    };
    for (int i = 0; i < n; ++i) {
        std::vector<Span> spans;
        int p = i;
        int sep = -1, cc = -1;
        while (p < n) {
            Span s;
            s.sep = sep;
            s.cc = cc;
            if ((v[p].form == "the"sv || (p == 0 && v[p].form == "The"sv)) && p + 1 < n) s.det = p++;
            // "the Finnish engineering firm Polarix": after "the", a description with a
            // lower-case noun or adjective in it, right before the name, is the name's.
            if (s.det >= 0) {
                int q = p;
                bool lower = false;
                while (q < n && (v[q].upos == "ADJ"sv || v[q].upos == "NOUN"sv) &&
                       (!capitalized_word(v[q]) || v[q].upos == "ADJ"sv)) {
                    lower = lower || !capitalized_word(v[q]);
                    ++q;
                }
                if (lower && q < n && q > p && v[q].upos == "PROPN"sv && capitalized_word(v[q])) {
                    s.desc = p;
                    p = q;
                }
            }
            // A name starts after a word that is no part of it (not the sentence's first word,
            // capitalised anyway).
            if (!name_word(v[p]) || (s.det < 0 && s.desc < 0 && (p == 0 || capitalized_word(v[p - 1]) ||
                                                   joiner(p - 1) || v[p - 1].form == "of"sv ||
                                                   v[p - 1].form == "&"sv))) {
                break;
            }
            s.lo = s.hi = p;
            while (s.hi + 1 < n && (name_word(v[s.hi + 1]) || joiner(s.hi + 1))) {
                s.hi += name_word(v[s.hi + 1]) ? 1 : 2;
            }
            // "the Indian drugmaker": an adjective ends no name.
            if (v[s.hi].upos == "ADJ"sv) break;
            spans.push_back(s);
            if (spans.back().cc >= 0) break;  // "and C" ends the list
            p = s.hi + 1;
            sep = cc = -1;
            if (p < n && v[p].form == ","sv) sep = p++;
            if (p < n && (v[p].form == "and"sv || v[p].form == "or"sv)) cc = p++;
            if (sep < 0 && cc < 0) break;
        }
        // "X, and Y ..." with two names is more often two clauses than a list.
        if (spans.size() < 2 || spans.back().cc < 0 ||
            (spans.size() == 2 && spans.back().sep >= 0)) {
            if (!spans.empty()) i = spans.front().hi;
            continue;
        }
        const int first = spans.front().det >= 0 ? spans.front().det : spans.front().lo;
        const int last = spans.back().hi;
        i = last;
        auto inside = [&](int k, int a, int b) { return k >= a && k <= b; };
        // The list's place in the sentence: the attachment of its first token that hangs outside.
        int ext = -1;
        // "Its partners are the University of X, Y University, ... and Z": a list that is a
        // copular predicate holds the root on its first name, the subject and copula before it.
        const Span& opening = spans.front();
        const int opening_at = opening.det >= 0 ? opening.det : opening.lo;
        int opening_outside = 0, opening_head = -1;
        for (int k = opening_at; k <= opening.hi; ++k) {
            if (!inside(v.head(k), opening_at, opening.hi)) {
                ++opening_outside;
                opening_head = k;
            }
        }
        bool predicate = false;
        if (opening_outside == 1 && v.head(opening_head) < 0) {
            for (int c : v.kids(opening_head)) predicate = predicate || (c < first && v[c].deprel == "cop"sv);
        }
        for (int k = first; k <= last; ++k) {
            if (!inside(v.head(k), first, last)) {
                if (predicate && k == opening_head) {
                    if (ext < 0) ext = k;
                    continue;
                }
                if (v.head(k) < 0 || v.dominates(k, v.head(k))) {
                    ext = -2;  // the list holds the root or the clause: too broken to mend here
                    break;
                }
                if (ext < 0) ext = k;
            }
        }
        if (ext < 0) continue;
        // Already one phrase per name, the later names conjuncts of the first: leave it.
        std::vector<int> heads;
        bool whole = true;
        for (const Span& s : spans) {
            const int a = s.det >= 0 ? s.det : s.lo;
            int head = -1, outside = 0;
            for (int k = a; k <= s.hi; ++k) {
                if (!inside(v.head(k), a, s.hi)) {
                    head = k;
                    ++outside;
                }
            }
            whole = whole && outside == 1;
            heads.push_back(head);
        }
        // "the Foundation for Science and Technology": a conjunct the parser hung inside an
        // earlier name's prepositional part belongs to that name.
        // But in "A, B, the University of Ostend and Ravensworth College" the coordinator before a
        // last name of its own (two words or more) after a comma-separated item ends the list:
        // a list of three names has its "and" before the last one.
        bool in_name = false;
        for (std::size_t s = 1; s < spans.size(); ++s) {
            const int h = heads[s];
            const int of = v.head(h);
            if (h < 0 || v[h].deprel != "conj"sv || of < 0) continue;
            // So does an acronym, a name of its own ("..., the University of British Columbia and
            // NSERC").
            if (s + 1 == spans.size() && s >= 2 && spans[s].cc >= 0 && spans[s - 1].sep >= 0 &&
                (spans[s].hi > spans[s].lo || acronym_word(v[spans[s].lo]))) {
                continue;
            }
            for (std::size_t e = 0; e < s; ++e) {
                for (int k = spans[e].lo; k < of && inside(of, spans[e].lo, spans[e].hi); ++k) {
                    in_name = in_name || (!name_word(v[k]) && v[k].form != "'s"sv);
                }
            }
        }
        if (in_name) continue;
        // A described name that the parser made a verb's subject ("including the drone maker
        // SkyMarine and the sensor firm Oceantrace, will supply ...") is for the subject repairs.
        bool described_subject = false;
        for (std::size_t s = 1; s < spans.size(); ++s) {
            described_subject = described_subject || (spans[s].desc >= 0 && is_subject(v[heads[s]].deprel));
        }
        if (described_subject) continue;
        bool fine = whole;
        for (std::size_t s = 1; fine && s < spans.size(); ++s) {
            fine = v[heads[s]].deprel == "conj"sv && v.head(heads[s]) == heads[0];
        }
        if (fine) continue;
        // A name with a possessive or a preposition inside that the parser broke is past this
        // repair.
        bool inner_broken = false;
        for (std::size_t s = 0; s < spans.size(); ++s) {
            int outside = 0;
            const int a = spans[s].det >= 0 ? spans[s].det : spans[s].lo;
            for (int k = a; k <= spans[s].hi; ++k) outside += !inside(v.head(k), a, spans[s].hi);
            for (int k = spans[s].lo; k <= spans[s].hi; ++k) {
                if (!name_word(v[k]) && outside != 1) inner_broken = true;
            }
        }
        if (inner_broken) continue;
        const int ext_head = v.head(ext);
        const std::string ext_rel = v[ext].deprel;
        // What comes before the list and hangs on it ("including", "with") is the list's.
        std::vector<int> before;
        for (int k = 0; k < first; ++k) {
            if (inside(v.head(k), first, last)) before.push_back(k);
        }
        for (std::size_t s = 0; s < spans.size(); ++s) {
            const Span& sp = spans[s];
            const int a = sp.det >= 0 ? sp.det : sp.lo;
            int outside = 0;
            for (int k = a; k <= sp.hi; ++k) outside += !inside(v.head(k), a, sp.hi);
            int h = heads[s];
            if (outside != 1) {
                // Rebuilt as UD writes a compound name: every word on the last one.
                h = sp.hi;
                for (int k = sp.desc >= 0 ? sp.desc : sp.lo; k < sp.hi; ++k) {
                    v.attach(k, h, v[k].upos == "ADJ"sv ? "amod" : "compound");
                }
                if (sp.det >= 0) v.attach(sp.det, h, "det");
            }
            heads[s] = h;
            if (s == 0) {
                v.attach(h, ext_head, ext_rel.c_str());
            } else {
                v.attach(h, heads[0], "conj");
                if (sp.sep >= 0) v.attach(sp.sep, h, "punct");
                if (sp.cc >= 0) v.attach(sp.cc, h, "cc");
            }
        }
        for (int k : before) v.set_head(k, heads[0]);
        changed = true;
    }
    return changed;
}

// "a vaccine developed by the University of Oxford and the Indian drugmaker Serum Institute":
// the parser may hang a named conjunct on the common noun the whole phrase modifies. A
// conjunct that names something (a name, or a description with its name) and follows a named
// phrase inside that noun's modifiers is that name's conjunct: names coordinate with names.
bool repair_conjunct_of_name(View& v) {
    if (!(v.has_rel(trigger::rel({"conj", "appos"})) && v.has_tag(trigger::tag({"NOUN"})))) return false;
    bool changed = false;
    for (int c = 2; c < v.size(); ++c) {
        const int h = v.head(c);
        if (h < 0 || h >= c || v[h].upos != "NOUN"sv) continue;
        // "a report published by the Halden Institute, an education think tank": a description
        // set off by a comma right after a name describes the name, likewise.
        const bool appos = v[c].deprel == "appos"sv && v[c].upos == "NOUN"sv;
        if (v[c].deprel != "conj"sv && !appos) continue;
        int cc = -1;
        for (int k : v.kids(c)) {
            if (k < c && (appos ? v[k].deprel == "punct"sv && v[k].form == ","sv
                                : v[k].deprel == "cc"sv)) {
                cc = k;
            }
        }
        if (cc < 1) continue;
        if (appos && v.span(c).first != cc) continue;
        // The name right after a description may not hang on it yet: the second-subject repair
        // makes it the description's apposition later.
        bool named = v[c].upos == "PROPN"sv || appos ||
                     (c + 1 < v.size() && v[c + 1].upos == "PROPN"sv && capitalized_word(v[c + 1]));
        for (int k : v.kids(c)) {
            named = named || (k > c && v[k].upos == "PROPN"sv &&
                              (v[k].deprel == "appos"sv || v[k].deprel == "flat"sv ||
                               v[k].deprel == "compound"sv));
        }
        if (!named) continue;
        int x = cc - 1;
        if (v[x].form == ","sv && x > 0) --x;
        // The top of the noun phrase that ends right before the coordinator.
        for (int steps = 0; steps <= v.size() && v.head(x) > h && v.head(x) < cc &&
               (v[x].deprel == "nmod"sv || v[x].deprel == "flat"sv || v[x].deprel == "compound"sv ||
                v[x].deprel == "appos"sv); ++steps) {
            x = v.head(x);
        }
        const std::string_view xr = base_rel(v[x].deprel);
        if (x <= h || v[x].upos != "PROPN"sv || !v.dominates(h, x) ||
            (xr != "obl" && xr != "nmod")) {
            continue;
        }
        v.set_head(c, x);
        changed = true;
    }
    return changed;
}

// "run by the Kenya Medical Research Institute and the Navrongo Centre, two institutions
// that ...": a verb has one agent; a second "agent" with no "by" of its own, set off by a comma
// after the first, is the first one's apposition. With no agent before it, an agent with no
// "by" is no agent at all: set off by a comma right after the verb's object or oblique, it is
// that phrase's apposition.
bool repair_second_agent(View& v) {
    if (!(v.has_rel(trigger::rel({"obl:agent"})))) return false;
    bool changed = false;
    for (int c = 1; c < v.size(); ++c) {
        if (v[c].deprel != "obl:agent"sv || !nominal(v[c])) continue;
        bool has_case = false;
        for (int k : v.kids(c)) has_case = has_case || v[k].deprel == "case"sv;
        if (has_case) continue;
        int first = -1;
        for (int k : v.kids(v.head(c))) {
            if (k < c && v[k].deprel == "obl:agent"sv && first < 0) first = k;
        }
        // The comma may hang on either side of it.
        const int lo = v.span(c).first;
        const int comma = v[lo].form == ","sv ? lo : lo - 1;
        if (comma < 1 || v[comma].form != ","sv) continue;
        // "was awarded to Radiant Reporting, a teleradiology company based in Leeds": with no
        // agent before it, the caseless "agent" renames the object or oblique the comma closes.
        if (first < 0) {
            for (int k : v.kids(v.head(c))) {
                const std::string_view r = v[k].deprel;
                if (k < c && nominal(v[k]) && (r == "obj"sv || r == "obl"sv || r == "iobj"sv) &&
                    v.span(k, c).second == comma - 1) {
                    first = k;
                }
            }
        }
        if (first < 0 || v.span(first, c).second != comma - 1) continue;
        v.attach(c, first, "appos");
        changed = true;
    }
    return changed;
}

// "supplied by Northfield, a company that was acquired last year by the group Kanto": a verb
// has one agent; a second "by" agent of a passive verb (or a "by" agent the parser hung on the
// first agent's noun) that comes after a passive participle inside the first agent's phrase (a
// relative clause or a reduced one) belongs to that participle, when the participle has no
// agent of its own. The nearest such participle wins.
bool repair_agent_of_inner_participle(View& v) {
    if (!(v.has_rel(trigger::rel({"obl:agent"})) && v.has_word(trigger::word({"by"})))) return false;
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        if (v[c].deprel != "obl:agent"sv || !nominal(v[c])) continue;
        bool by = false;
        for (int k : v.kids(c)) by = by || (k < c && v[k].deprel == "case"sv && ascii::iequals(v[k].form, "by"));
        if (!by) continue;
        const int verb = v.head(c);
        if (verb < 0) continue;
        // The first agent: a sibling before it, or the noun the parser hung it on.
        int first = verb < c && nominal(v[verb]) ? verb : -1;
        for (int k : v.kids(verb)) {
            if (k < c && v[k].deprel == "obl:agent"sv && first < 0) first = k;
        }
        if (first < 0) continue;
        for (int p = c - 1; p > first; --p) {
            if (v[p].upos != "VERB"sv || !v.dominates(first, p)) continue;
            const std::string_view rel = v[p].deprel;
            if (rel != "acl"sv && rel != "acl:relcl"sv) continue;
            bool passive = v[p].xpos == "VBN"sv, agent = false;
            for (int k : v.kids(p)) {
                passive = passive || v[k].deprel == "aux:pass"sv || v[k].deprel == "nsubj:pass"sv;
                agent = agent || v[k].deprel == "obl:agent"sv;
            }
            if (passive && !agent) {
                v.set_head(c, p);
                changed = true;
            }
            break;
        }
    }
    return changed;
}

// "rejected the charge, saying it held twelve hearings": a finite verb (a past tense or an
// "-s" present; the plain present looks like the infinitive of "help them find") is no open
// complement; when the parser makes it an xcomp with the noun phrase right before it
// the governing verb's object, that phrase is its subject and the clause what was said.
// "The Halvorsen Foundation denied reports that ...", "The bank refuted reports": a past form
// the parser hung as a modifier on the noun right after it, while giving it a subject of its
// own, is the clause's verb, and that noun its object (the subject's determiner, left on the
// noun, goes back to the subject; so does the sentence's closing mark to the verb).
bool repair_past_verb_as_modifier(View& v) {
    if (!(v.has_rel(trigger::rel({"amod"})) && v.has_tag(trigger::tag({"VBD", "VBN"})))) return false;
    bool changed = false;
    for (int a = 1; a + 1 < v.size(); ++a) {
        const int n = a + 1;
        if (v[a].deprel != "amod"sv || (v[a].xpos != "VBD"sv && v[a].xpos != "VBN"sv) || v[a].upos != "VERB"sv || v.head(a) != n ||
            !nominal(v[n])) {
            continue;
        }
        int subj = -1;
        for (int k : v.kids(a)) {
            if (k < a && v[k].deprel == "nsubj"sv && nominal(v[k])) subj = k;  // active: not a participle
        }
        if (subj < 0) continue;
        const int g = v.head(n);
        const std::string rel = g < 0 ? std::string("root") : std::string(v[n].deprel);
        v.attach(a, g, rel.c_str());
        v.attach(n, a, "obj");
        for (int k : v.kids(n)) {
            if (k < subj) v.set_head(k, subj);
            if (k == v.size() - 1 && v[k].deprel == "punct"sv) v.set_head(k, a);
        }
        changed = true;
    }
    return changed;
}

// "The Kestrel Foundation funds not ...": a name hung as a compound on the finite verb after it,
// which has no subject, is that subject (a determiner left on the verb goes with it).
bool repair_compound_on_finite_verb(View& v) {
    if (!(v.has_rel(trigger::rel({"compound"})) && v.has_tag(trigger::tag({"VERB"})))) return false;
    bool changed = false;
    for (int k = 0; k < v.size(); ++k) {
        const int h = v.head(k);
        if (v[k].deprel != "compound"sv || v[k].upos != "PROPN"sv || h <= k || v[h].upos != "VERB"sv ||
            (v[h].xpos != "VBZ"sv && v[h].xpos != "VBD"sv && v[h].xpos != "VBP"sv)) {
            continue;
        }
        bool subject = false;
        for (int c : v.kids(h)) subject = subject || is_subject(v[c].deprel);
        if (subject) continue;
        v.attach(k, h, "nsubj");
        for (int c : v.kids(h)) {
            if (c < k && v[c].deprel == "det"sv) v.set_head(c, k);
        }
        changed = true;
    }
    return changed;
}

// "Will the Financial Conduct Authority regulate payday lenders?": in a question opened by a
// modal that the parser made the root, the base form after the subject is the root, the modal
// its auxiliary, the noun phrase between them its subject and the one after it its object (their
// words that hung outside their phrase go to its head).
bool repair_modal_question(View& v) {
    const int n = v.size();
    if (!(v.has_word(trigger::word({"?"})) && v.has_tag(trigger::tag({"AUX"})) && v.has_tag(trigger::tag({"VERB"})))) {
        return false;
    }
    if (n < 5 || v[n - 1].form != "?"sv || v[0].upos != "AUX"sv || v[0].xpos != "MD"sv || v.head(0) >= 0) return false;
    int vb = -1;
    for (int i = 2; i < n - 1 && vb < 0; ++i) {
        if (v[i].upos == "VERB"sv && v[i].xpos == "VB"sv) vb = i;
    }
    if (vb < 0 || vb + 1 >= n - 1) return false;
    // The head of the phrase [lo, hi]: its one nominal word whose head is outside it; every other
    // word hung outside must be a determiner, modifier or compound.
    auto phrase_head = [&](int lo, int hi) {
        int head = -1;
        for (int k = lo; k <= hi; ++k) {
            const int h = v.head(k);
            if (h >= lo && h <= hi) continue;
            if (nominal(v[k]) && v[k].deprel != "compound"sv) {
                if (head >= 0) return -1;
                head = k;
            } else if (v[k].deprel != "det"sv && v[k].deprel != "amod"sv && v[k].deprel != "compound"sv) {
                return -1;
            }
        }
        return head;
    };
    const int subj = phrase_head(1, vb - 1), obj = phrase_head(vb + 1, n - 2);
    if (subj < 0 || obj < 0) return false;
    for (int k = 1; k < n - 1; ++k) {
        if (k == vb || k == subj || k == obj) continue;
        const bool in_subj = k < vb;
        const int lo = in_subj ? 1 : vb + 1, hi = in_subj ? vb - 1 : n - 2;
        if (v.head(k) < lo || v.head(k) > hi) v.set_head(k, in_subj ? subj : obj);
    }
    v.attach(vb, -1, "root");
    v.attach(0, vb, "aux");
    v.attach(subj, vb, "nsubj");
    v.attach(obj, vb, "obj");
    v.set_head(n - 1, vb);
    return true;
}

bool repair_finite_complement(View& v) {
    bool changed = false;
    for (int c = 2; c < v.size(); ++c) {
        if (v[c].deprel != "xcomp"sv || v[c].upos != "VERB"sv ||
            (v[c].xpos != "VBD"sv && v[c].xpos != "VBZ"sv)) {
            continue;
        }
        const int g = v.head(c);
        if (g < 0 || g > c) continue;
        bool own_subject = false;
        for (int k : v.kids(c)) own_subject = own_subject || is_subject(v[k].deprel) || v[k].deprel == "mark"sv;
        if (own_subject) continue;
        int obj = -1;
        for (int k : v.kids(g)) {
            if (v[k].deprel == "obj"sv && k < c && nominal(v[k]) && v.span(k).second == c - 1) obj = k;
        }
        if (obj < 0) continue;
        v.attach(obj, c, "nsubj");
        v.attach(c, g, "ccomp");
        changed = true;
    }
    return changed;
}

// "urged the administrators to protect jobs and called on the government to", "accused the
// council of favouring large teams and called on ministers to": a past form with no auxiliary or
// subject of its own is no conjunct of a bare infinitive or of a gerund opened by a marker ("of",
// "by", "while"; a conjunct of "to protect" would be bare too, one of "favouring" a gerund); it
// continues the finite past verb the infinitive depends on, or the one the gerund's phrase
// depends on at most two heads up.
bool repair_past_conjunct_of_nonfinite(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_rel(trigger::rel({"mark"})) && v.has_tag(trigger::tag({"VBD", "VBN"})))) {
        return false;
    }
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        if (v[c].deprel != "conj"sv || v[c].upos != "VERB"sv || (v[c].xpos != "VBD"sv && v[c].xpos != "VBN"sv)) continue;
        const int p = v.head(c);
        if (p < 1 || p >= c || v[p].upos != "VERB"sv) continue;
        const bool gerund = v[p].xpos == "VBG"sv;
        if (!gerund && v[p].xpos != "VB"sv) continue;
        const std::string_view pr = base_rel(v[p].deprel);
        if (pr != "advcl"sv && pr != (gerund ? "acl"sv : "xcomp"sv)) continue;
        bool marked = false, own = false;
        for (int k : v.kids(p)) {
            marked = marked || (k < p && v[k].deprel == "mark"sv && (gerund || ascii::iequals(v[k].form, "to")));
        }
        for (int k : v.kids(c)) own = own || is_subject(v[k].deprel) || base_rel(v[k].deprel) == "aux"sv;
        if (!marked || own) continue;
        int g = v.head(p);
        if (gerund && g >= 0 && g < p && v[g].upos != "VERB"sv) g = v.head(g);
        if (g < 0 || g >= p || v[g].upos != "VERB"sv || v[g].xpos != "VBD"sv) continue;
        v.set_head(c, g);
        changed = true;
    }
    return changed;
}

// After clause `c` became what verb `g` reports: a later conjunct of `g` in the past perfect
// ("and had hired") with no subject of its own is backshifted reported speech continuing `c`.
void continue_report(View& v, int g, int c) {
    const int end = v.span(c).second;
    for (int k : v.kids(g)) {
        if (k <= end || v[k].deprel != "conj"sv || v[k].upos != "VERB"sv) continue;
        bool had = false, subject = false;
        for (int a : v.kids(k)) {
            had = had || (v[a].deprel == "aux"sv && ascii::iequals(v[a].form, "had"));
            subject = subject || is_subject(v[a].deprel);
        }
        if (had && !subject) v.set_head(k, c);
    }
}

// "said the company expected to resume production ... and had hired a firm": a past tense
// (VBD, no participle) cannot be a reduced relative; when the parser hangs one as a clause on the
// object of a verb of saying, right after that object's phrase and with no subject of its own,
// the object is its subject and the clause what was said. A later conjunct of the saying verb
// in the past perfect ("and had hired") with no subject is backshifted reported speech: it
// continues the reported clause.
bool repair_reported_clause_on_object(View& v) {
    if (!(v.has_rel(trigger::rel({"acl", "obj"})) && v.has_tag(trigger::tag({"VBD"})))) return false;
    bool changed = false;
    for (int c = 2; c < v.size(); ++c) {
        if (v[c].deprel != "acl"sv || v[c].upos != "VERB"sv || v[c].xpos != "VBD"sv) continue;
        const int obj = v.head(c);
        if (obj < 0 || obj >= c || v[obj].deprel != "obj"sv || !nominal(v[obj]) || v[obj].upos == "PRON"sv) continue;
        const int g = v.head(obj);
        if (g < 0 || g > obj) continue;
        const std::string say = ascii::lower(v[g].form);
        if (say != "said" && say != "says" && say != "say") continue;
        bool blocked = false;
        for (int k : v.kids(c)) blocked = blocked || is_subject(v[k].deprel) || v[k].deprel == "mark"sv || k < c;
        for (int k : v.kids(obj)) blocked = blocked || (k > obj && k != c);
        if (blocked) continue;
        v.attach(obj, c, "nsubj");
        v.attach(c, g, "ccomp");
        continue_report(v, g, c);
        changed = true;
    }
    return changed;
}

// "told MPs that the council had spent 18 million pounds ... and had worked with hospitals": a
// clause opened by "that" with a subject of its own, which the parser hung as a clause on the
// indirect object of a verb before it (or on a name or pronoun as its object, which take no
// content clause, unlike "the claim that ..."), is that verb's complement, continued by a
// later conjunct in the past perfect (continue_report).
bool repair_that_clause_on_recipient(View& v) {
    if (!(v.has_rel(trigger::rel({"acl"})) && v.has_word(trigger::word({"that"})))) return false;
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        if (v[c].deprel != "acl"sv || (v[c].upos != "VERB"sv && v[c].upos != "AUX"sv)) continue;
        const int n = v.head(c);
        if (n < 1 || n >= c) continue;
        const bool recipient = v[n].deprel == "iobj"sv ||
                               (v[n].deprel == "obj"sv && (v[n].upos == "PROPN"sv || v[n].upos == "PRON"sv));
        const int g = v.head(n);
        if (!recipient || g < 0 || g >= n || v[g].upos != "VERB"sv) continue;
        int mark = -1, subject = -1;
        for (int k : v.kids(c)) {
            if (k < c && v[k].deprel == "mark"sv && ascii::iequals(v[k].form, "that")) mark = k;
            if (k < c && is_subject(v[k].deprel) && nominal(v[k])) subject = k;
        }
        if (mark < 0 || subject < 0 || mark > subject || v.span(n, c).second >= mark) continue;
        v.attach(c, g, "ccomp");
        continue_report(v, g, c);
        changed = true;
    }
    return changed;
}

// "said the new runway, which will raise capacity, would create jobs": a verb of saying whose
// object carries a relative clause or an apposition set off by commas, right after which comes
// a reported clause opening with an auxiliary and with no subject of its own: the object is that
// clause's subject (a noun phrase with a modal after it is no object of "said"), and the clause,
// which the parser may have set beside the verb or made a conjunct of an earlier verb ("warned
// that ..., while X said the factory, drawing water, would harm"), is what was said.
bool repair_reported_subject_before_relative(View& v) {
    if (!(v.has_rel(trigger::rel({"ccomp", "parataxis", "conj"})) && v.has_rel(trigger::rel({"obj"})) &&
          v.has_tag(trigger::tag({"AUX"})))) {
        return false;
    }
    auto saying = [&](int g) {
        const std::string say = ascii::lower(v[g].form);
        return say == "said" || say == "says" || say == "say";
    };
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        const bool conj = v[c].deprel == "conj"sv;
        if ((v[c].deprel != "ccomp"sv && v[c].deprel != "parataxis"sv && !conj) || v[c].upos != "VERB"sv) continue;
        const int h = v.head(c);
        if (h < 0 || h >= c) continue;
        bool subject = false, aux_first = false;
        for (int k : v.kids(c)) {
            subject = subject || is_subject(v[k].deprel) || v[k].deprel == "mark"sv || (conj && v[k].deprel == "cc"sv);
        }
        if (subject) continue;
        const auto [lo, hi] = v.span(c);
        for (int k = lo; k < c; ++k) {
            if (v[k].upos == "PUNCT"sv) continue;
            aux_first = v[k].upos == "AUX"sv && v.head(k) == c;
            break;
        }
        if (!aux_first || v[lo].form != ","sv) continue;
        // The verb of saying is the clause's head, or, when the parser made the clause a
        // conjunct, that head or a verb between it and the clause.
        int g = -1, obj = -1;
        for (int s = h; s < (conj ? lo : h + 1); ++s) {
            if (!saying(s)) continue;
            for (int k : v.kids(s)) {
                if (v[k].deprel == "obj"sv && k > s && k < c && v.span(k).second + 1 == lo) g = s, obj = k;
            }
        }
        if (obj < 0 || !nominal(v[obj]) || v[obj].upos == "PRON"sv) continue;
        // "said the factory, drawing water from the river, would harm": a participle's clause
        // set off by commas is as parenthetical as a relative clause or an apposition.
        bool set_off = false;
        for (int k : v.kids(obj)) {
            const int first = v.span(k).first;
            const bool participle = v[k].deprel == "acl"sv && (v[k].xpos == "VBG"sv || v[k].xpos == "VBN"sv) &&
                                    (v[first].form == ","sv || (first > 0 && v[first - 1].form == ","sv));
            set_off = set_off || (k > obj && (v[k].deprel == "acl:relcl"sv || v[k].deprel == "appos"sv || participle));
        }
        if (!set_off) continue;
        v.attach(obj, c, "nsubj");
        v.attach(c, g, "ccomp");  // (the parser may have set the clause beside the verb)
        changed = true;
    }
    return changed;
}

// "said Karen Holt, the authority's chief executive.": after "chief", "executive" (or
// "officer") is the noun the title ends in, not an adjective; the parser may make "chief" the
// noun and hang "executive" elsewhere (a secondary predicate of the verb).
bool repair_chief_title(View& v) {
    bool changed = false;
    for (int e = 1; e < v.size(); ++e) {
        const int c = e - 1;
        // "Tom Whitlock, chief executive of Kestrel Logistics, said": both words tagged adjectives,
        // "chief" on "executive" and "executive" an argument (an apposition the parser may have
        // made a list item of the name): "executive" is the title's noun.
        if (ascii::iequals(v[c].form, "chief") && v[c].upos == "ADJ"sv && v.head(c) == e &&
            (ascii::iequals(v[e].form, "executive") || ascii::iequals(v[e].form, "officer")) && v[e].upos == "ADJ"sv) {
            const std::string_view b = base_rel(v[e].deprel);
            if (b == "amod"sv || b == "advmod"sv || b == "acl"sv) continue;
            v.set_upos(e, "NOUN");
            v.set_xpos(e, "NN");
            // (its "of" phrase, an oblique of the adjective, is the noun's)
            for (int k : v.kids(e)) {
                if (k <= e || base_rel(v[k].deprel) != "obl"sv) continue;
                for (int g : v.kids(k)) {
                    if (g < k && v[g].deprel == "case"sv && ascii::iequals(v[g].form, "of")) v.set_deprel(k, "nmod");
                }
            }
            const int h = v.head(e);
            // (a list item right after a name and its comma is the name's apposition)
            if (b == "list"sv && h >= 0 && h < c && v[h].upos == "PROPN"sv && c >= 1 && v[c - 1].form == ","sv) {
                v.set_deprel(e, "appos");
            }
            changed = true;
            continue;
        }
        if (!ascii::iequals(v[c].form, "chief") || v[c].upos != "NOUN"sv ||
            (!ascii::iequals(v[e].form, "executive") && !ascii::iequals(v[e].form, "officer")) ||
            (v[e].upos == "NOUN"sv && base_rel(v[c].deprel) != "conj"sv) || v.head(e) == c || v.dominates(e, c)) {
            continue;
        }
        // (Its own phrase after it, "chief executive of Kestrel", goes with it: "founder and
        // chief executive of Kestrel" had "chief" the conjunct and "executive" a list item.)
        bool before = false;
        for (int k : v.kids(e)) before = before || k < e || base_rel(v[k].deprel) != "nmod"sv;
        if (before || (!v.kids(e).empty() && base_rel(v[c].deprel) != "conj"sv)) continue;
        v.set_head(e, v.head(c));
        v.set_deprel(e, v[c].deprel);
        v.set_upos(e, "NOUN");
        v.set_xpos(e, "NN");
        for (int k : v.kids(c)) v.set_head(k, e);
        v.attach(c, e, "amod");
        v.set_upos(c, "ADJ");
        v.set_xpos(c, "JJ");
        // The first of the coordinated roles, a list item right after a name and its comma, is
        // the name's apposition.
        const int first = v.head(e);
        if (base_rel(v[e].deprel) == "conj"sv && first >= 1 && v[first].deprel == "list"sv && v.head(first) >= 0 &&
            v.head(first) < first && v[v.head(first)].upos == "PROPN"sv && v[first - 1].form == ","sv) {
            v.set_deprel(first, "appos");
        }
        changed = true;
    }
    return changed;
}

// "said Gwen Farrow, the office's director general.", "the secretary general of the alliance": a
// postposed "general" closing a title is said of the noun right before it (a role), not of a
// name or a verb the parser hung it on.
bool repair_postposed_general(View& v) {
    if (!v.has_word(trigger::word({"general"}))) return false;
    bool changed = false;
    for (int g = 1; g < v.size(); ++g) {
        const int n = g - 1;
        if (!ascii::iequals(v[g].form, "general") || v[g].upos != "ADJ"sv || v[n].upos != "NOUN"sv) continue;
        if (v.head(g) == n || v.dominates(g, n) || !v.kids(g).empty()) continue;
        // Closing the phrase: the end of the sentence, punctuation or a preposition after it.
        if (g + 1 < v.size() && v[g + 1].upos != "PUNCT"sv && v[g + 1].upos != "ADP"sv) continue;
        v.attach(g, n, "amod");
        changed = true;
    }
    return changed;
}

// "the workshops in which trainees learn", "the partners with whom it works": a relative
// pronoun after a preposition is an oblique of its clause, never its object or subject.
bool repair_prepositional_relative(View& v) {
    bool changed = false;
    for (int k = 1; k < v.size(); ++k) {
        const std::string w = ascii::lower(v[k].form);
        if ((w != "which"sv && w != "whom"sv) || v.head(k - 1) != k || v[k - 1].deprel != "case"sv) continue;
        const std::string_view r = base_rel(v[k].deprel);
        if (r != "obj"sv && r != "iobj"sv && r != "nsubj"sv) continue;
        v.set_deprel(k, "obl");
        changed = true;
    }
    return changed;
}

// "MSF said the vaccine should be cheaper and urged the institute to publish its prices": a
// past-tense verb with no subject of its own, conjoined to a reported clause that is modal
// ("should be", "would sell"), continues the past tense of the verb of saying, not the reported
// clause: it is that verb's conjunct and shares its subject.
bool repair_reported_conjunct(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_rel(trigger::rel({"ccomp"})) && v.has_tag(trigger::tag({"VBD"})))) return false;
    bool changed = false;
    for (int c = 1; c < v.size(); ++c) {
        if (v[c].deprel != "conj"sv || v[c].upos != "VERB"sv || v[c].xpos != "VBD"sv) continue;
        const int p = v.head(c);
        if (p < 0 || v[p].deprel != "ccomp"sv) continue;
        const int s = v.head(p);
        if (s < 0 || v[s].upos != "VERB"sv || v[s].xpos != "VBD"sv || s > p) continue;
        bool own_subject = false, modal = false;
        for (int k : v.kids(c)) own_subject = own_subject || is_subject(v[k].deprel);
        for (int k : v.kids(p)) modal = modal || (v[k].deprel == "aux"sv && v[k].xpos == "MD"sv);
        if (own_subject || !modal) continue;
        v.set_head(c, s);
        changed = true;
    }
    return changed;
}

// "a panel of economists chaired by X", "a team of researchers led by Y": one leads, chairs or
// heads a body, not its members one by one. Such a participle with its agent, which the parser
// hung on the plural "of" complement of a noun for a body of people, modifies that noun.
bool repair_leading_participle_of_body(View& v) {
    if (!(v.has_rel(trigger::rel({"acl"})) && v.has_rel(trigger::rel({"obl:agent"})) && v.has_word(trigger::word({"of"})))) {
        return false;
    }
    static constexpr std::string_view kLeading[] = {"lead", "chair", "head", "direct", "convene"};
    static constexpr std::string_view kBodies[] = {"panel",   "committee", "team",   "group",     "board",
                                                   "council", "consortium", "coalition", "delegation", "commission",
                                                   "alliance", "network"};
    bool changed = false;
    for (int a = 3; a < v.size(); ++a) {
        if (v[a].deprel != "acl"sv || v[a].xpos != "VBN"sv ||
            std::find(std::begin(kLeading), std::end(kLeading), ascii::lower(v[a].lemma)) == std::end(kLeading)) {
            continue;
        }
        bool agent = false;
        for (int k : v.kids(a)) agent = agent || v[k].deprel == "obl:agent"sv;
        const int x = v.head(a);
        if (!agent || x < 0 || x >= a || v[x].deprel != "nmod"sv || v[x].upos != "NOUN"sv || v[x].xpos != "NNS"sv) continue;
        bool of = false;
        for (int k : v.kids(x)) of = of || (k < x && v[k].deprel == "case"sv && ascii::iequals(v[k].form, "of"));
        const int body = v.head(x);
        if (!of || body < 0 || body >= x || v[body].upos != "NOUN"sv ||
            std::find(std::begin(kBodies), std::end(kBodies), ascii::lower(v[body].lemma)) == std::end(kBodies)) {
            continue;
        }
        v.set_head(a, body);
        changed = true;
    }
    return changed;
}

// "raised 90 million dollars in a funding round led by Northgate": a participle with its agent
// right after a noun phrase modifies the noun it follows; the parser may hang it on the noun
// whose complement that phrase is. (Right after the noun, the nearer reading is the usual one.)
// "apply for grants from a fund managed by the department": so does one the parser made an
// adverbial clause of the verb, when it has no subject, auxiliary or subordinator of its own
// and the noun right before it (no comma between) is an object or complement in the verb's
// phrase; it becomes the noun's clause.
bool repair_participle_attachment(View& v) {
    if (!(v.has_rel(trigger::rel({"acl", "advcl"})) && v.has_rel(trigger::rel({"obl:agent"})) && v.has_tag(trigger::tag({"VBN"})))) return false;
    bool changed = false;
    for (int a = 2; a + 1 < v.size(); ++a) {
        const bool adverbial = v[a].deprel == "advcl"sv;
        if ((v[a].deprel != "acl"sv && !adverbial) || v[a].xpos != "VBN"sv) continue;
        const int h = v.head(a), x = a - 1;
        // The noun right before may be the complement of h's phrase or of a noun further on in
        // it ("McGill University and three partners at a ceremony hosted by the ministry"), but
        // it must lie inside h's phrase, and not inside the participle's own.
        const bool complement = v[x].deprel == "nmod"sv ||
                                (adverbial && (v[x].deprel == "obj"sv || v[x].deprel == "obl"sv));
        if (h < 0 || h >= x || !v.dominates(h, x) || !complement || v[x].upos != "NOUN"sv || v.dominates(a, x)) {
            continue;
        }
        bool agent = false, own = false;
        for (int k : v.kids(a)) {
            agent = agent || v[k].deprel == "obl:agent"sv;
            own = own || is_subject(v[k].deprel) || base_rel(v[k].deprel) == "aux"sv || v[k].deprel == "mark"sv;
        }
        if (!agent || (adverbial && own)) continue;
        if (adverbial) {
            v.attach(a, x, "acl");
        } else {
            v.set_head(a, x);
        }
        changed = true;
    }
    return changed;
}

// "publish its first results next spring": a verb has one direct object; a second one after it
// that "next", "last", "this" or "every" picks out is a time ("next spring", "last week").
bool repair_time_object(View& v) {
    if (!(v.has_word(trigger::word({"next", "last", "this", "every", "each"})))) return false;
    static constexpr std::string_view kWords[] = {"next", "last", "this", "every", "each"};
    bool changed = false;
    for (int o = 1; o < v.size(); ++o) {
        if (v[o].deprel != "obj"sv || v[o].upos != "NOUN"sv) continue;
        bool earlier = false, time = false;
        for (int k : v.kids(v.head(o))) earlier = earlier || (k < o && v[k].deprel == "obj"sv);
        for (int k : v.kids(o)) {
            const std::string w = ascii::lower(v[k].form);
            time = time || (k == o - 1 && std::find(std::begin(kWords), std::end(kWords), w) !=
                                              std::end(kWords));
        }
        if (!earlier || !time) continue;
        v.set_deprel(o, "obl:tmod");
        changed = true;
    }
    // "was rejected by the ministry last year": "last" cannot stand between a compound and its
    // head, so "ministry" heads the phrase (with its "by" and "the") and "last year" is a time
    // of the verb.
    for (int h = 2; h < v.size(); ++h) {
        const int a = h - 1, c = h - 2;
        if (v[h].upos != "NOUN"sv || v.head(a) != h || v.head(c) != h || v[c].deprel != "compound"sv) continue;
        const std::string w = ascii::lower(v[a].form);
        if (std::find(std::begin(kWords), std::end(kWords), w) == std::end(kWords)) continue;
        if (v[c].upos != "NOUN"sv && v[c].upos != "PROPN"sv) continue;
        const int up = v.head(h);
        const std::string rel = v[h].deprel;
        for (int k : v.kids(h)) {
            if (k < c) v.set_head(k, c);
        }
        v.attach(c, up, rel.c_str());
        const bool clause = up >= 0 && (v[up].upos == "VERB"sv || v[up].upos == "AUX"sv);
        v.attach(h, clause ? up : c, clause ? "obl:tmod" : "nmod:tmod");
        changed = true;
    }
    return changed;
}

// A word that names a time: a weekday, a month, a year, or a unit of the calendar.
bool time_word(const Token& t) {
    static constexpr std::string_view kWords[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "year", "month", "week", "day", "morning",
        "afternoon", "evening", "night", "weekend", "spring", "summer", "autumn", "winter"};
    const std::string w = ascii::lower(t.form);
    if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return true;
    }
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// A time word, or the plural of a unit of the calendar ("years", "months").
bool time_word_or_plural(const Token& t) {
    if (time_word(t)) return true;
    static constexpr std::string_view kUnits[] = {"years", "months", "weeks", "days", "decades"};
    const std::string w = ascii::lower(t.form);
    return std::find(std::begin(kUnits), std::end(kUnits), w) != std::end(kUnits);
}

// "It damaged the River Leven last year": a name right after an active verb with no object is
// that verb's object, not a bare oblique (a time or measure without a preposition) as the parser
// may read it before a time; a name that is a time ("met Monday", "opened in May") stays.
bool repair_name_taken_for_time(View& v) {
    if (!(v.has_rel(trigger::rel({"obl:unmarked"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    bool changed = false;
    for (int o = 1; o < v.size(); ++o) {
        const int w = v.head(o);
        if (v[o].deprel != "obl:unmarked"sv || v[o].upos != "PROPN"sv || w < 0 || w >= o || v[w].upos != "VERB"sv ||
            v.span(o).first != w + 1 || time_word(v[o])) {
            continue;
        }
        bool object = false, amount = false;
        for (int k : v.kids(w)) {
            const std::string_view b = base_rel(v[k].deprel);
            // (A time the parser took for an object, "last year", is no object.)
            object = object || (b == "obj"sv && !time_word(v[k])) || v[k].deprel == "aux:pass"sv ||
                     v[k].deprel == "nsubj:pass"sv;
            amount = amount || (v.span(k).first == v.span(o).second + 1 && v[k].upos == "NUM"sv);
        }
        // "pledged NOK 40 million": a currency before an amount is a measure.
        for (int k : v.kids(o)) amount = amount || v[k].upos == "NUM"sv;
        if (object || amount) continue;
        v.set_deprel(o, "obj");
        changed = true;
    }
    return changed;
}

// "learned most of the song only last summer, at a course": a time picked out by "last",
// "next", "this" or "every" with no preposition of its own is a time of the clause, never a
// noun's complement; the parser may hang it on a noun (even with that noun as its "subject").
// The noun it displaced takes its place back, and the phrases with a preposition that hung on
// the time are the verb's.
bool repair_time_complement(View& v) {
    if (!(v.has_word(trigger::word({"next", "last", "this", "every", "each"})) && v.has_rel(trigger::rel({"nmod"})))) return false;
    bool changed = false;
    for (int h = 1; h < v.size(); ++h) {
        if (v[h].upos != "NOUN"sv || base_rel(v[h].deprel) != "nmod"sv || !time_word(v[h])) continue;
        const std::string w = ascii::lower(v[h - 1].form);
        if (v.head(h - 1) != h || !(w == "next" || w == "last" || w == "this" || w == "every" || w == "each")) continue;
        int subj = -1;
        bool cased = false;
        for (int k : v.kids(h)) {
            cased = cased || v[k].deprel == "case"sv || v[k].deprel == "cop"sv;
            if (v[k].deprel == "nsubj"sv && k < h) subj = k;
        }
        if (cased) continue;
        int verb = v.head(h);
        for (int steps = 0; steps < 8 && verb >= 0 && v[verb].upos != "VERB"sv; ++steps) verb = v.head(verb);
        if (verb < 0 || v[verb].upos != "VERB"sv || verb == h) continue;
        if (subj >= 0) {
            const std::string rel = v[h].deprel;
            v.attach(subj, v.head(h), rel.c_str());
        }
        for (int k : v.kids(h)) {
            if (k <= h || base_rel(v[k].deprel) != "nmod"sv) continue;
            bool has_case = false;
            for (int c : v.kids(k)) has_case = has_case || (c < k && v[c].deprel == "case"sv);
            if (has_case) v.attach(k, verb, "obl");
        }
        v.attach(h, verb, "obl:tmod");
        changed = true;
    }
    return changed;
}

// "a reform announced on Wednesday by the ministry", "was approved last year by the board",
// "trained over the past two years by the charity": a
// time cannot have an agent; a "by" phrase the parser hung on the time of a passive participle is
// the participle's agent (a "by" phrase that is itself a time, "by March", is a deadline).
bool repair_agent_after_time(View& v) {
    bool changed = false;
    for (int k = 2; k < v.size(); ++k) {
        const int t = v.head(k);
        if (v[k].deprel != "nmod"sv || t < 0 || t >= k || !time_word_or_plural(v[t]) || time_word_or_plural(v[k])) continue;
        bool by = false;
        for (int c : v.kids(k)) by = by || (c < k && v[c].deprel == "case"sv && ascii::iequals(v[c].form, "by"));
        const int verb = v.head(t);
        if (!by || base_rel(v[t].deprel) != "obl" || verb < 0 || verb > t || v[verb].upos != "VERB"sv ||
            v[verb].xpos != "VBN"sv) {
            continue;
        }
        v.attach(k, verb, "obl:agent");
        changed = true;
    }
    return changed;
}

// "according to figures released last month by the Health Statistics Office": a past
// participle right before "last", "next", "this" or "every" and a time noun does not modify the
// time ("a released month"); it modifies the noun before it, the time is its own, and a "by"
// phrase after the time, which the parser hung on that noun, is its agent.
bool repair_participle_before_time(View& v) {
    if (!(v.has_tag(trigger::tag({"VBN"})) && v.has_word(trigger::word({"last", "next", "this", "every"})))) return false;
    bool changed = false;
    for (int k = 1; k + 2 < v.size(); ++k) {
        if (v[k].xpos != "VBN"sv || v[k].deprel != "amod"sv) continue;
        const std::string d = ascii::lower(v[k + 1].form);
        if (d != "last" && d != "next" && d != "this" && d != "every") continue;
        const int t = v.head(k);
        if (t != k + 2 || !time_word(v[t])) continue;
        // The noun the participle's phrase follows, which the time hangs on.
        const int noun = v.head(t);
        if (noun < 0 || noun >= k || (v[noun].upos != "NOUN"sv && v[noun].upos != "PROPN"sv)) continue;
        v.attach(k, noun, "acl");
        v.attach(t, k, "obl:tmod");
        for (int a : v.kids(noun)) {
            if (a <= t || base_rel(v[a].deprel) != "nmod"sv) continue;
            bool by = false;
            for (int c : v.kids(a)) by = by || (c < a && v[c].deprel == "case"sv && ascii::iequals(v[c].form, "by"));
            if (by && !time_word(v[a])) v.attach(a, k, "obl:agent");
        }
        changed = true;
    }
    return changed;
}

// "paid for by the Corvel Foundation", "the plan it voted on": a preposition with no noun of its
// own right after a participle or verb is stranded; it belongs to the verb ("pay for"), as UD's
// compound:prt, so that the verb's phrase is whole.
bool repair_stranded_preposition(View& v) {
    if (!(v.has_tag(trigger::tag({"ADP"})))) return false;
    bool changed = false;
    for (int p = 1; p < v.size(); ++p) {
        const std::string_view rel = base_rel(v[p].deprel);
        if (v[p].upos != "ADP"sv || (rel != "obl" && rel != "nmod") || v.head(p) != p - 1) continue;
        if (v[p - 1].upos != "VERB"sv || !v.kids(p).empty()) continue;
        const bool end = p + 1 >= v.size() || v[p + 1].upos == "PUNCT"sv ||
                         ascii::lower(v[p + 1].form) == "by";
        if (!end) continue;
        v.set_deprel(p, "compound:prt");
        changed = true;
    }
    // "Critics said a report paid for partly by a mining firm could not be trusted", "A clinic
    // funded largely by the Orrin Trust will be opened by the mayor": the parser may take the
    // agent of a participle that modifies a noun for the subject of the finite clause that comes
    // after it (a noun with "by" is no subject). When an auxiliary or modal opens that clause
    // right after the agent's phrase and the clause has no other subject, the modified noun is
    // its subject; the clause takes the noun's place (a reporting verb's complement, with any
    // "that" read as the verb's object as its marker, or the sentence's root), and the agent, the
    // adverbs and a stranded preposition are the participle's.
    for (int by = 2; by + 2 < v.size(); ++by) {
        if (ascii::lower(v[by].form) != "by"sv || v[by].deprel != "case"sv) continue;
        const int agent = v.head(by);
        if (agent <= by || !nominal(v[agent])) continue;
        const int verb = v.head(agent);
        const std::string_view arel = base_rel(v[agent].deprel);
        if (verb <= agent || v[verb].upos != "VERB"sv || (arel != "nsubj" && arel != "obl")) continue;
        const int after = v.span(agent).second + 1;
        if (after >= verb || v[after].upos != "AUX"sv || v.head(after) != verb) continue;
        int k = by - 1;
        while (k > 0 && v[k].upos == "ADV"sv) --k;
        int prep = -1;
        if (v[k].upos == "ADP"sv) prep = k--;
        const int part = k;
        if (part < 1 || v[part].upos != "VERB"sv || v[part].deprel != "acl"sv ||
            (v[part].xpos != "VBN"sv && v[part].xpos != "VBD"sv)) {
            continue;
        }
        const int noun = v.head(part);
        if (noun >= part || !nominal(v[noun])) continue;
        bool other_subject = false;
        for (int kid : v.kids(verb)) {
            other_subject = other_subject || (kid != agent && kid != noun && base_rel(v[kid].deprel) == "nsubj");
        }
        if (other_subject) continue;
        const int g = v.head(noun);
        if (g == verb) {
            // the noun already hangs on the clause's verb
        } else if (g < 0) {
            v.attach(verb, -1, "root");
        } else if (g < noun && v[g].upos == "VERB"sv) {
            v.attach(verb, g, "ccomp");
        } else if (g < noun && ascii::lower(v[g].form) == "that"sv && v.head(g) >= 0 && v.head(g) < g &&
                   v[v.head(g)].upos == "VERB"sv) {
            v.attach(verb, v.head(g), "ccomp");
            v.attach(g, verb, "mark");
            v.set_upos(g, "SCONJ");
        } else {
            continue;
        }
        bool passive = false;
        for (int kid : v.kids(verb)) passive = passive || v[kid].deprel == "aux:pass"sv;
        v.attach(noun, verb, passive ? "nsubj:pass" : "nsubj");
        if (prep >= 0) v.attach(prep, part, "compound:prt");
        for (int a = (prep >= 0 ? prep : part) + 1; a < by; ++a) v.attach(a, part, "advmod");
        v.attach(agent, part, "obl:agent");
        if (v[part].xpos == "VBD"sv) v.set_xpos(part, "VBN");
        changed = true;
    }
    // "a clinic paid for partly by a local charity", "a survey paid for largely by two landlords":
    // the parser may make the stranded preposition a case word of the adverbs that follow it, or
    // hang them on it, and hang the agent on the preposition, an adverb or the participle as a
    // plain oblique. The preposition is the participle's particle, the adverbs are the
    // participle's and so is the agent's "by" phrase.
    for (int p = 1; p + 2 < v.size(); ++p) {
        const int verb = p - 1;
        if (v[p].upos != "ADP"sv || v[verb].upos != "VERB"sv ||
            (v[verb].xpos != "VBN"sv && !(v[verb].xpos == "VBD"sv && v[verb].deprel == "acl"sv))) {
            continue;
        }
        int by = p + 1;
        while (by < v.size() && v[by].upos == "ADV"sv) ++by;
        if (by == p + 1 || by >= v.size() || ascii::lower(v[by].form) != "by" || v[by].deprel != "case"sv) continue;
        const int agent = v.head(by);
        if (agent <= by || !nominal(v[agent])) continue;
        auto inside = [&](int k) { return k >= p && k < by; };
        // The preposition and the adverbs hang on the verb or on one another, and have no other
        // words; the agent hangs on one of them or on the verb.
        bool closed = inside(v.head(agent)) || v.head(agent) == verb;
        for (int k = p; k < by && closed; ++k) {
            closed = v.head(k) == verb || inside(v.head(k));
            for (int kid : v.kids(k)) closed = closed && (inside(kid) || kid == agent);
        }
        if (!closed) continue;
        v.attach(p, verb, "compound:prt");
        for (int a = p + 1; a < by; ++a) v.attach(a, verb, "advmod");
        v.attach(agent, verb, "obl:agent");
        if (v[verb].xpos == "VBD"sv) v.set_xpos(verb, "VBN");
        changed = true;
    }
    // "is paid for largely by the Meridian Fund", "paid for by the Corvel Foundation": a
    // preposition right after the verb that the parser made a second case marker of the agent,
    // with nothing but adverbs between it and "by".
    for (int p = 1; p + 2 < v.size(); ++p) {
        const int n = v.head(p);
        if (v[p].upos != "ADP"sv || v[p].deprel != "case"sv || v[p - 1].upos != "VERB"sv || n <= p) continue;
        int by = p + 1;
        while (by < n && v[by].upos == "ADV"sv && v.head(by) == n) ++by;
        if (by >= n || ascii::lower(v[by].form) != "by" || v.head(by) != n) continue;
        v.attach(p, p - 1, "compound:prt");
        for (int a = p + 1; a < by; ++a) v.attach(a, p - 1, "advmod");
        changed = true;
    }
    // "Repairs will be paid for from a fund set up by X": a preposition right after a passive
    // participle and right before another preposition that opens a noun phrase has no noun of its
    // own; it is the participle's ("pay for"), and the phrase the second one opens is the
    // participle's oblique, with any participle the parser hung that phrase on as its modifier.
    for (int p = 1; p + 2 < v.size(); ++p) {
        const int verb = p - 1;
        if (v[p].upos != "ADP"sv || v[verb].upos != "VERB"sv || v[verb].xpos != "VBN"sv) continue;
        if (v[p + 1].upos != "ADP"sv || v[p + 1].deprel != "case"sv) continue;
        const std::string w = ascii::lower(v[p].form);
        if (w == "to"sv || w == "by"sv || w == "of"sv) continue;
        bool passive = false;
        for (int k : v.kids(verb)) passive = passive || v[k].deprel == "aux:pass"sv;
        const int n = v.head(p + 1);
        if (!passive || n <= p + 1 || !nominal(v[n]) || v.head(p) == n || !v.kids(p).empty()) continue;
        const int g = v.head(n);
        v.attach(p, verb, "compound:prt");
        if (g != verb) {
            v.attach(n, verb, "obl");
            if (g > n && v[g].upos == "VERB"sv && v[g].xpos == "VBN"sv && v.span(n).second == g - 1 &&
                v.head(g) == verb) {
                v.attach(g, n, "acl");
            }
        }
        changed = true;
    }
    return changed;
}

// "would pass the increase on to customers", "has handed the site back to the council": an
// adverbial particle right before "to" or "into", both made case words of the verb's oblique,
// is the verb's particle (UD's compound:prt), and "to" alone marks the oblique.
bool repair_particle_before_to(View& v) {
    if (!(v.has_rel(trigger::rel({"obl", "case"})) && v.has_word(trigger::word({"to"})))) return false;
    bool changed = false;
    for (int p = 2; p + 2 < v.size(); ++p) {
        const std::string w = ascii::lower(v[p].form);
        if (w != "on" && w != "back" && w != "over" && w != "off" && w != "out" && w != "along" && w != "away" &&
            w != "down") {
            continue;
        }
        const std::string next = ascii::lower(v[p + 1].form);
        const int n = v.head(p);
        if (v[p].deprel != "case"sv || (next != "to" && next != "into") || v[p + 1].deprel != "case"sv ||
            v.head(p + 1) != n || n <= p + 1 || v[n].deprel != "obl"sv) {
            continue;
        }
        const int verb = v.head(n);
        if (verb < 0 || verb >= p || v[verb].upos != "VERB"sv) continue;
        v.attach(p, verb, "compound:prt");
        v.set_upos(p, "ADP");
        v.set_xpos(p, "RP");
        changed = true;
    }
    return changed;
}

// The head of the noun phrase that ends right before ", who" (rel is the pronoun): a name, its
// flat parts, its "of" phrase and its apposition are one phrase ("Tomas Berg, the authority's
// deputy chair, who").
// An abbreviation in brackets closing the phrase stands in it ("the United Nations Children's
// Fund (UNICEF), which"). A name completing a lower-case common noun with "of" before "which" is
// what the clause is about ("with the support of UNICEF, which will provide"), not the noun: "which"
// takes up a thing, and the name is the nearer one ("the chief executive of X, who" still
// climbs to the person).
int phrase_before_relative(View& v, int rel) {
    int n = rel - 2;
    if (n > 0 && v[n].form == ")"sv && v.head(n) >= 0 && v.head(n) < n) n = v.head(n);
    const bool which = ascii::lower(v[rel].form) == "which";
    while (v.head(n) >= 0 && v.head(n) < n &&
           (v[n].deprel == "flat"sv || v[n].deprel == "nmod"sv || v[n].deprel == "appos"sv)) {
        const int h = v.head(n);
        bool of = false;
        for (int k : v.kids(n)) of = of || (k < n && v[k].deprel == "case"sv && ascii::lower(v[k].form) == "of");
        if (which && of && v[n].deprel == "nmod"sv && v[n].upos == "PROPN"sv && v[h].upos == "NOUN"sv &&
            !v[h].form.empty() && std::islower(static_cast<unsigned char>(v[h].form[0]))) {
            break;
        }
        n = h;
    }
    return n;
}

// "after", "before", "since" and "until" open clauses as well as phrases.
bool subordinating_preposition(const Token& t) {
    const std::string w = ascii::lower(t.form);
    return w == "after" || w == "before" || w == "since" || w == "until";
}

bool relative_pronoun(const Token& t) {
    const std::string w = ascii::lower(t.form);
    return w == "who" || w == "which" || w == "that";
}

// "A quota that ignores the advice is a quota on paper," she said: the parser may end the
// relative clause at its verb, make the verb's object the subject of the predicate that follows
// and hang the clause's noun on the outer verb as a second subject. A relative clause's verb with
// no object, right before a noun phrase that is the subject of the next predicate, takes that
// phrase as its object, and the clause's noun is the predicate's subject again.
bool repair_relative_object_as_subject(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) && v.has_word(trigger::word({"that", "which", "who"})))) return false;
    for (int r = 2; r + 1 < v.size(); ++r) {
        if (v[r].deprel != "acl:relcl"sv || v[r].upos != "VERB"sv) continue;
        const int n = v.head(r);
        if (n < 0 || n >= r || !nominal(v[n]) || !is_subject(v[n].deprel)) continue;
        bool pronoun_subject = false, complete = false;
        for (int k : v.kids(r)) {
            const std::string_view b = base_rel(v[k].deprel);
            if (b == "nsubj" && k < r && relative_pronoun(v[k])) pronoun_subject = true;
            if (b == "obj" || b == "ccomp" || b == "xcomp" || v[k].deprel == "nsubj:pass"sv || b == "cop") complete = true;
        }
        if (!pronoun_subject || complete || v[r].xpos == "VBN"sv) continue;
        const int x = [&v, r] {
            for (int k = r + 1; k < v.size(); ++k) {
                if (v.span(k).first == r + 1 && v[k].deprel == "nsubj"sv && nominal(v[k]) && v[k].upos != "PRON"sv) return k;
            }
            return -1;
        }();
        if (x < 0) continue;
        const int pred = v.head(x);
        if (pred <= x || v.head(pred) != v.head(n) || v.head(n) < 0) continue;
        bool copula = false;
        for (int k : v.kids(pred)) copula = copula || (v[k].deprel == "cop"sv && k > x && k < pred);
        if (!copula && v[pred].upos != "VERB"sv) continue;
        v.attach(x, r, "obj");
        v.attach(n, pred, "nsubj");
        return true;
    }
    return false;
}


// "The Harbour Trust, which has not signed the agreement, has said it will wait": the parser may
// end a relative clause set off by commas at its verb and make the verb's object a second subject
// of the verb the clause's noun is the subject of. A relative clause's verb with a relative
// pronoun for subject and no object, right before a noun phrase that closes with the clause's
// comma and is a second subject of the noun's own verb, takes that phrase as its object.
bool repair_relative_object_as_second_subject(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) && v.has_word(trigger::word({"that", "which", "who"})))) return false;
    for (int r = 2; r + 1 < v.size(); ++r) {
        if (v[r].deprel != "acl:relcl"sv || v[r].upos != "VERB"sv) continue;
        const int n = v.head(r);
        if (n < 0 || n >= r || !nominal(v[n]) || !is_subject(v[n].deprel) || v.head(n) <= r) continue;
        bool pronoun_subject = false, complete = false, perfect = false;
        for (int k : v.kids(r)) {
            const std::string_view b = base_rel(v[k].deprel);
            if (b == "nsubj" && k < r && relative_pronoun(v[k])) pronoun_subject = true;
            if (b == "obj" || b == "ccomp" || b == "xcomp" || v[k].deprel == "nsubj:pass"sv || b == "cop" ||
                v[k].deprel == "aux:pass"sv) {
                complete = true;
            }
            const std::string w = ascii::lower(v[k].form);
            if (v[k].deprel == "aux"sv && (w == "has" || w == "have" || w == "had")) perfect = true;
        }
        // A past participle only under "has", "have" or "had": "the plan, which was approved, ..."
        // is passive and needs no object.
        if (!pronoun_subject || complete || (v[r].xpos == "VBN"sv && !perfect)) continue;
        const int verb = v.head(n);
        int x = -1;
        for (int k = r + 1; k < verb && x < 0; ++k) {
            if (v.head(k) == verb && v[k].deprel == "nsubj"sv && v.span(k).first == r + 1) x = k;
        }
        if (x < 0 || !nominal(v[x]) || v[x].upos == "PRON"sv) continue;
        // The clause's closing comma right after the phrase, before the verb.
        const int close = v.span(x).second + (v[v.span(x).second].form == ","sv ? 0 : 1);
        if (close >= verb || v[close].form != ","sv) continue;
        v.attach(x, r, "obj");
        v.attach(close, r, "punct");
        return true;
    }
    return false;
}

// "\"This is a renewal, not an expansion,\" Brekke chief executive Ingrid Lund told the
// journal": after a closing quotation, a title right before a name the parser may take for an
// apposition inside the quotation and the reporting verb for a relative clause on the title. No
// relative clause opens with a subject name and no pronoun: the verb is the sentence's root,
// the quotation its complement, and the title the name's description (UD's nmod:desc).
bool repair_quoted_report_after_title(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    for (int r = 4; r < v.size(); ++r) {
        if (v[r].deprel != "acl:relcl"sv || v[r].upos != "VERB"sv) continue;
        const int d = v.head(r);
        if (d < 2 || d >= r || v[d].upos != "NOUN"sv || v[d].form.empty() ||
            !std::islower(static_cast<unsigned char>(v[d].form[0]))) {
            continue;
        }
        // The subject: a name right after the title, nothing else before the verb.
        int subj = -1;
        bool other = false;
        for (int k : v.kids(r)) {
            if (k > r) continue;
            if (v[k].deprel == "nsubj"sv && v[k].upos == "PROPN"sv) {
                subj = k;
            } else {
                other = true;
            }
        }
        if (subj != d + 1 || other || v.span(subj).second + 1 != r) continue;
        // The title's phrase opens right after a closing quotation mark set off by a comma.
        const int left = v.span(d).first;
        int q = -1;
        for (int k = left; k < d; ++k) {
            const std::string& f = v[k].form;
            if (f == "\""sv || f == "''"sv || f == "\u201d"sv) q = k;
        }
        if (q < 2 || v[q - 1].form != ","sv) continue;
        bool words = true;  // only the title's own words between the mark and the title
        for (int k = q + 1; k < d; ++k) words = words && v.head(k) == d && (v[k].upos == "ADJ"sv || nominal(v[k]));
        if (!words) continue;
        int root = -1;
        for (int k = 0; k < v.size(); ++k) {
            if (v.head(k) < 0) root = k;
        }
        if (root < 0 || root >= q || !v.dominates(root, d)) continue;
        v.attach(r, -1, "root");
        v.attach(root, r, "ccomp");
        v.attach(d, subj, "nmod:desc");
        // The comma and the closing mark end the quotation; the full stop ends the sentence.
        for (int k : {q - 1, q}) {
            if (v.head(k) == d) v.set_head(k, root);
        }
        if (v[v.size() - 1].upos == "PUNCT"sv && v.head(v.size() - 1) == root) v.set_head(v.size() - 1, r);
        return true;
    }
    return false;
}

// "signed a NOK 3.4 billion contract with X", "a GBP 5 million grant": a currency code (three
// capitals) before an amount is the amount's unit; the parser may make it the phrase's head
// and the noun the amount counts its complement. The noun is the head, the code its compound.
bool repair_currency_code_head(View& v) {
    if (!(v.has_tag(trigger::tag({"NUM"})) && v.has_rel(trigger::rel({"nmod"})))) return false;
    bool changed = false;
    for (int x = 0; x + 2 < v.size(); ++x) {
        const std::string& f = v[x].form;
        const bool code = f.size() == 3 && std::all_of(f.begin(), f.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (!code || !nominal(v[x]) || v[x + 1].upos != "NUM"sv) continue;
        int noun = -1;
        for (int k : v.kids(x)) {
            if (k > x + 1 && v[k].deprel == "nmod"sv && v[k].upos == "NOUN"sv && v.dominates(k, x + 1)) noun = k;
        }
        if (noun < 0) continue;
        bool marked = false;  // a complement with its own preposition is one ("USD 5 of ...")
        for (int k : v.kids(noun)) marked = marked || (k < noun && v[k].deprel == "case"sv);
        if (marked) continue;
        const std::string rel = v[x].deprel;
        v.attach(noun, v.head(x), rel.c_str());
        v.attach(x, noun, "compound");
        for (int k : v.kids(x)) {
            if (k < x && v[k].deprel == "det"sv) v.set_head(k, noun);
        }
        changed = true;
    }
    return changed;
}

// "signed a deal with NHS England": a phrase that opens with its own preposition is no
// apposition (UD's appos renames with a bare noun phrase); the parser's appos is the noun's
// prepositional complement (nmod).
bool repair_prepositional_apposition(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"case"})))) return false;
    bool changed = false;
    for (int x = 1; x < v.size(); ++x) {
        if (v[x].deprel != "appos"sv || !nominal(v[x]) || v.head(x) < 0 || v.head(x) >= x) continue;
        const int first = v.span(x).first;
        if (first <= v.head(x) || v[first].upos != "ADP"sv || v[first].deprel != "case"sv) continue;
        v.set_deprel(x, "nmod");
        v.set_head(first, x);  // "with" hung on "NHS" of "NHS England" marks the whole name
        changed = true;
    }
    return changed;
}

// "was led by Tomas Berg, the authority's deputy chair, who had worked for the Commission": the
// parser may make the relative clause the agent, with "by" its marker and the name its oblique.
// "by" never marks a clause whose subject is a relative pronoun: the name is the agent and the
// clause modifies the phrase before ", who".
bool repair_agent_relative(View& v) {
    if (!v.has_word(trigger::word({"by"}))) return false;  // the trigger, before walking the tree
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        const int h = v.head(c);
        if (v[c].upos != "VERB"sv || h < 0 || h >= c) continue;
        int by = -1, rel = -1, agent = -1;
        for (int k : v.kids(c)) {
            if (k < c && ascii::lower(v[k].form) == "by" && v[k].deprel == "mark"sv) by = k;
            if (k < c && is_subject(v[k].deprel) && relative_pronoun(v[k])) rel = k;
        }
        if (by < 0 || rel < 2 || v[rel - 1].form != ","sv) continue;
        for (int k : v.kids(c)) {
            if (agent < 0 && k > by && k < rel && nominal(v[k]) && base_rel(v[k].deprel) == "obl") agent = k;
        }
        if (agent < 0) continue;
        bool passive = false;
        for (int k : v.kids(h)) passive = passive || v[k].deprel == "aux:pass"sv;
        const std::string rel_of_clause = v[c].deprel;
        v.attach(agent, h, passive || rel_of_clause == "obl:agent" ? "obl:agent" : "obl");
        v.attach(by, agent, "case");
        const int n = phrase_before_relative(v, rel);
        v.attach(c, nominal(v[n]) && !v.dominates(c, n) ? n : agent, "acl:relcl");
        changed = true;
    }
    return changed;
}

// "The inquiry itself was led by Tomas Berg": the parser may read the emphatic pronoun as the
// subject of a relative clause on the noun before it. A reflexive is never a relative clause's
// subject: the clause is the noun's own predicate, and the pronoun stresses the noun (UD's
// nmod:unmarked).
bool repair_emphatic_reflexive(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) && v.has_tag(trigger::tag({"PRON"})))) return false;
    bool changed = false;
    for (int p = 1; p + 1 < v.size(); ++p) {
        if (v[p].upos != "PRON"sv || v[p].form.size() <= 4) continue;  // before lower-casing
        const std::string w = ascii::lower(v[p].form);
        const bool reflexive = w.size() > 4 &&
                               (w.compare(w.size() - 4, 4, "self") == 0 ||
                                (w.size() > 6 && w.compare(w.size() - 6, 6, "selves") == 0));
        const int c = v.head(p), n = p - 1;
        if (!reflexive || !is_subject(v[p].deprel) || c <= p || !nominal(v[n]) || v[n].upos == "PRON"sv ||
            v.head(c) != n || v[c].deprel != "acl:relcl"sv) {
            continue;
        }
        const std::string subj_rel = v[p].deprel, noun_rel = v[n].deprel;
        v.attach(c, v.head(n), noun_rel.c_str());
        for (int k : v.kids(n)) {
            if (k > c) v.set_head(k, c);
        }
        v.attach(n, c, subj_rel.c_str());
        v.attach(p, n, "nmod:unmarked");
        changed = true;
    }
    return changed;
}

// "controls the cable firm Redline as well as two mobile operators": "as well as" coordinates
// like "and"; a noun after it that the parser hung on the noun before it as anything but a
// conjunct is that noun's conjunct.
bool repair_as_well_as(View& v) {
    if (!(v.has_word(trigger::word({"well"})))) return false;
    bool changed = false;
    for (int x = 3; x < v.size(); ++x) {
        const int h = v.head(x);
        if (!nominal(v[x]) || v[x].deprel == "conj"sv || h < 0 || h >= x || !nominal(v[h])) continue;
        int as = -1;  // UD's cc "as" with "well" and "as" fixed to it, maybe on a numeral of x
        for (int k = v.span(x).first; k + 2 < x; ++k) {
            if (ascii::lower(v[k].form) == "as" && ascii::lower(v[k + 1].form) == "well" &&
                ascii::lower(v[k + 2].form) == "as" && v[k].deprel == "cc"sv) {
                as = k;
            }
        }
        if (as < 0) continue;
        v.set_deprel(x, "conj");
        v.attach(as, x, "cc");
        changed = true;
    }
    return changed;
}

// "Kestrel Motors, the carmaker based in Coventry, has agreed": punctuation heads nothing in UD;
// an apposition the parser hung on a comma belongs to the word that comma hangs on. (Other words
// hung on a comma mostly come with a wrong head for the comma too, so they are left alone.)
bool repair_punctuation_head(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) || v.has_tag(trigger::tag({"PROPN"})) || v.has_tag(trigger::tag({"ADP"})))) return false;
    bool changed = false;
    for (int i = 0; i < v.size(); ++i) {
        const int p = v.head(i);
        if (p < 0 || p >= v.size() || v[p].upos != "PUNCT"sv) continue;
        const int h = v.head(p);
        if (h < 0 || h == i || v.dominates(i, h)) continue;
        // "by the health minister, Rachel Okoye, during ...": a name right after a comma that
        // follows a noun, hung on the comma under any relation, is that noun's apposition.
        const bool name_after_noun = v[i].upos == "PROPN"sv && p == i - 1 && h == p - 1 && v[h].upos == "NOUN"sv &&
                                     v[p].form == ","sv;
        // "works with four charities: the Harlow Trust, the Kent Fund and ...": the phrase
        // after a colon that follows a noun, hung on the colon, is that noun's apposition (the
        // list it announces), and the colon its punctuation.
        const bool after_colon = v[p].form == ":"sv && h == p - 1 && v[h].upos == "NOUN"sv && i > p &&
                                 (v[i].upos == "PROPN"sv || v[i].upos == "NOUN"sv);
        if (after_colon) {
            v.attach(i, h, "appos");
            v.attach(p, i, "punct");
            changed = true;
            continue;
        }
        // "asked to complete the census online, in a programme designed with ...": a
        // prepositional phrase after a comma, hung on that comma, is an oblique of the nearest
        // verb above the comma (a bounded climb), and the comma its punctuation.
        bool marked = false;
        for (int c : v.kids(i)) marked = marked || (c < i && v[c].deprel == "case"sv && v[c].upos == "ADP"sv);
        if (marked && i > p && v[p].form == ","sv && (v[i].upos == "NOUN"sv || v[i].upos == "PROPN"sv)) {
            int verb = h;
            for (int steps = 0; verb >= 0 && steps < 6 && v[verb].upos != "VERB"sv; ++steps) verb = v.head(verb);
            if (verb < 0 || v[verb].upos != "VERB"sv || v.dominates(i, verb)) continue;
            v.attach(i, verb, "obl");
            v.attach(p, i, "punct");
            changed = true;
            continue;
        }
        // "run by two operators, the Swedish company Rolvik and ...": a noun phrase that opens
        // right after a comma that follows a noun phrase, hung on that comma while the comma
        // hangs elsewhere (on the verb), is that noun phrase's apposition (a description of it,
        // or the list of names it counts), and the comma its punctuation. Only when the comma
        // hangs on the verb before that noun phrase: after a fronted phrase ("After talks in
        // Bergen, the ministries signed") the parser may hang it on the phrase's noun.
        if (i > p + 1 && v[p].form == ","sv && h != p - 1 && h < p - 1 && v[h].upos == "VERB"sv && v[i].upos == "NOUN"sv && v.span(i).first == p + 1 &&
            (v[p - 1].upos == "NOUN"sv || v[p - 1].upos == "PROPN"sv) && v[p + 1].upos == "DET"sv) {
            int q = p - 1;
            for (int steps = 0; steps < 6 && q > 0 && v.head(q) > q && v.head(q) < p &&
                                (v[q].deprel == "compound"sv || v[q].deprel == "flat"sv);
                 ++steps)
                q = v.head(q);
            for (int steps = 0; steps < 6 && q > 0 && v.head(q) >= 0 && v.head(q) < q &&
                                v[q].deprel == "flat"sv;
                 ++steps)
                q = v.head(q);
            if (v.dominates(i, q)) continue;
            v.attach(i, q, "appos");
            v.attach(p, i, "punct");
            changed = true;
            continue;
        }
        if (v[i].deprel != "appos"sv && !name_after_noun) continue;
        v.attach(i, h, "appos");
        changed = true;
    }
    return changed;
}

// "Its sales director for Asia, Tom Reyes, said": a name set off by a comma right after the
// prepositional complement of a possessed role noun is the role's holder; the parser may make it
// the apposition of the complement's noun (the nearer noun). The name is the role noun's
// apposition and the comma its punctuation.
bool repair_name_after_role_complement(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    bool changed = false;
    for (int a = 3; a < v.size(); ++a) {
        const int c = v.head(a);
        if (v[a].deprel != "appos"sv || v[a].upos != "PROPN"sv || !capitalized_word(v[a]) || c < 1 || c >= a - 1) continue;
        if (v[a - 1].form != ","sv || v.span(c, a).second != a - 2 || !nominal(v[c]) || v[c].upos == "PRON"sv) continue;
        const std::string_view cr = base_rel(v[c].deprel);
        const int r = v.head(c);
        if ((cr != "nmod"sv && cr != "obl"sv) || r < 0 || r >= c || v[r].upos != "NOUN"sv) continue;
        bool marked = false, possessed = false;
        for (int k : v.kids(c)) marked = marked || (k < c && v[k].deprel == "case"sv && v[k].upos == "ADP"sv);
        for (int k : v.kids(r)) possessed = possessed || (k < r && v[k].deprel == "nmod:poss"sv);
        if (!marked || !possessed) continue;
        // "at its depot in Tralee, Kerry": a one-word name after a proper-name complement is
        // that place's larger place (town, county or country), not the role's holder.
        bool one_word = true;
        for (int k : v.kids(a)) one_word = one_word && v[k].deprel != "flat"sv && v[k].deprel != "compound"sv;
        if (one_word && v[c].upos == "PROPN"sv) continue;
        v.attach(a, r, "appos");
        if (v.head(a - 1) != a) v.attach(a - 1, a, "punct");
        changed = true;
    }
    return changed;
}

// "provided by TutorLink, a small company owned by the publisher Greaves", "beat Arden and a
// consortium led by Halden": a participle with its own agent right after an apposition or a
// conjunct describes that noun; the parser may make it a complement of the verb the whole phrase
// depends on, or a modifier of a noun outside the clause the phrase is in ("a contest in which
// Norland beat Tessa and a group led by ...").
bool repair_appositive_participle(View& v) {
    if (!((v.has_rel(trigger::rel({"appos"})) || v.has_rel(trigger::rel({"conj"}))) &&
          v.has_tag(trigger::tag({"VBN"})))) {
        return false;
    }
    bool changed = false;
    for (int a = 3; a < v.size(); ++a) {
        const std::string_view rel = base_rel(v[a].deprel);
        if (v[a].xpos != "VBN"sv || (rel != "xcomp" && rel != "advcl" && rel != "acl")) continue;
        const int x = a - 1, h = v.head(a);
        if ((v[x].deprel != "appos"sv && v[x].deprel != "conj"sv) || v[x].upos != "NOUN"sv || h < 0 ||
            !v.dominates(h, x) || v.dominates(a, x)) {
            continue;
        }
        if (rel == "acl") {
            // Only across a clause: a verb between the noun it hangs on and the conjunct.
            bool clause = false;
            for (int k = v.head(x); k >= 0 && k != h; k = v.head(k)) clause = clause || v[k].upos == "VERB"sv;
            if (!clause) continue;
        }
        bool agent = false;
        for (int k : v.kids(a)) agent = agent || v[k].deprel == "obl:agent"sv;
        if (!agent) continue;
        v.attach(a, x, "acl");
        changed = true;
    }
    return changed;
}

// "will invest money in a park that the university will run with local firms": "that" right
// after a verb's oblique, opening a clause with its own subject whose verb lacks its object, is a
// relative pronoun (the clause's object), not a complementiser; the parser may make the clause
// a complement of the main verb. An object before "that" stays ("told the board that ...").
bool repair_that_relative(View& v) {
    if (!(v.has_word(trigger::word({"that"})) && v.has_rel(trigger::rel({"mark"})))) return false;
    bool changed = false;
    for (int k = 1; k + 2 < v.size(); ++k) {
        if (!ascii::iequals(v[k].form, "that") || v[k].deprel != "mark"sv) continue;
        const int c = v.head(k), n = k - 1;
        if (c <= k + 1 || v[c].upos != "VERB"sv || v[c].deprel != "ccomp"sv) continue;
        if (!nominal(v[n]) || v[n].upos == "PRON"sv || base_rel(v[n].deprel) != "obl" || v.head(n) != v.head(c)) continue;
        bool subject = false, complete = false;
        for (int d : v.kids(c)) {
            const std::string_view r = base_rel(v[d].deprel);
            subject = subject || (r == "nsubj" && d > k && d < c);
            complete = complete || r == "obj" || r == "ccomp" || r == "xcomp" || v[d].deprel == "nsubj:pass"sv ||
                       v[d].deprel == "cop"sv;
        }
        if (!subject || complete) continue;
        v.attach(c, n, "acl:relcl");
        v.attach(k, c, "obj");
        v.set_upos(k, "PRON");
        changed = true;
    }
    return changed;
}

// A noun whose "that" clause is, nearly always, what it says, believes or fears, not a relative
// clause: "the news that the firm closed", "the fear that prices will rise". Nouns that often
// take a relative "that" as well ("the claims that he made", "the warning that it issued", "the
// concerns that staff raised") are not listed.
bool content_clause_noun(const Token& t) {
    static constexpr std::string_view kNouns[] = {
        "assumption", "awareness",  "belief",     "certainty",   "chance",    "conviction", "danger",
        "doubt",      "expectation", "fact",      "fear",        "hope",      "idea",       "impression",
        "indication", "knowledge",  "likelihood", "news",        "notion",    "perception", "possibility",
        "probability", "prospect",  "realisation", "realization", "risk",     "rumor",      "rumour",
        "sign",       "suggestion"};
    std::string w = ascii::lower(t.form);
    if (w.size() > 3 && w.back() == 's' && w != "news") w.pop_back();
    return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// "a bill that the government introduced last year bans X", "the plan that the board approved":
// "that" right after a noun, opening a clause with a subject of its own whose verb lacks its object
// (and any other complement), is a relative pronoun, the clause's object, not the complementiser
// of the noun's content clause, which is complete: an object, a complement, or a prepositional
// phrase other than a time ("the fact that the firm competes with rivals"; a content clause whose
// verb takes no object at all, "the fact that the board resigned", would be misread, so the nouns of
// content_clause_noun keep their content clause). With the noun a bare root, a finite verb that the
// parser made a conjunct of the clause's verb, with no coordinator and no subject of its own, is
// the sentence's verb, and the noun its subject ("The scheme that the city launched funds X").
bool repair_that_object_relative(View& v) {
    if (!v.has_word(trigger::word({"that"}))) return false;
    bool changed = false;
    // The parser's own relative clause on a noun of content_clause_noun, with "that" its object
    // and a subject of its own: the noun's content clause ("the news that the firm closed").
    for (int k = 1; k + 2 < v.size(); ++k) {
        if (!ascii::iequals(v[k].form, "that") || v[k].deprel != "obj"sv) continue;
        const int c = v.head(k), n = k - 1;
        if (c <= k + 1 || v[c].upos != "VERB"sv || v[c].deprel != "acl:relcl"sv || v.head(c) != n ||
            !content_clause_noun(v[n]) || v[n].upos != "NOUN"sv) {
            continue;
        }
        bool subject = false;
        for (int d : v.kids(c)) subject = subject || (base_rel(v[d].deprel) == "nsubj" && d > k && d < c);
        if (!subject) continue;
        v.attach(k, c, "mark");
        v.set_upos(k, "SCONJ");
        v.set_xpos(k, "IN");
        v.set_deprel(c, "acl");
        changed = true;
    }
    if (!(v.has_rel(trigger::rel({"mark"})) && v.has_rel(trigger::rel({"acl"})))) return changed;
    for (int k = 1; k + 2 < v.size(); ++k) {
        if (!ascii::iequals(v[k].form, "that") || v[k].deprel != "mark"sv) continue;
        const int c = v.head(k), n = k - 1;
        if (c <= k + 1 || v[c].upos != "VERB"sv || v[c].deprel != "acl"sv || v.head(c) != n) continue;
        if ((v[n].upos != "NOUN"sv && v[n].upos != "PROPN"sv) || content_clause_noun(v[n])) continue;
        bool subject = false, complete = false;
        for (int d : v.kids(c)) {
            const std::string_view r = base_rel(v[d].deprel);
            subject = subject || (r == "nsubj" && d > k && d < c && nominal(v[d]));
            complete = complete || r == "obj" || r == "iobj" || r == "ccomp" || r == "xcomp" || r == "csubj" ||
                       r == "expl" || v[d].deprel == "nsubj:pass"sv || v[d].deprel == "cop"sv ||
                       (r == "obl" && d > c && v[d].deprel != "obl:tmod"sv && v[d].deprel != "obl:unmarked"sv &&
                        v[d].deprel != "obl:npmod"sv && v[d].upos != "NUM"sv && !time_word_or_plural(v[d]));
        }
        if (!subject || complete) continue;
        v.attach(c, n, "acl:relcl");
        v.attach(k, c, "obj");
        v.set_upos(k, "PRON");
        changed = true;
        if (v.head(n) != -1) continue;
        bool own = false;
        for (int d : v.kids(n)) {
            const std::string_view r = base_rel(v[d].deprel);
            own = own || r == "nsubj" || r == "cop" || r == "aux" || r == "case";
        }
        if (own) continue;
        for (int f : v.kids(c)) {
            if (f <= c || v[f].deprel != "conj"sv || v[f].upos != "VERB"sv ||
                (v[f].xpos != "VBZ"sv && v[f].xpos != "VBD"sv && v[f].xpos != "VBP"sv)) {
                continue;
            }
            bool loose = false;
            for (int d : v.kids(f)) loose = loose || is_subject(v[d].deprel) || v[d].deprel == "cc"sv || d < f;
            if (loose) continue;
            v.attach(f, -1, "root");
            v.attach(n, f, "nsubj");
            for (int d : v.kids(n)) {
                if (d > f) v.set_head(d, f);
            }
            break;
        }
    }
    return changed;
}

// "Halden Foods, a supplier in the city that feeds schools, won the contract": a prepositional
// phrase right after the description in apposition to the verb's subject, before the comma that
// closes the apposition, is the description's modifier, not the verb's oblique (a phrase of the
// verb's own stands after that comma).
bool repair_oblique_inside_apposition(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"obl"})))) return false;
    bool changed = false;
    for (int a = 2; a < v.size(); ++a) {
        const int s = v.head(a);
        if (v[a].deprel != "appos"sv || v[a].upos != "NOUN"sv || s < 0 || s >= a || !is_subject(v[s].deprel)) continue;
        // (The parser may make the subject the oblique's own.)
        const int h = v.head(s);
        const bool on_oblique = h > a && v[h].deprel == "obl"sv && v.head(h) > h;
        const int verb = on_oblique ? v.head(h) : h;
        if (verb <= a || v[verb].upos != "VERB"sv) continue;
        const int end = v.span(a).second;
        if (v[end].form == ","sv) continue;  // the apposition closed before the phrase
        for (int o : v.kids(verb)) {
            if (on_oblique && o != h) continue;
            if (o <= end || o >= verb || v[o].deprel != "obl"sv || !nominal(v[o]) || v[o].upos == "PRON"sv) continue;
            const auto [lo, hi] = v.span(o, on_oblique ? s : -1);
            if (lo != end + 1 || v[lo].deprel != "case"sv || v.head(lo) != o) continue;
            // The apposition's closing comma: the phrase's last word, or right after it, then the verb's phrase.
            const int close = v[hi].form == ","sv ? hi : hi + 1;
            if (close >= verb || v[close].form != ","sv) continue;
            bool between = false;
            for (int k = close + 1; k < verb; ++k) between = between || !v.dominates(verb, k) || v.head(k) == verb;
            if (between) continue;
            if (on_oblique) v.set_head(s, verb);
            v.attach(o, a, "nmod");
            changed = true;
        }
    }
    return changed;
}

// "Tarn Mills, a firm in the valley that makes paper, cut jobs": the noun of a prepositional
// phrase right after the description in apposition to a name, made the root with the name its
// subject and the finite verb after the apposition's closing comma its conjunct or parataxis
// (no coordinator, no subject of its own), is the description's modifier; the verb is the root
// and the name its subject.
bool repair_apposition_phrase_root(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"nsubj"})))) return false;
    const int r = v.root();
    if (r < 3 || !nominal(v[r]) || v[r].upos == "PRON"sv) return false;
    int s = -1, a = -1, f = -1;
    for (int k : v.kids(r)) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "nsubj" && k < r && nominal(v[k])) s = k;
        if (b == "cop" || b == "aux" || b == "cc" || b == "mark") return false;
        if ((b == "conj" || b == "parataxis") && k > r && f < 0 && v[k].upos == "VERB"sv &&
            (v[k].xpos == "VBZ"sv || v[k].xpos == "VBD"sv || v[k].xpos == "VBP"sv)) {
            f = k;
        }
    }
    if (s < 0 || f < 0) return false;
    for (int k : v.kids(s)) {
        if (v[k].deprel == "appos"sv && v[k].upos == "NOUN"sv && k < r) a = k;
    }
    if (a < 0) return false;
    const int lo = v.span(r, s).first;
    if (lo != v.span(a).second + 1 || v[lo].deprel != "case"sv || v.head(lo) != r) return false;
    if (f < 2 || v[f - 1].form != ","sv) return false;
    for (int k : v.kids(f)) {
        if (is_subject(v[k].deprel) || v[k].deprel == "cc"sv || (k < f && k != f - 1)) return false;
    }
    const View::Kids kids = v.kids(r);
    v.attach(f, -1, "root");
    v.attach(s, f, "nsubj");
    v.attach(r, a, "nmod");
    v.attach(f - 1, r, "punct");
    for (int k : kids) {
        if (k > f) v.set_head(k, f);
    }
    return true;
}

// "told the Commons that the government would fund", "warned staff that the unit would close": a
// "that" the parser made the subject of a relative clause on the noun before it, when the clause's
// verb has a subject of its own after "that", is no relative pronoun (a clause has one subject)
// but the complementiser of a content clause: the clause is what a verb said to that noun, its
// complement, when the noun is the verb's object; otherwise the noun's content clause ("the news
// that prices rose").
bool repair_that_complement(View& v) {
    if (!(v.has_word(trigger::word({"that"})) && v.has_rel(trigger::rel({"acl:relcl"})))) return false;
    bool changed = false;
    for (int k = 1; k + 2 < v.size(); ++k) {
        if (!ascii::iequals(v[k].form, "that") || !is_subject(v[k].deprel)) continue;
        const int c = v.head(k);
        if (c <= k + 1 || v[c].deprel != "acl:relcl"sv || (v[c].upos != "VERB"sv && v[c].upos != "AUX"sv)) continue;
        bool other_subject = false;
        for (int d : v.kids(c)) other_subject = other_subject || (d > k && d < c && is_subject(v[d].deprel) && nominal(v[d]));
        if (!other_subject) continue;
        const int n = v.head(c);
        if (n < 0 || n > k) continue;
        v.attach(k, c, "mark");
        v.set_upos(k, "SCONJ");
        const int g = v.head(n);
        const std::string_view nr = base_rel(v[n].deprel);
        if (g >= 0 && g < n && v[g].upos == "VERB"sv && (nr == "obj" || nr == "iobj")) {
            v.attach(c, g, "ccomp");
        } else {
            v.set_deprel(c, "acl");
        }
        changed = true;
    }
    return changed;
}

// "coordinated by a foundation that has spent 140 million dollars on it, and brings together
// ...": a restrictive "that" clause takes no comma before a coordinator, so a finite verb after
// ", and" with no subject of its own, which the parser made a conjunct of such a relative
// clause's verb, is a conjunct of the verb of the clause the relative clause's noun stands in.
bool repair_conjunct_after_that_relative(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) && v.has_rel(trigger::rel({"conj"})) &&
          v.has_word(trigger::word({"that"})))) {
        return false;
    }
    bool changed = false;
    for (int c = 4; c < v.size(); ++c) {
        const int rel = v.head(c);
        if (v[c].deprel != "conj"sv || v[c].upos != "VERB"sv || rel < 0 || rel >= c ||
            v[rel].deprel != "acl:relcl"sv) {
            continue;
        }
        if (v[c].xpos != "VBZ"sv && v[c].xpos != "VBD"sv && v[c].xpos != "VBP"sv) continue;
        const int r = v.span(rel).first;
        if (!ascii::iequals(v[r].form, "that") || v[r].deprel != "nsubj"sv || v.head(r) != rel) continue;
        bool comma_and = false, subject = false;
        for (int k : v.kids(c)) {
            subject = subject || is_subject(v[k].deprel);
            comma_and = comma_and || (v[k].deprel == "cc"sv && k > 0 && v[k - 1].form == ","sv &&
                                      (v[k].form == "and"sv || v[k].form == "but"sv));
        }
        if (subject || !comma_and) continue;
        int main = v.head(rel);
        for (int steps = 0; steps < 6 && main >= 0 && v[main].upos != "VERB"sv; ++steps) main = v.head(main);
        if (main < 0 || main >= r || v[main].upos != "VERB"sv || v.dominates(c, main)) continue;
        v.set_head(c, main);
        changed = true;
    }
    return changed;
}

// "charged customers for speeds it did not provide": a noun right before a pronoun subject,
// parsed as that clause's own oblique or object although the clause hangs on an earlier verb
// with no subordinator, heads a relative clause without "that"; the noun belongs to the earlier
// verb and the clause to the noun (UD's acl:relcl, the gap its object).
bool repair_bare_relative(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) || (v.has_tag(trigger::tag({"PRON"})) && v.has_rel(trigger::rel({"nsubj"}))))) return false;
    bool changed = false;
    // "will inspect the lessons they give": a relative clause the parser hung on a verb modifies
    // the noun right before it, when that noun is the verb's.
    for (int c = 2; c < v.size(); ++c) {
        const int h = v.head(c);
        if (v[c].deprel != "acl:relcl"sv || h < 0 || v[h].upos != "VERB"sv) continue;
        const int n = v.span(c).first - 1;
        if (n < 0 || !nominal(v[n]) || v[n].upos == "PRON"sv || v.head(n) != h || v.dominates(c, n)) continue;
        v.set_head(c, n);
        changed = true;
    }
    // "run by X, a foundation in Boston that has spent ...": a clause whose first word is its
    // subject "that" (a relative pronoun: a complementiser "that" is no subject), hung on a verb
    // as a relative clause or a complement, modifies the noun right before it inside that verb's
    // phrase; past a place name after "in" or "at", the noun the place locates.
    for (int c = 2; c < v.size(); ++c) {
        const int h = v.head(c);
        if ((v[c].deprel != "acl:relcl"sv && v[c].deprel != "ccomp"sv) || h < 0 || v[h].upos != "VERB"sv) continue;
        const int r = v.span(c).first;
        if (r < 2 || r >= c || !ascii::iequals(v[r].form, "that") || v[r].deprel != "nsubj"sv || v.head(r) != c) continue;
        int n = r - 1;
        if (!nominal(v[n]) || v[n].upos == "PRON"sv || n == h || !v.dominates(h, n) || v.dominates(c, n)) continue;
        for (int steps = 0; steps < 3 && v[n].upos == "PROPN"sv && v[n].deprel == "nmod"sv && v.head(n) >= 0 &&
                            v.head(n) < n && v.head(n) != h && nominal(v[v.head(n)]);
             ++steps) {
            bool located = false;
            for (int k : v.kids(n)) {
                located = located || (k < n && v[k].deprel == "case"sv &&
                                      (ascii::iequals(v[k].form, "in") || ascii::iequals(v[k].form, "at")));
            }
            if (!located) break;
            n = v.head(n);
        }
        v.attach(c, n, "acl:relcl");
        changed = true;
    }
    for (int s = 2; s + 1 < v.size(); ++s) {
        if (v[s].upos != "PRON"sv || v[s].deprel != "nsubj"sv) continue;
        const std::string w = ascii::lower(v[s].form);
        if (w != "it" && w != "they" && w != "he" && w != "she" && w != "we" && w != "i" && w != "you") continue;
        const int c = v.head(s), n = s - 1;
        if (c <= s || c >= v.size() || v[c].upos != "VERB"sv || v[n].upos != "NOUN"sv) continue;
        // "will check the lessons they give" with the clause a parataxis beside the object: the
        // same relative clause, the object already in place.
        if (v.head(n) == v.head(c) && v[n].deprel == "obj"sv && v[c].deprel == "parataxis"sv) {
            bool blocked = false;
            for (int k : v.kids(c)) {
                const std::string_view r = base_rel(v[k].deprel);
                blocked = blocked || r == "mark" || r == "cc" || r == "obj" || r == "ccomp" || r == "xcomp" || k < n;
            }
            if (!blocked) {
                v.attach(c, n, "acl:relcl");
                changed = true;
            }
            continue;
        }
        if (v.head(n) != c) continue;
        const std::string_view nrel = base_rel(v[n].deprel), crel = base_rel(v[c].deprel);
        if (nrel != "obl" && nrel != "obj") continue;
        if (crel != "advcl" && crel != "parataxis" && crel != "ccomp") continue;
        const int h = v.head(c);
        if (h < 0 || h >= n) continue;
        bool blocked = false;  // a subordinator, a coordinator, an object or an earlier dependent
        for (int k : v.kids(c)) {
            const std::string_view r = base_rel(v[k].deprel);
            blocked = blocked || r == "mark" || r == "cc" || r == "obj" || r == "ccomp" || r == "xcomp" ||
                      (k < n && r != "punct");
        }
        for (int k = h + 1; k < n && !blocked; ++k) blocked = v[k].upos == "PUNCT"sv;
        if (blocked) continue;
        const std::string keep = v[n].deprel;
        v.attach(n, h, keep.c_str());
        v.attach(c, n, "acl:relcl");
        changed = true;
    }
    return changed;
}

// "The customs services will exchange data", "The savings banks will raise fees": a plural
// noun before a plural noun may read as a noun with a relative clause that has no "that" ("the
// books students read"). Such a clause lacks its object; when the verb has its own object and
// the noun heads the sentence, the two nouns are one compound subject of the verb.
bool repair_gapless_bare_relative(View& v) {
    for (int c = 2; c < v.size(); ++c) {
        const int n = v.head(c);
        if (v[c].deprel != "acl:relcl"sv || v[c].upos != "VERB"sv || n < 0 || n >= c || v.head(n) != -1 ||
            v[n].upos != "NOUN"sv) {
            continue;
        }
        int subj = -1;
        bool obj = false, blocked = false;
        for (int k : v.kids(c)) {
            const std::string_view r = base_rel(v[k].deprel);
            if (r == "nsubj"sv && k < c) subj = k;
            obj = obj || (r == "obj"sv && k > c);
            blocked = blocked || r == "mark"sv || r == "ccomp"sv || r == "xcomp"sv || relative_pronoun(v[k]);
        }
        if (subj != n + 1 || !obj || blocked || v[subj].upos != "NOUN"sv || !v.kids(subj).empty()) continue;
        for (int k : v.kids(n)) {
            if (k > n && k != c) v.set_head(k, c);  // the sentence's closing mark
            if (k < n) v.set_head(k, subj);          // "The"
        }
        v.attach(c, -1, "root");
        v.attach(n, subj, "compound");
        return true;
    }
    return false;
}

// "Staffordshire County Council, which funds 600 places, said": the words of a flat name have no
// dependents of their own (UD hangs them all on the name's first word), so a relative clause,
// participle or apposition the parser hung on a later word of the name belongs to the whole name.
bool repair_dependent_of_flat(View& v) {
    if (!(v.has_rel(trigger::rel({"flat"})) &&
          v.has_rel(trigger::rel({"acl:relcl", "acl", "appos"})))) {
        return false;
    }
    bool changed = false;
    for (int k = 1; k < v.size(); ++k) {
        if (v[k].deprel != "acl:relcl"sv && v[k].deprel != "acl"sv && v[k].deprel != "appos"sv) continue;
        const int h = v.head(k);
        if (h < 1 || h >= k || base_rel(v[h].deprel) != "flat" || v[h].upos != "PROPN"sv) continue;
        const int name = v.head(h);
        if (name < 0 || name >= h || v[name].upos != "PROPN"sv) continue;
        v.set_head(k, name);
        changed = true;
    }
    return changed;
}

// "signed an agreement with the software company Brightline, which will pay for ...": a
// "which" clause right after a comma that ends a name is about the name; the parser may hang
// it on the common noun the name's phrase completes ("agreement") or that the name is listed
// after as an example ("chipmakers, including the firm Infineon, which"). ("Professor Li Wei of
// Kingsbridge College, who ..." is about the person: names are left as they are.)
bool repair_relative_after_name(View& v) {
    if (!(v.has_word(trigger::word({"which"})))) return false;
    bool changed = false;
    for (int r = 2; r + 1 < v.size(); ++r) {
        if (v[r - 1].form != ","sv || !ascii::iequals(v[r].form, "which")) continue;
        const int clause = v.head(r);
        if (clause <= r || clause >= v.size() || v[clause].deprel != "acl:relcl"sv) continue;
        const int noun = v.head(clause);
        const int name = r - 2;
        if (noun < 0 || noun >= name || v[name].upos != "PROPN"sv || v[noun].upos != "NOUN"sv) continue;
        // The name heads its phrase (or ends a flat name) and hangs, through its phrase, on
        // the noun: "agreement with ... Brightline".
        int top = name;
        while (v.head(top) >= 0 && v.head(top) > noun && v.head(top) < r &&
               (base_rel(v[top].deprel) == "flat" || v[top].deprel == "compound"sv)) {
            top = v.head(top);
        }
        // (Or the name is an example the parser listed after the noun: "Rival chipmakers,
        // including the German firm Infineon, which is building ...".)
        if (v.head(top) != noun || (base_rel(v[top].deprel) != "nmod" && v[top].deprel != "list"sv)) continue;
        if (v.span(top).second != name) continue;
        v.set_head(clause, top);
        v.set_head(r - 1, clause);
        changed = true;
    }
    return changed;
}

// "Norrail, whose contract expires in 2028, will buy trains": a sentence's opening noun phrase
// with a "whose" clause between commas is the subject of the verb after the clause, and the
// clause is its relative clause. The parser may make the opening noun the clause verb's subject
// and that verb an adverbial clause of the main one, or the "whose" noun an apposition.
bool repair_whose_subject(View& v) {
    if (!(v.has_word(trigger::word({"whose"})))) return false;
    const int n = v.size();
    for (int w = 2; w + 3 < n; ++w) {
        if (v[w].form != "whose"sv || v[w - 1].form != ","sv) continue;
        // The antecedent: the head of the phrase before the comma ("the Federation of Station
        // Staff"), which must open the sentence.
        int a = w - 2;
        while (v.head(a) >= 0 && v.head(a) < a) {
            const std::string_view r = base_rel(v[a].deprel);
            if (r != "flat" && r != "compound" && r != "nmod") break;
            a = v.head(a);
        }
        if (v[a].upos != "NOUN"sv && v[a].upos != "PROPN"sv) return false;
        for (int k = 0; k < a; ++k) {
            if (v.head(k) < 0 || !v.dominates(a, k)) return false;
        }
        const int noun = v.head(w);
        if (noun <= w || noun >= n || !nominal(v[noun])) return false;
        int close = noun + 1;
        while (close < n && v[close].form != ","sv) ++close;
        // The clause's head: its verb, or the predicate of its copula ("whose chair is a former
        // minister").
        auto clause_head = [&v](int k) {
            if (v[k].upos == "VERB"sv) return true;
            for (int c : v.kids(k)) {
                if (v[c].deprel == "cop"sv) return true;
            }
            return false;
        };
        int verb = noun + 1;
        while (verb < close && !clause_head(verb)) ++verb;
        int root = 0;
        while (root < n && v.head(root) >= 0) ++root;
        if (verb < close && root == verb && v[verb].upos == "VERB"sv && v.head(a) == verb &&
            (close == n || (close == n - 1 && v[close].upos == "PUNCT"sv))) {
            // "- Tolbury University, whose biology group received 28 million pounds;": with no
            // main verb after it (a list item, a caption), the clause made the root is still the
            // name's relative clause, and the name the root.
            v.attach(a, -1, "root");
            for (int k : v.kids(verb)) {
                if (k < w || (k == n - 1 && v[k].upos == "PUNCT"sv)) v.set_head(k, a);
            }
            if (!is_subject(v[noun].deprel)) v.attach(noun, verb, "nsubj");
            v.attach(verb, a, "acl:relcl");
            v.attach(w - 1, verb, "punct");
            return true;
        }
        if (close + 1 >= n || verb >= close) return false;
        // The main verb, when the parser hung it on the clause's verb: a conjunct, a parataxis
        // or an adverbial that nothing subordinates ("whose chief executive took office in May,
        // conducted a survey").
        auto main_on_clause = [&]() {
            for (int k : v.kids(verb)) {
                const std::string_view r = base_rel(v[k].deprel);
                bool subordinated = false;
                for (int c : v.kids(k)) subordinated = subordinated || v[c].deprel == "mark"sv || is_subject(v[c].deprel);
                if (k > close && v[k].upos == "VERB"sv &&
                    (r == "conj" || r == "parataxis" || (r == "advcl" && !subordinated && v[k].xpos != "VBG"sv))) {
                    return k;
                }
            }
            return -1;
        };
        if (root == verb || (root == a && v.head(verb) == a)) {
            // "The Lindell Trust, whose founder died last year, has funded": the clause's verb
            // made the root, the main verb its conjunct; or the name left the root with the
            // clause on it.
            const int main = main_on_clause();
            if (main < 0) return false;
            if (root == a) v.set_head(verb, -1);  // detached before the main verb goes up
            v.attach(main, -1, "root");
            for (int k : v.kids(verb)) {
                if (k > close) v.set_head(k, main);
            }
            for (int k : v.kids(a)) {
                if (k > close) v.set_head(k, main);
            }
            root = main;
        }
        if (root <= close || root >= n || v[root].upos != "VERB"sv) return false;
        if (v.head(verb) == a && base_rel(v[verb].deprel) == "acl" && v.head(a) == root) return false;
        // The main verb's subjects inside the clause are the clause's ("contract ... expires").
        for (int k = w + 1; k < close; ++k) {
            if (k != verb && v.head(k) >= 0 && (v.head(k) < w || v.head(k) > close)) {
                const std::string keep = v[k].deprel;
                v.attach(k, verb, k == noun && !is_subject(keep) ? "nsubj" : keep.c_str());
            }
        }
        bool passive = false;
        for (int k : v.kids(root)) passive = passive || v[k].deprel == "aux:pass"sv;
        v.attach(verb, a, "acl:relcl");
        v.attach(a, root, passive ? "nsubj:pass" : "nsubj");
        v.attach(w - 1, verb, "punct");
        v.attach(close, verb, "punct");
        return true;
    }
    return false;
}

// "The board appointed Tom Hale, whose father founded the firm": a "whose" clause after the object
// of a verb with its own subject is the object's relative clause. The parser may make the object
// the subject of the clause's verb, that verb a complement of the main verb, and the "whose" noun
// an apposition of the object. The clause runs to the sentence's end (a comma after the "whose"
// noun's phrase would close it and leave the object the next verb's subject: "said X, whose ...,
// would lead").
bool repair_whose_object(View& v) {
    if (!v.has_word(trigger::word({"whose"}))) return false;
    const int n = v.size();
    bool changed = false;
    for (int w = 3; w + 2 < n; ++w) {
        if (v[w].form != "whose"sv || v[w - 1].form != ","sv) continue;
        const int noun = v.head(w);
        if (noun <= w || noun >= n || !nominal(v[noun]) || v[noun].upos == "PRON"sv) continue;
        int a = w - 2;
        while (v.head(a) >= 0 && v.head(a) < a) {
            const std::string_view r = base_rel(v[a].deprel);
            if (r != "flat" && r != "compound") break;
            a = v.head(a);
        }
        if (v[a].upos != "NOUN"sv && v[a].upos != "PROPN"sv) continue;
        const int verb = v.head(a);
        if (!is_subject(v[a].deprel) || verb <= noun || v[verb].upos != "VERB"sv) continue;
        bool closed = false;
        for (int k = w + 1; k < verb; ++k) closed = closed || v[k].form == ","sv;
        // The noun's own phrase and nothing else stands between "whose" and the verb's words.
        for (int k = w + 1; k < noun; ++k) closed = closed || !v.dominates(noun, k);
        if (closed) continue;
        const int m = v.head(verb);
        if (m < 0 || m >= a || v[m].upos != "VERB"sv) continue;
        const std::string_view r = base_rel(v[verb].deprel);
        if (r != "ccomp" && r != "xcomp" && r != "parataxis" && r != "advcl" && r != "conj") continue;
        bool object = false, subject = false, passive = false;
        for (int k : v.kids(m)) {
            const std::string_view kr = base_rel(v[k].deprel);
            object = object || kr == "obj" || kr == "iobj";
            subject = subject || (k < m && (kr == "nsubj" || kr == "csubj"));
            passive = passive || v[k].deprel == "aux:pass"sv || v[k].deprel == "nsubj:pass"sv;
        }
        // Every word from the main verb to the comma is the main verb's or the object's.
        for (int k = m + 1; k < w - 1; ++k) closed = closed || !(v.dominates(a, k) || v.head(k) == m);
        if (object || !subject || passive || closed) continue;
        for (int k : v.kids(verb)) {
            if (k < w - 1 && k != a) v.set_head(k, m);
        }
        v.attach(a, m, "obj");
        v.attach(verb, a, "acl:relcl");
        if (v.head(noun) != verb || !is_subject(v[noun].deprel)) v.attach(noun, verb, "nsubj");
        for (int k : v.kids(verb)) {
            if (k != noun && is_subject(v[k].deprel)) v.set_deprel(k, "dep");
        }
        v.attach(w - 1, verb, "punct");
        if (v[n - 1].upos == "PUNCT"sv && v.head(n - 1) == verb) v.set_head(n - 1, m);
        changed = true;
    }
    return changed;
}

// "The group bought Tarn Foods, whose brands include Bramble": the parser may read the past tense
// after a sentence's opening noun (with a determiner or possessive) as a reduced relative on it
// ("the goods bought from ..."), and make the "whose" clause the sentence's root with that noun a
// second subject. A participle with an object and no agent is the verb in the past tense, the
// noun its subject and the "whose" clause a relative clause on the noun phrase before its comma.
// Forms that can only be participles ("given", "shown") stay. (With no "whose" clause made the
// root, repair_participle_root reads the same sentence.)
bool repair_whose_root_after_participle(View& v) {
    if (!(v.has_rel(trigger::rel({"acl"})) && v.has_tag(trigger::tag({"VBN"})) &&
          v.has_word(trigger::word({"whose"})))) {
        return false;
    }
    const int n = v.size();
    const int clause = v.root();
    if (clause < 0 || v[clause].upos != "VERB"sv) return false;
    int whose_subject = -1, root = -1;
    for (int k : v.kids(clause)) {
        if (!is_subject(v[k].deprel)) continue;
        bool marked = false;
        for (int c : v.kids(k)) marked = marked || (c == k - 1 && ascii::lower(v[c].form) == "whose");
        (marked ? whose_subject : root) = k;
    }
    if (whose_subject < 2 || root < 0 || root >= whose_subject) return false;
    const int comma = whose_subject - 2;
    if (v[comma].form != ","sv) return false;
    if (v[root].upos != "NOUN"sv && v[root].upos != "PROPN"sv) return false;
    const int p = root + 1;
    if (v.head(p) != root || v[p].deprel != "acl"sv || v[p].xpos != "VBN"sv) return false;
    const std::string_view form = v[p].form;
    if (form.size() < 4 || form.substr(form.size() - 2) == "en"sv || form.substr(form.size() - 2) == "wn"sv ||
        form.substr(form.size() - 2) == "ne"sv) {
        return false;
    }
    bool determined = false;
    for (int k = 0; k < root; ++k) {
        if (!v.dominates(root, k)) return false;
        determined = determined || (v.head(k) == root && (v[k].deprel == "det"sv || v[k].deprel == "nmod:poss"sv));
    }
    if (!determined) return false;
    if (!active_with_object(v, p)) return false;
    for (int k : v.kids(p)) {
        const std::string_view r = base_rel(v[k].deprel);
        if (r == "nsubj" || r == "mark") return false;
    }
    // The clause's antecedent: the head of the participle's phrase, which ends at the comma.
    if (v.span(p).second != comma - 1) return false;
    int a = comma - 1;
    while (v.head(a) > a && v.head(a) < comma) a = v.head(a);
    if (v.head(a) < p || !v.dominates(p, a) || !nominal(v[a])) return false;
    v.set_xpos(p, "VBD");
    v.attach(p, -1, "root");
    v.attach(root, p, "nsubj");
    v.attach(clause, a, "acl:relcl");
    for (int k = 0; k < n; ++k) {
        if (v.head(k) == clause && k < comma) v.set_head(k, p);
    }
    v.attach(comma, clause, "punct");
    if (v[n - 1].upos == "PUNCT"sv && v.head(n - 1) == clause) v.set_head(n - 1, p);
    return true;
}

// "developed by a team together with Cellora, a start-up spun out of the centre": a past
// participle with no auxiliary and no coordinator, which the parser made a conjunct (or a
// parataxis, or an absolute clause) of the verb with an indefinite noun right after a comma and a
// nominal as its subject, is a reduced
// relative on that noun, and the noun is in apposition to the nominal before the comma. What the
// participle had taken from before the comma goes back to the verb.
bool repair_indefinite_subject_of_participle_conjunct(View& v) {
    if (!(v.has_rel(trigger::rel({"conj", "parataxis", "advcl"})) && v.has_tag(trigger::tag({"VBN"})) &&
          v.has_word(trigger::word({"a", "an"})))) {
        return false;
    }
    bool changed = false;
    for (int p = 4; p < v.size(); ++p) {
        const int verb = v.head(p);
        if (v[p].xpos != "VBN"sv ||
            (v[p].deprel != "conj"sv && v[p].deprel != "parataxis"sv && v[p].deprel != "advcl"sv) || verb < 0 ||
            verb >= p || v[verb].upos != "VERB"sv) {
            continue;
        }
        int n = -1;
        bool blocked = false;
        for (int k : v.kids(p)) {
            const std::string_view r = base_rel(v[k].deprel);
            blocked = blocked || r == "cc" || r == "aux";
            // "the Halden Foundation, a trust set up by a family": or the noun the parser made
            // the participle's bare oblique.
            if (k < p && (is_subject(v[k].deprel) || v[k].deprel == "obl:unmarked"sv)) n = k;
        }
        // A subject the tagger read as an adjective ("a start-up" with "up" an adjective) too.
        if (blocked || n < 0 || (v[n].upos != "NOUN"sv && v[n].upos != "ADJ"sv)) continue;
        int comma = -1;
        const int x = nominal_before_indefinite(v, n, comma);
        if (x <= verb) continue;
        // The nominal hangs on the verb's side of the participle, or on a word of the participle's
        // before the comma, which goes back to the verb.
        int top = x;
        for (int steps = 0; steps < v.size() && v.head(top) >= 0 && v.head(top) != p && v.head(top) != verb; ++steps) {
            top = v.head(top);
        }
        if (v.head(top) == p && top >= comma) continue;
        for (int k : v.kids(p)) {
            if (k < comma && k != n) v.set_head(k, verb);
        }
        v.attach(n, x, "appos");
        v.attach(p, n, "acl");
        if (v.head(comma) != n) v.attach(comma, n, "punct");
        changed = true;
    }
    return changed;
}

// "Among them are Ifremer and Geomar", "Among the members of the consortium are X and Y": a
// sentence opened by an "among" phrase and a form of "be" is an inverted copular clause; the
// nominal after "be" is its subject and the "among" phrase its predicate, as in "X and Y are among
// them". The parser may make the "among" phrase the subject, or hang the nominal on a noun inside
// it.
bool repair_inverted_among(View& v) {
    if (!v.has_word(trigger::word({"among"}))) return false;
    if (v.size() < 4 || !ascii::iequals(v[0].form, "among") || v[0].deprel != "case"sv) return false;
    const int n = v.head(0);
    if (n <= 0 || n >= v.size() || !nominal(v[n])) return false;
    int b = n + 1;  // the first "be", with only the noun phrase's words before it
    while (b < v.size() && v[b].lemma != "be"sv && v[b].upos != "VERB"sv && v[b].upos != "AUX"sv &&
           v[b].upos != "PUNCT"sv) {
        ++b;
    }
    if (b + 1 >= v.size() || v[b].lemma != "be"sv || v[b].upos != "AUX"sv) return false;
    const int s = v.head(b);
    if (s <= b || s >= v.size() || !nominal(v[s])) return false;
    for (int k = b + 1; k < s; ++k) {
        if (!v.dominates(s, k)) return false;
    }
    int root = -1;
    for (int i = 0; i < v.size(); ++i) {
        if (v.head(i) < 0) root = i;
    }
    if (root != n && root != s) return false;
    if (root == s) {
        for (int k : v.kids(s)) {
            if (k != n && k != b && (k < b || (v[k].upos == "PUNCT"sv && k == v.size() - 1))) v.set_head(k, n);
        }
    }
    v.set_head(n, -1);
    v.set_deprel(n, "root");
    v.attach(s, n, "nsubj");
    v.attach(b, n, "cop");
    return true;
}

// "was carried out by Norrail, the operator ..., together with the firm Castor Build": after a
// comma, "together with" (or "jointly with", "along with") adds a partner to the clause's act. The
// parser may hang the partner on the adverb, on the comma or make it a relative clause of the
// noun before; it is an oblique of the clause's verb, the adverb its modifier.
bool repair_together_with(View& v) {
    if (!(v.has_word(trigger::word({"together", "jointly", "along"})))) return false;
    bool changed = false;
    for (int i = 2; i + 1 < v.size(); ++i) {
        if (v[i].form != "with"sv) continue;
        const std::string_view adv = v[i - 1].form;
        if (adv != "together"sv && adv != "jointly"sv && adv != "along"sv) continue;
        const int x = v.head(i);
        if (x <= i || x >= v.size() || !nominal(v[x])) continue;
        // Without the comma only the partner the parser hung on the adverb itself ("by a team
        // together with Cellora"): "a letter together with a photo" adds to a noun.
        if (v[i - 2].form != ","sv && v.head(x) != i - 1) continue;
        if (v[x].deprel == "obl"sv && v.head(x) >= 0 && v[v.head(x)].upos == "VERB"sv) continue;
        int verb = v.head(x);
        for (int steps = 0; verb >= 0 && steps < v.size(); ++steps) {
            if (v[verb].upos == "VERB"sv && base_rel(v[verb].deprel) != "acl" && v[verb].deprel != "amod"sv) break;
            verb = v.head(verb);
        }
        if (verb < 0 || verb >= v.size() || v.dominates(x, verb)) continue;
        v.attach(x, verb, "obl");
        v.attach(i - 1, x, "advmod");
        if (v[i - 2].form == ","sv) v.attach(i - 2, x, "punct");
        changed = true;
    }
    return changed;
}

// A currency's name, singular or plural ("euros"): what makes a counted noun an amount of money.
bool currency_noun(std::string_view unit) {
    static constexpr std::string_view kCurrencies[] = {"dollar", "euro", "pound", "yuan", "yen",
                                                       "franc", "rupee", "krona", "peso", "rand"};
    if (unit.size() > 3 && unit.back() == 's') unit.remove_suffix(1);
    return std::find(std::begin(kCurrencies), std::end(kCurrencies), unit) != std::end(kCurrencies);
}

// "agreed to lend the region 900 million euros": an amount right after a verb's object, with no
// comma between, is the verb's direct object and the noun before it the indirect one; the parser
// may make the amount the noun's apposition ("the region, 900 million euros").
bool repair_amount_second_object(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_tag(trigger::tag({"NOUN"})))) return false;
    bool changed = false;
    for (int k = 2; k < v.size(); ++k) {
        if (v[k].deprel != "appos"sv || v[k].upos != "NOUN"sv) continue;
        const int o = v.head(k);
        if (o < 0 || o >= k || v[o].deprel != "obj"sv || v[o].upos != "NOUN"sv) continue;
        const int verb = v.head(o);
        if (verb < 0 || verb >= o || v[verb].upos != "VERB"sv) continue;
        // Money only: "visited the site 3 times", "saw it two years ago" count no object.
        if (!currency_noun(v[k].form)) continue;
        bool counted = false;
        for (int c : v.kids(k)) counted = counted || (c < k && base_rel(v[c].deprel) == "nummod");
        const int first = v.span(k).first;
        if (!counted || first <= o || v.span(o, k).second + 1 != first) continue;
        v.attach(o, verb, "iobj");
        v.attach(k, verb, "obj");
        changed = true;
    }
    return changed;
}

// "which lent Norland 600 million pounds": a name right before the number of an amount of money
// that is a verb's object is the verb's indirect object, not a compound of the currency (a
// compound comes after the number: "600 million Norland pounds"); the parser may hang it there.
bool repair_name_before_amount(View& v) {
    if (!(v.has_rel(trigger::rel({"compound"})) && v.has_tag(trigger::tag({"NUM"})))) return false;
    bool changed = false;
    for (int k = 2; k < v.size(); ++k) {
        if (v[k].deprel != "obj"sv || v[k].upos != "NOUN"sv) continue;
        const int verb = v.head(k);
        if (verb < 0 || verb >= k || v[verb].upos != "VERB"sv) continue;
        if (!currency_noun(v[k].form)) continue;
        int number = -1, name = -1;
        for (int c : v.kids(k)) {
            if (c > k) continue;
            if (base_rel(v[c].deprel) == "nummod" && number < 0) number = c;
            if (v[c].deprel == "compound"sv && v[c].upos == "PROPN"sv && name < 0) name = c;
        }
        if (number < 0 || name < 0 || name > number || v.span(number).first != v.span(name).second + 1) continue;
        if (v.span(name).first != verb + 1) continue;
        for (int c : v.kids(verb)) name = v[c].deprel == "iobj"sv ? -1 : name;
        if (name < 0) continue;
        v.attach(name, verb, "iobj");
        changed = true;
    }
    return changed;
}

// The nominal conjunct whose preposition `p` comes right after its coordinator ("and in local
// procedures"), or after the coordinator and one adverb of the conjunct ("and partly by a
// consortium", "and also by"), or -1.
int repeated_preposition_conjunct(View& v, int p) {
    if (v[p].upos != "ADP"sv || v[p].deprel != "case"sv) return -1;
    const int c = v.head(p);
    int cc = p - 1;
    if (cc > 1 && v[cc].upos == "ADV"sv && v.head(cc) == c) --cc;
    if (v[cc].upos != "CCONJ"sv) return -1;
    if (c <= p || v[c].deprel != "conj"sv || !nominal(v[c]) || v.head(cc) != c) return -1;
    return c;
}

// "is backed by Northgate, and by the charity Lung Action Wales, which also funded the trial":
// a relative pronoun cannot be the subject of a coordinated main clause. When the parser makes
// "which"/"who" the subject of a conjunct verb and hangs the noun phrase right before it on that
// verb, the phrase is the conjunct (with the coordinator and the commas before it) and the verb
// heads a relative clause on it.
bool repair_relative_taken_for_conjunct(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_word(trigger::word({"which", "who"})))) return false;
    bool changed = false;
    for (int r = 2; r + 1 < v.size(); ++r) {
        const std::string w = ascii::lower(v[r].form);
        if ((w != "which" && w != "who") || v[r].deprel != "nsubj"sv || v[r - 1].form != ","sv) continue;
        const int verb = v.head(r);
        if (verb <= r || verb >= v.size() || v[verb].deprel != "conj"sv || v[verb].upos != "VERB"sv) continue;
        const int n = phrase_before_relative(v, r);
        if (n < 1 || n >= r || v.head(n) != verb || !nominal(v[n])) continue;
        const std::string_view nrel = base_rel(v[n].deprel);
        if (nrel != "obl" && nrel != "obj" && nrel != "nsubj") continue;
        int cc = -1;
        for (int k : v.kids(verb)) {
            if (k < n && v[k].deprel == "cc"sv) cc = k;
        }
        if (cc < 0) continue;
        const int h = v.head(verb);
        if (h < 0) continue;
        v.attach(n, h, "conj");
        for (int k : v.kids(verb)) {
            if (k < n) v.set_head(k, n);
        }
        v.attach(verb, n, "acl:relcl");
        changed = true;
    }
    return changed;
}

// "Bramley, which is controlled by the Danish investment firm Skovgaard Capital, is not listed":
// when a sentence's opening noun is the root and a relative clause set off by ", which"/", who"
// hangs on it, a verb after the clause that the parser made a conjunct of the relative verb (with
// no coordinator) and gave as subject the proper noun right after a common noun inside the
// clause is the main verb: the name ends the clause's phrase (the noun before it is its
// description, as in "by the investment firm Skovgaard Capital" alone), and the opening noun is
// the main verb's subject.
bool repair_name_split_from_description_in_relative(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) && v.has_rel(trigger::rel({"conj"})) &&
          v.has_word(trigger::word({"which", "who"})))) {
        return false;
    }
    bool changed = false;
    for (int verb = 3; verb < v.size(); ++verb) {
        if (v[verb].deprel != "conj"sv || v[verb].upos != "VERB"sv) continue;
        const int c = v.head(verb);
        if (c < 1 || c >= verb || v[c].deprel != "acl:relcl"sv) continue;
        const int r = v.head(c);
        if (r < 0 || r >= c || v.head(r) != -1 || !nominal(v[r])) continue;
        bool relative = false, coordinated = false;
        for (int k : v.kids(c)) {
            const std::string w = ascii::lower(v[k].form);
            if ((w == "which" || w == "who") && k > 0 && v[k - 1].form == ","sv) relative = true;
        }
        int subj = -1;
        bool passive = false;
        for (int k : v.kids(verb)) {
            if (v[k].deprel == "cc"sv) coordinated = true;
            if (v[k].deprel == "aux:pass"sv) passive = true;
            if (k < verb && is_subject(v[k].deprel)) subj = k;
        }
        if (!relative || coordinated || subj < 0 || v[subj].upos != "PROPN"sv) continue;
        int b = subj;  // the name's first word
        while (b - 1 > c && v.head(b - 1) == subj && v[b - 1].upos == "PROPN"sv) --b;
        const int d = b - 1;  // the description's head noun, inside the relative clause
        if (d <= c || v[d].upos != "NOUN"sv || !v.dominates(c, d)) continue;
        const std::string_view drel = base_rel(v[d].deprel);
        if (drel != "obl" && drel != "obj" && drel != "nmod") continue;
        bool comma = false;  // the comma closing the relative clause
        for (int k = subj + 1; k < verb; ++k) comma = comma || v[k].form == ","sv;
        if (!comma) continue;
        v.set_head(subj, v.head(d));
        v.set_deprel(subj, v[d].deprel);
        v.attach(d, subj, "nmod:desc");
        for (int k : v.kids(d)) {
            if (v[k].deprel == "case"sv) v.set_head(k, subj);  // "by" marks the whole phrase
        }
        v.set_head(verb, -1);
        v.set_deprel(verb, "root");
        for (int k : v.kids(r)) {
            if (k > verb) v.set_head(k, verb);  // the final stop
        }
        v.attach(r, verb, passive ? "nsubj:pass" : "nsubj");
        changed = true;
    }
    return changed;
}

// "A report published by the Halden Institute, a think tank funded partly by the Nuffield
// Foundation, found that ...": the parser made the participle of the apposition the root, with
// the apposition's indefinite noun as its subject and the sentence's verb a conjunct of it. A
// root past participle with no auxiliary and a by-agent, whose subject is an indefinite noun
// right after a comma and a nominal inside the phrase of the participle's earlier subject, is a
// participle on that noun, the noun is in apposition to the nominal, and a finite conjunct after
// a comma with no coordinator (or a parataxis) is the sentence's verb, with the earlier subject
// as its own. "A survey carried out by X, a charity funded by Y, found": the same when the
// parser hung the noun in apposition but made its participle the root.
bool repair_appositive_participle_root(View& v) {
    if (!(v.has_rel(trigger::rel({"conj", "parataxis"})) && v.has_tag(trigger::tag({"VBN"})) &&
          v.has_word(trigger::word({"a", "an"})))) {
        return false;
    }
    for (int p = 3; p + 2 < v.size(); ++p) {
        if (v.head(p) != -1 || v[p].xpos != "VBN"sv) continue;
        int n = -1, s = -1, f = -1;
        bool aux = false, agent = false;
        for (int k : v.kids(p)) {
            const std::string_view rel = v[k].deprel;
            if (base_rel(v[k].deprel) == "aux"sv) aux = true;
            if (k > p && rel == "obl:agent"sv) agent = true;
            if (k < p && is_subject(v[k].deprel)) {
                if (n < 0 || k > n) {
                    if (n >= 0) s = n;
                    n = k;
                } else {
                    s = k;
                }
            }
            if (k > p && (rel == "conj"sv || rel == "parataxis"sv) && f < 0) f = k;
        }
        // Or the parser did hang the noun in apposition, and only the participle right after it
        // took the sentence's subject.
        if (n >= 0 && s < 0 && v[p - 1].deprel == "appos"sv) {
            s = n;
            n = p - 1;
        }
        if (aux || !agent || n < 0 || s < 0 || f < 0 || v[n].upos != "NOUN"sv) continue;
        if (v[f].upos != "VERB"sv || (v[f].xpos != "VBD"sv && v[f].xpos != "VBZ"sv && v[f].xpos != "VBP"sv) ||
            v[f - 1].form != ","sv) {
            continue;
        }
        bool coordinated = false;
        for (int k : v.kids(f)) coordinated = coordinated || v[k].deprel == "cc"sv;
        if (coordinated) continue;
        int a = n;  // the noun phrase's first word
        for (int k : v.kids(n)) {
            if (v[k].upos != "PUNCT"sv) a = std::min(a, k);
        }
        const std::string det = ascii::lower(v[a].form);
        if ((det != "a" && det != "an") || a < 3 || v[a - 1].form != ","sv) continue;
        int x = a - 2;  // the nominal before the comma, and the head of its phrase
        if (!nominal(v[x])) continue;
        for (int steps = 0; steps < 4 && v.head(x) > x && v.head(x) < a - 1; ++steps) x = v.head(x);
        if (!nominal(v[x]) || !v.dominates(s, x)) continue;
        v.attach(n, x, "appos");
        v.set_head(a - 1, n);
        v.attach(p, n, "acl");
        v.set_head(f, -1);
        v.set_deprel(f, "root");
        for (int k : v.kids(p)) {
            if (k > f) v.set_head(k, f);  // the final stop
        }
        v.attach(s, f, "nsubj");
        return true;
    }
    return false;
}

// "The Harbour Council, the trade body that sets safety codes, suspended the firm", "Tern
// Workers United, a union that represents 9,000 cooks, backed the strike": the parser left the
// name the root and hung the sentence's verb inside the apposition, as a participle on the
// description, as a conjunct (with no coordinator) of a word of its relative clause or as a
// parataxis of a verb inside it. A past or present form right after a comma inside an apposition
// set off by a comma, with an object of its own and no subject, auxiliary, coordinator or
// by-agent, is the verb of the name, which has none. The same holds when the apposition is a
// participle phrase ("Varden Logistics, a haulier based in Leeds, employed 400 drivers") or a
// relative clause on the name ("The Audit Office, whose head took office in May, conducted a
// survey", the verb hung on the relative clause as an adverbial).
bool repair_verb_inside_apposition(View& v) {
    if (!(v.has_rel(trigger::rel({"appos", "obj", "acl:relcl"})) &&
          v.has_rel(trigger::rel({"acl", "conj", "parataxis", "advcl"})) &&
          v.has_tag(trigger::tag({"VERB"})))) {
        return false;
    }
    const int r = v.root();
    if (r < 0 || (v[r].upos != "NOUN"sv && v[r].upos != "PROPN"sv)) return false;
    int n = -1;
    for (int k : v.kids(r)) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "nsubj"sv || b == "cop"sv || b == "aux"sv || b == "case"sv || b == "mark"sv) return false;
        if (k <= r + 1 || n >= 0) continue;
        // The description in apposition (or taken for the noun's object, which a noun has not),
        // or a relative clause on the name itself ("X, whose chief executive took office in
        // May, conducted a survey").
        const bool described = (v[k].deprel == "appos"sv || v[k].deprel == "obj"sv) && v[k].upos == "NOUN"sv;
        const bool relative = v[k].deprel == "acl:relcl"sv && v[k].upos == "VERB"sv;
        if (!described && !relative) continue;
        const int f = v.span(k).first;  // the opening comma may hang on the description
        if (v[f].form == ","sv || v[f - 1].form == ","sv) n = k;
    }
    if (n < 0) return false;
    for (int p = n + 2; p + 1 < v.size(); ++p) {
        if (v[p].upos != "VERB"sv || v[p - 1].form != ","sv || !v.dominates(n, p)) continue;
        if (v[p].deprel != "acl"sv && v[p].deprel != "conj"sv && v[p].deprel != "parataxis"sv &&
            v[p].deprel != "advcl"sv) {
            continue;
        }
        // The apposition holds a clause of its own before that comma (a relative clause, or a
        // participle: "a body based in Leeds"), so the comma closes it.
        bool clause = v[n].deprel == "acl:relcl"sv;
        for (int k : v.kids(n)) {
            clause = clause || (k < p - 1 && (v[k].deprel == "acl:relcl"sv || v[k].deprel == "acl"sv));
        }
        if (!clause) continue;
        const std::string_view x = v[p].xpos;
        if (x != "VBD"sv && x != "VBN"sv && x != "VBZ"sv && x != "VBP"sv) continue;
        bool object = false, blocked = false;
        for (int k : v.kids(p)) {
            const std::string_view rel = v[k].deprel;
            object = object || (k > p && rel == "obj"sv);
            blocked = blocked || is_subject(v[k].deprel) || base_rel(v[k].deprel) == "aux"sv || rel == "cc"sv ||
                      rel == "obl:agent"sv || rel == "mark"sv;
        }
        if (!object || blocked) continue;
        if (x == "VBN"sv) v.set_xpos(p, "VBD");
        v.attach(p, -1, "root");
        v.attach(r, p, "nsubj");
        v.set_head(p - 1, n);
        for (int k : v.kids(r)) {
            if (k > p) v.set_head(k, p);
        }
        return true;
    }
    return false;
}

// The verb becomes the root and the noun, the root before, its subject; the noun's dependents
// after the verb (the closing punctuation) go to the verb.
void make_root_with_subject(View& v, int verb, int noun) {
    v.attach(verb, -1, "root");
    v.attach(noun, verb, "nsubj");
    for (int k : v.kids(noun)) {
        if (k > verb) v.set_head(k, verb);
    }
}

// "Franchisees of Tarn Foods, the chain owned by the investment firm Holm Capital, have sued
// it": the parser made the name closing the apposition the subject of the sentence's verb and
// left the opening noun the root. A subject name right after a description (its compound or
// determiner phrase) and followed by a comma right before the verb's auxiliary is that
// description's apposition; the verb is the root, with the noun root its subject.
bool repair_subject_name_after_description(View& v) {
    if (!(v.has_rel(trigger::rel({"nsubj"})) && v.has_tag(trigger::tag({"AUX"})) && v.has_tag(trigger::tag({"PROPN"})))) {
        return false;
    }
    const int r = v.root();
    if (r < 0 || (v[r].upos != "NOUN"sv && v[r].upos != "PROPN"sv)) return false;
    for (int k : v.kids(r)) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "nsubj"sv || b == "cop"sv || b == "aux"sv || b == "case"sv || b == "mark"sv) return false;
    }
    for (int s = r + 3; s + 2 < v.size(); ++s) {
        if (v[s].deprel != "nsubj"sv || v[s].upos != "PROPN"sv) continue;
        const int verb = v.head(s);
        if (verb <= s || verb >= v.size() || v[verb].upos != "VERB"sv || !v.dominates(r, verb)) continue;
        const auto [left, right] = v.span(s);
        // The name's words, then a comma, then the verb's first auxiliary.
        if (right + 2 > verb || v[right + 1].form != ","sv || base_rel(v[right + 2].deprel) != "aux"sv ||
            v.head(right + 2) != verb) {
            continue;
        }
        const int n = left - 1;  // the description's head right before the name
        if (n <= r || v[n].upos != "NOUN"sv || !v.dominates(r, n)) continue;
        bool determined = false;
        for (int k : v.kids(n)) determined = determined || (k < n && v[k].upos == "DET"sv);
        if (!determined) continue;
        // "of Tarn Foods, the chain ...", which the parser may have hung on the verb: the
        // phrase after the root noun's preposition is the noun's.
        int x = -1;
        if (v.dominates(verb, n)) {
            for (int k : v.kids(verb)) {
                if (k > r + 1 && k < n && v.dominates(k, n) && nominal(v[k])) x = k;
            }
            if (x < 0 || v[r + 1].upos != "ADP"sv || v.span(x).first != r + 2) continue;
        }
        if (x >= 0) {
            v.attach(x, r, "nmod");
            v.attach(r + 1, x, "case");
        }
        v.attach(s, n, "appos");
        v.set_head(right + 1, n);
        make_root_with_subject(v, verb, r);
        return true;
    }
    return false;
}

// "Patients Together, a campaign group that ..., criticised": a capitalised adverb or adjective
// inside a sentence, right after a subject name and right before a comma, is the name's last
// word (an adverb or adjective is not capitalised there otherwise); the parser had hung it on
// the verb or the name, leaving "Patients" the subject and the description a second one.
bool repair_name_closing_modifier(View& v) {
    if (!(v.has_rel(trigger::rel({"nsubj"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    bool changed = false;
    for (int w = 1; w + 1 < v.size(); ++w) {
        if ((v[w].upos != "ADV"sv && v[w].upos != "ADJ"sv) || v[w + 1].form != ","sv) continue;
        const std::string& f = v[w].form;
        if (f.size() < 2 || !std::isupper(static_cast<unsigned char>(f[0])) || !std::islower(static_cast<unsigned char>(f[1]))) continue;
        const int name = w - 1;
        if (v[name].upos != "PROPN"sv || v[name].deprel != "nsubj"sv) continue;
        bool bare = true;  // the word heads nothing but the comma
        for (int k : v.kids(w)) bare = bare && k == w + 1;
        if (!bare) continue;
        v.set_upos(w, "PROPN");
        v.set_xpos(w, "NNP");
        v.set_lemma(w, f);
        v.attach(w, name, "flat");
        if (v.head(w + 1) == w) v.set_head(w + 1, name);
        changed = true;
    }
    return changed;
}

// "owned by the American software group Calverton Health Technologies, was": the parser may label
// the last word of a name before a comma punctuation. A name's word is never punctuation: right
// after a common noun with a determiner (with its own compounds between), it is that noun's
// apposition, as "the drugmaker X" is read elsewhere.
bool repair_name_labelled_punctuation(View& v) {
    if (!(v.has_rel(trigger::rel({"punct"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    bool changed = false;
    for (int w = 2; w < v.size(); ++w) {
        if (v[w].upos != "PROPN"sv || v[w].deprel != "punct"sv) continue;
        int first = w;  // the name's first word: its compounds right before it
        while (first > 0 && v.head(first - 1) == w && v[first - 1].upos == "PROPN"sv &&
               base_rel(v[first - 1].deprel) == "compound"sv) {
            --first;
        }
        const int n = first - 1;
        if (n < 1 || v[n].upos != "NOUN"sv || v.dominates(w, n)) continue;
        bool determined = false;
        for (int k : v.kids(n)) determined = determined || (k < n && v[k].upos == "DET"sv);
        if (!determined) continue;
        v.attach(w, n, "appos");
        changed = true;
    }
    return changed;
}

// "A tribunal upheld a fine over a breach that exposed 40,000 records, rejecting the appeal": a
// free participle clause after a comma is said of the sentence's subject, not of a restrictive
// relative clause (one opened with no comma before it) the parser hung it on.
bool repair_participle_on_restrictive_relative(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl", "advcl"})) && v.has_tag(trigger::tag({"VERB"})))) return false;
    const int root = v.root();
    if (root < 0 || v[root].upos != "VERB"sv) return false;
    bool changed = false;
    for (int g = root + 2; g + 1 < v.size(); ++g) {
        if (v[g].xpos != "VBG"sv || v[g].deprel != "advcl"sv || v[g - 1].form != ","sv) continue;
        const int rel = v.head(g);
        if (rel <= root || rel >= g || v[rel].deprel != "acl:relcl"sv) continue;
        bool own = false;
        for (int k : v.kids(g)) own = own || is_subject(v[k].deprel) || v[k].deprel == "mark"sv;
        if (own) continue;
        const int first = v.span(rel).first;
        if (first <= 0 || v[first - 1].form == ","sv || !relative_pronoun(v[first])) continue;
        if (!v.dominates(root, rel)) continue;
        v.set_head(g, root);
        changed = true;
    }
    return changed;
}

// "will train candidates in English and in local procedures": a conjunct that repeats a
// preposition is the conjunct of the earlier phrase with that preposition, not of the object or
// the verb the parser hung it on.
bool repair_repeated_preposition(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_rel(trigger::rel({"case"})) && v.has_tag(trigger::tag({"CCONJ"})) && v.has_tag(trigger::tag({"ADP"})))) return false;
    bool changed = false;
    for (int p = 2; p + 1 < v.size(); ++p) {
        const int c = repeated_preposition_conjunct(v, p);
        if (c < 0) continue;
        const int h = v.head(c);
        if (h < 0 || h >= p - 1) continue;
        int e = -1;  // the nearest earlier dependent of h with the same preposition
        // "opposed by the Federation, which represents 120,000 educators, and by several
        // lawmakers": when h has none, the nearest of h's ancestors that has one.
        for (int a = h, steps = 0; e < 0 && a >= 0 && a < v.size() && steps <= v.size(); a = v.head(a), ++steps) {
            for (int k : v.kids(a)) {
                if (k >= p - 1 || (a == h && k <= h) || !nominal(v[k])) continue;
                const std::string_view r = base_rel(v[k].deprel);
                if (r != "obl" && r != "nmod") continue;
                for (int m : v.kids(k)) {
                    if (m < k && v[m].deprel == "case"sv && v[m].form == v[p].form) e = std::max(e, k);
                }
            }
        }
        if (e < 0 || v.dominates(c, e)) continue;
        v.set_head(c, e);
        changed = true;
    }
    return changed;
}

// "will begin using software that reads scans": right after a verb of beginning, continuing or
// stopping, a gerund is that verb's complement and the noun after it the gerund's object, not a
// compound or modifier ("using software") that the verb begins. Elsewhere a gerund before a noun may be a
// real compound ("bought cleaning products").
bool repair_aspectual_gerund(View& v) {
    if (!(v.has_rel(trigger::rel({"compound", "amod"})) && v.has_rel(trigger::rel({"obj"})))) return false;
    static constexpr std::string_view kAspectual[] = {"begin", "start", "stop", "continue", "keep",
                                                      "finish", "resume", "cease", "quit"};
    bool changed = false;
    for (int g = 1; g + 1 < v.size(); ++g) {
        // The tagger may read the gerund as a noun ("sharing", "lending").
        const std::string& f = v[g].form;
        const bool ing_noun = v[g].xpos == "NN"sv && f.size() > 5 && f.compare(f.size() - 3, 3, "ing") == 0;
        if ((v[g].xpos != "VBG"sv && !ing_noun) || (v[g].deprel != "compound"sv && v[g].deprel != "amod"sv)) continue;
        const int n = v.head(g);
        const int verb = g - 1;
        if (n <= g || v[n].deprel != "obj"sv || v.head(n) != verb || v[verb].upos != "VERB"sv) continue;
        if (std::find(std::begin(kAspectual), std::end(kAspectual), std::string_view(v[verb].lemma)) ==
            std::end(kAspectual)) {
            continue;
        }
        v.attach(g, verb, "xcomp");
        v.attach(n, g, "obj");
        if (ing_noun) {
            v.set_upos(g, "VERB");
            v.set_xpos(g, "VBG");
        }
        changed = true;
    }
    return changed;
}

// "will buy sixty trains from the manufacturer Alpwerk": with a verb of getting, "from" gives
// whom the object is got from, an oblique of the verb (as UD has it), not part of the object's
// name ("trains from Alpwerk").
bool repair_source_of_getting(View& v) {
    if (!(v.has_rel(trigger::rel({"nmod"})) && v.has_rel(trigger::rel({"obj"})))) return false;
    static constexpr std::string_view kGetting[] = {"buy", "purchase", "acquire", "order", "receive",
                                                    "obtain", "import", "borrow", "rent", "lease"};
    bool changed = false;
    for (int x = 2; x < v.size(); ++x) {
        if (v[x].deprel != "nmod"sv || !nominal(v[x])) continue;
        const int o = v.head(x);
        if (o < 0 || o >= x || v[o].deprel != "obj"sv) continue;
        const int verb = v.head(o);
        if (verb < 0 || verb >= o || v[verb].upos != "VERB"sv) continue;
        if (std::find(std::begin(kGetting), std::end(kGetting), std::string_view(v[verb].lemma)) ==
            std::end(kGetting)) {
            continue;
        }
        bool from = false;
        for (int c : v.kids(x)) from = from || (c < x && v[c].deprel == "case"sv && v[c].form == "from"sv);
        if (!from) continue;
        v.attach(x, verb, "obl");
        changed = true;
    }
    return changed;
}

// "will be managed by the Department for Schools and run by Brightpath": a participle with its
// own "by" agent, conjoined to the agent of a passive participle (or to a noun a participle
// before it modifies), is that participle's conjunct (names and notions do not coordinate with
// verbs).
bool repair_agent_participle_conjunct(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_rel(trigger::rel({"obl:agent"})) && v.has_tag(trigger::tag({"VBN"})))) return false;
    bool changed = false;
    for (int c = 2; c < v.size(); ++c) {
        const int n = v.head(c);
        if (v[c].deprel != "conj"sv || v[c].xpos != "VBN"sv || n < 0 || n >= c) continue;
        if (v[n].upos == "VERB"sv && v[n].xpos != "VBN"sv) {
            // "miners enrol in courses run by X and paid for by Y": a bare passive participle
            // with its own "by" agent, and no subject or auxiliary, does not coordinate with a
            // finite verb; it is the conjunct of the nearest participle with an agent before it
            // in that verb's clause.
            bool own = false, by = false;
            for (int k : v.kids(c)) {
                own = own || is_subject(v[k].deprel) || base_rel(v[k].deprel) == "aux"sv;
                if (base_rel(v[k].deprel) != "obl"sv) continue;  // an agent, or a "by" oblique
                for (int g : v.kids(k)) by = by || (v[g].deprel == "case"sv && ascii::iequals(v[g].form, "by"));
            }
            if (own || !by) continue;
            for (int a = c - 1; a > n; --a) {
                if (v[a].deprel != "acl"sv || v[a].xpos != "VBN"sv || !v.dominates(n, a)) continue;
                bool agent = false;
                for (int k : v.kids(a)) agent = agent || v[k].deprel == "obl:agent"sv;
                if (agent) {
                    v.set_head(c, a);
                    changed = true;
                }
                break;
            }
            continue;
        }
        if (!nominal(v[n])) continue;
        int verb = v.head(n);
        if (v[n].deprel != "obl:agent"sv || verb < 0 || verb >= n || v[verb].xpos != "VBN"sv) {
            // "a programme designed with X and backed by Y": the conjunct of a participle that
            // modifies the noun, not of the noun.
            verb = -1;
            for (int a : v.kids(n)) {
                if (a > n && a < c && v[a].deprel == "acl"sv && v[a].xpos == "VBN"sv) verb = a;
            }
            if (verb < 0) continue;
        }
        bool agent = false;
        for (int k : v.kids(c)) {
            for (int g : v.kids(k)) agent = agent || (v[g].deprel == "case"sv && ascii::iequals(v[g].form, "by"));
        }
        if (!agent) continue;
        v.set_head(c, verb);
        changed = true;
    }
    return changed;
}

// "run by Brightpath, a charity that trains tutors": an apposition the parser hung on a verb
// belongs to the noun phrase that ends right before its comma (a verb has no appositions); so
// does a determined noun phrase the parser made the verb's conjunct with no coordinator, when
// a name ends right before its comma.
bool repair_appositive_of_verb(View& v) {
    if (!(v.has_rel(trigger::rel({"appos", "conj", "parataxis"})) && v.has_tag(trigger::tag({"VERB"})))) return false;
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        const int h = v.head(c);
        if (h < 0 || v[h].upos != "VERB"sv || !nominal(v[c])) continue;
        // As a conjunct of the verb: only a noun phrase with its determiner and no coordinator.
        bool det = false, cc = false;
        for (int k : v.kids(c)) {
            // A possessor determines the phrase too ("the UK's development bank").
            det = det || (k < c && (v[k].deprel == "det"sv || v[k].deprel == "nmod:poss"sv));
            cc = cc || v[k].deprel == "cc"sv;
        }
        // "ordered machines from Reverso, a Norwegian maker of ..., and would hire staff": or
        // as a parataxis of the verb, a noun phrase with its determiner right after a name.
        const bool loose = v[c].deprel == "parataxis"sv && det && !cc && v[c].upos == "NOUN"sv;
        if (v[c].deprel != "appos"sv && !(v[c].deprel == "conj"sv && det && !cc && v[c].upos == "NOUN"sv) && !loose) continue;
        const int lo = v.span(c).first;
        if (lo < 2 || v[lo].form != ","sv) continue;
        int name = lo - 1;
        for (int steps = 0; v.head(name) >= 0 && v[name].deprel == "flat"sv && steps < v.size(); ++steps) {
            name = v.head(name);  // bounded: an earlier repair's cycle must not hang the climb
        }
        if (!nominal(v[name]) || v[name].upos == "PRON"sv || v.span(name).second != lo - 1) continue;
        // The name hangs on the verb, or on a verb conjoined to it ("managed by X and run by Y,"),
        // or ends a common noun's phrase of the verb's ("backed by a loan from Tarn Capital, the
        // state's development bank, which ...": the name is the loan's nmod; a name on a name,
        // "sent to X in Leeds, Y's main rival,", is another repair's).
        const int nh = v.head(name);
        const bool on_verb = nh == h || (nh >= 0 && v[nh].deprel == "conj"sv && v.head(nh) == h && v[nh].upos == "VERB"sv) ||
                             (v[c].deprel == "conj"sv && v.dominates(h, name) && v[nh].upos != "PROPN"sv);
        // A common noun before the comma keeps it ("They sold the house, a decision ...").
        if (!on_verb || v[name].upos != "PROPN"sv) continue;
        // A verb the parser conjoined to the noun phrase ("..., and would hire") is the verb's.
        if (loose) {
            for (int k : v.kids(c)) {
                if (k > c && v[k].deprel == "conj"sv && v[k].upos == "VERB"sv) v.set_head(k, h);
            }
        }
        v.attach(c, name, "appos");
        changed = true;
    }
    return changed;
}

// "Brightpath will train tutors, and the Office for School Standards will inspect the lessons":
// a noun phrase the parser made a conjunct of the first verb, followed right away by a later
// conjunct verb of it with its auxiliary but no subject, is that verb's subject; the
// coordinator before the noun joins the two clauses.
bool repair_conjunct_subject(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_tag(trigger::tag({"AUX"})) && v.has_tag(trigger::tag({"VERB"})))) return false;
    bool changed = false;
    for (int c = 2; c + 2 < v.size(); ++c) {
        const int verb = v.head(c);
        if (v[c].deprel != "conj"sv || !nominal(v[c]) || v[c].upos == "PRON"sv || verb < 0 || verb >= c ||
            v[verb].upos != "VERB"sv) {
            continue;
        }
        const int next = v.span(c).second + 1;
        if (next >= v.size() || v[next].upos != "AUX"sv || base_rel(v[next].deprel) != "aux") continue;
        const int w = v.head(next);
        if (w <= next || v.head(w) != verb || v[w].deprel != "conj"sv || v[w].upos != "VERB"sv) continue;
        bool subject = false;
        for (int k : v.kids(w)) subject = subject || is_subject(v[k].deprel);
        if (subject) continue;
        for (int k : v.kids(c)) {
            if (k < c && (v[k].deprel == "cc"sv || (v[k].deprel == "punct"sv && v[k].form == ","sv))) v.set_head(k, w);
        }
        v.attach(c, w, "nsubj");
        changed = true;
    }
    return changed;
}

// "which oversees medical research": the parser may read the adjective before a verb's object
// as a secondary predicate (xcomp) with the noun as its object. An adjective takes no object
// ("worth" aside, which is mended above): the noun right after it is the verb's object and the
// adjective modifies it.
bool repair_adjective_object(View& v) {
    if (!(v.has_rel(trigger::rel({"xcomp"})) && v.has_tag(trigger::tag({"ADJ"})))) return false;
    bool changed = false;
    for (int a = 1; a + 1 < v.size(); ++a) {
        const int h = v.head(a), n = a + 1;
        if (v[a].upos != "ADJ"sv || v[a].deprel != "xcomp"sv || h < 0 || h > a || v[h].upos != "VERB"sv ||
            ascii::iequals(v[a].form, "worth")) {
            continue;
        }
        if (v.head(n) != a || v[n].deprel != "obj"sv || v[n].upos != "NOUN"sv) continue;
        bool verb_obj = false;
        for (int k : v.kids(h)) verb_obj = verb_obj || v[k].deprel == "obj"sv;
        if (verb_obj) continue;
        v.attach(n, h, "obj");
        v.attach(a, n, "amod");
        for (int k : v.kids(a)) v.set_head(k, n);
        changed = true;
    }
    return changed;
}

// "will benefit most", "should invest more": a lone degree word after a verb says how much,
// not what; the parser may read it as the verb's object (an adjective standing for a noun).
bool repair_degree_object(View& v) {
    bool changed = false;
    for (int a = 1; a < v.size(); ++a) {
        const std::string& f = v[a].form;
        if (f != "most"sv && f != "more"sv && f != "less"sv && f != "least"sv) continue;
        const int h = v.head(a);
        if (v[a].deprel != "obj"sv || (v[a].upos != "ADJ"sv && v[a].upos != "ADV"sv) || h < 0 || h > a ||
            v[h].upos != "VERB"sv || !v.kids(a).empty()) {
            continue;
        }
        v.set_deprel(a, "advmod");
        v.set_upos(a, "ADV");
        v.set_xpos(a, f == "most"sv || f == "least"sv ? "RBS" : "RBR");
        changed = true;
    }
    return changed;
}

// "a supply contract worth 40 million pounds": "worth" takes the amount as its object (as EWT
// annotates it) and modifies the noun before it; the parser may make the amount the noun's
// object (which reads the noun as a verb) or hang "worth" on the amount.
bool repair_worth(View& v) {
    if (!(v.has_word(trigger::word({"worth"})))) return false;
    bool changed = false;
    for (int w = 2; w + 1 < v.size(); ++w) {
        if (!ascii::iequals(v[w].form, "worth") || v[w].upos != "ADJ"sv) continue;
        const int h = v.head(w);
        if (h > w && v[w].deprel == "amod"sv) {  // hung on the amount after it
            const int n = v.head(h);
            if (n < 0 || n >= w || v[n].upos != "NOUN"sv || v.dominates(h, n)) continue;
            v.attach(w, n, "amod");
            v.attach(h, w, "obj");
            changed = true;
        } else if (h >= 0 && h < w && v[h].upos == "NOUN"sv && v[w].deprel == "amod"sv) {  // amount on the noun
            for (int k : v.kids(h)) {
                if (k > w && v[k].deprel == "obj"sv) {
                    v.attach(k, w, "obj");
                    changed = true;
                }
            }
        }
    }
    return changed;
}

// "The contract, worth £40 million, was awarded to X", "Lot 3, worth £33 million, was awarded":
// a "worth" phrase set off by commas right after the sentence's opening noun phrase describes that
// phrase, which is the subject of the verb after the second comma (its auxiliaries before it).
// The parser may make the amount or "worth" the subject, or the opening noun the root with the
// verb a conjunct or a parataxis of it.
bool repair_worth_apposition(View& v) {
    if (!(v.has_word(trigger::word({"worth"})))) return false;
    const int n_tok = v.size();
    int w = 1;
    while (w < n_tok && w < 8 && !ascii::iequals(v[w].form, "worth")) ++w;
    if (w >= n_tok || w >= 8 || v[w - 1].form != ","sv) return false;
    // The opening phrase: every word before the comma; its head the one word hung outside it.
    int noun = -1;
    for (int k = 0; k < w - 1; ++k) {
        if (v.head(k) >= 0 && v.head(k) < w - 1) continue;
        if (noun >= 0) return false;
        noun = k;
    }
    if (noun < 0 || (v[noun].upos != "NOUN"sv && v[noun].upos != "PROPN"sv)) return false;
    // The closing comma, and the verb after it past its auxiliaries.
    int c = w + 1;
    while (c < n_tok && c < w + 8 && v[c].form != ","sv) ++c;
    if (c >= n_tok || v[c].form != ","sv || c == w + 1) return false;
    int verb = c + 1;
    bool passive = false;
    while (verb < n_tok && (v[verb].upos == "AUX"sv || v[verb].upos == "ADV"sv || v[verb].upos == "PART"sv)) {
        const std::string f = ascii::lower(v[verb].form);
        passive = passive || f == "be" || f == "been" || f == "being" || f == "was" || f == "were" || f == "is" || f == "are";
        ++verb;
    }
    if (verb >= n_tok || v[verb].upos != "VERB"sv || verb == c + 1) return false;
    passive = passive && v[verb].xpos == "VBN"sv;
    // The amount: the one word of w+1..c-1 hung outside them.
    int amount = -1;
    for (int k = w + 1; k < c; ++k) {
        if (v.head(k) > w && v.head(k) < c) continue;
        if (amount >= 0) return false;
        amount = k;
    }
    if (amount < 0) return false;
    // Already right: the noun the verb's subject and "worth" on the noun.
    if (v.head(noun) == verb && v.head(w) == noun) return false;
    // Whatever else the verb was hung on, it heads the sentence now; the words after the closing
    // comma that were hung inside the opening stretch go to it.
    v.attach(verb, -1, "root");
    for (int k = c + 1; k < n_tok; ++k) {
        if (k != verb && v.head(k) >= 0 && v.head(k) <= c) v.set_head(k, verb);
    }
    v.attach(noun, verb, passive ? "nsubj:pass" : "nsubj");
    v.attach(w, noun, "amod");
    v.attach(w - 1, w, "punct");
    v.attach(amount, w, "obj");
    v.attach(c, w, "punct");
    for (int k = c + 1; k < verb; ++k) {
        const std::string f = ascii::lower(v[k].form);
        const bool be = f == "be" || f == "been" || f == "being" || f == "was" || f == "were" || f == "is" || f == "are";
        v.attach(k, verb, v[k].upos != "AUX"sv ? "advmod" : passive && be ? "aux:pass" : "aux");
    }
    return true;
}

// "Three members worked for water companies, and its chair, Sir Peter Lindell, was finance
// director of Severnmere Water": a clause conjoined after ", and" whose subject is a noun with a
// name in apposition. The parser made the subject noun a conjunct of the first clause's
// object or oblique, the name an oblique of its verb (or hung it on a comma) and the copular
// predicate an apposition of the name; but an apposition has no copula. The predicate heads the second clause, conjoined to
// the verb, with the noun its subject and the name the noun's apposition.
bool repair_copular_conjunct_clause(View& v) {
    if (!(v.has_rel(trigger::rel({"cop"})) && v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"conj"})))) {
        return false;
    }
    bool changed = false;
    for (int d = 6; d < v.size(); ++d) {
        if (v[d].deprel != "appos"sv || (v[d].upos != "NOUN"sv && v[d].upos != "ADJ"sv)) continue;
        int cop = -1;
        for (int k : v.kids(d)) {
            if (k < d && v[k].deprel == "cop"sv) cop = k;
        }
        const int name = v.head(d);
        if (cop < 0 || name < 2 || name > cop || v[name].upos != "PROPN"sv || v[cop - 1].form != ","sv) continue;
        // The noun before the name's comma, a conjunct after "and" of a phrase hung on a verb.
        if (v[name - 1].form != ","sv && !(v[name - 1].deprel == "nmod:desc"sv && v[name - 2].form == ","sv)) continue;
        int noun = v[name - 1].form == ","sv ? name - 2 : name - 3;
        if (noun < 2 || v[noun].deprel != "conj"sv || v[noun].upos != "NOUN"sv) continue;
        int cc = -1;
        for (int k : v.kids(noun)) {
            if (k < noun && v[k].deprel == "cc"sv) cc = k;
        }
        const int first = v.head(noun);
        if (cc < 0 || first < 0 || first >= noun) continue;
        const int verb = v.head(first);
        if (verb < 0 || verb >= first || v[verb].upos != "VERB"sv) continue;
        v.attach(d, verb, "conj");
        v.attach(cc, d, "cc");
        v.attach(noun, d, "nsubj");
        v.attach(name, noun, "appos");
        changed = true;
    }
    return changed;
}

// "partnered with Kessick Biologics, a Dutch vaccine maker, to develop a vaccine": an infinitive
// after the comma that closes an apposition, which the parser made an adverbial clause of the
// apposition's noun (or a clause modifying it), is the purpose of the verb the named phrase is an object or oblique of (a
// noun has no adverbial clause).
bool repair_infinitive_after_apposition(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"advcl", "acl"})) &&
          v.has_word(trigger::word({"to"})))) {
        return false;
    }
    bool changed = false;
    for (int c = 4; c < v.size(); ++c) {
        // Or a clause modifying the noun: but a comma sets off no restrictive infinitive.
        if ((v[c].deprel != "advcl"sv && v[c].deprel != "acl"sv) || v[c].upos != "VERB"sv || v[c].xpos != "VB"sv) continue;
        if (!ascii::iequals(v[c - 1].form, "to") || v[c - 2].form != ","sv) continue;
        const int h = v.head(c);
        if (h < 0 || h >= c || v[h].deprel != "appos"sv || (v[h].upos != "NOUN"sv && v[h].upos != "PROPN"sv)) continue;
        const int n = v.head(h);
        if (n < 0 || n >= h || (v[n].deprel != "obl"sv && v[n].deprel != "obj"sv)) continue;
        const int g = v.head(n);
        if (g < 0 || g >= n || v[g].upos != "VERB"sv) continue;
        v.attach(c, g, "advcl");
        changed = true;
    }
    return changed;
}

// "comes a week after Lyndale, a supplier that makes wiring, sued the carmaker": "after",
// "before", "since" and "until" also introduce clauses. A noun phrase the parser made their
// object, followed right away by a past or present verb with no subject and no coordinator that
// it made a conjunct, is that verb's subject, and the word its subordinator. So is one before a
// verb the parser made an adverbial clause with no subject and no subordinator ("will pay for a
// drug made by X after the company agreed to cut its price": "company" hung on X), or a loose
// clause beside the main verb ("will pay more for their mortgages after the Bank of England
// raised its rate": "raised" set beside "pay" as parataxis).
bool repair_subordinate_clause(View& v) {
    if (!(v.has_rel(trigger::rel({"conj", "advcl", "parataxis"})) && v.has_word(trigger::word({"after", "before", "since", "until"})))) return false;
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        if ((v[c].deprel != "conj"sv && v[c].deprel != "advcl"sv && v[c].deprel != "parataxis"sv) || v[c].upos != "VERB"sv ||
            (v[c].xpos != "VBD"sv && v[c].xpos != "VBZ"sv)) {
            continue;
        }
        const int h = v.head(c);
        if (h < 0 || h >= c) continue;
        bool blocked = false;
        for (int k : v.kids(c)) blocked = blocked || is_subject(v[k].deprel) || v[k].deprel == "cc"sv || (k < c && v[k].deprel != "punct"sv);
        if (blocked) continue;
        int end = c - 1;
        if (v[end].form == ","sv) --end;
        // The noun phrase that ends there and begins with the subordinator as its case word.
        int n = -1, marker = -1;
        for (int k = 1; k < end && n < 0; ++k) {
            if (v[k].deprel != "case"sv || !subordinating_preposition(v[k])) continue;
            const int x = v.head(k);
            if (x <= k || !nominal(v[x]) || v[x].upos == "PRON"sv || !v.dominates(h, x) || v.span(x).first != k) continue;
            // The phrase may go on with an apposition the parser hung one word higher.
            std::vector<int> appositions;
            int reach = v.span(x).second;
            for (int a = reach + 1; a <= end && reach < end; ++a) {
                if (v[a].deprel == "appos"sv && v.head(a) == v.head(x) && v.span(a).first == reach + 1) {
                    appositions.push_back(a);
                    reach = v.span(a).second;
                }
            }
            if (reach != end) continue;
            for (int a : appositions) v.set_head(a, x);
            n = x;
            marker = k;
        }
        if (n < 0) continue;
        v.attach(c, h, "advcl");
        v.attach(n, c, "nsubj");
        v.attach(marker, c, "mark");
        changed = true;
    }
    return changed;
}

// "The authority owns the track, while Southern Crescent, a railroad, will operate the trains": a
// subordinator ("while", "although", "because") marks a clause, not a noun. A noun phrase the
// parser hung inside the clause before with the subordinator on it, followed right away by a
// verb with no subject and no coordinator that it made a conjunct or loose clause of that
// clause's verb, is that verb's subject, and the verb an adverbial clause.
bool repair_subordinator_on_noun(View& v) {
    if (!(v.has_rel(trigger::rel({"mark"})) && v.has_tag(trigger::tag({"SCONJ"})))) return false;
    bool changed = false;
    for (int m = 1; m + 2 < v.size(); ++m) {
        if (v[m].upos != "SCONJ"sv || v[m].deprel != "mark"sv) continue;
        const int x = v.head(m);
        if (x <= m || x >= v.size() || (v[x].upos != "NOUN"sv && v[x].upos != "PROPN"sv)) continue;
        bool predicate = false;
        for (int k : v.kids(x)) predicate = predicate || v[k].deprel == "cop"sv || is_subject(v[k].deprel);
        if (predicate) continue;
        const auto [first, last] = v.span(x);
        bool opens = true;
        for (int k = first; k < m; ++k) opens = opens && v[k].upos == "PUNCT"sv;
        if (!opens) continue;
        int c = last + 1;
        if (c < v.size() && v[c].form == ","sv) ++c;
        while (c < v.size() && v[c].upos == "AUX"sv) ++c;
        if (c >= v.size() || v[c].upos != "VERB"sv || (v[c].deprel != "conj"sv && v[c].deprel != "parataxis"sv)) continue;
        const int h = v.head(c);
        if (h < 0 || h >= first || !v.dominates(h, x)) continue;
        bool blocked = false;
        for (int k : v.kids(c)) {
            blocked = blocked || is_subject(v[k].deprel) || v[k].deprel == "cc"sv ||
                      (k < c && k > last && v[k].upos != "AUX"sv && v[k].upos != "PUNCT"sv);
        }
        // Every auxiliary between is the verb's.
        for (int k = last + 1; k < c; ++k) blocked = blocked || (v[k].upos == "AUX"sv && v.head(k) != c);
        if (blocked) continue;
        v.attach(c, h, "advcl");
        v.attach(x, c, "nsubj");
        v.attach(m, c, "mark");
        changed = true;
    }
    return changed;
}

// "The penalty was set by X after an investigation carried out jointly with Y": a past form with
// no subject or auxiliary that the parser made a loose clause (parataxis) of the verb before,
// with the prepositional phrase right before it as its own oblique, is a participle on that
// phrase's noun, and the phrase is the verb's oblique again.
bool repair_participle_after_oblique(View& v) {
    if (!(v.has_rel(trigger::rel({"parataxis"})) && v.has_tag(trigger::tag({"VBN", "VBD"})))) return false;
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        if (v[c].deprel != "parataxis"sv || v[c].upos != "VERB"sv || (v[c].xpos != "VBD"sv && v[c].xpos != "VBN"sv)) {
            continue;
        }
        const int h = v.head(c);
        if (h < 0 || h >= c) continue;
        int x = -1;
        bool blocked = false;
        for (int k : v.kids(c)) {
            const std::string& r = v[k].deprel;
            blocked = blocked || is_subject(r) || r == "aux"sv || r == "aux:pass"sv || r == "mark"sv;
            if (k < c && r == "obl"sv && nominal(v[k]) && v[k].upos != "PRON"sv) x = k;
            else if (k < c && r != "punct"sv) blocked = true;
        }
        if (blocked || x < 0 || v.span(x).second != c - 1) continue;
        const int first = v.span(x).first;
        if (v[first].upos != "ADP"sv || v.head(first) != x || v[first].deprel != "case"sv) continue;
        v.attach(x, h, "obl");
        v.attach(c, x, "acl");
        v.set_xpos(c, "VBN");
        changed = true;
    }
    return changed;
}

// "Clear Water Swimmers, a campaign group founded by swimmers, said the fine was too small": a
// noun phrase before a verb with no subject, which the parser made that verb's clausal
// complement though it has no verb, copula or subject of its own, is the verb's subject.
bool repair_nominal_complement_before_verb(View& v) {
    if (!(v.has_rel(trigger::rel({"ccomp"})) && v.has_tag(trigger::tag({"NOUN", "PROPN"})))) return false;
    bool changed = false;
    for (int x = 0; x + 1 < v.size(); ++x) {
        if (v[x].deprel != "ccomp"sv || (v[x].upos != "NOUN"sv && v[x].upos != "PROPN"sv)) continue;
        const int h = v.head(x);
        if (h <= x || v[h].upos != "VERB"sv) continue;
        bool blocked = false;
        for (int k : v.kids(h)) blocked = blocked || is_subject(v[k].deprel) || v[k].deprel == "csubj"sv;
        for (int k : v.kids(x)) {
            blocked = blocked || is_subject(v[k].deprel) || v[k].deprel == "cop"sv || v[k].deprel == "mark"sv ||
                      v[k].deprel == "aux"sv;
        }
        if (blocked) continue;
        v.set_deprel(x, "nsubj");
        changed = true;
    }
    return changed;
}

// "owned by the fund X, which holds 55 percent, and Y, an investor that ...": a coordinator the
// parser hung on a punctuation mark, with the name (or the phrase) after it hung on the
// coordinator, joins that name as a conjunct to the noun phrase that ends right before it (and its comma).
bool repair_coordinator_on_punctuation(View& v) {
    if (!(v.has_rel(trigger::rel({"cc"})) && v.has_tag(trigger::tag({"CCONJ"})))) return false;
    bool changed = false;
    for (int c = 2; c + 1 < v.size(); ++c) {
        if (v[c].deprel != "cc"sv || v[c].upos != "CCONJ"sv) continue;
        const int p = v.head(c);
        if (p < 0 || v[p].upos != "PUNCT"sv) continue;
        // (The name, or the head of a phrase that opens right after the coordinator: "paid for
        // by the company and the state agency Solas".)
        int y = -1;
        for (int k : v.kids(c)) {
            if (y < 0 && k > c && nominal(v[k]) && v[k].upos != "PRON"sv && v.span(k).first == c + 1) y = k;
        }
        // (A phrase with its own preposition, "and by the bank X", is the repeated-preposition
        // repairs' to place.)
        if (y >= 0 && y != c + 1 && v[c + 1].deprel == "case"sv) continue;
        if (y < 0) continue;
        const int comma = v[c - 1].form == ","sv ? c - 1 : -1;
        const int end = comma >= 0 ? c - 2 : c - 1;
        // The highest nominal whose phrase ends there.
        int x = -1;
        for (int k = end; k >= 1; --k) {
            if (!nominal(v[k]) || v[k].upos == "PRON"sv || v.span(k).second != end) continue;
            if (x < 0 || v.dominates(k, x)) x = k;
        }
        if (x < 0 || v.dominates(y, x)) continue;
        v.attach(y, x, "conj");
        v.attach(c, y, "cc");
        if (comma >= 0) v.attach(comma, y, "punct");
        changed = true;
    }
    return changed;
}

// "On the call, the company's CFO, Daniel Whitcombe, said": a noun phrase set off by commas
// between a sentence's opening prepositional phrase and a verb with no subject, which the parser
// made an apposition of the phrase's noun, is the verb's subject; a name after a comma that it
// hung on that subject as an nmod with no preposition is the subject's apposition.
bool repair_subject_taken_for_apposition_of_opening_phrase(View& v) {
    if (!(v.has_rel(trigger::rel({"appos", "obl"})) && v.has_tag(trigger::tag({"VERB"})))) return false;
    bool changed = false;
    for (int n = 1; n + 4 < v.size(); ++n) {
        if (v[n].deprel != "obl"sv || !nominal(v[n])) continue;
        const int verb = v.head(n);
        if (verb <= n || v[verb].upos != "VERB"sv || v.span(n).first != 0 || v[0].deprel != "case"sv) continue;
        bool subject = false;
        for (int k : v.kids(verb)) subject = subject || is_subject(v[k].deprel);
        if (subject) continue;
        int a = -1;
        for (int k : v.kids(n)) {
            if (v[k].deprel == "appos"sv && k > n && nominal(v[k]) && v[k].upos != "PRON"sv) a = k;
        }
        if (a < 0) continue;
        auto [first, last] = v.span(a);
        if (v[first].form == ","sv) ++first;  // (the parser may hang the comma before on it)
        if (first < 2 || v[first - 1].form != ","sv || last + 2 > verb || v[last + 1].form != ","sv) continue;
        bool between = true;
        for (int k = last + 2; k < verb; ++k) between = between && v[k].upos == "AUX"sv;
        // The phrase's own words end at the comma before the subject.
        for (int k = 0; k + 1 < first && between; ++k) between = v.dominates(n, k) && !v.dominates(a, k);
        if (!between) continue;
        v.attach(a, verb, "nsubj");
        v.set_head(first - 1, verb);
        v.set_head(last + 1, verb);
        for (int k : v.kids(a)) {
            const int opens = v.span(k).first;
            if (k > a && v[k].deprel == "nmod"sv && v[k].upos == "PROPN"sv &&
                (v[opens].form == ","sv || v[opens - 1].form == ","sv)) {
                bool marked = false;
                for (int c : v.kids(k)) marked = marked || v[c].deprel == "case"sv;
                if (!marked) v.set_deprel(k, "appos");
            }
        }
        changed = true;
    }
    return changed;
}

// "Harwell Capital Markets has received fees from X": the parser may make a sentence's opening
// name word the root and the rest of the name the subject of a relative clause on it. A
// relative clause with no relative word whose subject is a run of capitalised proper nouns that
// goes on right from the root's own proper noun is the sentence's clause, and the opening word a
// word of its subject's name.
bool repair_name_split_at_root(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl", "nsubj"})) && v.has_tag(trigger::tag({"PROPN", "VERB"})))) return false;
    if (v.size() < 5 || v.head(0) >= 0 || v[0].upos != "PROPN"sv || !capitalized_word(v[0])) return false;
    int c = -1;
    for (int k : v.kids(0)) {
        if (is_subject(v[k].deprel) || v[k].deprel == "cop"sv) return false;
        if (c < 0 && k > 1 && v[k].deprel == "acl:relcl"sv && v[k].upos == "VERB"sv) c = k;
    }
    if (c < 0) return false;
    int s = -1;
    for (int k : v.kids(c)) {
        if (v[k].deprel == "nsubj"sv && k < c) s = k;
        if (k < c && relative_pronoun(v[k])) return false;
    }
    if (s < 1) return false;
    for (int k = 1; k <= s; ++k) {
        if (v[k].upos != "PROPN"sv || !capitalized_word(v[k])) return false;
        if (k < s && (v.head(k) < 0 || v.head(k) > s)) return false;
    }
    for (int k = s + 1; k < c; ++k) {
        if (v[k].upos != "AUX"sv && v[k].upos != "ADV"sv) return false;
    }
    std::vector<int> moved;
    for (int k : v.kids(0)) {
        if (k != c && k > s) moved.push_back(k);
    }
    v.attach(c, -1, "root");
    v.attach(0, s, "compound");
    for (int k : moved) v.set_head(k, c);
    for (int k = 1; k < s; ++k) {
        if (v.head(k) == 0) v.set_head(k, s);
    }
    return true;
}

// "Since 2015 it has also received grants from X": a sentence that opens with "after", "before",
// "since" or "until" and one number or name, then a clause with a subject, is that clause with
// the phrase its oblique. The parser may take the word for a subordinator, hang the clause on
// the number and make the closing full stop the root; the clause's verb is then the root, the
// number its oblique and the word the number's preposition.
bool repair_opening_time_phrase(View& v) {
    if (!(v.has_tag(trigger::tag({"NUM", "PROPN"})) && v.has_word(trigger::word({"after", "before", "since", "until"})))) {
        return false;
    }
    if (v.size() < 5 || !subordinating_preposition(v[0]) || (v[1].upos != "NUM"sv && v[1].upos != "PROPN"sv)) return false;
    int root = -1;
    for (int k = 0; k < v.size() && root < 0; ++k) {
        if (v.head(k) < 0) root = k;
    }
    // Only a broken tree: the root is punctuation or the opening phrase itself.
    if (root < 0 || (v[root].upos != "PUNCT"sv && root > 1)) return false;
    const int first = v[2].form == ","sv ? 3 : 2;
    int c = -1;
    for (int k = first + 1; k < v.size() && c < 0; ++k) {
        if (v[k].upos != "VERB"sv || (v.head(k) != 0 && v.head(k) != 1 && v.head(k) != root)) continue;
        for (int j : v.kids(k)) {
            if (is_subject(v[j].deprel) && j >= first && j < k) c = k;
        }
    }
    if (c < 0 || v.dominates(c, 0) || v.dominates(c, 1)) return false;
    std::vector<int> loose;
    for (int k = 0; k < v.size(); ++k) {
        if (k != c && k > 1 && (v.head(k) == 0 || v.head(k) == 1 || v.head(k) == root)) loose.push_back(k);
    }
    v.attach(c, -1, "root");
    if (root > 1) v.attach(root, c, "punct");
    v.attach(1, c, "obl");
    v.attach(0, 1, "case");
    v.set_upos(0, "ADP");
    for (int k : loose) v.set_head(k, c);
    if (first == 3) v.attach(2, 1, "punct");
    return true;
}

// "The recall comes three months after Glenmore agreed to be bought": a measure of time before
// "after", "before", "since" or "until" that the parser made the subject of the verb after the
// clause's own subject (or the noun that verb is a clause of), with that subject its "after"
// phrase, is the measure of a subordinate
// clause: the named phrase is the verb's subject, the word its subordinator, the time its
// modifier, and the clause an adverbial of the verb it hangs on.
bool repair_timed_subordinate_clause(View& v) {
    if (!(v.has_rel(trigger::rel({"nsubj", "case"})) && v.has_word(trigger::word({"after", "before", "since", "until"})))) return false;
    static constexpr std::string_view kUnits[] = {"minute", "minutes", "hour", "hours", "day", "days", "week",
                                                  "weeks", "month", "months", "year", "years", "decade", "decades"};
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        if (v[c].upos != "VERB"sv || (v[c].xpos != "VBD"sv && v[c].xpos != "VBZ"sv && v[c].xpos != "VBP"sv)) continue;
        int h = v.head(c);
        if (h < 0) continue;
        int s = -1;
        bool subject = false;
        for (int k : v.kids(c)) {
            if (v[k].deprel == "nsubj"sv && k < c) s = k;
            subject = subject || is_subject(v[k].deprel);
        }
        // Or the verb made a clause on the time ("came a month after Dunmore agreed").
        if (s < 0 && !subject && v[c].deprel == "acl"sv && h < c) {
            s = h;
            h = v.head(s);
        }
        if (s < 0 || h < 0 || h >= s || v[s].upos != "NOUN"sv) continue;
        const std::string unit = ascii::lower(v[s].form);
        if (std::find(std::begin(kUnits), std::end(kUnits), unit) == std::end(kUnits)) continue;
        if (s + 1 >= c) continue;
        const int k = s + 1;
        if (v[k].deprel != "case"sv || !subordinating_preposition(v[k])) continue;
        const int x = v.head(k);
        if (x <= k || x >= c || v.head(x) != s || !nominal(v[x]) || v.span(x).first != k ||
            v.span(x).second + 1 != c) {
            continue;
        }
        v.attach(x, c, "nsubj");
        v.attach(k, c, "mark");
        v.set_upos(k, "SCONJ");
        v.set_xpos(k, "IN");
        v.attach(c, h, "advcl");
        v.attach(s, c, "obl:npmod");
        changed = true;
    }
    return changed;
}

// "after the carmaker and Wyre Valley Technical College launched a scheme": a capitalised
// adjective between two capitalised proper nouns, modifying the second, is a word of one name
// with the first ("Harvard Medical School"). When the parser hung the first part elsewhere, the
// name's last word takes the first part's place and the first part becomes its compound.
// Title-case lines, where most words are capitalised, are left alone.
bool repair_name_split_by_adjective(View& v) {
    if (!(v.has_rel(trigger::rel({"amod"})) && v.has_tag(trigger::tag({"ADJ", "PROPN"})))) return false;
    int words = 0, caps = 0;
    for (int k = 0; k < v.size(); ++k) {
        const std::string& f = v[k].form;
        if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0]))) continue;
        ++words;
        caps += std::isupper(static_cast<unsigned char>(f[0])) ? 1 : 0;
    }
    if (caps * 2 > words) return false;
    bool changed = false;
    for (int k = 1; k + 1 < v.size(); ++k) {
        const int a = k - 1, y = k + 1;
        if (v[k].upos != "ADJ"sv || v[k].deprel != "amod"sv || v.head(k) != y) continue;
        if (v[a].upos != "PROPN"sv || v[y].upos != "PROPN"sv) continue;
        if (!capitalized_word(v[a]) || !capitalized_word(v[k]) || !capitalized_word(v[y])) continue;
        const int ha = v.head(a);
        // ("absorbs Meridian Medical Supply": or the parser made the name's last word a conjunct
        // of its first with no coordinator or comma between.)
        bool unmarked_conjunct = v.head(y) == a && v[y].deprel == "conj"sv;
        for (int j : v.kids(y)) unmarked_conjunct = unmarked_conjunct && (j == k || j > y);
        if (ha < 0 || ha == y || (v.head(y) == a && !unmarked_conjunct) || v.dominates(y, ha) ||
            (v.dominates(a, y) && !unmarked_conjunct)) {
            continue;
        }
        const std::string_view ra = base_rel(v[a].deprel);
        if (ra == "compound"sv || ra == "flat"sv) continue;
        const std::string rel = v[a].deprel;
        std::vector<int> moved;
        for (int j : v.kids(a)) {
            const std::string_view rj = base_rel(v[j].deprel);
            if (j != y && rj != "compound"sv && rj != "flat"sv) moved.push_back(j);
        }
        v.attach(y, ha, rel.c_str());
        for (int j : moved) v.set_head(j, y);
        v.attach(a, y, "compound");
        changed = true;
    }
    return changed;
}

// "drugmakers, including the Swiss firm Rheinholt AG,": the example marker the parser hung on a
// description before a name introduces the name, which the description describes; on the
// description it made the description an example of its own name.
bool repair_example_marker_on_description(View& v) {
    if (!(v.has_word(trigger::word({"including", "such"})) && v.has_rel(trigger::rel({"nmod:desc", "case"})))) {
        return false;
    }
    bool changed = false;
    for (int c = 0; c + 1 < v.size(); ++c) {
        if (v[c].deprel != "case"sv) continue;
        const std::string& f = v[c].form;
        if (!ascii::iequals(f, "including") && !ascii::iequals(f, "such")) continue;
        const int d = v.head(c);
        if (d <= c || v[d].deprel != "nmod:desc"sv || v[d].upos != "NOUN"sv) continue;
        const int n = v.head(d);
        if (n <= d || v[n].upos != "PROPN"sv) continue;
        v.set_head(c, n);
        // "such as": its "as" goes with it.
        if (ascii::iequals(f, "such") && c + 1 < d && v.head(c + 1) == d && ascii::iequals(v[c + 1].form, "as")) {
            v.set_head(c + 1, n);
        }
        changed = true;
    }
    return changed;
}

// "the Canadian pension fund X and the Qatari sovereign fund Y", "X and the Ohio fund": two
// conjuncts of one head with nothing but the second's noun modifiers between them cannot both be
// conjuncts; the first, a
// one-word proper noun, modifies the noun after it (a nationality word the tagger took for a
// name), and its coordinator and determiner go to that noun.
bool repair_modifier_taken_for_conjunct(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_tag(trigger::tag({"PROPN", "NOUN"})))) return false;
    bool changed = false;
    for (int k = 1; k + 2 < v.size(); ++k) {
        if (v[k].upos != "PROPN"sv || v[k].deprel != "conj"sv || !capitalized_word(v[k])) continue;
        const int h = v.head(k);
        if (h < 0) continue;
        int j = k + 1;
        while (j < v.size() && v.head(j) > j && (v[j].deprel == "compound"sv || v[j].deprel == "amod"sv)) ++j;
        // Nothing at all between them may stand too ("A and the Ohio fund").
        if (j >= v.size() || v[j].upos != "NOUN"sv || v[j].deprel != "conj"sv || v.head(j) != h) continue;
        bool chain = true;
        for (int m = k + 1; m < j && chain; ++m) chain = v.head(m) <= j && v.head(m) > m;
        if (!chain) continue;
        std::vector<int> before;
        bool lone = true;
        for (int d : v.kids(k)) {
            if (d > k) lone = false;
            before.push_back(d);
        }
        if (!lone) continue;
        for (int d : before) v.set_head(d, j);
        v.attach(k, j, "compound");
        changed = true;
    }
    return changed;
}

// "will start work next month, after the carmaker and the college launched a scheme": a past or
// present verb with no subject, whose oblique right before it opens with "after", "before",
// "since" or "until", is a subordinate clause: the oblique's noun is its subject, the word its
// subordinator, and a clause the parser set beside the main verb is that verb's adverbial.
bool repair_subordinate_oblique(View& v) {
    if (!(v.has_rel(trigger::rel({"obl", "case"})) && v.has_word(trigger::word({"after", "before", "since", "until"})))) return false;
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        if (v[c].upos != "VERB"sv || (v[c].xpos != "VBD"sv && v[c].xpos != "VBZ"sv && v[c].xpos != "VBP"sv)) continue;
        const int h = v.head(c);
        const std::string_view rc = v[c].deprel;
        if (h < 0 || h >= c || (rc != "parataxis"sv && rc != "conj"sv && rc != "advcl"sv)) continue;
        int x = -1;
        bool blocked = false;
        for (int k : v.kids(c)) {
            blocked = blocked || is_subject(v[k].deprel) || v[k].deprel == "cc"sv || v[k].deprel == "mark"sv;
            if (k < c && v[k].deprel == "obl"sv && nominal(v[k]) && v[k].upos != "PRON"sv) x = k;
        }
        // "will start using the app, after the office signed a deal": the phrase may hang on an
        // earlier verb instead, when it ends right before this one.
        for (int k = h + 1; x < 0 && k < c; ++k) {
            if (v[k].deprel == "obl"sv && nominal(v[k]) && v[k].upos != "PRON"sv && v.span(k).second == c - 1 &&
                !v.dominates(c, k)) {
                x = k;
            }
        }
        if (blocked || x < 0 || v.span(x).second != c - 1) continue;
        int marker = v.span(x).first;  // after a comma the parser may hang on the noun
        while (marker < x && v[marker].upos == "PUNCT"sv) ++marker;
        if (v.head(marker) != x || v[marker].deprel != "case"sv ||
            !subordinating_preposition(v[marker])) {
            continue;
        }
        v.attach(x, c, "nsubj");
        v.attach(marker, c, "mark");
        v.set_upos(marker, "SCONJ");
        v.set_xpos(marker, "IN");
        if (rc != "advcl"sv) v.attach(c, h, "advcl");
        changed = true;
    }
    return changed;
}

// "will begin using the software, after the health department signed an agreement with X": a
// participle right after the noun of an "after", "before", "since" or "until" phrase, which the
// parser made a reduced relative of that noun, but with an object of its own, is the past verb
// of a subordinate clause with the noun its subject (a reduced passive relative takes no object).
bool repair_subordinate_participle(View& v) {
    if (!(v.has_rel(trigger::rel({"acl"})) && v.has_word(trigger::word({"after", "before", "since", "until"})))) return false;
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        if (v[c].upos != "VERB"sv || v[c].deprel != "acl"sv || (v[c].xpos != "VBN"sv && v[c].xpos != "VBD"sv)) continue;
        const int x = v.head(c);
        if (x < 0 || x != c - 1 || !nominal(v[x]) || v[x].upos == "PRON"sv) continue;
        const int h = v.head(x);
        if (h < 0 || h >= x || base_rel(v[x].deprel) != "obl") continue;
        bool object = false, blocked = false;
        for (int k : v.kids(c)) {
            object = object || (k > c && v[k].deprel == "obj"sv);
            blocked = blocked || is_subject(v[k].deprel) || v[k].deprel == "mark"sv ||
                      (k < c && v[k].deprel != "punct"sv);
        }
        if (!object || blocked) continue;
        int marker = v.span(x).first;
        while (marker < x && v[marker].upos == "PUNCT"sv) ++marker;
        if (v.head(marker) != x || v[marker].deprel != "case"sv ||
            !subordinating_preposition(v[marker])) {
            continue;
        }
        v.attach(c, h, "advcl");
        v.attach(x, c, "nsubj");
        v.attach(marker, c, "mark");
        v.set_upos(marker, "SCONJ");
        v.set_xpos(c, "VBD");
        // A comma before the phrase goes with the clause.
        for (int k = v.span(x).first; k < marker; ++k) {
            if (v.head(k) == x) v.set_head(k, c);
        }
        changed = true;
    }
    return changed;
}

// "The tribe agreed to the survey after the company promised to hire guides", "backed the deal
// after the firm promised to keep the depot", "approved the plan after the minister demanded
// changes", "funded the hall before the fire destroyed it": a past form right after the noun of an "after", "before", "since" or "until" phrase,
// which the parser hung on an earlier noun or verb (a reduced relative, an adverbial or an
// open complement, an adjective on the bare noun after it, or a complement whose subject is the outer verb's object
// the phrase hangs on), with no subject of its own but an object or an
// infinitive or clause after it, is the verb of a subordinate clause: the phrase's noun is its
// subject, the word its subordinator, and the clause an adverbial of the verb the phrase hangs
// under. (A reduced passive relative takes no object; the phrase right before it on its own noun
// is repair_subordinate_participle's.)
bool repair_subordinate_clause_after_phrase(View& v) {
    if (!(v.has_rel(trigger::rel({"acl", "advcl", "xcomp", "amod", "ccomp"})) &&
          v.has_word(trigger::word({"after", "before", "since", "until"})))) {
        return false;
    }
    bool changed = false;
    for (int c = 3; c + 1 < v.size(); ++c) {
        if (v[c].upos != "VERB"sv || (v[c].xpos != "VBN"sv && v[c].xpos != "VBD"sv)) continue;
        const std::string_view rc = v[c].deprel;
        if (rc != "acl"sv && rc != "advcl"sv && rc != "xcomp"sv && rc != "amod"sv && rc != "ccomp"sv) continue;
        // The phrase's noun ends right before the verb.
        int x = -1;
        for (int k = c - 1; k >= 1 && x < 0; --k) {
            // (under the complement only through its subject, which the phrase hangs on)
            const bool under = v.dominates(c, k) && !(rc == "ccomp"sv && v.head(k) >= 0 && v.head(v.head(k)) == c);
            if (nominal(v[k]) && v[k].upos != "PRON"sv && v.span(k).second == c - 1 && !under) x = k;
        }
        if (x < 0) continue;
        const std::string_view xrel = base_rel(v[x].deprel);
        if (xrel != "obl"sv && xrel != "nmod"sv) continue;
        int marker = v.span(x).first;
        while (marker < x && v[marker].upos == "PUNCT"sv) ++marker;
        if (v.head(marker) != x || v[marker].deprel != "case"sv || !subordinating_preposition(v[marker])) continue;
        if (rc == "ccomp"sv) {
            // "funded the hall before the fire destroyed it": the parser made the outer verb's
            // object the subject of a complement clause, with the phrase on it; the noun is the
            // outer verb's object again.
            const int h = v.head(c), s = v.head(x);
            if (h < 0 || h >= marker || v[h].upos != "VERB"sv || s < 0 || s >= marker || v.head(s) != c ||
                !is_subject(v[s].deprel) || v.span(s).first != h + 1) {
                continue;
            }
            // (A measure of time is no object: "began two weeks after Harlow announced the cuts".)
            bool other = time_word_or_plural(v[s]);
            for (int k : v.kids(s)) other = other || base_rel(v[k].deprel) == "nummod";
            for (int k : v.kids(h)) other = other || base_rel(v[k].deprel) == "obj";
            for (int k : v.kids(c)) other = other || (k < c && k != s && base_rel(v[k].deprel) != "aux");
            if (other) continue;
            v.attach(s, h, "obj");
            v.attach(c, h, "advcl");
            v.attach(x, c, "nsubj");
            v.attach(marker, c, "mark");
            v.set_upos(marker, "SCONJ");
            v.set_xpos(c, "VBD");
            changed = true;
            continue;
        }
        // The verb the phrase hangs under, through the nouns it modifies.
        int host = v.head(x);
        while (host >= 0 && v[host].upos != "VERB"sv) host = v.head(host);
        if (host < 0 || host >= marker) continue;
        int object = -1;
        bool complement = false, blocked = false;
        for (int k : v.kids(c)) {
            const std::string_view b = base_rel(v[k].deprel);
            complement = complement || (k > c && (b == "obj" || b == "xcomp" || b == "ccomp"));
            blocked = blocked || is_subject(v[k].deprel) || b == "mark" || b == "cc" ||
                      (k < c && b != "punct" && b != "aux" && b != "advmod");
        }
        if (blocked) continue;
        if (rc == "amod"sv) {
            // "demanded changes": the bare noun right after the verb, which the parser made the
            // verb's head and an argument of the outer verb, is the verb's object.
            object = v.head(c);
            if (object != c + 1 || v[object].upos != "NOUN"sv || v.span(object).first != c || !v.kids(c).empty()) continue;
            const std::string_view orel = base_rel(v[object].deprel);
            if (orel != "obj" && orel != "obl") continue;
        } else if (!complement || v.head(c) >= marker) {
            continue;
        }
        v.attach(c, host, "advcl");
        if (object >= 0) v.attach(object, c, "obj");
        v.attach(x, c, "nsubj");
        v.attach(marker, c, "mark");
        v.set_upos(marker, "SCONJ");
        v.set_xpos(c, "VBD");
        for (int k = v.span(x).first; k < marker; ++k) {
            if (v.head(k) == x) v.set_head(k, c);  // a comma before the phrase
        }
        changed = true;
    }
    return changed;
}

// "launched a scheme that local leaders hope will keep young people in the area": a relative
// pronoun that is the subject of a clause reported inside the relative clause ("that officials
// say will cut costs"). The parser may make "that" the object of the saying verb and the noun the
// subject of the reported verb, a complement of the verb before the noun; the noun is that
// verb's object, the reported verb the saying verb's complement, with "that" its subject.
bool repair_relative_subject_of_report(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl", "ccomp", "nsubj"})) && v.has_word(trigger::word({"that", "which"})))) return false;
    bool changed = false;
    for (int n = 1; n + 3 < v.size(); ++n) {
        if (v[n].deprel != "nsubj"sv || !nominal(v[n]) || v[n].upos == "PRON"sv) continue;
        const int c = v.head(n);  // the reported verb
        if (c <= n || v[c].deprel != "ccomp"sv || v[c].upos != "VERB"sv) continue;
        const int h = v.head(c);  // the verb before the noun
        if (h < 0 || h >= n || v[h].upos != "VERB"sv) continue;
        bool has_object = false;
        for (int k : v.kids(h)) has_object = has_object || v[k].deprel == "obj"sv;
        if (has_object) continue;
        // Nothing but the noun's own words between the verb and the noun.
        if (v.span(n).first != h + 1) continue;
        int r = -1;
        for (int k : v.kids(n)) {
            if (k > n && k < c && v[k].deprel == "acl:relcl"sv && v[k].upos == "VERB"sv) r = k;
        }
        if (r < 0) continue;
        int rel_pron = -1;
        bool said_subject = false;
        for (int k : v.kids(r)) {
            const std::string w = ascii::lower(v[k].form);
            if (k < r && v[k].deprel == "obj"sv && (w == "that" || w == "which")) rel_pron = k;
            said_subject = said_subject || (k < r && is_subject(v[k].deprel));
        }
        if (rel_pron < 0 || !said_subject || v.span(r).second + 1 != c - (v[c - 1].upos == "AUX"sv ? 1 : 0)) continue;
        v.attach(n, h, "obj");
        v.attach(c, r, "ccomp");
        v.attach(rel_pron, c, "nsubj");
        changed = true;
    }
    return changed;
}

// "The British Retail Consortium opposes the ban": a determiner or an adjective that the parser
// hung on the verb, right before the verb's subject, belongs to the subject's phrase (a verb
// takes neither).
bool repair_modifier_on_verb(View& v) {
    if (!(v.has_rel(trigger::rel({"det", "amod"})) && v.has_rel(trigger::rel({"nsubj"})) &&
          v.has_tag(trigger::tag({"VERB"})))) {
        return false;
    }
    bool changed = false;
    for (int s = 1; s < v.size(); ++s) {
        const int h = v.head(s);
        if (v[s].deprel != "nsubj"sv || h <= s || (v[h].upos != "VERB"sv && v[h].upos != "AUX"sv)) continue;
        if (v[s].upos != "PROPN"sv && v[s].upos != "NOUN"sv) continue;
        const int left = v.span(s).first;
        // The run of the verb's determiners and adjectives right before the subject's phrase.
        int k = left - 1;
        while (k >= 0 && v.head(k) == h && (v[k].deprel == "det"sv || v[k].deprel == "amod"sv)) --k;
        for (int j = k + 1; j < left; ++j) {
            v.set_head(j, s);
            changed = true;
        }
    }
    return changed;
}

// "said Port Authority Director Lisa Chambers", "Transport Secretary Alan Whitcombe": an American
// title with the body it is of, before a name, that the parser made one flat name. The title word
// describes the name after it (nmod:desc, as "Dr Helena Moura"), and the words before the title
// name the body (the title's compound).
bool repair_title_in_name(View& v) {
    if (!(v.has_rel(trigger::rel({"flat"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    static constexpr std::string_view kTitles[] = {"director", "president", "secretary", "chairman", "chairwoman",
                                                   "commissioner", "superintendent", "minister", "administrator",
                                                   "spokesman", "spokeswoman", "chancellor", "spokesperson",
                                                   "senator", "sen.", "rep.", "gov.", "supervisor", "councilman",
                                                   "councilwoman", "assemblyman", "assemblywoman"};
    bool changed = false;
    for (int h = 0; h + 3 < v.size(); ++h) {
        if (v[h].upos != "PROPN"sv || v[h].deprel == "flat"sv) continue;
        // The flat run on h, word after word.
        int end = h;
        while (end + 1 < v.size() && v.head(end + 1) == h && v[end + 1].deprel == "flat"sv && v[end + 1].upos == "PROPN"sv) ++end;
        // The title, with two name words after it (a given name and a surname); the first word
        // only for a title that is no body's ("Supervisor Gloria Tan", "Sen. Marcus Holt").
        int r = -1;
        for (int k = h; k + 2 <= end && r < 0; ++k) {
            if (k == h && h + 3 <= end) continue;  // (more words: the first names the body)
            const std::string w = ascii::lower(v[k].form);
            if (std::find(std::begin(kTitles), std::end(kTitles), w) != std::end(kTitles)) r = k;
        }
        if (r < 0) continue;
        const int n = r + 1;
        const std::string rel = v[h].deprel;
        std::vector<int> others;
        for (int k : v.kids(h)) others.push_back(k);
        v.attach(n, v.head(h), rel.c_str());
        for (int k : others) {
            if (k < h || k > end) v.set_head(k, n);
        }
        for (int k = n + 1; k <= end; ++k) v.attach(k, n, "flat");
        v.attach(r, n, "nmod:desc");
        changed = true;
        if (r == h) continue;
        const int body = r - 1;
        v.attach(body, r, "compound");
        for (int k = h; k < body; ++k) v.attach(k, body, "compound");
    }
    return changed;
}

// "The panel drew on a study by economists at Harlow College", "ordered a review by Tarn
// Consulting": a "by" phrase the parser hung on an active verb as an oblique, right after a noun
// of that verb's object or oblique, is the noun's agent ("a study by economists"). An active verb
// takes no agent, and the means or measure "by" gives a verb ("cut costs by closing plants", "by
// 5 percent", "by email", "by March") is no name and no plural noun without a number; so a "by"
// phrase headed by a name that is no time word, or by such a plural, moves to the noun.
bool repair_agent_of_object_noun(View& v) {
    if (!(v.has_rel(trigger::rel({"obl"})) && v.has_word(trigger::word({"by"})))) return false;
    bool changed = false;
    for (int n = 2; n < v.size(); ++n) {
        const int verb = v.head(n);
        if (v[n].deprel != "obl"sv || verb < 0 || verb >= n || v[verb].upos != "VERB"sv || v[verb].xpos == "VBN"sv) {
            continue;
        }
        int by = -1;
        bool number = false;
        for (int k : v.kids(n)) {
            if (k < n && v[k].deprel == "case"sv) by = k;
            number = number || v[k].deprel == "nummod"sv;
        }
        if (by <= verb + 1 || ascii::lower(v[by].form) != "by"sv) continue;
        const bool name = v[n].upos == "PROPN"sv && !time_word(v[n]);
        const bool people = v[n].upos == "NOUN"sv && v[n].xpos == "NNS"sv && !number && !time_word_or_plural(v[n]);
        if (!name && !people) continue;
        int noun = -1;
        bool passive = false;
        for (int k : v.kids(verb)) {
            passive = passive || v[k].deprel == "aux:pass"sv || v[k].deprel == "nsubj:pass"sv;
            const std::string_view r = base_rel(v[k].deprel);
            if (k < by && (r == "obj" || r == "obl") && v[k].upos == "NOUN"sv && v.span(k).second == by - 1) noun = k;
        }
        if (passive || noun < 0) continue;
        v.attach(n, noun, "nmod");
        changed = true;
    }
    return changed;
}

// "Halvern Robotics chief executive Marta Quinlan said": a body's name, a lower-case role noun
// and a person's name, that the parser read as one name with the role noun flat on it and the
// person's name in apposition to the role. A common noun in lower case is no word of a proper
// name: the person's name is the head, the role noun its description (nmod:desc, as "Brenton
// Institute spokesperson Tom Hale"), and the body's name the role noun's compound.
bool repair_role_noun_in_name(View& v) {
    if (!(v.has_rel(trigger::rel({"flat"})) && v.has_rel(trigger::rel({"appos"})) &&
          v.has_tag(trigger::tag({"NOUN"})) && v.has_tag(trigger::tag({"PROPN"})))) {
        return false;
    }
    bool changed = false;
    for (int r = 2; r + 1 < v.size(); ++r) {
        const int h = v.head(r);
        if (v[r].upos != "NOUN"sv || v[r].deprel != "flat"sv || h < 0 || h >= r || v[h].upos != "PROPN"sv ||
            v[r].form.empty() || !std::islower(static_cast<unsigned char>(v[r].form[0]))) {
            continue;
        }
        // The person's name: a capitalised proper noun in apposition to the role noun, right after it.
        int name = -1;
        for (int k : v.kids(r)) {
            if (k > r && v[k].deprel == "appos"sv && v[k].upos == "PROPN"sv && capitalized_word(v[k]) &&
                v.span(k).first == r + 1) {
                name = k;
            }
        }
        if (name < 0) continue;
        // Between the body's name and the role: only the name's flat words and the role's own
        // modifiers ("chief").
        bool tidy = true;
        for (int k = h + 1; k < r && tidy; ++k) {
            tidy = (v.head(k) == h && v[k].deprel == "flat"sv && v[k].upos == "PROPN"sv) ||
                   (v.head(k) == r && (v[k].upos == "ADJ"sv || v[k].upos == "NOUN"sv));
        }
        if (!tidy) continue;
        const std::string rel = v[h].deprel;
        const int up = v.head(h);
        for (int k : v.kids(h)) {
            if (k < h || k > r) v.set_head(k, name);
        }
        v.attach(name, up, rel.c_str());
        v.attach(h, r, "compound");
        v.attach(r, name, "nmod:desc");
        changed = true;
    }
    return changed;
}

// "According to people familiar with the matter, the board has hired X": a sentence that opens
// with an "according to" phrase, whose noun the parser made the root, with the clause after the
// phrase's comma (a subject, then its finite verb) hung inside the phrase. That verb is the root
// and the phrase its oblique.
bool repair_opening_according_to(View& v) {
    if (!(v.has_rel(trigger::rel({"root"})) && v.has_word(trigger::word({"to"})))) return false;
    if (v.size() < 8 || ascii::lower(v[0].form) != "according" || v[1].form != "to"sv) return false;
    const int n = v.head(0);
    if (n <= 1 || v.head(n) >= 0 || v[n].upos == "VERB"sv || v[n].upos == "AUX"sv) return false;
    // The clause's verb: the first verb after the noun with a subject of its own right after a
    // comma, the phrase's closing one ("According to X, the department's director, the
    // government will fund": the apposition's comma is not).
    int verb = -1, comma = -1;
    for (int k = n + 2; k < v.size() && verb < 0; ++k) {
        if (v[k].upos != "VERB"sv && v[k].upos != "AUX"sv) continue;
        for (int c : v.kids(k)) {
            if (!is_subject(v[c].deprel) || c <= n || c >= k) continue;
            const int before = v.span(c).first - 1;
            if (before > n && v[before].form == ","sv) {
                verb = k;
                comma = before;
            }
        }
    }
    if (verb < 0 || !v.dominates(n, verb)) return false;
    const std::string rel = v[verb].deprel;
    if (rel == "acl:relcl"sv || rel == "acl"sv || rel == "ccomp"sv) return false;
    v.attach(verb, -1, "root");
    v.attach(n, verb, "obl");
    v.attach(comma, n, "punct");
    // The phrase's own words hang inside it ("familiar with the matter").
    for (int k = 2; k < comma; ++k) {
        if (k == n || v.head(k) <= comma) continue;
        const std::string r = base_rel(v[k].deprel) == "obl"sv ? std::string("nmod") : v[k].deprel;
        v.attach(k, n, r.c_str());
    }
    // What the noun's words held after the comma belongs to the clause.
    for (int k = comma + 1; k < v.size(); ++k) {
        if (k != verb && v.head(k) >= 0 && v.head(k) < comma) v.set_head(k, verb);
    }
    return true;
}

// "Sen. Jane Roe, D-Mass., said", "Rep. Tom Ruiz, R-Texas, who ...": an American politician's
// party and state after the name, set off by commas, which the parser made flat words of the
// name. They are no part of it: the party letter heads a parenthetical apposition, the state
// flat on it.
bool repair_party_tag(View& v) {
    if (!(v.has_rel(trigger::rel({"flat"})) && v.has_word(trigger::word({"-"})))) return false;
    bool changed = false;
    for (int d = 2; d + 2 < v.size(); ++d) {
        const std::string& f = v[d].form;
        if (f.size() != 1 || (f[0] != 'D' && f[0] != 'R' && f[0] != 'I') || v[d - 1].form != ","sv ||
            v[d + 1].form != "-"sv || !std::isupper(static_cast<unsigned char>(v[d + 2].form[0]))) {
            continue;
        }
        const int name = v.head(d);
        if (name < 0 || name >= d - 1 || v[d].deprel != "flat"sv || v[name].upos != "PROPN"sv) continue;
        v.set_deprel(d, "appos");
        for (int k = d + 2; k < v.size() && v[k].upos == "PROPN"sv && v.head(k) == name && v[k].deprel == "flat"sv; ++k) {
            v.set_head(k, d);
        }
        changed = true;
    }
    return changed;
}

// "cut its full-year profit forecast on Tuesday", "raised its sales forecast": a word whose
// past participle is its base form ("forecast", "cast", "set"), tagged a participle and made the
// complement of the verb whose object is the noun right before it, is that object's head noun
// ("profit" its compound). A verb that takes a small clause ("had its budget cut", "found the
// door shut") keeps the participle.
bool repair_participle_closing_object(View& v) {
    if (!(v.has_rel(trigger::rel({"xcomp"})) && v.has_tag(trigger::tag({"VBN"})))) return false;
    static constexpr std::string_view kSmallClause[] = {"have", "get", "see", "want", "need", "keep", "leave",
                                                        "find", "make", "hear", "watch", "like", "consider"};
    bool changed = false;
    for (int k = 2; k < v.size(); ++k) {
        if (v[k].xpos != "VBN"sv || v[k].deprel != "xcomp"sv || ascii::lower(v[k].form) != ascii::lower(v[k].lemma)) continue;
        const int o = k - 1, g = v.head(k);
        if (g < 0 || g >= o || v.head(o) != g || v[o].deprel != "obj"sv || v[o].upos != "NOUN"sv || v[o].xpos != "NN"sv) continue;
        const std::string gl = ascii::lower(v[g].lemma);
        if (std::find(std::begin(kSmallClause), std::end(kSmallClause), gl) != std::end(kSmallClause)) continue;
        // The object's own words all stand before it, with a determiner or possessor among them.
        bool right = false, det = false;
        for (int c : v.kids(o)) {
            right = right || c > o;
            det = det || v[c].deprel == "det"sv || v[c].deprel == "nmod:poss"sv;
        }
        bool own = false;  // the participle has an object or agent of its own
        for (int c : v.kids(k)) own = own || v[c].deprel == "obj"sv || v[c].deprel == "obl:agent"sv;
        if (right || !det || own) continue;
        std::vector<int> left, after;
        for (int c : v.kids(o)) left.push_back(c);
        for (int c : v.kids(k)) after.push_back(c);
        v.attach(k, g, "obj");
        v.set_upos(k, "NOUN");
        v.set_xpos(k, "NN");
        for (int c : left) v.set_head(c, k);
        for (int c : after) v.set_head(c, g);
        v.attach(o, k, "compound");
        changed = true;
    }
    return changed;
}

// "Chief Financial Officer Karen Whitlock told reporters", "Chief Executive Paul Ostrander, who
// ...", "Sen. Jane Roe said": an American title (a role noun, or a title abbreviation), with only
// capitalised words of the title before it, opening a run of a given name and a surname. The
// parser made the title the head of the run (the name flat on it) or split the run into two
// phrases of one verb; the name is the head, the title its nmod:desc (as "Dr Helena Moura"),
// the words before the title the title's modifiers.
bool repair_title_opening_name(View& v) {
    if (!v.has_tag(trigger::tag({"PROPN"}))) return false;
    static constexpr std::string_view kTitles[] = {
        "officer", "executive", "director", "president", "secretary", "chairman", "chairwoman", "commissioner",
        "superintendent", "administrator", "spokesman", "spokeswoman", "chancellor", "governor", "senator",
        "treasurer", "sen.", "rep.", "gov.", "lt.", "gen."};
    auto title = [&](int k) {
        const std::string w = ascii::lower(v[k].form);
        return std::find(std::begin(kTitles), std::end(kTitles), w) != std::end(kTitles);
    };
    auto name_word = [&](int k) {
        return k < v.size() && v[k].upos == "PROPN"sv && capitalized_word(v[k]) && !title(k) &&
               ascii::lower(v[k].form) != "general";
    };
    bool changed = false;
    for (int t = 0; t + 2 < v.size(); ++t) {
        if (!title(t) || !(capitalized_word(v[t]) || v[t].form.back() == '.') || v[t].deprel == "nmod:desc"sv) continue;
        if (!name_word(t + 1) || !name_word(t + 2)) continue;
        // The name: the given name and the words flat on the run after it.
        int e = t + 2;
        while (name_word(e + 1) && v[e + 1].deprel == "flat"sv && v.head(e + 1) >= t && v.head(e + 1) <= e) ++e;
        if (v[t + 2].deprel != "flat"sv || (v.head(t + 2) != t + 1 && v.head(t + 2) != t)) continue;
        // The title's own words before it: capitalised adjectives or nouns (at most three).
        int s = t;
        while (s > 0 && t - s < 3 && capitalized_word(v[s - 1]) && (v[s - 1].upos == "ADJ"sv || v[s - 1].upos == "PROPN"sv) &&
               v[s - 1].deprel != "nmod:desc"sv && (title(s - 1) || v[s - 1].upos == "ADJ"sv ||
                                                    ascii::lower(v[s - 1].form) == "chief")) {
            --s;
        }
        if (s > 0 && capitalized_word(v[s - 1]) && v[s - 1].upos == "PROPN"sv) continue;  // a body's name: the other repair
        // Words of the span whose head is outside it: all on one head, with one relation.
        int top = -1;
        bool one = true;
        for (int k = s; k <= e && one; ++k) {
            const int h = v.head(k);
            if (h >= s && h <= e) continue;
            if (top < 0) {
                top = k;
            } else {
                one = v.head(k) == v.head(top) && v[k].deprel == v[top].deprel;
            }
        }
        if (top < 0 || !one || v.head(top) == t + 1) continue;
        const int n = t + 1, h = v.head(top);
        const std::string rel = v[top].deprel;
        for (int k = 0; k < v.size(); ++k) {
            if ((k < s || k > e) && v.head(k) >= s && v.head(k) <= e) v.set_head(k, n);
        }
        v.attach(n, h, rel.c_str());
        for (int k = n + 1; k <= e; ++k) v.attach(k, n, "flat");
        v.attach(t, n, "nmod:desc");
        for (int k = s; k < t; ++k) v.attach(k, t, v[k].upos == "ADJ"sv ? "amod" : "compound");
        changed = true;
    }
    return changed;
}

// "Leeds General Infirmary": the parser's nmod:desc marks a title before a name ("Dr Helena
// Moura"), which the label leaves out. A capitalised word inside a name, after a word of the
// same name and before the word it modifies, is no title but part of the name. So is one
// before a possessor that names what it possesses ("St Mary's Hospital", "St. Brendan's
// Hospital"): the possessive belongs to the whole name before it, which the label keeps.
bool repair_inner_name_description(View& v) {
    if (!(v.has_rel(trigger::rel({"nmod:desc"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    bool changed = false;
    for (int k = 0; k + 3 < v.size(); ++k) {
        if (v[k].deprel != "nmod:desc"sv || v[k].upos != "PROPN"sv || v.head(k) != k + 1 || v[k + 1].upos != "PROPN"sv ||
            v[k + 1].deprel != "nmod:poss"sv || (v[k + 2].form != "'s"sv && v[k + 2].form != "'"sv)) {
            continue;
        }
        const int owned = v.head(k + 1);
        if (owned <= k + 2 || v[owned].upos != "PROPN"sv) continue;
        v.set_deprel(k, "compound");
        changed = true;
    }
    for (int k = 1; k + 1 < v.size(); ++k) {
        if (v[k].deprel != "nmod:desc"sv || v[k].upos != "PROPN"sv || v.head(k) != k + 1 ||
            v[k + 1].upos != "PROPN"sv || v[k - 1].upos != "PROPN"sv) {
            continue;
        }
        // The word before belongs to the same name: it heads the word after, or the word after heads it.
        if (v.head(k + 1) != k - 1 && v.head(k - 1) != k + 1) continue;
        v.set_deprel(k, "compound");
        changed = true;
    }
    return changed;
}

// "a battery start-up based in Austin": a participle the parser made the case marker of the
// place after it is the participle of the noun before, with the place its oblique.
bool repair_participle_as_case(View& v) {
    if (!(v.has_rel(trigger::rel({"case"})) && v.has_tag(trigger::tag({"VBN"})))) return false;
    bool changed = false;
    for (int p = 1; p + 1 < v.size(); ++p) {
        if (v[p].upos != "VERB"sv || v[p].deprel != "case"sv || v[p].xpos != "VBN"sv) continue;
        const int x = v.head(p);
        if (x <= p || !nominal(v[x])) continue;
        const int y = v.head(x);
        if (y < 0 || y >= p || !nominal(v[y])) continue;
        v.attach(p, y, "acl");
        v.attach(x, p, "obl");
        changed = true;
    }
    return changed;
}

// "a chain of 60 private practices that was bought by X", "the members of the board who were
// consulted": a relative clause agrees in number with the noun it is said of. When its subject is
// the relative pronoun and its finite verb's number is that of the noun an "of" phrase hangs on,
// not of the "of" phrase's own noun, the parser chose the nearer noun; the clause is the other's.
int verb_number(const View& v, int verb) {
    // 1 singular, 2 plural, 0 unknown: from the finite auxiliary or the verb's own tag.
    int finite = verb;
    for (int k : v.kids(verb)) {
        if (k < verb && base_rel(v[k].deprel) == "aux"sv) {
            finite = k;
            break;
        }
    }
    const std::string f = ascii::lower(v[finite].form);
    if (f == "was" || f == "is" || f == "has" || f == "does") return 1;
    if (f == "were" || f == "are" || f == "have" || f == "do") return 2;
    if (finite != verb) return 0;  // a modal: no number
    if (v[verb].xpos == "VBZ"sv) return 1;
    if (v[verb].xpos == "VBP"sv) return 2;
    return 0;
}

int noun_number(const Token& t) {
    if (t.xpos == "NNS"sv || t.xpos == "NNPS"sv) return 2;
    if (t.xpos == "NN"sv || t.xpos == "NNP"sv) return 1;
    return 0;
}

bool repair_relative_agreement(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) && v.has_word(trigger::word({"of"})) &&
          v.has_word(trigger::word({"that", "which", "who"})))) {
        return false;
    }
    bool changed = false;
    for (int r = 1; r < v.size(); ++r) {
        if (v[r].deprel != "acl:relcl"sv) continue;
        const int noun = v.head(r);
        if (noun < 0 || noun >= r || base_rel(v[noun].deprel) != "nmod"sv) continue;
        // The noun carries "of", or hangs on a noun that does, and hangs on the noun before it.
        auto carries_of = [&](int n) {
            bool of = false;
            for (int k : v.kids(n)) of = of || (k < n && v[k].form == "of"sv && v[k].deprel == "case"sv);
            return of;
        };
        const int outer = v.head(noun);
        if (outer < 0 || outer >= noun || (v[outer].upos != "NOUN"sv && v[outer].upos != "PROPN"sv)) continue;
        if (!carries_of(noun) && !(base_rel(v[outer].deprel) == "nmod"sv && carries_of(outer))) continue;
        // Its subject is the relative pronoun right after the noun's phrase.
        int pron = -1;
        for (int k : v.kids(r)) {
            const std::string f = ascii::lower(v[k].form);
            if (k < r && is_subject(v[k].deprel) && (f == "that" || f == "which" || f == "who")) pron = k;
        }
        if (pron < 0 || pron != v.span(noun, r).second + 1) continue;
        const int verb_n = verb_number(v, r);
        const int near_n = noun_number(v[noun]);
        if (verb_n == 0 || near_n == 0 || verb_n == near_n) continue;
        // "a chain of 41 homes across the Midlands that was bought": through a second phrase
        // hung on the "of" noun, the clause is the first noun up the chain that agrees (at most
        // three nouns up, each hanging on the next as a prepositional modifier).
        int far = noun;
        for (int steps = 0; steps < 3; ++steps) {
            const int up = v.head(far);
            if (up < 0 || up >= far || base_rel(v[far].deprel) != "nmod"sv ||
                (v[up].upos != "NOUN"sv && v[up].upos != "PROPN"sv)) {
                far = -1;
                break;
            }
            far = up;
            const int far_n = noun_number(v[far]);
            if (far_n == 0) {
                far = -1;
                break;
            }
            if (far_n == verb_n) break;
        }
        if (far < 0 || noun_number(v[far]) != verb_n) continue;
        v.set_head(r, far);
        changed = true;
    }
    return changed;
}

// "Voltcore, a battery start-up based in Austin, has raised 90 million dollars, the company
// announced": a name that opens the sentence, then a description set off by commas that the
// parser made the verb's subject, the verb hung on the name: the name is the subject, the
// description its apposition, and the verb takes the name's place in the tree.
bool repair_opening_name_subject(View& v) {
    if (v.size() < 6 || v[0].upos != "PROPN"sv) return false;
    int x = 0;  // the name's head: its flat or compound words hang on it
    while (x + 1 < v.size() && v[x].upos == "PROPN"sv && v.head(x) == x + 1 && v[x + 1].upos == "PROPN"sv) ++x;
    if (x + 1 >= v.size()) return false;
    for (int k = 0; k <= x; ++k) {
        if (k != x && v.head(k) != x && v.head(k) != x + 1) return false;
    }
    if (v[x + 1].form != ","sv) return false;
    for (int c = x + 2; c < v.size(); ++c) {
        if (v[c].upos != "VERB"sv || v.head(c) != x) continue;
        int n = -1;
        for (int k : v.kids(c)) {
            if (v[k].deprel == "nsubj"sv && k < c && v[k].upos == "NOUN"sv && v.span(k).first == x + 2) n = k;
        }
        if (n < 0) continue;
        bool det = false;
        for (int k : v.kids(n)) det = det || v[k].deprel == "det"sv;
        const int comma = v.span(n).second + 1;
        if (!det || comma >= c || v[comma].form != ","sv) continue;
        const std::string rel = v[x].deprel;
        const int head = v.head(x);
        v.attach(c, head, rel.c_str());
        v.attach(x, c, "nsubj");
        v.attach(n, x, "appos");
        v.set_head(comma, n);
        return true;
    }
    return false;
}

// "The law, which was proposed by the minister, passed by 48 votes to 39": a past tense (the
// tagger's VBD; a participle modifying a noun is a VBN) that the parser hung as a modifier on the
// noun at the root, right after the comma that closes a relative clause or an apposition set off
// on that noun, is the sentence's verb and the noun its subject, when the noun has no verb of its
// own.
bool repair_past_verb_on_nominal_root(View& v) {
    const int r = v.root();
    if (r < 0 || r + 3 >= v.size() || (v[r].upos != "NOUN"sv && v[r].upos != "PROPN"sv) || v[r + 1].form != ","sv) {
        return false;
    }
    bool set_off = false;
    for (int k : v.kids(r)) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "nsubj"sv || b == "cop"sv || b == "aux"sv) return false;
        set_off = set_off || (k > r + 1 && (v[k].deprel == "acl:relcl"sv || b == "appos"sv));
    }
    if (!set_off) return false;
    for (int a : v.kids(r)) {
        if (a <= r + 2 || v[a].xpos != "VBD"sv || v[a].upos != "VERB"sv || v[a].deprel != "acl"sv ||
            v[a - 1].form != ","sv) {
            continue;
        }
        make_root_with_subject(v, a, r);
        return true;
    }
    return false;
}

// "The largest, Orbis Care, is owned by Grey Harbour", "The oldest, Hanley Mill, was bought by
// Corvan Group": a sentence that opens with "the" and a superlative standing for a noun (the one
// of a set named before), then a name set off by commas, has the name for the subject of the
// clause after it; the superlative only says which one the name is. The parser may make the
// superlative the subject, with the name its apposition or a second subject, or make it the root
// with the clause a relative on it. The clause's head (the verb the first word after the closing
// comma is or hangs on) takes the name as its subject and the superlative as a dislocated phrase.
bool repair_superlative_subject_name(View& v) {
    if (v.size() < 7 || ascii::lower(v[0].form) != "the"sv || v[1].xpos != "JJS"sv || v[2].form != ","sv) return false;
    int e = 3;
    while (e < v.size() && v[e].upos == "PROPN"sv) ++e;
    if (e == 3 || e + 1 >= v.size() || v[e].form != ","sv) return false;
    int x = -1;  // the name's head: the one word of it that hangs outside it
    for (int k = 3; k < e; ++k) {
        if (v.head(k) >= 3 && v.head(k) < e) continue;
        if (x >= 0) return false;
        x = k;
    }
    const int first = e + 1;
    int c = first;
    if (v[first].upos == "AUX"sv) c = v.head(first);
    else if (v[first].upos != "VERB"sv) return false;
    if (x < 0 || c <= e || c >= v.size() || v[c].upos != "VERB"sv) return false;
    if (v.head(c) != -1 && v.head(c) != 1) return false;
    bool passive = false;
    for (int k : v.kids(c)) {
        if (k != x && k != 1 && base_rel(v[k].deprel) == "nsubj"sv) return false;
        passive = passive || v[k].deprel == "aux:pass"sv;
    }
    if (v.head(x) == c && v.head(1) == c && v[1].deprel == "dislocated"sv) return false;
    if (v.head(c) != -1) v.attach(c, -1, "root");
    for (int k : v.kids(1)) {
        if (k > e) v.set_head(k, c);
    }
    v.attach(x, c, passive ? "nsubj:pass" : "nsubj");
    v.attach(1, c, "dislocated");
    v.attach(2, x, "punct");
    v.attach(e, x, "punct");
    return true;
}

// "The Dairy and Grocers Federation, whose members include 1,400 shops, said": a clause whose
// subject carries "whose" is a relative clause on the noun before the comma; the parser may hang
// it on that noun as a loose clause (parataxis or an adverbial clause), or on the verb that noun
// is an argument of.
bool repair_whose_loose_clause(View& v) {
    if (!(v.has_word(trigger::word({"whose"})) &&
          v.has_rel(trigger::rel({"parataxis", "advcl", "obl", "obl:unmarked"})))) {
        return false;
    }
    bool changed = false;
    for (int w = 2; w + 1 < v.size(); ++w) {
        if (!ascii::iequals(v[w].form, "whose") || v[w].deprel != "nmod:poss"sv || v[w - 1].form != ","sv) continue;
        const int noun = v.head(w);
        if (noun <= w || !is_subject(v[noun].deprel)) continue;
        const int c = v.head(noun);
        // "whose other members are the maker X and the firm Y": the clause may be copular, its
        // head the predicate noun.
        bool copular = false;
        if (c > noun && nominal(v[c])) {
            for (int k : v.kids(c)) copular = copular || (k > noun && k < c && v[k].deprel == "cop"sv);
        }
        if (c <= noun || (v[c].upos != "VERB"sv && v[c].upos != "AUX"sv && !copular)) continue;
        const std::string_view r = base_rel(v[c].deprel);
        // (A copular clause with a "whose" subject is a relative clause whatever the parser made
        // of its predicate noun: "obl" too.)
        if (r != "parataxis"sv && r != "advcl"sv && !(copular && r == "obl"sv)) continue;
        // Hung on the head of the phrase the comma closes, or ("It went to the consortium, whose
        // other members are ...") on the verb that phrase is an argument of.
        const int x = v.head(c);
        if (x < 0 || x >= w) continue;
        if (!nominal(v[x]) || (x != w - 2 && !v.dominates(x, w - 2))) {
            const int n = phrase_before_relative(v, w);
            if (n < 0 || !nominal(v[n]) || v.head(n) != x || v.span(n).second != w - 2) continue;
            v.attach(c, n, "acl:relcl");
            changed = true;
            continue;
        }
        v.set_deprel(c, "acl:relcl");
        changed = true;
    }
    return changed;
}

// "a programme run by the foundation and the company Orbitel with the ministry": a "with" phrase
// the parser hung on a name inside a passive verb's agent phrase is the verb's (a name takes no
// "with" complement); the agents act with its noun.
bool repair_with_on_agent_name(View& v) {
    if (!(v.has_word(trigger::word({"with", "by"})) && v.has_rel(trigger::rel({"obl:agent", "nmod"})))) return false;
    bool changed = false;
    for (int k = 3; k < v.size(); ++k) {
        const int h = v.head(k);
        if (base_rel(v[k].deprel) != "nmod"sv || !nominal(v[k]) || v[k].upos == "PRON"sv || h < 0 || h >= k ||
            v[h].upos != "PROPN"sv) {
            continue;
        }
        bool with = false;
        for (int g : v.kids(k)) with = with || (g < k && v[g].deprel == "case"sv && ascii::iequals(v[g].form, "with"));
        if (!with) continue;
        // Up from the name through conjuncts, appositions and names to the agent phrase (bounded).
        int a = h;
        for (int steps = 0; steps < 4 && a >= 0 && v[a].deprel != "obl:agent"sv; ++steps) {
            const std::string_view r = base_rel(v[a].deprel);
            a = (r == "conj" || r == "appos" || r == "flat" || r == "compound") ? v.head(a) : -1;
        }
        if (a < 0 || v[a].deprel != "obl:agent"sv) continue;
        const int verb = v.head(a);
        if (verb < 0 || verb > a || v[verb].upos != "VERB"sv) continue;
        v.attach(k, verb, "obl");
        changed = true;
    }
    return changed;
}

// "the bank, whose 28 million dollar grant covers training": a "whose" phrase needs a verb; when
// the tagger read a third-person verb as the plural head of the phrase, its singular noun right
// before it (a compound) is the clause's subject and the plural form the relative clause's verb,
// on the noun before the comma. A gerund the parser hung on it as a clause is its object.
bool repair_whose_plural_verb(View& v) {
    if (!(v.has_word(trigger::word({"whose"})) && v.has_rel(trigger::rel({"compound"})))) return false;
    bool changed = false;
    for (int w = 2; w + 2 < v.size(); ++w) {
        const int x = v.head(w);
        if (!ascii::iequals(v[w].form, "whose") || v[w].deprel != "nmod:poss"sv || x < w + 2 ||
            v[x].upos != "NOUN"sv || v[x].xpos != "NNS"sv) {
            continue;
        }
        const int s = x - 1, ante = w - 2;
        if (v[s].upos != "NOUN"sv || v[s].xpos != "NN"sv || v[s].deprel != "compound"sv || v.head(s) != x) continue;
        // A plural that is the subject of a verb of its own ("whose battery plants opened") is a noun.
        if (is_subject(v[x].deprel) || ((v[x + 1].upos == "VERB"sv || v[x + 1].upos == "AUX"sv) && v[x + 1].xpos != "VBG"sv)) continue;
        if (v[w - 1].form != ","sv || !nominal(v[ante]) || v[ante].upos == "PRON"sv || v.dominates(x, ante)) continue;
        bool other = false;
        for (int k = w + 1; k < s; ++k) other = other || v[k].upos == "VERB"sv || v[k].upos == "AUX"sv || v[k].upos == "PUNCT"sv;
        if (other) continue;
        v.set_upos(x, "VERB");
        v.set_xpos(x, "VBZ");
        for (int k : v.kids(x)) {
            if (k < s) {
                v.set_head(k, s);
            } else if (k > x && v[k].deprel == "acl"sv && v[k].xpos == "VBG"sv && k == x + 1) {
                v.set_upos(k, "NOUN");
                v.set_xpos(k, "NN");
                v.set_lemma(k, ascii::lower(v[k].form));
                v.set_deprel(k, "obj");
            }
        }
        v.attach(s, x, "nsubj");
        v.attach(x, ante, "acl:relcl");
        v.set_head(w - 1, x);
        changed = true;
    }
    return changed;
}

// "Hanlo, whose factories serve phone makers, said it would hire engineers": a relative clause
// opened by "whose" between commas after a sentence's opening noun phrase. The parser may take
// the relative clause for the sentence's main clause (the name its vocative, or the root with the
// clause its apposition) and the finite verb after the second comma for a conjunct of it. A
// conjunct has a coordinator; with none, that verb is the main verb, the phrase its subject and
// the "whose" clause a relative clause on the phrase.
bool repair_whose_relative(View& v) {
    if (!(v.has_word(trigger::word({"whose"})))) return false;
    const int n = v.size();
    int w = -1;
    for (int i = 2; i < n && w < 0; ++i) {
        if (v[i].deprel == "nmod:poss"sv && ascii::iequals(v[i].form, "whose") && v[i - 1].form == ","sv) w = i;
    }
    if (w < 0) return false;
    const int x = w - 2;  // the last word of the opening phrase, its head
    if (!nominal(v[x]) || v[x].upos == "PRON"sv) return false;
    for (int k = 0; k < x; ++k) {
        if (!v.dominates(x, k) && v.head(k) != x + 1) return false;
    }
    const int noun = v.head(w);
    if (noun < 0 || !is_subject(v[noun].deprel)) return false;
    const int c = v.head(noun);
    if (c <= noun || (v[c].upos != "VERB"sv && v[c].upos != "AUX"sv)) return false;
    if (v.head(c) >= 0 && v.head(c) != x) return false;
    const bool x_root = v.head(x) == -1;
    if (!x_root && v.head(x) != c) return false;
    for (int f = c + 1; f + 1 < n; ++f) {
        if (v[f].form != ","sv || v.head(f + 1) != c || v[f + 1].deprel != "conj"sv ||
            v[f + 1].upos != "VERB"sv) {
            continue;
        }
        const int verb = f + 1;
        const std::string_view tag(v[verb].xpos);
        if (tag != "VBD"sv && tag != "VBZ"sv && tag != "VBP"sv) return false;
        for (int k : v.kids(verb)) {
            if (v[k].deprel == "cc"sv || is_subject(v[k].deprel)) return false;
        }
        const int root = x_root ? x : c;
        for (int k = verb + 1; k < n; ++k) {
            if (v.head(k) == root || v.head(k) == c) v.set_head(k, verb);
        }
        v.set_head(f, verb);
        v.attach(verb, -1, "root");
        v.attach(x, verb, "nsubj");
        v.attach(c, x, "acl:relcl");
        return true;
    }
    return false;
}

// "Marcus Holt, a Democrat whose district includes Paloma Springs, has asked": a name opening the
// sentence, a description set off by a comma and a "whose" clause closed by a comma before the
// main verb. The parser may make the name a vocative, the description's article a marker of the
// clause verb and that verb an adverbial clause of the main one, with the clause's object the main
// verb's subject. The name is the main verb's subject, the description its apposition and the
// "whose" clause a relative clause on the description.
bool repair_described_whose_relative(View& v) {
    if (!(v.has_word(trigger::word({"whose"})) && v.has_word(trigger::word({"a", "an", "the"})))) return false;
    const int n = v.size();
    int w = -1;
    for (int i = 3; i < n && w < 0; ++i) {
        if (ascii::iequals(v[i].form, "whose")) w = i;
    }
    if (w < 0 || w + 3 >= n) return false;
    const int desc = w - 1;  // the description's head
    if (v[desc].upos != "NOUN"sv && v[desc].upos != "PROPN"sv) return false;
    int c1 = desc - 1;  // the comma before the description
    while (c1 > 0 && v[c1].form != ","sv && (v[c1].upos == "DET"sv || v[c1].upos == "ADJ"sv || v[c1].upos == "NOUN"sv ||
                                               v[c1].upos == "PROPN"sv)) {
        --c1;
    }
    if (c1 < 1 || v[c1].form != ","sv || c1 + 1 == desc + 1) return false;
    const std::string_view article = v[c1 + 1].form;
    if (!ascii::iequals(article, "a") && !ascii::iequals(article, "an") && !ascii::iequals(article, "the")) return false;
    // The opening phrase's head: the one word before the comma whose head lies outside it.
    int a = -1;
    for (int k = 0; k < c1; ++k) {
        if (v.head(k) >= 0 && v.head(k) < c1) continue;
        if (a >= 0) return false;
        a = k;
    }
    if (a < 0 || v[a].upos != "PROPN"sv) return false;
    const int noun = v.head(w);
    if (noun <= w || noun >= n || !nominal(v[noun])) return false;
    int close = noun + 1;
    while (close < n && v[close].form != ","sv) ++close;
    int verb = noun + 1;
    while (verb < close && v[verb].upos != "VERB"sv) ++verb;
    const int main = v.root();
    if (verb >= close || main <= close || v[main].upos != "VERB"sv || v.dominates(a, main)) return false;
    if (v.head(a) == main && is_subject(v[a].deprel)) return false;  // already read so
    bool passive = false;
    for (int k : v.kids(main)) passive = passive || v[k].deprel == "aux:pass"sv;
    v.attach(a, main, passive ? "nsubj:pass" : "nsubj");
    v.attach(desc, a, "appos");
    for (int k = c1 + 1; k < desc; ++k) {
        if (v.head(k) > c1 && v.head(k) <= desc && v.head(k) != c1 + 1) continue;
        v.attach(k, desc, v[k].upos == "DET"sv ? "det" : v[k].upos == "ADJ"sv ? "amod" : "compound");
    }
    v.attach(c1, desc, "punct");
    v.attach(verb, desc, "acl:relcl");
    for (int k = w + 1; k < close; ++k) {
        if (k == verb || (v.head(k) > w && v.head(k) < close) || v.head(k) == w) continue;
        const std::string keep = v[k].deprel;
        v.attach(k, verb, k == noun ? "nsubj" : is_subject(keep) ? "obj" : keep.c_str());
    }
    v.attach(close, verb, "punct");
    return true;
}

// "has asked the department to investigate", "urged the ministers to act": whom a verb asks or
// tells to do something, with no direct object besides, is its object; the parser may label it an
// indirect object, which only comes with a direct one.
bool repair_indirect_object_before_infinitive(View& v) {
    if (!(v.has_rel(trigger::rel({"iobj"})) && v.has_rel(trigger::rel({"xcomp"})))) return false;
    bool changed = false;
    for (int i = 1; i < v.size(); ++i) {
        if (v[i].deprel != "iobj"sv || !nominal(v[i])) continue;
        const int verb = v.head(i);
        if (verb < 0 || verb > i || v[verb].upos != "VERB"sv) continue;
        bool direct = false, infinitive = false;
        for (int k : v.kids(verb)) {
            const std::string_view r = base_rel(v[k].deprel);
            direct = direct || r == "obj" || r == "ccomp" || (r == "iobj" && k != i);
            if (r != "xcomp" || k < i || v[k].upos != "VERB"sv) continue;
            for (int m : v.kids(k)) infinitive = infinitive || (m > i && m < k && v[m].deprel == "mark"sv && ascii::iequals(v[m].form, "to"));
        }
        if (direct || !infinitive) continue;
        v.set_deprel(i, "obj");
        changed = true;
    }
    return changed;
}

// "The Lisbon Institute for Ocean Science (LIOS)": an abbreviation in brackets after a name
// abbreviates the whole name, not the word of it the parser hung it on.
bool repair_bracketed_abbreviation(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_word(trigger::word({"("})))) return false;
    bool changed = false;
    for (int c = 3; c + 1 < v.size(); ++c) {
        const std::string& f = v[c].form;
        const bool capitals = f.size() >= 2 && std::all_of(f.begin(), f.end(), [](char ch) {
                                  return std::isupper(static_cast<unsigned char>(ch)) != 0;
                              });
        if (v[c].deprel != "appos"sv || (v[c].upos != "PROPN"sv && !capitals) || v[c - 1].form != "("sv ||
            v[c + 1].form != ")"sv) {
            continue;
        }
        int top = v.head(c);
        if (top < 0 || top >= c - 1 || v[top].upos != "PROPN"sv) continue;
        // Climb while the word's phrase is part of a larger name ending right before the bracket.
        for (int steps = 0; steps <= v.size() && v.head(top) >= 0 && v[v.head(top)].upos == "PROPN"sv && v.head(top) < c &&
               (v[top].deprel == "nmod"sv || v[top].deprel == "flat"sv || v[top].deprel == "compound"sv); ++steps) {
            top = v.head(top);
        }
        if (top == v.head(c)) continue;
        v.set_head(c, top);
        changed = true;
    }
    return changed;
}

// "Several companies, including the drone maker SkyMarine and the sensor firm Oceantrace, will
// supply": a conjunct after the examples of "including" or "such as" is another example, not a
// conjunct of the class noun they illustrate.
bool repair_example_conjunct(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_word(trigger::word({"including", "such"})))) return false;
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        const int n = v.head(c);
        if (v[c].deprel != "conj"sv || n < 0 || n >= c || !nominal(v[c])) continue;
        int example = -1;
        for (int k : v.kids(n)) {
            if (k <= n || k >= c || base_rel(v[k].deprel) != "nmod") continue;
            int first = v.span(k).first;
            while (first < k && v[first].upos == "PUNCT"sv) ++first;
            const std::string w = ascii::lower(v[first].form);
            if (w == "including" || (w == "such" && first + 1 < v.size() && ascii::iequals(v[first + 1].form, "as"))) {
                example = k;
            }
        }
        if (example < 0) continue;
        // The coordinator right before the conjunct's phrase, right after the example's phrase.
        const int lo = v.span(c).first;
        int before = lo;
        for (int k : v.kids(c)) {
            if (v[k].deprel == "cc"sv && k < c) before = std::min(before, k);
        }
        if (before < 1 || v.span(example).second != before - 1 || v[before].upos != "CCONJ"sv) continue;
        v.set_head(c, example);
        changed = true;
    }
    return changed;
}

// "signed the agreement with the University of Toronto, McGill University and three other
// partners": a list after a preposition that the parser broke up, the first item with its case
// word and a later one (without any) hung higher up as an oblique or object with the rest as
// its conjuncts. The later item and its conjuncts are the first item's conjuncts.
bool repair_broken_list(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_rel(trigger::rel({"cc"})))) return false;
    bool changed = false;
    for (int y = 3; y < v.size(); ++y) {
        const std::string_view rel = base_rel(v[y].deprel);
        if ((rel != "obl" && rel != "obj") || !nominal(v[y]) || v[y].upos == "PRON"sv) continue;
        int lo = v.span(y).first;
        if (v[lo].form == ","sv && lo < y) ++lo;  // the comma may hang on the item itself
        if (lo < 2 || v[lo - 1].form != ","sv) continue;
        bool has_case = false, coordinated = false;
        for (int k : v.kids(y)) {
            has_case = has_case || v[k].deprel == "case"sv;
            if (v[k].deprel == "conj"sv) {
                for (int g : v.kids(k)) coordinated = coordinated || v[g].deprel == "cc"sv;
            }
        }
        if (has_case || !coordinated) continue;
        // The first item: the nominal whose phrase ends right before the comma and has a case word.
        int x = -1;
        for (int k = 0; k < lo - 1; ++k) {
            if (!nominal(v[k]) || v.span(k).second != lo - 2 || v.dominates(y, k)) continue;
            bool cased = false;
            for (int g : v.kids(k)) cased = cased || (v[g].deprel == "case"sv && g < k);
            // The outermost such phrase ("the University of Toronto", not "Toronto").
            if (x < 0 && cased && (base_rel(v[k].deprel) == "nmod" || base_rel(v[k].deprel) == "obl")) x = k;
        }
        if (x < 0 || !v.dominates(v.head(y), x)) continue;
        for (int k : v.kids(y)) {
            if (v[k].deprel == "conj"sv) v.set_head(k, x);
        }
        v.attach(y, x, "conj");
        v.set_head(lo - 1, y);
        changed = true;
    }
    return changed;
}

// "Both the mayors of the affected towns and the farmers' union gave evidence": "both" (or
// "either", "neither") pairs the noun it stands before with the conjunct after "and" ("or",
// "nor"); the parser may hang that conjunct on a noun inside the first one's "of" phrase.
bool repair_paired_conjunct(View& v) {
    // Most sentences have no "both", "either" or "neither": look for one before walking the tree.
    if (!v.has_word(trigger::word({"both", "either", "neither"}))) return false;
    bool changed = false;
    for (int x = 1; x < v.size(); ++x) {
        if (!nominal(v[x])) continue;
        std::string pair;
        for (int k : v.kids(x)) {
            const std::string w = ascii::lower(v[k].form);
            if (k < x && (w == "both" || w == "either" || w == "neither")) pair = w;
        }
        if (pair.empty()) continue;
        const char* coordinator = pair == "both" ? "and" : pair == "either" ? "or" : "nor";
        bool has_conj = false;
        for (int k : v.kids(x)) has_conj = has_conj || v[k].deprel == "conj"sv;
        if (has_conj) continue;
        for (int c = x + 1; c < v.size(); ++c) {
            const int d = v.head(c);
            if (v[c].deprel != "conj"sv || d == x || d < x || !v.dominates(x, d) ||
                base_rel(v[d].deprel) != "nmod") {
                continue;
            }
            bool paired = false;
            for (int k : v.kids(c)) paired = paired || (v[k].deprel == "cc"sv && ascii::lower(v[k].form) == coordinator);
            if (!paired) continue;
            v.set_head(c, x);
            changed = true;
            break;
        }
    }
    return changed;
}

// "Both Professor Anna Berg and the Kell Trust backed the plan": "both" ("either", "neither")
// before a title and a name may be read as a pronoun, a subject of its own beside the subject
// it opens. Right before a subject that has a conjunct after the paired coordinator, the word
// is that coordination's first half (cc:preconj), not a second subject.
bool repair_paired_word_taken_for_subject(View& v) {
    if (!(v.has_word(trigger::word({"both", "either", "neither"})) && v.has_rel(trigger::rel({"conj"})))) return false;
    bool changed = false;
    for (int b = 0; b + 2 < v.size(); ++b) {
        const std::string w = ascii::lower(v[b].form);
        if ((w != "both" && w != "either" && w != "neither") || !is_subject(v[b].deprel)) continue;
        const char* coordinator = w == "both" ? "and" : w == "either" ? "or" : "nor";
        const int h = v.head(b);
        int y = -1;
        for (int k : v.kids(h)) {
            if (k > b && is_subject(v[k].deprel) && v.span(k).first == b + 1) y = k;
        }
        if (y < 0) continue;
        bool paired = false;
        for (int c : v.kids(y)) {
            if (v[c].deprel != "conj"sv) continue;
            for (int k : v.kids(c)) paired = paired || (v[k].deprel == "cc"sv && ascii::lower(v[k].form) == coordinator);
        }
        if (!paired) continue;
        v.attach(b, y, "cc:preconj");
        v.set_upos(b, "CCONJ");
        v.set_xpos(b, "CC");
        changed = true;
    }
    return changed;
}

// "The farmers' union Terra Unida gave evidence.": a name right after a description, as the
// subject of the sentence's only verb, read as a reduced relative clause on the description
// ("the union [that] Terra Unida gave"), leaves the sentence without a predicate. With a noun as
// the root, no relative word and no other verb, the clause is the sentence: the name is the
// description's apposition and the root noun the verb's subject.
bool repair_name_relative_root(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})))) return false;
    const int n = v.size();
    if (n < 4 || v[n - 1].form != "."sv) return false;
    const int r = v.root();
    if (r < 0 || v[r].upos != "NOUN"sv) return false;
    for (int c = r + 1; c < n; ++c) {
        const int d = v.head(c);
        if (v[c].deprel != "acl:relcl"sv || v[c].upos != "VERB"sv || d < 0 || v[d].upos != "NOUN"sv ||
            !v.dominates(r, d)) {
            continue;
        }
        int subj = -1;
        bool relative = false;
        for (int k : v.kids(c)) {
            if (k < c && v[k].deprel == "nsubj"sv && v[k].upos == "PROPN"sv) subj = k;
            relative = relative || relative_pronoun(v[k]) || v[k].deprel == "mark"sv;
        }
        if (subj < 0 || relative) continue;
        // The description the name follows, in the root's phrase.
        const int desc = v.span(subj).first - 1;
        if (desc < 0 || v[desc].upos != "NOUN"sv || !v.dominates(r, desc) || v.dominates(c, desc)) continue;
        int verbs = 0;
        for (int i = 0; i < n; ++i) {
            if ((v[i].upos == "VERB"sv || v[i].upos == "AUX"sv) && i != c && v[i].deprel != "amod"sv &&
                !(v.head(i) == c && base_rel(v[i].deprel) == "aux")) {
                ++verbs;
            }
        }
        if (verbs) continue;
        v.attach(subj, desc, "appos");
        v.attach(c, -1, "root");
        for (int k : v.kids(r)) {
            if (k > c) v.set_head(k, c);
        }
        v.attach(r, c, "nsubj");
        return true;
    }
    return false;
}

// "City Council member Angela Castellano", "US Senate candidate Winton": a run of capitalised
// names before a lower-case description of a person's name is one name (UD: each word a compound
// of the run's last), which the parser may hang word by word on the description.
bool repair_name_run_on_description(View& v) {
    if (!(v.has_rel(trigger::rel({"nmod:desc"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    bool changed = false;
    for (int n = 2; n + 1 < v.size(); ++n) {
        const int h = v.head(n);
        if (v[n].deprel != "nmod:desc"sv || v[n].upos != "NOUN"sv || h <= n || v[h].upos != "PROPN"sv) continue;
        if (v[n].form.empty() || !std::islower(static_cast<unsigned char>(v[n].form[0]))) continue;
        const int last = n - 1;
        if (v.head(last) != n || v[last].deprel != "compound"sv || v[last].upos != "PROPN"sv) continue;
        for (int k = last - 1; k >= 0 && v.head(k) == n && v[k].deprel == "compound"sv && v[k].upos == "PROPN"sv; --k) {
            v.set_head(k, last);
            changed = true;
        }
    }
    return changed;
}

// "Pellham Foods, which Norvex Group acquired in 2019, has been praised by experts": an object
// relative clause set off by commas after the sentence's opening noun phrase, which the parser
// may make a loose item of the noun (the root), with the main predicate after the clause a
// parataxis of the noun and no subject. A relative pronoun that is the object of a verb with its
// own subject after the pronoun opens a relative clause on the noun; the finite verb after the
// clause's closing comma, with no subject of its own, is the root and the noun its subject.
bool repair_object_relative_on_nominal_root(View& v) {
    if (!(v.has_rel(trigger::rel({"obj"})) && v.has_word(trigger::word({"which", "who", "whom", "that"})))) return false;
    const int r = v.root();
    if (r < 0 || (v[r].upos != "NOUN"sv && v[r].upos != "PROPN"sv)) return false;
    const View::Kids kids = v.kids(r);
    for (int k : kids) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "cop" || b == "nsubj" || b == "expl" || b == "case" || b == "aux" || b == "mark") return false;
    }
    for (int c : kids) {
        if (c < r || v[c].upos != "VERB"sv) continue;
        const std::string_view crel = base_rel(v[c].deprel);
        if (crel != "list" && crel != "parataxis" && crel != "acl" && crel != "conj" && crel != "appos") continue;
        int pro = -1, subj = -1;
        for (int k : v.kids(c)) {
            const std::string w = ascii::lower(v[k].form);
            if (k < c && v[k].deprel == "obj"sv && (relative_pronoun(v[k]) || w == "whom")) pro = k;
            if (k < c && v[k].deprel == "nsubj"sv && nominal(v[k])) subj = k;
            if (k < c && v[k].deprel == "cc"sv) pro = -2;
        }
        if (pro < 1 || subj < pro || v[pro - 1].form != ","sv || v.span(c).first < pro - 1) continue;
        // The noun's own phrase runs up to the comma.
        bool own = true;
        for (int k = r + 1; k < pro - 1 && own; ++k) own = v.dominates(r, k) && !v.dominates(c, k);
        if (!own) continue;
        const int close = v.span(c).second + 1;
        if (close >= v.size() || v[close].form != ","sv) continue;
        int pred = -1;
        for (int k : kids) {
            if (k > close && v[k].upos == "VERB"sv && (v[k].deprel == "parataxis"sv || v[k].deprel == "list"sv) &&
                v.span(k).first <= close + 1) {
                pred = k;
                break;
            }
        }
        if (pred < 0) continue;
        bool subject = false, passive = false, finite = v[pred].xpos == "VBD"sv || v[pred].xpos == "VBZ"sv ||
                                                     v[pred].xpos == "VBP"sv;
        for (int k : v.kids(pred)) {
            subject = subject || is_subject(v[k].deprel) || base_rel(v[k].deprel) == "expl";
            passive = passive || v[k].deprel == "aux:pass"sv;
            finite = finite || (base_rel(v[k].deprel) == "aux" && k < pred);
        }
        if (subject || !finite) continue;
        if (v[pro - 1].form == ","sv && v.head(pro - 1) != c) v.attach(pro - 1, c, "punct");
        v.attach(c, r, "acl:relcl");
        v.attach(pred, -1, "root");
        v.attach(r, pred, passive ? "nsubj:pass" : "nsubj");
        if (v.head(close) != pred) v.attach(close, pred, "punct");
        for (int k : kids) {
            if (k > pred) v.set_head(k, pred);
        }
        return true;
    }
    return false;
}

// "Ontario will give pupils a free lunch, the provincial government announced on Monday, in a
// plan that will cost ...": a verb of saying with no object, right after a definite noun
// phrase set off by a comma, which the parser made a participle on that noun (and hung what
// follows on the noun), is the verb of a closing report: the noun is its subject, the report a
// loose clause of the sentence, and the words after the verb its own.
bool repair_report_taken_for_participle(View& v) {
    if (!(v.has_rel(trigger::rel({"acl"})) && v.has_tag(trigger::tag({"VBN", "VBD"})))) return false;
    static constexpr std::string_view kSaying[] = {"say", "announce", "confirm", "report", "state", "add"};
    bool changed = false;
    for (int c = 4; c < v.size(); ++c) {
        if (v[c].deprel != "acl"sv || (v[c].xpos != "VBN"sv && v[c].xpos != "VBD"sv)) continue;
        if (std::find(std::begin(kSaying), std::end(kSaying), std::string_view(v[c].lemma)) == std::end(kSaying)) continue;
        const int n = v.head(c);
        if (n < 1 || n >= c || !nominal(v[n]) || v[n].upos == "PRON"sv) continue;
        const int h = v.head(n);
        if (h < 0 || h >= n) continue;
        // The noun's phrase: from the comma up to the verb, "the" first.
        int lo = c - 1;
        while (lo > 0 && (lo == n || v.head(lo) == n) && v[lo].form != ","sv) --lo;
        if (v[lo].form != ","sv || ascii::lower(v[lo + 1].form) != "the" || v.span(n).first > lo + 1) continue;
        bool ok = true;
        for (int k : v.kids(c)) {
            const std::string_view b = base_rel(v[k].deprel);
            ok = ok && b != "obj" && b != "ccomp" && b != "xcomp" && b != "nsubj" && b != "mark" && b != "aux";
        }
        if (!ok) continue;
        v.set_xpos(c, "VBD");
        v.attach(c, h, "parataxis");
        v.attach(n, c, "nsubj");
        v.set_head(lo, c);
        for (int k : v.kids(n)) {
            if (k <= c) continue;
            if (v[k].deprel == "nmod"sv) {
                v.attach(k, c, "obl");
            } else {
                v.set_head(k, c);
            }
        }
        changed = true;
    }
    return changed;
}

// "rejected the claim, saying his company would keep the site open": the parser may take the
// subject of a reported clause for the object of the verb of saying, and hang the clause's verb
// elsewhere. A noun phrase right after a verb of saying and right before a modal is the subject of
// the modal's verb, which is the saying's complement; and ", saying ..." hung on a noun as its
// modifier is an adverbial of the verb that takes that noun.
bool repair_reported_subject_taken_for_object(View& v) {
    if (!(v.has_rel(trigger::rel({"obj"})) && v.has_tag(trigger::tag({"VERB"})))) return false;
    static constexpr std::string_view kSaying[] = {"say", "announce", "confirm", "warn", "insist", "argue",
                                                   "claim", "promise", "add", "state", "report", "predict"};
    bool changed = false;
    for (int s = 1; s + 3 < v.size(); ++s) {
        if (v[s].upos != "VERB"sv) continue;
        const std::string lemma = ascii::lower(v[s].lemma);
        if (std::find(std::begin(kSaying), std::end(kSaying), lemma) == std::end(kSaying)) continue;
        int o = -1;
        for (int k : v.kids(s)) {
            if (k > s && v[k].deprel == "obj"sv && nominal(v[k])) o = k;
        }
        if (o < 0) continue;
        const int m = v.span(o).second + 1;
        if (m >= v.size() || v[m].xpos != "MD"sv) continue;
        const int verb = v.head(m);
        if (verb <= m || v.dominates(verb, s)) continue;
        bool subject = false;
        for (int k : v.kids(verb)) subject = subject || is_subject(v[k].deprel);
        if (subject) continue;
        v.attach(o, verb, "nsubj");
        v.attach(verb, s, "ccomp");
        // ", saying ..." on the object of the verb before it.
        const int h = v.head(s);
        if (v[s].xpos == "VBG"sv && v[s].deprel == "acl"sv && v[s - 1].form == ","sv && h >= 0 && h < s &&
            v.head(h) >= 0 && v[v.head(h)].upos == "VERB"sv) {
            v.attach(s, v.head(h), "advcl");
        }
        changed = true;
    }
    return changed;
}

// "X will not fund the project, a spokesperson said.", "X backed the plan, the minister said.":
// with the verb of saying already the root and the reported clause its complement, the parser
// may take the reported verb's object for the subject of saying (the speaker its apposition) or
// for a second complement. A noun phrase between the reported verb (which has its subject and
// no object) and the comma before the closing speaker is that verb's object.
bool repair_object_before_closing_report(View& v) {
    if (!(v.has_rel(trigger::rel({"ccomp"})) && v.has_tag(trigger::tag({"VERB"})))) return false;
    const int said = v.root();
    if (said < 4 || v[said].upos != "VERB"sv) return false;
    int c = -1, o = -1;
    for (int k : v.kids(said)) {
        if (k > said) continue;
        if (v[k].deprel == "ccomp"sv && v[k].upos == "VERB"sv && c < 0) c = k;
        if ((is_subject(v[k].deprel) || v[k].deprel == "ccomp"sv) && (v[k].upos == "NOUN"sv || v[k].upos == "PROPN"sv) &&
            k + 1 < said && v[k + 1].form == ","sv) {
            o = k;
        }
    }
    if (c < 0 || o < 0 || o < c || o + 2 >= said || v[o + 1].form != ","sv) return false;
    bool subject = false, object = false;
    for (int k : v.kids(c)) {
        subject = subject || (k < c && is_subject(v[k].deprel));
        object = object || v[k].deprel == "obj"sv || v[k].deprel == "ccomp"sv || v[k].deprel == "xcomp"sv;
    }
    if (!subject || object) return false;
    // The speaker: the subject of saying after the comma, or the description the parser hung on
    // the object as its apposition.
    int speaker = -1;
    for (int k : v.kids(said)) {
        if (k > o + 1 && k < said && is_subject(v[k].deprel)) speaker = k;
    }
    for (int k : v.kids(o)) {
        if (speaker < 0 && k > o + 1 && k < said && v[k].deprel == "appos"sv && nominal(v[k])) speaker = k;
    }
    if (speaker < 0) return false;
    v.attach(o, c, "obj");
    v.attach(speaker, said, "nsubj");
    v.attach(o + 1, said, "punct");
    return true;
}

// "Harlow Foods will close two factories, the company said on Thursday.": a closing clause of
// saying after a comma, its subject a noun phrase and nothing after the verb but adjuncts. UD
// (and EWT, 40 of 50 such sentences in its training part) makes the verb of saying the root
// and what was said its ccomp; the parser may hang the closing clause inside the reported one,
// or read its subject as an apposition. Words of the reported clause that the parser hung on
// the verb of saying go to the nearest verb before them.
bool repair_closing_report(View& v) {
    const int n = v.size();
    if (n < 6 || v[n - 1].upos != "PUNCT"sv) return false;
    int verb = -1;
    for (int i = n - 2; i > 0 && verb < 0; --i) {
        if (v[i].upos == "VERB"sv) verb = i;
    }
    if (verb < 3 || v.head(verb) < 0 || v[verb].xpos == "VBG"sv) return false;
    for (int k : v.kids(verb)) {
        if (base_rel(v[k].deprel) == "aux" && k > 0 && v[k].xpos != "MD"sv) return false;  // "had been told"
    }
    // After the verb only its adjuncts ("on Thursday") and the closing mark. One word the parser
    // made a subject after the verb ("a spokesperson said Wednesday") is an adjunct of time:
    // with the speaker before the verb, nothing after it is a second subject.
    int late = -1;
    for (int k = verb + 1; k < n - 1; ++k) {
        int top = k;  // bounded: an earlier repair may have left a cycle (undone after)
        for (int steps = 0; v.head(top) > verb && steps < n; ++steps) top = v.head(top);
        if (v.head(top) == verb && v[top].deprel == "nsubj"sv && v.kids(top).empty() && late < 0 &&
            (v[top].upos == "PROPN"sv || v[top].upos == "NOUN"sv)) {
            late = top;
            continue;
        }
        if (v.head(top) != verb || (base_rel(v[top].deprel) != "obl" && v[top].deprel != "advmod"sv)) {
            return false;
        }
    }
    // Before it, ", the company": one noun phrase after a comma.
    int comma = verb - 1;
    while (comma > 0 && v[comma].form != ","sv) --comma;
    if (comma < 2 || verb - comma > 6) return false;
    int subj = -1;
    for (int k = comma + 1; k < verb; ++k) {
        if (v.head(k) < comma + 1 || v.head(k) >= verb) {
            if (subj >= 0) return false;
            subj = k;
        }
    }
    if (subj < 0 || !nominal(v[subj]) || relative_pronoun(v[subj])) return false;
    // One speaker, not a list ("in which Souter, Ginsburg and Breyer joined") nor a phrase with a
    // preposition ("according to an assessment released by"); a first or second
    // person ("..., I know.") is a comment on the sentence, UD's parataxis.
    for (int k = comma + 1; k < verb; ++k) {
        if (v[k].upos == "CCONJ"sv || v[k].upos == "ADP"sv || v[k].form == ","sv) return false;
    }
    // "..., a software company based in Manchester.": a participle after an indefinite noun
    // phrase describes it; the speaker of a closing report is one already known. But a past
    // form that ends the sentence with nothing of its own after it ("..., a spokesperson
    // confirmed.") is the report's verb: a participle describing the phrase would say more.
    const std::string first = ascii::lower(v[comma + 1].form);
    if (v[verb].xpos == "VBN"sv && (first == "a" || first == "an") && verb != n - 2) return false;
    if (v[subj].upos == "PRON"sv) {
        const std::string w = ascii::lower(v[subj].form);
        if (w != "he" && w != "she" && w != "they" && w != "it") return false;
    }
    for (int k : v.kids(verb)) {
        const std::string& rel = v[k].deprel;
        if (relative_pronoun(v[k]) || ascii::lower(v[k].form) == "whom") return false;
        if (rel == "obj" || rel == "ccomp" || rel == "xcomp" || rel == "mark") {
            if (k > verb || k < comma) return false;
        }
    }
    // The reported clause: a verb heading the words before the comma.
    for (int k = 0; k < comma; ++k) {
        if (v.head(k) != verb) continue;
        int h = k - 1;
        while (h >= 0 && !(v[h].upos == "VERB"sv && !v.dominates(k, h))) --h;
        if (h < 0) return false;
        v.set_head(k, h);
    }
    int top = -1;
    for (int k = 0; k < comma; ++k) {
        const int h = v.head(k);
        if (h >= 0 && h < comma) continue;
        if (h != -1 && !v.dominates(verb, h)) continue;
        if (top >= 0 && h == -1) return false;
        if (h == -1 || top < 0) top = k;
    }
    if (top < 0 || (v[top].upos != "VERB"sv && v[top].upos != "AUX"sv && !nominal(v[top]))) return false;
    if (late >= 0) v.set_deprel(late, "obl:unmarked");
    v.attach(subj, verb, "nsubj");
    v.attach(comma, verb, "punct");
    v.attach(verb, -1, "root");
    v.attach(top, verb, "ccomp");
    for (int k = 0; k < n; ++k) {
        if (v.head(k) != verb && k > verb && v.head(k) >= 0 && !v.dominates(verb, k)) v.set_head(k, verb);
    }
    v.set_head(n - 1, verb);
    return true;
}

// "said Helen Marsh, who led the study": a clause whose subject is a relative pronoun is a
// relative clause; when the parser made it a parataxis or an adverbial clause of the sentence
// ("said X, who is overseeing the reform"), it modifies the noun phrase that ends right before
// the comma and the pronoun. So it does when the parser made it a conjunct of the sentence's
// verb with no coordinator before the pronoun ("was approached by X, which has worked with the
// ministry"): ", which" opens no coordinated clause, and the phrase is that verb's own. An object
// pronoun with the clause's own subject after it opens a relative clause as well ("X, which Y
// bought in 2018, has been closed").
bool repair_relative_parataxis(View& v) {
    if (!(v.has_rel(trigger::rel({"parataxis", "advcl", "conj", "ccomp", "acl:relcl", "nsubj"})) &&
          v.has_word(trigger::word({"who", "which", "whom"})))) {
        return false;
    }
    bool changed = false;
    for (int c = 3; c < v.size(); ++c) {
        const bool conj = v[c].deprel == "conj"sv;
        // A clause complement comes after its verb; one before it ("Dr X, who leads the study,
        // said") is the relative clause taken for the complement of the verb it precedes.
        const bool ccomp = v[c].deprel == "ccomp"sv && v.head(c) > c;
        // "is backed by a guarantee approved by the Ministry of Finance, which had rejected the
        // plan": a relative clause the parser hung on a verb before it belongs to a phrase.
        const bool on_verb = v[c].deprel == "acl:relcl"sv && v.head(c) >= 0 && v.head(c) < c &&
                             v[v.head(c)].upos == "VERB"sv;
        // "Pentland, which has run the service since 2014, has filed a challenge": a relative
        // clause's verb the parser made the subject of the verb after it (reading "has" as a
        // main verb and the phrase before the comma as the clause's second subject).
        const bool subject = v[c].deprel == "nsubj"sv && v[c].upos == "VERB"sv && v.head(c) > c;
        if (v[c].deprel != "parataxis"sv && v[c].deprel != "advcl"sv && !conj && !ccomp && !on_verb && !subject) continue;
        int rel = -1, object = -1, own_subject = -1;
        for (int k : v.kids(c)) {
            const std::string w = ascii::lower(v[k].form);
            if (is_subject(v[k].deprel) && (w == "who" || w == "which")) rel = k;
            // "Kessler Mills, which Arden Group bought in 2018, has been closed": the pronoun
            // the clause's object, with the clause's own subject after it.
            if (v[k].deprel == "obj"sv && k < c && (w == "whom" || w == "which")) object = k;
            if (v[k].deprel == "nsubj"sv && k < c && nominal(v[k])) own_subject = k;
        }
        if (rel < 0 && object >= 0 && own_subject > object && !conj && v.span(c).first >= object - 1) rel = object;
        // (There the pronoun may hang on the auxiliary taken for a verb.)
        if (rel < 0 && subject) {
            for (int k : v.kids(c)) {
                if (v[k].deprel != "aux"sv || k > c) continue;
                for (int g : v.kids(k)) {
                    const std::string w = ascii::lower(v[g].form);
                    if (g < k && is_subject(v[g].deprel) && (w == "who" || w == "which")) rel = g;
                }
            }
            if (rel >= 0) {
                v.attach(rel, c, "nsubj");
                changed = true;
            }
        }
        if (rel < 2 || v[rel - 1].form != ","sv) continue;
        if (conj) {
            if (v[c].upos != "VERB"sv || v.head(c) < 0 || v.head(c) >= rel) continue;
            bool coordinated = false;
            for (int k : v.kids(c)) coordinated = coordinated || (k < rel && v[k].deprel == "cc"sv);
            if (coordinated) continue;
            // Only a phrase of the sentence's verb that the clause was joined to: one deeper down
            // ("funded by X, a charity set up by Y, which has given") leaves open which phrase it
            // is about.
            const int n = phrase_before_relative(v, rel);
            if (v.head(n) != v.head(c) || v[v.head(c)].deprel != "root"sv) continue;
        }
        const int n = phrase_before_relative(v, rel);
        if (!nominal(v[n])) continue;
        // "the Council, which approved the first phase, will oversee": the parser may make the
        // phrase a second subject of the relative clause, the clause an adverbial one of the
        // verb after it, which is left with no subject. The phrase is that verb's subject.
        if (v.head(n) == c && is_subject(v[n].deprel) && n < rel) {
            const int h = v.head(c);
            if (h <= c || (v[h].upos != "VERB"sv && v[h].upos != "AUX"sv)) continue;
            bool has_subject = false, passive = false;
            for (int k : v.kids(h)) {
                has_subject = has_subject || (k != c && is_subject(v[k].deprel));
                passive = passive || v[k].deprel == "aux:pass"sv;
            }
            if (has_subject) continue;
            v.attach(n, h, passive ? "nsubj:pass" : "nsubj");
        }
        if (v.dominates(c, n)) continue;
        v.attach(c, n, "acl:relcl");
        changed = true;
    }
    return changed;
}

// "Each hospital will appoint a data officer, and nurses will be trained by the network": two
// clauses joined by ", and". The parser may read the first verb's object and the second
// clause's subject as one coordinated subject of a clause complement of the first verb; a
// finite complement with no "that" whose subject lies between the verbs and is coordinated
// after a comma is the first verb's object, then the next clause.
bool repair_clause_coordination(View& v) {
    if (!(v.has_rel(trigger::rel({"ccomp"})))) return false;
    bool changed = false;
    for (int c = 2; c < v.size(); ++c) {
        const int verb = v.head(c);
        if (v[c].deprel != "ccomp"sv || verb < 0 || verb >= c || v[verb].upos != "VERB"sv) continue;
        int subj = -1;
        bool mark = false, aux = false;
        for (int k : v.kids(c)) {
            if (is_subject(v[k].deprel) && k > verb && k < c) subj = k;
            mark = mark || v[k].deprel == "mark"sv;
            aux = aux || base_rel(v[k].deprel) == "aux";
        }
        if (subj < 0 || mark || !aux || !nominal(v[subj])) continue;
        bool has_obj = false;
        for (int k : v.kids(verb)) has_obj = has_obj || v[k].deprel == "obj"sv;
        if (has_obj) continue;
        int second = -1, cc = -1;
        for (int k : v.kids(subj)) {
            if (v[k].deprel != "conj"sv || k > c || !nominal(v[k])) continue;
            for (int g : v.kids(k)) {
                if (v[g].deprel == "cc"sv && g > 0 && v[g - 1].form == ","sv) cc = g;
            }
            if (cc >= 0) {
                second = k;
                break;
            }
        }
        if (second < 0) continue;
        const std::string subj_rel = v[subj].deprel;
        v.attach(subj, verb, "obj");
        v.attach(second, c, subj_rel.c_str());
        v.attach(c, verb, "conj");
        v.attach(cc, c, "cc");
        v.attach(cc - 1, c, "punct");
        changed = true;
    }
    return changed;
}

// "Several colleges, including Ashworth College and the Tynedale Institute, tested the system":
// the examples of a noun set off by commas right after it belong to that noun, though the
// parser may hang them on the verb.
bool repair_examples_of_noun(View& v) {
    if (!(v.has_word(trigger::word({"including", "such"})))) return false;
    bool changed = false;
    for (int e = 2; e < v.size(); ++e) {
        const bool subject = is_subject(v[e].deprel);
        if ((base_rel(v[e].deprel) != "obl" && !subject) || !nominal(v[e])) continue;
        int marker = -1;
        for (int k : v.kids(e)) {
            const std::string w = ascii::lower(v[k].form);
            if (v[k].deprel == "case"sv && k < e && (w == "including" || w == "such")) marker = k;
        }
        if (marker < 2 || v[marker - 1].form != ","sv) continue;
        int n = marker - 2;  // the end of the noun phrase before the comma: climb to its head
        for (int steps = 0; steps <= v.size() && v.head(n) >= 0 && v.head(n) < marker - 1 && v.head(n) > n - 8 && !nominal(v[n]); ++steps) {
            n = v.head(n);
        }
        while (v.head(n) > n && v.head(n) < marker - 1 && v[n].deprel == "compound"sv) n = v.head(n);
        if (!nominal(v[n]) || v.dominates(e, n) || v.head(e) == n) continue;
        // Only across the noun's own verb: the noun is a subject or object of e's verb.
        if (v.head(n) != v.head(e)) continue;
        if (subject) {
            // "Several councillors, such as Ruth Egan, have backed the plan": the parser may make
            // the example the subject and the noun before it a caseless oblique; the noun is the
            // subject. (An oblique with its own preposition is one: "In many towns, such as X".)
            if (base_rel(v[n].deprel) != "obl") continue;
            bool cased = false;
            for (int k : v.kids(n)) cased = cased || v[k].deprel == "case"sv;
            if (cased) continue;
            const std::string rel = v[e].deprel;
            v.attach(n, v.head(e), rel.c_str());
        }
        v.attach(e, n, "nmod");
        changed = true;
    }
    // "Schools across England, including the Harrow Academy, will close": examples after a comma
    // that the parser hung on a singular name inside the phrase of a plural common noun (the
    // name the object of that noun's preposition, or of a word in its phrase: "boards in the
    // north of Scotland, including") are members of the plural's class, not of the name.
    for (int e = 2; e < v.size(); ++e) {
        if (v[e].deprel != "nmod"sv || !nominal(v[e])) continue;
        int marker = -1;
        for (int k : v.kids(e)) {
            if (v[k].deprel == "case"sv && k < e && ascii::lower(v[k].form) == "including"sv) marker = k;
        }
        const int name = v.head(e);
        if (marker < 2 || v[marker - 1].form != ","sv || name < 0 || name >= marker - 1 || v[name].upos != "PROPN"sv ||
            v[name].xpos != "NNP"sv) {
            continue;
        }
        // Up from the name through the words of its phrase, each head to the left and none a
        // verb, to the first plural common noun, with no comma between it and the name (a
        // misread "the south-west of England" is still one phrase).
        int n = name;
        for (int steps = 0; steps < 8 && !(v[n].upos == "NOUN"sv && v[n].xpos == "NNS"sv); ++steps) {
            const int h = v.head(n);
            if (h < 0 || h >= n || v[h].upos == "VERB"sv || v[h].upos == "AUX"sv) break;
            n = h;
        }
        if (n == name || v[n].upos != "NOUN"sv || v[n].xpos != "NNS"sv) continue;
        bool comma = false;
        for (int k = n + 1; k < name; ++k) comma = comma || v[k].form == ","sv;
        if (comma) continue;
        v.set_head(e, n);
        changed = true;
    }
    return changed;
}

// "competes with larger carmakers including Rover and Saab": "including" with no comma before it
// read as a participle modifying the noun, its examples the participle's object. "including"
// with an object and nothing else of a clause (no subject, auxiliary or adverbial) is the
// preposition UD makes it: its object is an nmod of the noun, "including" its case marker.
bool repair_including_participle(View& v) {
    if (!(v.has_word(trigger::word({"including"})) && v.has_rel(trigger::rel({"acl"})))) return false;
    bool changed = false;
    for (int i = 1; i + 1 < v.size(); ++i) {
        const int n = v.head(i);
        if (v[i].deprel != "acl"sv || n < 0 || n > i || !nominal(v[n]) || !ascii::iequals(v[i].form, "including")) {
            continue;
        }
        int obj = -1;
        bool other = false;
        for (int k : v.kids(i)) {
            if (v[k].deprel == "obj"sv && k > i && nominal(v[k])) {
                obj = k;
            } else if (v[k].upos != "PUNCT"sv) {
                other = true;
            }
        }
        if (obj < 0 || other) continue;
        v.attach(obj, n, "nmod");
        v.attach(i, obj, "case");
        for (int k = 0; k < v.size(); ++k) {
            if (v.head(k) == i && v[k].upos == "PUNCT"sv) v.set_head(k, obj);
        }
        changed = true;
    }
    return changed;
}

bool alphabetic(const std::string& w) {
    if (w.empty()) return false;
    for (char c : w) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    }
    return true;
}

// "a battery start-up", "a follow-up study": the tokenizer splits a hyphenated word as UD does,
// and the parser may scatter its parts. A noun or verb joined by a hyphen to a particle ("up",
// "off", "out", ...) used as a noun is one noun headed by the particle, as UD annotates
// "follow - up"; and the head of any hyphenated word gets the whole word as its lemma
// ("start-up", "co-fund"), so that lexicons see the word, not its last part.
// The particles a hyphenated word may end in ("start-up", "spin-off", "sign-in").
bool hyphen_particle(std::string_view w) {
    static constexpr std::string_view kParticles[] = {"up", "off", "out", "in", "down", "over",
                                                      "on", "back", "away"};
    return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// A particle that ends a hyphenated noun, alone or plural ("start-ups", "lay-offs"); not "in" or
// "on", which an adverb's place leaves ambiguous.
bool particle_form(const std::string& form) {
    std::string w = ascii::lower(form);
    if (w.size() > 2 && w.back() == 's') w.pop_back();
    return w != "in" && w != "on" && hyphen_particle(w);
}

bool nominal_slot(const std::string& r) {
    return r == "nsubj" || r == "nsubj:pass" || r == "obj" || r == "iobj" || r == "obl" || r == "nmod" ||
           r == "appos" || r == "conj" || r == "root";
}

// "the district's after-school programs", "cuts $1m from after-school programs": a preposition
// joined by a hyphen to the noun after it makes one modifier word of the two (UD: the
// preposition the case of that noun, which is a compound of the head noun, as "on-line
// shopping"), not the preposition of the head noun's phrase. The parser may read it as opening a
// phrase on a possessor before it; no such phrase comes right after a possessive "'s", so the
// noun the word modifies is the head, and the possessor its own.
bool repair_hyphened_preposition_after_possessive(View& v) {
    if (!(v.has_word(trigger::word({"-"})) && v.has_tag(trigger::tag({"ADP"})))) return false;
    bool changed = false;
    for (int x = 0; x + 2 < v.size(); ++x) {
        const int d = x + 1, y = x + 2;
        if (v[x].upos != "ADP"sv || v[d].form != "-"sv || v[x].space_after || v[d].space_after) continue;
        if (!alphabetic(v[x].form) || v[y].upos != "NOUN"sv || v[y].deprel != "compound"sv) continue;
        const int z = v.head(y);
        if (z <= y || v.head(x) != z || v[x].deprel != "case"sv || v[z].upos != "NOUN"sv || v.span(z).first > x) continue;
        v.attach(x, y, "case");
        v.attach(d, x, "punct");
        changed = true;
        const int s = x - 1, p = x - 2;
        if (p < 0 || v[s].deprel != "case"sv || (v[s].form != "'s"sv && v[s].form != "'"sv) || v.head(s) != p) continue;
        if (v.head(z) != p || base_rel(v[z].deprel) != "nmod" || v.head(p) == z || v.span(z).first != x) continue;
        v.attach(z, v.head(p), v[p].deprel.c_str());
        v.attach(p, z, "nmod:poss");
    }
    return changed;
}

bool repair_hyphen_words(View& v) {
    if (!(v.has_word(trigger::word({"-"})))) return false;
    bool changed = false;
    for (int d = 1; d + 1 < v.size(); ++d) {
        const int x = d - 1, y = d + 1;
        if (v[d].form != "-"sv || v[x].space_after || v[d].space_after) continue;
        if (!alphabetic(v[x].form) || !alphabetic(v[y].form)) continue;
        const bool particle = hyphen_particle(v[y].lemma);
        if (particle && v[x].upos == "NOUN"sv && v[y].upos != "NOUN"sv && v.head(y) != x &&
            nominal_slot(v[x].deprel) && (v.head(x) < 0 || !v.dominates(y, v.head(x)))) {
            v.set_head(y, v.head(x));
            v.set_deprel(y, v[x].deprel);
            v.set_upos(y, "NOUN");
            v.set_xpos(y, "NN");
            for (int k : v.kids(x)) {
                if (k != y) v.set_head(k, y);
            }
            v.attach(x, y, "compound");
            v.attach(d, y, "punct");
            changed = true;
        }
        // "the battery start-up Voltaris": the particle already heads the word but was read as
        // an adjective of the name; the word is a noun, a compound of the name like "battery".
        if (particle && v[x].upos == "NOUN"sv && v.head(x) == y && v[y].upos == "ADJ"sv && v[y].deprel == "amod"sv &&
            v.head(y) > y && v[v.head(y)].upos == "PROPN"sv) {
            v.set_upos(y, "NOUN");
            v.set_xpos(y, "NN");
            v.set_deprel(y, "compound");
            changed = true;
        }
        // "to fund weight-loss jab": a hyphenated noun pair before a noun that the parser made
        // the first part's apposition (the hyphen read as a comma) modifies that noun, which
        // takes the first part's place.
        if (v[x].upos == "NOUN"sv && v[y].upos == "NOUN"sv && v[y].deprel == "compound"sv && v.head(y) > y) {
            const int z = v.head(y);
            if (v.head(z) == x && v[z].deprel == "appos"sv && nominal(v[z]) && v.span(y).first == y) {
                v.set_head(z, v.head(x));
                v.set_deprel(z, v[x].deprel);
                for (int k : v.kids(x)) {
                    if (k != z && k != d) v.set_head(k, z);
                }
                v.attach(x, y, "compound");
                v.attach(d, x, "punct");
                changed = true;
            }
        }
        // "with Lumora Health, a London start-up that": the particle heads the word but was read
        // as an adverb (or a "goes with" piece) in a noun's place; it is the word's noun, and
        // its lemma the particle itself.
        if (particle_form(v[y].form) && v[x].upos == "NOUN"sv && v.head(x) == y && v[y].upos != "NOUN"sv &&
            v[y].upos != "ADJ"sv && (nominal_slot(v[y].deprel) || v[y].deprel == "parataxis"sv)) {
            const bool plural = v[y].form.back() == 's';
            v.set_upos(y, "NOUN");
            v.set_xpos(y, plural ? "NNS" : "NN");
            std::string lemma = ascii::lower(v[y].form);
            if (plural) lemma.pop_back();
            v.set_lemma(y, lemma);
            changed = true;
        }
        // "Cellora, a start-up spun out of": read as an adjective, but with a determiner of its
        // own in a noun's place (not a predicate's), the word is a noun.
        if (particle_form(v[y].form) && v[x].upos == "NOUN"sv && v.head(x) == y && v[y].upos == "ADJ"sv &&
            v[y].deprel != "root"sv && v[y].deprel != "amod"sv && nominal_slot(v[y].deprel)) {
            bool det = false;
            for (int k : v.kids(y)) det = det || (k < x && v[k].deprel == "det"sv);
            if (det) {
                v.set_upos(y, "NOUN");
                v.set_xpos(y, v[y].form.back() == 's' ? "NNS" : "NN");
                changed = true;
            }
        }
        // "director-general", "secretary-general", "attorney-general": a title after a noun
        // is a noun, whatever "general" is alone.
        if (v.head(x) == y && v[x].upos == "NOUN"sv && v[y].upos == "ADJ"sv &&
            (v[y].form == "general"sv || v[y].form == "General"sv)) {
            v.set_upos(y, "NOUN");
            v.set_xpos(y, "NN");
            changed = true;
        }
        if (v.head(x) == y) {
            std::string joined = v[x].form + "-" + v[y].lemma;
            ascii::lower_in_place(joined);
            if (v[y].lemma != joined) {
                v.set_lemma(y, joined);
                changed = true;
            }
        }
    }
    return changed;
}
// "machines made by Kestrel Diagnostics, a South African company, and ...", "trained by
// Partners for Rural Health (PRH), a non-governmental organisation that ...": an indefinite noun
// phrase set off by a comma right after a name describes that name. The parser may hang it on the
// verb as an apposition (which a verb cannot have) or as a bare oblique; it is the name's
// apposition. Only after a name: "..., a decision that" after a clause is another matter.
// So is a possessed one: "are being sent to St. Anselm in Bethlehem, Keystone Valley's main
// rival, which said".
bool repair_verb_apposition(View& v) {
    if (!((v.has_word(trigger::word({"a", "an"})) || v.has_rel(trigger::rel({"nmod:poss"}))) &&
          v.has_tag(trigger::tag({"NOUN"})))) {
        return false;
    }
    bool changed = false;
    for (int a = 3; a < v.size(); ++a) {
        const int h = v.head(a);
        const std::string& rel = v[a].deprel;
        if (v[a].upos != "NOUN"sv || h < 0 || (v[h].upos != "VERB"sv && v[h].upos != "AUX"sv)) continue;
        // A noun "conjunct" of a verb with no coordinator of its own is no conjunct either.
        bool coordinated = false;
        for (int k : v.kids(a)) coordinated = coordinated || v[k].deprel == "cc"sv;
        // (An "agent" with no "by" is no agent either, nor an object of a passive: "will be
        // covered by Allegheny Mutual, the network's insurer, a spokesman said".)
        bool cased = false, passive = false;
        for (int k : v.kids(a)) cased = cased || v[k].deprel == "case"sv;
        for (int k : v.kids(h)) passive = passive || v[k].deprel == "aux:pass"sv;
        if (rel != "appos" && rel != "obl:unmarked" && rel != "obl:npmod" && (rel != "conj" || coordinated) &&
            (rel != "obl:agent" || cased) && (rel != "obj" || !passive)) {
            continue;
        }
        int s = v.span(a).first;
        if (v[s].form == ","sv) ++s;  // the comma may hang on the apposition
        if (s < 2 || v[s - 1].form != ","sv || s > a) continue;
        const std::string det = ascii::lower(v[s].form);
        bool possessed = false;  // the phrase opens with its possessor ("Keystone Valley's", "its")
        for (int k : v.kids(a)) possessed = possessed || (v[k].deprel == "nmod:poss"sv && k < a && v.span(k).first <= s);
        if (det != "a" && det != "an" && !possessed) continue;
        // The name before the comma, through a closing bracket ("Partners for Rural Health (PRH),")
        // and up its flat parts, complements and apposition.
        int n = s - 2;
        if (v[n].form == ")"sv && v.head(n) >= 0 && v.head(n) < n) n = v.head(n);
        for (int steps = 0; steps < 8 && v.head(n) >= 0 && v.head(n) < n &&
                            (v[n].deprel == "flat"sv || v[n].deprel == "nmod"sv || v[n].deprel == "appos"sv ||
                             v[n].deprel == "compound"sv);
             ++steps) {
            n = v.head(n);
        }
        const bool name = v[n].upos == "PROPN"sv || (v[n].upos == "NOUN"sv && n > 0 && capitalized_word(v[n]));
        if (!name || v.dominates(a, n) || !v.dominates(h, n)) continue;
        v.attach(a, n, "appos");
        changed = true;
    }
    return changed;
}

// "has named Rui Tavares, a veteran banker who ..., as its next chief executive": the parser
// may make the name a complement of the verb and the indefinite description after its comma a
// bare oblique of the verb. With no object of its own, the verb's name is its object and the
// description that name's apposition.
bool repair_name_complement_with_description(View& v) {
    if (!(v.has_rel(trigger::rel({"xcomp"})) && v.has_rel(trigger::rel({"obl:unmarked", "obl:npmod"})) &&
          v.has_word(trigger::word({"a", "an"})))) {
        return false;
    }
    bool changed = false;
    for (int s = 1; s + 3 < v.size(); ++s) {
        if (v[s].upos != "PROPN"sv || v[s].deprel != "xcomp"sv) continue;
        const int verb = v.head(s);
        if (verb < 0 || verb >= s || v[verb].upos != "VERB"sv) continue;
        bool object = false;
        for (int k : v.kids(verb)) object = object || base_rel(v[k].deprel) == "obj"sv || base_rel(v[k].deprel) == "ccomp"sv;
        if (object) continue;
        const int end = v.span(s).second;
        if (end + 2 >= v.size() || v[end + 1].form != ","sv) continue;
        const int det = end + 2;
        const std::string a = ascii::lower(v[det].form);
        if (a != "a" && a != "an") continue;
        const int d = v.head(det);
        if (d <= det || d >= v.size() || v[d].upos != "NOUN"sv || v.head(d) != verb ||
            (v[d].deprel != "obl:unmarked"sv && v[d].deprel != "obl:npmod"sv) || v.span(d).first < end + 1) {
            continue;
        }
        v.attach(s, verb, "obj");
        v.attach(d, s, "appos");
        v.attach(end + 1, d, "punct");
        changed = true;
    }
    return changed;
}

// "is leaving to become managing partner of Atlantis", "remained acting director": after "become"
// or "remain" a gerund right before a noun it took as its object modifies that noun (the
// parser made "managing" the complement and "partner" its object). Nothing else hangs on the
// gerund.
bool repair_gerund_title_after_become(View& v) {
    if (!(v.has_rel(trigger::rel({"xcomp", "obj"})) && v.has_tag(trigger::tag({"VERB"})))) return false;
    bool changed = false;
    for (int g = 1; g + 1 < v.size(); ++g) {
        if (v[g].upos != "VERB"sv || v[g].xpos != "VBG"sv || v[g].deprel != "xcomp"sv) continue;
        const int verb = v.head(g);
        if (verb < 0 || verb >= g || (v[verb].lemma != "become"sv && v[verb].lemma != "remain"sv)) continue;
        const int n = g + 1;
        if (v.head(n) != g || v[n].deprel != "obj"sv || v[n].upos != "NOUN"sv) continue;
        // Nothing else hangs on the gerund but what follows the noun and describes it (an
        // apposition the parser hung there), which goes to the noun.
        bool alone = true;
        for (int k : v.kids(g)) {
            const std::string_view b = base_rel(v[k].deprel);
            alone = alone && (k == n || (k > n && (b == "appos"sv || b == "punct"sv || b == "nmod"sv || b == "acl"sv)));
        }
        if (!alone) continue;
        for (int k : v.kids(g)) {
            if (k != n) v.set_head(k, n);
        }
        v.attach(n, verb, "xcomp");
        v.attach(g, n, "amod");
        v.set_upos(g, "ADJ");
        v.set_xpos(g, "JJ");
        v.set_lemma(g, ascii::lower(v[g].form));
        changed = true;
    }
    return changed;
}

// "In 2016 Haddad co-founded Permasense": a past form tagged a participle whose subject the
// parser made passive, with an object of its own and no auxiliary, is the active past tense (a
// passive needs its "be"; a participle with an object and a subject is no reduced relative).
bool repair_passive_subject_without_auxiliary(View& v) {
    if (!(v.has_rel(trigger::rel({"nsubj:pass"})) && v.has_rel(trigger::rel({"obj"})) && v.has_tag(trigger::tag({"VBN"})))) {
        return false;
    }
    bool changed = false;
    for (int verb = 1; verb < v.size(); ++verb) {
        if (v[verb].upos != "VERB"sv || v[verb].xpos != "VBN"sv) continue;
        int subj = -1, obj = -1;
        bool aux = false;
        for (int k : v.kids(verb)) {
            const std::string_view b = base_rel(v[k].deprel);
            if (v[k].deprel == "nsubj:pass"sv && k < verb) subj = k;
            if (v[k].deprel == "obj"sv && k > verb) obj = k;
            aux = aux || b == "aux"sv || b == "cop"sv;
        }
        if (subj < 0 || obj < 0 || aux) continue;
        v.set_xpos(verb, "VBD");
        v.set_deprel(subj, "nsubj");
        changed = true;
    }
    return changed;
}

// "A graduate of the Nova School, Tavares began his career", "A chemist by training, she
// joined": an indefinite description that opens the sentence and is set off by a comma right
// before the subject name or pronoun describes that subject. The parser may make it a second
// subject of the verb; it is the subject's apposition. (No comma after the name: "A former
// minister, Ana Ruiz, said" is the other way round.) Not a time ("A year later, she joined").
bool repair_opening_description_of_subject(View& v) {
    if (!(v.has_rel(trigger::rel({"nsubj"})) && v.has_word(trigger::word({"a", "an"})))) return false;
    if (v.size() < 6 || v[0].upos != "DET"sv) return false;
    const std::string first = ascii::lower(v[0].form);
    if (first != "a" && first != "an") return false;
    const int d = v.head(0);
    if (d <= 0 || d >= v.size() || v[d].upos != "NOUN"sv || v[d].deprel != "nsubj"sv || time_word_or_plural(v[d])) {
        return false;
    }
    const int verb = v.head(d);
    if (verb <= d || verb >= v.size() || v[verb].upos != "VERB"sv) return false;
    auto [left, right] = v.span(d);
    if (right > d && v[right].form == ","sv) --right;  // the comma may hang on the description
    if (left != 0 || right + 2 >= verb || v[right + 1].form != ","sv) return false;
    int s = -1;  // the subject's head: a name of several words starts right after the comma
    for (int k : v.kids(verb)) {
        if (k != d && is_subject(v[k].deprel) && v.span(k).first == right + 2) s = k;
    }
    if (s < 0) return false;
    const bool name = v[s].upos == "PROPN"sv;
    const bool pronoun = v[s].upos == "PRON"sv && v[s].xpos == "PRP"sv;
    if (!name && !pronoun) return false;
    const int end = v.span(s).second;
    if (end + 1 >= v.size() || v[end + 1].form == ","sv || end + 1 > verb) return false;
    v.attach(d, s, "appos");
    v.attach(right + 1, d, "punct");
    return true;
}

// "Its president, Joseph Mwale, called on ...": a role with its possessor, then the name of
// who holds it between commas, then the verb. The parser may make the role a bare oblique of the
// verb and the name its subject; in UD the role is the subject and the name its apposition. A
// description that opens the sentence with its article does the same ("A smaller union, Unite,
// has backed it").
bool repair_role_before_subject(View& v) {
    if (!((v.has_rel(trigger::rel({"nmod:poss"})) || v.has_word(trigger::word({"a", "an", "the"}))) &&
          v.has_rel(trigger::rel({"obl:unmarked", "obl:npmod"})))) return false;
    bool changed = false;
    for (int r = 1; r + 3 < v.size(); ++r) {
        const int h = v.head(r);
        const std::string& rel = v[r].deprel;
        if (v[r].upos != "NOUN"sv || h <= r || (rel != "obl:unmarked" && rel != "obl:npmod")) continue;
        if (v[h].upos != "VERB"sv) continue;
        bool possessed = false;
        for (int k : v.kids(r)) {
            possessed = possessed || v[k].deprel == "nmod:poss"sv ||
                        (k == 0 && v[k].deprel == "det"sv &&
                         (ascii::lower(v[k].form) == "a" || ascii::lower(v[k].form) == "an" || ascii::lower(v[k].form) == "the"));
        }
        if (!possessed || v.span(r).second > r + 1 || v[r + 1].form != ","sv) continue;
        const int s = r + 2;
        if (v[s].upos != "PROPN"sv || v.head(s) != h || !is_subject(v[s].deprel)) continue;
        // "The council's leader, Samuel Okafor, said": the parser may hang the closing comma on
        // the name, so that the name's phrase ends with it.
        int close = v.span(s).second;
        if (v[close].form != ","sv) ++close;
        if (close >= h || v[close].form != ","sv) continue;
        const std::string subj_rel = v[s].deprel;
        v.attach(r, h, subj_rel.c_str());
        v.attach(s, r, "appos");
        v.attach(r + 1, s, "punct");
        v.attach(close, s, "punct");
        changed = true;
    }
    return changed;
}

// "Brandt's head of research, Klaus Vetter, said": a name in apposition renames a phrase, not a
// bare lower-case field inside it ("research", "marketing", "finance" take no determiner and no
// name); the parser may hang the name on that field. It renames the noun whose "of" phrase the
// field is.
bool repair_field_apposition(View& v) {
    bool changed = false;
    for (int a = 3; a < v.size(); ++a) {
        if (v[a].deprel != "appos"sv || v[a].upos != "PROPN"sv) continue;
        const int field = v.head(a);
        if (field < 2 || field >= a || v[field].upos != "NOUN"sv || base_rel(v[field].deprel) != "nmod"sv) continue;
        if (v[field].form.empty() || !std::islower(static_cast<unsigned char>(v[field].form[0]))) continue;
        bool of = false, bare = true;
        for (int k : v.kids(field)) {
            if (k > field) continue;
            of = of || (v[k].deprel == "case"sv && v[k].form == "of"sv && k + 1 == field);
            bare = bare && v[k].deprel == "case"sv;
        }
        const int role = v.head(field);
        if (!of || !bare || role < 0 || role >= field || v[role].upos != "NOUN"sv) continue;
        v.set_head(a, role);
        changed = true;
    }
    return changed;
}

// "competes with Vireo and Calloway, both of which are developing rival drugs": "both of which"
// ("all of whom", "some of which", ...) after a comma is the subject of a relative clause on the
// phrase before the comma. The parser may take the clause for an adverbial one, with the
// preposition before that phrase as its marker and the phrase as its oblique.
bool repair_quantified_relative(View& v) {
    bool changed = false;
    for (int w = 3; w < v.size(); ++w) {
        if (v[w].form != "which"sv && v[w].form != "whom"sv) continue;
        const int q = w - 2;
        if (v[w - 1].form != "of"sv || v.head(w) != q || v[q - 1].form != ","sv) continue;
        const int verb = v.head(q);
        if (verb <= w || !is_subject(v[q].deprel) || v[verb].deprel == "acl:relcl"sv) continue;
        // The phrase before the comma: climb from its last word through nominal heads before it.
        int x = q - 2;
        while (v.head(x) >= 0 && v.head(x) < x && nominal(v[v.head(x)])) x = v.head(x);
        if (!nominal(v[x]) || x < 1) continue;
        if (v.head(x) == verb) {
            // The phrase was the clause's oblique: it goes back to the clause's own head, with
            // the clause's marker before it as its preposition.
            const int outer = v.head(verb);
            if (outer < 0) continue;
            v.attach(x, outer, v[x].deprel == "obj"sv ? "obj" : "obl");
            for (int k : v.kids(verb)) {
                if (k < x && v[k].upos == "ADP"sv) v.attach(k, x, "case");
            }
        }
        if (v.dominates(verb, x)) continue;
        v.attach(verb, x, "acl:relcl");
        changed = true;
    }
    return changed;
}

// "the Department of Health and Social Care": inside a capitalised name, a run of capitalised
// words after "and" that follows the name's "of" (or "for") phrase coordinates with that
// phrase's noun ("Health and Social Care"), as in "Ministry of Science and Technology"; the
// parser may hang the run on the name's head as a second name.
bool repair_coordinated_complement(View& v) {
    bool changed = false;
    for (int c = 3; c + 1 < v.size(); ++c) {
        if (v[c].form != "and"sv) continue;
        const int x = c - 1, n = v.head(x);
        if (n < 0 || n >= x - 1 || !capitalized_word(v[x]) || !capitalized_word(v[n]) ||
            base_rel(v[x].deprel) != "nmod"sv || (v[x - 1].form != "of"sv && v[x - 1].form != "for"sv)) {
            continue;
        }
        int e = c + 1;
        while (e + 1 < v.size() && capitalized_word(v[e + 1]) &&
               (v[e + 1].upos == "PROPN"sv || v[e + 1].upos == "NOUN"sv || v[e + 1].upos == "ADJ"sv)) {
            ++e;
        }
        // Common words only ("Social Care", "Technology"): a run with a proper noun is a name of
        // its own ("the University of Tokyo and Seoul National University").
        bool words = true;
        for (int k = c + 1; k <= e; ++k) {
            words = words && capitalized_word(v[k]) && (v[k].upos == "NOUN"sv || v[k].upos == "ADJ"sv);
        }
        if (!words || v.head(e) != n || base_rel(v[e].deprel) != "conj"sv) continue;
        v.attach(e, x, "conj");
        changed = true;
    }
    return changed;
}

// "The National Association of Head Teachers said": a capitalised name with an "of" phrase of
// two or more capitalised words; the parser may take the phrase's last word for the head of the
// whole, with the name's head its compound and the "of" phrase cut after its first word. The
// name's head heads the phrase again and the "of" phrase is whole.
bool repair_name_of_compound(View& v) {
    bool changed = false;
    for (int w = 1; w + 3 < v.size(); ++w) {
        const int h = v.head(w);
        if (v[w].deprel != "compound"sv || h <= w + 2 || !capitalized_word(v[w]) || v[w].upos != "PROPN"sv) continue;
        if (v[w + 1].form != "of"sv) continue;
        const int first = w + 2;
        if (v.head(first) != w || base_rel(v[first].deprel) != "nmod"sv) continue;
        bool run = true;
        for (int k = first; k <= h; ++k) run = run && capitalized_word(v[k]) && (v[k].upos == "PROPN"sv || v[k].upos == "NOUN"sv);
        if (!run || v.head(w + 1) != first) continue;
        v.attach(w, v.head(h), v[h].deprel.c_str());
        for (int k : v.kids(h)) {
            if (k < w) v.set_head(k, w);  // "The", "National" belong to the name's head
        }
        v.attach(h, w, "nmod");
        v.attach(w + 1, h, "case");
        for (int k = first; k < h; ++k) {
            if (v.head(k) == w || v.head(k) == h || (k > first && v.head(k) == first)) v.attach(k, h, "compound");
        }
        changed = true;
    }
    return changed;
}

// "welcomed by the National Association of Head Teachers, which represents": capitalised words
// right after a name's "of" with no comma between them are one name ("Head Teachers"); the parser
// may hang the first on "of" and make the last an apposition of the name's head, but an
// apposition is set off by a comma. The last word becomes the "of" phrase's head, the words before
// it its compounds, and a relative clause set off after it describes the whole name.
bool repair_name_of_apposition(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"nmod"})) &&
          v.has_tag(trigger::tag({"PROPN"})) && v.has_word(trigger::word({"of"})))) {
        return false;
    }
    bool changed = false;
    for (int t = 3; t < v.size(); ++t) {
        const int a = v.head(t);
        if (v[t].deprel != "appos"sv || v[t].upos != "PROPN"sv || !capitalized_word(v[t]) || a < 0 || a >= t) continue;
        // The first word of the "of" phrase: an nmod of the name's head right after "of".
        int w = -1;
        for (int k = a + 2; k < t; ++k) {
            if (v.head(k) == a && base_rel(v[k].deprel) == "nmod"sv && v[k - 1].form == "of"sv && v.head(k - 1) == k) w = k;
        }
        if (w < 0 || v[a].upos != "PROPN"sv || !capitalized_word(v[a])) continue;
        bool run = true;
        for (int k = w; k < t; ++k) {
            run = run && capitalized_word(v[k]) && (v[k].upos == "PROPN"sv || v[k].upos == "NOUN"sv);
        }
        if (!run) continue;
        bool other = false;
        for (int c : v.kids(w)) other = other || (c != w - 1 && (c < w || c > t));
        if (other) continue;
        v.attach(t, a, v[w].deprel.c_str());
        v.attach(w - 1, t, "case");
        for (int k = w; k < t; ++k) {
            if (v.head(k) == a || v.head(k) == w) v.attach(k, t, "compound");
        }
        for (int c : v.kids(t)) {
            if (v[c].deprel == "acl:relcl"sv && c > t + 1 && v[t + 1].form == ","sv) v.set_head(c, a);
        }
        changed = true;
    }
    return changed;
}

// The lemma of a regular past form in "-ed" the tagger did not know as a verb: "unveiled" ->
// "unveil", "approved" -> "approve", "organised" -> "organise", "planned" -> "plan".
std::string past_form_lemma(const std::string& form) {
    std::string stem = form.substr(0, form.size() - 2);
    const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
    const std::size_t n = stem.size();
    if (n < 3) return stem;
    const char a = stem[n - 2], b = stem[n - 1];
    if ((n > 4 && (form.ends_with("ised") || form.ends_with("ized") ||
                   (form.ends_with("ated") && !form.ends_with("eated")))) ||
        b == 'v' || b == 'u' || (b == 'c' && a != 'k') || (b == 'g' && a != 'g' && a != 'n') ||
        (b == 'z' && a != 'z') || (b == 's' && (a == 'a' || a == 'o' || a == 'i' || a == 'u'))) {
        return stem + "e";
    }
    // A doubled final consonant after one vowel ("planned", "committed"), but not "ll", "ss",
    // "ff" or "dd", which the lemma keeps ("called", "added").
    if (a == b && !vowel(b) && b != 'l' && b != 's' && b != 'f' && b != 'd' && vowel(stem[n - 3])) stem.pop_back();
    return stem;
}

// "The plan, unveiled on Wednesday by the ministry, would ...": a past form in "-ed" right after
// the comma that follows a noun, which the tagger read as an adjective and the parser as that
// noun's modifier, is a participle when a "by" phrase inside its own phrase, closed by a comma,
// names a doer: it modifies the noun as a clause, and the "by" phrase, which the parser hung on
// a noun within (the time before it), is its agent.
bool repair_adjective_participle_agent(View& v) {
    if (!(v.has_rel(trigger::rel({"amod", "acl", "acl:relcl"})) && v.has_word(trigger::word({"by"})))) {
        return false;
    }
    bool changed = false;
    for (int p = 2; p + 3 < v.size(); ++p) {
        const std::string form = ascii::lower(v[p].form);
        // (Or a past tense the parser made a relative clause with no relative pronoun or subject.)
        const bool adjective = v[p].upos == "ADJ"sv && v[p].deprel == "amod"sv;
        const bool reduced = v[p].upos == "VERB"sv && (v[p].xpos == "VBD"sv || v[p].xpos == "VBN"sv) &&
                             (v[p].deprel == "acl:relcl"sv || v[p].deprel == "acl"sv);
        if (!(adjective || reduced) || v[p - 1].form != ","sv || form.size() < 5 ||
            form.compare(form.size() - 2, 2, "ed") != 0) {
            continue;
        }
        const int h = v.head(p);
        if (h < 0 || h >= p - 1 || !nominal(v[h])) continue;
        bool own = false;  // a subject or auxiliary of its own: a clause, not a participle
        for (int k : v.kids(p)) own = own || is_subject(v[k].deprel) || base_rel(v[k].deprel) == "aux";
        if (own) continue;
        const auto [first, last] = v.span(p);
        if ((first != p && first != p - 1) || last + 1 >= v.size() || v[last + 1].form != ","sv) continue;
        int agent = -1;
        for (int a = p + 2; a <= last && agent < 0; ++a) {
            if (!nominal(v[a]) || v.head(a) == p || base_rel(v[a].deprel) != "nmod"sv) continue;
            for (int c : v.kids(a)) {
                if (c < a && v[c].deprel == "case"sv && ascii::iequals(v[c].form, "by")) agent = a;
            }
        }
        if (agent < 0) continue;
        v.set_upos(p, "VERB");
        v.set_xpos(p, "VBN");
        if (adjective) v.set_lemma(p, past_form_lemma(form));
        v.set_deprel(p, "acl");
        v.attach(agent, p, "obl:agent");
        changed = true;
    }
    return changed;
}

// "The school, led by the dean Dr Ann Lee, was funded by the bank": the parser may take the
// participle's "by" phrase for the passive subject of the verb after the second comma, and hang
// that verb on the participle as its agent. The phrase after "by" is the participle's agent, and
// the verb a clause of its own (which the repair below makes the root).
bool split_agent_taken_for_subject(View& v, int p) {
    for (int verb : v.kids(p)) {
        if (verb <= p || v[verb].upos != "VERB"sv || v[verb].deprel != "obl:agent"sv) continue;
        int s = -1, by = -1;
        for (int g : v.kids(verb)) {
            if (g < verb && v[g].deprel == "nsubj:pass"sv && nominal(v[g])) s = g;
            if (g < verb && v[g].deprel == "case"sv && ascii::iequals(v[g].form, "by")) by = g;
        }
        if (s < 0 || by < 0 || v.span(s).first <= by) continue;
        // Nothing but the phrase's own words between "by" and the phrase.
        // (a determiner the parser hung on the verb is the phrase's).
        bool clean = true;
        for (int k = by + 1; k < v.span(s).first; ++k) {
            clean = clean && (v.dominates(s, k) || (v[k].upos == "DET"sv && v.head(k) == verb));
        }
        const auto [lo, hi] = v.span(s);
        const int comma = v[hi].form == ","sv ? hi : hi + 1;
        if (!clean || comma >= verb || v[comma].form != ","sv) continue;
        for (int k = by + 1; k < lo; ++k) {
            if (v.head(k) == verb) v.attach(k, s, "det");
        }
        if (v.head(comma) != verb) v.attach(comma, verb, "punct");
        v.attach(s, p, "obl:agent");
        v.attach(by, s, "case");
        v.attach(verb, p, "parataxis");
        // What the parser hung on the participle after the verb is the verb's.
        for (int k : v.kids(p)) {
            if (k > verb) v.set_head(k, verb);
        }
        return true;
    }
    return false;
}

// The same with the noun the root and the participle its clause: the verb after the second comma
// is the root, and the noun its subject.
bool repair_split_agent_on_nominal_root(View& v) {
    if (!(v.has_rel(trigger::rel({"obl:agent", "acl"})) && v.has_word(trigger::word({"by"})))) return false;
    const int n = v.root();
    if (n < 0 || !nominal(v[n])) return false;
    for (int p : v.kids(n)) {
        if (p <= n + 1 || v[p].deprel != "acl"sv || v[p].xpos != "VBN"sv || v[p - 1].form != ","sv) continue;
        if (!split_agent_taken_for_subject(v, p)) continue;
        int verb = -1;
        for (int k : v.kids(p)) {
            if (verb < 0 && k > p && v[k].deprel == "parataxis"sv) verb = k;
        }
        if (verb < 0) return true;
        bool passive = false;
        for (int g : v.kids(verb)) passive = passive || v[g].deprel == "aux:pass"sv;
        v.attach(verb, -1, "root");
        v.attach(n, verb, passive ? "nsubj:pass" : "nsubj");
        for (int k : v.kids(n)) {
            if (k > verb) v.set_head(k, verb);
        }
        return true;
    }
    return false;
}

// "The report recommends that the Home Office fund a new model", "urged that the council audit
// every contract": a "that" clause after a verb needs a verb of its own; in a mandative clause
// it is the bare form, which the tagger may take for a singular noun closing the subject's
// phrase. A singular common noun right before a determiner, after a noun phrase of determiners,
// adjectives and nouns that opens the clause, in a clause with no verb before its end (a comma, a
// coordinator or a subordinator), is the clause's verb: the phrase before it its subject, the
// phrase after it its object.
bool repair_mandative_verb(View& v) {
    if (!(v.has_word(trigger::word({"that"})) && v.has_tag(trigger::tag({"SCONJ"})))) return false;
    const int n = v.size();
    for (int i = 1; i + 4 < n; ++i) {
        if (v[i].upos != "SCONJ"sv || !ascii::iequals(v[i].form, "that") || v[i - 1].upos != "VERB"sv) continue;
        int w = i + 1;
        while (w < n && (v[w].upos == "DET"sv || v[w].upos == "ADJ"sv || v[w].upos == "PROPN"sv ||
                         (v[w].upos == "NOUN"sv && !(w + 1 < n && (v[w + 1].upos == "DET"sv || v[w + 1].xpos == "PRP$"sv))))) {
            ++w;
        }
        if (w + 2 >= n || w < i + 3 || v[w].upos != "NOUN"sv || v[w].xpos != "NN"sv || !nominal(v[w - 1]) ||
            v[w].form.empty() || v[w].form[0] < 'a' || v[w].form[0] > 'z') {
            continue;
        }
        if (v[w + 1].upos != "DET"sv && v[w + 1].xpos != "PRP$"sv) continue;
        int end = w + 1;  // the clause's end, exclusive
        bool verb = false;
        while (end < n && v[end].upos != "PUNCT"sv && v[end].upos != "CCONJ"sv && v[end].upos != "SCONJ"sv) {
            verb = verb || v[end].upos == "VERB"sv || v[end].upos == "AUX"sv;
            ++end;
        }
        if (verb) continue;
        auto inside = [&](int k) { return k >= i && k < end; };
        int top = -1;  // the clause's word the parser hung outside it
        for (int k = i; k < end; ++k) {
            if (!inside(v.head(k)) && (top < 0 || v.head(k) == i - 1)) top = k;
        }
        const int o = v.head(w + 1);
        if (top < 0 || v.head(top) != i - 1 || o <= w + 1 || o >= end || !nominal(v[o])) continue;
        const int gov = i - 1;
        const int s = w - 1;
        v.set_upos(w, "VERB");
        v.set_xpos(w, "VB");
        v.set_lemma(w, v[w].form);
        v.attach(w, gov, "ccomp");
        for (int k = 0; k < n; ++k) {
            if (k != w && !inside(k) && inside(v.head(k))) v.set_head(k, w);
        }
        v.attach(i, w, "mark");
        v.attach(s, w, "nsubj");
        for (int k = i + 1; k < s; ++k) {
            if (v.head(k) < i + 1 || v.head(k) >= s) v.set_head(k, s);
        }
        v.attach(o, w, "obj");
        for (int k = w + 1; k < end; ++k) {
            if (k != o && (v.head(k) <= w || v.head(k) >= end)) v.set_head(k, o);
        }
        return true;
    }
    return false;
}

// "paid for half of the development costs.": a present-tense form the parser itself gave a
// nominal role (an object), with nothing of its own, closing the sentence right after a noun whose
// phrase opens with a determiner, is that phrase's plural head; the noun before it is its
// compound ("the development costs", "the training fees").
bool repair_verb_closing_noun_phrase(View& v) {
    const int n = v.size();
    for (int w = 3; w + 1 < n; ++w) {
        const std::string form = ascii::lower(v[w].form);
        if (v[w].upos != "VERB"sv || v[w].xpos != "VBZ"sv || form.size() < 4 || form.back() != 's' ||
            form.ends_with("ss") || base_rel(v[w].deprel) != "obj"sv || v[w + 1].form != "."sv || w + 2 != n ||
            !v.kids(w).empty()) {
            continue;
        }
        const int x = w - 1;
        if (v[x].upos != "NOUN"sv || v[x].xpos != "NN"sv || v.head(x) >= x || v.head(x) < 0) continue;
        bool det = false;
        for (int k : v.kids(x)) det = det || (k < x && v[k].upos == "DET"sv);
        if (!det) continue;
        v.set_upos(w, "NOUN");
        v.set_xpos(w, "NNS");
        v.set_lemma(w, form.ends_with("ies") ? form.substr(0, form.size() - 3) + "y" : form.substr(0, form.size() - 1));
        const std::string rel = v[x].deprel;
        v.attach(w, v.head(x), rel.c_str());
        for (int k : v.kids(x)) v.set_head(k, w);
        v.attach(x, w, "compound");
        return true;
    }
    return false;
}

// "The programme, called Steady Minds, is funded by ...", "The plant, built in 1990, was
// closed": a past participle set off by commas after the subject modifies it; the parser may
// take the participle for the sentence's verb, with the subject its own and the real verb
// hung on it. The verb after the second comma, with no subject of its own, is the root again.
bool repair_participle_between_commas(View& v) {
    for (int p = 2; p + 3 < v.size(); ++p) {
        // ("called" may be tagged a past tense: between commas after the subject it is none.)
        if (v.head(p) != -1 || (v[p].xpos != "VBN"sv && v[p].xpos != "VBD"sv) || v[p - 1].form != ","sv) continue;
        const bool split = split_agent_taken_for_subject(v, p);
        int subj = -1;
        bool aux = false;
        for (int k : v.kids(p)) {
            if (v[k].deprel == "nsubj"sv && k < p) subj = k;
            aux = aux || base_rel(v[k].deprel) == "aux"sv;
        }
        // The subject's phrase ends at the first comma (which may hang on it).
        if (subj < 0 || aux || v.span(subj).second < p - 2) continue;
        int verb = -1;
        // "The report, published on Monday by the Halden Institute, finds that ...": the verb
        // may also hang on a noun of the participle's phrase (its agent) as a relative clause,
        // which after a comma has a relative word of its own; with none it is the main verb.
        auto cands = v.kids(p);
        for (int k = p + 2; k < v.size(); ++k) {
            int h = v.head(k);
            if (h <= p || h >= k || v[k].deprel != "acl:relcl"sv || !nominal(v[h])) continue;
            for (int steps = 0; steps < 6 && h > p && nominal(v[h]); ++steps) h = v.head(h);
            if (h == p) cands.push_back(k);
        }
        for (int k : cands) {
            // A verb right after the second comma is the main verb too ("The network, founded in
            // 2009 by chefs, said"), unless a coordinator joins it to the participle.
            bool cc = false;
            for (int g : v.kids(k)) cc = cc || v[g].deprel == "cc"sv;
            if (k <= p || v[k].upos != "VERB"sv || cc) continue;
            const bool relcl = v[k].deprel == "acl:relcl"sv;
            const auto r = base_rel(v[k].deprel);
            if (r != "advcl"sv && r != "conj"sv && r != "parataxis"sv && r != "ccomp"sv && !relcl) {
                continue;
            }
            bool own_subject = false;
            bool finite = v[k].xpos == "VBD"sv || v[k].xpos == "VBZ"sv || v[k].xpos == "VBP"sv;
            int first = k;
            for (int g : v.kids(k)) {
                own_subject = own_subject || is_subject(v[g].deprel) || v[g].upos == "SCONJ"sv;
                finite = finite || base_rel(v[g].deprel) == "aux"sv;
                if (g < first && v[g].upos != "PUNCT"sv) first = g;
            }
            // The second comma closes the participle's phrase right before the verb's own words.
            if (own_subject || !finite || first < 1 || v[first - 1].form != ","sv) continue;
            verb = k;
            break;
        }
        if (verb < 0) {
            if (split) return true;
            continue;
        }
        bool passive = false;
        for (int g : v.kids(verb)) passive = passive || v[g].deprel == "aux:pass"sv;
        v.attach(verb, -1, "root");
        v.attach(subj, verb, passive ? "nsubj:pass" : "nsubj");
        v.attach(p, subj, "acl");
        v.set_xpos(p, "VBN");
        for (int k : v.kids(p)) {
            if (k > v.span(verb).first && v[k].upos == "PUNCT"sv) v.set_head(k, verb);
        }
        return true;
    }
    return false;
}

// "four institutes: the Goethe-Institut, the Institut francais, the British Council and the
// Instituto Cervantes": in a list "A, B, C and D" the parser may make C the apposition of B and
// hang D on C. A name set off by a comma after a conjunct, that itself carries the list's last
// conjunct with its coordinator, is a list item too: C and D are conjuncts of the list's first
// item. (A plain apposition of a conjunct, "A and B, a start-up,", has no coordinated item.)
bool repair_appositive_list_item(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"conj"})) &&
          v.has_tag(trigger::tag({"CCONJ"})))) return false;
    for (int c = 3; c < v.size(); ++c) {
        if (v[c].deprel != "appos"sv || v[c].upos != "PROPN"sv) continue;
        const int b = v.head(c);
        if (b < 0 || b >= c || v[b].deprel != "conj"sv) continue;
        const int a = v.head(b);
        if (a < 0 || a >= b) continue;
        const int start = v.span(c).first;
        const int comma = v[start].form == ","sv ? start : start - 1;
        if (comma <= b || v[comma].form != ","sv) continue;
        int last = -1;
        bool coordinated = false;
        for (int k : v.kids(c)) {
            if (k > c && v[k].deprel == "conj"sv) {
                last = k;
                for (int g : v.kids(k)) coordinated = coordinated || (v[g].deprel == "cc"sv && v[g].upos == "CCONJ"sv);
            }
        }
        if (last < 0 || !coordinated || !nominal(v[last])) continue;
        v.attach(c, a, "conj");
        if (v.head(comma) != c) v.attach(comma, c, "punct");
        for (int k : v.kids(c)) {
            if (k > c && v[k].deprel == "conj"sv) v.set_head(k, a);
        }
        return true;
    }
    return false;
}

// "spend the money on staff, equipment or travel": in a list of bare common nouns the parser may
// make the second item the first's apposition and hang the last on it. A bare singular noun (no
// determiner, possessive or number) after a comma, carrying a coordinated bare conjunct, with a
// singular uncounted noun before the comma, is a list item: both are the first item's conjuncts.
// (A plural or counted noun can be the class the items name: "two sectors, health and energy".)
bool repair_bare_appositive_list(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"conj"})) &&
          v.has_tag(trigger::tag({"CCONJ"})))) return false;
    auto bare = [&](int x, int skip = -1) {
        if (v[x].upos != "NOUN"sv) return false;
        for (int k : v.kids(x)) {
            const std::string_view r = base_rel(v[k].deprel);
            if (k == skip) continue;
            if (r == "det" || r == "nmod" || r == "nummod" || r == "appos") return false;
        }
        return true;
    };
    bool changed = false;
    for (int c = 2; c < v.size(); ++c) {
        if (v[c].deprel != "appos"sv || v[c].xpos != "NN"sv || v[c - 1].form != ","sv || !bare(c)) continue;
        const int a = v.head(c);
        if (a < 0 || a + 2 != c || v[a].xpos != "NN"sv || !bare(a, c)) continue;
        int last = -1;
        for (int k : v.kids(c)) {
            if (k <= c || v[k].deprel != "conj"sv || !bare(k)) continue;
            for (int g : v.kids(k)) {
                if (v[g].deprel == "cc"sv && v[g].upos == "CCONJ"sv) last = k;
            }
        }
        if (last < 0) continue;
        v.attach(c, a, "conj");
        v.set_head(last, a);
        changed = true;
    }
    return changed;
}

// "the Pennard Institute for Data Science, a centre founded in 2019": "for" and the name after
// it read as the subject of the participle ("for X founded"), which no clause has without "to".
// A name right after "for" that ends a name is that name's complement; a description in
// apposition to it describes the whole name, and the participle is the description's.
bool repair_for_name_subject_of_participle(View& v) {
    if (!(v.has_word(trigger::word({"for"})) && v.has_rel(trigger::rel({"mark"})) && v.has_tag(trigger::tag({"VBN"})))) {
        return false;
    }
    for (int f = 3; f < v.size(); ++f) {
        if (v[f].upos != "VERB"sv || v[f].xpos != "VBN"sv) continue;
        int m = -1, s = -1;
        bool other = false;
        for (int k : v.kids(f)) {
            if (v[k].deprel == "mark"sv && ascii::iequals(v[k].form, "for")) m = k;
            else if (v[k].deprel == "nsubj"sv) s = k;
            else if (base_rel(v[k].deprel) == "aux" || v[k].deprel == "mark"sv) other = true;
        }
        if (other || m < 1 || s != m + 1 || v[s].upos != "PROPN"sv) continue;
        const int n = v.head(f);
        if (n != m - 1 || v[n].upos != "PROPN"sv) continue;
        int description = -1;
        for (int k : v.kids(s)) {
            if (v[k].deprel == "appos"sv && k > s && k < f) description = k;
        }
        v.attach(s, n, "nmod");
        v.attach(m, s, "case");
        if (description >= 0) {
            v.set_head(description, n);
            v.attach(f, description, "acl");
        }
        return true;
    }
    return false;
}

// "The maps are hosted by X, a facility in Boulder, Colorado, that is run by Y.": a verb whose
// subject is "that" right after a comma and a nominal, which the parser made the root over the
// earlier clause (a subject of its own, no subordinator) or a conjunct of that clause's verb
// with no coordinator, is a relative clause; the earlier clause is the sentence's. The relative
// clause modifies the nominal, past place names set off in apposition or after "in"/"at".
bool repair_that_relative_root(View& v) {
    if (!(v.has_word(trigger::word({"that"})) && v.has_rel(trigger::rel({"advcl", "conj"})))) return false;
    // The place names a relative clause passes over to reach the noun they locate.
    auto past_places = [&](int n) {
        for (int steps = 0; steps < 3 && v[n].upos == "PROPN"sv && v.head(n) >= 0 && v.head(n) < n; ++steps) {
            bool located = v[n].deprel == "appos"sv && v[v.head(n)].upos == "PROPN"sv;
            for (int k : v.kids(n)) {
                located = located || (v[n].deprel == "nmod"sv && k < n && v[k].deprel == "case"sv &&
                                      (ascii::iequals(v[k].form, "in") || ascii::iequals(v[k].form, "at")));
            }
            if (!located) break;
            n = v.head(n);
        }
        return n;
    };
    for (int r = 4; r < v.size(); ++r) {
        if (v[r].upos != "VERB"sv) continue;
        int s = -1;
        bool cc = false;
        for (int k : v.kids(r)) {
            if (is_subject(v[k].deprel) && ascii::iequals(v[k].form, "that") && k < r) s = k;
            cc = cc || v[k].deprel == "cc"sv;
        }
        if (s < 3 || v[s - 1].form != ","sv || !nominal(v[s - 2]) || v[s - 2].upos == "PRON"sv) continue;
        const int h = v.head(r);
        // Made a conjunct of the earlier clause's verb, with no coordinator. (Not a parataxis:
        // ", that means ..." is a demonstrative opening a sentence spliced on with a comma.)
        if (v[r].deprel == "conj"sv && !cc && h >= 0 && h < s &&
            v[h].upos == "VERB"sv && v.dominates(h, s - 2)) {
            v.attach(r, past_places(s - 2), "acl:relcl");
            return true;
        }
        // Made the root, with the earlier clause (a subject of its own, no subordinator) its
        // adverbial clause.
        if (h != -1) continue;
        int p = -1;
        for (int k : v.kids(r)) {
            if (v[k].deprel != "advcl"sv || k >= s - 1 || v[k].upos != "VERB"sv) continue;
            bool subject = false, mark = false;
            for (int g : v.kids(k)) {
                subject = subject || is_subject(v[g].deprel);
                mark = mark || v[g].deprel == "mark"sv;
            }
            if (subject && !mark) p = k;
        }
        if (p < 0 || !v.dominates(p, s - 2)) continue;
        v.set_head(p, -1);
        v.set_deprel(p, "root");
        for (int k : v.kids(r)) {
            if (k != s && (k < s - 1 || (v[k].upos == "PUNCT"sv && k == v.size() - 1))) v.set_head(k, p);
        }
        v.attach(r, past_places(s - 2), "acl:relcl");
        return true;
    }
    return false;
}

// "Ifremer, the French institute for ocean science, Norway's Institute of Marine Geodesy and the
// Brazilian Oceanographic Institute": a name set off by a comma that the parser made the
// apposition (or a conjunct) of a common noun inside the description of an earlier name, and that carries the
// list's last item with its coordinator (or whose "of" complement does, the item having a
// determiner of its own, so no part of the name), is a list item: it and the last item are
// conjuncts of the earlier name. A name does not describe a common noun.
bool repair_list_after_described_name(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"conj"})) &&
          v.has_tag(trigger::tag({"CCONJ"})))) {
        return false;
    }
    for (int c = 4; c < v.size(); ++c) {
        const int b = v.head(c);
        if ((v[c].deprel != "appos"sv && v[c].deprel != "conj"sv) || v[c].upos != "PROPN"sv || b < 0 || b >= c ||
            v[b].upos != "NOUN"sv) {
            continue;
        }
        const int start = v.span(c).first;
        const int comma = v[start].form == ","sv ? start : start - 1;
        if (comma <= b || v[comma].form != ","sv) continue;
        int d = b;
        for (int steps = 0; steps < 4 && v[d].deprel == "nmod"sv && v.head(d) >= 0; ++steps) d = v.head(d);
        const int a = v.head(d);
        if (v[d].deprel != "appos"sv || v[d].upos != "NOUN"sv || a < 0 || a >= d || v[a].upos != "PROPN"sv) continue;
        auto coordinated = [&](int k, bool own_det) {
            bool cc = false, det = false;
            for (int g : v.kids(k)) {
                cc = cc || (v[g].deprel == "cc"sv && v[g].upos == "CCONJ"sv && g < k);
                det = det || (v[g].deprel == "det"sv && g < k);
            }
            return cc && (!own_det || det);
        };
        // (Made a conjunct of the noun, it has no coordinator, and the last item may be the
        // noun's conjunct too.)
        if (v[c].deprel == "conj"sv && coordinated(c, false)) continue;
        int last = -1;
        for (int k : v.kids(c)) {
            if (k > c && v[k].deprel == "conj"sv && nominal(v[k]) && coordinated(k, false)) last = k;
        }
        for (int k : v.kids(b)) {
            if (last < 0 && v[c].deprel == "conj"sv && k > c && v[k].deprel == "conj"sv && v[k].upos == "PROPN"sv &&
                coordinated(k, false)) {
                last = k;
            }
        }
        for (int m : v.kids(c)) {
            if (last >= 0 || m <= c || v[m].deprel != "nmod"sv || v[m].upos != "PROPN"sv) continue;
            for (int k : v.kids(m)) {
                if (k > m && v[k].deprel == "conj"sv && v[k].upos == "PROPN"sv && coordinated(k, true)) last = k;
            }
        }
        if (last < 0) continue;
        v.attach(c, a, "conj");
        v.attach(last, a, "conj");
        if (v.head(comma) != c) v.attach(comma, c, "punct");
        return true;
    }
    return false;
}

// "the Early Languages Programme, a scheme launched last year by the ministry with ...": an
// indefinite description set off by a comma after a name, then a past form with a "by" phrase
// and no object, is the name's apposition with a passive participle; the parser may make the
// description the subject of a clause ("a scheme launched ...") hung elsewhere, tag the
// participle a past tense and call its agent a plain oblique (appositive_participle below takes
// the case where the clause hangs on the name itself with a tagged participle and agent).
bool repair_described_participle_subject(View& v) {
    if (!(v.has_word(trigger::word({"by"})) && v.has_word(trigger::word({"a", "an"})) &&
          v.has_tag(trigger::tag({"VBD", "VBN"})))) return false;
    for (int p = 4; p < v.size(); ++p) {
        if (v[p].upos != "VERB"sv || !(v[p].xpos == "VBD"sv || v[p].xpos == "VBN"sv)) continue;
        int s = -1, by = -1;
        bool other = false;
        for (int k : v.kids(p)) {
            const std::string_view b = base_rel(v[k].deprel);
            if (b == "nsubj" && k < p) s = k;
            if (b == "obj" || b == "aux" || b == "cop" || b == "ccomp" || (k < p && b == "mark")) other = true;
            if ((b == "obl") && k > p) {
                for (int c : v.kids(k)) {
                    if (c < k && v[c].deprel == "case"sv && ascii::lower(v[c].form) == "by") by = k;
                }
            }
        }
        if (s < 0 || by < 0 || other || v[s].upos != "NOUN"sv) continue;
        const auto [left, right] = v.span(s);
        if (right != p - 1 || left < 2 || v[left - 1].form != ","sv || v[left].deprel != "det"sv) continue;
        const std::string det = ascii::lower(v[left].form);
        if (det != "a" && det != "an") continue;
        const int name = left - 2;
        if (!(v[name].upos == "PROPN"sv || v[name].upos == "NOUN"sv) || v.head(p) < 0) continue;
        if (v.dominates(p, name)) {
            // The phrase the name ends ("taking part in the Programme") hung on the participle:
            // it goes back to the participle's head.
            int top = name;
            for (int steps = 0; steps <= v.size() && v.head(top) != p; ++steps) top = v.head(top);
            if (v.head(top) != p || !nominal(v[top]) || base_rel(v[top].deprel) != "obl"sv || top > s) continue;
            v.set_head(top, v.head(p));
        }
        v.attach(s, name, "appos");
        if (v.head(left - 1) == p) v.set_head(left - 1, s);
        v.attach(p, s, "acl");
        v.set_xpos(p, "VBN");
        v.set_deprel(by, "obl:agent");
        return true;
    }
    return false;
}

// "the venture firm Northgate and Cambridge Enterprise, the university's investment arm, which
// ...": a singular description set off by commas right after the last of coordinated names
// renames that name, not the first conjunct the parser hung it on ("A and B, two firms," with a
// plural would rename both). A singular description right after a name that the noun it was hung
// on does not govern is that name's too.
bool repair_apposition_of_last_conjunct(View& v) {
    bool changed = false;
    for (int a = 3; a < v.size(); ++a) {
        if (v[a].deprel != "appos"sv || v[a].upos != "NOUN"sv || v[a].xpos != "NN"sv) continue;
        const int h = v.head(a);
        const int start = v.span(a).first;
        if (h < 0 || h >= a || start < 2) continue;
        const int comma = v[start].form == ","sv ? start : start - 1;  // the comma may hang on it
        if (v[comma].form != ","sv) continue;
        int c = comma - 1;  // the name's last word; climb its flat and compound parts
        for (int steps = 0; steps <= v.size() && c >= 0 && v.head(c) > c - 4 && v.head(c) < comma && v.head(c) != h && v[c].upos == "PROPN"sv &&
               (v[c].deprel == "flat"sv || v[c].deprel == "compound"sv); ++steps) {
            c = v.head(c);
        }
        if (c <= h || v[c].upos != "PROPN"sv) continue;
        // "after a fall, and by Unison, the union that represents ...": nor does it rename a noun
        // before the name that the name's phrase does not hang on.
        if ((v[c].deprel != "conj"sv || v.head(c) != h) && v.dominates(h, c)) continue;
        // "Forth & Tay, a savings bank": a name after "&" is the rest of the name before it.
        bool ampersand = false;
        for (int k : v.kids(c)) ampersand = ampersand || (v[k].deprel == "cc"sv && v[k].form == "&"sv);
        if (ampersand) continue;
        v.set_head(a, c);
        changed = true;
    }
    return changed;
}

// "cut protein levels by 40 percent": "by" before an amount measures a change; it marks no
// agent. "during a visit to X": a phrase with its own preposition renames nothing; the parser's
// apposition with a preposition is an oblique of the nearest verb above it.
bool repair_measure_and_prepositional_apposition(View& v) {
    bool changed = false;
    for (int i = 1; i < v.size(); ++i) {
        const int h = v.head(i);
        if (h < 0) continue;
        if (v[i].deprel == "obl:agent"sv && v[i].upos == "NOUN"sv) {
            bool number = false;
            for (int k : v.kids(i)) number = number || (v[k].deprel == "nummod"sv && k < i);
            if (number && (v[i].form == "percent"sv || v[i].form == "%"sv)) {
                v.set_deprel(i, "obl");
                changed = true;
            }
            continue;
        }
        if (v[i].deprel != "appos"sv || !nominal(v[i])) continue;
        int c = -1;
        for (int k : v.kids(i)) {
            if (k < i && v[k].deprel == "case"sv && v[k].upos == "ADP"sv) c = k;
        }
        if (c < 0 || v[c].form == "of"sv) continue;
        int verb = h;
        for (int steps = 0; verb >= 0 && v[verb].upos != "VERB"sv && steps < v.size(); ++steps) verb = v.head(verb);
        if (verb < 0 || verb > i || v[verb].upos != "VERB"sv || v.dominates(i, verb)) continue;
        v.attach(i, verb, "obl");
        changed = true;
    }
    return changed;
}

// "heads the university's Centre for Polar Research": a capitalised noun, "for" or "of" and a
// run of capitalised words make one name ("the Institute for Fiscal Studies"); the parser may
// hang the "for" phrase on the verb. (Not in a title-case line, where every word is capitalised.)
bool repair_name_preposition(View& v) {
    if (!(v.has_word(trigger::word({"for", "of"})))) return false;
    const int n = v.size();
    if (!lower_content(v)) return false;
    bool changed = false;
    for (int x = 1; x + 2 < n; ++x) {
        const int p = x + 1;
        if ((v[x].upos != "PROPN"sv && v[x].upos != "NOUN"sv) || !capitalized_word(v[x])) continue;
        if (v[p].form != "for"sv && v[p].form != "of"sv) continue;
        // "the Ministry for the Environment", "the Department of the Interior": a "the" may open
        // the run when a capitalised word follows it.
        const bool with_the = p + 2 < n && v[p + 1].form == "the"sv && name_word(v[p + 2]);
        int y = with_the ? p + 2 : p + 1;
        while (y + 1 < n && name_word(v[y + 1])) ++y;
        if (!name_word(v[y]) || v[y].upos == "ADJ"sv) continue;
        // The run is one phrase headed by its last word, which carries the preposition.
        bool one_phrase = v.head(p) == y;
        for (int k = p + 1; k < y; ++k) one_phrase = one_phrase && v.head(k) == y;
        // "The Office for Academic Quality, which regulates degree standards,": a relative
        // clause after a comma closing the name is said of the whole name, whose head is its
        // first word; the parser may hang it on the name's last word.
        if (one_phrase && v.head(y) == x && y + 2 < n && v[y + 1].form == ","sv) {
            for (int k : v.kids(y)) {
                if (k > y + 1 && v[k].deprel == "acl:relcl"sv) {
                    v.attach(k, x, "acl:relcl");
                    v.attach(y + 1, k, "punct");
                    changed = true;
                }
            }
        }
        // "The Department for Energy Security launched": the parser may also make the run a
        // phrase headed by its first word ("Energy", "Security" its flat part), take it for a
        // clause's subject and "for" for that clause's marker ("for X to do"), or hang the run on
        // "for" as if the preposition were a noun; with no verb of its own after the run the
        // phrase is the name's complement.
        if (!one_phrase && v[x].deprel != "compound"sv) {
            int r = -1, outside = 0;
            for (int k = p + 1; k <= y; ++k) {
                if (v.head(k) < p + 1 || v.head(k) > y) {
                    r = k;
                    ++outside;
                }
            }
            const int up = r >= 0 ? v.head(r) : -1;
            // (Or took "for" for the case of that verb: "The Department for Transport publishes".)
            const bool marker = r >= 0 && up >= 0 && v.head(p) == up &&
                                (v[p].deprel == "mark"sv || v[p].deprel == "case"sv) &&
                                base_rel(v[r].deprel) == "nsubj"sv && up > y && v.head(x) == up;
            // Or it made the preposition a word of its own on the name, the run hung on it (the
            // preposition itself on the name, or taken for the marker of a later clause:
            // "established the Centre for Coastal Research, saying").
            const bool prep_head = r >= 0 && up == p && (v.head(p) == x || v[p].deprel == "mark"sv);
            // Or it made that clause a modifier of the name, left the root ("The Office for Rail
            // publishes new rules": "publishes" an acl of "Office"): the verb is the root again,
            // with the name its subject.
            const bool clause_on_name = r >= 0 && up > y && v.head(p) == up && v[p].deprel == "mark"sv &&
                                        base_rel(v[r].deprel) == "nsubj"sv && v.head(x) < 0 && v.head(up) == x &&
                                        base_rel(v[up].deprel) == "acl"sv && v[up].upos == "VERB"sv &&
                                        (v[up].xpos == "VBZ"sv || v[up].xpos == "VBD"sv || v[up].xpos == "VBP"sv);
            // Or it scattered the run over the name before it ("Marta Olsen of Kelby Housing
            // Trust": "Kelby" a modifier of "Olsen", "Trust" a word of the person's name): every
            // word of the run that leaves it hangs on that name, and nothing before the
            // preposition hangs on the run. The run is one phrase on the name.
            int owner = x;  // the name's head: a flat or compound word hangs on it
            if ((v[x].deprel == "flat"sv || v[x].deprel == "compound"sv) && v.head(x) >= 0 && v.head(x) < x) owner = v.head(x);
            bool scattered = outside >= 2;
            for (int k = p + 1; k <= y && scattered; ++k) {
                const int h = v.head(k);
                scattered = (h >= p + 1 && h <= y) || h == x || h == owner;
            }
            for (int k = 0; k < p && scattered; ++k) scattered = v.head(k) < p + 1 || v.head(k) > y;
            if (scattered && v[y].upos == "PROPN"sv) {
                for (int k = p + 1; k < y; ++k) {
                    if (v.head(k) < p + 1 || v.head(k) > y) v.attach(k, y, "compound");
                }
                v.attach(y, owner, "nmod");
                v.attach(p, y, "case");
                // (A relative clause after the comma closing the name is the whole name's, as above.)
                for (int k : v.kids(y)) {
                    if (k > y + 1 && y + 1 < n && v[y + 1].form == ","sv && v[k].deprel == "acl:relcl"sv) {
                        v.attach(k, owner, "acl:relcl");
                        v.attach(y + 1, k, "punct");
                    }
                }
                changed = true;
                continue;
            }
            if (outside == 1 && (marker || prep_head || clause_on_name)) {
                v.attach(r, x, "nmod");
                v.attach(p, r, "case");
                if (clause_on_name) {
                    v.attach(up, -1, "root");
                    v.attach(x, up, "nsubj");
                    for (int k : v.kids(x)) {
                        if (k > up) v.set_head(k, up);
                    }
                }
                changed = true;
                continue;
            }
        }
        if (!one_phrase || v.head(y) == x || v.dominates(y, x)) continue;
        // The parser took the name's end for the verb's oblique and hung the phrases after it
        // on that end ("drawn up by the Ministry for the Environment with the Waste Authority"):
        // those are the verb's again.
        const int verb = v.head(y);
        const bool was_verbs = verb >= 0 && v[verb].upos == "VERB"sv && base_rel(v[y].deprel) == "obl"sv;
        v.attach(y, x, "nmod");
        if (was_verbs && !v.dominates(y, verb)) {
            for (int k : v.kids(y)) {
                if (k <= y || base_rel(v[k].deprel) != "nmod"sv) continue;
                int c = -1;
                for (int m : v.kids(k)) {
                    if (m < k && v[m].deprel == "case"sv) c = m;
                }
                // Only prepositions that do not join the words of a name ("the Institute for
                // Quality in Health Care", "the Committee on Climate Change").
                if (c < 0) continue;
                const std::string prep = ascii::lower(v[c].form);
                if (prep != "with" && prep != "by" && prep != "from" && prep != "during") continue;
                v.attach(k, verb, "obl");
            }
        }
        changed = true;
    }
    return changed;
}

// "Voltcore, a battery start-up based in Austin, has raised 90 million dollars, the company
// announced": a sentence that opens with a name, a comma and an indefinite noun phrase describing
// it. The parser may make the description the verb's subject and leave the name hanging (a clause
// of its own, the verb its parataxis); the name is the subject and the description its
// apposition.
// The same holds of a name opening a clause after ", and" or ", but" ("..., and Daikin, the
// Japanese group that competes with it, is building a plant"), where the parser may make the
// name a conjunct and the description the next verb's subject; the name's first word may be an
// adjective of the name ("Fair Energy Watch"), and the description may be definite ("the").
// Or of a name after an opening adverbial phrase and its comma ("In written evidence, Unison, the
// union that represents care workers, argued"; opener), which the parser may hang on the phrase's
// noun as its apposition.
// "Martin Cole, chief executive of Homecare Partners, told us": a bare description, a role at a
// named body ("of" or "at" a name), needs no article.
bool name_apposition_at(View& v, int s, bool opener = false) {
    const int n = v.size();
    // The name may open with "The" ("The Amara Foundation, a Nairobi-based charity set up by X,
    // has committed").
    const int b = s + 1 < n && v[s].upos == "DET"sv && ascii::iequals(v[s].form, "the") && v.head(s) > s ? s + 1 : s;
    // A capitalised adjective opening the name hangs on one of its proper nouns.
    const bool adj = b + 1 < n && v[b].upos == "ADJ"sv && std::isupper(static_cast<unsigned char>(v[b].form[0])) &&
                     v[b + 1].upos == "PROPN"sv && v.head(b) > b && v[v.head(b)].upos == "PROPN"sv;
    int e = b;  // the name: capitalised words from the start
    while (e + 1 < n && v[e + 1].upos == "PROPN"sv) ++e;
    if ((v[b].upos != "PROPN"sv && !adj) || e + 3 >= n || v[e + 1].form != ","sv) return false;
    if (adj && v.head(b) > e) return false;
    const std::string det = ascii::lower(v[e + 2].form);
    const bool bare = det != "a" && det != "an" && det != "the";
    if (bare && (v[e + 2].upos != "ADJ"sv && v[e + 2].upos != "NOUN"sv)) return false;
    int h = -1;  // the description's head: a noun subject whose phrase holds the determiner
    for (int k = bare ? e + 2 : e + 3; k < n && h < 0; ++k) {
        if ((v[k].upos == "NOUN"sv || (bare && v[k].upos == "ADJ"sv)) && is_subject(v[k].deprel) &&
            (k == e + 2 || v.dominates(k, e + 2))) {
            h = k;
        }
    }
    // After an opening phrase the parser may have hung the description, like the name, on the
    // phrase's noun as a second apposition, leaving the verb with no subject.
    int opener_verb = -1;
    if (h < 0 && opener && !bare) {
        int ntop = s;  // the name's head word
        for (int steps = 0; steps < n && v.head(ntop) >= s && v.head(ntop) <= e; ++steps) ntop = v.head(ntop);
        const int up = v.head(ntop) >= 0 && v.head(ntop) < s - 1 ? v.head(ntop) : -1;
        int top = up;
        for (int steps = 0; steps < n && top >= 0 && v.head(top) >= 0 && v.head(top) < s - 1; ++steps) top = v.head(top);
        if (top >= 0 && v.head(top) > e && (v[v.head(top)].upos == "VERB"sv || v[v.head(top)].upos == "AUX"sv)) {
            opener_verb = v.head(top);
            for (int k : v.kids(opener_verb)) {
                if (is_subject(v[k].deprel)) opener_verb = -1;
            }
        }
        for (int k = e + 3; opener_verb >= 0 && k < opener_verb && h < 0; ++k) {
            if (v[k].upos == "NOUN"sv && v[k].deprel == "appos"sv && v.head(k) == up && v.dominates(k, e + 2)) h = k;
        }
    }
    if (h < 0) return false;
    if (bare) {
        // Lower-case words up to the head, and the role's body a name after "of" or "at".
        for (int k = e + 2; k <= h; ++k) {
            if (v[k].form.empty() || !std::islower(static_cast<unsigned char>(v[k].form[0]))) return false;
        }
        bool body = false;
        for (int k : v.kids(h)) {
            if (k <= h || base_rel(v[k].deprel) != "nmod"sv || v[k].upos != "PROPN"sv) continue;
            for (int g : v.kids(k)) {
                body = body || (g > h && g < k && v[g].deprel == "case"sv &&
                                (ascii::iequals(v[g].form, "of") || ascii::iequals(v[g].form, "at")));
            }
        }
        if (!body) return false;
    }
    const int verb = opener_verb >= 0 ? opener_verb : v.head(h);
    if (verb <= h || (v[verb].upos != "VERB"sv && v[verb].upos != "AUX"sv)) return false;
    // A comma closes the description before the verb and its auxiliaries.
    int first = verb;
    for (int k : v.kids(verb)) {
        if (base_rel(v[k].deprel) == "aux" && k < first && k > h) first = k;
    }
    // (The closing comma may hang on the description.)
    if (v[first - 1].form != ","sv || v.span(h).second > first - 1) return false;
    // The name's phrase stands outside the verb's clause, or the repair has nothing to mend.
    const int name = [&] {
        int r = s;
        for (int steps = 0; v.head(r) >= s && v.head(r) <= e && steps < v.size(); ++steps) r = v.head(r);
        return r;
    }();
    // Or it hangs on the verb as a clause or a loose modifier ("Halvora Therapeutics, a biotech
    // company spun out of ..., has licensed" with the name an adverbial clause).
    const auto loose = base_rel(v[name].deprel);
    // So when it hangs that way inside the description ("Greenvale, the supermarket chain owned by
    // X, publishes", the name a vocative of "owned"): a name is no part of its own description.
    const bool loose_rel = loose == "advcl"sv || loose == "parataxis"sv || loose == "dep"sv || loose == "vocative"sv;
    const bool loose_on_verb = loose_rel && (v.head(name) == verb || (v.head(name) >= 0 && v.dominates(h, v.head(name))));
    // After an opening phrase the name hangs inside it, the phrase on the verb.
    bool in_opener = false;
    if (opener) {
        const int up = v.head(name);
        int top = up;
        for (int steps = 0; steps < n && top >= 0 && v.head(top) >= 0 && v.head(top) < s - 1; ++steps) top = v.head(top);
        // (Or the parser left it on the verb as a vocative or a loose clause.)
        in_opener = loose_on_verb || (up >= 0 && up < s - 1 && top >= 0 && v.head(top) == verb &&
                                      (loose == "appos"sv || loose == "conj"sv || loose == "nmod"sv || loose == "flat"sv));
        if (!in_opener) return false;
    }
    if (v.dominates(verb, name) && !loose_on_verb && !in_opener) return false;
    // After a coordinator the name must be the conjunct the parser made of it.
    if (s > 0 && !opener && (loose != "conj"sv || v.dominates(name, verb))) return false;
    const int up = v.head(name);
    const std::string rel = v[name].deprel;
    if (v.dominates(name, verb)) v.attach(verb, up, rel.c_str());
    // The coordinator and its comma go with the clause's verb.
    if (opener) {
        v.attach(s - 1, verb, "punct");
    } else if (s > 0) {
        v.attach(s - 1, verb, "cc");
        v.attach(s - 2, verb, "punct");
    }
    std::string subject = v[h].deprel;
    if (!is_subject(subject)) {
        bool passive = false;
        for (int k : v.kids(verb)) passive = passive || v[k].deprel == "aux:pass"sv;
        subject = passive ? "nsubj:pass" : "nsubj";
    }
    v.attach(name, verb, subject.c_str());
    if (v[h].upos == "ADJ"sv) {  // "chief executive": the description's head is a noun
        v.set_upos(h, "NOUN");
        v.set_xpos(h, "NN");
    }
    v.attach(h, name, "appos");
    v.attach(first - 1, name, "punct");
    return true;
}

// "Martin Cole, chief executive of Homecare Partners, a provider that ..., told us": a bare role at
// a named body ("of" or "at" a name), set off by a comma right after a name, describes the name.
// The parser may hang it on the name as a list item (a list has no verbless role in it); it is
// the name's apposition, its head a noun.
bool repair_bare_role_list(View& v) {
    if (!v.has_rel(trigger::rel({"list"}))) return false;
    bool changed = false;
    for (int k = 3; k < v.size(); ++k) {
        const int name = v.head(k);
        if (v[k].deprel != "list"sv || name < 0 || name >= k || v[name].upos != "PROPN"sv) continue;
        if (v[k].upos != "NOUN"sv && v[k].upos != "ADJ"sv) continue;
        const int first = v.span(k).first;
        // The comma right after the name's last word.
        if (first < 2 || v[first - 1].form != ","sv || v[first - 2].upos != "PROPN"sv ||
            (first - 2 != name && v.head(first - 2) != name)) {
            continue;
        }
        bool lower = true, body = false;
        for (int w = first; w <= k; ++w) lower = lower && !v[w].form.empty() && std::islower(static_cast<unsigned char>(v[w].form[0]));
        for (int c : v.kids(k)) {
            if (c <= k || base_rel(v[c].deprel) != "nmod"sv || v[c].upos != "PROPN"sv) continue;
            for (int g : v.kids(c)) {
                body = body || (g > k && g < c && v[g].deprel == "case"sv &&
                                (ascii::iequals(v[g].form, "of") || ascii::iequals(v[g].form, "at")));
            }
        }
        if (!lower || !body) continue;
        if (v[k].upos == "ADJ"sv) {
            v.set_upos(k, "NOUN");
            v.set_xpos(k, "NN");
        }
        v.set_deprel(k, "appos");
        changed = true;
    }
    return changed;
}

bool repair_opening_name_apposition(View& v) {
    bool changed = name_apposition_at(v, 0);
    for (int k = 2; k + 4 < v.size(); ++k) {
        if (v[k - 2].form == ","sv && v[k - 1].upos == "CCONJ"sv &&
            (ascii::iequals(v[k - 1].form, "and") || ascii::iequals(v[k - 1].form, "but"))) {
            changed = name_apposition_at(v, k) || changed;
        }
    }
    // After an opening adverbial phrase ("In written evidence, Unison, the union ..., argued"):
    // the phrase's words all hang inside it, from a preposition or adverb.
    for (int k = 3; k + 4 < v.size() && !changed; ++k) {
        if (v[k - 1].form != ","sv || (v[k].upos != "PROPN"sv && v[k].upos != "DET"sv)) continue;
        if (v[0].upos != "ADP"sv && v[0].upos != "ADV"sv && v[0].upos != "SCONJ"sv) break;
        if (name_apposition_at(v, k, true)) changed = true;
        break;
    }
    return changed;
}

// "Critics, including the environmental group Green Current, argue that ...": a noun that opens
// the sentence, its examples set off by commas, then the verb. The parser may read "including"
// as a verb with the examples as its object and leave the noun without a role (a vocative, a
// dependent); the noun is the verb's subject and the examples its nmod with "including" as case.
bool repair_opening_examples(View& v) {
    if (!(v.has_word(trigger::word({"including"})))) return false;
    const int n = v.size();
    int inc = -1;
    for (int k = 2; k < n && inc < 0; ++k) {
        if (ascii::iequals(v[k].form, "including") && v[k - 1].form == ","sv && v[k].upos == "VERB"sv) inc = k;
    }
    if (inc < 0) return false;
    int noun = inc - 2;  // the opening noun phrase, all of it before the comma
    while (v.head(noun) >= 0 && v.head(noun) < inc - 1 && v.head(noun) > noun) noun = v.head(noun);
    if (v.span(noun).first != 0 || (v[noun].upos != "NOUN"sv && v[noun].upos != "PROPN"sv)) return false;
    int ex = -1;
    for (int k : v.kids(inc)) {
        if (v[k].deprel == "obj"sv && k > inc) ex = k;
    }
    if (ex < 0) return false;
    const int close = v.span(ex).second + 1;
    if (close + 1 >= n || v[close].form != ","sv) return false;
    const int verb = v.head(inc);
    // "Transparency campaigners, including the group X, welcomed it": the parser may also make
    // the noun the root and hang the verb on it (a parataxis); the verb takes the noun's place.
    const bool verb_on_noun = verb >= 0 && v.head(verb) == noun;
    if (verb <= close || v[verb].upos != "VERB"sv || (v.dominates(noun, verb) && !verb_on_noun)) return false;
    // (The noun may already be its subject, when another repair made the verb the root first.)
    for (int k : v.kids(verb)) {
        if (is_subject(v[k].deprel) && k != inc && k != noun) return false;  // a subject of its own
    }
    if (v.head(noun) != verb && v.head(noun) != inc && !verb_on_noun) return false;
    if (verb_on_noun) {
        const std::string rel = v[noun].deprel;
        v.attach(verb, v.head(noun), rel.c_str());
        for (int k : v.kids(noun)) {
            if (k > verb) v.set_head(k, verb);
        }
    }
    v.attach(noun, verb, "nsubj");
    v.attach(ex, noun, "nmod");
    v.attach(inc, ex, "case");
    v.attach(inc - 1, ex, "punct");
    v.attach(close, ex, "punct");
    return true;
}

// "a partnership of governments, donors and manufacturers that buys vaccines": a list of bare
// plurals after "of" is one list; the parser may hang its second item on a noun further up as an
// apposition (or a conjunct). A bare plural right after the comma that ends a bare plural "of"
// phrase is that phrase's conjunct; a relative clause on it whose verb is singular ("buys") is
// the clause of the noun the "of" phrase completes.
bool repair_of_list(View& v) {
    if (!(v.has_rel(trigger::rel({"nmod"})) && v.has_word(trigger::word({"of"})))) return false;
    bool changed = false;
    auto bare_plural = [&](int k) {
        if (v[k].upos != "NOUN"sv || v[k].xpos != "NNS"sv) return false;
        for (int c : v.kids(k)) {
            if (v[c].deprel == "det"sv || v[c].deprel == "nmod:poss"sv) return false;
        }
        return true;
    };
    for (int y = 2; y + 2 < v.size(); ++y) {
        const int x = v.head(y);
        if (x < 0 || x >= y || v[y].deprel != "nmod"sv || !bare_plural(y)) continue;
        bool of = false;
        for (int c : v.kids(y)) of = of || (v[c].deprel == "case"sv && ascii::iequals(v[c].form, "of"));
        if (!of) continue;
        const int comma = v.span(y).second + 1;
        const int d = comma + 1;
        if (d >= v.size() || v[comma].form != ","sv || !bare_plural(d) || v.head(d) == y) continue;
        if (v[d].deprel != "appos"sv && v[d].deprel != "conj"sv) continue;
        if (v.dominates(d, y)) continue;
        v.attach(d, y, "conj");
        v.attach(comma, d, "punct");
        for (int c : v.kids(d)) {
            if (v[c].deprel == "acl:relcl"sv && v[c].xpos == "VBZ"sv) v.attach(c, x, "acl:relcl");
        }
        changed = true;
    }
    return changed;
}

// "Health officials rejected those claims": a demonstrative read as a pronoun with the noun right
// after it as its dependent is the noun's determiner; the noun takes its place in the clause.
// "The judge rejected that submission": so is a "that" read as a conjunction that is no clause's
// marker but the verb's object, with a singular noun right after it as its dependent.
bool repair_demonstrative_pronoun(View& v) {
    if (!((v.has_tag(trigger::tag({"PRON"})) || v.has_tag(trigger::tag({"SCONJ"}))) &&
          v.has_word(trigger::word({"this", "these", "those", "that"})))) {
        return false;
    }
    bool changed = false;
    for (int k = 0; k + 1 < v.size(); ++k) {
        const std::string w = ascii::lower(v[k].form);
        const int n = k + 1;
        const bool pronoun = v[k].upos == "PRON"sv && (w == "this" || w == "these" || w == "those");
        const bool conjunction = v[k].upos == "SCONJ"sv && w == "that" && base_rel(v[k].deprel) != "mark"sv &&
                                 v[n].xpos == "NN"sv;
        if (!pronoun && !conjunction) continue;
        if (v.head(n) != k || (v[n].upos != "NOUN"sv && v[n].upos != "PROPN"sv)) continue;
        v.attach(n, v.head(k), v[k].deprel.c_str());
        for (int c : v.kids(k)) {
            if (c != n) v.set_head(c, n);
        }
        v.attach(k, n, "det");
        v.set_upos(k, "DET");
        v.set_xpos(k, "DT");
        changed = true;
    }
    return changed;
}

// "signed the agreement with the University of Toronto, McGill University and three other
// partners": a list "A, B and C" after a preposition. The parser may hang B, with no preposition
// of its own, on the verb and C on B; B, set off by the comma after A and followed by "and C", is
// A's conjunct, and so is C.
bool repair_caseless_list_item(View& v) {
    if (!(v.has_tag(trigger::tag({"PROPN"})) && v.has_rel(trigger::rel({"conj"})) && v.has_rel(trigger::rel({"cc"})))) return false;
    bool changed = false;
    for (int b = 3; b + 2 < v.size(); ++b) {
        const std::string rel(base_rel(v[b].deprel));
        if (v[b].upos != "PROPN"sv || (rel != "obl" && rel != "nmod")) continue;
        bool cased = false;
        int c = -1;
        for (int k : v.kids(b)) {
            cased = cased || v[k].deprel == "case"sv;
            if (v[k].deprel == "conj"sv && k > b) {
                for (int g : v.kids(k)) {
                    if (v[g].deprel == "cc"sv) c = k;
                }
            }
        }
        if (cased || c < 0) continue;
        int lo = v.span(b, c).first;
        if (v[lo].form == ","sv) ++lo;  // the comma may hang on B
        if (lo < 2 || v[lo - 1].form != ","sv) continue;
        int a = lo - 2;  // the end of A's phrase: up to its head, through "of" ("University of Toronto")
        auto of_phrase = [&](int k) {
            for (int g : v.kids(k)) {
                if (v[g].deprel == "case"sv && ascii::iequals(v[g].form, "of")) return true;
            }
            return false;
        };
        while (v.head(a) >= 0 && v.head(a) < a &&
               (v[a].deprel == "flat"sv || v[a].deprel == "compound"sv || (v[a].deprel == "nmod"sv && of_phrase(a)))) {
            a = v.head(a);
        }
        if (!nominal(v[a]) || v.dominates(b, a) || v.dominates(a, b)) continue;
        bool a_cased = false;
        for (int k : v.kids(a)) a_cased = a_cased || v[k].deprel == "case"sv;
        if (!a_cased) continue;  // a list after a preposition: A has its own
        v.attach(b, a, "conj");
        v.attach(c, a, "conj");
        v.attach(lo - 1, b, "punct");
        changed = true;
    }
    return changed;
}

// "aims to make Riverside a hub and to raise incomes": a coordinator has no dependents, but the
// parser may hang the second infinitive on "and" (and "and" on the closing period). The verb is
// the conjunct of the nearest verb of the same form before it, "and" its coordinator.
bool repair_coordinator_head(View& v) {
    if (!(v.has_tag(trigger::tag({"CCONJ"})))) return false;
    bool changed = false;
    for (int c = 1; c + 1 < v.size(); ++c) {
        if (v[c].upos != "CCONJ"sv) continue;
        int w = -1;
        for (int k : v.kids(c)) {
            if (k > c && v[k].upos == "VERB"sv) w = k;
        }
        if (w < 0) continue;
        int p = c - 1;
        while (p >= 0 && !(v[p].upos == "VERB"sv && v[p].xpos == v[w].xpos && !v.dominates(w, p))) --p;
        if (p < 0) continue;
        v.attach(w, p, "conj");
        v.attach(c, w, "cc");
        for (int k : v.kids(c)) {
            if (k != w) v.set_head(k, w);
        }
        changed = true;
    }
    return changed;
}

// "joined the utility from the shipping group Hafnor": a name right after a common noun, with no
// comma between, names that noun ("the group Hafnor"); the parser may hang it on a noun further
// back as an apposition.
// "was owned by the Dutch investment group Keppel Holdings": the parser may also hang the name on
// the verb beside the noun's prepositional phrase, as a second complement (xcomp, obj, obl) with
// no preposition of its own; a prepositional phrase takes no second complement, so the name is
// the noun's close apposition. (After an object, "named the firm Halvern" is a small clause.)
bool repair_close_apposition(View& v) {
    if (!(v.has_tag(trigger::tag({"PROPN"})) &&
          v.has_rel(trigger::rel({"nmod", "appos", "xcomp", "obj", "obl"})))) {
        return false;
    }
    bool changed = false;
    for (int k = 2; k < v.size(); ++k) {
        const int d = k - 1, h = v.head(k);
        if (v[k].upos == "PROPN"sv && h >= 0 &&
            (v[k].deprel == "xcomp"sv || v[k].deprel == "obj"sv || v[k].deprel == "obl"sv)) {
            const int n = v.span(k).first - 1;  // the noun right before the name
            bool cased = false, noun_cased = false;
            for (int c : v.kids(k)) cased = cased || v[c].deprel == "case"sv;
            if (n > 0 && n < k && v.head(n) == h && v[n].upos == "NOUN"sv && !capitalized_word(v[n]) &&
                base_rel(v[n].deprel) == "obl" && !cased) {
                for (int c : v.kids(n)) noun_cased = noun_cased || (c < n && v[c].deprel == "case"sv);
            }
            if (noun_cased) {
                v.attach(k, n, "appos");
                changed = true;
                continue;
            }
        }
        // "The charity Mothers First, which supports women,": the parser may hang the name on
        // its noun as an nmod with no preposition, which English does not have; it is the
        // noun's close apposition.
        if (v[k].upos == "PROPN"sv && v[k].deprel == "nmod"sv && h >= 0 && h < k && v[h].upos == "NOUN"sv &&
            !capitalized_word(v[h]) && v.span(k).first == h + 1) {
            bool cased = false;
            for (int c : v.kids(k)) cased = cased || v[c].deprel == "case"sv;
            if (!cased) {
                v.attach(k, h, "appos");
                changed = true;
                continue;
            }
        }
        if (v[k].upos != "PROPN"sv || v[k].deprel != "appos"sv || h < 0 || h >= d) continue;
        if (v[d].upos != "NOUN"sv || capitalized_word(v[d]) || v.dominates(k, d)) continue;
        v.attach(k, d, "appos");
        changed = true;
    }
    return changed;
}

// "The mill was founded by the brewing group Harlow and is now owned by the council": the
// parser may take the name closing the agent for the subject of the conjoined verb. A conjoined
// clause's subject follows its coordinator, so a name before it that follows a common noun
// directly is that noun's close apposition ("the brewing group Harlow"), and the conjoined verb
// keeps the first verb's subject.
bool repair_subject_before_coordinator(View& v) {
    if (!(v.has_tag(trigger::tag({"PROPN"})) && v.has_rel(trigger::rel({"conj"})) && v.has_rel(trigger::rel({"cc"})))) return false;
    bool changed = false;
    for (int s = 1; s + 2 < v.size(); ++s) {
        const int w = v.head(s);
        if (!is_subject(v[s].deprel) || v[s].upos != "PROPN"sv || w <= s + 1 || w >= v.size() ||
            v[w].deprel != "conj"sv) {
            continue;
        }
        const auto [lo, hi] = v.span(s);
        const int c = hi + 1, noun = lo - 1;
        if (c >= w || v[c].deprel != "cc"sv || v.head(c) != w || noun < 0 || v[noun].upos != "NOUN"sv ||
            capitalized_word(v[noun]) || v.dominates(w, noun) || v.dominates(s, noun)) {
            continue;
        }
        v.attach(s, noun, "appos");
        changed = true;
    }
    return changed;
}

// "The Financial Conduct Authority regulated payday lenders.", "Last year, the agency regulated
// lenders.": with no verb of its own, the sentence's past form right after its subject's noun
// phrase may be read as an adjective on the noun phrase after it ("regulated payday lenders").
// A sentence whose root is a noun with no copula, subject or preposition of its own, and whose
// only past form sits bare between a noun phrase and the noun it modifies, has that past form as
// its verb: the noun before it its subject, the noun after it its object, and a noun root
// opening the sentence before the subject ("Last year") its time.
bool repair_verbless_participle(View& v) {
    if (!(v.has_rel(trigger::rel({"amod"})) && v.has_tag(trigger::tag({"VBN", "VBD"})))) return false;
    const int r = v.root();
    if (r < 0 || (v[r].upos != "NOUN"sv && v[r].upos != "PROPN"sv)) return false;
    for (int k : v.kids(r)) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "cop"sv || b == "nsubj"sv || b == "aux"sv || b == "mark"sv || b == "case"sv) return false;
    }
    for (int p = 2; p + 1 < v.size(); ++p) {
        if (v[p].upos != "VERB"sv || (v[p].xpos != "VBD"sv && v[p].xpos != "VBN"sv) || v[p].deprel != "amod"sv) continue;
        bool own = false;
        for (int k : v.kids(p)) own = own || v[k].upos != "PUNCT"sv;
        const int h = v.head(p), s = p - 1;
        if (own || h <= p || !nominal(v[h]) || v[h].upos == "PRON"sv || v[h].deprel == "conj"sv) continue;
        if ((v[s].upos != "NOUN"sv && v[s].upos != "PROPN"sv) || !v.dominates(r, p)) continue;
        bool coordinated = false;
        for (int k : v.kids(h)) coordinated = coordinated || v[k].deprel == "cc"sv;
        if (coordinated) continue;
        const bool subject_root = s == r;
        const bool time_root = !subject_root && v.head(s) == h && r < s && v[r].upos == "NOUN"sv;
        // "The Riverside Literacy Project used money from X": the subject's name, hung on the
        // object root as a compound (the climb goes through the name's own words).
        int name = -1;
        if (!subject_root && !time_root && h == r && v[s].upos == "PROPN"sv) {
            int x = s;
            for (int steps = 0; steps < 6 && x >= 0 && x < p && v[x].upos == "PROPN"sv; ++steps) {
                if (v.head(x) == h && v[x].deprel == "compound"sv) {
                    name = x;
                    break;
                }
                if (v[x].deprel != "flat"sv && v[x].deprel != "compound"sv) break;
                x = v.head(x);
            }
        }
        if (name >= 0) {
            v.attach(p, -1, "root");
            v.attach(h, p, "obj");
            v.attach(name, p, "nsubj");
            // The name's determiner ("The") the parser gave the object.
            for (int k : v.kids(h)) {
                if (k < name && v[k].deprel == "det"sv) v.set_head(k, name);
            }
            // Its closing punctuation, and an infinitive of purpose ("to hire tutors"), are the verb's.
            for (int k : v.kids(h)) {
                if (k > h && v[k].upos == "PUNCT"sv) v.set_head(k, p);
                bool to = false;
                for (int c : v.kids(k)) to = to || (c < k && v[c].deprel == "mark"sv && ascii::lower(v[c].form) == "to");
                if (k > h && v[k].deprel == "acl"sv && v[k].upos == "VERB"sv && to) v.attach(k, p, "advcl");
            }
            if (v[p].xpos == "VBN"sv) v.set_xpos(p, "VBD");
            return true;
        }
        if (!subject_root && !time_root) continue;
        v.attach(p, -1, "root");
        v.attach(h, p, "obj");
        v.attach(s, p, "nsubj");
        if (time_root) v.attach(r, p, "obl:unmarked");
        for (int k : v.kids(r)) {
            if (k > p) v.set_head(k, p);
        }
        for (int k : v.kids(h)) {
            if (k > h && v[k].upos == "PUNCT"sv) v.set_head(k, p);
        }
        if (v[p].xpos == "VBN"sv) v.set_xpos(p, "VBD");
        return true;
    }
    return false;
}

// "Ashford Paper Mill to close its plant", "Council to shut three libraries": a headline with no
// verb says what is to happen with "to" and a base form after its subject, and the parser may keep
// the subject as the root with the infinitive hung on it as a clause. In a sentence with no other
// verb or auxiliary, a base form right after "to" that modifies the noun root after it is the
// headline's root, and the noun its subject.
bool repair_headline_infinitive(View& v) {
    if (!(v.has_rel(trigger::rel({"advcl", "acl"})) && v.has_word(trigger::word({"to"})))) return false;
    const int r = v.root();
    if (r < 0 || (v[r].upos != "NOUN"sv && v[r].upos != "PROPN"sv)) return false;
    int x = -1;
    for (int i = 0; i < v.size(); ++i) {
        if (v[i].upos == "AUX"sv) return false;
        if (v[i].upos != "VERB"sv) continue;
        if (x >= 0) return false;
        x = i;
    }
    if (x <= r + 1 || v.head(x) != r || (v[x].deprel != "advcl"sv && v[x].deprel != "acl"sv) || v[x].xpos != "VB"sv ||
        ascii::lower(v[x - 1].form) != "to" || v.head(x - 1) != x) {
        return false;
    }
    for (int k : v.kids(r)) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "cop"sv || b == "nsubj"sv || b == "case"sv || b == "mark"sv) return false;
    }
    v.attach(x, -1, "root");
    v.attach(r, x, "nsubj");
    for (int k : v.kids(r)) {
        if (k > x) v.set_head(k, x);
    }
    return true;
}

// "After buying Tarrow Mills, Kell Group opened a shop": the parser may join the object of an
// opening clause's verb to the main clause's subject across the comma, as a compound of it. A
// compound does not reach over a comma: a name or noun phrase that ends before a comma, right
// after a verb with no object of its own, is that verb's object, and the comma closes the verb's
// clause.
bool repair_compound_across_comma(View& v) {
    if (!(v.has_rel(trigger::rel({"compound"})) && v.has_tag(trigger::tag({"VERB"})))) return false;
    bool changed = false;
    for (int c = 1; c + 2 < v.size(); ++c) {
        const int n = v.head(c);
        if (v[c].deprel != "compound"sv || n <= c + 1 || !nominal(v[c]) || v[c].upos == "PRON"sv) continue;
        const auto [lo, hi] = v.span(c);
        const int comma = hi + 1;
        const int w = lo - 1;
        if (comma >= n || v[comma].form != ","sv || w < 0 || v[w].upos != "VERB"sv || v.dominates(c, w)) continue;
        bool object = false;
        for (int k : v.kids(w)) object = object || base_rel(v[k].deprel) == "obj"sv;
        if (object || v.dominates(w, n)) continue;
        v.attach(c, w, "obj");
        v.attach(comma, w, "punct");
        changed = true;
    }
    return changed;
}

// "The Kell Trust, a charity based in Leeds, funded the theatre": the parser may keep the
// subject as the root and hang the verb after the apposition's closing comma on it as a
// conjunct. A finite verb after a comma, with no coordinator and no subject of its own, hung on
// a noun root that has no verb, copula or subject, is the root, and the noun its subject.
bool repair_verb_conjoined_to_subject(View& v) {
    if (!(v.has_rel(trigger::rel({"conj", "parataxis"})) && v.has_tag(trigger::tag({"VBD"})))) return false;
    const int r = v.root();
    if (r < 0 || (v[r].upos != "NOUN"sv && v[r].upos != "PROPN"sv)) return false;
    int x = -1;
    for (int k : v.kids(r)) {
        const std::string_view b = base_rel(v[k].deprel);
        if (b == "cop"sv || b == "nsubj"sv || b == "aux"sv || b == "case"sv || b == "mark"sv) return false;
        if (x < 0 && k > r + 1 && (b == "conj"sv || b == "parataxis"sv) && v[k].upos == "VERB"sv &&
            (v[k].xpos == "VBD"sv || v[k].xpos == "VBZ"sv || v[k].xpos == "VBP"sv) && v[k - 1].form == ","sv) {
            x = k;
        }
    }
    if (x < 0) return false;
    for (int k : v.kids(x)) {
        if (v[k].deprel == "cc"sv || is_subject(v[k].deprel) || base_rel(v[k].deprel) == "aux"sv) return false;
    }
    v.attach(x, -1, "root");
    v.attach(r, x, "nsubj");
    for (int k : v.kids(r)) {
        if (k > x) v.set_head(k, x);
    }
    if (v.head(x - 1) != r) v.set_head(x - 1, r);
    return true;
}

// "The trust opened the Centre for Marine Research, the minister said": the parser may take the
// preposition of a name's "for"/"of" phrase for the marker of the closing report's clause and the
// phrase for its oblique. A clause after a comma at the sentence's end, its subject right after
// the comma, takes nothing from before the comma: the phrase is the noun's before it, the
// preposition its case, and the report a parataxis of the main verb.
bool repair_phrase_taken_into_closing_report(View& v) {
    if (!(v.has_rel(trigger::rel({"mark", "obl"})) && v.has_tag(trigger::tag({"ADP"})))) return false;
    bool changed = false;
    for (int s = 4; s < v.size(); ++s) {
        if (v[s].upos != "VERB"sv || (s + 1 < v.size() && !(s + 2 == v.size() && v[s + 1].upos == "PUNCT"sv))) continue;
        const int main = v.head(s);
        if (main < 0 || main >= s || v[main].upos != "VERB"sv) continue;
        int m = -1, o = -1, comma = -1, subject = -1;
        for (int k : v.kids(s)) {
            if (v[k].deprel == "mark"sv && v[k].upos == "ADP"sv) m = k;
            if (v[k].deprel == "obl"sv && nominal(v[k])) o = k;
            if (is_subject(v[k].deprel)) subject = k;
        }
        if (m < 0 || o < 0 || subject < 0 || m + 1 > o || m < 1) continue;
        comma = v.span(subject).first - 1;
        if (comma <= o || v[comma].form != ","sv || v.span(o).second > comma) continue;
        const int noun = m - 1;
        if (!nominal(v[noun]) || !v.dominates(main, noun)) continue;
        v.attach(m, o, "case");
        v.attach(o, noun, "nmod");
        v.attach(comma, s, "punct");
        v.set_deprel(s, "parataxis");
        changed = true;
    }
    return changed;
}

// "Norvex Group, whose chief executive took office in May, acquired Pellham Foods": the parser
// may read a verb right after a comma as an adjective on the noun phrase that follows it. A past
// form tagged a verb that opens its noun's phrase and has no dependents of its own (but the
// comma) heads that
// phrase as its object; the verb hangs where the phrase hung, as a parataxis, for the repairs of
// the sentence's main verb to place.
bool repair_verb_taken_for_modifier(View& v) {
    if (!(v.has_rel(trigger::rel({"amod"})) && v.has_tag(trigger::tag({"VBD", "VBN"})))) return false;
    bool changed = false;
    for (int p = 2; p + 1 < v.size(); ++p) {
        const int h = v.head(p);
        if (v[p].upos != "VERB"sv || v[p].deprel != "amod"sv || v[p - 1].form != ","sv || h <= p ||
            (v[p].xpos != "VBD"sv && v[p].xpos != "VBN"sv) || v.span(h).first < p - 1) {
            continue;
        }
        bool own = false;
        for (int k : v.kids(p)) own = own || v[k].upos != "PUNCT"sv;
        if (own) continue;
        const int x = v.head(h);
        if (x < 0 || x >= p || v[h].deprel == "conj"sv || v[x].upos != "VERB"sv) continue;
        bool coordinated = false;
        for (int k : v.kids(h)) coordinated = coordinated || v[k].deprel == "cc"sv;
        if (coordinated) continue;
        v.attach(p, x, "parataxis");
        v.attach(h, p, "obj");
        if (v.head(p - 1) == h) v.set_head(p - 1, p);
        changed = true;
    }
    return changed;
}

// "which certifies new aircraft and supervises airline safety": the parser may hang a finite
// verb after "and" on the object before it. A finite verb is no conjunct of a noun: it is the
// conjunct of the verb that takes that object, and shares its subject.
bool repair_verb_conjunct_of_object(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_tag(trigger::tag({"VERB"})) && v.has_base(trigger::rel({"obj"})))) return false;
    bool changed = false;
    for (int w = 3; w < v.size(); ++w) {
        const int o = v.head(w);
        if (v[w].upos != "VERB"sv || v[w].deprel != "conj"sv || o < 1 || o >= w || !nominal(v[o]) ||
            base_rel(v[o].deprel) != "obj") {
            continue;
        }
        const std::string_view x = v[w].xpos;
        if (x != "VBZ"sv && x != "VBD"sv && x != "VBP"sv && x != "VBN"sv) continue;
        const int verb = v.head(o);
        if (verb < 0 || verb >= o || v[verb].upos != "VERB"sv) continue;
        // "welcomed the report and funded the project": a past form the tagger took for a
        // participle is the past tense of the verb before when it has an object of its own (a
        // passive participle has none).
        const bool past_participle = x == "VBN"sv && v[verb].xpos == "VBD"sv;
        if (v[verb].xpos != x && !past_participle) continue;
        bool cc = false, subject = false, object = false, aux = false;
        for (int k : v.kids(w)) {
            cc = cc || (k > o && k < w && v[k].deprel == "cc"sv);
            subject = subject || is_subject(v[k].deprel);
            object = object || (k > w && v[k].deprel == "obj"sv);
            aux = aux || base_rel(v[k].deprel) == "aux"sv;
        }
        if (!cc || subject || (past_participle && (!object || aux))) continue;
        if (past_participle) v.set_xpos(w, "VBD");
        v.set_head(w, verb);
        changed = true;
    }
    return changed;
}

// "has backed the strike and organised a rally": a past form the tagger did not know as a verb
// (a British "-ised" spelling) read as an adjective conjoined to the object, while the noun phrase
// after it became a second object of the verb before: it is that verb's conjunct, and the noun
// phrase its object.
bool repair_adjective_verb_conjunct(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_tag(trigger::tag({"ADJ"})) && v.has_tag(trigger::tag({"CCONJ"})) &&
          v.has_base(trigger::rel({"obj"})))) {
        return false;
    }
    bool changed = false;
    for (int w = 3; w + 2 < v.size(); ++w) {
        const std::string form = ascii::lower(v[w].form);
        const int o = v.head(w);
        if (v[w].upos != "ADJ"sv || v[w].deprel != "conj"sv || form.size() < 5 || form.compare(form.size() - 2, 2, "ed") != 0 ||
            o < 1 || o >= w || !nominal(v[o]) || base_rel(v[o].deprel) != "obj") {
            continue;
        }
        const int verb = v.head(o);
        if (verb < 0 || verb >= o || v[verb].upos != "VERB"sv || (v[verb].xpos != "VBD"sv && v[verb].xpos != "VBN"sv)) continue;
        bool cc = false;
        for (int k : v.kids(w)) cc = cc || (k > o && k < w && v[k].deprel == "cc"sv);
        if (!cc) continue;
        // The noun phrase right after it, made a second object of the verb.
        int next = -1;
        for (int k : v.kids(verb)) {
            if (k > w && base_rel(v[k].deprel) == "obj" && nominal(v[k]) && v.span(k).first == w + 1) next = k;
        }
        if (next < 0 || v[w + 1].upos != "DET"sv) continue;
        v.set_upos(w, "VERB");
        v.set_xpos(w, v[verb].xpos);
        // Its lemma: "organised" -> "organise", "created" -> "create", "backed" -> "back".
        const std::string_view stem(form.data(), form.size() - 1);
        const bool keep_e = stem.size() > 4 && (stem.ends_with("ise") || stem.ends_with("ize") ||
                                                (stem.ends_with("ate") && !stem.ends_with("eate")));
        v.set_lemma(w, keep_e ? std::string(stem) : form.substr(0, form.size() - 2));
        v.attach(w, verb, "conj");
        v.set_head(next, w);
        changed = true;
    }
    return changed;
}

// "designs the courses and supplies the kits": a third-person verb the tagger read as a plural
// noun conjoined to the object of the verb before it, with the determiner phrase right after it
// hung on that object (or that verb) as a second object. A plural noun takes no determiner phrase
// straight after it: it is the verb's conjunct, and the phrase its object.
bool repair_plural_noun_verb_conjunct(View& v) {
    if (!(v.has_rel(trigger::rel({"conj", "cc"})) && v.has_tag(trigger::tag({"VERB", "NOUN"})) && v.has_base(trigger::rel({"obj"})))) {
        return false;
    }
    bool changed = false;
    for (int w = 3; w + 2 < v.size(); ++w) {
        const int o = v.head(w);
        if (v[w].upos != "NOUN"sv || v[w].xpos != "NNS"sv || v[w].deprel != "conj"sv || o < 1 || o >= w ||
            !nominal(v[o]) || base_rel(v[o].deprel) != "obj") {
            continue;
        }
        const int verb = v.head(o);
        if (verb < 0 || verb >= o || v[verb].upos != "VERB"sv || v[verb].xpos != "VBZ"sv) continue;
        bool cc = false;
        for (int k : v.kids(w)) cc = cc || (k > o && k < w && v[k].deprel == "cc"sv && v[k].form != ","sv);
        if (!cc || v[w + 1].upos != "DET"sv) continue;
        // The noun phrase right after it, made an object of the first object or of the verb, or a
        // conjunct of the first object with no coordinator or comma of its own.
        int next = -1;
        for (int k = w + 2; k < v.size() && next < 0; ++k) {
            if (!nominal(v[k]) || v.span(k).first != w + 1) continue;
            const std::string_view r = base_rel(v[k].deprel);
            bool marked = false;
            for (int g : v.kids(k)) marked = marked || (g < k && (v[g].deprel == "cc"sv || v[g].deprel == "punct"sv));
            if ((r == "obj" && (v.head(k) == o || v.head(k) == verb)) || (r == "conj" && v.head(k) == o && !marked)) next = k;
        }
        if (next < 0) continue;
        v.set_upos(w, "VERB");
        v.set_xpos(w, "VBZ");
        v.attach(w, verb, "conj");
        v.attach(next, w, "obj");
        changed = true;
    }
    return changed;
}

// "funded by Tarn Climate, an EU programme, and by the Osk Foundation, a charity that supports
// science": a conjunct that repeats the preposition of a phrase with an apposition is that
// phrase's conjunct, not the apposition's; an apposition after the conjunct describes the
// conjunct, not the first phrase.
bool repair_repeated_preposition_after_apposition(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_rel(trigger::rel({"case"})) && v.has_rel(trigger::rel({"appos"})) && v.has_tag(trigger::tag({"CCONJ"})) && v.has_tag(trigger::tag({"ADP"})))) return false;
    bool changed = false;
    for (int p = 2; p + 1 < v.size(); ++p) {
        const int c = repeated_preposition_conjunct(v, p);
        if (c < 0) continue;
        const int h = v.head(c);
        if (h < 1 || h >= p - 1 || v[h].deprel != "appos"sv) continue;
        const int a = v.head(h);
        if (a < 0 || a >= h || !nominal(v[a])) continue;
        bool same = false;
        for (int m : v.kids(a)) same = same || (m < a && v[m].deprel == "case"sv && v[m].form == v[p].form);
        if (!same) continue;
        v.set_head(c, a);
        const int end = v.span(c).second;
        for (int k : v.kids(a)) {
            if (k > end && v[k].deprel == "appos"sv) v.set_head(k, c);
        }
        changed = true;
    }
    return changed;
}

// "which is run by the university and Calder Valley NHS Trust, has followed": a name the parser
// hung on a coordinator as its apposition or conjunct (a coordinator has neither) is the
// conjunct of the noun right before the coordinator, and the coordinator is its own. So is a
// name the parser made the subject of a verb conjoined to a relative clause's verb, when a comma
// parts that subject from its verb: the comma closes the relative clause, whose object or agent
// the name joins ("which is run by the council and Marlow NHS Trust, has followed").
bool repair_apposition_of_coordinator(View& v) {
    if (!v.has_tag(trigger::tag({"CCONJ"}))) return false;
    bool changed = false;
    for (int c = 1; c + 1 < v.size(); ++c) {
        if (v[c].upos != "CCONJ"sv) continue;
        const int a = c - 1;
        const std::string& ra = v[a].deprel;
        if (!nominal(v[a]) || v.dominates(a, c) ||
            !(ra == "obl"sv || ra == "obl:agent"sv || ra == "obj"sv || ra == "nmod"sv)) {
            continue;
        }
        int g = -1;
        for (int k : v.kids(c)) {
            if (k > c && (v[k].deprel == "appos"sv || v[k].deprel == "conj"sv) && nominal(v[k]) && !v.dominates(k, a)) {
                g = k;
                break;
            }
        }
        const int f = v.head(c);
        if (g < 0 && v[c].deprel == "cc"sv && f > c && v[f].upos == "VERB"sv && v[f].deprel == "conj"sv &&
            v.head(f) >= 0 && v[v.head(f)].deprel == "acl:relcl"sv && v.dominates(v.head(f), a)) {
            for (int k : v.kids(f)) {
                if (k <= c || k >= f || !is_subject(v[k].deprel) || !nominal(v[k]) || v.span(k).first != c + 1) continue;
                // (The parser may have hung the comma on the name itself.)
                const int e = v.span(k).second;
                const int comma = v[e].form == ","sv ? e : e + 1;
                bool bare = comma < f && v[comma].form == ","sv;
                for (int j = comma + 1; bare && j < f; ++j) bare = v.head(j) == f && v[j].upos == "AUX"sv;
                if (bare) g = k;
            }
        }
        if (g < 0) continue;
        v.attach(g, a, "conj");
        v.attach(c, g, "cc");
        changed = true;
    }
    return changed;
}

// "negotiated between ministries, a state utility, mining towns and Brussels": a singular
// indefinite phrase that the parser made the apposition of a bare plural noun is no description
// of it (a plural is not "a utility") but a further item of the list that goes on after it with
// a coordinator.
bool repair_indefinite_apposition_in_plural_list(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"conj"})) && v.has_word(trigger::word({"a", "an"})))) {
        return false;
    }
    bool changed = false;
    for (int a = 2; a < v.size(); ++a) {
        const int h = v.head(a);
        if (v[a].deprel != "appos"sv || v[a].upos != "NOUN"sv || v[a].xpos != "NN"sv || h < 0 || h >= a ||
            v[h].upos != "NOUN"sv || v[h].xpos != "NNS"sv) {
            continue;
        }
        bool indefinite = false, bare = true, listed = false;
        for (int k : v.kids(a)) {
            const std::string w = ascii::lower(v[k].form);
            indefinite = indefinite || (k < a && v[k].deprel == "det"sv && (w == "a" || w == "an"));
        }
        // The list goes on after it: a later conjunct of the plural or of the phrase itself, with
        // a coordinator in the list's span.
        std::vector<int> later;
        for (int k : v.kids(h)) {
            bare = bare && !(k < h && (v[k].deprel == "det"sv || v[k].deprel == "nmod:poss"sv));
            if (k > a && v[k].deprel == "conj"sv) later.push_back(k);
        }
        for (int k : v.kids(a)) {
            if (k > a && v[k].deprel == "conj"sv) later.push_back(k);
        }
        for (int k = a + 1; k <= v.span(h).second && !later.empty(); ++k) listed = listed || v[k].upos == "CCONJ"sv;
        if (!indefinite || !bare || !listed) continue;
        v.set_deprel(a, "conj");
        for (int k : later) {
            if (v.head(k) == a) v.set_head(k, h);
            // One level of a chained list ("two banks and Brussels") joins the first item too.
            for (int c : v.kids(k)) {
                if (c > k && v[c].deprel == "conj"sv) v.set_head(c, h);
            }
        }
        changed = true;
    }
    return changed;
}

// "Dunmore University and its partner, the Marsh Institute, will study": a name set off by a
// comma right after a conjunct that has the coordinator, and with none of its own, is no further
// item of the list (the last item is the one after "and") but an apposition to that conjunct's
// noun.
bool repair_apposition_taken_for_conjunct(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    bool changed = false;
    for (int b = 2; b < v.size(); ++b) {
        if (v[b].deprel != "conj"sv || v[b].upos != "PROPN"sv) continue;
        const int a = v.head(b);
        if (a < 0 || a >= b) continue;
        bool own_cc = false;
        for (int k : v.kids(b)) own_cc = own_cc || (k < b && v[k].deprel == "cc"sv);
        if (own_cc) continue;
        const int lo = v.span(b).first;
        const int comma = v[lo].form == ","sv ? lo : lo - 1;
        if (comma < 1 || v[comma].form != ","sv) continue;
        // The conjunct right before the comma: a common noun of the same head, with its "and".
        int n = -1;
        for (int k : v.kids(a)) {
            if (k < b && v[k].deprel == "conj"sv && v[k].upos == "NOUN"sv && v.span(k).second == comma - 1) n = k;
        }
        if (n < 0) continue;
        bool cc = false;
        for (int k : v.kids(n)) cc = cc || (k < n && v[k].deprel == "cc"sv && v[k].upos == "CCONJ"sv);
        if (!cc) continue;
        v.attach(b, n, "appos");
        changed = true;
    }
    return changed;
}

// "A, B and the Wyre Schools Partnership, which runs nine schools": a relative clause after the
// last conjunct of a list, which the parser hung on a middle conjunct it does not follow, is the
// last conjunct's (what the whole list shares hangs on the first conjunct).
bool repair_relative_on_middle_conjunct(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) && v.has_rel(trigger::rel({"conj"})))) return false;
    bool changed = false;
    for (int c = 2; c < v.size(); ++c) {
        if (v[c].deprel != "acl:relcl"sv) continue;
        const int h = v.head(c);
        if (h < 0 || h >= c || v[h].deprel != "conj"sv || !nominal(v[h])) continue;
        int last = -1;
        for (int z : v.kids(v.head(h))) {
            if (z > h && z < c && v[z].deprel == "conj"sv && nominal(v[z])) last = std::max(last, z);
        }
        if (last < 0) continue;
        int comma = v.span(c).first;
        if (v[comma].form != ","sv) --comma;
        if (comma < 1 || v[comma].form != ","sv || v.span(last).second != comma - 1) continue;
        v.attach(c, last, "acl:relcl");
        changed = true;
    }
    return changed;
}

// "the Nordic Fund, which has pledged 18 million dollars to the centre, and the Aurelius
// Foundation, which will pay for the training": a name after ", and" with a relative clause of
// its own, which the parser made a conjunct of a noun inside the first name's relative clause
// (and whose clause it hung on the first name), is the first name's conjunct, and the second
// clause is its own.
bool repair_conjunct_with_own_relative(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) && v.has_rel(trigger::rel({"conj"})))) return false;
    bool changed = false;
    for (int r2 = 4; r2 < v.size(); ++r2) {
        if (v[r2].deprel != "acl:relcl"sv) continue;
        // The comma before the relative word may hang on the clause or before it.
        int comma = v.span(r2).first;
        if (comma >= 1 && v[comma].form != ","sv) --comma;
        if (comma < 1 || comma + 1 >= r2 || v[comma].form != ","sv || !relative_pronoun(v[comma + 1])) continue;
        // The name right before the comma, a conjunct with its own coordinator.
        int n = -1;
        for (int z = comma - 1; z > 0 && z >= comma - 8 && n < 0; --z) {
            if (v[z].deprel == "conj"sv && v[z].upos == "PROPN"sv && v.span(z, r2).second == comma - 1) n = z;
        }
        if (n < 0) continue;
        bool coordinated = false;
        for (int k : v.kids(n)) coordinated = coordinated || (k < n && v[k].deprel == "cc"sv);
        // The first name's relative clause, which holds what the parser joined the name to.
        int r1 = v.head(n);
        for (int steps = 0; r1 >= 0 && steps < 4 && v[r1].deprel != "acl:relcl"sv; ++steps) r1 = v.head(r1);
        if (!coordinated || r1 < 0 || v[r1].deprel != "acl:relcl"sv) continue;
        const int a = v.head(r1);
        if (a < 0 || a >= r1 || v[a].upos != "PROPN"sv) continue;
        v.attach(n, a, "conj");
        v.set_head(r2, n);
        changed = true;
    }
    return changed;
}

// "resolved to establish a centre, to be hosted by the institute in Dodoma": a passive "to"
// infinitive with its agent, set off by a comma straight after the verb's object and with no
// subject of its own, says what will be done to that object; the parser hangs it on the verb
// as an adverbial clause, so that the verb's subject became what is hosted.
bool repair_passive_infinitive_on_object(View& v) {
    if (!(v.has_rel(trigger::rel({"advcl"})) && v.has_rel(trigger::rel({"obl:agent"})))) return false;
    bool changed = false;
    for (int a = 3; a < v.size(); ++a) {
        if (v[a].deprel != "advcl"sv || v[a].xpos != "VBN"sv) continue;
        const int h = v.head(a);
        if (h < 0 || h >= a) continue;
        bool to = false, pass = false, agent = false, own = false;
        for (int k : v.kids(a)) {
            to = to || (k < a && v[k].deprel == "mark"sv && ascii::iequals(v[k].form, "to"));
            pass = pass || v[k].deprel == "aux:pass"sv;
            agent = agent || v[k].deprel == "obl:agent"sv;
            own = own || is_subject(v[k].deprel);
        }
        const int comma = v.span(a).first;
        if (!to || !pass || !agent || own || v[comma].form != ","sv) continue;
        int obj = -1;
        for (int k : v.kids(h)) {
            if (k < comma && v[k].deprel == "obj"sv && nominal(v[k]) && v.span(k).second == comma - 1) obj = k;
        }
        if (obj < 0) continue;
        v.attach(a, obj, "acl");
        changed = true;
    }
    return changed;
}

// "1. The meeting was held in Kigali ...": a numbered paragraph's marker ("1.", "12)") that the
// parser made the root, with the sentence's verb hung below it (as a relative clause, say), is
// no head: the verb with a subject of its own is the root, and the marker hangs on it.
bool repair_list_marker_root(View& v) {
    if (!v.has_tag(trigger::tag({"NUM"})) || v.size() < 4) return false;
    const int r = v.root();
    const std::string& f = v[0].form;
    if (r != 0 || v[0].upos != "NUM"sv || f.size() < 2 || (f.back() != '.' && f.back() != ')')) return false;
    for (std::size_t i = 0; i + 1 < f.size(); ++i) {
        if (f[i] < '0' || f[i] > '9') return false;
    }
    int verb = -1;
    for (int k : v.kids(0)) {
        if (verb >= 0 || v[k].upos != "VERB"sv) continue;
        for (int c : v.kids(k)) {
            if (is_subject(v[c].deprel)) verb = k;
        }
    }
    if (verb < 0) return false;
    for (int k : v.kids(0)) {
        if (k != verb) v.set_head(k, verb);
    }
    v.attach(verb, -1, "root");
    v.attach(0, verb, "discourse");
    return true;
}

// "was held in Kigali on 20 and 21 October under the chairmanship of X": a prepositional phrase
// of a noun (not "of") that the parser hung on a number of a date in the verb's oblique is the verb's
// (and a second number it hung on the coordinator is the first one's conjunct).
bool repair_phrase_on_date_number(View& v) {
    if (!(v.has_tag(trigger::tag({"NUM"})) && v.has_rel(trigger::rel({"nmod"})))) return false;
    bool changed = false;
    for (int x = 2; x < v.size(); ++x) {
        const int d = v.head(x);
        // (A number is no phrase of the verb: "from 2006 to 2008" is a range.)
        if (v[x].deprel != "nmod"sv || d < 0 || d >= x || v[d].upos != "NUM"sv ||
            (v[x].upos != "NOUN"sv && v[x].upos != "PROPN"sv)) {
            continue;
        }
        int c = -1;
        for (int k : v.kids(x)) {
            if (k < x && v[k].deprel == "case"sv) c = k;
        }
        if (c < 0 || ascii::iequals(v[c].form, "of")) continue;
        // "20 and 21": the parser may hang the second number on the coordinator.
        if (v[d].deprel == "conj"sv && d >= 2 && v.head(d) == d - 1 && v[d - 1].upos == "CCONJ"sv &&
            v[d - 2].upos == "NUM"sv) {
            v.set_head(d, d - 2);
            v.attach(d - 1, d, "cc");
        }
        int o = d;
        for (int steps = 0; o >= 0 && steps < 3 && v[o].deprel == "conj"sv; ++steps) o = v.head(o);
        if (o < 0 || v[o].deprel != "obl"sv || v[o].upos != "NUM"sv) continue;
        const int verb = v.head(o);
        if (verb < 0 || v[verb].upos != "VERB"sv) continue;
        v.attach(x, verb, "obl");
        changed = true;
    }
    return changed;
}

// "the support of development partners, in particular the Nordic Fund and the Aurelius
// Foundation": the parser reads "in particular" as a phrase of its own on the names, which it
// hangs on the verb. The names are examples of the noun before the comma: they hang on it, with
// "in particular" as their marker.
bool repair_in_particular(View& v) {
    if (!v.has_word(trigger::word({"in"}))) return false;
    bool changed = false;
    for (int p = 3; p + 1 < v.size(); ++p) {
        if (!ascii::iequals(v[p].form, "particular") || !ascii::iequals(v[p - 1].form, "in") || v[p - 2].form != ","sv) continue;
        const int x = v.head(p), n = p - 3;
        if (x <= p || !nominal(v[x]) || v.head(p - 1) != p || (v[n].upos != "NOUN"sv && v[n].upos != "PROPN"sv) ||
            v[n].deprel == "compound"sv || v.dominates(x, n)) {
            continue;
        }
        v.attach(x, n, "nmod");
        v.attach(p - 1, x, "case");
        v.attach(p, p - 1, "fixed");
        v.attach(p - 2, x, "punct");
        changed = true;
    }
    return changed;
}

// "Calloway Group, which built the scheme, did not respond to questions.": the opening noun
// phrase read as the root, with the sentence's verb hung on the relative clause set off by
// commas. The verb after the clause's closing comma, with no subject, marker or coordinator of
// its own, is the root and the noun phrase its subject.
bool repair_relative_then_predicate(View& v) {
    const int n = v.size();
    const int r = v.root();
    if (r < 0 || (v[r].upos != "NOUN"sv && v[r].upos != "PROPN"sv) || r + 2 >= n) return false;
    for (int c = r + 2; c < n; ++c) {
        if (v.head(c) != r || v[c].deprel != "acl:relcl"sv) continue;
        // The comma opening the clause follows the noun, or the noun's own "of" phrase ("The
        // Union of Research Staff, which ...").
        if (v[r + 1].form != ","sv) {
            int open = v.span(c).first;
            if (v[open].form != ","sv) --open;
            if (open <= r + 1 || v[open].form != ","sv || !ascii::iequals(v[r + 1].form, "of")) continue;
            bool own = true;
            for (int k = r + 1; k < open && own; ++k) own = v.dominates(r, k) && !v.dominates(c, k);
            if (!own) continue;
        }
        bool relative = false;
        for (int k = r + 1; k < c; ++k) relative = relative || (v.head(k) == c && relative_pronoun(v[k]));
        if (!relative) return false;
        for (int f = c + 1; f < n; ++f) {
            // "The union, which represents 9,000 staff, was harsher.": or an adjective with its
            // copula, hung on the clause as a conjunct, is the predicate.
            bool copular = false;
            if (v[f].upos == "ADJ"sv) {
                for (int k : v.kids(f)) copular = copular || (k < f && v[k].deprel == "cop"sv);
            }
            if (v[f].upos != "VERB"sv && !copular) continue;
            const int hf = v.head(f);
            const std::string& d = v[f].deprel;
            if (copular && hf != c) continue;
            if (hf == c) {
                if (d != "advcl"sv && d != "conj"sv && d != "parataxis"sv && d != "ccomp"sv) continue;
            } else {
                // "The company, which employs 1,100 people, has built sea walls": or a finite
                // verb hung on the clause's object as a second relative clause; after a comma
                // a relative clause needs its own relative word, so it is none.
                if (hf <= c || hf >= f || v.head(hf) != c || !nominal(v[hf])) continue;
                if (d == "acl:relcl"sv) {
                    bool finite = v[f].xpos == "VBD"sv || v[f].xpos == "VBZ"sv || v[f].xpos == "VBP"sv;
                    for (int k : v.kids(f)) finite = finite || (k < f && v[k].deprel == "aux"sv);
                    if (!finite) continue;
                } else if (d == "acl"sv && (v[f].xpos == "VBN"sv || v[f].xpos == "VBD"sv) && v[f - 1].form == ","sv) {
                    // "The union, which represents 4,000 crew, criticised the operator": a past
                    // form with a direct object after the clause's closing comma is the sentence's
                    // verb, not a participle on the clause's object (a passive participle takes
                    // no object).
                    bool object = false, aux = false;
                    for (int k : v.kids(f)) {
                        object = object || (k > f && v[k].deprel == "obj"sv);
                        aux = aux || base_rel(v[k].deprel) == "aux";
                    }
                    if (!object || aux) continue;
                } else {
                    continue;
                }
            }
            int left = v.span(f).first;
            // "X, which represents 9,000 companies, said ...": the clause's own words before the
            // closing comma right before the verb, which the parser hung on the verb ("companies"
            // its object), stay the clause's.
            int stray_end = -1;
            if (left < 1 || v[left - 1].form != ","sv) {
                // A comma the parser hung on the verb itself opens the span.
                if (v[left].form != ","sv) {
                    if (hf != c || v[f - 1].form != ","sv || left >= f - 1) continue;
                    stray_end = f - 1;
                    left = f - 1;
                }
            }
            bool own = false;
            for (int k = 0; k < f && !own; ++k) {
                if (v.head(k) != f) continue;
                if (k < stray_end) {
                    own = is_subject(v[k].deprel) || v[k].deprel == "mark"sv || v[k].deprel == "cc"sv;
                    continue;
                }
                const std::string& kd = v[k].deprel;
                own = is_subject(kd) || kd == "mark"sv || kd == "cc"sv ||
                      (kd == "punct"sv && k != left) || relative_pronoun(v[k]);
            }
            if (own) continue;
            for (int k = 0; k < stray_end; ++k) {
                if (v.head(k) == f) v.set_head(k, c);
            }
            for (int k = 0; k < n; ++k) {
                if (k != f && v.head(k) == r && k > f) v.set_head(k, f);
            }
            const int comma = v[left].form == ","sv ? left : left - 1;
            v.attach(f, -1, "root");
            v.attach(r, f, "nsubj");
            v.attach(comma, c, "punct");
            return true;
        }
    }
    return false;
}

// "signed a contract with Kestrel Civil Engineering to rebuild the walls": "with" and the name
// read as an absolute clause ("with X to do Y", the name its subject) on the infinitive. After a
// noun whose phrase ends right before "with", the name is that noun's complement; the infinitive
// keeps modifying the noun.
bool repair_with_subject_infinitive(View& v) {
    const int n = v.size();
    bool changed = false;
    for (int w = 1; w + 3 < n; ++w) {
        if (!ascii::iequals(v[w].form, "with") || v[w].deprel != "mark"sv) continue;
        const int verb = v.head(w);
        if (verb <= w || verb >= n || v[verb].xpos != "VB"sv) continue;
        int subj = -1, to = -1;
        for (int k = w + 1; k < verb; ++k) {
            if (v.head(k) != verb) continue;
            if (v[k].deprel == "nsubj"sv) subj = k;
            if (v[k].deprel == "mark"sv && ascii::iequals(v[k].form, "to")) to = k;
        }
        if (subj < 0 || to < 0 || !nominal(v[subj]) || v[subj].upos == "PRON"sv) continue;
        const int noun = v.head(verb);
        // "will work with Hollinsford College to train apprentices": right after a verb (no
        // comma before "with", which an absolute clause would have), the name is the verb's
        // oblique and the infinitive says what for.
        const bool on_verb = noun >= 0 && noun < w && v[noun].upos == "VERB"sv && v[verb].deprel == "advcl"sv;
        if (noun < 0 || noun >= w || (v[noun].upos != "NOUN"sv && v[noun].upos != "PROPN"sv && !on_verb)) continue;
        if (on_verb) {
            // Only the verb's own adverbs between it and "with" ("work closely with").
            bool next = true;
            for (int k = noun + 1; k < w; ++k) next = next && v.head(k) == noun && v[k].deprel == "advmod"sv;
            if (!next) continue;
        } else if (v.span(noun, verb).second != w - 1) {
            continue;  // the noun's phrase ends before "with"
        }
        const auto [lo, hi] = v.span(subj);
        if (lo != w + 1 || hi != to - 1) continue;
        v.attach(subj, noun, on_verb ? "obl" : "nmod");
        v.attach(w, subj, "case");
        changed = true;
    }
    return changed;
}

// "rivals such as the Spanish company Agrobot": "such" read as an adjective of the noun with
// "as" fixed to it and the example as its object. UD makes "such" (with "as" fixed) the
// example's case marker and the example a modifier of the noun.
bool repair_such_as_object(View& v) {
    bool changed = false;
    const int n = v.size();
    for (int i = 0; i + 2 < n; ++i) {
        if (!ascii::iequals(v[i].form, "such") || !ascii::iequals(v[i + 1].form, "as")) continue;
        const int h = v.head(i);
        if (h < 0 || h >= n || h > i || v[i].deprel != "amod"sv || !nominal(v[h])) continue;
        int example = -1;
        for (int k = i + 2; k < n && example < 0; ++k) {
            if (v.head(k) == i && (v[k].deprel == "obj"sv || v[k].deprel == "obl"sv || v[k].deprel == "nmod"sv) &&
                nominal(v[k])) {
                example = k;
            }
        }
        if (example < 0) continue;
        for (int k = 0; k < n; ++k) {
            if (v.head(k) == i && k != i + 1 && k != example) v.set_head(k, example);
        }
        v.attach(example, h, "nmod");
        v.attach(i, example, "case");
        v.attach(i + 1, i, "fixed");
        changed = true;
    }
    return changed;
}

// "The German Diabetes Aid, a patient group funded partly by drugmakers, warned": a participle
// with its agent read as a relative clause on the name, with the description set off by the
// comma as its subject. The description is the name's apposition, and the participle modifies
// the description.
bool appositive_participle(View& v, int r) {
    const int n = v.size();
    const int up = v.head(r);
    int subj = -1, agent = -1;
    for (int k = 0; k < n; ++k) {
        if (v.head(k) != r) continue;
        const std::string& d = v[k].deprel;
        if (d == "aux"sv || d == "aux:pass"sv || d == "cop"sv || d == "mark"sv || relative_pronoun(v[k])) return false;
        if (d == "nsubj"sv && k < r) subj = k;
        if (d == "obl:agent"sv && k > r) agent = k;
    }
    if (subj < 0 || agent < 0 || v[subj].upos != "NOUN"sv || subj <= up || !nominal(v[up])) return false;
    const auto [left, right] = v.span(subj);
    if (right != r - 1 || left < 1 || v[left - 1].form != ","sv || left - 1 <= up) return false;
    v.attach(subj, up, "appos");
    v.attach(r, subj, "acl");
    if (v.head(left - 1) == r) v.set_head(left - 1, subj);
    return true;
}

// "A report published last year by the Royal College warned that ...": a participle with its
// agent read as the predicate (the root, or a clause's conjunct after ", and"), with the noun
// before it as its subject and the finite verb that follows the agent hung on it or beside it.
// The participle modifies the noun, and the noun is the finite verb's subject; the finite verb
// takes the participle's place in the sentence.
bool repair_participle_subject(View& v) {
    const int n = v.size();
    bool changed = false;
    for (int r = 1; r < n; ++r) {
        if (v[r].xpos != "VBN"sv || v[r].upos != "VERB"sv) continue;
        const int up = v.head(r);
        if (up < -1 || up >= n) continue;
        if (up >= 0 && v[r].deprel == "acl:relcl"sv) {
            if (appositive_participle(v, r)) changed = true;
            continue;
        }
        if (up >= 0 && v[r].deprel != "conj"sv) continue;
        int subj = -1, agent = -1, verb = -1;
        bool plain = true;
        for (int k = 0; k < n && plain; ++k) {
            if (v.head(k) != r) continue;
            const std::string& d = v[k].deprel;
            if (d == "aux"sv || d == "aux:pass"sv || d == "cop"sv || d == "mark"sv) plain = false;
            if (d == "nsubj"sv && k < r) subj = k;
            if (d == "obl:agent"sv && k > r) agent = k;
        }
        if (!plain || subj < 0 || v[subj].upos != "NOUN"sv) continue;
        if (v.span(subj).second != r - 1) continue;  // the noun phrase ends right before it
        // The agent may have been read as the next verb's subject ("by the Alder Institute
        // found"): the first phrase after the participle marked "by".
        int by_subject = -1;
        if (agent < 0) {
            for (int k = r + 1; k + 1 < n && agent < 0; ++k) {
                if (v[k].form != "by"sv || v[k].deprel != "case"sv) continue;
                const int a = v.head(k);
                if (a <= k || a >= n) break;
                const int h = v.head(a);
                if (v[a].deprel == "nsubj"sv && h > a && h < n && v.head(h) == r) {
                    agent = a;
                    by_subject = a;
                }
                break;
            }
        }
        if (agent < 0) continue;
        for (int k = agent + 1; k < n && verb < 0; ++k) {
            const bool kid = v.head(k) == r &&
                             (v[k].deprel == "advcl"sv || v[k].deprel == "conj"sv ||
                              v[k].deprel == "parataxis"sv || v[k].deprel == "ccomp"sv);
            const bool sibling = up >= 0 && v.head(k) == up &&
                                 (v[k].deprel == "conj"sv || v[k].deprel == "parataxis"sv);
            if ((kid || sibling) && (v[k].xpos == "VBD"sv || v[k].xpos == "VBZ"sv || v[k].xpos == "VBP"sv)) {
                verb = k;
            }
        }
        if (verb < 0) continue;
        bool own_start = false;  // a subject, marker or coordinator of its own: a clause of its own
        if (by_subject >= 0 && v.head(by_subject) != verb) continue;
        for (int k = 0; k < verb && !own_start; ++k) {
            if (k == by_subject || v.head(k) != verb) continue;
            const std::string& d = v[k].deprel;
            own_start = is_subject(d) || d == "mark"sv || d == "cc"sv || d == "punct"sv;
        }
        if (own_start) continue;
        if (by_subject >= 0) v.attach(by_subject, r, "obl:agent");
        const std::string rel = v[r].deprel;
        v.set_head(verb, up);
        v.set_deprel(verb, rel);
        v.attach(subj, verb, "nsubj");
        v.attach(r, subj, "acl");
        for (int k = 0; k < n; ++k) {
            if (v.head(k) != r) continue;
            // What follows the finite verb, and the ", and" before the subject, are the verb's.
            if (k > verb || (k < subj && (v[k].deprel == "cc"sv || v[k].deprel == "punct"sv))) v.set_head(k, verb);
        }
        changed = true;
    }
    return changed;
}

// "Presenting the officers' report, the council's head of planning, Gareth Lowe, said ...": after
// a sentence-opening participle clause, the parser may hang the main clause's subject on the
// clause's object as an apposition, leaving the main verb with no subject. A phrase set off by a
// comma that ends right before the main verb (but for punctuation) is its subject.
bool repair_subject_taken_for_apposition(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"advcl"})))) return false;
    if (v.size() < 6 || v[0].xpos != "VBG"sv || v[0].deprel != "advcl"sv) return false;
    const int verb = v.head(0);
    if (verb < 2 || v[verb].upos != "VERB"sv) return false;
    for (int k : v.kids(verb)) {
        if (is_subject(v[k].deprel)) return false;
    }
    for (int a = 2; a < verb; ++a) {
        if (v[a].deprel != "appos"sv || !(v[a].upos == "NOUN"sv || v[a].upos == "PROPN"sv) || !v.dominates(0, a)) continue;
        const int h = v.head(a);
        if (h < 1 || h >= a || v.head(h) != 0 || v[h].deprel != "obj"sv) continue;
        const auto [lo, hi] = v.span(a);
        if (!(v[lo].form == ","sv || v[lo - 1].form == ","sv)) continue;
        bool next = hi + 1 < verb;
        for (int k = hi + 1; k < verb; ++k) next = next && v[k].upos == "PUNCT"sv;
        if (!next) continue;
        v.attach(a, verb, "nsubj");
        return true;
    }
    return false;
}

// "with the University of Porto and the Marine Biological Association": the parser may hang a
// name that has its own determiner on the bare proper noun after a name's "of" as its conjunct.
// A determiner opens a new name, so it is a conjunct of the name the "of" phrase completes.
bool repair_conjunct_after_of_name(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_rel(trigger::rel({"nmod"})) &&
          v.has_word(trigger::word({"of"})) && v.has_tag(trigger::tag({"PROPN"})))) {
        return false;
    }
    bool changed = false;
    for (int c = 4; c < v.size(); ++c) {
        const int obj = v.head(c);
        if (v[c].deprel != "conj"sv || v[c].upos != "PROPN"sv || obj < 2 || obj >= c || v[obj].upos != "PROPN"sv ||
            v[obj].deprel != "nmod"sv) {
            continue;
        }
        const int name = v.head(obj);
        if (name < 0 || name >= obj || v[name].upos != "PROPN"sv) continue;
        bool of = false, bare = true, det = false;
        for (int k : v.kids(obj)) {
            if (k < obj && v[k].deprel == "case"sv) of = ascii::iequals(v[k].form, "of");
            if (k < obj && v[k].deprel == "det"sv) bare = false;
        }
        for (int k : v.kids(c)) {
            det = det || (k < c && v[k].deprel == "det"sv && (ascii::iequals(v[k].form, "the") || ascii::iequals(v[k].form, "a") ||
                                                             ascii::iequals(v[k].form, "an")));
        }
        if (!of || !bare || !det) continue;
        v.set_head(c, name);
        changed = true;
    }
    return changed;
}

// "a company based in Munich that builds machines": a restrictive "that" clause does not pick
// out a proper name, so one right after the place of a participle ("based in", "located in")
// describes the noun the participle modifies. "Carverton Homes, a developer based in Sheffield,
// which bought the site": a "which" or "who" clause set off by a comma after the description that
// a comma opened describes the name the description is in apposition to.
bool repair_relative_after_participle_place(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) && v.has_rel(trigger::rel({"acl"})) &&
          v.has_word(trigger::word({"that", "which", "who"})))) {
        return false;
    }
    bool changed = false;
    for (int r = 3; r < v.size(); ++r) {
        const int place = v.head(r);
        if (v[r].deprel != "acl:relcl"sv || place < 2 || place >= r || v[place].upos != "PROPN"sv ||
            base_rel(v[place].deprel) != "obl"sv || v.span(place, r).second + 1 != v.span(r).first) {
            continue;
        }
        bool that = false, which = false;
        for (int k : v.kids(r)) {
            if (k > r || !is_subject(v[k].deprel)) continue;
            that = that || v[k].form == "that"sv;
            which = which || ((v[k].form == "which"sv || v[k].form == "who"sv) && k >= 1 &&
                              v[k - 1].form == ","sv && v.head(k - 1) == r);
        }
        const int part = v.head(place);
        if (!(that || which) || part < 1 || part >= place || v[part].deprel != "acl"sv || v[part].xpos != "VBN"sv) continue;
        const int noun = v.head(part);
        if (noun < 0 || noun >= part || v[noun].upos != "NOUN"sv) continue;
        if (that) {
            v.set_head(r, noun);
            changed = true;
            continue;
        }
        // The description is a name's apposition set off by a comma.
        const int name = v.head(noun);
        const int first = v.span(noun).first;
        if (v[noun].deprel != "appos"sv || name < 0 || name >= noun || v[name].upos != "PROPN"sv ||
            !(v[first].form == ","sv || (first >= 1 && v[first - 1].form == ","sv))) {
            continue;
        }
        v.set_head(r, name);
        changed = true;
    }
    return changed;
}

// "Analysts at the education consultancy Tyton Partners said": the parser may hang the name on
// the occupation noun as an apposition, with the description before it (and the preposition on
// the description) below it. The preposition's phrase is the description's, and the name is the
// description's close apposition.
bool repair_described_name_after_preposition(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_rel(trigger::rel({"nmod:desc"})) &&
          v.has_tag(trigger::tag({"PROPN"})))) {
        return false;
    }
    bool changed = false;
    for (int k = 1; k < v.size(); ++k) {
        const int h = v.head(k);
        if (v[k].upos != "PROPN"sv || v[k].deprel != "appos"sv || h < 0 || h >= k) continue;
        int desc = -1;
        for (int d : v.kids(k)) {
            if (d < k && v[d].deprel == "nmod:desc"sv && v[d].upos == "NOUN"sv) desc = d;
        }
        if (desc < 0) continue;
        int cased = -1;
        for (int c : v.kids(desc)) {
            if (c < desc && v[c].deprel == "case"sv && v[c].upos == "ADP"sv) cased = c;
        }
        if (cased < 0) continue;
        v.attach(desc, h, v[h].upos == "VERB"sv ? "obl" : "nmod");
        v.attach(k, desc, "appos");
        changed = true;
    }
    return changed;
}

// "managed by Aguas del Sur, a state-owned company that builds plants": the parser may make the
// description after the comma the preposition's object and hang the name on the preposition.
// The name is the object and the description its apposition.
bool repair_name_under_preposition(View& v) {
    if (!(v.has_rel(trigger::rel({"case"})) && v.has_tag(trigger::tag({"ADP"})) &&
          v.has_tag(trigger::tag({"PROPN"})))) {
        return false;
    }
    bool changed = false;
    for (int p = 0; p + 2 < v.size(); ++p) {
        const int h = v.head(p);
        if (v[p].upos != "ADP"sv || v[p].deprel != "case"sv || h <= p + 1 || !nominal(v[h])) continue;
        int name = -1;
        for (int k : v.kids(p)) {
            if (k > p && k < h && v[k].upos == "PROPN"sv && name < 0) name = k;
        }
        if (name < 0) continue;
        const int end = v.span(name).second;
        if (end + 1 >= h || v[end + 1].form != ","sv) continue;
        const int top = v.head(h);
        if (top < 0) continue;
        v.attach(name, top, v[h].deprel.c_str());
        v.attach(h, name, "appos");
        v.attach(p, name, "case");
        changed = true;
    }
    return changed;
}

// "..., said Barbara Wilkes, the provost of Kansas State, who chairs the board": a relative
// clause the parser hung on a verb whose subject follows it (the inverted subject of a
// reporting verb) is about that subject; a verb takes no "who" clause.
bool repair_relative_on_inverted_verb(View& v) {
    if (!(v.has_rel(trigger::rel({"acl:relcl"})) && v.has_word(trigger::word({"who", "which"})))) return false;
    bool changed = false;
    for (int c = 0; c < v.size(); ++c) {
        const int h = v.head(c);
        if (v[c].deprel != "acl:relcl"sv || h < 0 || h >= c || v[h].upos != "VERB"sv) continue;
        bool relative = false;
        for (int k : v.kids(c)) relative = relative || (k < c && relative_pronoun(v[k]) && is_subject(v[k].deprel));
        if (!relative) continue;
        int subject = -1;
        for (int k : v.kids(h)) {
            if (k > h && k < c && is_subject(v[k].deprel) && nominal(v[k])) subject = k;
        }
        if (subject < 0) continue;
        v.set_head(c, subject);
        changed = true;
    }
    return changed;
}

// "said Kadri Saar, an archaeogeneticist at Tartu who led the project": "who" speaks of a person,
// and the place or institution named after "at" is where the person works; a "who" clause right
// after such a name (which the parser hangs on the name or makes a complement of the sentence's
// verb) is a relative clause on the noun the "at" phrase completes ("a professor of history at
// X who" climbs past "of history" to "professor").
bool repair_who_after_workplace(View& v) {
    if (!(v.has_word(trigger::word({"who"})) && v.has_rel(trigger::rel({"nmod"})) &&
          v.has_tag(trigger::tag({"PROPN"})))) {
        return false;
    }
    bool changed = false;
    for (int w = 3; w + 1 < v.size(); ++w) {
        if (!ascii::iequals(v[w].form, "who") || !is_subject(v[w].deprel)) continue;
        const int r = v.head(w);
        if (r <= w || r >= v.size() || v[r].upos != "VERB"sv) continue;
        int p = w - 1;  // the head of the name right before "who"
        for (int steps = 0; steps < v.size() && v.head(p) > p && v.head(p) < w &&
                            (v[p].deprel == "flat"sv || v[p].deprel == "compound"sv);
             ++steps) {
            p = v.head(p);
        }
        if (v[p].upos != "PROPN"sv || v[p].deprel != "nmod"sv) continue;
        bool at = false;
        for (int c : v.kids(p)) at = at || (c < p && v[c].deprel == "case"sv && ascii::iequals(v[c].form, "at"));
        int n = v.head(p);
        if (!at || n < 0 || n >= p) continue;
        for (int steps = 0; steps < v.size() && v[n].deprel == "nmod"sv && v.head(n) >= 0 && v.head(n) < n &&
                            v[v.head(n)].upos == "NOUN"sv;
             ++steps) {
            bool of = false;
            for (int c : v.kids(n)) of = of || (c < n && v[c].deprel == "case"sv && ascii::iequals(v[c].form, "of"));
            if (!of) break;
            n = v.head(n);
        }
        if (v[n].upos != "NOUN"sv || capitalized_word(v[n]) || v.dominates(r, n)) continue;
        if (v.head(r) == n && v[r].deprel == "acl:relcl"sv) continue;
        v.attach(r, n, "acl:relcl");
        changed = true;
    }
    return changed;
}

// "asked Rhodri Evans, a member of the Senedd's health committee, who has asked ministers": "who"
// speaks of a person; a "who" clause after a comma that the parser hung on the last noun of an
// "of" phrase completing a description in apposition to a name is a relative clause on that
// description (the member, not the committee).
bool repair_who_after_of_phrase(View& v) {
    if (!(v.has_word(trigger::word({"who", "of"})) && v.has_rel(trigger::rel({"appos", "acl:relcl"})))) return false;
    bool changed = false;
    for (int w = 4; w + 1 < v.size(); ++w) {
        if (!ascii::iequals(v[w].form, "who") || !is_subject(v[w].deprel) || v[w - 1].form != ","sv) continue;
        const int r = v.head(w);
        if (r <= w || r >= v.size() || v[r].deprel != "acl:relcl"sv) continue;
        const int n = v.head(r);
        if (n < 0 || n >= w || v[n].upos != "NOUN"sv || v[n].deprel != "nmod"sv || v.span(n, r).second != w - 2) continue;
        bool of = false;
        for (int c : v.kids(n)) of = of || (c < n && v[c].deprel == "case"sv && ascii::iequals(v[c].form, "of"));
        const int m = v.head(n);
        if (!of || m < 0 || m >= n || v[m].upos != "NOUN"sv || v[m].deprel != "appos"sv) continue;
        const int name = v.head(m);
        if (name < 0 || name >= m || v[name].upos != "PROPN"sv) continue;
        v.set_head(r, m);
        if (v.head(w - 1) == n) v.set_head(w - 1, r);
        changed = true;
    }
    return changed;
}

// "argues that health workers should not be prescribing antibiotics, and it has asked the ministry
// to limit": a subject pronoun after ", and" right before its own auxiliaries and verb opens a
// clause of its own. The parser may make it a conjunct of the earlier clause's subject and that
// subject the later verb's, with the earlier verb left inside the subject's phrase. The pronoun is
// the later verb's subject, the later clause a conjunct of the verb both clauses hang from, and
// the earlier verb (the first with auxiliaries inside the subject's phrase) the earlier clause's.
bool repair_pronoun_clause_taken_for_conjunct(View& v) {
    if (!(v.has_word(trigger::word({"and"})) && v.has_rel(trigger::rel({"conj"})) && v.has_tag(trigger::tag({"PRON"})))) return false;
    for (int p = 3; p + 2 < v.size(); ++p) {
        const std::string_view f = v[p].form;
        if (v[p].upos != "PRON"sv || v[p].deprel != "conj"sv ||
            !(f == "it"sv || f == "he"sv || f == "she"sv || f == "they"sv || f == "we"sv)) {
            continue;
        }
        if (v[p - 2].form != ","sv || v[p - 1].upos != "CCONJ"sv) continue;
        const int n = v.head(p);
        if (n < 0 || n >= p - 2 || !nominal(v[n]) || !is_subject(v[n].deprel)) continue;
        const int verb = v.head(n);
        if (verb <= p || v[verb].upos != "VERB"sv) continue;
        bool adjacent = true;  // only the verb's auxiliaries between the pronoun and the verb
        for (int k = p + 1; k < verb && adjacent; ++k) adjacent = v.head(k) == verb && v[k].upos == "AUX"sv;
        const int up = v.head(verb);
        if (!adjacent || up < 0 || up >= n) continue;
        int earlier = -1;  // the earlier clause's verb, inside the subject's phrase
        for (int k = n + 1; k < p - 2 && earlier < 0; ++k) {
            if (v[k].upos != "VERB"sv || !v.dominates(n, k)) continue;
            for (int c : v.kids(k)) {
                if (v[c].upos == "AUX"sv && c < k) earlier = k;
            }
        }
        if (earlier < 0) continue;
        v.attach(earlier, up, v[verb].deprel.c_str());
        v.attach(n, earlier, v[n].deprel.c_str());
        for (int c : v.kids(verb)) {
            if (c < n && v[c].deprel == "mark"sv) v.set_head(c, earlier);
        }
        for (int c : v.kids(n)) {
            if (c > earlier) v.set_head(c, earlier);
        }
        for (int k = n + 1; k < earlier; ++k) {
            // Words of the earlier clause the parser hung under the subject's phrase as the
            // verb's dependents ("should", "not", "be").
            if (v.head(k) == earlier || !v.dominates(n, k) || !(v[k].upos == "AUX"sv || v[k].upos == "PART"sv)) continue;
            v.set_head(k, earlier);
        }
        v.attach(verb, up, "conj");
        v.attach(p, verb, "nsubj");
        v.attach(p - 1, verb, "cc");
        v.attach(p - 2, verb, "punct");
        return true;
    }
    return false;
}

// "Corran Mobile and Westlink Telecom, two of Ireland's three mobile operators, have agreed": a
// number set off by a comma after a noun phrase, with an "of" phrase of its own, is that phrase's
// apposition (a partitive: "two of the operators"); the parser may make it a modifier of the
// name before the comma, which would make the number a word of the name.
bool repair_partitive_apposition(View& v) {
    if (!(v.has_tag(trigger::tag({"NUM"})) && v.has_word(trigger::word({"of"})))) return false;
    bool changed = false;
    for (int k = 2; k + 2 < v.size(); ++k) {
        const int h = v.head(k);
        if (v[k].upos != "NUM"sv || v[k - 1].form != ","sv || h < 0 || h >= k - 1 || !nominal(v[h])) continue;
        const std::string_view rel = base_rel(v[k].deprel);
        if (rel != "amod" && rel != "nummod" && rel != "conj" && rel != "nmod") continue;
        bool of = false;
        for (int c : v.kids(k)) {
            if (c <= k || base_rel(v[c].deprel) != "nmod") continue;
            for (int g : v.kids(c)) of = of || (g < c && v[g].deprel == "case"sv && ascii::iequals(v[g].form, "of"));
        }
        if (!of) continue;
        v.attach(k, h, "appos");
        v.attach(k - 1, k, "punct");
        changed = true;
    }
    return changed;
}

// "will form a jointly owned company, Shared Radio Networks, to run": a name set off by a comma
// right after an object or oblique of the same verb is that phrase's apposition. The parser may
// call it a vocative, a parataxis or an xcomp of the verb, but a vocative addresses someone (at a
// sentence's edge or in a quotation), a parataxis is a clause, and an object's predicate is not
// set off by a comma ("named the firm Halvern").
bool repair_vocative_apposition(View& v) {
    if (!(v.has_rel(trigger::rel({"vocative", "parataxis", "xcomp"})) && v.has_tag(trigger::tag({"PROPN"})))) {
        return false;
    }
    bool changed = false;
    for (int k = 3; k < v.size(); ++k) {
        const int h = v.head(k);
        if (v[k].upos != "PROPN"sv || h < 0 || h >= k || v[h].upos != "VERB"sv ||
            (v[k].deprel != "vocative"sv && v[k].deprel != "parataxis"sv && v[k].deprel != "xcomp"sv)) {
            continue;
        }
        // The comma is the span's first token when the parser hung it on the name.
        int comma = v.span(k).first;
        if (v[comma].form != ","sv) --comma;
        if (comma < 1 || v[comma].form != ","sv) continue;
        int n = comma - 1;
        for (int steps = 0; steps < v.size() && n >= 0 && v.head(n) != h; ++steps) n = v.head(n);
        if (n < 0 || n >= comma || !nominal(v[n]) || v[n].upos == "PRON"sv) continue;
        const std::string_view rel = base_rel(v[n].deprel);
        if (rel != "obj" && rel != "obl" && rel != "iobj") continue;
        v.attach(k, n, "appos");
        v.attach(comma, k, "punct");
        changed = true;
    }
    return changed;
}

// "where rising sea levels now threaten the graves": a gerund clause as subject is singular
// ("raising prices threatens"), so an "-ing" subject whose own object is a plural noun right after
// it, before a verb in the plural present, is that noun's modifier, and the noun is the subject.
bool repair_gerund_modifier(View& v) {
    if (!(v.has_rel(trigger::rel({"nsubj"})) && v.has_rel(trigger::rel({"obj"})) &&
          v.has_tag(trigger::tag({"VERB"})))) {
        return false;
    }
    bool changed = false;
    for (int k = 0; k + 2 < v.size(); ++k) {
        const int h = v.head(k);
        if (v[k].xpos != "VBG"sv || v[k].deprel != "nsubj"sv || h <= k + 1 || h >= v.size()) continue;
        bool plural_verb = v[h].xpos == "VBP"sv;
        for (int c : v.kids(h)) plural_verb = plural_verb || (base_rel(v[c].deprel) == "aux" && v[c].xpos == "VBP"sv);
        int o = -1;
        bool other = false;
        for (int c : v.kids(k)) {
            if (v[c].deprel == "obj"sv && c > k && c < h) {
                o = c;
            } else if (c > k) {
                other = true;
            }
        }
        if (!plural_verb || other || o < 0 || v[o].xpos != "NNS"sv || v.span(o).first != k + 1) continue;
        v.attach(o, h, "nsubj");
        v.attach(k, o, "amod");
        changed = true;
    }
    return changed;
}

// "England's schools inspectorate will stop ...": a plural compound modifier ("schools",
// "workers") names a kind, not a thing that can be owned, so a possessive before it belongs to
// the noun the compound modifies ("[England's] [schools inspectorate]"), not to the modifier.
// (A singular one may be a name's word the possessive does go with, as EWT has it.)
bool repair_possessive_on_compound(View& v) {
    if (!(v.has_rel(trigger::rel({"nmod:poss"})) && v.has_rel(trigger::rel({"compound"})))) return false;
    bool changed = false;
    for (int k = 0; k < v.size(); ++k) {
        const int h = v.head(k);
        if (v[k].deprel != "nmod:poss"sv || h <= k || v[h].deprel != "compound"sv || v[h].xpos != "NNS"sv) continue;
        const int n = v.head(h);
        if (n <= h || !nominal(v[n])) continue;
        v.set_head(k, n);
        changed = true;
    }
    return changed;
}

// "The dockworkers' union FNV Havens rejected the plan": a possessor whose phrase the parser
// split off, making it and the possessed phrase after it two arguments of one verb (two
// subjects), is the possessed phrase's possessor.
// "Castlemere Holdings's subsidiary Orrin Foods said": the possessor may be a name of several
// words, the possessive on its last word and the name headed by its first (flat).
// "Our Department of Marine Science and Halden's Ocean Institute will run": a possessor ("X's")
// possesses the noun phrase right after it. The parser may make the possessor a conjunct inside
// the first conjunct's "of" phrase and hang the possessed phrase on the first conjunct's head as
// an nmod with no preposition (an nmod always has one). The possessed phrase is the conjunct, the
// possessor its nmod:poss, and the coordinator goes with it.
bool repair_possessor_conjunct(View& v) {
    if (!(v.has_word(trigger::word({"'s", "'"})) && v.has_rel(trigger::rel({"conj", "nmod"})))) return false;
    bool changed = false;
    for (int p = 2; p + 2 < v.size(); ++p) {
        if (v[p].deprel != "case"sv || (v[p].form != "'s"sv && v[p].form != "'"sv)) continue;
        const int x = v.head(p);  // the possessor
        if (x != p - 1 || v[x].upos != "PROPN"sv || v[x].deprel != "conj"sv || v.head(x) < 0 || v.head(x) > x) continue;
        // The possessed phrase: its head after the possessive, its words from right after it.
        int y = -1;
        for (int k = p + 1; k < v.size() && y < 0; ++k) {
            if (v[k].deprel == "nmod"sv && nominal(v[k]) && v.span(k).first == p + 1) y = k;
        }
        if (y < 0) continue;
        bool case_kid = false;
        for (int k : v.kids(y)) case_kid = case_kid || v[k].deprel == "case"sv;
        const int h = v.head(y);
        // The possessed phrase hangs on the head the possessor's conjunction lies under.
        if (case_kid || h < 0 || h >= x || !v.dominates(h, x)) continue;
        int cc = -1;
        for (int k : v.kids(x)) {
            if (k < x && v[k].deprel == "cc"sv) cc = k;
        }
        if (cc < 0) continue;
        v.attach(y, h, "conj");
        v.attach(x, y, "nmod:poss");
        v.attach(cc, y, "cc");
        changed = true;
    }
    return changed;
}

bool repair_split_possessor(View& v) {
    if (!v.has_word(trigger::word({"'s", "'"}))) return false;
    bool changed = false;
    for (int p = 1; p + 1 < v.size(); ++p) {
        if ((v[p].form != "'s"sv && v[p].form != "'"sv) || v[p].deprel != "case"sv) continue;
        int x = p - 1;
        if (v.head(p) != x) continue;
        for (int steps = 0; steps < 6 && v[x].deprel == "flat"sv && v.head(x) >= 0 && v.head(x) < x &&
                            v[x].upos == "PROPN"sv && v[v.head(x)].upos == "PROPN"sv;
             ++steps) {
            x = v.head(x);
        }
        if (!nominal(v[x]) || v[x].deprel == "nmod:poss"sv) continue;
        const bool argument = is_subject(v[x].deprel) || v[x].deprel == "obj"sv;
        if (!argument) continue;
        int h = p + 1;  // the possessed phrase's head: climb its modifiers and name words
        for (int steps = 0; steps < 6 && v.head(h) > h &&
                            (v[h].deprel == "compound"sv || v[h].deprel == "flat"sv || v[h].deprel == "amod"sv ||
                             v[h].deprel == "nmod:desc"sv);
             ++steps) {
            h = v.head(h);
        }
        if (h == x || !nominal(v[h]) || v.head(h) != v.head(x) || v[h].deprel != v[x].deprel) continue;
        v.attach(x, h, "nmod:poss");
        if (x != p - 1) v.set_head(p, x);
        changed = true;
    }
    return changed;
}

// "Varden Logistics's drivers went on strike", "The Tarn Valley Railway's parent company": the
// parser may take the first word of a possessor's name for a word of its own (a second subject
// of the verb, or a compound of the possessed noun) and make the rest of the name the
// possessor. A capitalised proper noun right before the possessor's name, hung on the possessed
// noun or beside it as a second subject of one verb, is the name's first word: it heads the
// name (the other words flat on it) and is the possessor.
bool repair_possessor_first_word(View& v) {
    if (!(v.has_word(trigger::word({"'s", "'"})) && v.has_rel(trigger::rel({"nmod:poss"})))) return false;
    bool changed = false;
    for (int p = 2; p + 1 < v.size(); ++p) {
        if ((v[p].form != "'s"sv && v[p].form != "'"sv) || v[p].deprel != "case"sv) continue;
        const int x = v.head(p);
        if (x < 0 || x >= p || v[x].deprel != "nmod:poss"sv || v[x].upos != "PROPN"sv) continue;
        const int n = v.head(x), w = v.span(x).first - 1;
        if (n <= p || w < 0 || v[w].upos != "PROPN"sv || !capitalized_word(v[w]) || !v.kids(w).empty()) continue;
        const bool compound = v.head(w) == n && v[w].deprel == "compound"sv;
        const bool second_subject = is_subject(v[w].deprel) && v[n].deprel == v[w].deprel && v.head(w) == v.head(n);
        if (!compound && !second_subject) continue;
        for (int k : v.kids(x)) {
            if (v[k].deprel == "flat"sv || k == p) v.set_head(k, w);
        }
        v.attach(w, n, "nmod:poss");
        v.attach(x, w, "flat");
        changed = true;
    }
    return changed;
}

// "The Irish Business Council, whose members include several chains, backed the rise, the
// council said.": the parser may hang a closing report's reported clause on the verb of saying
// and leave the clause's subject there too, so that the verb has two subjects, one on either
// side of its clause. A verb has one subject: the one after the clause is the speaker, the one
// before is the subject of the clause's verb, which has none of its own.
bool repair_subject_left_on_report(View& v) {
    if (!v.has_rel(trigger::rel({"ccomp"}))) return false;
    bool changed = false;
    for (int g = 3; g < v.size(); ++g) {
        if (v[g].upos != "VERB"sv) continue;
        int first = -1, second = -1, comp = -1;
        for (int k : v.kids(g)) {
            if (v[k].deprel == "nsubj"sv && k < g) {
                (first < 0 ? first : second) = k;
            } else if (v[k].deprel == "ccomp"sv && k < g && v[k].upos == "VERB"sv) {
                comp = k;
            }
        }
        if (first < 0 || second < 0 || comp < 0 || !(first < comp && comp < second)) continue;
        if (v.span(first).second >= comp || v.span(comp).second >= second) continue;
        const int lo = v.span(second).first;  // the speaker's phrase, after a comma (maybe its own)
        if (v[lo].form != ","sv && (lo < 1 || v[lo - 1].form != ","sv)) continue;
        bool own = false, aux = false, passive = false;
        for (int k : v.kids(comp)) {
            own = own || is_subject(v[k].deprel) || base_rel(v[k].deprel) == "csubj" || v[k].deprel == "mark"sv ||
                  v[k].deprel == "expl"sv;
            aux = aux || (base_rel(v[k].deprel) == "aux" && k < comp);
            passive = passive || v[k].deprel == "aux:pass"sv;
        }
        // A finite clause: a past or present form, or any form after an auxiliary.
        const bool finite = v[comp].xpos == "VBD"sv || v[comp].xpos == "VBZ"sv || v[comp].xpos == "VBP"sv || aux;
        if (own || !finite) continue;
        v.attach(first, comp, passive ? "nsubj:pass" : "nsubj");
        changed = true;
    }
    return changed;
}

// "which plans to hire 40 more inspectors, a spokesman said": what a closing report reports is
// a finite clause; a "to" infinitive that the parser made the clausal complement of a verb
// after it is the complement of the verb right before its "to", when that verb has none.
bool repair_infinitive_on_report(View& v) {
    if (!(v.has_rel(trigger::rel({"ccomp"})) && v.has_word(trigger::word({"to"})))) return false;
    bool changed = false;
    for (int c = 2; c < v.size(); ++c) {
        if (v[c].deprel != "ccomp"sv || v[c].upos != "VERB"sv || v[c].xpos != "VB"sv || v.head(c) <= c) continue;
        int to = -1;
        for (int k : v.kids(c)) {
            if (k < c && v[k].deprel == "mark"sv && ascii::lower(v[k].form) == "to") to = k;
        }
        if (to < 1) continue;
        const int w = to - 1;
        if (v[w].upos != "VERB"sv || v.dominates(c, w)) continue;
        bool taken = false;
        for (int k : v.kids(w)) {
            taken = taken || v[k].deprel == "obj"sv || v[k].deprel == "xcomp"sv || v[k].deprel == "ccomp"sv;
        }
        if (taken) continue;
        v.attach(c, w, "xcomp");
        changed = true;
    }
    return changed;
}

// "developed by Helix North, a Waterloo company bought last year by the group Veldkamp": the
// parser may read the agent, its description and the past form after it as a clause that "by"
// marks (the name or the description its subject). "by" marks no finite clause and no past
// participle's; it brings the agent of the verb above, the indefinite description after the
// comma is the name's apposition and the past form is a participle on the description, with its
// own "by" phrase as its agent.
bool repair_agent_read_as_clause(View& v) {
    if (!(v.has_word(trigger::word({"by"})) && v.has_rel(trigger::rel({"mark"})) &&
          v.has_tag(trigger::tag({"VBN", "VBD"})))) {
        return false;
    }
    bool changed = false;
    for (int p = 5; p < v.size(); ++p) {
        if (v[p].xpos != "VBN"sv && v[p].xpos != "VBD"sv) continue;
        const int g = v.head(p);
        if (g < 0 || g >= p || v[g].upos != "VERB"sv) continue;
        int b = -1;
        for (int k : v.kids(p)) {
            if (k < p && v[k].deprel == "mark"sv && ascii::lower(v[k].form) == "by") b = k;
        }
        if (b < 0 || b <= g) continue;
        int comma = b + 1;
        while (comma < p && v[comma].form != ","sv) ++comma;
        const std::string det = comma + 1 < p ? ascii::lower(v[comma + 1].form) : "";
        if (comma >= p || (det != "a" && det != "an")) continue;
        // The name: the one word of b+1..comma-1 whose head lies outside them; the description:
        // the one word of comma+2..p-1 whose head lies outside them.
        // (The parser may hang the description's words on its article.)
        const auto top = [&](int lo, int hi) {
            int found = -1;
            for (int k = lo; k < hi; ++k) {
                if ((v.head(k) >= lo && v.head(k) < hi) || (k > comma + 1 && v.head(k) == comma + 1)) continue;
                if (found >= 0 || v[k].upos == "PUNCT"sv) return -1;
                found = k;
            }
            return found;
        };
        const int name = top(b + 1, comma), desc = top(comma + 2, p);
        if (name < 0 || desc < 0 || !nominal(v[name]) || v[name].upos == "PRON"sv || v[desc].upos != "NOUN"sv) continue;
        v.attach(name, g, "obl:agent");
        v.attach(b, name, "case");
        v.attach(desc, name, "appos");
        v.attach(comma, desc, "punct");
        for (int k : v.kids(comma + 1)) {
            if (k > comma + 1 && k < p && k != desc) v.set_head(k, desc);
        }
        v.attach(comma + 1, desc, "det");
        v.attach(p, desc, "acl");
        v.set_xpos(p, "VBN");
        // "bought last year by X": a time is no object of the participle, and the "by" phrase
        // hung on it is the participle's.
        for (int t : v.kids(p)) {
            if (t < p || v[t].deprel != "obj"sv || !time_word(v[t])) continue;
            v.set_deprel(t, "obl:tmod");
            for (int a : v.kids(t)) {
                if (a < t || base_rel(v[a].deprel) != "nmod" || time_word(v[a])) continue;
                bool by = false;
                for (int c : v.kids(a)) by = by || (c < a && v[c].deprel == "case"sv && ascii::lower(v[c].form) == "by");
                if (by) v.attach(a, p, "obl:agent");
            }
        }
        for (int k : v.kids(p)) {
            if (k < p) continue;
            bool by = false;
            for (int c : v.kids(k)) by = by || (c < k && v[c].deprel == "case"sv && ascii::lower(v[c].form) == "by");
            if (by && nominal(v[k]) && base_rel(v[k].deprel) == "obl") v.set_deprel(k, "obl:agent");
        }
        changed = true;
    }
    return changed;
}

// "Sequencing machines will be supplied by X", "Rising costs were blamed": a clausal subject of a
// passive verb is csubj:pass. A gerund that the parser made a plain csubj of a passive verb,
// with nothing of its own but a bare noun right after it as its object, modifies that noun,
// and the noun is the passive subject.
bool repair_gerund_subject_of_passive(View& v) {
    if (!v.has_tag(trigger::tag({"VERB"}))) return false;
    bool changed = false;
    for (int g = 0; g + 2 < v.size(); ++g) {
        if (v[g].xpos != "VBG"sv || v[g].deprel != "csubj"sv) continue;
        const int verb = v.head(g);
        if (verb <= g + 1) continue;
        bool passive = false, subject = false, singular = false;
        for (int k : v.kids(verb)) {
            passive = passive || v[k].deprel == "aux:pass"sv;
            subject = subject || is_subject(v[k].deprel);
            const std::string a = ascii::lower(v[k].form);
            singular = singular || (base_rel(v[k].deprel) == "aux" && (a == "is" || a == "was" || a == "has"));
        }
        if (!passive || subject) continue;
        int obj = -1, other = 0;
        for (int k : v.kids(g)) {
            if (v[k].deprel == "obj"sv) {
                obj = k;
            } else if (v[k].upos != "PUNCT"sv) {
                ++other;
            }
        }
        if (obj < 0 || other > 0 || v[obj].upos != "NOUN"sv || v.span(obj).first != g + 1) continue;
        // "Cooking meals was done by volunteers": a singular verb after a plural noun agrees
        // with the gerund's clause.
        if (singular && v[obj].xpos == "NNS"sv) continue;
        bool bare = true;
        for (int k : v.kids(obj)) bare = bare && v[k].deprel != "det"sv && v[k].deprel != "nmod:poss"sv;
        if (!bare) continue;
        v.attach(obj, verb, "nsubj:pass");
        v.attach(g, obj, "amod");
        changed = true;
    }
    return changed;
}

// "trained by the University of Toronto's medical school", "the Bank of England's governor": a
// possessive marker closing a name's "of" complement makes the whole name the possessor. The
// parser may hang the "of" and the complement on the possessed noun, leaving the name's head
// beside that noun as a second argument of one verb; the possessed noun takes the name's place,
// the name is its possessor and the complement the name's "of" phrase again.
bool repair_of_name_possessor(View& v) {
    if (!(v.has_word(trigger::word({"of"})) && v.has_word(trigger::word({"'s", "'"})))) return false;
    bool changed = false;
    for (int o = 1; o + 3 < v.size(); ++o) {
        if (ascii::lower(v[o].form) != "of" || v[o].deprel != "case"sv) continue;
        const int x = o - 1, noun = v.head(o);
        if (v[x].upos != "PROPN"sv || noun <= o + 2 || !nominal(v[noun]) || v.head(x) < 0 ||
            v.head(x) != v.head(noun) || v.head(x) == noun) {
            continue;
        }
        // The complement: proper nouns after "of", the last one's possessive marker closing it.
        int p = o + 1;
        while (p < noun && v[p].upos == "PROPN"sv) ++p;
        if (p == o + 1 || p >= noun || (v[p].form != "'s"sv && v[p].form != "'"sv)) continue;
        const int y = v.head(p);
        if (y <= o || y >= p || v[y].deprel != "nmod:poss"sv || v.head(y) != noun) continue;
        bool whole = true;  // the complement's other words are its own
        for (int k = o + 1; k < p; ++k) whole = whole && (k == y || v.dominates(y, k));
        if (!whole) continue;
        const std::string rel = v[x].deprel;
        v.attach(noun, v.head(x), rel.c_str());
        v.attach(x, noun, "nmod:poss");
        v.attach(y, x, "nmod");
        v.set_head(o, y);
        v.set_head(p, x);
        changed = true;
    }
    return changed;
}

// "Analysts at the bank ING said", "The bank ING said": a name right after a common noun of the
// verb's first subject, made a second subject of the same verb, is the name the noun describes
// (as in "the patient group Privacy First"): its apposition, as EWT has "the Indian capital
// Delhi".
bool repair_split_described_name(View& v) {
    if (!(v.has_rel(trigger::rel({"nsubj"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    bool changed = false;
    for (int b = 1; b < v.size(); ++b) {
        if (v[b].upos != "PROPN"sv || v[b].deprel != "nsubj"sv) continue;
        const int verb = v.head(b);
        if (verb <= b) continue;
        int a = -1;
        for (int k : v.kids(verb)) {
            if (k < b && v[k].deprel == "nsubj"sv) a = k;
        }
        if (a < 0) continue;
        const int x = v.span(b).first - 1;
        if (x < a || v[x].upos != "NOUN"sv || v[x].form.empty() || v[x].form[0] < 'a' || v[x].form[0] > 'z') continue;
        if (x != a && !v.dominates(a, x)) continue;
        v.attach(b, x, "appos");
        changed = true;
    }
    return changed;
}

// "is owned by Havenfonds, a Dutch pension fund, and by the shipping group Straits Maritime":
// a phrase the parser hung on a coordinator (which heads nothing in UD) with a verb's relation
// is the conjunct of the nearest earlier phrase with that relation, and the coordinator (and
// a comma right before it) are the conjunct's.
bool repair_dependent_of_coordinator(View& v) {
    if (!(v.has_tag(trigger::tag({"CCONJ"})))) return false;
    bool changed = false;
    for (int c = 1; c + 1 < v.size(); ++c) {
        if (v[c].upos != "CCONJ"sv) continue;
        for (int g : v.kids(c)) {
            if (g < c || !nominal(v[g])) continue;
            const std::string& r = v[g].deprel;
            if (r != "obl:agent" && r != "obl" && r != "obj" && r != "nsubj" && r != "nsubj:pass") continue;
            int a = -1;
            for (int k = c - 1; k >= 0 && a < 0; --k) {
                if (v[k].deprel == r && nominal(v[k]) && !v.dominates(k, c)) a = k;
            }
            if (a < 0 || v.dominates(g, a)) continue;
            v.attach(g, a, "conj");
            v.attach(c, g, "cc");
            if (v[c - 1].form == ","sv && c - 1 > a) v.attach(c - 1, g, "punct");
            changed = true;
            break;
        }
    }
    return changed;
}

// "owned by the city of Rotterdam and the Dutch state": a singular common noun with its own
// determiner, coordinated with a bare name in an "of" phrase, is the conjunct of the noun the
// "of" phrase belongs to ("the state" is no second place the city is "of"). A plural conjunct
// may be inside ("a coalition of Germany and the other member states").
bool repair_conjunct_out_of_of(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_word(trigger::word({"of"})))) return false;
    bool changed = false;
    for (int s = 3; s < v.size(); ++s) {
        if (v[s].deprel != "conj"sv || v[s].upos != "NOUN"sv || v[s].xpos != "NN"sv) continue;
        const int r = v.head(s);
        if (r < 0 || r >= s || v[r].upos != "PROPN"sv || v[r].deprel != "nmod"sv) continue;
        const int o = v.head(r);
        if (o < 0 || o >= r || v[o].upos != "NOUN"sv || v[o].xpos != "NN"sv) continue;
        bool of = false, own_det = false, bare = true;
        for (int k : v.kids(r)) {
            of = of || (v[k].deprel == "case"sv && v[k].form == "of"sv);
            bare = bare && v[k].deprel != "det"sv;
        }
        for (int k : v.kids(s)) {
            own_det = own_det || (v[k].deprel == "det"sv && k < s);
        }
        if (!of || !own_det || !bare) continue;
        v.set_head(s, o);
        changed = true;
    }
    return changed;
}

// One proper-noun word with no dependents but punctuation and a coordinator: "Kenya" of
// "Burundi, Kenya and Uganda".
bool bare_name_word(const View& v, int i) {
    if (v[i].upos != "PROPN"sv) return false;
    for (int k : v.kids(i)) {
        if (v[k].deprel != "punct"sv && v[k].deprel != "cc"sv) return false;
    }
    return true;
}

// "the Ministers of Health of Burundi, Kenya, Rwanda and Uganda": the parser may hang the names
// after the first on the head of the "of" chain ("Ministers"), so that the ministers and the
// countries are listed side by side. Bare one-word names listed straight after a bare name that
// ends an "of" chain are that name's conjuncts (at least two of them: a list of three or more).
bool repair_list_after_of_name(View& v) {
    if (!(v.has_rel(trigger::rel({"conj"})) && v.has_word(trigger::word({"of"})))) return false;
    bool changed = false;
    for (int b = 2; b + 3 < v.size(); ++b) {
        if (v[b].deprel != "nmod"sv || v[b].upos != "PROPN"sv || v[b + 1].form != ","sv || v[b - 1].form != "of"sv ||
            v.head(b - 1) != b) {
            continue;
        }
        bool bare = true;
        for (int k : v.kids(b)) bare = bare && (k == b - 1 || v[k].deprel == "punct"sv);
        if (!bare) continue;
        for (int a = v.head(b), steps = 0; a >= 0 && a < b && steps < 3; a = v.head(a), ++steps) {
            std::vector<int> moved;
            int last = b;
            for (int c : v.kids(a)) {
                if (c <= last || v[c].deprel != "conj"sv) continue;
                bool joined = bare_name_word(v, c);
                for (int w = last + 1; joined && w < c; ++w) {
                    joined = v[w].form == ","sv || v[w].form == "and"sv || v[w].form == "or"sv;
                }
                if (!joined) break;
                moved.push_back(c);
                last = c;
            }
            if (moved.size() >= 2) {
                for (int c : moved) v.set_head(c, b);
                changed = true;
            }
            if (!moved.empty() || (v[a].deprel != "nmod"sv)) break;
        }
    }
    return changed;
}

// "the Indian Institute of Millets Research, Hyderabad, the Central Arid Zone Research Institute,
// Jodhpur, and the University of Agricultural Sciences, Dharwad": a bare one-word name after a
// list's last item (the one with the coordinator) is no item of the list but where that item
// is; so then is each bare one-word name straight after an item that has a determiner or more
// than one word. Each hangs on the item before it as its apposition.
bool repair_place_after_listed_name(View& v) {
    if (!(v.has_rel(trigger::rel({"conj", "cc"})) && v.has_tag(trigger::tag({"PROPN"})))) return false;
    bool changed = false;
    for (int a = 0; a < v.size(); ++a) {
        std::vector<int> items{a};
        for (int c : v.kids(a)) {
            if (c > a && v[c].deprel == "conj"sv) items.push_back(c);
        }
        if (items.size() < 3) continue;
        // The coordinated item, then a bare name after it with no coordinator of its own.
        auto has_kid = [&](int i, std::initializer_list<std::string_view> rels) {
            for (int k : v.kids(i)) {
                if (k != i && std::find(rels.begin(), rels.end(), std::string_view(v[k].deprel)) != rels.end()) return true;
            }
            return false;
        };
        const int tail = items.back();
        const int coordinated = items[items.size() - 2];
        if (!bare_name_word(v, tail) || v[tail - 1].form != ","sv || !has_kid(coordinated, {"cc"}) ||
            has_kid(tail, {"cc"})) {
            continue;
        }
        auto full = [&](int i) {
            return !bare_name_word(v, i) && has_kid(i, {"det", "compound", "flat", "nmod", "amod"});
        };
        for (std::size_t j = 1; j < items.size(); ++j) {
            const int c = items[j];
            if (!full(items[j - 1]) || !bare_name_word(v, c) || v[c - 1].form != ","sv) continue;
            v.attach(c, items[j - 1], "appos");
            changed = true;
        }
    }
    return changed;
}

// "run by Cwm Taf Morgannwg University Health Board together with Swansea University": the
// parser may hang "by" and the first name's words on the second name (the first name its
// subject), so one noun has two prepositions. The phrase after the first preposition is its
// own: it takes the second name's place, and the second name (with "together with") is its
// modifier, as for a short name.
bool repair_double_case(View& v) {
    if (!v.has_word(trigger::word({"with"}))) return false;
    bool changed = false;
    for (int h = 2; h < v.size(); ++h) {
        if (!nominal(v[h])) continue;
        int c1 = -1, c2 = -1, x = -1;
        for (int k : v.kids(h)) {
            if (v[k].deprel == "case"sv && k < h) (c1 < 0 ? c1 : c2) = k;
        }
        if (c1 < 0 || c2 < 0 || v[c2].form != "with"sv) continue;
        for (int k : v.kids(h)) {
            if (k > c1 && k < c2 && nominal(v[k]) && (v[k].deprel == "nsubj"sv || v[k].deprel == "compound"sv)) x = k;
        }
        if (x < 0 || (v.span(x).first != c1 + 1 && !(v.span(x).first == c1 + 2 && v[c1 + 1].deprel == "det"sv))) continue;
        if (v.head(h) < 0) continue;
        v.set_head(x, v.head(h));
        v.set_deprel(x, v[h].deprel);
        v.set_head(c1, x);
        for (int k : v.kids(h)) {
            if (k > c1 && k < c2 && k != x && v[k].deprel != "compound"sv) v.set_head(k, x);
        }
        v.attach(h, x, "nmod");
        changed = true;
    }
    return changed;
}


// "Charities such as the Marlow Trust have warned": the parser made the examples an apposition
// of the class yet kept their marker as its case. A phrase marked "such as" or "including" is no
// apposition but the class's nominal modifier, as UD has it.
bool repair_marked_apposition(View& v) {
    if (!(v.has_rel(trigger::rel({"appos"})) && v.has_word(trigger::word({"such", "including"})))) return false;
    bool changed = false;
    for (int k = 1; k < v.size(); ++k) {
        if (v[k].deprel != "appos"sv || v.head(k) < 0 || v.head(k) > k) continue;
        for (int c : v.kids(k)) {
            if (c > k || v[c].deprel != "case"sv) continue;
            bool such_as = false;
            for (int f : v.kids(c)) such_as = such_as || (v[f].deprel == "fixed"sv && ascii::lower(v[f].form) == "as");
            const std::string w = ascii::lower(v[c].form);
            if ((w == "such" && such_as) || w == "including") {
                v.set_deprel(k, "nmod");
                changed = true;
            }
        }
    }
    return changed;
}

// Every token reaches the root (-1) within n steps: no repair may leave a cycle behind.
bool acyclic(const View& v) {
    for (int i = 0; i < v.size(); ++i) {
        int h = i, steps = 0;
        while (h >= 0 && h < v.size() && steps <= v.size()) {
            h = v.head(h);
            ++steps;
        }
        if (steps > v.size()) return false;
    }
    return true;
}

int repair_tree(View& v) {
    v.summarize();
    int repairs = (repair_punctuation_head(v) ? 1 : 0) + (repair_hyphen_words(v) ? 1 : 0) +
                  (repair_hyphened_preposition_after_possessive(v) ? 1 : 0) +
                  (repair_verb_taken_for_modifier(v) ? 1 : 0) + (repair_having_participle(v) ? 1 : 0) +
                  (repair_verbless_participle(v) ? 1 : 0) + (repair_headline_infinitive(v) ? 1 : 0) +
                  (repair_compound_across_comma(v) ? 1 : 0) + (repair_verb_conjoined_to_subject(v) ? 1 : 0) +
                  (repair_paired_word_taken_for_subject(v) ? 1 : 0) + (repair_phrase_taken_into_closing_report(v) ? 1 : 0) +
                  (repair_object_before_closing_report(v) ? 1 : 0) +
                  (repair_reported_subject_taken_for_object(v) ? 1 : 0) +
                  (repair_dependent_of_flat(v) ? 1 : 0) +
                  (repair_apposition_of_coordinator(v) ? 1 : 0) +
                  (repair_apposition_taken_for_conjunct(v) ? 1 : 0) +
                  (repair_indefinite_apposition_in_plural_list(v) ? 1 : 0) +
                  (repair_appositive_participle(v) ? 1 : 0) + (repair_bare_relative(v) ? 1 : 0) +
                  (repair_conjunct_after_that_relative(v) ? 1 : 0) +
                  (repair_that_relative(v) ? 1 : 0) + (repair_that_object_relative(v) ? 1 : 0) +
                  (repair_oblique_inside_apposition(v) ? 1 : 0) + (repair_apposition_phrase_root(v) ? 1 : 0) +
                  (repair_that_complement(v) ? 1 : 0) +
                  (repair_whose_subject(v) ? 1 : 0) + (repair_whose_object(v) ? 1 : 0) +
                  (repair_whose_root_after_participle(v) ? 1 : 0) +
                  (repair_indefinite_subject_of_participle_conjunct(v) ? 1 : 0) + (repair_together_with(v) ? 1 : 0) +
                  (repair_inverted_among(v) ? 1 : 0) +
                  (repair_amount_second_object(v) ? 1 : 0) + (repair_name_before_amount(v) ? 1 : 0) +
                  (repair_relative_taken_for_conjunct(v) ? 1 : 0) +
                  (repair_name_split_from_description_in_relative(v) ? 1 : 0) +
                  (repair_appositive_participle_root(v) ? 1 : 0) +
                  (repair_verb_inside_apposition(v) ? 1 : 0) +
                  (repair_participle_on_restrictive_relative(v) ? 1 : 0) +
                  (repair_subject_name_after_description(v) ? 1 : 0) +
                  (repair_name_closing_modifier(v) ? 1 : 0) +
                  (repair_name_labelled_punctuation(v) ? 1 : 0) +
                  (repair_repeated_preposition(v) ? 1 : 0) +
                  (repair_source_of_getting(v) ? 1 : 0) + (repair_aspectual_gerund(v) ? 1 : 0) +
                  (repair_agent_participle_conjunct(v) ? 1 : 0) + (repair_appositive_of_verb(v) ? 1 : 0) +
                  (repair_conjunct_subject(v) ? 1 : 0) + (repair_worth(v) ? 1 : 0) + (repair_worth_apposition(v) ? 1 : 0) +
                  (repair_infinitive_after_apposition(v) ? 1 : 0) + (repair_copular_conjunct_clause(v) ? 1 : 0) +
                  (repair_adjective_object(v) ? 1 : 0) + (repair_degree_object(v) ? 1 : 0) +
                  (repair_participle_as_case(v) ? 1 : 0) + (repair_approximation(v) ? 1 : 0) +
                  (repair_scattered_prepositional_object(v) ? 1 : 0) +
                  (repair_name_in_complement(v) ? 1 : 0) + (repair_noun_object(v) ? 1 : 0) +
                  (repair_infinitive_subject(v) ? 1 : 0) + (repair_coordinator_argument(v) ? 1 : 0) +
                  (repair_emphatic_reflexive(v) ? 1 : 0) +
                  (repair_appositive_conj(v) ? 1 : 0) + (repair_indefinite_conjunct_of_verb(v) ? 1 : 0) +
                  (repair_appositive_after_name(v) ? 1 : 0) +
                  (repair_opening_participle_apposition(v) ? 1 : 0) + (repair_agent_after_recipient(v) ? 1 : 0) +
                  (repair_ampersand_names(v) ? 1 : 0) + (repair_flat_across_coordinator(v) ? 1 : 0) +
                  (repair_subject_listed_after_opener(v) ? 1 : 0) + (repair_possessive_name(v) ? 1 : 0) + (repair_possessive_alone(v) ? 1 : 0) + (repair_possessive_before_apposition(v) ? 1 : 0) +
                  (repair_caseless_name(v) ? 1 : 0) + (repair_preposition_head(v) ? 1 : 0) +
                  (repair_appositive_after_name(v, true) ? 1 : 0) + (repair_free_of_charge(v) ? 1 : 0) +
                  (repair_name_list(v) ? 1 : 0) + (repair_coordinated_name(v) ? 1 : 0) +
                  (repair_name_complement_conjunct(v) ? 1 : 0) + (repair_participle_fragment(v) ? 1 : 0) +
                  (repair_fronted_participle_object(v) ? 1 : 0) + (repair_prepositional_list_item(v) ? 1 : 0) +
                  (repair_second_agent(v) ? 1 : 0) + (repair_agent_of_inner_participle(v) ? 1 : 0) +
                  (repair_reported_conjunct(v) ? 1 : 0) +
                  (repair_finite_complement(v) ? 1 : 0) + (repair_past_verb_as_modifier(v) ? 1 : 0) +
                  (repair_compound_on_finite_verb(v) ? 1 : 0) + (repair_modal_question(v) ? 1 : 0) +
                  (repair_agent_after_time(v) ? 1 : 0) +
                  (repair_participle_before_time(v) ? 1 : 0) + (repair_whose_loose_clause(v) ? 1 : 0) +
                  (repair_prepositional_relative(v) ? 1 : 0) + (repair_gapless_bare_relative(v) ? 1 : 0) +
                  (repair_chief_title(v) ? 1 : 0) + (repair_postposed_general(v) ? 1 : 0) +
                  (repair_participle_attachment(v) ? 1 : 0) + (repair_time_object(v) ? 1 : 0) +
                  (repair_leading_participle_of_body(v) ? 1 : 0) +
                  (repair_stranded_preposition(v) ? 1 : 0) + (repair_particle_before_to(v) ? 1 : 0) + (repair_relative_parataxis(v) ? 1 : 0) +
                  (repair_clause_coordination(v) ? 1 : 0) + (repair_examples_of_noun(v) ? 1 : 0) +
                  (repair_including_participle(v) ? 1 : 0) +
                  (repair_agent_relative(v) ? 1 : 0) + (repair_as_well_as(v) ? 1 : 0) +
                  (repair_paired_conjunct(v) ? 1 : 0) + (repair_verb_apposition(v) ? 1 : 0) +
                  (repair_role_before_subject(v) ? 1 : 0) + (repair_opening_description_of_subject(v) ? 1 : 0) +
                  (repair_passive_subject_without_auxiliary(v) ? 1 : 0) +
                  (repair_gerund_title_after_become(v) ? 1 : 0) +
                  (repair_field_apposition(v) ? 1 : 0) +
                  (repair_quantified_relative(v) ? 1 : 0) +
                  (repair_coordinated_complement(v) ? 1 : 0) +
                  (repair_measure_and_prepositional_apposition(v) ? 1 : 0) +
                  (repair_apposition_of_last_conjunct(v) ? 1 : 0) +
                  (repair_appositive_list_item(v) ? 1 : 0) + (repair_bare_appositive_list(v) ? 1 : 0) +
                  (repair_for_name_subject_of_participle(v) ? 1 : 0) +
                  (repair_described_participle_subject(v) ? 1 : 0) +
                  (repair_relative_object_as_subject(v) ? 1 : 0) +
                  (repair_relative_object_as_second_subject(v) ? 1 : 0) +
                  (repair_quoted_report_after_title(v) ? 1 : 0) +
                  (repair_time_complement(v) ? 1 : 0) +
                  (repair_modifier_on_verb(v) ? 1 : 0) +
                  (repair_participle_between_commas(v) ? 1 : 0) +
                  (repair_split_agent_on_nominal_root(v) ? 1 : 0) +
                  (repair_mandative_verb(v) ? 1 : 0) + (repair_verb_closing_noun_phrase(v) ? 1 : 0) +
                  (repair_adjective_participle_agent(v) ? 1 : 0) +
                  (repair_name_preposition(v) ? 1 : 0) + (repair_relative_agreement(v) ? 1 : 0) +
                  (repair_opening_examples(v) ? 1 : 0) +
                  (repair_of_list(v) ? 1 : 0) +
                  (repair_demonstrative_pronoun(v) ? 1 : 0) +
                  (repair_caseless_list_item(v) ? 1 : 0) +
                  (repair_coordinator_head(v) ? 1 : 0) +
                  (repair_close_apposition(v) ? 1 : 0) +
                  (repair_subject_before_coordinator(v) ? 1 : 0) +
                  (repair_verb_conjunct_of_object(v) ? 1 : 0) +
                  (repair_adjective_verb_conjunct(v) ? 1 : 0) + (repair_plural_noun_verb_conjunct(v) ? 1 : 0) +
                  (repair_repeated_preposition_after_apposition(v) ? 1 : 0) +
                  (repair_relative_after_participle_place(v) ? 1 : 0) +
                  (repair_conjunct_after_of_name(v) ? 1 : 0) +
                  (repair_subject_taken_for_apposition(v) ? 1 : 0) +
                  (repair_participle_subject(v) ? 1 : 0) + (repair_such_as_object(v) ? 1 : 0) +
                  (repair_relative_then_predicate(v) ? 1 : 0) + (repair_with_subject_infinitive(v) ? 1 : 0) +
                  // After the repeated-preposition repairs have hung a "by" conjunct on its name.
                  (repair_indefinite_conjunct_before_repeated_preposition(v) ? 1 : 0) +
                  (repair_list_after_described_name(v) ? 1 : 0) + (repair_that_relative_root(v) ? 1 : 0);
    repairs += repair_list_marker_root(v) ? 1 : 0;
    repairs += repair_name_taken_for_time(v) ? 1 : 0;  // after repair_time_object has split "X last year"

    // Each repair removes a subject from a verb or a root from a noun, so this terminates; the
    // bound is a guard.
    for (int round = 0; round < v.size(); ++round) {
        bool changed = repair_nominal_root(v);
        changed = repair_set_off_phrase_root(v) || changed;
        changed = repair_participle_root(v) || changed;
        changed = repair_second_subject(v) || changed;
        changed = repair_name_relative_root(v) || changed;
        changed = repair_role_name_list_root(v) || changed;
        changed = repair_role_name_parataxis_root(v) || changed;
        changed = repair_appositive_subject_parataxis_root(v) || changed;
        changed = repair_fronted_phrase_root(v) || changed;
        changed = repair_opening_participle_root(v) || changed;
        if (!changed) break;
        ++repairs;
    }
    // After the second-subject repair, which makes "Association" of "The National Association of
    // Head Teachers" the compound of a second subject "Teachers".
    repairs += repair_name_of_compound(v) ? 1 : 0;
    repairs += repair_name_of_apposition(v) ? 1 : 0;
    // Once two subjects are one ("Two schools, among them A and B, will ..." had A a subject).
    repairs += repair_among_them(v) ? 1 : 0;
    repairs += repair_opening_name_apposition(v) ? 1 : 0;
    repairs += repair_bare_role_list(v) ? 1 : 0;
    repairs += repair_opening_name_subject(v) ? 1 : 0;
    repairs += repair_superlative_subject_name(v) ? 1 : 0;
    repairs += repair_past_verb_on_nominal_root(v) ? 1 : 0;
    repairs += repair_role_name_clause_subject(v) ? 1 : 0;
    repairs += repair_relative_on_agent_name(v) ? 1 : 0;
    repairs += repair_parenthetical_report(v) ? 1 : 0;
    repairs += repair_adjective_name_root(v) ? 1 : 0;
    repairs += repair_with_on_agent_name(v) ? 1 : 0;
    repairs += repair_whose_plural_verb(v) ? 1 : 0;
    repairs += repair_whose_relative(v) ? 1 : 0;
    repairs += repair_described_whose_relative(v) ? 1 : 0;
    repairs += repair_indirect_object_before_infinitive(v) ? 1 : 0;
    repairs += repair_bracketed_abbreviation(v) ? 1 : 0;
    repairs += repair_broken_list(v) ? 1 : 0;
    repairs += repair_relative_on_middle_conjunct(v) ? 1 : 0;
    repairs += repair_conjunct_with_own_relative(v) ? 1 : 0;
    repairs += repair_passive_infinitive_on_object(v) ? 1 : 0;
    repairs += repair_phrase_on_date_number(v) ? 1 : 0;
    repairs += repair_in_particular(v) ? 1 : 0;
    repairs += repair_example_conjunct(v) ? 1 : 0;
    // Once appositions sit on their names, so that a subject's phrase is whole.
    repairs += repair_name_split_by_adjective(v) ? 1 : 0;
    repairs += repair_modifier_taken_for_conjunct(v) ? 1 : 0;
    repairs += repair_example_marker_on_description(v) ? 1 : 0;
    repairs += repair_marked_apposition(v) ? 1 : 0;
    repairs += repair_reported_subject_before_relative(v) ? 1 : 0;
    repairs += repair_subordinate_clause(v) ? 1 : 0;
    repairs += repair_subordinator_on_noun(v) ? 1 : 0;
    repairs += repair_coordinator_on_punctuation(v) ? 1 : 0;
    repairs += repair_nominal_complement_before_verb(v) ? 1 : 0;
    repairs += repair_participle_after_oblique(v) ? 1 : 0;
    repairs += repair_subordinate_oblique(v) ? 1 : 0;
    repairs += repair_subordinate_participle(v) ? 1 : 0;
    repairs += repair_subordinate_clause_after_phrase(v) ? 1 : 0;
    repairs += repair_relative_subject_of_report(v) ? 1 : 0;
    repairs += repair_timed_subordinate_clause(v) ? 1 : 0;
    repairs += repair_opening_time_phrase(v) ? 1 : 0;
    repairs += repair_name_split_at_root(v) ? 1 : 0;
    repairs += repair_subject_taken_for_apposition_of_opening_phrase(v) ? 1 : 0;
    repairs += repair_inner_name_description(v) ? 1 : 0;
    repairs += repair_title_in_name(v) ? 1 : 0;
    repairs += repair_title_opening_name(v) ? 1 : 0;
    repairs += repair_participle_closing_object(v) ? 1 : 0;
    repairs += repair_party_tag(v) ? 1 : 0;
    repairs += repair_opening_according_to(v) ? 1 : 0;
    repairs += repair_reported_clause_on_object(v) ? 1 : 0;
    repairs += repair_that_clause_on_recipient(v) ? 1 : 0;
    repairs += repair_past_conjunct_of_nonfinite(v) ? 1 : 0;
    repairs += repair_report_taken_for_participle(v) ? 1 : 0;
    repairs += repair_closing_report(v) ? 1 : 0;
    repairs += repair_object_relative_on_nominal_root(v) ? 1 : 0;
    repairs += repair_name_run_on_description(v) ? 1 : 0;
    repairs += repair_appositive_name_list(v) ? 1 : 0;
    // After the subjects are sorted out: "A vaccine developed by X and the drugmaker Y will be
    repairs += repair_who_after_workplace(v) ? 1 : 0;
    repairs += repair_who_after_of_phrase(v) ? 1 : 0;
    repairs += repair_pronoun_clause_taken_for_conjunct(v) ? 1 : 0;
    repairs += repair_partitive_apposition(v) ? 1 : 0;
    repairs += repair_vocative_apposition(v) ? 1 : 0;
    repairs += repair_gerund_modifier(v) ? 1 : 0;
    // tested" reaches this shape only once the split subject is mended.
    repairs += repair_conjunct_of_name(v) ? 1 : 0;
    repairs += repair_relative_after_name(v) ? 1 : 0;
    // The name's apposition may come from the opening-name repairs above.
    repairs += repair_described_name_after_preposition(v) ? 1 : 0;
    repairs += repair_name_under_preposition(v) ? 1 : 0;
    repairs += repair_relative_on_inverted_verb(v) ? 1 : 0;
    // Last: earlier repairs may make the compound ("schools" in "England's schools inspectorate").
    repairs += repair_double_case(v) ? 1 : 0;
    repairs += repair_dependent_of_coordinator(v) ? 1 : 0;
    repairs += repair_conjunct_out_of_of(v) ? 1 : 0;
    repairs += repair_list_after_of_name(v) ? 1 : 0;
    repairs += repair_place_after_listed_name(v) ? 1 : 0;
    repairs += repair_possessor_first_word(v) ? 1 : 0;
    repairs += repair_split_possessor(v) ? 1 : 0;
    repairs += repair_possessor_conjunct(v) ? 1 : 0;
    repairs += repair_of_name_possessor(v) ? 1 : 0;
    repairs += repair_infinitive_on_report(v) ? 1 : 0;
    repairs += repair_subject_left_on_report(v) ? 1 : 0;
    repairs += repair_agent_read_as_clause(v) ? 1 : 0;
    repairs += repair_gerund_subject_of_passive(v) ? 1 : 0;
    repairs += repair_split_described_name(v) ? 1 : 0;
    repairs += repair_possessive_on_compound(v) ? 1 : 0;
    // Last: earlier repairs may hang a name on a noun as its apposition.
    repairs += repair_prepositional_apposition(v) ? 1 : 0;
    repairs += repair_currency_code_head(v) ? 1 : 0;
    // Last: other repairs may first hang the description on the verb.
    repairs += repair_name_complement_with_description(v) ? 1 : 0;
    // Last: other repairs may hang the name on the complement's noun again.
    repairs += repair_name_after_role_complement(v) ? 1 : 0;
    // After the repairs that hang a second subject on the role noun as its apposition.
    repairs += repair_role_noun_in_name(v) ? 1 : 0;
    repairs += repair_agent_of_object_noun(v) ? 1 : 0;
    // Last: other repairs may move the words after "and" ("Care Research") first.
    repairs += repair_name_complement_and(v) ? 1 : 0;
    return repairs;
}

}  // namespace

int repair_parse(std::vector<Token>& tokens, uint32_t first, uint32_t end) {
    if (end <= first || end > tokens.size()) return 0;
    // The parser's tree is kept to fall back on (the View logs every change, so an untouched
    // sentence costs no copy): a repair that went wrong on a strange sentence must not leave a
    // cycle for the extractor to walk into.
    View v(tokens, first, end);
    const int repairs = repair_tree(v);
    if (acyclic(v)) return repairs;
    spdlog::debug("parse repair: a repair made a cycle in the sentence at byte {}; keeping the "
                  "parser's tree",
                  tokens[first].start);
    v.undo();
    return 0;
}

}  // namespace claimgraph::extract
