#include "extract/claims.hpp"
#include "extract/lemma_lexicon.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "common/ascii.hpp"

namespace claimgraph::extract {

namespace {

// ---------------------------------------------------------------------------------------------
// A view of one parsed sentence: sentence-local indices, children lists, small helpers.

class Tree {
public:
    Tree(const Document& doc, const Sentence& s) : doc_(doc), first_(s.first_token), n_(s.size()) {
        kids_.assign(n_, {});
        for (int i = 0; i < n_; ++i) {
            int h = tok(i).head;
            if (h >= 0 && h < n_ && h != i) kids_[h].push_back(i);
        }
    }

    int size() const { return n_; }
    uint32_t first() const { return first_; }
    const Token& tok(int i) const { return doc_.tokens[first_ + i]; }
    int head(int i) const {
        int h = tok(i).head;
        return h >= 0 && h < n_ ? h : -1;
    }
    const std::vector<int>& kids(int i) const { return kids_[i]; }
    std::string_view rel(int i) const { return tok(i).deprel; }
    // The relation without its subtype: "nsubj:pass" -> "nsubj".
    std::string_view base(int i) const {
        std::string_view r = rel(i);
        auto c = r.find(':');
        return c == std::string_view::npos ? r : r.substr(0, c);
    }
    std::string_view upos(int i) const { return tok(i).upos; }
    std::string_view xpos(int i) const { return tok(i).xpos; }
    std::string lower_lemma(int i) const {
        return ascii::lower(tok(i).lemma.empty() || tok(i).lemma == "_" ? tok(i).form
                                                                         : tok(i).lemma);
    }
    std::string lower_form(int i) const {
        return ascii::lower(tok(i).form);
    }
    bool nominal(int i) const {
        auto u = upos(i);
        return u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM" || u == "X" || u == "SYM";
    }
    bool verbal(int i) const { return upos(i) == "VERB" || upos(i) == "AUX"; }

    // First child with exactly this relation, or with this base relation when `by_base`.
    int child(int i, std::string_view r, bool by_base = false) const {
        for (int k : kids_[i]) {
            if (by_base ? base(k) == r : rel(k) == r) return k;
        }
        return -1;
    }
    std::vector<int> children(int i, std::string_view r, bool by_base = true) const {
        std::vector<int> out;
        for (int k : kids_[i]) {
            if (by_base ? base(k) == r : rel(k) == r) out.push_back(k);
        }
        return out;
    }

    // The preposition of a nominal dependent: its case child's lemma, with fixed expressions
    // joined ("such as", "according to"). Empty when there is none.
    std::string prep(int i) const {
        std::string p;
        for (int k : kids_[i]) {
            if (base(k) != "case" || k > i) continue;
            if (lower_form(k) == "'s" || lower_form(k) == "'" || lower_form(k) == "’s") continue;
            std::string w = lower_form(k);
            for (int f : kids_[k]) {
                if (rel(f) == "fixed") w += " " + lower_form(f);
            }
            if (!p.empty()) p += " ";
            p += w;
        }
        return p;
    }

    bool has_child_lemma(int i, std::string_view r, std::string_view lemma) const {
        for (int k : kids_[i]) {
            if (base(k) == r && lower_lemma(k) == lemma) return true;
        }
        return false;
    }

    // Whole subtree span [lo, hi] of token i, optionally skipping some child subtrees.
    void subtree(int i, std::vector<int>& out) const {
        out.push_back(i);
        for (int k : kids_[i]) subtree(k, out);
    }

    std::string_view text(int a, int b) const {  // from token a to token b inclusive
        uint32_t s = tok(a).start, e = tok(b).end;
        return std::string_view(doc_.text).substr(s, e - s);
    }

private:
    const Document& doc_;
    uint32_t first_;
    int n_;
    std::vector<std::vector<int>> kids_;
};

bool is_punct_form(std::string_view f) {
    for (char c : f) {
        if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

// Joins tokens in order, keeping the original spacing between adjacent tokens.
std::string join_tokens(const Tree& t, const std::vector<int>& toks) {
    std::string out;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        if (i > 0) {
            int a = toks[i - 1], b = toks[i];
            if (b == a + 1) {
                out += t.text(a, b).substr(t.tok(a).end - t.tok(a).start,
                                           t.tok(b).start - t.tok(a).end);
            } else {
                out += ' ';
            }
        }
        out += t.tok(toks[i]).form;
    }
    // Whitespace inside the original (newlines, tabs) becomes one space.
    std::string clean;
    bool space = false;
    for (char c : out) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = true;
        } else {
            if (space && !clean.empty()) clean += ' ';
            space = false;
            clean += c;
        }
    }
    return clean;
}

std::string hyphenate(const std::string& phrase) {
    std::string r;
    for (char c : phrase) r += (c == ' ' || c == '_') ? '-' : c;
    return r;
}

// ---------------------------------------------------------------------------------------------
// Noun phrases.

struct NounPhrase {
    int head = -1;              // the content head (after transparent nouns)
    std::vector<int> tokens;    // tokens of the label, in order
    std::vector<int> heads;     // the head of each conjunct kept together (usually one)
    bool pronoun = false;
    bool relative = false;
    bool definite = false;      // this/that/these/those (+ "the" for descriptions)
    bool demonstrative = false;
    bool plural = false;
    bool proper = false;
    int descriptor = -1;        // "the drone maker SkyMarine": the common noun that says what it is
};

// Dependents that stay inside an actor's label.
bool label_dependent(std::string_view base_rel) {
    return base_rel == "det" || base_rel == "amod" || base_rel == "compound" ||
           base_rel == "flat" || base_rel == "nummod" || base_rel == "nmod" ||
           base_rel == "fixed" || base_rel == "goeswith" || base_rel == "advmod" ||
           base_rel == "case" || base_rel == "punct" || base_rel == "cc";
}

// "Procter & Gamble", "Bill & Melinda Gates Foundation": names joined by an ampersand are one
// name (prose coordinates actors with "and"; "&" belongs to the name itself).
bool ampersand_name(const Tree& t, int head, int conj) {
    if (t.upos(head) != "PROPN" || t.upos(conj) != "PROPN") return false;
    int cc = t.child(conj, "cc");
    return cc >= 0 && t.tok(cc).form == "&";
}

// A possessor that a role noun can be "of": "Aldren's president", "its director" (the pronoun's
// antecedent); not "his" or "my", which name a person, not the organisation a role is of.
bool role_possessor(const Tree& t, int k) {
    // "our funders", "my party": the first person's body or writer, where the article has one
    // (narrator_mention); elsewhere the pronoun names no actor and so no claim.
    return t.upos(k) != "PRON" || t.lower_form(k) == "its" || t.lower_form(k) == "their" ||
           t.lower_form(k) == "our" || t.lower_form(k) == "my";
}

// "urged both sides to accept mediation", "the two sides met": "sides" counted by "both", "two"
// or "all" are the parties to something (a dispute, a deal), not a generic "side".
bool parties_as_sides(const Tree& t, int head) {
    if (t.lower_form(head) != "sides") return false;
    for (int k : t.kids(head)) {
        const std::string w = t.lower_form(k);
        if (w == "both" || w == "two" || w == "all") return true;
    }
    return false;
}

// A coordinated part of a name is capitalised ("and Technology"); "and" itself always is a part.
bool capitalized_name_part(const Tree& t, int k) {
    if (t.base(k) == "cc") return true;
    const std::string& f = t.tok(k).form;
    return !f.empty() && std::isupper(static_cast<unsigned char>(f[0])) &&
           (t.upos(k) == "PROPN" || t.upos(k) == "NOUN");
}

// "a fund of 20 million euros": a noun counted by a number that is the "of" complement of a
// noun before it measures that noun.
template <class TreeT>
bool amount_of(const TreeT& t, int n) {
    if (n < 0 || t.head(n) < 0 || t.head(n) >= n || t.base(n) != "nmod" || t.prep(n) != "of" ||
        !t.nominal(t.head(n))) {
        return false;
    }
    for (int k : t.kids(n)) {
        if (t.base(k) == "nummod" && k < n) return true;
    }
    return false;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

class ExtractorImpl {
public:
    ExtractorImpl(const Ontology& o, const Lexicon& l, Document& doc) : onto_(o), lex_(l), doc_(doc) {}

    void run();
    std::vector<Proposition> propositions(const Tree& t, const Sentence& s, uint32_t si);

    const Ontology& onto_;
    const Lexicon& lex_;
    // The document as the extractor sees it. Its mentions are read-only here: the indexes below
    // (salience_, actor_by_key_, by_key_, named_by_word_) are only right if each change to a
    // mention already appended is reported, so a mention is appended through append_mention and
    // changed through edit() (or set_key), and the compiler refuses any other write.
    class DocumentView {
    public:
        explicit DocumentView(Document& d)
            : mentions(d.mentions), tokens(d.tokens), sentences(d.sentences), claims(d.claims),
              text(d.text), document_(d) {}
        const std::vector<Mention>& mentions;
        const std::vector<Token>& tokens;
        const std::vector<Sentence>& sentences;
        std::vector<RawClaim>& claims;
        const std::string& text;

    private:
        friend class ExtractorImpl;
        Document& document_;  // for append_mention, edit() and Tree
    };
    DocumentView doc_;
    // A mention already appended, to be changed: reports the change first (edited), so call it
    // only where the mention's antecedent, key, type or label is about to change.
    Mention& edit(int idx) {
        edited(idx);
        return doc_.document_.mentions[idx];
    }

    // Document-level state.
    int section_agent_ = -1;                       // mention index of the current section's agent
    // "The project was funded by:" before a list: the verb whose preposition ends the line takes
    // each following verbless list item as that preposition's complement.
    struct ListLead {
        std::string verb, prep;
        bool passive = false, negated = false;
        std::string modality;
        double confidence = 0.0;
        std::vector<int> subjects;
    };
    std::optional<ListLead> list_lead_;
    void list_lead(const Tree& t, uint32_t si, const std::vector<Proposition>& props);
    std::unordered_map<std::string, int> alias_of_;  // acronym key -> mention of the long form
    // Lower-case surname -> mention of the person named in full ("Priya Nair" for "Nair"); -1
    // when two people share it.
    std::unordered_map<std::string, int> surname_of_;
    // The first word(s) of a name of several capitalised words -> mention of that name ("harlow"
    // for "Harlow Foods"); -1 when two names begin so, or the words named something else before.
    std::unordered_map<std::string, int> short_form_of_;
    std::unordered_set<std::string> keys_seen_;  // keys of the mentions so far
    // Heads (document-wide tokens) of the mentions whose name holds an "and" that joins words of
    // one name ("Harwick and Dunmore Council"): one actor, singular to a pronoun.
    std::unordered_set<uint32_t> one_name_heads_;
    // Where each form stands alone as a name in the document: its first two such tokens
    // (UINT32_MAX: none), for named_alone_elsewhere; built on first use.
    using AloneAt = std::pair<uint32_t, uint32_t>;
    mutable std::unordered_map<std::string, AloneAt> alone_at_;
    mutable bool alone_indexed_ = false;
    // Where each run of capitalised words stands as a name of its own: its first two starts
    // (UINT32_MAX: none), for run_named_alone_elsewhere; built on first use.
    mutable std::unordered_map<std::string, AloneAt> run_alone_at_;
    mutable bool runs_indexed_ = false;
    // Head forms of the mentions so far whose head is not their sentence's first word, brought up
    // to date on use (mentions are only ever appended): one lookup, where a scan of every mention
    // for each pronoun candidate made a long document quadratic.
    mutable std::unordered_set<std::string> mid_sentence_heads_;
    mutable std::size_t mid_sentence_indexed_ = 0;
    bool written_mid_sentence(const std::string& form) const;
    std::vector<int> named_;  // mentions headed by a proper noun, in document order
    // Type -> the mentions of named_ that had it when they were listed, or after an edit
    // (retyped_ holds the mentions edited since): "the company" looks among the names of its
    // type, where a scan of named_ for each description made a long document naming many bodies
    // of other types quadratic. A superset: users check the type itself.
    mutable std::unordered_map<std::string, std::set<int>> named_by_type_;
    mutable std::vector<int> retyped_;
    const std::set<int>& named_with_type(const std::string& type) const;
    // Each word of the keys of named_'s mentions -> those mentions: one lookup for "the names
    // with this word", where a scan of named_ for each description ("the firm") made a long
    // document quadratic. A superset: a key that changes (set_key) adds its words, and the old
    // words stay listed, so users check the key itself.
    std::unordered_map<std::string, std::set<int>> named_by_word_;
    // Key -> the mentions with that key, for lookups that scanned every mention. A superset too:
    // a mention stays listed under a key it no longer has.
    std::unordered_map<std::string, std::set<int>> by_key_;
    // The mentions listed under `key` (check each one's key).
    const std::set<int>& listed_with_key(const std::string& key) const {
        static const std::set<int> none;
        const auto found = by_key_.find(key);
        return found == by_key_.end() ? none : found->second;
    }
    // Appends a mention made at a proper noun (`named`) or not; every mention is appended here.
    int append_mention(Mention&& m, bool named);
    void add_named(int idx);
    void index_named_words(int idx);
    // Sets a mention's key after it was made; every later change of a key goes through here.
    void set_key(int idx, const std::string& key);
    // How often the text has named each actor so far ("the one the text keeps naming", in
    // antecedent_for_description), counted once per mention as the sentences go by, where a count
    // over the whole document for each description made a long document quadratic. The counts
    // read mentions [0, end) and the mentions their antecedents lead to, all below `bound`; a
    // change to the antecedent, key or type of one of those (edited) makes them count again.
    struct Salience {
        bool valid = false;
        uint32_t si = 0;  // the sentence counted up to
        std::size_t end = 0, bound = 0;
        std::map<std::string, std::pair<int, int>> by_key;  // key -> (times named, its root)
        // Lemma of a noun -> key -> times the noun named that actor again ("the company said").
        std::unordered_map<std::string, std::unordered_map<std::string, int>> by_noun;
        // For each noun asked about: (-(times named + times named again by the noun), key) of the
        // keys in by_key, most named first.
        std::unordered_map<std::string, std::set<std::pair<int, std::string>>> ranked;
    };
    mutable Salience salience_;
    // Key -> how far its listed mentions were looked at, and the last of them that named an actor
    // (a name said again takes its type, in mention()): forgotten when one of them is edited.
    struct ActorByKey {
        int checked = -1, latest = -1;
    };
    mutable std::unordered_map<std::string, ActorByKey> actor_by_key_;
    // Called on each change to the antecedent, key, type or label of a mention already appended:
    // by edit(), the only way to change one (doc_ gives the rest of the extractor a read-only
    // view of the mentions).
    void edited(int idx) const {
        if (static_cast<std::size_t>(idx) < salience_.bound) salience_.valid = false;
        retyped_.push_back(idx);
        actor_by_key_.erase(doc_.mentions[idx].key);
    }
    void count_salience(uint32_t si) const;
    void scan_salience(uint32_t si, const std::string& noun, int& best, int& most, int& second) const;
    // Lemma of a description noun -> the named actor it described ("the pension fund Northbridge
    // Capital": "fund"); -1 when it described two actors.
    std::unordered_map<std::string, int> described_by_;
    std::set<int> referring_;  // descriptions that refer back ("the company said"): salience
    // Key of a named actor -> the type of an organisation noun that described it ("maker").
    std::map<std::string, std::string> described_type_;
    std::map<std::pair<uint32_t, int>, int> mention_at_;  // (sentence, token) -> mention

    // --- noun phrases and mentions
    NounPhrase noun_phrase(const Tree& t, int head, bool keep_conj) const;
    void collect_np(const Tree& t, int i, int root, std::vector<int>& out, bool keep_conj) const;
    std::vector<int> conjuncts(const Tree& t, int head) const;
    bool named_list(const Tree& t, int head) const;
    const RelationInfo* activity_role_relation(const Tree& t, int role, int m, const RelationInfo* r) const;
    bool place_token(const Tree& t, int k) const;
    bool actor_conjunct_of_place(const Tree& t, int c) const;
    int promoted_conjunct(const Tree& t, int head) const;
    bool keep_together(const Tree& t, int head, const std::vector<int>& conj) const;
    int resolve_transparent(const Tree& t, int head) const;
    std::vector<int> with_partner_mentions(const Tree& t, uint32_t si, int w);
    bool listed_under_organisations(const Tree& t, int w, int m) const;
    bool regulator_body(const Tree& t, int tok, const std::vector<int>& ms) const;
    const RelationInfo* approved_by_regulator(const RelationInfo* r, const std::string& base, const Tree& t, int tok,
                                              const std::vector<int>& ms) const;
    // The mention m's chain of antecedents ends in (m itself when it has none).
    int chain_root(int m) const {
        while (doc_.mentions[m].antecedent >= 0) m = doc_.mentions[m].antecedent;
        return m;
    }
    // Mention m's head as a token of t, or -1 when it stands in another sentence.
    int head_in(const Tree& t, int m) const {
        const int64_t local = static_cast<int64_t>(doc_.mentions[m].head) - static_cast<int64_t>(t.first());
        return local >= 0 && local < t.size() ? static_cast<int>(local) : -1;
    }
    std::string type_of(const Tree& t, const NounPhrase& np, const std::string& label) const;
    std::string described_type(const Tree& t, const NounPhrase& np, const std::string& label) const;
    bool body_named_like_place(const std::string& label, const std::string& by_name, const std::string& described) const;
    std::string key_of(const Tree& t, const NounPhrase& np) const;
    int mention(const Tree& t, uint32_t si, int head, bool keep_conj);
    int name_top(const Tree& t, int k) const;
    int antecedent_for_pronoun(const Tree& t, uint32_t si, int tok) const;
    int narrator_mention(uint32_t si, bool plural) const;
    int sole_previous_subject(const Tree& t, uint32_t si, const NounPhrase& np, const std::string& key) const;
    int antecedent_for_description(const Tree& t, uint32_t si, const NounPhrase& np,
                                   const std::string& key) const;
    bool is_actor_type(const std::string& type) const { return type != "concept" && !type.empty(); }
    static bool organisation_type(const std::string& ty) {
        return ty == "company" || ty == "organization" || ty == "university" || ty == "government";
    }
    // Whether the noun `o` is a joint one ("a joint programme", "a collaborative study"); "a joint
    // master's degree": the parser hangs "joint" on the possessive noun.
    bool joint_noun(const Tree& t, int o) const {
        bool joint = false;
        for (int k : t.kids(o)) {
            joint = joint || (t.base(k) == "amod" && k < o && lex_.joint_modifier(t.lower_lemma(k)));
            if (t.rel(k) != "nmod:poss" || k > o || t.upos(k) != "NOUN") continue;
            for (int g : t.kids(k)) {
                joint = joint || (t.base(g) == "amod" && g < k && lex_.joint_modifier(t.lower_lemma(g)));
            }
        }
        return joint;
    }

    // Whether the phrase headed by `head` is one "together with", "jointly with", "along with"
    // (the word before its preposition a joint modifier).
    bool joint_with(const Tree& t, int head) const {
        const int c = t.child(head, "case", true);
        if (c >= 1 && lex_.joint_modifier(t.lower_form(c - 1))) return true;
        // ("along with": the parser may make both words cases of the noun.)
        return c >= 0 && c + 1 < head && t.head(c + 1) == head && t.lower_form(c + 1) == "with" &&
               lex_.joint_modifier(t.lower_form(c));
    }
    // "Procter & Gamble" (ampersand_name), and "Westford Fire and Rescue Service": a name of two or
    // more capitalised words, "and", and a run of two or more capitalised words that the naming
    // patterns make a body ("* Service") is one body's name when the words before "and" make no
    // body or place of their own. "Deutsche Bank and Credit Suisse", "Oxford University and
    // Cambridge University" (a body before "and") and "Siemens Energy and Bosch Rexroth" (no body
    // after it) stay two names, and so does "Oxford and Cambridge" (one word before "and").
    bool joined_name(const Tree& t, int head, int conj) const {
        if (ampersand_name(t, head, conj)) return true;
        if (complement_conjunct(t, head, conj)) return true;
        if (shared_head_name(t, head, conj) || firm_pair(t, head, conj)) return true;
        if (t.upos(head) != "PROPN" || t.upos(conj) != "PROPN" || conj <= head) return false;
        const int cc = t.child(conj, "cc");
        if (cc < 0 || cc + 1 != conj || t.lower_form(cc) != "and") return false;
        // The words before "and": the head and the flat or compound words on it, without a gap.
        auto word_of = [&](int k, int h) {
            return k == h || (t.head(k) == h && (t.rel(k) == "flat" || t.base(k) == "compound"));
        };
        int first = cc - 1;
        while (first - 1 >= 0 && word_of(first - 1, head)) --first;
        for (int k = first; k < cc; ++k) {
            if (!word_of(k, head) || !capitalized_name_part(t, k)) return false;
        }
        if (cc - first < 2 || head < first) return false;
        int last = conj;
        while (last + 1 < t.size() && word_of(last + 1, conj) && capitalized_name_part(t, last + 1)) ++last;
        if (last == conj) return false;
        for (int k : t.kids(conj)) {
            if (k > last && (t.rel(k) == "flat" || t.base(k) == "compound")) return false;
        }
        auto words = [&](int a, int b) {
            std::string s;
            for (int k = a; k <= b; ++k) s += (k > a ? " " : "") + t.tok(k).form;
            return s;
        };
        auto body = [&](const std::optional<std::string>& ty) { return ty && (organisation_type(*ty) || *ty == "place"); };
        if (body(onto_.type_of_name(words(first, cc - 1))) || body(onto_.type_of_head(t.lower_lemma(cc - 1))) ||
            place_token(t, cc - 1)) {
            return false;
        }
        const auto after = onto_.type_of_name(words(conj, last));
        return after && organisation_type(*after);
    }
    // "the Association of School and College Leaders", "the Institute for Health and Care
    // Research": capitalised words after "and" that the parser hung on a name's head, right after
    // the head's "of" or "for" complement, are that complement's conjunct and words of the name,
    // when they name nothing of their own: no body, place or person by their head word or by a
    // naming pattern ("Cambridge University" in "the University of Oxford and Cambridge
    // University"), no repeat of the head's own word ("the Ministry of Health and Ministry of
    // Finance"), no determiner or complement of their own, and one word of them at least a
    // common noun or the run longer than one word ("the Bank of England and Barclays" stays two),
    // and not named alone elsewhere in the document. A complement may list words before "and"
    // ("the Department for Environment, Food and Rural Affairs").
    // "Smith and Jones" (no complement) stays two.
    bool complement_conjunct(const Tree& t, int head, int conj) const {
        if (conj <= head + 3 || !(t.upos(head) == "PROPN" || (head > 0 && t.upos(head) == "NOUN")) ||
            !capitalized_name_part(t, head) || !capitalized_name_part(t, conj) || t.lower_form(head) == t.lower_form(conj)) {
            return false;
        }
        const int cc = t.child(conj, "cc");
        if (cc < 0 || t.lower_form(cc) != "and" || cc > conj || t.tok(cc - 1).form == ",") return false;
        // The conjunct's words: "and", then capitalised compound or flat words on it, without a gap.
        for (int k = cc + 1; k < conj; ++k) {
            if (t.head(k) != conj || !(t.base(k) == "compound" || t.rel(k) == "flat") || !capitalized_name_part(t, k)) return false;
        }
        for (int k : t.kids(conj)) {
            const auto b = t.base(k);
            if ((k < cc) || b == "det" || b == "case" || b == "nmod" || b == "nummod" || b == "amod") return false;
        }
        // The head's "of" or "for" complement, ending right before "and", all capitalised.
        int comp = -1;
        for (int k : t.kids(head)) {
            if (k > head && k < cc && t.base(k) == "nmod" && (t.prep(k) == "of" || t.prep(k) == "for")) comp = k;
        }
        if (comp < 0 || !capitalized_name_part(t, comp)) return false;
        std::vector<int> span;
        t.subtree(comp, span);
        if (*std::max_element(span.begin(), span.end()) != cc - 1) return false;
        for (int k : span) {
            // (A comma before a capitalised conjunct of the complement lists its words: "the
            // Department for Environment, Food and Rural Affairs".)
            const bool listing = t.tok(k).form == "," && k + 1 < cc && capitalized_name_part(t, k + 1) && t.head(k) > k &&
                                 t.base(t.head(k)) == "conj" && t.head(t.head(k)) == comp;
            if (k != comp && t.base(k) != "case" && !listing && !capitalized_name_part(t, k)) return false;
        }
        std::string words;
        for (int k = cc + 1; k <= conj; ++k) words += (k > cc + 1 ? " " : "") + t.tok(k).form;
        if (const auto named = onto_.type_of_name(words); named && *named != "concept") return false;
        // Words the document names alone elsewhere are a name of their own.
        if (run_named_alone_elsewhere(t, cc + 1, conj)) return false;
        if (place_token(t, conj)) return false;
        // A plural head word for people names the members ("College Leaders", "Care
        // Practitioners"); a singular one a person.
        if (const auto ty = onto_.type_of_head(t.lower_lemma(conj));
            ty && *ty != "concept" && !(*ty == "person" && (t.xpos(conj) == "NNS" || t.xpos(conj) == "NNPS"))) {
            return false;
        }
        // (One plural word for people is a common noun the tagger took for a name: "the Office for
        // Students and Graduates".)
        const auto people = onto_.type_of_head(t.lower_lemma(conj));
        return conj > cc + 1 || t.upos(conj) == "NOUN" || (t.xpos(conj) == "NNPS" && people && *people == "person");
    }
    // The number the finite verb of the clause whose subject is `subj` shows: 1 for a singular
    // form ("has", "is", "says", "was"), -1 for a plural one ("have", "are", "were"), 0 when the
    // form shows none ("signed", "will sign") or `subj` is no subject.
    int subject_number(const Tree& t, int subj) const {
        if (t.base(subj) != "nsubj" || t.head(subj) < 0) return 0;
        const int v = t.head(subj);
        int finite = v;
        for (int k : t.kids(v)) {
            if ((t.base(k) == "aux" || t.base(k) == "cop") && k < finite) finite = k;
        }
        const auto x = t.xpos(finite);
        const std::string w = t.lower_form(finite);
        if (x == "VBZ" || w == "was") return 1;
        if (x == "VBP" || w == "were") return -1;
        return 0;
    }
    // Whether the one word of the proper noun `k` stands alone as a name elsewhere in the
    // document ("Harwick said", "Harwick's budget"): neither inside a run of capitalised words,
    // nor before "and" or "&", nor after a preposition (a place: "in Harwick"). The places where
    // each form stands alone (the first two suffice) are found in one pass over the document, on
    // first use, so that a document full of such names stays linear.
    bool named_alone_elsewhere(const Tree& t, int k) const {
        if (!alone_indexed_) {
            auto capital = [](const Token& w) { return !w.form.empty() && std::isupper(static_cast<unsigned char>(w.form[0])); };
            for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
                if (i > 0) {
                    const Token& p = doc_.tokens[i - 1];
                    if (p.upos == "ADP" || (p.upos == "PROPN" && capital(p))) continue;
                }
                if (i + 1 < doc_.tokens.size()) {
                    const Token& n = doc_.tokens[i + 1];
                    if (n.form == "and" || n.form == "&" || (capital(n) && (n.upos == "PROPN" || n.upos == "NOUN"))) continue;
                }
                auto [it, fresh] = alone_at_.try_emplace(doc_.tokens[i].form, AloneAt{i, UINT32_MAX});
                if (!fresh && it->second.second == UINT32_MAX) it->second.second = i;
            }
            alone_indexed_ = true;
        }
        const auto it = alone_at_.find(t.tok(k).form);
        if (it == alone_at_.end()) return false;
        const uint32_t self = t.first() + static_cast<uint32_t>(k);
        return it->second.first != self || it->second.second != UINT32_MAX;
    }
    // Whether the capitalised words first..last of the sentence `t` stand elsewhere in the
    // document as a name of their own: as a whole run of capitalised words ("Care Research said")
    // not joined to words before it by "and", "&", a comma, "of" or "for". The runs are indexed
    // in one pass over the document, on first use, so that the check stays linear.
    bool run_named_alone_elsewhere(const Tree& t, int first, int last) const {
        auto name_word = [&](uint32_t i) {
            const Token& w = doc_.tokens[i];
            return !w.form.empty() && std::isupper(static_cast<unsigned char>(w.form[0])) && (w.upos == "PROPN" || w.upos == "NOUN");
        };
        if (!runs_indexed_) {
            const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
            for (uint32_t i = 0; i < n;) {
                if (!name_word(i)) {
                    ++i;
                    continue;
                }
                uint32_t j = i;
                std::string run = doc_.tokens[i].form;
                while (j + 1 < n && name_word(j + 1)) run += " " + doc_.tokens[++j].form;
                const std::string before = i > 0 ? doc_.tokens[i - 1].form : std::string();
                if (before != "and" && before != "&" && before != "," && before != "of" && before != "for") {
                    auto [it, fresh] = run_alone_at_.try_emplace(run, AloneAt{i, UINT32_MAX});
                    if (!fresh && it->second.second == UINT32_MAX) it->second.second = i;
                }
                i = j + 1;
            }
            runs_indexed_ = true;
        }
        std::string run;
        for (int k = first; k <= last; ++k) run += (k > first ? " " : "") + t.tok(k).form;
        const auto it = run_alone_at_.find(run);
        if (it == run_alone_at_.end()) return false;
        const uint32_t self = t.first() + static_cast<uint32_t>(first);
        return it->second.first != self || it->second.second != UINT32_MAX;
    }
    // "Harwick and Dunmore Council", "Kent and Medway Partnership Trust": one capitalised word,
    // "and", and a run of capitalised words ending in a singular head noun of a body (the
    // ontology's heads) is one body whose head both words share, when the word before "and"
    // names no body, country or person of its own (by name, or said alone elsewhere in the
    // document) and the clause's verb is not plural. "Smith and Jones said" and "Apple and Google
    // Health" (no body's head noun at the end), "Harlow Energy and Dalby Council" (two words
    // before "and": joined_name's case) and "Harwick and Dunmore Council have agreed" stay two.
    bool shared_head_name(const Tree& t, int head, int conj) const {
        if (t.upos(head) != "PROPN" || t.upos(conj) != "PROPN" || conj <= head) return false;
        const int cc = head + 1;
        if (cc >= t.size() || t.lower_form(cc) != "and" || t.head(cc) != conj || !capitalized_name_part(t, head)) return false;
        for (int k : t.kids(head)) {
            const auto b = t.base(k);
            if (b == "conj" ? k != conj : (b != "det" && b != "case" && b != "punct")) return false;
        }
        // The run after "and": the conjunct and the flat or compound words on it, without a gap.
        auto word_of = [&](int k) {
            return k == conj || (t.head(k) == conj && (t.rel(k) == "flat" || t.base(k) == "compound"));
        };
        int last = cc;
        while (last + 1 < t.size() && word_of(last + 1) && capitalized_name_part(t, last + 1)) ++last;
        if (last < cc + 2 || conj > last) return false;
        for (int k : t.kids(conj)) {
            if (k > last && (t.rel(k) == "flat" || t.base(k) == "compound")) return false;
        }
        const auto head_type = onto_.type_of_head(t.lower_lemma(last));
        if (t.xpos(last) != "NNP" || !head_type || !organisation_type(*head_type)) return false;
        std::string before_head;
        for (int k = cc + 1; k < last; ++k) {
            before_head += (k > cc + 1 ? " " : "") + t.tok(k).form;
            if (const auto ty = onto_.type_of_head(t.lower_lemma(k)); ty && organisation_type(*ty)) return false;
        }
        auto body = [&](const std::optional<std::string>& ty) {
            return ty && (organisation_type(*ty) || *ty == "country" || *ty == "person");
        };
        if (body(onto_.type_of_name(t.tok(head).form)) || body(onto_.type_of_head(t.lower_lemma(head))) ||
            body(onto_.type_of_name(before_head))) {
            return false;
        }
        return subject_number(t, head) >= 0 && !named_alone_elsewhere(t, head);
    }
    // "Cedar and Sage, a bakery, ...", "Marsh and Fielding has bought": two single capitalised
    // words joined by "and" are one firm's name when a singular description set off after them
    // renames the pair, or the clause's verb is singular. Neither word may name a body, place
    // or country of its own, or a time ("March and April, a busy period,"). "Smith and Jones
    // have said" and "Smith and Jones said" stay two.
    bool firm_pair(const Tree& t, int head, int conj) const {
        if (t.upos(head) != "PROPN" || t.upos(conj) != "PROPN" || conj != head + 2 || t.lower_form(head + 1) != "and" ||
            t.head(head + 1) != conj || !capitalized_name_part(t, head) || !capitalized_name_part(t, conj)) {
            return false;
        }
        for (int k : t.kids(head)) {
            const auto b = t.base(k);
            if (b == "conj" ? k != conj : (b != "punct" && b != "appos")) return false;
        }
        int appos = -1;
        for (int k : t.kids(conj)) {
            const auto b = t.base(k);
            if (b == "appos" && k > conj) {
                appos = k;
            } else if (k != head + 1 && b != "punct") {
                return false;
            }
        }
        for (int k : t.kids(head)) {
            if (t.base(k) == "appos" && k > conj) appos = k;
        }
        for (int k : {head, conj}) {
            const auto ty = onto_.type_of_name(t.tok(k).form);
            if (ty && (organisation_type(*ty) || *ty == "country" || *ty == "place")) return false;
            if (lex_.time_name(t.lower_form(k))) return false;  // "March and April, a period of ..."
        }
        if (appos >= 0 && t.tok(conj + 1).form == "," && t.upos(appos) == "NOUN" && t.xpos(appos) == "NN") {
            const int d = t.child(appos, "det");
            const std::string dw = d >= 0 ? t.lower_form(d) : std::string();
            const auto ty = onto_.type_of_head(t.lower_lemma(appos));
            if ((dw == "a" || dw == "an" || dw == "the") && !(ty && *ty == "person")) return true;
        }
        return subject_number(t, head) > 0;
    }
    // Whether the name at k, "at" which the named body at root stands, is another body: both
    // proper nouns whose head words the ontology types as organisations.
    // The body's head may be a capitalised common noun inside the sentence ("the Centre for ...").
    bool housed_body(const Tree& t, int root, int k) const {
        const bool named = t.upos(root) == "PROPN" || (root > 0 && t.upos(root) == "NOUN" && capitalized_name_part(t, root));
        if (!named || t.upos(k) != "PROPN" || t.prep(k) != "at") return false;
        const auto a = onto_.type_of_head(t.lower_lemma(root));
        const auto b = onto_.type_of_head(t.lower_lemma(k));
        return a && b && organisation_type(*a) && organisation_type(*b);
    }
    // Whether no word of the flat name at root ("Hannah Okonjo") is the head noun of a body
    // ("Kingston Hospital", "Leeds Academy"); a surname may be a common noun ("Anna Berg").
    bool untyped_flat_name(const Tree& t, int root) const {
        auto body = [&](int k) {
            const auto ty = onto_.type_of_head(t.lower_lemma(k));
            return ty && (organisation_type(*ty) || *ty == "school");
        };
        if (body(root)) return false;
        for (int f : t.kids(root)) {
            if (t.rel(f) == "flat" && body(f)) return false;
        }
        return true;
    }
    // 'm' for "he", "him", "his", "himself"; 'f' for "she", "her", "hers", "herself"; '?' else.
    static char pronoun_gender(const std::string& w) {
        if (w == "he" || w == "him" || w == "his" || w == "himself") return 'm';
        if (w == "she" || w == "her" || w == "hers" || w == "herself") return 'f';
        return '?';
    }
    // A person only by the shape of its name (two capitalised words), which a description overrules.
    bool shape_person(const Mention& m) const { return m.type == "person" && !onto_.type_of_name(m.label); }
    void retype_by_description(int m, const std::string& type, bool place_too = false);
    void note_description(const Tree& t, int noun, int m);
    // The type a description noun gives, its modifier first ("the shipping group" a company).
    std::optional<std::string> description_type(const Tree& t, int noun) const;
    // Types a description gives a name over the person guess from its shape.
    static bool named_type(const std::string& ty) {
        return ty == "company" || ty == "organization" || ty == "government" || ty == "university" ||
               ty == "school";
    }
    void prefer_described_types();
    void learn_types_from_evidence(std::map<std::string, std::string>& learned) const;
    bool unsupported_personal_name(const Mention& m) const;
    std::vector<int> counted_group(const Tree& t, uint32_t si, int n) const;
    void note_short_forms(const Tree& t, const NounPhrase& np, int idx, const std::string& key,
                          const std::string& type);
    // Types whose names are shortened to their first word(s): "Harlow" for "Harlow Foods" (not a
    // council or a ministry, whose first word is most often a place).
    bool short_form_type(const std::string& ty) const {
        return ty == "company" || ty == "organization" || ty == "fund" || ty == "university";
    }

    // --- propositions
    int subject_of(const Tree& t, int p, int depth, bool& implicit) const;
    std::string modality_of(const Tree& t, int p, int depth) const;
    bool negated(const Tree& t, int p) const;
    bool infinitive_of_negating(const Tree& t, int p) const;
    int had_intention(const Tree& t, int p) const;
    bool passive(const Tree& t, int p) const;
    // The mentions of `subjects` that can work with someone: actors or names, not notions.
    std::vector<int> working_doers(const std::vector<int>& subjects) const;
    int resolve_relative(const Tree& t, int tok) const;
    // "X's chief scientist, Y, said the company ...": X, when "company" is X's type, else -1.
    int reporter_role_owner(const Tree& t, uint32_t si, const NounPhrase& np) const;
    // A bare notion in brackets after a name ("Calderwood Systems (technology)"): no class of it.
    bool bracketed_field(const Tree& t, int k) const;

    // --- claims
    void add_claim(const Tree& t, uint32_t si, int subj_mention, const std::string& relation,
                   int obj_mention, bool neg, const std::string& modality, double confidence,
                   const std::string& predicate);
    void claims_for(const Tree& t, uint32_t si, const Proposition& p);
    void nominal_claims(const Tree& t, uint32_t si, int n, const std::vector<Proposition>& props);
    void example_claims(const Tree& t, uint32_t si, int n);
    void location_claims(const Tree& t, uint32_t si, int n);
    void affiliation_claims(const Tree& t, uint32_t si, int n);
    void apposition_claims(const Tree& t, uint32_t si, int n);
    void role_name_after_complement(const Tree& t, uint32_t si, int n);
    void hyphen_participle_claims(const Tree& t, uint32_t si, int n);
    const RelationInfo* role_relation(const Tree& t, int noun, const std::string& prep) const;
    void unit_of_possessor_claims(const Tree& t, uint32_t si, int n);
    bool role_claims(const Tree& t, uint32_t si, int holder, int role);
    int reporting_role_owner(const Tree& t, uint32_t si, const NounPhrase& np, const std::string& key);
    void employer_claims(const Tree& t, uint32_t si, int holder, int role, int k);
    void place_of_class_claims(const Tree& t, uint32_t si, int mn, int named, int cls);
    void section_heading(const Tree& t, uint32_t si);
    std::vector<int> arg_mentions(const Tree& t, uint32_t si, int head);
    std::string verb_phrase(const Tree& t, int p) const;
    std::string predicate_lemma(const Tree& t, int p) const;
    const RelationInfo* map_relation(const std::string& phrase) const {
        return onto_.relation_for_verb(phrase);
    }
    // The relation the ontology says verb `base` does not express with this object (token
    // `obj` of tree `t`, mention `m`): by the object's lemma, else its (antecedent's) type.
    const RelationInfo* excluded_with(const Tree& t, const std::string& base, int obj, int m) const;
};

// ----- noun phrases --------------------------------------------------------------------------

// "approved by the Competition Authority", "the watchdog approved the deal", "Ofqual, the exams
// regulator, approved the plan": a body is a regulator when the head noun of one of its mentions
// (through its antecedents) is a regulator's, or a description in apposition to token `tok` is.
bool ExtractorImpl::regulator_body(const Tree& t, int tok, const std::vector<int>& ms) const {
    for (int m : ms) {
        const Token& h = doc_.tokens[doc_.mentions[chain_root(m)].head];
        if (lex_.regulator_head(ascii::lower(h.lemma.empty() || h.lemma == "_" ? h.form : h.lemma))) return true;
    }
    if (tok < 0) return false;
    const auto kids = t.kids(tok);
    return std::any_of(kids.begin(), kids.end(),
                       [&](int k) { return t.rel(k) == "appos" && lex_.regulator_head(t.lower_lemma(k)); });
}

// What a regulator approves it regulates, where the verb alone would make the approver its author
// ("the council approved the plan"): the relation `r` the approving verb `base` got, or regulates
// when the approver (token `tok`, mentions `ms`) is a regulator and `r` is none or issues.
const RelationInfo* ExtractorImpl::approved_by_regulator(const RelationInfo* r, const std::string& base, const Tree& t,
                                                         int tok, const std::vector<int>& ms) const {
    if ((r && r->name != "issues") || !lex_.approving_verb(base) || !regulator_body(t, tok, ms)) return r;
    const RelationInfo* regulates = map_relation("regulate");
    return regulates ? regulates : r;
}

const RelationInfo* ExtractorImpl::excluded_with(const Tree& t, const std::string& base, int obj, int m) const {
    if (m < 0) return nullptr;
    if (const RelationInfo* r = obj >= 0 ? onto_.relation_excluded_for(base + " " + t.lower_lemma(obj)) : nullptr) return r;
    m = chain_root(m);
    return onto_.relation_excluded_for(base + " " + doc_.mentions[m].type);
}


// A name listed after a "with" phrase's class noun ("four institutes: the Goethe-Institut, ...")
// is one of that class: an organisation when the class is, whatever its own name suggested
// before the class typed it (a concept, or a person's shape).
bool ExtractorImpl::listed_under_organisations(const Tree& t, int w, int m) const {
    const std::string& ty = doc_.mentions[m].type;
    if (ty != "concept" && ty != "person") return false;
    const auto cls = onto_.type_of_head(t.lower_lemma(w));
    if (t.upos(w) != "NOUN" || !cls || !organisation_type(*cls)) return false;
    int x = head_in(t, m);
    if (x <= w) return false;
    if (t.upos(x) != "PROPN") return false;
    // The name hangs on the class noun as its apposition, or as a conjunct of that apposition.
    if (t.rel(x) == "conj" && t.head(x) > w) x = t.head(x);
    return t.rel(x) == "appos" && t.head(x) == w;
}

// The partners a "with" phrase names: its own mentions and those of the names in apposition to
// it ("with four institutes: the Goethe-Institut, the British Council and ...").
std::vector<int> ExtractorImpl::with_partner_mentions(const Tree& t, uint32_t si, int w) {
    std::vector<int> out = arg_mentions(t, si, w);
    for (int k : t.kids(w)) {
        if (k <= w || t.rel(k) != "appos" || t.upos(k) != "PROPN") continue;
        for (int m : arg_mentions(t, si, k)) {
            if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
        }
    }
    return out;
}

int ExtractorImpl::resolve_transparent(const Tree& t, int head) const {
    // "a series of preferential policies" -> policies; "this kind of cooperation" -> cooperation.
    for (int guard = 0; guard < 4; ++guard) {
        // A cardinal number is a partitive too when it has an "of" phrase: "three of the five
        // teams", "two of its suppliers" are teams and suppliers.
        const bool number = t.upos(head) == "NUM";
        if ((!number && !lex_.transparent(t.lower_lemma(head))) || t.upos(head) == "PROPN") return head;
        int inner = -1;
        for (int k : t.kids(head)) {
            // The parser makes the complement of "several of" an obl at times. "many of them"
            // is said of what "them" takes up (no other pronoun: "most of it", "some of us").
            if ((t.base(k) == "nmod" || t.base(k) == "obl") && t.prep(k) == "of" && k > head &&
                t.nominal(k) && (t.upos(k) != "PRON" || t.lower_form(k) == "them")) {
                inner = k;
                break;
            }
        }
        if (inner < 0) return head;
        // "One of its suppliers, Tarn Metals, said": the name set off by commas after a
        // cardinal's "of" phrase (the parser hangs it on either noun) is the one the number picks.
        if (number) {
            for (int k = inner + 1; k < t.size(); ++k) {
                if (t.rel(k) != "appos" || (t.head(k) != inner && t.head(k) != head) || t.upos(k) != "PROPN") continue;
                int first = k;
                while (first > 0 && t.head(first - 1) == k && t.upos(first - 1) == "PROPN") --first;
                if (t.tok(first - 1).form == ",") return k;
            }
        }
        head = inner;
    }
    return head;
}

// A person's name the parser built as compounds on the surname ("Tomas" compound of "Rydberg"):
// two or three capitalised proper nouns, each a compound right before the next.
static bool compound_given_name(const Tree& t, int head) {
    int words = 0;
    for (int k = head - 1; k >= 0 && t.rel(k) == "compound" && t.head(k) == head && t.upos(k) == "PROPN"; --k) ++words;
    return words >= 1 && words <= 2;
}

void ExtractorImpl::collect_np(const Tree& t, int i, int root, std::vector<int>& out,
                               bool keep_conj) const {
    out.push_back(i);
    // After an actor conjunct hung on a place ("Tohoku University in Japan and Monash University
    // in Australia"), the head's later complements are that conjunct's, not the head's.
    const int promoted = i == root ? promoted_conjunct(t, i) : -1;
    for (int k : t.kids(i)) {
        std::string_view b = t.base(k);
        if (promoted >= 0 && k > promoted && b == "nmod") continue;
        if (b == "conj" && i == root && joined_name(t, i, k)) {
            collect_np(t, k, root, out, false);
            continue;
        }
        if ((b == "conj" || b == "cc") && i == root) {
            // The phrase's own conjuncts are separate actors unless kept together; conjoined
            // modifiers ("scientific and technological") always stay.
            if (keep_conj && b == "conj") {
                collect_np(t, k, k, out, false);
                for (int c : t.kids(k)) {
                    if (t.base(c) == "cc" || (t.base(c) == "punct" && c < k)) out.push_back(c);
                }
            }
            continue;
        }
        // Inside a name: "Foundation for Science and Technology" keeps both conjuncts. A place's
        // conjunct that is another place or an actor is not part of the name: "University of
        // Tokyo and Seoul National University".
        // "the Health and Social Care Committee": a capitalised head noun inside the sentence
        // closes a name as a proper noun does, and a capitalised adjective is a word of it.
        const bool name_head = t.upos(root) == "PROPN" || (root > 0 && t.upos(root) == "NOUN" && capitalized_name_part(t, root));
        const bool name_word = capitalized_name_part(t, k) ||
                               (t.upos(k) == "ADJ" && std::isupper(static_cast<unsigned char>(t.tok(k).form[0])));
        // The complement may be a capitalised common noun ("Swiss Agency for Development and
        // Cooperation", "Institute of Mother and Child"), a word of the name all the same.
        if ((b == "conj" || b == "cc") && i != root && name_head &&
            (t.upos(i) == "PROPN" || (i > root && t.base(i) == "nmod" && capitalized_name_part(t, i))) &&
            name_word &&
            !(t.rel(i) == "nmod" && place_token(t, i) &&
              (actor_conjunct_of_place(t, k) || place_token(t, k)))) {
            collect_np(t, k, root, out, false);
            continue;
        }
        if (!label_dependent(b)) continue;
        if (b == "nmod") {
            // Keep short identifying complements ("universities in China", "Ministry of
            // Education"); drop long ones and examples ("such as ...").
            std::string p = t.prep(k);
            // "Professor Li Wei of Kingsbridge College": after a person's name (UD's flat
            // names), "of" or "from" gives where the person works, no part of the name; so too
            // when the parser hangs it on the surname ("Ruth Egan of Dalby Town Council").
            const bool in_name = i == root || (t.rel(i) == "flat" && t.head(i) == root);
            if ((p == "of" || p == "from") && in_name && t.upos(root) == "PROPN" && t.child(root, "flat") >= 0 &&
                t.child(root, "flat") < k) {
                continue;
            }
            // "Dr Hannah Okonjo at the University of Strathmore": "at" a named body after a
            // person's full name says where the person works, when no word of the name is a
            // type's head noun ("Kingston Hospital at ..." is a body's name).
            if (p == "at" && in_name && t.upos(root) == "PROPN" && t.upos(k) == "PROPN" && t.child(root, "flat") >= 0 &&
                t.child(root, "flat") < k && untyped_flat_name(t, root)) {
                continue;
            }
            // "Tomas Rydberg at Uppsala University": a name the parser built with its given name
            // as a compound (its last word no type's head noun), with "at" and a proper noun
            // after it, the same ("of" would split "Tarn Chamber of Commerce").
            if (p == "at" && i == root && k > root && t.upos(root) == "PROPN" && t.upos(k) == "PROPN" &&
                compound_given_name(t, root) && !onto_.type_of_head(t.lower_lemma(root))) {
                continue;
            }
            // "the Marrick Institute for Vaccine Research at Tollbridge University": a named body
            // "at" another named body is housed in it, no word of its name (affiliation_claims
            // makes it part of that body).
            if (p == "at" && housed_body(t, root, k)) continue;
            if (t.rel(k) == "nmod:poss") {
                if (t.upos(k) == "PRON") continue;
            } else if (lex_.time_name(t.lower_form(k)) && p != "of") {
                continue;  // "a budget on Monday": when, not which
            } else if (p.empty() && t.rel(k) == "nmod:desc" && k + 1 == i && t.upos(k) == "PROPN" &&
                       t.upos(i) == "PROPN" && [&] {
                           // The name's last word: its head's, or the last of a flat name.
                           int last = i;
                           for (int f : t.kids(i)) {
                               if (f > last && t.rel(f) == "flat" && t.upos(f) == "PROPN") last = f;
                           }
                           auto ty = onto_.type_of_head(t.lower_lemma(last));
                           return ty && (*ty == "government" || *ty == "organization" || *ty == "company" ||
                                         *ty == "university" || *ty == "school");
                       }()) {
                // "Westbridge University Hospital": the parser's nmod:desc marks a title before
                // a name ("Dr Helena Moura"), but no title comes before an institution's head
                // word; the capitalised word is the first of the institution's name.
            } else if (p.empty() && t.rel(k) == "nmod:desc" && k + 1 == i && t.upos(i) == "PROPN" &&
                       lex_.name_prefix(t.lower_form(k))) {
                // "St. Anselm said", "St Helens": the parser's title before a name is a saint's
                // abbreviation that opens the name.
            } else if (lex_.example_marker(p) || p.empty()) {
                continue;
            } else if (p != "of" && p != "in" && p != "for" && p != "from" && p != "at" &&
                       p != "on") {
                continue;
            } else if ((p == "in" || p == "at") && t.upos(k) != "PROPN" &&
                       !(k > 0 && capitalized_name_part(t, k) && i != root && capitalized_name_part(t, i))) {
                // "universities in rural areas" identifies; "Labs in two rounds" does not. Inside
                // a name every word counts ("Institute for Quality in Social Care").
                auto ty = onto_.type_of_head(t.lower_lemma(k));
                if (!ty || *ty == "concept" || *ty == "event") continue;
            }
            // The complement's own words: a relative clause on it ("the Confederation of
            // Regional Employers, which represents ...") stays out of the label anyway.
            std::vector<int> sub{k};
            for (std::size_t q = 0; q < sub.size(); ++q) {
                for (int g : t.kids(sub[q])) {
                    // An apposition on the complement is no part of the label either ("the
                    // Institute for Quality in Health Care, an independent agency that ...").
                    if (t.rel(g) != "acl:relcl" && t.base(g) != "appos") sub.push_back(g);
                }
            }
            // A label stays a short noun phrase: a complement that would take it past a dozen
            // words ("a lung cancer screening programme for former coal miners in the South
            // Wales valleys") is left out, like a long one.
            if (sub.size() > 8 || out.size() + sub.size() > 11) continue;
            bool has_clause = false;
            for (int s : sub) {
                auto sb = t.base(s);
                if (sb == "acl" || sb == "advcl" || sb == "ccomp" || t.verbal(s)) has_clause = true;
            }
            if (has_clause) continue;
        }
        if (b == "punct" && !(k > std::min(i, root) && t.tok(k).form == "-")) continue;
        if (b == "advmod" && t.upos(i) != "ADJ" && t.upos(i) != "NUM") continue;
        if (b == "case" && i == root) continue;  // the NP's own preposition
        if (b == "case" && t.rel(i) == "nmod:poss" && i != root) {
            out.push_back(k);  // "China 's" inside "China's government"
            continue;
        }
        collect_np(t, k, root, out, false);
    }
}

bool ExtractorImpl::place_token(const Tree& t, int k) const {
    auto place = t.upos(k) == "PROPN" ? onto_.type_of_name(t.tok(k).form)
                                      : onto_.type_of_head(t.lower_lemma(k));
    if (place && (*place == "country" || *place == "place")) return true;
    // "Riverbend Regional Hospital in Stockton": an institution stands in a place, not in a
    // person, so a one-word name after "in" on an institution's name or noun is a place whatever
    // WordNet says of it as a surname.
    if (t.upos(k) != "PROPN" || (place && *place != "person") || t.prep(k) != "in" || t.base(k) != "nmod" ||
        t.head(k) < 0 || t.head(k) > k) {
        return false;
    }
    for (int c : t.kids(k)) {
        if (t.base(c) == "flat" || t.base(c) == "compound") return false;
    }
    auto holder = onto_.type_of_head(t.lower_lemma(t.head(k)));
    return holder && (organisation_type(*holder) || *holder == "school");
}

// "Tohoku University in Japan and Monash University": a conjunct the parser hung on a place
// that names an actor of its own kind (a university, a company: not a place) is no part of the
// place.
bool ExtractorImpl::actor_conjunct_of_place(const Tree& t, int c) const {
    if (t.base(c) != "conj") return false;
    std::optional<std::string> other;
    if (t.upos(c) == "NOUN") {
        other = onto_.type_of_head(t.lower_lemma(c));
    } else if (t.upos(c) == "PROPN") {
        // "the Kerala Nursing Institute": the name's words before its head too, so that the
        // head's naming pattern ("* Institute") sees the whole name.
        std::string name;
        for (int k : t.kids(c)) {
            if (t.base(k) == "compound" && k < c && t.upos(k) == "PROPN") name += t.tok(k).form + " ";
        }
        name += t.tok(c).form;
        for (int k : t.kids(c)) {
            if (t.base(k) == "flat" && k > c) name += " " + t.tok(k).form;
        }
        other = onto_.type_of_name(name);
    }
    return other && *other != "country" && *other != "place" && *other != "concept";
}

// The first actor conjunct hung on one of the head's places, or -1. The head's complements after
// it are the conjunct's: "Tohoku University in Japan and Monash University in Australia".
int ExtractorImpl::promoted_conjunct(const Tree& t, int head) const {
    int first = -1;
    for (int k : t.kids(head)) {
        if (t.base(k) != "nmod" || t.prep(k) != "in" || !place_token(t, k)) continue;
        for (int c : t.kids(k)) {
            if (actor_conjunct_of_place(t, c) && (first < 0 || c < first)) first = c;
        }
    }
    return first;
}

std::vector<int> ExtractorImpl::conjuncts(const Tree& t, int head) const {
    std::vector<int> out{head};
    for (int k : t.kids(head)) {
        // "a stroke unit, the first in the county": an adjective with a determiner and no
        // coordinator of its own set off after a noun renames it; it is no second item.
        if (t.base(k) == "conj" && t.upos(k) == "ADJ" && t.child(k, "det") >= 0 && t.child(k, "cc") < 0) continue;
        if (t.base(k) == "conj" && (t.nominal(k) || t.upos(k) == "ADJ") && t.child(k, "cop") < 0 &&
            t.child(k, "nsubj", true) < 0 && !joined_name(t, head, k)) {
            out.push_back(k);
        }
    }
    // "Universities in Kenya and colleges in Ghana": the parser often hangs the second actor on
    // the place. A conjunct of the place that is itself no place but an actor of the head's kind
    // is the head's conjunct.
    for (int k : t.kids(head)) {
        if (t.base(k) != "nmod" || t.prep(k) != "in" || !place_token(t, k)) continue;
        const bool own = t.upos(head) == "PROPN" || onto_.type_of_head(t.lower_lemma(head));
        for (int c : t.kids(k)) {
            if (own && actor_conjunct_of_place(t, c)) out.push_back(c);
        }
    }
    return out;
}

// Whether the phrase headed by `head` is a list of named actors: two or more conjuncts, each a
// name or a definite singular description taking up one ("the agency and the African Union
// Commission"), at least one of them a name.
bool ExtractorImpl::named_list(const Tree& t, int head) const {
    const std::vector<int> names = conjuncts(t, head);
    if (names.size() < 2) return false;
    bool proper = false;
    for (int x : names) {
        if (t.upos(x) == "PROPN") {
            proper = true;
            continue;
        }
        const int d = t.child(x, "det");
        if (t.upos(x) != "NOUN" || t.xpos(x) != "NN" || d < 0 || t.lower_form(d) != "the") return false;
    }
    return proper;
}

bool ExtractorImpl::keep_together(const Tree& t, int head, const std::vector<int>& conj) const {
    // "international exchanges and cooperation": concept conjuncts where a later one is bare
    // share the first one's modifiers and read as one notion. Actors are always split.
    if (conj.size() < 2) return false;
    bool later_bare = false;
    bool first_bare = true;
    for (int k : t.kids(head)) {
        auto b = t.base(k);
        if ((b == "amod" || b == "compound" || b == "nmod" || b == "nummod") && k < conj[1]) first_bare = false;
    }
    for (std::size_t i = 0; i < conj.size(); ++i) {
        int c = conj[i];
        if (t.upos(c) == "PROPN" || t.upos(c) == "PRON") return false;
        if (onto_.type_of_head(t.lower_lemma(c))) return false;
        if (i == 0) continue;
        bool bare = true;
        for (int k : t.kids(c)) {
            auto b = t.base(k);
            if (b == "amod" || b == "compound" || b == "det" || b == "nmod" || b == "nummod") bare = false;
        }
        if (bare) later_bare = true;
    }
    // "the exchange and integration of ideas": a bare first conjunct shares what follows.
    return (later_bare || first_bare) && conj.size() <= 3;
}

NounPhrase ExtractorImpl::noun_phrase(const Tree& t, int head, bool keep_conj) const {
    NounPhrase np;
    int outer = head;
    head = resolve_transparent(t, head);
    np.head = head;
    np.heads = {head};
    const Token& h = t.tok(head);
    np.pronoun = t.upos(head) == "PRON";
    std::string lf = t.lower_form(head);
    np.relative = np.pronoun && lex_.relative_pronoun(lf);
    np.proper = t.upos(head) == "PROPN";
    np.plural = h.xpos == "NNS" || h.xpos == "NNPS" || lex_.pronoun_plural(lf) || lf == "we" || lf == "us";
    for (int d : {outer, head}) {
        for (int k : t.kids(d)) {
            if (t.base(k) != "det") continue;
            std::string w = t.lower_form(k);
            if (lex_.demonstrative(w) && w != "such") np.demonstrative = np.definite = true;
            if (w == "the") np.definite = true;
        }
    }
    std::vector<int> toks;
    collect_np(t, head, head, toks, keep_conj);
    // Words the tokenizer split at hyphens ("world - famous", "Sino - foreign") stay whole,
    // whatever the parser made of the pieces.
    {
        auto glued = [&](int x, int y) { return t.tok(x).end == t.tok(y).start; };
        std::vector<int> extra;
        for (int k : toks) {
            for (int j = k; j + 2 < t.size() && t.tok(j + 1).form == "-" && glued(j, j + 1) &&
                            glued(j + 1, j + 2);
                 j += 2) {
                extra.push_back(j + 1);
                extra.push_back(j + 2);
            }
            for (int j = k; j - 2 >= 0 && t.tok(j - 1).form == "-" && glued(j - 1, j) &&
                            glued(j - 2, j - 1);
                 j -= 2) {
                extra.push_back(j - 1);
                extra.push_back(j - 2);
            }
        }
        toks.insert(toks.end(), extra.begin(), extra.end());
    }
    std::sort(toks.begin(), toks.end());
    toks.erase(std::unique(toks.begin(), toks.end()), toks.end());
    // Drop leading determiners, quantifiers, possessive pronouns and punctuation; trailing
    // punctuation and prepositions.
    std::size_t b = 0, e = toks.size();
    while (b < e && toks[b] != head) {
        int k = toks[b];
        std::string w = t.lower_form(k);
        bool list_marker = t.upos(k) == "NUM" && !w.empty() && (w.back() == '.' || w.back() == ')');
        bool drop = list_marker || lex_.drop_from_label(w) || lex_.drop_from_label(t.lower_lemma(k)) ||
                    is_punct_form(t.tok(k).form) || t.base(k) == "case" || t.base(k) == "cc" ||
                    (t.base(k) == "det" && t.upos(k) != "PROPN") ||
                    (t.rel(k) == "nmod:poss" && t.upos(k) == "PRON");
        if (!drop) break;
        ++b;
    }
    while (e > b + 1 && toks[e - 1] != head &&
           (is_punct_form(t.tok(toks[e - 1]).form) || t.base(toks[e - 1]) == "case" ||
            t.base(toks[e - 1]) == "cc")) {
        --e;
    }
    np.tokens.assign(toks.begin() + b, toks.begin() + e);
    if (np.tokens.empty()) np.tokens = {head};
    // "the battery start-up Voltaris", "the bank Kvarts Markets": lower-case common nouns in front
    // of a name describe it; the name alone is the label, the description types it.
    bool capitalised = head > 0 && !h.form.empty() && std::isupper(static_cast<unsigned char>(h.form[0]));
    if ((np.proper || capitalised) && !keep_conj) {
        // "the Castlemere-owned Tarn Valley Railway", "the Leeds-based Varden Logistics": a name
        // joined by a hyphen to a participle names another actor (hyphen_participle_claims), not
        // part of the name, which would take the first word for its short form.
        if (np.tokens.size() > 3 && np.tokens[0] != head && t.upos(np.tokens[0]) == "PROPN" &&
            np.tokens[1] == np.tokens[0] + 1 && np.tokens[2] == np.tokens[0] + 2 &&
            t.tok(np.tokens[1]).form == "-" && t.tok(np.tokens[0]).end == t.tok(np.tokens[1]).start &&
            t.tok(np.tokens[1]).end == t.tok(np.tokens[2]).start && t.xpos(np.tokens[2]) == "VBN" &&
            t.base(np.tokens[2]) == "amod" && np.tokens[2] != head && t.upos(np.tokens[3]) == "PROPN") {
            np.tokens.erase(np.tokens.begin(), np.tokens.begin() + 3);
        }
        // "the Finnish engineering firm Polarix": adjectives may open the description, which
        // still needs its lower-case noun ("the Danish Institute of Glaciology" has none).
        // "The dockworkers' union FNV Havens": a possessor may open it.
        std::size_t adjectives = 0;
        if (np.tokens.size() > 2 && t.rel(np.tokens[0]) == "nmod:poss" && t.head(np.tokens[0]) == head &&
            t.upos(np.tokens[0]) == "NOUN") {
            adjectives = 1;
            while (adjectives < np.tokens.size() && t.head(np.tokens[adjectives]) == np.tokens[0]) ++adjectives;
        }
        // "the Swiss drugmaker Valcora": proper nouns that modify the lower-case noun right after
        // them (a nationality or a place the tagger took for a name) open the description too.
        if (adjectives == 0) {
            std::size_t p = 0;
            while (p < np.tokens.size() && np.tokens[p] != head && t.upos(np.tokens[p]) == "PROPN" &&
                   (p == 0 || np.tokens[p] == np.tokens[p - 1] + 1)) {
                ++p;
            }
            if (p > 0 && p < np.tokens.size() && np.tokens[p] != head && np.tokens[p] == np.tokens[p - 1] + 1 &&
                t.upos(np.tokens[p]) == "NOUN" && t.base(np.tokens[p]) == "compound" &&
                !t.tok(np.tokens[p]).form.empty() && std::islower(static_cast<unsigned char>(t.tok(np.tokens[p]).form[0]))) {
                bool modifiers = true;
                for (std::size_t q = 0; q < p && modifiers; ++q) {
                    const int hq = t.head(np.tokens[q]);
                    modifiers = t.base(np.tokens[q]) == "compound" && hq > np.tokens[q] && hq <= np.tokens[p];
                }
                if (modifiers && t.head(np.tokens[p - 1]) == np.tokens[p]) adjectives = p;
            }
        }
        while (adjectives < np.tokens.size() && t.upos(np.tokens[adjectives]) == "ADJ" &&
               t.base(np.tokens[adjectives]) == "amod") {
            ++adjectives;
        }
        std::size_t d = adjectives;
        while (d < np.tokens.size() && t.upos(np.tokens[d]) == "NOUN" &&
               (t.base(np.tokens[d]) == "compound" || t.rel(np.tokens[d]) == "nmod:desc") &&
               !t.tok(np.tokens[d]).form.empty() && std::islower(static_cast<unsigned char>(t.tok(np.tokens[d]).form[0]))) {
            ++d;
        }
        if (d == adjectives) d = 0;
        // Hyphen pieces ("start - up") belong to the descriptor before them.
        while (d > 0 && d < np.tokens.size() && is_punct_form(t.tok(np.tokens[d]).form)) d += 2;
        if (d > 0 && d < np.tokens.size() && t.upos(np.tokens[d]) == "PROPN") {
            np.descriptor = np.tokens[d - 1];
            if (is_punct_form(t.tok(np.descriptor).form) || t.upos(np.descriptor) != "NOUN") {
                np.descriptor = d >= 3 ? np.tokens[d - 3] : np.tokens[0];
            }
            np.tokens.erase(np.tokens.begin(), np.tokens.begin() + static_cast<long>(d));
        }
    }
    // "The patient group Privacy First": the parser's nmod:desc is such a description too.
    if (np.descriptor < 0 && np.proper && !keep_conj) {
        for (int k : t.kids(head)) {
            const std::string& f = t.tok(k).form;
            if (k < head && t.rel(k) == "nmod:desc" && t.upos(k) == "NOUN" && !f.empty() &&
                std::islower(static_cast<unsigned char>(f[0]))) {
                np.descriptor = k;
            }
        }
        // "The nurses' union Care Alliance": a possessor before the description is the
        // description's ("the nurses' union"), not part of the name.
        if (np.descriptor >= 0 && np.tokens.size() > 2 && np.tokens[0] < np.descriptor &&
            t.rel(np.tokens[0]) == "nmod:poss" && t.upos(np.tokens[0]) == "NOUN") {
            const int poss = np.tokens[0];
            std::size_t cut = 1;
            while (cut < np.tokens.size() && t.head(np.tokens[cut]) == poss) ++cut;
            if (cut < np.tokens.size()) np.tokens.erase(np.tokens.begin(), np.tokens.begin() + static_cast<long>(cut));
        }
    }
    if (keep_conj) {
        np.heads = conjuncts(t, head);
        np.plural = true;
    }
    return np;
}

std::string ExtractorImpl::key_of(const Tree& t, const NounPhrase& np) const {
    // Lower case, the head lemmatized, possessive markers and punctuation dropped.
    std::string key;
    for (int k : np.tokens) {
        std::string w;
        const std::string& form = t.tok(k).form;
        // A capital that only starts the sentence does not make a name.
        bool lower = !form.empty() && (std::islower(static_cast<unsigned char>(form[0])) || k == 0);
        if (std::find(np.heads.begin(), np.heads.end(), k) != np.heads.end() && t.upos(k) == "NOUN" &&
            lower) {
            w = t.lower_lemma(k);
        } else {
            w = t.lower_form(k);
        }
        if (w == "'s" || w == "’s" || w == "'" || is_punct_form(w)) continue;
        if (!key.empty()) key += ' ';
        key += w;
    }
    return key;
}

std::string ExtractorImpl::type_of(const Tree& t, const NounPhrase& np,
                                   const std::string& label) const {
    int h = np.head;
    // Proper names: the gazetteer and naming patterns, on the whole label and on the name part.
    // A phrase headed by a lower-case common noun is no name, whatever it ends in ("a malaria
    // project in the Eastern Province" is a project, not a province).
    const std::string& hf = t.tok(h).form;
    const bool common_head = t.upos(h) == "NOUN" && !hf.empty() && std::islower(static_cast<unsigned char>(hf[0]));
    // "the Royal College of Psychiatrists", "the American College of Surgeons": a college of
    // members of a profession is their professional body, not a place of study.
    if (!common_head && t.lower_form(h) == "college") {
        for (int k : t.kids(h)) {
            if (k < h || t.base(k) != "nmod" || t.prep(k) != "of") continue;
            if (t.xpos(k) != "NNS" && t.xpos(k) != "NNPS" && t.xpos(k) != "NNP") continue;
            if (t.xpos(k) != "NNP") {
                if (auto ty = onto_.type_of_head(t.lower_lemma(k)); ty && *ty == "person") return "organization";
                continue;
            }
            // "the Royal College of Midwives": the tagger may take a plural it does not know for
            // a singular name; its regular plural endings give the profession's noun.
            const std::string f = t.lower_form(k);
            for (const auto& rule : kInflectionRules) {
                if (rule.kind != Inflection::plural_or_3sg || f.size() <= rule.ending.size() + 2 ||
                    f.compare(f.size() - rule.ending.size(), rule.ending.size(), rule.ending) != 0) {
                    continue;
                }
                const std::string lemma = f.substr(0, f.size() - rule.ending.size()) + std::string(rule.replacement);
                if (auto ty = onto_.type_of_head(lemma); ty && *ty == "person") return "organization";
            }
        }
    }
    // "Patients for Genetic Privacy", "Scientists for Sensible Energy", "Doctors against Cuts": a
    // capitalised plural noun of people naming a cause with "for" or "against" is a campaign
    // group, an organisation (not its members, nor what the cause's last word would suggest).
    if (!common_head && (t.xpos(h) == "NNS" || t.xpos(h) == "NNPS")) {
        if (auto ty = onto_.type_of_head(t.lower_lemma(h)); ty && *ty == "person") {
            for (int k : t.kids(h)) {
                if (k > h && t.base(k) == "nmod" && (t.prep(k) == "for" || t.prep(k) == "against") &&
                    (t.upos(k) == "PROPN" || t.upos(k) == "NOUN") && !t.tok(k).form.empty() &&
                    std::isupper(static_cast<unsigned char>(t.tok(k).form[0]))) {
                    return "organization";
                }
            }
        }
    }
    // "in Worcester, Mass.", "Springfield, Illinois", "Cambridge, Mass.": a name with a known
    // place (a state, not a country) right after a comma is a place within it (whatever else
    // the name may name on its own).
    // (The parser hangs the place anywhere: as the name's apposition, or as a verb's parataxis
    // at a sentence's end; the words say it.)
    if (!common_head && t.upos(h) == "PROPN" && !np.tokens.empty()) {
        const int e = *std::max_element(np.tokens.begin(), np.tokens.end());
        const int k = e + 2;
        if (k < t.size() && e == h && t.lower_form(e + 1) == "," && t.upos(k) == "PROPN") {
            int last = k;
            while (last + 1 < t.size() && t.upos(last + 1) == "PROPN" && t.head(last + 1) == k) ++last;
            auto place = onto_.type_of_name(std::string(t.text(k, last)));
            // (A country after the comma may be the next item of a list: "Norway, Iceland and").
            const auto own = onto_.type_of_name(label);
            if (place && *place == "place" && !(own && *own == "country") &&
                (last + 1 == t.size() || t.upos(last + 1) == "PUNCT")) {
                return "place";
            }
        }
    }
    // "Fiona Grant", "Hamish Fund": two capitalised names whose first is a known given name are a
    // person's name when the surname's naming pattern would make the whole a thing (a fund, a
    // project, a policy, an event); a pattern for a body or a place ("* University", "* Street")
    // still types the name.
    if (!common_head && np.tokens.size() == 2 && np.tokens[1] == np.tokens[0] + 1 && t.upos(np.tokens[0]) == "PROPN" &&
        t.upos(np.tokens[1]) == "PROPN" && lex_.given_name(t.tok(np.tokens[0]).form)) {
        if (auto ty = onto_.type_of_name(label);
            ty && (*ty == "fund" || *ty == "project" || *ty == "policy" || *ty == "event")) {
            return "person";
        }
    }
    if (auto ty = common_head ? std::nullopt : onto_.type_of_name(label)) return *ty;
    // "Transport for London", "Sport for Wales": a capitalised singular name whose head word is
    // no actor's noun (a field, not "Minister for Europe" or "Ministry for ...") and whose "for"
    // complement is a known place or country is a body that serves that place.
    if (t.xpos(h) == "NNP" && !hf.empty() && std::isupper(static_cast<unsigned char>(hf[0]))) {
        const auto head_type = onto_.type_of_head(t.lower_lemma(h));
        for (int k : t.kids(h)) {
            if (head_type && *head_type != "concept") break;
            if (k != h + 2 || t.base(k) != "nmod" || t.prep(k) != "for" || t.upos(k) != "PROPN") continue;
            if (auto place = onto_.type_of_name(t.tok(k).form); place && (*place == "place" || *place == "country")) {
                return "organization";
            }
        }
    }
    if (np.proper || t.upos(h) == "PROPN") {
        // The name without trailing complements: "Ministry of Education" keeps its "of",
        // "Tohoku University in Japan" drops "in Japan".
        std::vector<int> place_part;
        for (int k : t.kids(h)) {
            if (t.base(k) == "nmod" && t.prep(k) != "of" && k > h) t.subtree(k, place_part);
        }
        std::vector<int> name;
        for (int k : np.tokens) {
            if (std::find(place_part.begin(), place_part.end(), k) != place_part.end()) continue;
            if (t.upos(k) == "PROPN" || k == h || (t.base(k) == "case" && t.lower_form(k) == "of") ||
                t.base(k) == "flat" || t.base(k) == "compound") {
                name.push_back(k);
            }
        }
        std::string n = join_tokens(t, name);
        if (auto ty = onto_.type_of_name(n)) return *ty;
        // The head word alone only for a one-word name: "Helena" is a place, "Helena Moura" not.
        int words = 0;
        for (int k : np.tokens) words += t.upos(k) == "PROPN";
        if (words <= 1) {
            if (auto ty = onto_.type_of_name(t.tok(h).form)) return *ty;
        }
    }
    if (t.upos(h) == "PROPN") {
        // A title the label leaves out still types the name: "Dr Helena Moura" -> "Dr *".
        for (int k : t.kids(h)) {
            if (k < h && (t.rel(k) == "nmod:desc" || t.base(k) == "compound") && t.upos(k) == "PROPN") {
                if (auto ty = onto_.type_of_name(t.tok(k).form + " " + label)) return *ty;
            }
        }
    }
    // "Forth & Tay Savings", "Marks & Spencer": a name of two names joined by "&" that no naming
    // pattern typed is a firm's (partners' names joined so are the habit of businesses); its
    // first word alone ("Forth", a river) says nothing of it.
    if (t.upos(h) == "PROPN") {
        for (int k : t.kids(h)) {
            if (k > h && t.base(k) == "conj" && t.upos(k) == "PROPN") {
                const int cc = t.child(k, "cc");
                if (cc >= 0 && cc < k && t.tok(cc).form == "&") return "company";
            }
        }
    }
    // "Homes England", "Skills Scotland": a longer name ending in a country's name is a body of
    // that country, not the country (the head-noun lexicon would say country); with a compass
    // word it is a region ("Western Australia", "Northern Ireland"). The words before it may
    // hang on one another first ("Citizens Advice Scotland": "Advice" flat on "Citizens").
    const bool name_before = h > 0 && t.upos(h - 1) == "PROPN" &&
                             (t.head(h - 1) == h || (t.head(h - 1) >= 0 && t.head(h - 1) < h &&
                                                     t.head(t.head(h - 1)) == h && t.upos(t.head(h - 1)) == "PROPN"));
    if (t.upos(h) == "PROPN" && name_before) {
        if (auto c = onto_.type_of_name(t.tok(h).form); c && *c == "country") {
            static const std::set<std::string> compass = {"north", "south", "east", "west", "northern",
                                                          "southern", "eastern", "western", "central"};
            return compass.count(t.lower_form(h - 1)) ? "place" : "organization";
        }
    }
    // A personal name's first word is its head in UD ("Helena" of "Helena Moura"); as a common
    // noun lemma it means nothing here.
    bool personal_name = t.upos(h) == "PROPN" && t.child(h, "flat") >= 0;
    // "Sarah Obi": two singular names whose first is a given name (a person to the head lexicon,
    // no place) are a personal name when the parser made the first a compound of the second too,
    // unless the second is a head word or name of the ontology's own ("Lisa Bank"): the head
    // lexicon's sense of a surname ("obi", a sash) says nothing of the person.
    if (!personal_name && t.xpos(h) == "NNP" && np.tokens.size() == 2 && np.tokens[0] == h - 1 &&
        t.upos(h - 1) == "PROPN" && t.rel(h - 1) == "compound" && !onto_.type_of_name(t.tok(h - 1).form) &&
        !onto_.type_of_name(t.tok(h).form) && !onto_.type_of_listed_head(t.lower_lemma(h))) {
        const auto given = onto_.type_of_head(t.lower_form(h - 1));
        personal_name = given && *given == "person";
    }
    // "Cwm Taf Morgannwg University Health Board": a flat name of three or more words ending in
    // an institution's head noun is that institution, not a person (two could be a surname:
    // "Lisa Bank").
    if (personal_name && np.tokens.size() >= 3 && t.upos(np.tokens.back()) == "PROPN") {
        if (auto ty = onto_.type_of_head(t.lower_form(np.tokens.back()));
            ty && (*ty == "government" || *ty == "organization" || *ty == "company" || *ty == "university" ||
                   *ty == "school")) {
            return *ty;
        }
    }
    // "the Liberal Democrats", "Young Farmers": a name made of a plural word for people and a
    // capitalised modifier names a group as one body (a party, a society).
    if (!personal_name && t.upos(h) == "PROPN" && t.xpos(h) == "NNPS") {
        bool modified = false;
        for (int k : np.tokens) {
            const std::string& f = t.tok(k).form;
            modified = modified || (k < h && !f.empty() && std::isupper(static_cast<unsigned char>(f[0])) &&
                                    t.upos(k) != "DET");
        }
        if (auto ty = onto_.type_of_head(t.lower_lemma(h)); modified && ty && *ty == "person") return "organization";
    }
    // Multi-word heads first ("member state", "high school"), then the head lemma.
    for (int k : personal_name ? std::vector<int>{} : t.kids(h)) {
        if ((t.base(k) == "compound" || t.base(k) == "amod") && k == h - 1) {
            if (auto ty = onto_.type_of_head(t.lower_lemma(k) + " " + t.lower_lemma(h))) return *ty;
        }
    }
    if (!personal_name) {
        if (auto ty = onto_.type_of_head(t.lower_lemma(h))) return *ty;
    }
    if (t.upos(h) == "PROPN") {
        // An unknown name: a name made of capitalised words whose last word is a known head
        // ("Tsinghua Medical Center") was caught above; otherwise an organisation if it is an
        // acronym, else left to context.
        auto acronym = [](const std::string& f) {
            return f.size() >= 2 && std::isupper(static_cast<unsigned char>(f[0])) &&
                   std::all_of(f.begin(), f.end(), [](char c) {
                       return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c));
                   });
        };
        if (acronym(t.tok(h).form) && !lex_.title_acronym(t.tok(h).form)) return "organization";
        // "FNV Agrarisch", "DNB Markets": a two-word name opened by an acronym is no personal
        // name, unless the acronym is a place ("UK Smith") or a title ("MP Jones", "CEO Smith").
        std::vector<int> words;
        for (int k : np.tokens) {
            if (t.upos(k) == "PROPN") words.push_back(k);
        }
        if (words.size() == 2 && np.tokens.size() == 2 && acronym(t.tok(words[0]).form) &&
            !onto_.type_of_name(t.tok(words[0]).form) && !lex_.title_acronym(t.tok(words[0]).form)) {
            return "organization";
        }
        // Two or more capitalised name tokens without a known head: most often a person; but
        // a name ending in a country's name is a body of that country ("Sport England"), and so
        // is one opened by the country's adjective in "-n" ("the Estonian Biobank", "Kenyan
        // Airways"): no personal name begins with one.
        int names = 0;
        for (int k : np.tokens) names += t.upos(k) == "PROPN";
        if (names >= 2 && np.tokens.size() == static_cast<std::size_t>(names)) {
            auto last = onto_.type_of_name(t.tok(np.tokens.back()).form);
            const std::string& first = t.tok(np.tokens.front()).form;
            auto country_of_first =
                first.size() > 4 && first.back() == 'n' ? onto_.type_of_name(first.substr(0, first.size() - 1)) : std::nullopt;
            const bool country_adjective = country_of_first && *country_of_first == "country";
            return (last && *last == "country") || country_adjective ? "organization" : "person";
        }
    }
    if (np.pronoun) {
        std::string f = t.lower_form(h);
        if (lex_.pronoun_person(f)) return "person";
    }
    return "concept";
}

std::string ExtractorImpl::described_type(const Tree& t, const NounPhrase& np,
                                          const std::string& label) const {
    std::string ty = type_of(t, np, label);
    if (np.descriptor < 0) return ty;
    // The description wins over a guess from the name's shape ("Voltaris" is no place when it
    // is "the battery start-up Voltaris").
    if (auto d = description_type(t, np.descriptor)) {
        const auto by_name = onto_.type_of_name(label);
        if (!by_name || body_named_like_place(label, *by_name, *d)) return *d;
    }
    return ty;
}

// "the environmental group Clean Valley", "Green River, a charity that ...": a name of several
// words that a place's naming pattern types ("* Valley", "* River") is a body's name when a
// description calls it a body; the description wins.
bool ExtractorImpl::body_named_like_place(const std::string& label, const std::string& by_name,
                                          const std::string& described) const {
    static const std::set<std::string> bodies = {"company", "organization", "university", "school", "government"};
    return by_name == "place" && bodies.count(described) && label.find(' ') != std::string::npos;
}

// The one who says "I" outside quotation marks: the writer named in a byline ("By Margaret
// Ashdown", a line of its own among the first few) or, in an interview's answer (a paragraph
// opened by "A:", or one after it before the next "Q:"), the first person the article names by
// name. "We" and "our" are the body that person leads or belongs to, as an earlier claim says
// ("Professor X has directed the Y Institute"). -1 when there is none.
int ExtractorImpl::narrator_mention(uint32_t si, bool plural) const {
    auto root_of = [&](int m) {
        for (int steps = 0; m >= 0 && doc_.mentions[m].antecedent >= 0 && steps < 64; ++steps) {
            m = doc_.mentions[m].antecedent;
        }
        return m;
    };
    auto opens = [&](uint32_t s, const char* marker) {
        const Sentence& x = doc_.sentences[s];
        return x.size() >= 3 && doc_.tokens[x.first_token].form == marker && doc_.tokens[x.first_token + 1].form == ":";
    };
    int narrator = -1;
    // A byline: "By" and two to four capitalised names, nothing else.
    for (uint32_t s = 0; s < doc_.sentences.size() && s < 5 && s < si && narrator < 0; ++s) {
        const Sentence& x = doc_.sentences[s];
        if (x.size() < 3 || x.size() > 5 || doc_.tokens[x.first_token].form != "By") continue;
        bool names = true;
        for (uint32_t k = x.first_token + 1; k < x.end_token; ++k) names = names && doc_.tokens[k].upos == "PROPN";
        if (!names) continue;
        for (int m = 0; m < static_cast<int>(doc_.mentions.size()) && narrator < 0; ++m) {
            if (doc_.mentions[m].sentence == s && doc_.mentions[m].type == "person") narrator = root_of(m);
        }
    }
    if (narrator < 0) {
        // An answer of an interview: the nearest paragraph marker before the pronoun is "A:".
        bool answer = false;
        for (uint32_t s = si + 1; s-- > 0;) {
            if (s > 0 && doc_.sentences[s - 1].paragraph == doc_.sentences[s].paragraph) continue;
            if (opens(s, "Q")) break;
            if (opens(s, "A")) {
                answer = true;
                break;
            }
        }
        if (!answer) return -1;
        for (int m = 0; m < static_cast<int>(doc_.mentions.size()) && narrator < 0; ++m) {
            const Mention& c = doc_.mentions[m];
            if (c.sentence >= si || opens(c.sentence, "Q") || opens(c.sentence, "A")) break;
            if (c.type == "person" && doc_.tokens[c.head].upos == "PROPN" && c.end_token > c.first_token + 1) {
                narrator = root_of(m);
            }
        }
    }
    if (narrator < 0 || !plural) return narrator;
    // "we": the organisation the narrator leads or is part of, or which employs the narrator.
    const std::string& who = doc_.mentions[narrator].key;
    for (const RawClaim& c : doc_.claims) {
        if (c.negated || c.subject < 0 || c.object < 0) continue;
        int body = -1;
        if ((c.relation == "leads" || c.relation == "part-of") && doc_.mentions[root_of(c.subject)].key == who) {
            body = root_of(c.object);
        }
        if (c.relation == "employs" && doc_.mentions[root_of(c.object)].key == who) body = root_of(c.subject);
        if (body < 0) continue;
        const std::string& ty = doc_.mentions[body].type;
        if (ty == "organization" || ty == "company" || ty == "government" || ty == "university" || ty == "school") return body;
    }
    return -1;
}

bool ExtractorImpl::written_mid_sentence(const std::string& form) const {
    for (; mid_sentence_indexed_ < doc_.mentions.size(); ++mid_sentence_indexed_) {
        const Mention& o = doc_.mentions[mid_sentence_indexed_];
        if (o.head > doc_.sentences[o.sentence].first_token) mid_sentence_heads_.insert(doc_.tokens[o.head].form);
    }
    return mid_sentence_heads_.count(form) > 0;
}

int ExtractorImpl::append_mention(Mention&& m, bool named) {
    const int idx = static_cast<int>(doc_.mentions.size());
    by_key_[m.key].insert(idx);
    doc_.document_.mentions.push_back(std::move(m));
    if (named) add_named(idx);
    return idx;
}

void ExtractorImpl::add_named(int idx) {
    named_.push_back(idx);
    named_by_type_[doc_.mentions[idx].type].insert(idx);
    index_named_words(idx);
}

const std::set<int>& ExtractorImpl::named_with_type(const std::string& type) const {
    for (const int x : retyped_) {
        if (std::binary_search(named_.begin(), named_.end(), x)) named_by_type_[doc_.mentions[x].type].insert(x);
    }
    retyped_.clear();
    static const std::set<int> none;
    const auto found = named_by_type_.find(type);
    return found == named_by_type_.end() ? none : found->second;
}

void ExtractorImpl::index_named_words(int idx) {
    const std::string& key = doc_.mentions[idx].key;
    std::size_t s = 0;
    while (s <= key.size()) {
        std::size_t e = key.find(' ', s);
        if (e == std::string::npos) e = key.size();
        named_by_word_[key.substr(s, e - s)].insert(idx);
        s = e + 1;
    }
}

void ExtractorImpl::set_key(int idx, const std::string& key) {
    edit(idx).key = key;
    by_key_[key].insert(idx);
    actor_by_key_.erase(key);
    // (named_ is in document order.)
    if (std::binary_search(named_.begin(), named_.end(), idx)) index_named_words(idx);
}

int ExtractorImpl::antecedent_for_pronoun(const Tree& t, uint32_t si, int tok) const {
    std::string f = t.lower_form(tok);
    // "I", "my", "we", "our": the first person names the writer or the one answering, found
    // below once it is known whether the pronoun stands inside a quotation; "you" names no actor.
    const bool first_person = lex_.pronoun_first_second(f) && f[0] != 'y';
    if (lex_.pronoun_first_second(f) && !first_person) return -1;
    bool plural = lex_.pronoun_plural(f);
    bool singular = lex_.pronoun_singular(f);
    bool person = lex_.pronoun_person(f);
    if (!first_person && !plural && !singular && !person) return -1;
    uint32_t abs_tok = t.first() + tok;
    // An object pronoun does not refer to the subject of its own clause ("the agency trained
    // them"), unless it is reflexive.
    // "said its director, Gareth Lowe", "its members": what has a director or members is an
    // organisation, not a notion or a thing.
    bool actor_owner = false;
    if (f == "its" && t.head(tok) >= 0) {
        auto owned = onto_.type_of_head(t.lower_lemma(t.head(tok)));
        actor_owner = owned && *owned == "person";
        // "the cut did not change its plan to open a plant": a plan, decision or promise is an
        // actor's too.
        actor_owner = actor_owner || lex_.intention_noun(t.lower_lemma(t.head(tok)));
        // "its finance committee": a unit is part of an organisation.
        if (const RelationInfo* unit = onto_.relation_for_noun(t.lower_lemma(t.head(tok)) + " of"); unit && unit->name == "part-of" &&
            owned && organisation_type(*owned) && *owned != "company") {
            actor_owner = true;
        }
        // "buy the plant from its owner": a thing has an owner too. "The programme will publish
        // its report. Its partners are ...": and a project has partners.
        if (const RelationInfo* rr = actor_owner ? role_relation(t, t.head(tok), "of") : nullptr;
            rr && (rr->name == "owns" || rr->name == "cooperates-with")) {
            actor_owner = false;
        }
    }
    bool object_position = t.base(tok) == "obj" || t.base(tok) == "iobj" || t.base(tok) == "obl";
    int own_subject = -1;
    if (object_position && f.find("self") == std::string::npos && t.head(tok) >= 0) {
        bool implicit = false;
        int s = subject_of(t, t.head(tok), 0, implicit);
        if (s >= 0) own_subject = static_cast<int>(t.first()) + s;
    }
    // "the lessons they give": the subject of a relative clause is not the noun it modifies.
    if (t.base(tok) == "nsubj" && t.head(tok) >= 0 && t.rel(t.head(tok)) == "acl:relcl" && t.head(t.head(tok)) >= 0) {
        own_subject = static_cast<int>(t.first()) + t.head(t.head(tok));
    }
    // "The party fought the plan. The Greens voted against it.": a pronoun after "against",
    // "for", "on" or "to" stands where an object would, and takes up an earlier object as an
    // object pronoun does ("with it", "by it", "from it" may well name the earlier doer).
    bool object_like = t.base(tok) == "obj";
    if (t.base(tok) == "obl") {
        const int c = t.child(tok, "case");
        const std::string p = c >= 0 ? t.lower_form(c) : std::string();
        object_like = p == "against" || p == "for" || p == "on" || p == "to" || p == "about" || p == "into";
    }
    // Whether a token stands inside quotation marks: an odd number of them before it in its sentence,
    // counting the one a quotation of two sentences opened in the sentence before ("\"My dad worked
    // there. Now I'll learn from the people who trained him,\" she said.").
    auto marks_in = [&](uint32_t sentence, uint32_t end) {
        int marks = 0;
        for (uint32_t k = doc_.sentences[sentence].first_token; k < end && k < doc_.tokens.size(); ++k) {
            const std::string& w = doc_.tokens[k].form;
            marks += w == "\"" || w == "\u201c" || w == "\u201d" || w == "``" || w == "''";
        }
        return marks;
    };
    auto quoted = [&](uint32_t sentence, uint32_t token) {
        int marks = marks_in(sentence, token);
        const uint32_t end = doc_.sentences[sentence].first_token + doc_.sentences[sentence].size();
        if (sentence > 0 && marks_in(sentence, end) % 2 == 1) {
            const uint32_t prev = sentence - 1;
            if (marks_in(prev, doc_.sentences[prev].first_token + doc_.sentences[prev].size()) % 2 == 1) ++marks;
        }
        return marks % 2 == 1;
    };
    const bool pronoun_quoted = quoted(si, abs_tok);
    if (first_person) {
        if (pronoun_quoted) return -1;
        const bool we = f == "we" || f == "us" || f == "our" || f == "ours" || f == "ourselves";
        return narrator_mention(si, we);
    }
    // "the governing Union and its coalition partner", "the students and their parents": a
    // possessive on a later conjunct takes up the conjunct before it when the number agrees
    // (and, for "his" or "her", the conjunct is a person).
    if (t.base(tok) == "nmod" && t.rel(tok) == "nmod:poss" && t.head(tok) >= 0 && t.rel(t.head(tok)) == "conj") {
        const int first = t.head(t.head(tok));
        if (first >= 0 && first < tok) {
            const std::string& fx = t.tok(first).xpos;
            const bool first_plural = fx == "NNS" || fx == "NNPS";
            if (const auto found = mention_at_.find({si, first});
                found != mention_at_.end() && (plural ? first_plural : !first_plural)) {
                int root = found->second;
                root = chain_root(root);
                if (!person || doc_.mentions[root].type == "person") return root;
            }
        }
    }
    // "An amendment tabled by X would have exempted ..., but the committee rejected it": an
    // object pronoun in a clause conjoined to an earlier one of its sentence takes up that
    // clause's subject when it is a thing (no actor), as it would the clause's object.
    int conjoined_topic = -1;
    if (object_like && t.head(tok) >= 0 && t.rel(t.head(tok)) == "conj" && t.head(t.head(tok)) >= 0) {
        const int first_verb = t.head(t.head(tok));
        int s = t.child(first_verb, "nsubj");
        if (s < 0) s = t.child(first_verb, "nsubj:pass");
        if (s >= 0 && s < first_verb) conjoined_topic = static_cast<int>(t.first()) + s;
    }
    // "The court ruled that the council acted unlawfully when it awarded the contract": the
    // subject of an adverbial clause takes up the subject of the clause it modifies, reported or
    // not, over the main clause's.
    int governing_clause = -1;
    if (t.base(tok) == "nsubj" && t.head(tok) >= 0 && t.rel(t.head(tok)) == "advcl" && t.head(t.head(tok)) >= 0) {
        governing_clause = t.head(t.head(tok));
    }
    const bool subject_pronoun = t.base(tok) == "nsubj";
    // Whether a mention's head has a conjunct after it ("X, Y and Z": X has).
    auto has_conjunct = [&](const Mention& c) {
        const uint32_t first = doc_.sentences[c.sentence].first_token;
        const uint32_t end = first + static_cast<uint32_t>(doc_.sentences[c.sentence].size());
        for (uint32_t k = c.head + 1; k < end && k < doc_.tokens.size(); ++k) {
            const Token& w = doc_.tokens[k];
            if (w.deprel == "conj" && w.head >= 0 && first + static_cast<uint32_t>(w.head) == c.head) return true;
        }
        return false;
    };
    // Candidates in this sentence before the pronoun and in the previous three, scored: strict
    // number agreement, then being a grammatical subject, then recency.
    int best = -1, best_score = -1;
    bool best_main = false;
    for (int m = static_cast<int>(doc_.mentions.size()) - 1; m >= 0; --m) {
        const Mention& c = doc_.mentions[m];
        if (c.sentence + 3 < si) break;
        if (c.sentence == si && c.head >= abs_tok) continue;
        if (static_cast<int>(c.head) == own_subject) continue;
        const Token& h = doc_.tokens[c.head];
        // "the X Trust, the scheme's trustee, ... The trustee says": a description that took up
        // a named actor is of that actor's type ("trustee" alone would be a person).
        int c_root = m;
        for (int steps = 0; doc_.mentions[c_root].antecedent >= 0 && steps < m + 1; ++steps) c_root = doc_.mentions[c_root].antecedent;
        // "\"...,\" he told delegates. He called on governments to": a personal pronoun of the
        // same gender that took up a person carries that person on, however far back the name.
        if (h.upos == "PRON") {
            auto gender = [](const std::string& w) {
                if (w == "he" || w == "him" || w == "his" || w == "himself") return 'm';
                if (w == "she" || w == "her" || w == "hers" || w == "herself") return 'f';
                return '?';
            };
            const char g = gender(f);
            const bool carried = g != '?' && gender(ascii::lower(h.form)) == g && c_root != m &&
                                 doc_.tokens[doc_.mentions[c_root].head].upos != "PRON" &&
                                 doc_.mentions[c_root].type == "person";
            // "Councillors passed the motion. It was tabled by X, while Y, which had opposed the
            // plan, voted against it.": an "it" that took up a thing carries that thing on, and
            // counts where it stands (a main clause's subject over a relative clause's object).
            const bool carried_thing = f == "it" && ascii::lower(h.form) == "it" && c_root != m &&
                                       doc_.tokens[doc_.mentions[c_root].head].upos != "PRON" &&
                                       doc_.mentions[c_root].type != "person";
            if (!carried && !carried_thing) continue;
        }
        std::string c_type = h.upos == "NOUN" || h.upos == "PRON" ? doc_.mentions[c_root].type : c.type;
        // "Northway Pharmacy, a chain of 340 shops, said it was": a name typed a person only by its
        // shape (two capitalised words) that an apposition describes as a body is that body to a
        // pronoun as well (prefer_described_types retypes it once the text is read).
        if (h.upos == "PROPN" && c_root == m && shape_person(c)) {
            const uint32_t sent_first = doc_.sentences[c.sentence].first_token;
            const uint32_t sent_end = sent_first + static_cast<uint32_t>(doc_.sentences[c.sentence].size());
            for (uint32_t k = c.end_token; k < sent_end && k < doc_.tokens.size(); ++k) {
                const Token& w = doc_.tokens[k];
                if (w.deprel != "appos" || w.upos != "NOUN" || w.head < 0 || sent_first + static_cast<uint32_t>(w.head) != c.head) {
                    continue;
                }
                const auto ty = onto_.type_of_head(ascii::lower(w.lemma));
                if (ty && organisation_type(*ty)) c_type = *ty;
                break;
            }
        }
        // "Its chair, Margaret Doyle, ... she said. ... joined him": a person a pronoun of one
        // gender has taken up is no antecedent of a pronoun of the other.
        if (h.upos != "PRON" && c_type == "person" && pronoun_gender(f) != '?') {
            const char other = pronoun_gender(f) == 'm' ? 'f' : 'm';
            bool crossed = false;
            for (std::size_t k = static_cast<std::size_t>(c_root) + 1; k < doc_.mentions.size() && !crossed; ++k) {
                const Mention& pm = doc_.mentions[k];
                if (pm.antecedent < 0 || doc_.tokens[pm.head].upos != "PRON" ||
                    pronoun_gender(ascii::lower(doc_.tokens[pm.head].form)) != other) {
                    continue;
                }
                int r = static_cast<int>(k);
                for (int steps = 0; doc_.mentions[r].antecedent >= 0 && steps < static_cast<int>(k) + 1; ++steps) {
                    r = doc_.mentions[r].antecedent;
                }
                crossed = r == c_root;
            }
            if (crossed) continue;
        }
        if (lex_.time_name(ascii::lower(h.form))) continue;  // "opened in March. ... oppose it"
        // "exchanges and cooperation" is plural; "the Food and Drug Administration", whose "and"
        // joins words inside the name rather than the head itself, is one actor.
        bool head_coordinated = false;
        const uint32_t sent_first = doc_.sentences[c.sentence].first_token;
        for (uint32_t k = c.first_token; k < c.end_token && k < doc_.tokens.size(); ++k) {
            const Token& w = doc_.tokens[k];
            if (w.deprel != "cc" || w.head < 0) continue;
            const uint32_t j = sent_first + static_cast<uint32_t>(w.head);  // the conjunct "and" joins
            const Token& joined = doc_.tokens[j];
            head_coordinated = head_coordinated || j == c.head ||
                               (joined.deprel == "conj" && joined.head >= 0 &&
                                sent_first + static_cast<uint32_t>(joined.head) == c.head);
        }
        const bool one_name = one_name_heads_.count(c.head) > 0;
        const bool inner_and = h.upos == "PROPN" && h.xpos == "NNP" && (!head_coordinated || one_name);
        bool c_plural = h.xpos == "NNS" || h.xpos == "NNPS" ||
                        (c.label.find(" and ") != std::string::npos && !inner_and);
        // "Arden Cells ... it", "Penrose Stores ... it": a name ending in a plural word is one
        // actor; so is one opened by a plural word with a proper noun's complement ("Scientists
        // for Sensible Energy ... its chairman").
        bool opened_name = c.first_token == c.head && c.end_token > c.head + 1 &&
                           c.end_token <= doc_.tokens.size() && doc_.tokens[c.end_token - 1].upos == "PROPN";
        // "Growers in Selwick said they": a plural noun with "in" and a one-word name that names no
        // body is those people in a place (unknown names after "in" are places), not a name.
        if (opened_name && c.end_token == c.head + 3) {
            const Token& prep = doc_.tokens[c.head + 1];
            const Token& last = doc_.tokens[c.head + 2];
            const auto named = onto_.type_of_name(last.form);
            opened_name = !(ascii::lower(prep.form) == "in" && prep.deprel == "case" && last.deprel == "nmod" &&
                            (!named || *named == "place" || *named == "country"));
        }
        // "Federated Growers, the farmers' union, ... Its president": a name the tagger read as
        // a participle and a plural noun is one actor too when every word up to its head is
        // capitalised, the head is not the sentence's first word and the phrase names an actor.
        bool capitalised_name = c.first_token < c.head && c.head > sent_first &&
                                (c_type == "organization" || c_type == "company" || c_type == "government" ||
                                 c_type == "university");
        for (uint32_t k = c.first_token; capitalised_name && k <= c.head; ++k) {
            const std::string& w = doc_.tokens[k].form;
            capitalised_name = !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
        }
        if (c_plural && (c.first_token < c.head || opened_name) &&
            (doc_.tokens[c.first_token].upos == "PROPN" || opened_name || capitalised_name) &&
            !h.form.empty() && std::isupper(static_cast<unsigned char>(h.form[0])) &&
            c.label.find(" and ") == std::string::npos) {
            c_plural = false;
        }
        // "Rui Tavares ... Tavares began his career. He joined": a surname alone that takes up a
        // person named in full before is that one person, whatever plural its "-s" looks.
        if (c_plural && h.upos == "PROPN" && c_root != m && c_type == "person") {
            const Mention& full = doc_.mentions[c_root];
            if (full.first_token < full.end_token && full.end_token - full.first_token >= 2 &&
                doc_.tokens[full.head].upos == "PROPN" && full.label.find(" and ") == std::string::npos) {
                c_plural = false;
            }
        }
        // "Koopjes said that it had asked": a one-word plural form capitalised where the text
        // also capitalises it inside a sentence ("retailers including Koopjes") is a name, one
        // actor, even at the head of its own sentence.
        if (c_plural && c.end_token == c.head + 1 && h.upos == "NOUN" && !h.form.empty() &&
            std::isupper(static_cast<unsigned char>(h.form[0])) && written_mid_sentence(h.form)) {
            c_plural = false;
        }
        // "Granite City Bank and Forth & Tay Savings announced that they would": the first of
        // two named conjuncts stands for the coordination, which is plural ("&" joins words of
        // one name, not two actors).
        if (plural && !c_plural && h.upos == "PROPN" && !one_name) {
            const uint32_t sent_end = sent_first + static_cast<uint32_t>(doc_.sentences[c.sentence].size());
            for (uint32_t k = c.head + 1; k < sent_end && k < doc_.tokens.size() && !c_plural; ++k) {
                const Token& w = doc_.tokens[k];
                if (w.deprel != "conj" || w.head < 0 || sent_first + static_cast<uint32_t>(w.head) != c.head ||
                    (w.upos != "PROPN" && w.upos != "NOUN")) {
                    continue;
                }
                for (uint32_t j = c.head + 1; j < k; ++j) {
                    const Token& x = doc_.tokens[j];
                    c_plural = c_plural || (x.deprel == "cc" && x.head >= 0 &&
                                            sent_first + static_cast<uint32_t>(x.head) == k &&
                                            (x.form == "and" || x.form == "or"));
                }
            }
        }
        bool collective = c_type == "country" || c_type == "government" ||
                          c_type == "organization" || c_type == "company" || c_type == "university";
        if (person && c_type != "person") continue;
        // "he", "his", "her" take up one person, never a group ("our growers ... he asked").
        if (person && c_plural) continue;
        // "the Harlow Research Fellowship, a charity that ... Its chief executive": a name whose
        // shape says fund, project or event is a body when its apposition describes one.
        bool described_body = false;
        if (actor_owner && h.upos == "PROPN") {
            const uint32_t sent_end = sent_first + static_cast<uint32_t>(doc_.sentences[c.sentence].size());
            for (uint32_t k = c.head + 1; k < sent_end && k < doc_.tokens.size() && !described_body; ++k) {
                const Token& w = doc_.tokens[k];
                if (w.deprel != "appos" || w.upos != "NOUN" || w.head < 0 ||
                    sent_first + static_cast<uint32_t>(w.head) != c.head) {
                    continue;
                }
                const auto ty = onto_.type_of_head(ascii::lower(w.lemma));
                described_body = ty && organisation_type(*ty);
            }
        }
        // A place that is the active subject of a clause acts as the body that runs it ("The port,
        // owned by a trust, has spent two years rebuilding its quays. ... said its chief
        // executive"); a place named anywhere else owns no role.
        const bool acting_place = c_type == "place" && h.deprel == "nsubj";
        // So is an event that is a clause's active subject ("The summit ends on Friday. Its
        // organisers, ..."): a meeting has organisers, speakers and a chair.
        const bool acting_event = c_type == "event" && h.deprel == "nsubj";
        // A name counts even when nothing typed it ("Voltcore ... its chief executive").
        if (actor_owner && !described_body && ((!is_actor_type(c_type) && h.upos != "PROPN") || c_type == "person" ||
                            c_type == "fund" || c_type == "policy" || c_type == "project" ||
                            (c_type == "event" && !acting_event) || (c_type == "place" && !acting_place))) {
            continue;
        }
        if (!person && c_type == "person" && singular) continue;
        // "Scientists for Sensible Energy, a campaign group ... Its chairman": a description in
        // apposition to a name is that named actor, which owns the role under its name.
        // So is one the tagger took for a common noun, capitalised inside the sentence
        // ("Federated Growers, the farmers' union that ...").
        if (actor_owner && h.upos == "NOUN" && h.deprel == "appos" && h.head >= 0) {
            const uint32_t named = sent_first + static_cast<uint32_t>(h.head);
            const std::string& nf = doc_.tokens[named].form;
            if (doc_.tokens[named].upos == "PROPN" ||
                (named > sent_first && !nf.empty() && std::isupper(static_cast<unsigned char>(nf[0])))) {
                continue;
            }
        }
        if (plural && !c_plural && !collective) continue;
        if (singular && c_plural) continue;
        // A subject is the likelier antecedent, except of an object pronoun, whose antecedent
        // is likelier an earlier object ("X welcomed the deal. Y criticised it.").
        // Then a subject before anything else.
        bool subject = h.deprel.rfind("nsubj", 0) == 0;
        // "The patient charity Kidney Aid, which ..., welcomed the deal": the name in apposition
        // to a subject description is that subject.
        if (!subject && h.deprel == "appos" && h.head >= 0) {
            const uint32_t first = doc_.sentences[c.sentence].first_token;
            subject = doc_.tokens[first + static_cast<uint32_t>(h.head)].deprel.rfind("nsubj", 0) == 0;
        }
        // "According to the alliance, farmers receive 34p a litre. Its president, ...": the source
        // "according to" names is the one the sentence reports, as a speaker is.
        if (!subject && actor_owner && h.deprel == "obl") {
            const uint32_t first = doc_.sentences[c.sentence].first_token;
            for (uint32_t k = first; k < c.head; ++k) {
                const Token& w = doc_.tokens[k];
                subject = subject || (w.deprel == "case" && w.head >= 0 && first + static_cast<uint32_t>(w.head) == c.head &&
                                      ascii::lower(w.form) == "according");
            }
        }
        // "The decision was criticised by the group Save Births. Its founder, ...": a passive's
        // agent is its clause's doer, and when the clause's subject could not own a founder or a
        // director (a notion), the agent is the clause's leading actor.
        // "Paynetic's shares fell. Its chief financial officer, ...": the owner of a subject that
        // owns no role (shares, a plan) is the clause's leading actor.
        if (!subject && actor_owner && h.deprel == "nmod:poss" && h.head >= 0) {
            const Token& owned = doc_.tokens[doc_.sentences[c.sentence].first_token + static_cast<uint32_t>(h.head)];
            subject = owned.deprel.rfind("nsubj", 0) == 0;
        }
        // So is the last of coordinated agents ("was backed by the union and the Chamber of
        // Commerce. Its president, ..."), the nearer one.
        const Token* agent = &h;
        if (h.deprel == "conj" && h.head >= 0) {
            const Token& g = doc_.tokens[doc_.sentences[c.sentence].first_token + static_cast<uint32_t>(h.head)];
            if (g.deprel == "obl:agent") agent = &g;
        }
        if (!subject && actor_owner && agent->deprel == "obl:agent" && agent->head >= 0) {
            const uint32_t first = doc_.sentences[c.sentence].first_token;
            const uint32_t verb = first + static_cast<uint32_t>(agent->head);
            bool actor_subject = false;
            for (const Mention& o : doc_.mentions) {
                if (o.sentence != c.sentence || doc_.tokens[o.head].head < 0 ||
                    first + static_cast<uint32_t>(doc_.tokens[o.head].head) != verb ||
                    doc_.tokens[o.head].deprel.rfind("nsubj", 0) != 0) {
                    continue;
                }
                // (A programme, policy, fund or event has no director or president either.)
                actor_subject = (is_actor_type(o.type) && o.type != "project" && o.type != "policy" &&
                                 o.type != "fund" && o.type != "event" && o.type != "place") ||
                                doc_.tokens[o.head].upos == "PROPN";
            }
            subject = !actor_subject;
        }
        // "\"... less than the dividends Thamesbrook paid its owners,\" said its founder": a
        // pronoun outside quotation marks is the narrator's, and a subject inside a quotation
        // (the speaker's words) is no likelier its antecedent than any other mention.
        if (subject && !pronoun_quoted && quoted(c.sentence, c.head)) subject = false;
        // A passive's subject is what was acted on, as an object is ("The law was proposed by X.
        // The party voted against it.").
        const bool topic = c.sentence == si && static_cast<int>(c.head) == conjoined_topic && !collective &&
                           c_type != "person" && c_type != "school" && h.upos == "NOUN";
        // "... of the procurement rules," she said. ... Campaigners welcomed it.": an object
        // pronoun outside quotation marks is the narrator's, and an object inside a quotation is
        // no likelier its antecedent than any other mention.
        const bool acted_on = (h.deprel == "obj" || h.deprel == "nsubj:pass" || topic) &&
                              (pronoun_quoted || !quoted(c.sentence, c.head));
        const int role = object_like ? (acted_on ? 2 : subject ? 1 : 0) : (subject ? 2 : 0);
        // "The cut was proposed by X, who said the state must close a deficit. It was opposed
        // by ...": a subject pronoun takes up the subject of a main clause over one said inside
        // it.
        const uint32_t first = doc_.sentences[c.sentence].first_token;
        // (A name in apposition to the subject description ("the campaign group Fair Pharma
        // Africa criticised"): the description's verb.)
        const Token* clause = agent;
        if (h.deprel == "appos" && h.upos == "PROPN" && h.head >= 0) clause = &doc_.tokens[first + static_cast<uint32_t>(h.head)];
        const bool main_subject = subject && clause->head >= 0 &&
                                  doc_.tokens[first + static_cast<uint32_t>(clause->head)].head < 0;
        // (Within one sentence only: a nearer sentence's subject still comes first.)
        // "X backed the expansion once the runway is finished. Y opposed it.": an object pronoun
        // takes up what a main clause acted on over what an adverbial clause said inside it.
        bool main_acted = false;
        if (object_like && acted_on && h.head >= 0) {
            const Token& verb = doc_.tokens[first + static_cast<uint32_t>(h.head)];
            main_acted = topic || verb.head < 0 ||
                         (verb.deprel == "conj" && doc_.tokens[first + static_cast<uint32_t>(verb.head)].head < 0);
        }
        const bool governing_subject = governing_clause >= 0 && c.sentence == si && subject &&
                                       h.head == governing_clause;
        const bool main = (!object_like && (main_subject || governing_subject)) || main_acted;
        int score = ((plural && c_plural) || (singular && !c_plural) || person ? 4 : 0) + role;
        // "Councillors approved the motion. It was proposed by X": a subject pronoun takes up the
        // subject or object of its own or the previous sentence over a subject said before them
        // (but "it" not one of a list of several: "Its members are X, Y and Z. It ...").
        if (subject_pronoun && !actor_owner && !person && c.sentence + 1 >= si && (subject || acted_on) &&
            (plural || (h.deprel != "conj" && (one_name || !has_conjunct(c))))) {
            score += 3;
        }
        // "Families ... had campaigned through the group X. Its chair, ...": an organisation that
        // owns a role is the topic of the pronoun's own paragraph over a subject of an earlier
        // one (unless it is only named inside a quotation).
        if (actor_owner && doc_.sentences[c.sentence].paragraph == doc_.sentences[si].paragraph &&
            (pronoun_quoted || !quoted(c.sentence, c.head))) {
            score += 3;
        }
        // Of two conjuncts that score alike, the later is the nearer.
        const bool later_conjunct = score == best_score && best >= 0 && doc_.mentions[best].sentence == c.sentence &&
                                    h.deprel == "conj" && h.head >= 0 &&
                                    first + static_cast<uint32_t>(h.head) == doc_.mentions[best].head;
        // "research institutes from eleven countries. Among them ...": of two that score alike,
        // a phrase's head comes before a noun that only modifies it.
        const Token* best_head = best >= 0 ? &doc_.tokens[doc_.mentions[best].head] : nullptr;
        const bool head_of_best = score == best_score && best_head && doc_.mentions[best].sentence == c.sentence &&
                                  best_head->deprel == "nmod" && best_head->head >= 0 &&
                                  first + static_cast<uint32_t>(best_head->head) == c.head;
        if (score > best_score || later_conjunct || head_of_best ||
            (score == best_score && main && !best_main && doc_.mentions[best].sentence == c.sentence)) {
            best = m;
            best_score = score;
            best_main = main;
        }
    }
    while (best >= 0 && doc_.mentions[best].antecedent >= 0) best = doc_.mentions[best].antecedent;
    return best;
}

int ExtractorImpl::reporter_role_owner(const Tree& t, uint32_t si, const NounPhrase& np) const {
    if (np.demonstrative || np.tokens.size() > 2 || t.base(np.head) != "nsubj" || t.head(np.head) < 0 ||
        t.rel(t.head(np.head)) != "ccomp") {
        return -1;
    }
    const int c = t.head(np.head), say = t.head(c);
    const int s = say >= 0 ? t.child(say, "nsubj") : -1;
    const auto noun_type = onto_.type_of_head(t.lower_lemma(np.head));
    if (s < 0 || s > c || !noun_type) return -1;
    int owner = t.child(s, "nmod:poss");
    for (int r : t.kids(s)) {
        if (owner < 0 && t.base(r) == "appos") owner = t.child(r, "nmod:poss");
    }
    if (owner < 0 || t.upos(owner) != "PROPN") return -1;
    // The owner's own mention may not be made yet: the name as said before (in full, or the
    // short form of a longer name).
    std::string name = t.tok(owner).form;
    ascii::lower_in_place(name);
    int root = -1;
    if (const auto found = mention_at_.find({si, owner}); found != mention_at_.end()) root = found->second;
    if (const auto sf = short_form_of_.find(name); root < 0 && sf != short_form_of_.end()) root = sf->second;
    const std::set<int>& listed = listed_with_key(name);
    for (auto it = listed.rbegin(); root < 0 && it != listed.rend(); ++it) {
        if (doc_.mentions[*it].sentence < si && doc_.mentions[*it].key == name) root = *it;
    }
    if (root < 0) return -1;
    root = chain_root(root);
    return doc_.mentions[root].type == *noun_type ? root : -1;
}

void ExtractorImpl::count_salience(uint32_t si) const {
    Salience& c = salience_;
    if (!c.valid || si < c.si) c = Salience{};
    c.valid = true;
    c.si = si;
    // The root of mention m, keeping `bound` above every mention on the way.
    const auto root_of = [&](int m) {
        c.bound = std::max(c.bound, static_cast<std::size_t>(m) + 1);
        while (doc_.mentions[m].antecedent >= 0) {
            m = doc_.mentions[m].antecedent;
            c.bound = std::max(c.bound, static_cast<std::size_t>(m) + 1);
        }
        return m;
    };
    // Moves key's entry in the ranking of each noun asked about from n - 1 to n times named.
    const auto rerank = [&](const std::string& noun, const std::string& key, int n, bool fresh) {
        auto& ranked = c.ranked[noun];
        if (!fresh) ranked.erase({-(n - 1), key});
        ranked.emplace(-n, key);
    };
    for (; c.end < doc_.mentions.size() && doc_.mentions[c.end].sentence < si; ++c.end) {
        const int m = static_cast<int>(c.end);
        const Mention& x = doc_.mentions[m];
        c.bound = std::max(c.bound, c.end + 1);
        if (doc_.tokens[x.head].upos == "PROPN" || referring_.count(m)) {
            const int root = root_of(m);
            const Mention& r = doc_.mentions[root];
            if (doc_.tokens[r.head].upos == "PROPN" && r.type != "person") {
                auto [entry, fresh] = c.by_key.emplace(r.key, std::make_pair(0, root));
                const int n = ++entry->second.first;
                for (const auto& ranked : c.ranked) {
                    int again = 0;
                    if (const auto a = c.by_noun.find(ranked.first); a != c.by_noun.end()) {
                        if (const auto k = a->second.find(r.key); k != a->second.end()) again = k->second;
                    }
                    rerank(ranked.first, r.key, n + again, fresh);
                }
            }
        }
        if (x.antecedent >= 0 && doc_.tokens[x.head].upos == "NOUN") {
            const std::string noun = ascii::lower(doc_.tokens[x.head].lemma);
            const std::string& key = doc_.mentions[root_of(x.antecedent)].key;
            const int again = ++c.by_noun[noun][key];
            const auto entry = c.by_key.find(key);
            if (entry != c.by_key.end() && c.ranked.count(noun)) rerank(noun, key, entry->second.first + again, false);
        }
    }
}

// How often each named actor was named before sentence si, and again by `noun`, counted over
// every mention: the most named actor's root, its count and the next count. antecedent_for_description
// keeps these counts up to date instead (count_salience); this is for mentions out of order.
void ExtractorImpl::scan_salience(uint32_t si, const std::string& noun, int& best, int& most, int& second) const {
    std::map<std::string, std::pair<int, int>> by_key;  // key -> (times named so far, its root)
    for (int m = 0; m < static_cast<int>(doc_.mentions.size()); ++m) {
        const Mention& c = doc_.mentions[m];
        if (c.sentence >= si) break;
        if (doc_.tokens[c.head].upos != "PROPN" && !referring_.count(m)) continue;
        int root = m;
        root = chain_root(root);
        if (doc_.tokens[doc_.mentions[root].head].upos != "PROPN") continue;
        if (doc_.mentions[root].type == "person") continue;
        auto& entry = by_key.emplace(doc_.mentions[root].key, std::make_pair(0, root)).first->second;
        ++entry.first;
    }
    // An actor the text already called by this very noun ("..., the company announced") was
    // named again by it.
    for (const Mention& c : doc_.mentions) {
        if (c.sentence >= si || c.antecedent < 0 || doc_.tokens[c.head].upos != "NOUN" ||
            ascii::lower(doc_.tokens[c.head].lemma) != noun) {
            continue;
        }
        int root = c.antecedent;
        root = chain_root(root);
        auto found = by_key.find(doc_.mentions[root].key);
        if (found != by_key.end()) ++found->second.first;
    }
    for (const auto& [key, entry] : by_key) {
        if (entry.first > most) {
            second = most;
            most = entry.first;
            best = entry.second;
        } else if (entry.first > second) {
            second = entry.first;
        }
    }
}

// "Verdanta Foods is the third-largest grocery retailer in the Netherlands. Founded in 1961, the
// company employs 28,000 people": a bare "the <type noun>" that is a main clause's subject, opening
// its sentence (after an opening phrase and its comma at most), goes on about the named main-clause
// subject of the sentence right before when that sentence introduced it by a copula as one of the
// noun's type and names no other actor of that type ("X bought Y. The company ..." and "Y lost.
// The company ..." stay open).
int ExtractorImpl::sole_previous_subject(const Tree& t, uint32_t si, const NounPhrase& np, const std::string& key) const {
    if (si == 0 || np.demonstrative || key != t.lower_lemma(np.head) || t.base(np.head) != "nsubj") return -1;
    if (t.head(np.head) < 0 || t.head(t.head(np.head)) >= 0) return -1;
    int start = np.tokens.empty() ? np.head : std::min(np.head, np.tokens.front());
    for (int k : t.kids(np.head)) {
        if (t.base(k) == "det") start = std::min(start, k);
    }
    if (start != 0 && t.lower_form(start - 1) != ",") return -1;
    const auto type = onto_.type_of_head(t.lower_lemma(np.head));
    if (!type || !organisation_type(*type)) return -1;
    int found = -1;
    std::string found_key;
    std::set<std::string> keys;  // the other named actors of the type
    for (int m = static_cast<int>(doc_.mentions.size()) - 1; m >= 0; --m) {
        const Mention& c = doc_.mentions[m];
        if (c.sentence >= si) continue;
        if (c.sentence + 1 < si) break;
        int root = m;
        for (int steps = 0; doc_.mentions[root].antecedent >= 0 && steps < m + 1; ++steps) root = doc_.mentions[root].antecedent;
        const Mention& r = doc_.mentions[root];
        if (r.type != *type) continue;
        const uint32_t first = doc_.sentences[c.sentence].first_token;
        const Token& h = doc_.tokens[c.head];
        bool main_subject = h.deprel == "nsubj" && h.head >= 0 &&
                            doc_.tokens[first + static_cast<uint32_t>(h.head)].head < 0 &&
                            doc_.tokens[r.head].upos == "PROPN";
        // (introduced by a copula as one of the type: "X is the third-largest grocery retailer")
        if (main_subject) {
            const uint32_t pred = first + static_cast<uint32_t>(h.head);
            const auto pred_type = onto_.type_of_head(ascii::lower(doc_.tokens[pred].lemma));
            bool cop = false;
            for (uint32_t k = first; k < pred; ++k) {
                const Token& w = doc_.tokens[k];
                cop = cop || (w.deprel == "cop" && w.head >= 0 && first + static_cast<uint32_t>(w.head) == pred);
            }
            main_subject = cop && doc_.tokens[pred].upos == "NOUN" && pred_type && *pred_type == *type;
        }
        if (doc_.tokens[r.head].upos != "PROPN") continue;  // (a description: "the largest retailer")
        if (main_subject && found < 0) {
            found = root;
            found_key = r.key;
        }
        if (!main_subject && !keys.insert(r.key).second) continue;
    }
    keys.erase(found_key);
    return found >= 0 && keys.empty() ? found : -1;  // no second named actor of the type
}

int ExtractorImpl::antecedent_for_description(const Tree& t, uint32_t si, const NounPhrase& np,
                                              const std::string& key) const {
    // "this kind of exchange and cooperation", "the university", "these projects": an earlier
    // mention with the same head whose words include this phrase's words.
    if (!np.definite || np.proper || key.empty()) return -1;
    // "the X" is anaphoric for institutions ("the university", "the ministry"); for notions it
    // is mostly generic ("the development of ..."), so only demonstratives refer back there.
    if (!np.demonstrative && !onto_.type_of_head(t.lower_lemma(np.head))) return -1;
    // "Lumenar's chief scientist, Tiago Ferreira, said the company welcomed ...": a bare noun
    // subject of the clause a role holder reports is the role's named owner, when of its type.
    if (const int owner = reporter_role_owner(t, si, np); owner >= 0) return owner;
    if (const int sole = sole_previous_subject(t, si, np, key); sole >= 0) return sole;
    std::set<std::string> words;
    std::size_t s = 0;
    while (s <= key.size()) {
        std::size_t e = key.find(' ', s);
        if (e == std::string::npos) e = key.size();
        if (e > s) words.insert(key.substr(s, e - s));
        s = e + 1;
    }
    // "Halvora, a biotech company, ... Brandt did not disclose its price. The company
    // competes with ...": a sentence that opens with the noun goes on about the named subject
    // of the sentence before when that is of the noun's type; "Kauri Fibre's chief executive
    // blamed ... The company, which employs ...": or about the name that owns a role subject.
    const auto previous_subject = [&](bool role_owner_only) -> int {
        const auto noun_type = onto_.type_of_head(t.lower_lemma(np.head));
        for (int m = static_cast<int>(doc_.mentions.size()) - 1;
             m >= 0 && noun_type && t.base(np.head) == "nsubj" && np.head <= 1 && t.head(np.head) >= 0 &&
             t.head(t.head(np.head)) < 0 && si > 0;
             --m) {
            const Mention& c = doc_.mentions[m];
            if (c.sentence >= si) continue;
            if (c.sentence + 1 < si) break;
            const uint32_t first = doc_.sentences[c.sentence].first_token;
            const Token* h = &doc_.tokens[c.head];
            if (role_owner_only && (h->upos != "PROPN" || h->deprel != "nmod:poss")) continue;
            if (h->deprel == "nmod:poss" && h->head >= 0) h = &doc_.tokens[first + static_cast<uint32_t>(h->head)];
            if (h->deprel != "nsubj" || h->head < 0) continue;
            if (doc_.tokens[first + static_cast<uint32_t>(h->head)].head >= 0) continue;  // a main clause's
            int root = m;
            root = chain_root(root);
            if (doc_.mentions[root].type == *noun_type && doc_.tokens[doc_.mentions[root].head].upos == "PROPN") {
                return root;
            }
        }
        return -1;
    };
    for (int m = static_cast<int>(doc_.mentions.size()) - 1; m >= 0; --m) {
        const Mention& c = doc_.mentions[m];
        if (c.sentence + 5 < si) break;
        if (c.sentence == si) continue;
        // A title before a name ("Port Authority Director Lisa Chambers") describes the person;
        // "the authority" later takes up the body, not the title.
        if (doc_.tokens[c.head].deprel == "nmod:desc") continue;
        // "Three companies won ... The company, which employs": a singular noun does not take up
        // a plural one.
        // ("they" taking up "Three companies" is plural too.)
        int c_root = m;
        c_root = chain_root(c_root);
        if (t.xpos(np.head) == "NN" && doc_.tokens[doc_.mentions[c_root].head].xpos == "NNS") continue;
        if (c.key == key) return np.demonstrative ? m : -1;  // same words: the same actor anyway
        std::set<std::string> cw;
        std::size_t a = 0;
        while (a <= c.key.size()) {
            std::size_t e = c.key.find(' ', a);
            if (e == std::string::npos) e = c.key.size();
            if (e > a) cw.insert(c.key.substr(a, e - a));
            a = e + 1;
        }
        if (!std::includes(cw.begin(), cw.end(), words.begin(), words.end())) continue;
        // "the Colleges Pension Trust, the scheme's trustee, ... The trustee says": a description
        // that was a name's apposition takes up the name, not the description.
        const Token& ht = doc_.tokens[c.head];
        if (!np.demonstrative && ht.deprel == "appos" && ht.head >= 0 &&
            doc_.tokens[doc_.sentences[c.sentence].first_token + static_cast<uint32_t>(ht.head)].upos == "PROPN") {
            auto named = mention_at_.find({c.sentence, ht.head});
            if (named != mention_at_.end()) {
                int r = named->second;
                r = chain_root(r);
                // "X was awarded to Radiant, a teleradiology company. ... Pentland has filed a
                // challenge. The company has asked": a sentence that opens with the noun goes on
                // about the named subject of the sentence before, over a name the noun described
                // further back.
                if (c.sentence + 1 < si) {
                    if (const int p = previous_subject(false); p >= 0) return p;
                }
                return r;
            }
        }
        return m;
    }
    // "Voltcore ... The company makes batteries": a bare "the <type noun>" with no earlier mention
    // of its words names the one actor of that type the document has named so far, if there is
    // exactly one (with two candidates it stays itself: salience would be guesswork).
    // "sued the carmaker in the High Court": a place after the bare noun says where, not which.
    bool noun_and_place = false;
    if (words.size() > 1 && !np.demonstrative) {
        bool bare = true;
        std::size_t after = np.tokens.size();
        for (std::size_t i = 0; i < np.tokens.size(); ++i) {
            if (np.tokens[i] < np.head) bare = bare && t.base(np.tokens[i]) == "det";
            if (np.tokens[i] > np.head && after == np.tokens.size()) after = i;
        }
        if (bare && after < np.tokens.size()) {
            const int w = np.tokens[after];
            const std::string p = t.lower_form(w);
            noun_and_place = t.upos(w) == "ADP" && (p == "in" || p == "at" || p == "on");
        }
    }
    if (np.demonstrative || (words.size() != 1 && !noun_and_place)) return -1;
    // "the pension fund Northbridge Capital ... the fund": the one name that noun described. A
    // plural takes up no single name ("Their teacher, Ioana Pop, ... The institutes train the
    // teachers").
    const auto d = described_by_.find(t.lower_lemma(np.head));
    const bool number_agrees =
        d == described_by_.end() || d->second < 0 || !np.plural || doc_.tokens[doc_.mentions[d->second].head].xpos == "NNPS";
    if (d != described_by_.end() && d->second >= 0 && number_agrees) {
        if (const int p = previous_subject(false); p >= 0) return p;
        if (doc_.mentions[d->second].sentence < si) return d->second;
    }
    if (words.size() != 1) return -1;
    const auto type = onto_.type_of_head(t.lower_lemma(np.head));
    if (!type || *type == "concept" || *type == "place" || *type == "person") return -1;
    // "Harlow Foods will cut 600 jobs, the company said": the one who reports a clause about a
    // named subject, described by a type noun, is that subject (its type may not be known yet:
    // "Voltcore, a battery start-up, has raised ...").
    if (t.rel(np.head) == "nsubj" && t.head(np.head) >= 0) {
        const int c = t.child(t.head(np.head), "ccomp");
        const int reported = c >= 0 && c < np.head ? t.child(c, "nsubj") : -1;
        if (reported >= 0 && t.upos(reported) == "PROPN") {
            auto found = mention_at_.find({si, reported});
            if (found != mention_at_.end()) {
                const Mention& r = doc_.mentions[found->second];
                if (r.type == *type || r.type == "concept") return found->second;
            }
        }
    }
    // A noun other than the type's own name ("the network", "the group") may name a thing as well
    // as an actor ("finish the network"): it is the actor only as the one who acts or owns.
    if (t.lower_lemma(np.head) != *type && t.base(np.head) != "nsubj" && t.rel(np.head) != "nmod:poss") {
        return -1;
    }
    // A noun other than the type's name ("the centre", "the network") names one whose name has
    // that word ("the Hydrogen Research Centre"), not any actor of the type.
    // "The government welcomed the deal": the type "government" also holds a government's bodies
    // (ministries, agencies, regulators), and "the government" is the whole, not the one body
    // named so far; it takes up only a name with that word ("the Scottish Government").
    const std::string head_lemma = t.lower_lemma(np.head);
    const bool own_word_only = head_lemma != *type || head_lemma == "government";
    // A bare "the company" opening a sentence after one whose subject was a role of a company
    // named as its owner ("Kauri Fibre's chief executive said ... The company, which employs
    // ...") goes on about that company, even among several (a subject that is itself one of
    // several names leaves the noun ambiguous: "X bought Y. The company ...").
    if (!own_word_only) {
        if (const int p = previous_subject(true); p >= 0) return p;
    }
    int only = -1;
    // Whether the name at m ends the search: it is the second actor found.
    const auto second_actor = [&](int m) {
        const Mention& c = doc_.mentions[m];
        if (c.sentence >= si || c.type != *type) return false;
        if (own_word_only && (" " + c.key + " ").find(" " + head_lemma + " ") == std::string::npos) return false;
        int root = m;
        root = chain_root(root);
        // A name said twice is one actor, linked or not ("Brightwave" in a headline and a text).
        if (only >= 0 && doc_.mentions[only].key != doc_.mentions[root].key) {
            only = -2;
            return true;
        }
        only = root;
        return false;
    };
    // Only the names with the word, when it must be theirs (a word with a space in it is looked
    // for in all of them).
    if (own_word_only && head_lemma.find(' ') == std::string::npos) {
        if (const auto w = named_by_word_.find(head_lemma); w != named_by_word_.end()) {
            for (auto it = w->second.rbegin(); it != w->second.rend() && !second_actor(*it); ++it) {
            }
        }
    } else {
        // (Only names of the type: second_actor passes over the others.)
        const std::set<int>& of_type = named_with_type(*type);
        for (auto it = of_type.rbegin(); it != of_type.rend() && !second_actor(*it); ++it) {
        }
    }
    if (only != -2) return only;
    // Several such actors: the one the text keeps naming, if it was named at least twice as often
    // as any other named actor but a person ("Harlow Foods ... Harlow ... Harlow's" against one
    // mention of its customer). A name repeated (headline and text) is one actor; an actor whose
    // type is unsure still competes.
    // A description that was found to refer to a named actor ("the company announced") counts
    // as naming it.
    // (Counted in count_salience over the mentions before this sentence's first. Should a mention
    // of an earlier sentence come after one of this sentence, they are counted here, over every
    // mention.)
    const std::string noun = t.lower_lemma(np.head);
    int best = -1, most = 0, second = 0;
    count_salience(si);
    bool in_order = true;
    for (std::size_t m = salience_.end; in_order && m < doc_.mentions.size(); ++m) {
        in_order = doc_.mentions[m].sentence >= si;
    }
    if (in_order) {
        auto ranked = salience_.ranked.find(noun);
        if (ranked == salience_.ranked.end()) {
            ranked = salience_.ranked.emplace(noun, std::set<std::pair<int, std::string>>{}).first;
            const auto again = salience_.by_noun.find(noun);
            for (const auto& [key, entry] : salience_.by_key) {
                int n = entry.first;
                if (again != salience_.by_noun.end()) {
                    if (const auto a = again->second.find(key); a != again->second.end()) n += a->second;
                }
                ranked->second.emplace(-n, key);
            }
        }
        auto it = ranked->second.begin();
        if (it != ranked->second.end()) {
            most = -it->first;
            best = salience_.by_key.at(it->second).second;
            if (++it != ranked->second.end()) second = -it->first;
        }
    } else {
        scan_salience(si, noun, best, most, second);
    }
#ifdef CLAIMGRAPH_CHECK_INDEXES
    // The counts kept up to date must be what a scan of every mention gives (CI's sanitizer
    // build checks this on documents small enough that the scan stays cheap).
    if (in_order && doc_.mentions.size() <= 4000) {
        int b = -1, m = 0, s = 0;
        scan_salience(si, noun, b, m, s);
        if (b != best || m != most || s != second) {
            std::fprintf(stderr, "claimgraph: salience counts out of date at sentence %u: (%d, %d, %d) kept, (%d, %d, %d) "
                         "scanned; a change to a mention's antecedent, key or type missed edited()\n",
                         si, best, most, second, b, m, s);
            std::abort();
        }
    }
#endif
    if (best < 0 || doc_.mentions[best].type != *type) return -1;
    return most >= 2 * second ? best : -1;
}

// The head of the capitalised name a proper noun is a complement of, through "of", "for", "on"
// and a nested "in": "Care" in "Institute for Quality in Health Care", "Insurers" in "Federal
// Association of Health Insurers". The word itself when it is no such complement.
int ExtractorImpl::name_top(const Tree& t, int k) const {
    auto capitalised = [&t](int x) {
        const std::string& f = t.tok(x).form;
        return !f.empty() && std::isupper(static_cast<unsigned char>(f[0]));
    };
    // A proper noun, or a capitalised common noun inside a sentence ("Quality" in "the
    // Institute for Quality in Social Care").
    if (!(t.upos(k) == "PROPN" || (t.upos(k) == "NOUN" && k > 0)) || !capitalised(k)) return k;
    int x = k;
    // "Innovation" in "Institute for Science and Innovation": a capitalised conjunct of a
    // complement is in the name where the complement is (the caller checks the name holds it).
    const bool conjunct = t.base(x) == "conj" && t.head(x) >= 0 && t.head(x) < x && t.base(t.head(x)) == "nmod" &&
                          capitalised(t.head(x));
    if (conjunct) x = t.head(x);
    while (t.base(x) == "nmod" && t.head(x) >= 0 && t.head(x) < x) {
        const int h = t.head(x);
        const std::string p = t.prep(x);
        // "in" belongs to a name only inside another complement ("Institute for Quality in
        // Health Care"); on the name's head it gives a place ("St Oswin's Hospital in York").
        const bool nested_in = p == "in" && !place_token(t, x) && t.base(h) == "nmod" &&
                               (t.prep(h) == "for" || t.prep(h) == "of" || t.prep(h) == "on");
        if (!(p == "of" || p == "for" || p == "on" || nested_in)) break;
        // "Dr Jane Lee of Harvard University": after a person's name (UD's flat names), "of"
        // gives where the person belongs (collect_np), so the complement is a name of its own.
        if (p == "of" && t.upos(h) == "PROPN" && (t.rel(h) == "flat" || t.child(h, "flat") >= 0)) break;
        // A sentence's first word is capitalised anyway; it opens the name only as a plural
        // noun with "for" and a proper noun that a description set off after it renames
        // ("Scientists for Sensible Energy, a campaign group that ...", "Doctors for Clean Air,
        // a charity"): a description says what a name is, not what a plain noun phrase is.
        bool opening = false;
        if (h == 0 && p == "for" && t.xpos(h) == "NNS" && t.upos(x) == "PROPN") {
            for (int a : t.kids(x)) {
                if (a <= x || t.rel(a) != "appos") continue;
                for (int d : t.kids(a)) {
                    opening = opening || (d < a && t.rel(d) == "det" && (t.lower_form(d) == "a" || t.lower_form(d) == "an"));
                }
            }
        }
        if (!(t.upos(h) == "PROPN" || t.upos(h) == "NOUN") || !capitalised(h) || (h == 0 && !opening)) break;
        if (t.rel(x) == "nmod:poss") break;
        // Every word between is part of the name: capitalised, or the chain's case words.
        bool name = true;
        for (int w = h + 1; w < x && name; ++w) {
            name = capitalised(w) || t.base(w) == "case" || t.upos(w) == "CCONJ" || t.upos(w) == "DET";
        }
        if (!name) break;
        x = h;
    }
    return conjunct && x == t.head(k) ? k : x;
}

int ExtractorImpl::mention(const Tree& t, uint32_t si, int head, bool keep_conj) {
    auto found = mention_at_.find({si, head});
    if (found != mention_at_.end()) return found->second;
    if (head < 0) return -1;
    if (!keep_conj) {
        // "Sage" in "Cedar and Sage, a bakery,": a word after "and" inside one name is that name.
        if (t.base(head) == "conj" && t.head(head) >= 0 && t.head(head) < head && joined_name(t, t.head(head), head)) {
            const int idx = mention(t, si, t.head(head), false);
            mention_at_[{si, head}] = idx;
            return idx;
        }
        // A word inside a name's own complement is that name: what hangs on "Care" in "the
        // Institute for Quality in Health Care, an independent agency" or on "Insurers" in "the
        // Federal Association of Health Insurers, which negotiates ..." is said of the whole.
        const int top = name_top(t, head);
        if (top != head) {
            NounPhrase whole = noun_phrase(t, top, false);
            if (std::find(whole.tokens.begin(), whole.tokens.end(), head) != whole.tokens.end()) {
                const int idx = mention(t, si, top, false);
                mention_at_[{si, head}] = idx;
                return idx;
            }
        }
    }
    // (Not "WHO", the acronym the tagger made a name of.)
    if (t.upos(head) != "PROPN" && (t.lower_form(head) == "which" || t.lower_form(head) == "that" || t.lower_form(head) == "who" ||
        t.lower_form(head) == "whom" || t.lower_form(head) == "whose")) {
        int r = resolve_relative(t, head);
        if (r < 0 || r == head) return -1;
        return mention(t, si, r, false);
    }
    // "the drone maker SkyMarine" parsed with the common noun as head: the name is the actor.
    // The name's head may be its last word ("the drugmaker Serum Institute").
    int name = -1;
    if (!keep_conj && t.upos(head) == "NOUN") {
        for (int k : t.kids(head)) {
            if (k <= head || t.upos(k) != "PROPN") continue;
            bool adjacent = true;  // the name's words right after the noun
            for (int w = head + 1; w < k; ++w) {
                // A name's adjective is capitalised ("the opposition Green Party").
                const std::string& f = t.tok(w).form;
                const bool name_word = t.upos(w) == "PROPN" || (t.upos(w) == "ADJ" && !f.empty() &&
                                                                std::isupper(static_cast<unsigned char>(f[0])));
                adjacent = adjacent && name_word && t.head(w) == k;
            }
            if (adjacent) name = k;
            break;
        }
        // "The state broadcaster, Kestrel TV, said", "Its main rival, Acme Foods, sued": a
        // definite description opening the sentence as its subject, with a name set off by
        // commas in apposition, is that named actor.
        if (name < 0 && t.base(head) == "nsubj" && head + 2 < t.size() && t.tok(head + 1).form == "," &&
            (t.child(head, "det") >= 0 || t.child(head, "nmod:poss") >= 0)) {
            std::vector<int> before;
            t.subtree(head, before);
            const bool opens = *std::min_element(before.begin(), before.end()) == 0;
            for (int k : t.kids(head)) {
                if (k <= head + 1 || t.rel(k) != "appos") continue;
                // (A capitalised word the tagger read as a common noun, as it does some acronyms, is a name here too.)
                const std::string& f = t.tok(k).form;
                const bool capital = !f.empty() && std::isupper(static_cast<unsigned char>(f[0]));
                if (t.upos(k) != "PROPN" && !(t.upos(k) == "NOUN" && capital)) break;
                std::vector<int> span;
                t.subtree(k, span);
                span.erase(std::remove_if(span.begin(), span.end(), [&](int w) { return t.upos(w) == "PUNCT"; }),
                           span.end());
                const int lo = *std::min_element(span.begin(), span.end());
                const int hi = *std::max_element(span.begin(), span.end());
                const int det = t.child(head, "det");
                const bool definite = det < 0 || t.lower_form(det) == "the";
                if (opens && definite && lo == head + 2 && hi + 1 < t.size() && t.tok(hi + 1).form == "," &&
                    static_cast<int>(span.size()) == hi - lo + 1) {
                    name = k;
                }
                break;
            }
        }
    }
    if (name >= 0) {
        auto r = t.base(name);
        if (r == "appos" || r == "obj" || r == "flat" || r == "dep" || r == "compound") {
            int idx = mention(t, si, name, false);
            if (idx >= 0) {
                const Mention& named = doc_.mentions[idx];
                if ((named.type == "concept" || shape_person(named)) && named.antecedent < 0) {
                    if (auto d = description_type(t, head)) edit(idx).type = *d;
                }
                note_description(t, head, idx);
                mention_at_[{si, head}] = idx;
            }
            return idx;
        }
    }
    bool name_piece = false;  // "Geneva" of "Geneva-based": the name alone is the label
    bool based_place = false;  // "Riga" of "Riga-based", a name the gazetteer does not know
    {
        // "world" in "world-famous" is part of an adjective, not a thing: a piece before a hyphen
        // names something only when the whole word ends in a noun ("sodium-ion").
        auto glued = [&](int x, int y) { return t.tok(x).end == t.tok(y).start; };
        int last = head;
        while (last + 2 < t.size() && t.tok(last + 1).form == "-" && glued(last, last + 1) &&
               glued(last + 1, last + 2)) {
            last += 2;
        }
        if (last != head && t.upos(last) != "NOUN" && t.upos(last) != "PROPN") {
            // A named place still is one: "Geneva-based". So is any name before "-based", which
            // says where something is based ("a Riga-based company"), known or not.
            auto place = t.upos(head) == "PROPN" ? onto_.type_of_name(t.tok(head).form) : std::nullopt;
            // A name before a participle the ontology maps ("Castlemere-owned", "Halvorsen-funded")
            // is the one who does it, known or not.
            std::string participle = t.lower_lemma(last);
            participle = participle.substr(participle.rfind('-') + 1);
            if (!place && t.upos(head) == "PROPN" && last == head + 2 && t.lower_form(last) == "based") {
                based_place = true;
            } else if (!place && t.upos(head) == "PROPN" && last == head + 2 && t.xpos(last) == "VBN" &&
                       map_relation(participle)) {
            } else if (!place || (*place != "place" && *place != "country")) {
                return -1;
            }
            name_piece = true;
        }
    }
    NounPhrase np = noun_phrase(t, head, keep_conj);
    if (name_piece) np.tokens = {np.head};
    bool referring = false;  // a description found to refer back to an actor
    Mention m;
    m.sentence = si;
    m.head = t.first() + np.head;
    m.first_token = t.first() + np.tokens.front();
    m.end_token = t.first() + np.tokens.back() + 1;
    m.label = join_tokens(t, np.tokens);
    m.key = key_of(t, np);
    m.type = described_type(t, np, m.label);
    if (based_place) m.type = "place";
    // "Network Rail, which agreed to sell the land": a person is "who". A name typed a person
    // only by its shape (two capitalised words) that a "which" clause describes is an
    // organisation.
    // A company when the clause trades ("which makes batteries", "which sells") or says a
    // company owns it ("which is owned by the investment company X"): a subsidiary is one too.
    // Every mention of the name, before and after, is then one (prefer_described_types).
    bool which_clause = false, trading = false;
    if (m.type == "person" && np.proper && !onto_.type_of_name(m.label)) {
        for (int k : t.kids(np.head)) {
            if (t.rel(k) != "acl:relcl") continue;
            bool which = false;
            for (int w : t.kids(k)) {
                if (t.lower_form(w) != "which" || w < np.head) continue;
                which = true;
                if (t.rel(w) == "nsubj" && lex_.trading_verb(t.lower_lemma(k))) trading = true;
                if (t.rel(w) == "nsubj:pass" && t.lower_lemma(k) == "own") {
                    const int agent = t.child(k, "obl:agent");
                    const auto owner = agent >= 0 ? description_type(t, agent) : std::nullopt;
                    trading = trading || (owner && *owner == "company");
                }
            }
            which_clause = which_clause || which;
        }
        if (which_clause) m.type = trading ? "company" : "organization";
    }
    if (np.pronoun) {
        std::string f = t.lower_form(np.head);
        if (np.relative) return -1;
        // "Its rival, Brenmark Holdings, said it would": a name in apposition to a subject
        // description before the pronoun is a candidate of its own (as that subject), so it is
        // made before the pronoun is resolved.
        for (int k = 0; k < np.head; ++k) {
            if (t.base(k) == "appos" && t.upos(k) == "PROPN" && t.head(k) >= 0 && t.upos(t.head(k)) == "NOUN" &&
                t.base(t.head(k)).rfind("nsubj", 0) == 0) {
                mention(t, si, k, false);
            }
        }
        int a = antecedent_for_pronoun(t, si, np.head);
        if (a < 0) return -1;  // an unresolved pronoun names no actor
        // "The minister, Graham Pennock, praised the plan, but he rejected ...": a description
        // with a name in apposition is that named actor, whose node the claims use; the pronoun
        // takes up the name (made now when the description is in this sentence).
        {
            const Mention& d = doc_.mentions[a];
            const uint32_t first = doc_.sentences[d.sentence].first_token;
            const int dh = static_cast<int>(d.head - first);
            if (doc_.tokens[d.head].upos == "NOUN" && d.antecedent < 0) {
                for (uint32_t k = d.head + 1; k < first + doc_.sentences[d.sentence].size(); ++k) {
                    const Token& w = doc_.tokens[k];
                    if (w.head != dh || w.deprel != "appos" || w.upos != "PROPN") continue;
                    const int local = static_cast<int>(k - first);
                    int named = -1;
                    if (d.sentence == si) {
                        named = mention(t, si, local, false);
                    } else if (auto f = mention_at_.find({d.sentence, local}); f != mention_at_.end()) {
                        named = f->second;
                    }
                    if (named >= 0 && doc_.mentions[named].type == doc_.mentions[a].type) a = named;
                    break;
                }
            }
        }
        m.antecedent = a;
        while (doc_.mentions[m.antecedent].antecedent >= 0) m.antecedent = doc_.mentions[m.antecedent].antecedent;
        const Mention& ant = doc_.mentions[m.antecedent];
        m.key = ant.key;
        m.type = ant.type;
    } else {
        // Bare generic heads ("the way", "the year") name nothing. But "both sides", "the two
        // sides", "all sides" are the parties to a dispute or a deal, as "both parties" are.
        if (np.tokens.size() == 1 && lex_.generic_head(t.lower_lemma(np.head)) && !parties_as_sides(t, np.head)) {
            return -1;
        }
        // Nor does one only counted: "paid a provider for five years", "three times".
        if (np.tokens.size() >= 2 && lex_.generic_head(t.lower_lemma(np.head)) && !parties_as_sides(t, np.head) &&
            std::all_of(np.tokens.begin(), np.tokens.end(),
                        [&](int k) { return k == np.head || t.upos(k) == "NUM"; })) {
            return -1;
        }
        if (t.upos(np.head) == "NUM" && np.tokens.size() == 1) return -1;
        if (auto it = alias_of_.find(m.key); it != alias_of_.end()) {
            m.antecedent = it->second;
            m.key = doc_.mentions[it->second].key;
            m.type = doc_.mentions[it->second].type;
        } else if (np.tokens.size() == 1 && (t.upos(np.head) == "PROPN" || (t.upos(np.head) == "NOUN" && capitalized_name_part(t, np.head)))) {
            // "Priya Nair ... Nair, who is now its chief executive": a bare surname is the person
            // named in full before, when only one person had that surname. So when the tagger
            // took it for a common noun ("Holt is also sponsoring", "holt" a wood): a bare
            // capitalised singular is no common noun's use.
            auto sn = surname_of_.find(t.lower_form(np.head));
            if (sn != surname_of_.end() && sn->second >= 0) {
                m.antecedent = sn->second;
                m.key = doc_.mentions[sn->second].key;
                m.type = doc_.mentions[sn->second].type;
            }
        }
        if (m.antecedent < 0) {
            // "Harlow Foods ... Harlow blamed higher prices": the first word(s) of one
            // organisation's name, said after it, are that organisation.
            // "Granite Peak Capital ... Granite Peak will lend": the short form's words may be
            // tagged common nouns; capitalised, they are still the name's (a lone one only inside
            // the sentence, where a capital marks a name).
            auto sf = short_form_of_.find(m.key);
            bool all_names = true;
            for (int k : np.tokens) all_names = all_names && t.upos(k) == "PROPN";
            if (!all_names && (np.tokens.size() >= 2 || np.tokens.front() > 0)) {
                all_names = std::all_of(np.tokens.begin(), np.tokens.end(),
                                        [&](int k) { return t.base(k) != "cc" && capitalized_name_part(t, k); });
            }
            if (all_names && sf != short_form_of_.end() && sf->second >= 0) {
                const Mention& full = doc_.mentions[sf->second];
                // A lone given name rarely names a person in the news ("Harlow" may be one).
                const bool lone_name = m.type == "person" && np.tokens.size() == 1;
                if (short_form_type(full.type) && (m.type == "concept" || lone_name || m.type == full.type)) {
                    m.antecedent = sf->second;
                    m.key = full.key;
                    m.type = full.type;
                }
            }
        }
        int a = m.antecedent >= 0 ? -1 : reporting_role_owner(t, si, np, m.key);
        if (a < 0 && m.antecedent < 0) a = antecedent_for_description(t, si, np, m.key);
        if (a >= 0) {
            referring = true;
            a = chain_root(a);
            m.antecedent = a;
            m.key = doc_.mentions[a].key;
            if (m.type == "concept") m.type = doc_.mentions[a].type;
            // "Brightcell has raised ..., the company said": an untyped name that a type noun
            // refers to is of that type.
            const std::string untyped = "concept";
            if (doc_.mentions[a].type == untyped && is_actor_type(m.type) &&
                doc_.tokens[doc_.mentions[a].head].upos == "PROPN") {
                for (const int x : listed_with_key(m.key)) {
                    if (doc_.mentions[x].key == m.key && doc_.mentions[x].type == untyped) {
                        edit(x).type = m.type;
                    }
                }
            }
        }
    }
    if (m.key.empty()) return -1;
    // "the youth charity Open Door ... Open Door, which ...": a name said again is the actor it
    // named, even where its words alone type nothing ("Open" read as an adjective).
    const bool name_shaped = std::all_of(np.tokens.begin(), np.tokens.end(), [&](int k) {
        const std::string& f = t.tok(k).form;
        return t.upos(k) == "DET" || (!f.empty() && std::isupper(static_cast<unsigned char>(f[0])));
    });
    if (m.type == "concept" && m.antecedent < 0 && !np.pronoun && name_shaped) {
        // The last name with the key that named an actor, looked for only among the mentions
        // appended since the last time.
        const std::set<int>& listed = listed_with_key(m.key);
        ActorByKey& known = actor_by_key_[m.key];
        for (auto it = listed.upper_bound(known.checked); it != listed.end(); ++it) {
            known.checked = *it;
            const Mention& x = doc_.mentions[*it];
            if (!std::binary_search(named_.begin(), named_.end(), *it)) continue;  // (named_ is in order)
            if (x.key == m.key && is_actor_type(x.type) && !shape_person(x)) known.latest = *it;
        }
        if (known.latest >= 0) m.type = doc_.mentions[known.latest].type;
    }
    int idx = static_cast<int>(doc_.mentions.size());
    if (referring) referring_.insert(idx);
    // (A surname is a word of the name itself: "Burundi" of "the Minister of Health of Burundi"
    // names the country.)
    const int last_word = np.tokens.empty() ? -1 : np.tokens.back();
    if (m.type == "person" && m.antecedent < 0 && np.tokens.size() >= 2 && t.upos(np.head) == "PROPN" &&
        (last_word == np.head || (t.head(last_word) == np.head && (t.rel(last_word) == "flat" || t.rel(last_word) == "compound")))) {
        const std::string surname = t.lower_form(np.tokens.back());
        auto [it, fresh] = surname_of_.emplace(surname, idx);
        if (!fresh && it->second >= 0 && doc_.mentions[it->second].key != m.key) it->second = -1;
    }
    if (m.antecedent < 0 && t.upos(np.head) == "PROPN") note_short_forms(t, np, idx, m.key, m.type);
    keys_seen_.insert(m.key);
    if (which_clause) described_type_.emplace(m.key, trading ? "company" : "organization");
    // (A name whose "and" joins words of the one name is one actor to a pronoun.)
    for (int k : t.kids(np.head)) {
        if (t.base(k) == "conj" && std::find(np.tokens.begin(), np.tokens.end(), k) != np.tokens.end() &&
            joined_name(t, np.head, k)) {
            one_name_heads_.insert(t.first() + static_cast<uint32_t>(np.head));
        }
    }
    append_mention(std::move(m), t.upos(np.head) == "PROPN");
    if (np.descriptor >= 0) note_description(t, np.descriptor, idx);
    mention_at_[{si, head}] = idx;
    return idx;
}

void ExtractorImpl::note_short_forms(const Tree& t, const NounPhrase& np, int idx, const std::string& key,
                                     const std::string& type) {
    std::string prefix;
    for (std::size_t j = 0; j + 1 < np.tokens.size(); ++j) {
        const int k = np.tokens[j];
        if (t.upos(k) != "PROPN") return;
        if (!prefix.empty()) prefix += ' ';
        prefix += t.lower_form(k);
        // "Corby ... Corby Borough Council": words that named something before stay that. But a
        // short form that came first with no type of its own ("Veltrix signs deal" in a headline,
        // then "Veltrix Microsystems, a chip designer") is the organisation named in full after.
        if (keys_seen_.count(prefix)) {
            std::vector<int> earlier;
            bool untyped = short_form_type(type);
            // (A mention listed under a key it no longer has leaves the list here: the mentions
            // taken up below get the full name's key, and are not looked at again.)
            std::set<int>& listed = by_key_[prefix];
            for (auto it = listed.begin(); untyped && it != listed.end();) {
                const int m = *it;
                const Mention& c = doc_.mentions[m];
                if (c.key != prefix) {
                    it = listed.erase(it);
                    continue;
                }
                ++it;
                // Not after a preposition: "in Ashby ... Ashby Foods" names a place and a firm.
                untyped = c.type == "concept" && doc_.tokens[c.head].upos == "PROPN" &&
                          !(c.first_token > 0 && doc_.tokens[c.first_token - 1].upos == "ADP");
                earlier.push_back(m);
            }
            if (untyped && !earlier.empty()) {
                for (int m : earlier) {
                    Mention& c = edit(m);
                    if (c.antecedent < 0) c.antecedent = idx;
                    set_key(m, key);
                    c.type = type;
                }
                short_form_of_[prefix] = idx;
                continue;
            }
            short_form_of_[prefix] = -1;
            continue;
        }
        auto [it, fresh] = short_form_of_.emplace(prefix, idx);
        if (!fresh && it->second >= 0 && doc_.mentions[it->second].key != key) it->second = -1;
    }
}

void ExtractorImpl::retype_by_description(int m, const std::string& type, bool place_too) {
    // "Kestrel Diagnostics, a South African company,", "Orbis Launch, a French company": the
    // class an apposition names types the name over a guess from the name's shape (two
    // capitalised words) or its last word ("Launch" an event, "Partners" people). A name the
    // gazetteer or a naming pattern types keeps that type, and only institutional classes
    // overrule ("Ingrid Halse, a glaciologist" is a person either way). A programme is one too:
    // "projects such as the Nordic Heart Atlas" are not people.
    static const std::set<std::string> institutional = {"company", "organization", "university",
                                                        "school", "government", "fund", "project"};
    // "towns, including Brenholm and Oster Vale": a place class given examples types a name over
    // the two-capitalised-words guess of a person (only that guess: a person is no place).
    const bool place = place_too && type == "place";
    if (!institutional.count(type) && !place) return;
    m = chain_root(m);
    if (place && !shape_person(doc_.mentions[m]) && doc_.mentions[m].type != "concept") return;
    const std::string old = doc_.mentions[m].type;
    if (old == type) return;
    // "The Algorithmic Accountability Project, a non-profit group,": a name shaped like a
    // programme's ("* Project", "* Campaign") is often a body's own name, and a description of it
    // as a body says which; other naming patterns keep their type.
    if (const auto by_name = onto_.type_of_name(doc_.mentions[m].label)) {
        if (!(*by_name == "project" && old == "project" && named_type(type)) &&
            !body_named_like_place(doc_.mentions[m].label, *by_name, type)) {
            return;
        }
    }
    const std::string key = doc_.mentions[m].key;
    for (const int x : listed_with_key(key)) {
        if (doc_.mentions[x].key == key && doc_.mentions[x].type == old) {
            edit(x).type = type;
        }
    }
}

std::optional<std::string> ExtractorImpl::description_type(const Tree& t, int noun) const {
    for (int k : t.kids(noun)) {
        if ((t.base(k) == "compound" || t.base(k) == "amod") && k == noun - 1) {
            if (auto ty = onto_.type_of_head(t.lower_lemma(k) + " " + t.lower_lemma(noun))) return ty;
        }
    }
    // "the Belgian group Dufour", "the US group Talland Health": a group known by nothing but its
    // home country (a nationality, or a country's name, right before the noun, and no complement:
    // "a British group of investors") is a business group.
    if (lex_.national_company_noun(t.lower_lemma(noun))) {
        bool national = false, other = false;
        for (int k : t.kids(noun)) {
            const std::string b(t.base(k));
            // (The words that join the phrase to the sentence, "including", "of", "and", say
            // nothing of the group: "a subsidiary of the Swedish group X".)
            if (b == "det" || b == "punct" || b == "case" || b == "cc" || (k > noun && b != "nmod")) continue;
            const std::string& f = t.tok(k).form;
            const bool capital = !f.empty() && std::isupper(static_cast<unsigned char>(f[0]));
            // A country's name ("US"), or a capitalised word for a people the tagger took for a
            // name ("Belgian", which the head lexicon knows as a person of that people).
            const auto people = onto_.type_of_head(t.lower_form(k));
            const bool country = t.upos(k) == "PROPN" &&
                                 (onto_.type_of_name(f) == std::optional<std::string>("country") ||
                                  (!onto_.type_of_name(f) && people && (*people == "person" || *people == "country")));
            if (k == noun - 1 && capital && ((b == "amod" && t.upos(k) == "ADJ") || (b == "compound" && country))) {
                national = true;
            } else {
                other = true;
            }
        }
        if (national && !other) return "company";
    }
    return onto_.type_of_head(t.lower_lemma(noun));
}

void ExtractorImpl::note_description(const Tree& t, int noun, int m) {
    const std::string lemma = t.lower_lemma(noun);
    m = chain_root(m);
    auto [it, fresh] = described_by_.emplace(lemma, m);
    if (!fresh && it->second != m) it->second = -1;
    if (auto d = description_type(t, noun); d && named_type(*d)) {
        described_type_.emplace(doc_.mentions[m].key, *d);
        // Known from here on, so that "the company" after it can find it.
        const Mention& named = doc_.mentions[m];
        if (named.type == "concept" || shape_person(named) || body_named_like_place(named.label, named.type, *d)) {
            edit(m).type = *d;
        }
    }
}

std::vector<int> ExtractorImpl::counted_group(const Tree& t, uint32_t si, int n) const {
    // "the two firms", "both companies", "the three universities": a plural type noun with a
    // small count and "the" or "both" names the last that many actors of its type named in the
    // sentence so far or the three before it, when there are that many.
    if (t.upos(n) != "NOUN" || t.xpos(n) != "NNS") return {};
    std::size_t count = 0;
    bool definite = false;
    for (int k : t.kids(n)) {
        const std::string w = t.lower_form(k);
        if (t.base(k) == "det" && (w == "the" || w == "both")) definite = true;
        if (t.base(k) == "det" && w == "both") count = 2;
        if (t.base(k) == "nummod" && k < n) count = w == "two" ? 2 : w == "three" ? 3 : w == "four" ? 4 : 0;
    }
    const auto type = onto_.type_of_head(t.lower_lemma(n));
    if (!definite || count == 0 || !type || !named_type(*type)) return {};
    const uint32_t here = t.first() + static_cast<uint32_t>(n);
    std::vector<int> group;
    for (auto it = named_.rbegin(); it != named_.rend() && group.size() <= count; ++it) {
        const Mention& c = doc_.mentions[*it];
        if (c.sentence + 3 < si) break;
        if (c.sentence > si || (c.sentence == si && c.head >= here)) continue;
        int root = *it;
        root = chain_root(root);
        const Mention& r = doc_.mentions[root];
        std::string ty = r.type;
        if (auto d = described_type_.find(r.key); d != described_type_.end() && (shape_person(r) || ty == "concept")) {
            ty = d->second;
        }
        if (ty != *type) continue;
        bool seen = false;
        for (int g : group) seen = seen || doc_.mentions[g].key == r.key;
        if (!seen) group.push_back(root);
    }
    if (group.size() != count) return {};
    return group;
}

std::vector<int> ExtractorImpl::arg_mentions(const Tree& t, uint32_t si, int head) {
    std::vector<int> out;
    if (head < 0) return out;
    // "Vireo and Calloway, both of which are developing drugs": "both (all, each) of which"
    // stands for every one the relative clause is about ("some of which" only for some).
    const std::string& q = t.lower_form(head);
    if (t.upos(head) != "NOUN" && (q == "both" || q == "all" || q == "each")) {
        for (int k : t.kids(head)) {
            if (t.base(k) != "nmod" || t.prep(k) != "of" || (t.lower_form(k) != "which" && t.lower_form(k) != "whom")) {
                continue;
            }
            const int r = resolve_relative(t, k);
            if (r >= 0 && r != head) return arg_mentions(t, si, r);
        }
    }
    // "Each will contribute courses", "Both said no": a determiner standing alone for actors
    // named before is no actor of its own (a node "Each" means nothing).
    if (t.upos(head) == "DET") {
        bool of = false;
        for (int k : t.kids(head)) of = of || t.base(k) == "nmod";
        // "Two rivals, A and B, ... Lumora competes with both": "both" or "either" standing
        // alone as an object stands for the most recent pair of coordinated names.
        const auto b = t.base(head);
        if (!of && (q == "both" || q == "either") && (b == "obj" || b == "obl")) {
            const uint32_t here = t.first() + static_cast<uint32_t>(head);
            int best_a = -1, best_b = -1;
            uint32_t best_at = 0;
            for (int m = 0; m < static_cast<int>(doc_.mentions.size()); ++m) {
                const Mention& mb = doc_.mentions[m];
                if (mb.head >= here || mb.sentence >= doc_.sentences.size() || (best_b >= 0 && mb.head <= best_at)) continue;
                const Token& tb = doc_.tokens[mb.head];
                if (tb.upos != "PROPN" || tb.deprel != "conj" || tb.head < 0) continue;
                const uint32_t first = doc_.sentences[mb.sentence].first_token;
                const uint32_t end = doc_.sentences[mb.sentence].end_token;
                const uint32_t ha = first + static_cast<uint32_t>(tb.head);
                if (ha >= mb.head || doc_.tokens[ha].upos != "PROPN") continue;
                int conjuncts_of_a = 0;
                for (uint32_t k = first; k < end; ++k) {
                    if (doc_.tokens[k].head == tb.head && doc_.tokens[k].deprel == "conj") ++conjuncts_of_a;
                }
                if (conjuncts_of_a != 1) continue;
                auto found = mention_at_.find({mb.sentence, tb.head});
                if (found == mention_at_.end() || found->second < 0 || found->second == m) continue;
                best_a = found->second;
                best_b = m;
                best_at = mb.head;
            }
            if (best_b >= 0) return {best_a, best_b};
        }
        if (!of) return out;
    }
    int content = resolve_transparent(t, head);
    std::vector<int> conj = conjuncts(t, content);
    if (keep_together(t, content, conj)) {
        int m = mention(t, si, head, true);
        if (m >= 0) out.push_back(m);
        return out;
    }
    for (int c : conj) {
        // "the governments of Ireland and Japan": a plural institution of several named owners
        // is each one's; the names stand for them.
        if (t.upos(c) == "NOUN" && t.xpos(c) == "NNS") {
            std::vector<int> owners;
            if (auto ty = onto_.type_of_head(t.lower_lemma(c)); ty && is_actor_type(*ty) && *ty != "person") {
                for (int k : t.kids(c)) {
                    if (t.base(k) != "nmod" || k < c || t.prep(k) != "of") continue;
                    std::vector<int> names = conjuncts(t, k);
                    bool all_names = names.size() >= 2;
                    for (int e : names) all_names = all_names && t.upos(e) == "PROPN";
                    if (all_names) owners = names;
                }
            }
            for (int e : owners) {
                int me = mention(t, si, e, false);
                if (me >= 0 && std::find(out.begin(), out.end(), me) == out.end()) out.push_back(me);
            }
            if (!owners.empty()) continue;
        }
        int m = mention(t, si, c == content ? head : c, false);
        // "owned equally by the two firms": the actors counted are the last ones named.
        std::vector<int> group = counted_group(t, si, c);
        // "Two universities, Harwell University and Lindenbrook College, have agreed": a plural
        // noun with a list of names in apposition stands for the names.
        if (group.empty() && t.upos(c) == "NOUN" && t.xpos(c) == "NNS") {
            for (int k : t.kids(c)) {
                if (t.base(k) != "appos" || k < c) continue;
                if (!named_list(t, k)) continue;
                const std::vector<int> names = conjuncts(t, k);
                for (int x : names) {
                    const int mx = mention(t, si, x, false);
                    if (mx >= 0) group.push_back(mx);
                }
            }
        }
        if (!group.empty()) {
            for (int g : group) {
                if (std::find(out.begin(), out.end(), g) == out.end()) out.push_back(g);
            }
            continue;
        }
        if (m >= 0 && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
        // "A and B said they would jointly build": a plural pronoun that took up the first of
        // coordinated actors stands for all of them.
        if (m >= 0 && t.upos(c) == "PRON" && lex_.pronoun_plural(t.lower_form(c))) {
            int root = m;
            for (int steps = 0; doc_.mentions[root].antecedent >= 0 && steps <= m; ++steps) root = doc_.mentions[root].antecedent;
            const Mention& r = doc_.mentions[root];
            const uint32_t first = doc_.sentences[r.sentence].first_token;
            const uint32_t end = doc_.sentences[r.sentence].end_token;
            const std::string& hu = doc_.tokens[r.head].upos;
            if (root != m && (hu == "PROPN" || hu == "NOUN") && doc_.tokens[r.head].xpos != "NNS") {
                for (uint32_t k = first; k < end && k < doc_.tokens.size(); ++k) {
                    const Token& w = doc_.tokens[k];
                    if (w.deprel != "conj" || w.head < 0 || first + static_cast<uint32_t>(w.head) != r.head ||
                        (w.upos != "PROPN" && w.upos != "NOUN")) {
                        continue;
                    }
                    const auto found = mention_at_.find({r.sentence, static_cast<int>(k - first)});
                    if (found == mention_at_.end() || found->second < 0) continue;
                    int mc = found->second;
                    for (int steps = 0; doc_.mentions[mc].antecedent >= 0 && steps <= found->second; ++steps) mc = doc_.mentions[mc].antecedent;
                    if (mc != root && is_actor_type(doc_.mentions[mc].type) &&
                        std::find(out.begin(), out.end(), mc) == out.end()) {
                        out.push_back(mc);
                    }
                }
            }
        }
        // "competes with larger firms such as CATL and Northvolt", "Several companies, including
        // SkyMarine, will supply": what is said of the class is said of each example named.
        for (int k : t.kids(c)) {
            if ((t.base(k) != "nmod" && t.base(k) != "obl") || k < c || !lex_.example_marker(t.prep(k))) {
                continue;
            }
            for (int e : conjuncts(t, k)) {
                // A name, or a description with its name ("the drone maker SkyMarine").
                if (t.upos(e) != "PROPN" && t.upos(e) != "NOUN") continue;
                int me = mention(t, si, e, false);
                // (A name the tagger read as common nouns counts: "including the British Heart
                // Foundation", capitalised inside the sentence.)
                if (me >= 0 && doc_.tokens[doc_.mentions[me].head].upos != "PROPN" &&
                    !(e > 0 && capitalized_name_part(t, e) && is_actor_type(doc_.mentions[me].type))) {
                    continue;
                }
                if (me >= 0 && std::find(out.begin(), out.end(), me) == out.end()) out.push_back(me);
            }
        }
    }
    return out;
}

// ----- predicates ----------------------------------------------------------------------------

int ExtractorImpl::resolve_relative(const Tree& t, int tok) const {
    // The relative pronoun of "universities that cooperate with X" is the noun the clause
    // modifies.
    int c = t.head(tok);
    for (int guard = 0; c >= 0 && guard < 6; ++guard) {
        if (t.rel(c) == "acl:relcl" || t.rel(c) == "advcl:relcl") {
            // "Ingrid Halse, a glaciologist who heads the centre": what the clause says of the
            // description it says of the name the description is in apposition to. A name of
            // common words ("the Open Door Trust, a charity that ...") may be tagged a noun: a
            // capitalised word inside the sentence is still its head.
            int n = t.head(c);
            // "approved a plan on Tuesday that cuts water": a day or a month takes no "that"
            // clause about doing things; the clause is about the verb's object before it.
            if (n >= 0 && lex_.time_name(t.lower_form(n)) && t.head(n) >= 0 && t.base(n) == "obl") {
                const int o = t.child(t.head(n), "obj");
                if (o >= 0 && o < n) n = o;
            }
            const int named = n >= 0 ? t.head(n) : -1;
            // "Robert Quinlan, a Republican who chairs the committee": a capitalised noun of a
            // party, a faith or a people after "a" or "an" is a description like "a glaciologist".
            bool description = n >= 0 && t.upos(n) == "NOUN";
            if (n >= 0 && t.upos(n) == "PROPN") {
                const int det = t.child(n, "det");
                description = det >= 0 && det < n && (t.lower_form(det) == "a" || t.lower_form(det) == "an");
            }
            // "Halden Mills, a bakery in the town that supplies the school": a restrictive clause
            // whose subject is its relative pronoun, on a common noun of a place that locates an
            // indefinite description in apposition to a name, is said of the named actor: the
            // place is where it is, not what does the clause's act.
            if (n >= 0 && t.upos(n) == "NOUN" && t.base(n) == "nmod" && (t.prep(n) == "in" || t.prep(n) == "at") &&
                t.base(tok) == "nsubj" && t.rel(tok) != "nsubj:pass" && tok > 0 && t.tok(tok - 1).form != "," &&
                place_token(t, n)) {
                const int d = t.head(n);
                const int det = d >= 0 ? t.child(d, "det") : -1;
                const int owner = d >= 0 ? t.head(d) : -1;
                if (d >= 0 && d < n && t.upos(d) == "NOUN" && t.rel(d) == "appos" && det >= 0 && det < d &&
                    (t.lower_form(det) == "a" || t.lower_form(det) == "an") && owner >= 0 && owner < d &&
                    (t.upos(owner) == "PROPN" || (owner > 0 && capitalized_name_part(t, owner)))) {
                    return owner;
                }
            }
            if (n >= 0 && t.rel(n) == "appos" && description && named >= 0 &&
                (t.upos(named) == "PROPN" || (named > 0 && capitalized_name_part(t, named))) && named < n) {
                return t.head(n);
            }
            // "The district hospital in Mpalo, which is run by the MoH": a passive clause with an
            // agent on a place that locates an institution ("in", see place_token) is said of
            // the institution: a place is not run, owned or funded by anyone. (Only a place that
            // modifies a noun: "applies to three ports, all of which are run by X" is said of the
            // ports, not of the verb they hang on.)
            if (n >= 0 && t.rel(c) == "acl:relcl" && t.child(c, "obl:agent") >= 0 && place_token(t, n) &&
                t.base(n) == "nmod" && t.head(n) >= 0 && t.head(n) < n &&
                (t.upos(t.head(n)) == "NOUN" || t.upos(t.head(n)) == "PROPN")) {
                return t.head(n);
            }
            // "pay for a ground station in Svalbard, which will be run by X": the parser's
            // sentential relative right after a noun phrase is that noun's relative clause.
            if (t.rel(c) == "advcl:relcl" && n >= 0 && t.verbal(n) && tok >= 2 && t.tok(tok - 1).form == "," &&
                t.head(tok) == c) {
                int k = tok - 2;
                for (int steps = 0; steps < 8 && t.head(k) >= 0 && t.head(k) < k &&
                                    (t.base(k) == "flat" || t.base(k) == "nmod" || t.base(k) == "compound");
                     ++steps) {
                    k = t.head(k);
                }
                bool inside = false;
                for (int a = k, steps = 0; a >= 0 && steps < t.size(); a = t.head(a), ++steps) inside = inside || a == n;
                if ((t.upos(k) == "NOUN" || t.upos(k) == "PROPN") && inside) return k;
            }
            return n;
        }
        c = t.head(c);
    }
    return -1;
}

std::vector<int> ExtractorImpl::working_doers(const std::vector<int>& subjects) const {
    std::vector<int> doers;
    for (int m : subjects) {
        int d = m;
        d = chain_root(d);
        const std::string& ty = doc_.mentions[d].type;
        const bool name = doc_.tokens[doc_.mentions[d].head].upos == "PROPN";
        if ((is_actor_type(ty) || name) && ty != "event" && ty != "policy" && ty != "project") doers.push_back(m);
    }
    return doers;
}

bool ExtractorImpl::passive(const Tree& t, int p) const {
    for (int k : t.kids(p)) {
        if (t.rel(k) == "nsubj:pass" || t.rel(k) == "aux:pass" || t.rel(k) == "csubj:pass") return true;
    }
    // A participle modifying a noun: "projects funded by the city". In a relative clause the
    // participle is passive only with its "be" ("who had worked for X" is active).
    // A noun's "that" clause with its own subject and "have" ("reports that it had funded the
    // school") is active.
    if (t.rel(p) == "acl" && t.xpos(p) == "VBN") {
        const int mark = t.child(p, "mark", true);
        return !(mark >= 0 && mark < p && t.lower_form(mark) == "that" && t.child(p, "nsubj") >= 0 &&
                 t.child(p, "aux", true) >= 0);
    }
    // "Launched by the ministry in 2021, the scheme offers grants": an opening participle's
    // clause, with no marker or auxiliary of its own ("Having launched" is active), says its act
    // of the main clause's subject.
    if (t.base(p) == "advcl" && t.xpos(p) == "VBN" && t.head(p) > p && t.child(p, "mark", true) < 0 &&
        t.child(p, "aux", true) < 0) {
        return true;
    }
    // "The law was proposed by X and supported by Y": a participle conjoined to a passive verb,
    // with its own agent, shares the passive; the parser may call the agent a plain "by" obl
    // ("run by Corby College and paid for by a grant"). A past form with a "by" agent there is
    // such a participle whatever its tag ("commissioned by X and carried out by Y").
    if (t.base(p) == "conj" && (t.xpos(p) == "VBN" || t.xpos(p) == "VBD") && t.head(p) >= 0) {
        bool agent = t.child(p, "obl:agent") >= 0;
        for (int k : t.kids(p)) agent = agent || (t.rel(k) == "obl" && t.prep(k) == "by");
        if (agent) return passive(t, t.head(p));
        // "It was paid for by the council and carried out with X": so does a regular past form
        // with nothing of its own that an active verb would have (subject, object, auxiliary,
        // clause complement).
        const std::string f = t.lower_form(p);
        bool bare = f.size() > 3 && f.compare(f.size() - 2, 2, "ed") == 0;
        for (int k : t.kids(p)) {
            const auto b = t.base(k);
            bare = bare && b != "nsubj" && b != "obj" && b != "iobj" && b != "aux" && b != "ccomp" && b != "xcomp" &&
                   b != "csubj" && b != "expl";
        }
        if (bare) {
            const int h = t.head(p);
            for (int k : t.kids(h)) {
                if (t.rel(k) == "aux:pass" || t.rel(k) == "nsubj:pass") return true;
            }
        }
    }
    return false;
}

// "funds not the school but the clinic", "cooperates not with A but with B": the "not" that
// opens an argument whose "but" conjunct follows denies that argument alone, wherever the parser
// hangs it (on the argument or on the verb). Returns that "not", or -1.
static int not_before_but(const Tree& t, int arg) {
    if (t.base(arg) != "obj" && t.base(arg) != "obl") return -1;  // "It is not X, but it is Y": no argument
    bool but = false;
    for (int c : t.kids(arg)) {
        if (c <= arg || t.base(c) != "conj") continue;
        for (int g : t.kids(c)) but = but || (t.base(g) == "cc" && t.lower_form(g) == "but");
    }
    if (!but) return -1;
    int n = arg - 1;  // the token before the argument's phrase: its case, determiner and names skipped
    for (; n >= 0 && t.lower_form(n) != "not"; --n) {
        int up = n;
        for (int step = 0; step < 4 && up >= 0 && up != arg; ++step) up = t.head(up);
        if (up != arg) break;
    }
    if (n < 0 || t.lower_form(n) != "not" || t.base(n) != "advmod") return -1;
    return t.head(n) == arg || t.head(n) == t.head(arg) ? n : -1;
}

bool ExtractorImpl::negated(const Tree& t, int p) const {
    // "Neither company pays", "No ministry funds": a negative determiner on the subject.
    // "Neither A nor B will own it", "funded neither A nor B": a paired negative coordinator on
    // the subject or the object denies the act for each conjunct.
    for (int k : t.kids(p)) {
        const auto b = t.base(k);
        if (b != "nsubj" && b != "obj") continue;
        // "None of the donors funds it", "funded none of the schools": "none" as the subject or
        // the object denies the act of each.
        if (t.lower_form(k) == "none") return true;
        for (int d : t.kids(k)) {
            std::string w = t.lower_form(d);
            if (b == "nsubj" && t.base(d) == "det" && (w == "no" || w == "neither")) return true;
            // "pays no tax", "has no contract with", "funds no school": a negative determiner on
            // the object denies the act as "not" does.
            if (b == "obj" && t.base(d) == "det" && w == "no") return true;
            if (t.rel(d) == "cc:preconj" && w == "neither") return true;
            // "Not all donors have joined", "Not every school will take part": the act is denied
            // of the class as a whole (some did, which says of no named one that it did). The
            // parser hangs "not" on the determiner, on the noun, or leaves it just before.
            if (b == "nsubj" && t.base(d) == "det" && (w == "all" || w == "every")) {
                if (d > 0 && t.lower_form(d - 1) == "not" && (t.head(d - 1) == k || t.head(d - 1) == d)) {
                    return true;
                }
                for (int n : t.kids(k)) {
                    if (n < d && t.base(n) == "advmod" && t.lower_form(n) == "not") return true;
                }
                for (int n : t.kids(d)) {
                    if (n < d && t.base(n) == "advmod" && t.lower_form(n) == "not") return true;
                }
            }
        }
    }
    // "denied that it funds the school", "denied reports that it had funded the school": what a
    // denying verb's "that" clause says, or the "that" clause of the report or claim it denies,
    // is not so (unless the denial is itself denied).
    if (t.head(p) >= 0) {
        const int mark = t.child(p, "mark", true);
        const bool that = mark >= 0 && mark < p && t.lower_form(mark) == "that";
        int v = -1;
        const int h = t.head(p);
        if (t.base(p) == "ccomp" && t.verbal(h)) v = h;
        // the noun's clause: an acl, or a ccomp as the parser has it at times
        if ((t.rel(p) == "acl" || t.base(p) == "ccomp") && that && t.nominal(h) && t.base(h) == "obj") v = t.head(h);
        if (v >= 0 && lex_.denying_verb(t.lower_lemma(v)) && !negated(t, v)) return true;
        // "denied funding the group": the act a denying verb takes as its gerund is denied too.
        if (t.base(p) == "xcomp" && t.xpos(p) == "VBG" && t.verbal(h) &&
            lex_.denying_verb(t.lower_lemma(h)) && !negated(t, h)) {
            return true;
        }
    }
    // "Neither Marta Quinlan nor Tom Hale leads it", with "neither" hung on the verb: it opens
    // the subject, whose "nor" conjunct follows.
    for (int k : t.kids(p)) {
        const int subj = t.child(p, "nsubj");
        if (subj < 0 || k >= subj || t.base(k) != "cc" || t.lower_form(k) != "neither") continue;
        for (int c : t.kids(subj)) {
            if (t.base(c) != "conj") continue;
            for (int g : t.kids(c)) {
                if (t.base(g) == "cc" && t.lower_form(g) == "nor") return true;
            }
        }
    }
    // "had no standing to bring the claim", "has no plans to build": an infinitive on a noun
    // denied by "no" is an act not done.
    if (t.rel(p) == "acl" && t.head(p) >= 0) {
        const int mark = t.child(p, "mark", true);
        const int det = t.child(t.head(p), "det");
        if (mark >= 0 && mark < p && t.lower_form(mark) == "to" && det >= 0 && t.lower_form(det) == "no") return true;
    }
    if (const int plan = had_intention(t, p); plan >= 0) {
        const int det = t.child(plan, "det");
        if (det >= 0 && t.lower_form(det) == "no") return true;
    }
    // "cut the size of its bars rather than raise prices", "borrowed instead of selling shares":
    // the act a "rather than" or "instead of" conjunct or clause names is the one not done.
    for (int k : t.kids(p)) {
        const auto b = t.base(k);
        if (k > p || (b != "cc" && b != "mark")) continue;
        const std::string w = t.lower_form(k);
        const int fixed = t.child(k, "fixed");
        if (fixed < 0 || fixed != k + 1) continue;
        const std::string f = t.lower_form(fixed);
        if ((w == "rather" && f == "than") || (w == "instead" && f == "of")) return true;
    }
    // "extended the contract without inviting other bids", "acted without consulting the
    // union": a gerund clause opened by "without" names an act not done.
    if (t.base(p) == "advcl" && t.xpos(p) == "VBG") {
        const int mark = t.child(p, "mark", true);
        if (mark >= 0 && mark < p && t.lower_form(mark) == "without") return true;
    }
    // "had been unable to hire", "failed to fund", "refused to join": the governor denies
    // the act of its infinitive.
    if (infinitive_of_negating(t, p) && !negated(t, t.head(p))) return true;
    // "does not plan to build", "did not agree to fund", "cannot afford to hire", "is not able
    // to pay": an intention, a means or an ability denied denies the act of its infinitive (a
    // negating governor denied, "did not fail to", is the case above).
    if (t.base(p) == "xcomp" && t.head(p) >= 0 && !lex_.negating_governor(t.lower_lemma(t.head(p))) &&
        negated(t, t.head(p))) {
        return true;
    }
    // "money should not be used to build weapons", "the site is not meant to host": a passive
    // denied denies the purpose its infinitive names.
    if ((t.base(p) == "advcl" || t.base(p) == "xcomp") && t.head(p) >= 0 && t.child(t.head(p), "aux:pass") >= 0) {
        const int mark = t.child(p, "mark", true);
        if (mark >= 0 && mark < p && t.lower_form(mark) == "to" && negated(t, t.head(p))) return true;
    }
    for (int k : t.kids(p)) {
        auto b = t.base(k);
        // "not only funded X but also ...": the act is affirmed, with more to come.
        bool not_only = k + 1 < t.size() && t.lower_form(k + 1) == "only";
        // "cooperates not with A but with B": the "not" is A's (add_claim denies A).
        for (int a : t.kids(p)) not_only = not_only || (a > k && not_before_but(t, a) == k);
        if ((b == "advmod" || b == "aux" || b == "cc:preconj" || b == "det") &&
            lex_.negation(t.lower_form(k)) && t.lower_form(k) != "without" &&
            t.lower_form(k) != "nor" && t.lower_form(k) != "neither" && !not_only) {
            return true;
        }
        // "no longer funds": the negation sits on the adverb of time.
        if (b == "advmod" && t.lower_form(k) == "longer") {
            for (int g : t.kids(k)) {
                if (g < k && lex_.negation(t.lower_form(g))) return true;
            }
        }
    }
    return false;
}

// "Aldren has no plans to buy Pellham", "has a plan to build": the intention noun that "have"
// takes right before an infinitive, which the parser hangs on the noun or on "have"; -1 if none.
int ExtractorImpl::had_intention(const Tree& t, int p) const {
    const int mark = t.child(p, "mark", true);
    if (mark < 0 || mark + 1 != p || t.lower_form(mark) != "to" || t.head(p) < 0) return -1;
    int noun = t.head(p), have = t.head(noun);
    if (t.base(p) == "xcomp" || t.base(p) == "advcl") {
        have = t.head(p);
        noun = t.child(have, "obj");
    } else if (t.base(p) != "acl") {
        return -1;
    }
    if (noun < 0 || have < 0 || t.rel(noun) != "obj" || t.head(noun) != have || t.lower_lemma(have) != "have" ||
        !lex_.intention_noun(t.lower_lemma(noun)) || t.child(noun, "nmod:poss") >= 0) {
        return -1;
    }
    if (t.base(p) == "acl") return noun;
    // Hung on "have": the noun's phrase ends right before "to".
    std::vector<int> span;
    t.subtree(noun, span);
    return *std::max_element(span.begin(), span.end()) + 1 == mark ? noun : -1;
}

// "unable to hire", "refused to fund" (an xcomp, or an advcl with "to" as the parser has it at
// times): the infinitive of a governor that denies it.
bool ExtractorImpl::infinitive_of_negating(const Tree& t, int p) const {
    const int h = t.head(p);
    if (h < 0 || !lex_.negating_governor(t.lower_lemma(h))) return false;
    if (t.base(p) == "xcomp") return true;
    const int mark = t.child(p, "mark", true);
    if (t.base(p) != "advcl" || mark < 0) return false;
    // "would stop students from bringing their families": what one stops or prevents someone
    // from doing is not done.
    return t.lower_form(mark) == "to" || (t.lower_form(mark) == "from" && t.xpos(p) == "VBG");
}

std::string ExtractorImpl::modality_of(const Tree& t, int p, int depth) const {
    // "If the plan is approved, the trust will fund the school": a clause under a condition says
    // what may be, whatever its auxiliary ("even if" concedes, "as if" compares: no condition).
    for (int k : t.kids(p)) {
        if (t.base(k) != "advcl") continue;
        const int mark = t.child(k, "mark", true);
        if (mark < 0 || mark > k) continue;
        const std::string m = t.lower_form(mark);
        const bool hedged = mark > 0 && (t.lower_form(mark - 1) == "even" || t.lower_form(mark - 1) == "as");
        if ((m == "if" || m == "unless") && !hedged) return "possible";
    }
    for (int k : t.kids(p)) {
        if (t.base(k) != "aux") continue;
        std::string w = t.lower_form(k);
        std::string l = t.lower_lemma(k);
        if (lex_.modal_planned(w) || lex_.modal_planned(l)) return "planned";
        if (lex_.modal_possible(w) || lex_.modal_possible(l)) {
            // "The trust said it would fund the school": "would" in what one said one would do
            // (a pronoun subject, after a past reporting verb) is the "will" of one's plan; what
            // one said another would do ("said the plan would harm children") stays possible.
            const int h = t.head(p), subj = t.child(p, "nsubj");
            if (w == "would" && t.base(p) == "ccomp" && h >= 0 && lex_.reporting_verb(t.lower_lemma(h)) &&
                (t.xpos(h) == "VBD" || t.xpos(h) == "VBN") && subj >= 0 && t.upos(subj) == "PRON" &&
                !lex_.relative_pronoun(t.lower_form(subj)) && !lex_.pronoun_first_second(t.lower_form(subj))) {
                return "planned";
            }
            return "possible";
        }
    }
    if (depth > 4) return "asserted";
    int h = t.head(p);
    auto r = t.base(p);
    // "City council to fund three libraries": a headline whose root is an infinitive after its
    // subject says what is to happen.
    if (h < 0 && t.xpos(p) == "VB") {
        const int mark = t.child(p, "mark", true);
        if (mark >= 0 && t.lower_form(mark) == "to") return "planned";
    }
    if (h >= 0 && r == "xcomp") {
        if (lex_.planning_verb(t.lower_lemma(h)) || had_intention(t, p) >= 0) return "planned";
        if (lex_.weighing_word(t.lower_lemma(h))) return "possible";  // "is considering buying"
        return modality_of(t, h, depth + 1);
    }
    if (h >= 0 && (r == "conj" || r == "parataxis") && t.verbal(h)) {
        // Coordinated verbs share the first one's auxiliaries unless they have their own.
        bool own_aux = t.child(p, "aux", true) >= 0;
        if (!own_aux) return modality_of(t, h, depth + 1);
    }
    if (infinitive_of_negating(t, p)) return modality_of(t, h, depth + 1);  // no purpose
    if (h >= 0 && (r == "advcl" || r == "acl") && t.child(p, "mark", true) >= 0) {
        std::string m = t.lower_form(t.child(p, "mark", true));
        if (m == "to") {
            // "is in talks to buy": an act under negotiation may come or not.
            if (lex_.weighing_word(t.lower_lemma(h))) return "possible";
            // Purpose clauses state an aim, not a fact.
            std::string outer = modality_of(t, h, depth + 1);
            return outer == "asserted" ? "planned" : outer;
        }
        if (m == "if" || m == "unless" || m == "whether") return "possible";
    }
    if (h >= 0 && r == "advcl" && t.child(p, "mark", true) < 0 && t.xpos(p) == "VBG") {
        return modality_of(t, h, depth + 1);  // participial clauses share the main clause's
    }
    return "asserted";
}

int ExtractorImpl::subject_of(const Tree& t, int p, int depth, bool& implicit) const {
    for (int k : t.kids(p)) {
        auto r = t.rel(k);
        if (r == "nsubj" || r == "nsubj:pass" || r == "csubj" || r == "csubj:pass" || r == "nsubj:outer") {
            if (t.upos(k) == "PRON" && lex_.relative_pronoun(t.lower_form(k))) {
                int n = resolve_relative(t, k);
                // "by Brightsmile Clinics, a chain that was bought by X, and by students": a
                // clause on the name's apposition is about that name alone, not the list the
                // name opens; the pronoun stands for just the name (its mention is the name's).
                if (n >= 0 && t.head(p) != n && conjuncts(t, n).size() > 1) return k;
                // "financed by the research council, which has committed 18 million dollars, and
                // by the department": a clause set off before the next conjunct is the first's
                // alone; one after the last ("A and B, which ...") may be said of all.
                if (n >= 0 && t.head(p) == n) {
                    bool before_next = false;
                    for (int c : conjuncts(t, n)) before_next = before_next || (c > p && c != n);
                    if (before_next) return k;
                }
                if (n >= 0) return n;
            }
            if (t.lower_form(k) == "there" || t.rel(k) == "expl") continue;
            return k;
        }
    }
    if (depth > 6) return -1;
    if (t.upos(p) == "NOUN") {
        // A verb mistagged as a noun ("The city government set up ...") often gets its subject
        // as a compound modifier: the nearest noun compound on its left is the subject.
        int best = -1;
        for (int k : t.kids(p)) {
            if (t.base(k) == "compound" && k < p && (t.upos(k) == "NOUN" || t.upos(k) == "PROPN")) best = k;
        }
        if (best >= 0) return best;
    }
    int h = t.head(p);
    if (h < 0) return -1;
    auto r = t.base(p);
    implicit = true;
    if (r == "conj" || (r == "parataxis" && t.verbal(h))) {
        return subject_of(t, h, depth + 1, implicit);
    }
    if ((r == "xcomp" || r == "advcl") && had_intention(t, p) >= 0) return subject_of(t, h, depth + 1, implicit);
    if (r == "xcomp") {
        // Object control ("help countries learn") or subject control ("plan to fund"). With two
        // objects the one given something does it ("lend the company 400 million dollars to pay
        // for ..."); a sum of money does nothing, whoever gives it does ("provide 200 million
        // euros to help farmers").
        int o = t.child(h, "iobj");
        if (o < 0) o = t.child(h, "obj");
        if (o >= 0 && lex_.currency_unit(t.lower_lemma(o))) o = -1;
        // "called on the ministry to withdraw the rule": whom a verb and its preposition urge
        // ("call on") does what the infinitive names.
        for (int k : o < 0 ? t.kids(h) : std::vector<int>{}) {
            if (t.base(k) != "obl" || k > p || t.prep(k).empty()) continue;
            const RelationInfo* kr = map_relation(t.lower_lemma(h) + " " + t.prep(k));
            if (kr && kr->name == "encourages") o = k;
        }
        if (o >= 0) return o;
        return subject_of(t, h, depth + 1, implicit);
    }
    if (r == "advcl") {
        // "urged the Serum Institute to publish its prices" with the infinitive read as an
        // adverbial clause: whom one urges or encourages to do something is who would do it.
        const int mark = t.child(p, "mark", true);
        const int o = t.child(h, "obj");
        if (mark >= 0 && t.lower_form(mark) == "to" && o >= 0) {
            const RelationInfo* hr = map_relation(verb_phrase(t, h));
            // So is whom one hires or appoints to do it ("hired a builder to build two wards").
            if (hr && (hr->name == "encourages" || hr->name == "employs")) return o;
            // So is whom one expects, wants or intends to do it ("expects several companies to
            // join the consortium next year").
            if (lex_.planning_verb(t.lower_lemma(h)) && o + 1 == mark) return o;
            // "did not change its plan to open a plant", with the infinitive hung on the verb:
            // it is the plan's, which does nothing; whose plan it is does, or no one said.
            if (o + 1 == mark && lex_.intention_noun(t.lower_lemma(o))) return t.child(o, "nmod:poss");
        }
        // "give police forces extra money to enforce the limit": with two objects, the one given
        // something does what the infinitive names, as in object control above.
        if (mark >= 0 && t.lower_form(mark) == "to") {
            const int io = t.child(h, "iobj");
            if (io >= 0 && io < p && t.nominal(io)) return io;
        }
        // "stop students from bringing their families": whom one stops from doing something is
        // who would do it.
        if (mark >= 0 && t.lower_form(mark) == "from" && t.xpos(p) == "VBG" && o >= 0 &&
            lex_.negating_governor(t.lower_lemma(h))) {
            return o;
        }
        // "fined Brightwave for failing to deliver": whom one fines, blames or thanks for doing
        // something is who did it (not an amount: "Harlow Bank fined 20 million pounds for
        // misleading customers", a headline's passive, says the bank did it).
        if (mark >= 0 && t.lower_form(mark) == "for" && t.xpos(p) == "VBG" && o >= 0 &&
            lex_.judging_verb(t.lower_lemma(h)) && !(lex_.currency_unit(t.lower_lemma(o)) && t.child(o, "nummod") >= 0)) {
            return o;
        }
        if (t.verbal(h) || t.child(h, "cop") >= 0) return subject_of(t, h, depth + 1, implicit);
        return -1;
    }
    // "TutorLink, a small company owned by X", "Brightpath, a charity that trains tutors": what
    // is said of an apposition is said of the name it describes.
    // When the name opens a list ("by A, a group set up by relatives, and by B"), the participle
    // is about the described name alone, as a relative clause there is: the description stays.
    if (r == "acl" && t.xpos(p) == "VBN" && t.rel(h) == "appos" && t.head(h) >= 0 && t.head(h) < h && t.upos(t.head(h)) == "PROPN" &&
        t.upos(h) == "NOUN" && conjuncts(t, t.head(h)).size() <= 1) {
        h = t.head(h);
    }
    if (r == "acl" && t.rel(p) != "acl:relcl") {
        int mark = t.child(p, "mark", true);
        // "praised the charity for helping schools", hung on the object: as for the clause on
        // the verb below, the judged one did it.
        if (mark >= 0 && t.lower_form(mark) == "for" && t.xpos(p) == "VBG" && t.rel(h) == "obj" &&
            t.head(h) >= 0 && lex_.judging_verb(t.lower_lemma(t.head(h)))) {
            return h;
        }
        if (mark >= 0 && t.lower_form(mark) != "to") return -1;  // "cooperation in running schools"
        // "signed a contract with Kalvo to supply cranes", "awarded Kalvo a contract to build":
        // the one engaged does the task, not the contract nor the one who engages.
        if (mark >= 0 && lex_.contract_noun(t.lower_lemma(h))) {
            for (int c : t.kids(h)) {
                const int cs = t.child(c, "case");
                if (t.base(c) == "nmod" && c > h && cs >= 0 && t.lower_form(cs) == "with") return c;
            }
            const int v = t.head(h);
            if (t.rel(h) == "obj" && v >= 0) {
                const int io = t.child(v, "iobj");
                if (io >= 0) return io;
                return subject_of(t, v, depth + 1, implicit);
            }
            return -1;
        }
        // "Norvex is in talks to buy Pellham", "is on course to win": an infinitive on the noun
        // of a prepositional predicate is done by the clause's subject.
        if (mark >= 0 && t.child(h, "cop") >= 0 && t.child(h, "case") >= 0 && t.child(h, "case") < h) {
            return subject_of(t, h, depth + 1, implicit);
        }
        // "a plan to build homes", "the council's decision to close schools": a plan does not
        // build; whose plan it is does, when the phrase says ("the council's"), else no one said.
        if (mark >= 0 && lex_.intention_noun(t.lower_lemma(h))) {
            const int poss = t.child(h, "nmod:poss");
            // "Aldren has no plans to buy Pellham": whoever has the plan.
            if (had_intention(t, p) >= 0) return subject_of(t, t.head(h), depth + 1, implicit);
            return poss;
        }
        // "The association had no standing to bring the claim", "gave the authority the power to
        // fine companies": a right or a power does nothing; whoever holds it does: the one given
        // it, else the holding verb's subject, or the possessor ("the council's right to").
        if (mark >= 0 && lex_.entitlement_noun(t.lower_lemma(h))) {
            const int poss = t.child(h, "nmod:poss");
            if (poss >= 0) return poss;
            const int v = t.head(h);
            if (t.rel(h) != "obj" || v < 0 || !t.verbal(v)) return -1;
            const int io = t.child(v, "iobj");
            if (io >= 0) return io;
            return subject_of(t, v, depth + 1, implicit);
        }
        // "a fund of 20 million euros to help farms": the amount only measures the noun whose
        // "of" complement it is; that noun does it.
        if (mark >= 0 && amount_of(t, h)) return t.head(h);
        // "lend the company 400 million dollars to pay for", "provide 200 million euros to help
        // farmers": a sum of money does nothing; the one given it does, else the giver.
        if (mark >= 0 && lex_.currency_unit(t.lower_lemma(h)) && t.head(h) >= 0 && t.verbal(t.head(h))) {
            const int v = t.head(h);
            int given = t.child(v, "iobj");
            for (int k : t.kids(v)) {
                if (given < 0 && k < h && t.base(k) == "obj" && t.nominal(k)) given = k;
            }
            if (given >= 0) return given;
            return subject_of(t, v, depth + 1, implicit);
        }
        // "Hospitals join forces to cut waiting lists": a noun that is part of its verb's phrase
        // ("join forces with") does nothing itself; the verb's subject does.
        if (mark >= 0 && t.rel(h) == "obj" && t.head(h) >= 0 &&
            onto_.relation_for_verb(predicate_lemma(t, t.head(h)) + " " + t.lower_lemma(h) + " with")) {
            const auto ty = onto_.type_of_head(t.lower_lemma(h));
            if (!ty || *ty == "concept") return subject_of(t, t.head(h), depth + 1, implicit);
        }
        // "projects funded by X" (the noun is the patient), "students studying abroad" (the
        // agent), "funds to support projects" (the instrument stands in for the agent).
        return h;
    }
    if (r == "acl" && t.rel(p) == "acl:relcl") {
        // A relative clause whose pronoun is not the subject ("the projects that X funds") has
        // its own subject; without one, the modified noun is the subject ("people working here").
        return h;
    }
    return -1;
}

std::string ExtractorImpl::predicate_lemma(const Tree& t, int p) const {
    // A verb the tagger took for a plural noun ("The foundation also finances a project") has
    // the noun's lemma; the verb's is the form without its "-s" or "-es".
    std::string lemma = t.lower_lemma(p);
    if (t.upos(p) != "NOUN" || onto_.relation_for_verb(lemma)) return lemma;
    std::string form = t.lower_form(p);
    for (std::size_t cut : {std::size_t{1}, std::size_t{2}}) {
        if (form.size() > cut + 2 && form.back() == 's') {
            std::string stem = form.substr(0, form.size() - cut);
            if (onto_.relation_for_verb(stem)) return stem;
        }
    }
    return lemma;
}

std::string ExtractorImpl::verb_phrase(const Tree& t, int p) const {
    std::string phrase = predicate_lemma(t, p);
    for (int k : t.kids(p)) {
        if (t.rel(k) == "compound:prt") {
            phrase += ' ';
            phrase += t.lower_lemma(k);
        }
    }
    // "brings together five universities": UD makes "together" an adverb, not a particle, but
    // right after the verb it makes a phrase with it when the ontology knows that phrase.
    const int next = p + 1;
    if (next < t.size() && t.head(next) == p && t.base(next) == "advmod" && t.lower_form(next) == "together") {
        std::string joined = phrase + " together";
        if (onto_.relation_for_verb(joined) || onto_.relation_for_inverse_verb(joined)) return joined;
    }
    // "held the disease back", "turned the offer down": a particle the parser made an adverb of
    // the verb, after its object, makes a phrase with the verb when the ontology knows that
    // phrase (UD's compound:prt, which the parser gives only right after the verb).
    if (phrase.find(' ') == std::string::npos) {
        for (int k : t.kids(p)) {
            if (k <= p + 1 || t.base(k) != "advmod" || !lex_.particle(t.lower_form(k))) continue;
            const int o = t.child(p, "obj");
            if (o < 0 || o > k) continue;
            int last = o;  // the object phrase's last word: the particle comes right after it
            std::vector<int> sub{o};
            for (std::size_t q = 0; q < sub.size(); ++q) {
                for (int g : t.kids(sub[q])) {
                    sub.push_back(g);
                    last = std::max(last, g);
                }
            }
            if (last + 1 != k) continue;
            std::string joined = phrase + " " + t.lower_form(k);
            if (onto_.relation_for_verb(joined) || onto_.relation_for_inverse_verb(joined)) return joined;
        }
    }
    // "took the buses back under public control", "brought the railway into public ownership": a
    // verb with an object and a phrase of a bare singular noun (no determiner, possessor or number:
    // a state, not a thing) makes one phrase with the preposition and the noun when the ontology
    // knows it ("take under control"). The parser may hang the phrase on "back" or on the object.
    if (const int o = t.child(p, "obj"); phrase.find(' ') == std::string::npos && o >= 0) {
        std::vector<int> near = t.kids(p);
        for (int k : t.kids(p)) {
            if (t.base(k) == "advmod" && t.lower_form(k) == "back") {
                for (int g : t.kids(k)) near.push_back(g);
            }
        }
        for (int g : t.kids(o)) {
            if (t.base(g) == "nmod" && g > o) near.push_back(g);
        }
        for (int k : near) {
            if ((t.base(k) != "obl" && t.base(k) != "nmod") || k < p || t.xpos(k) != "NN" || t.prep(k).empty() ||
                t.child(k, "det") >= 0 ||
                t.child(k, "nmod:poss") >= 0 || t.child(k, "nummod") >= 0) {
                continue;
            }
            std::string joined = phrase + " " + t.prep(k) + " " + t.lower_lemma(k);
            if (onto_.relation_for_verb(joined)) return joined;
        }
    }
    return phrase;
}

std::vector<Proposition> ExtractorImpl::propositions(const Tree& t, const Sentence& s, uint32_t si) {
    std::vector<Proposition> out;
    bool question = false;
    if (s.size() > 0) {
        const std::string& last = t.tok(t.size() - 1).form;
        question = !last.empty() && last.back() == '?';
    }
    std::set<int> taken_as_object;  // gerunds read as a verb's object: no predicates themselves
    for (int p = 0; p < t.size(); ++p) {
        if (taken_as_object.count(p)) continue;
        // A word the tagger took for a noun but the parser gave an object or a particle is
        // working as a verb ("The city set up a fund").
        bool is_verb = t.upos(p) == "VERB" ||
                       (t.upos(p) == "NOUN" && t.child(p, "cop") < 0 &&
                        (t.child(p, "compound:prt") >= 0 ||
                         (t.child(p, "obj") >= 0 && onto_.relation_for_verb(predicate_lemma(t, p)))));
        bool is_copular = t.child(p, "cop") >= 0 && (t.nominal(p) || t.upos(p) == "ADJ");
        if (!is_verb && !is_copular) continue;
        if (t.base(p) == "amod" || t.base(p) == "compound") continue;  // "world-leading universities"
        // "He dismissed the council's argument that the extensions were minor changes": what a
        // "that" clause of an argument, claim or allegation says is put forward, not stated.
        // Denied ("rejected claims that it had funded"), it is a claim negated.
        if (t.base(p) == "acl" && t.head(p) >= 0 && lex_.assertion_noun(t.lower_lemma(t.head(p)))) {
            const int mark = t.child(p, "mark", true), h = t.head(p);
            const bool denied = t.base(h) == "obj" && t.head(h) >= 0 && lex_.denying_verb(t.lower_lemma(t.head(h)));
            if (mark >= 0 && mark < p && t.lower_form(mark) == "that" && !denied) continue;
        }
        Proposition prop;
        prop.predicate = p;
        bool implicit = false;
        prop.subject = subject_of(t, p, 0, implicit);
        prop.implicit_subject = implicit;
        prop.passive = passive(t, p);
        prop.negated = negated(t, p);
        prop.modality = question ? "question" : modality_of(t, p, 0);
        // Relation tokens: auxiliaries, negation, the verb, particles.
        for (int k : t.kids(p)) {
            auto b = t.base(k);
            if (b == "aux" || b == "cop" || t.rel(k) == "compound:prt" ||
                (b == "advmod" && lex_.negation(t.lower_form(k)))) {
                prop.relation_tokens.push_back(k);
            }
        }
        prop.relation_tokens.push_back(p);
        std::sort(prop.relation_tokens.begin(), prop.relation_tokens.end());
        for (int k : t.kids(p)) {
            auto r = t.rel(k);
            auto b = t.base(k);
            Argument a;
            a.head = k;
            if (r == "obj" || r == "iobj") {
                // "will pay more for their homes", "want less": a comparative or superlative
                // adjective standing as the object is an amount, not a thing acted on (unless it
                // is an amount of one: "funds most of the scheme").
                if (t.upos(k) == "ADJ" && (t.xpos(k) == "JJR" || t.xpos(k) == "JJS")) {
                    bool of = false;
                    for (int c : t.kids(k)) of = of || (t.base(c) == "nmod" && t.prep(c) == "of");
                    if (!of) continue;
                }
                a.role = std::string(r);
            } else if (r == "obl:agent") {
                a.role = "agent";
                a.prep = "by";
            } else if (b == "obl" && r != "obl:tmod" && r != "obl:npmod" && r != "obl:unmarked") {
                a.prep = t.prep(k);
                if (a.prep.empty()) continue;
                // "was cut by 40 percent": "by" before an amount measures; it marks no agent.
                const bool measure = t.lower_form(k) == "percent" && t.child(k, "nummod") >= 0;
                a.role = (prop.passive && a.prep == "by" && !measure) ? "agent" : "obl";
            } else if (b == "xcomp" && (t.nominal(k) || t.upos(k) == "ADJ")) {
                a.role = "xcomp";
            } else if (is_copular && b == "nmod" && k > p && t.child(k, "case", true) >= 0) {
                a.prep = t.prep(k);
                a.role = "obl";
            } else {
                continue;
            }
            prop.arguments.push_back(a);
        }
        // "will offer retraining to staff": a verb of giving takes what it gives as its object;
        // a bare gerund the parser made its clause complement (no object, clause or "to" of its
        // own) is that object, and the gerund's phrases ("to staff") are the verb's.
        const bool has_obj = std::any_of(prop.arguments.begin(), prop.arguments.end(),
                                         [](const Argument& a) { return a.role == "obj"; });
        const RelationInfo* giving = has_obj ? nullptr : onto_.relation_for_verb(predicate_lemma(t, p));
        for (int k : giving && giving->name == "provides" ? t.kids(p) : std::vector<int>{}) {
            if (t.base(k) != "xcomp" || t.xpos(k) != "VBG" || k != p + 1) continue;
            bool bare = true;
            for (int g : t.kids(k)) {
                const auto b = t.base(g);
                bare = bare && b != "obj" && b != "ccomp" && b != "xcomp" && b != "mark" && b != "nsubj";
            }
            if (!bare) continue;
            prop.arguments.push_back(Argument{k, "", "obj"});
            taken_as_object.insert(k);
            for (int g : t.kids(k)) {
                if (t.base(g) == "obl" && !t.prep(g).empty()) prop.arguments.push_back(Argument{g, t.prep(g), "obl"});
            }
            break;
        }
        // "has campaigned against overfishing": a bare gerund after a preposition that makes a
        // phrase of the ontology with the verb ("campaign against") is that phrase's complement,
        // as a noun would be; the parser makes it a clause marked by the preposition.
        for (int k : t.kids(p)) {
            if (t.base(k) != "advcl" || t.xpos(k) != "VBG" || k <= p) continue;
            const int mark = t.child(k, "mark", true);
            if (mark < 0 || mark != k - 1 || t.upos(mark) != "ADP") continue;
            bool bare = true;
            for (int g : t.kids(k)) {
                const auto b = t.base(g);
                // A time hung on the gerund ("since 2015") is the verb's.
                const bool time = b == "obl" && (t.upos(g) == "NUM" || lex_.time_name(t.lower_form(g)));
                bare = bare && b != "obj" && b != "ccomp" && b != "xcomp" && b != "nsubj" && b != "iobj" &&
                       (b != "obl" || time);
            }
            const std::string prep = t.lower_form(mark);
            if (!bare || !map_relation(predicate_lemma(t, p) + " " + prep)) continue;
            prop.arguments.push_back(Argument{k, prep, "obl"});
            taken_as_object.insert(k);
        }
        // "the speeds it did not provide", "designs it had developed": a relative clause with its
        // own subject and no relative word leaves its object unsaid; the noun it modifies is that
        // object (only for a verb the ontology knows: "the day we met" has no such gap).
        if (t.rel(p) == "acl:relcl" && t.head(p) >= 0 && t.head(p) < p && !prop.passive) {
            bool own_subject = false, gap = true;
            for (int k : t.kids(p)) {
                own_subject = own_subject || t.rel(k) == "nsubj";
                gap = gap && t.rel(k) != "obj" && t.rel(k) != "ccomp" && t.rel(k) != "xcomp";
            }
            for (int k = t.head(p) + 1; k < p && gap; ++k) gap = !lex_.relative_pronoun(t.lower_form(k));
            if (own_subject && gap && map_relation(verb_phrase(t, p))) {
                Argument a;
                a.head = t.head(p);
                a.role = "obj";
                prop.arguments.push_back(a);
            }
        }
        // "to buy and distribute 6 million nets": a verb right before "and"/"or" and its conjunct,
        // with no object or complement of its own, shares the conjunct's object (only for a verb
        // the ontology knows).
        if (p + 2 < t.size() && t.base(p + 1) == "cc" && t.head(p + 1) == p + 2 && t.rel(p + 2) == "conj" &&
            t.head(p + 2) == p && t.upos(p + 2) == "VERB" && !prop.passive) {
            bool bare = true;
            for (int k : t.kids(p)) {
                const auto b = t.base(k);
                bare = bare && b != "obj" && b != "ccomp" && b != "xcomp" && b != "iobj" && (b != "obl" || k < p);
            }
            const int shared = t.child(p + 2, "obj");
            if (bare && shared > p + 2 && map_relation(verb_phrase(t, p))) {
                Argument a;
                a.head = shared;
                a.role = "obj";
                prop.arguments.push_back(a);
            }
        }
        std::sort(prop.arguments.begin(), prop.arguments.end(),
                  [](const Argument& a, const Argument& b) { return a.head < b.head; });
        prop.confidence = 0.9;
        if (prop.implicit_subject) prop.confidence -= 0.15;
        if (prop.subject < 0) prop.confidence -= 0.2;
        if (prop.modality != "asserted") prop.confidence -= 0.05;
        if (t.size() > 40) prop.confidence -= 0.1;
        out.push_back(std::move(prop));
    }
    return out;
}

// ----- claims --------------------------------------------------------------------------------

void ExtractorImpl::add_claim(const Tree& t, uint32_t si, int subj, const std::string& relation,
                              int obj, bool neg, const std::string& modality, double confidence,
                              const std::string& predicate) {
    if (subj < 0 || obj < 0 || relation.empty()) return;
    if (doc_.mentions[subj].key == doc_.mentions[obj].key) return;  // nothing relates to itself
    // "granted by head teachers, not by the government", "paid by the council, not the
    // ministry": a conjunct that "not" sets off, with no coordinator, is denied the act.
    auto set_off_by_not = [&](int m) {
        const int h = head_in(t, m);
        if (h < 0 || t.base(h) != "conj") return false;
        bool denied = false;
        for (int k : t.kids(h)) {
            if (k > h) continue;
            if (t.base(k) == "cc") return false;
            denied = denied || (t.base(k) == "advmod" && t.lower_form(k) == "not");
        }
        return denied;
    };
    if (set_off_by_not(subj) || set_off_by_not(obj)) neg = !neg;
    {
        const int h = head_in(t, obj);
        if (h >= 0 && not_before_but(t, h) >= 0) neg = !neg;  // "not A but B": A denied
    }
    // "Students will pay 330 dollars per credit": a sum of money is paid, not funded; who or what
    // the money goes to is funded.
    // "Northern Science Trust announces £14.6 million for new research": nor is a sum announced
    // or released a policy or a publication issued.
    // ("approves 120 million euros of state aid": a sum of something names what is issued.)
    if ((relation == "funds" || relation == "issues") &&
        lex_.currency_unit(ascii::lower(doc_.tokens[doc_.mentions[obj].head].lemma))) {
        const int local = head_in(t, obj);
        bool sum_of = false;
        if (relation == "issues" && local >= 0) {
            for (int k : t.kids(local)) sum_of = sum_of || (t.base(k) == "nmod" && t.prep(k) == "of");
        }
        if (!sum_of) return;
    }
    // "bid for contracts", "won a tender": one competes for a contract or wins it, but does not
    // buy it.
    // ("could bid for them": so for a pronoun that takes up contracts.)
    if (relation == "acquires" &&
        (lex_.contract_noun(ascii::lower(doc_.tokens[doc_.mentions[obj].head].lemma)) ||
         lex_.contract_noun(ascii::lower(doc_.tokens[doc_.mentions[chain_root(obj)].head].lemma)))) {
        return;
    }
    // "The project includes the University of Aberdale": an actor that is part of a project or
    // an event takes part in it (the ontology's participant -> event or project).
    static const std::string kTakesPart = "participates-in";
    const std::string& whole = doc_.mentions[obj].type;
    const std::string& member = doc_.mentions[subj].type;
    const bool takes_part = relation == "part-of" && (whole == "project" || whole == "event") &&
                            is_actor_type(member) && member != "project" && member != "event";
    const std::string& rel = takes_part ? kTakesPart : relation;
    RawClaim c;
    c.sentence = si;
    c.subject = subj;
    c.object = obj;
    c.predicate = predicate;
    c.relation = rel;
    c.negated = neg;
    c.modality = modality;
    c.confidence = std::clamp(confidence, 0.05, 1.0);
    // Claims arrive sentence by sentence: only this sentence's can be the same claim.
    for (auto it = doc_.claims.rbegin(); it != doc_.claims.rend() && it->sentence == si; ++it) {
        if (it->subject == subj && it->object == obj && it->relation == rel &&
            it->negated == neg) {
            return;
        }
    }
    doc_.claims.push_back(std::move(c));
}

void ExtractorImpl::claims_for(const Tree& t, uint32_t si, const Proposition& p) {
    const int v = p.predicate;
    const bool copular = t.child(v, "cop") >= 0;
    std::vector<int> subjects;
    // "The quarter also brought regulatory progress", "The year saw two mergers": a stretch of
    // time as the subject does nothing; it dates what happened.
    static constexpr std::string_view kTimeSpans[] = {"quarter", "year", "month", "week", "day", "decade",
                                                      "half", "season", "century"};
    // ("Half of the money comes from X": a partitive's span is the noun it takes a part of.)
    const int spanned = p.subject >= 0 ? resolve_transparent(t, p.subject) : -1;
    const bool time_span = spanned >= 0 && t.upos(spanned) == "NOUN" && t.xpos(spanned) == "NN" &&
                           std::find(std::begin(kTimeSpans), std::end(kTimeSpans), t.lower_lemma(spanned)) !=
                               std::end(kTimeSpans);
    if (p.subject >= 0) {
        if (!time_span) subjects = arg_mentions(t, si, p.subject);
    } else if (p.context_subject_mention >= 0) {
        subjects = {p.context_subject_mention};
    }
    double conf = p.confidence;
    auto emit = [&](const std::vector<int>& subs, const std::string& rel, const std::vector<int>& objs,
                    double c, const std::string& pred) {
        for (int s : subs) {
            for (int o : objs) add_claim(t, si, s, rel, o, p.negated, p.modality, c, pred);
        }
    };
    // "The consortium includes the University of Coimbra": the object is part of the subject.
    // With a plural class as subject ("Critics include Green Current") the object is one of that
    // class.
    auto emit_inverse = [&](const std::vector<int>& members, const RelationInfo& inv, double c,
                            const std::string& pred) {
        const bool plural_class =
            p.subject >= 0 && t.upos(p.subject) == "NOUN" && t.xpos(p.subject) == "NNS";
        // "Its largest investors include X": one of a possessor's investors (directors, ...) holds
        // that role towards the possessor, as "X, an investor in it" or "its director, X" do.
        // "The federation, whose members include 1,400 shops": so with a relative possessor.
        // Members are part of what they are members of, and that says more than being one of
        // "members".
        bool member = false;
        if (plural_class && inv.name == "part-of") {
            for (int k : t.kids(p.subject)) {
                if (t.rel(k) != "nmod:poss" || !(role_possessor(t, k) || t.lower_form(k) == "whose")) continue;
                if (const RelationInfo* r = role_relation(t, p.subject, "of")) {
                    emit(members, r->name, arg_mentions(t, si, k), c - 0.05, pred + " " + t.lower_lemma(p.subject));
                    member = member || r->name == "part-of";
                }
            }
        }
        if (member) return;
        // "The losing bidders included Pentland Imaging and a joint bid by A and B": a notion is
        // no example of a class of actors (the bid is no bidder).
        std::vector<int> kept = members;
        if (inv.name == "part-of" && plural_class && !subjects.empty() &&
            std::all_of(subjects.begin(), subjects.end(), [&](int m) { return is_actor_type(doc_.mentions[m].type); })) {
            kept.erase(std::remove_if(kept.begin(), kept.end(),
                                      [&](int m) {
                                          return m >= 0 && doc_.mentions[m].type == "concept" &&
                                                 doc_.tokens[doc_.mentions[m].head].upos != "PROPN";
                                      }),
                       kept.end());
        }
        emit(kept, inv.name == "part-of" && plural_class ? "instance-of" : inv.name, subjects,
             c, pred);
    };

    // "A and B will jointly build a network", "A and B said they would jointly run": actors
    // that do something jointly cooperate with each other. (Only the "-ly" manner adverbs:
    // "which together own 61 of the sites" sums what each owns.)
    if (!copular && subjects.size() >= 2 && !p.negated) {
        bool jointly = false;
        for (int k : t.kids(v)) {
            const std::string w = t.lower_form(k);
            jointly = jointly || (t.base(k) == "advmod" && t.upos(k) == "ADV" && lex_.joint_modifier(w) &&
                                  w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0);
        }
        // "A and B will run a joint master's programme": so do actors whose object is a joint
        // one (a "joint programme of A and B"); "joint" may hang on a possessive noun before it.
        if (const int o = t.child(v, "obj"); !jointly && o >= 0) jointly = joint_noun(t, o);
        for (std::size_t i = 0; jointly && i < subjects.size(); ++i) {
            for (std::size_t j = i + 1; j < subjects.size(); ++j) {
                if (!is_actor_type(doc_.mentions[subjects[i]].type) || !is_actor_type(doc_.mentions[subjects[j]].type)) continue;
                add_claim(t, si, subjects[i], "cooperates-with", subjects[j], false, p.modality, conf - 0.05,
                          t.lower_lemma(v) + " jointly");
            }
        }
    }
    // "Lumenar AI and Corvid Labs take part as industry participants": taking part with nothing
    // to take part in is taking part in the project the text is about, the latest one named in
    // this sentence or the three before (a subject first), when there is one.
    // (Said of the verb's own subject only: one invited or expected to take part, or one "who
    // enrols", is not said to take part in the text's project.)
    if (!copular && !subjects.empty() && !p.negated && p.subject >= 0 && t.head(p.subject) == v && !p.implicit_subject) {
        std::string phrase = verb_phrase(t, v);
        const int o = t.child(v, "obj");
        if (o >= 0 && t.upos(o) == "NOUN" && t.kids(o).empty()) phrase += " " + t.lower_lemma(o);
        const RelationInfo* r = onto_.relation_for_verb(phrase + " in");
        bool complement = o >= 0 && phrase.find(' ') == std::string::npos;
        for (const auto& a : p.arguments) complement = complement || (a.role == "obl" && (a.prep == "in" || a.prep == "on"));
        // (Only a phrase that needs its "in": "join" and "enter" name what they join.)
        if (r && r->name == "participates-in" && !complement && !onto_.relation_for_verb(phrase)) {
            int project = -1;
            bool project_subject = false;
            const uint32_t here = t.first() + static_cast<uint32_t>(v);
            for (int m = static_cast<int>(doc_.mentions.size()) - 1; m >= 0; --m) {
                const Mention& c = doc_.mentions[m];
                if (c.sentence + 3 < si) break;
                if (c.sentence > si || (c.sentence == si && c.head >= here)) continue;
                int root = m;
                for (int steps = 0; doc_.mentions[root].antecedent >= 0 && steps <= m; ++steps) root = doc_.mentions[root].antecedent;
                if (doc_.mentions[root].type != "project") continue;
                const bool subj = doc_.tokens[c.head].deprel.rfind("nsubj", 0) == 0;
                if (project < 0 || (subj && !project_subject && doc_.mentions[project].sentence == c.sentence)) {
                    if (project >= 0 && doc_.mentions[project].sentence != c.sentence) break;
                    project = root;
                    project_subject = subj;
                }
            }
            if (project >= 0) emit(subjects, r->name, {project}, conf - 0.1, phrase);
        }
    }

    if (copular) {
        // "X is a Y" -> instance-of; "X is a member of Y" -> part-of; "X is located in Y".
        if (t.upos(v) == "ADJ") {
            // "who was not involved in the research", "is responsible for": an adjective and its
            // preposition may make a phrase of the ontology ("be involved in").
            for (const auto& a : p.arguments) {
                if (a.role != "obl") continue;
                const std::string phrase = "be " + t.lower_lemma(v) + " " + a.prep;
                if (const RelationInfo* r = map_relation(phrase)) {
                    emit(subjects, r->name, arg_mentions(t, si, a.head), conf, phrase);
                }
            }
            return;
        }
        // "Among them are X and Y" (as "X and Y are among them"): one of a class said before.
        const int among = t.child(v, "case");
        const bool one_among = among >= 0 && t.lower_form(among) == "among";
        if (one_among && t.upos(v) == "PRON") {
            emit(subjects, "instance-of", arg_mentions(t, si, v), conf - 0.1, "be among");
            return;
        }
        if (!t.nominal(v) || t.upos(v) == "PRON") return;
        // "Nair is its chief executive", "X is Aldren's president": the possessor is the
        // role's complement.
        int poss = t.child(v, "nmod:poss");
        if (poss >= 0 && role_possessor(t, poss)) {
            if (const RelationInfo* r = role_relation(t, v, "of")) {
                emit(subjects, r->name, arg_mentions(t, si, poss), conf, "be " + t.lower_lemma(v) + " of");
                return;
            }
        }
        for (const auto& a : p.arguments) {
            if (a.role != "obl") continue;
            if (const RelationInfo* r = role_relation(t, v, a.prep)) {
                emit(subjects, r->name, arg_mentions(t, si, a.head), conf, "be " + t.lower_lemma(v) + " " + a.prep);
                return;
            }
        }
        int head = resolve_transparent(t, v);
        if (lex_.generic_head(t.lower_lemma(head)) && t.kids(head).size() <= 2) return;
        // "Four of the eleven members were teachers", "Most of the injured were riders": a
        // partitive subject says the class of some of its members, not of the whole class.
        if (p.subject >= 0 && t.upos(head) != "PROPN" && resolve_transparent(t, p.subject) != p.subject &&
            (t.upos(p.subject) == "NUM" || (lex_.drop_from_label(t.lower_lemma(p.subject)) &&
                                            !lex_.universal_quantifier(t.lower_lemma(p.subject))))) {
            return;
        }
        // "It is not a popular reform, but it is a necessary one": "one" stands for a noun said
        // before; the copula says what the subject is like, not a class of its own.
        if (t.upos(head) == "NOUN" && (t.lower_form(head) == "one" || t.lower_form(head) == "ones")) return;
        // "A quota that ignores the advice is a quota on paper", "A deal is a deal": an
        // indefinite subject whose own noun the predicate repeats is judged, not classed
        // ("Cervical cancer is the most common cancer" still classes it).
        if (p.subject >= 0 && t.upos(head) == "NOUN" && t.upos(p.subject) == "NOUN" &&
            t.lower_lemma(resolve_transparent(t, p.subject)) == t.lower_lemma(head)) {
            const int det = t.child(p.subject, "det");
            if (det >= 0 && det < p.subject && (t.lower_form(det) == "a" || t.lower_form(det) == "an")) return;
        }
        // "where return rates are above 90 percent", "the fund is under review": a predicate
        // with a preposition of its own says where or how much the subject is, not what it is
        // ("The new plant is in Ashby" says where it is).
        // "are in talks with", "is in trouble", "was in charge": a bare common noun after "in",
        // with no determiner or possessor, names a state the subject is in, not a place.
        if (const int c = t.child(v, "case"); c >= 0) {
            bool state = t.upos(v) == "NOUN" && t.child(v, "det") < 0 && t.child(v, "nmod:poss") < 0;
            if (state) {
                const auto ty = onto_.type_of_head(t.lower_lemma(v));
                state = !ty || (*ty != "place" && *ty != "country");
            }
            if (t.lower_form(c) == "in" && !state) {
                emit(subjects, "located-in", arg_mentions(t, si, v), conf - 0.1, "be in");
            }
            if (one_among) emit(subjects, "instance-of", arg_mentions(t, si, v), conf - 0.1, "be among");
            return;
        }
        // "Part of the answer is money", "She was environment minister until 2019": a bare
        // singular common noun after the copula, with no determiner, possessor or number, names
        // a substance, a quality or a role, not a class the subject is one of ("is a charity").
        if (t.xpos(v) == "NN" && t.child(v, "det") < 0 && t.child(v, "nmod:poss") < 0 && t.child(v, "nummod") < 0) {
            return;
        }
        std::vector<int> objs = arg_mentions(t, si, v);
        // "The largest buyer of the parts is Orwin Steel": with a definite description as subject
        // and a name after "is", the copula says which one the description picks out (a
        // specificational sentence): the name is the instance, the description its class.
        const int det = p.subject >= 0 && t.upos(p.subject) == "NOUN" ? t.child(p.subject, "det") : -1;
        // "Its other members are A, B and C", "Aldren's auditor is X": a possessive picks out
        // which ones as "the" does; a role towards the possessor ("member of", "head of") says
        // more than being one of the class.
        const int sposs = p.subject >= 0 && t.upos(p.subject) == "NOUN" ? t.child(p.subject, "nmod:poss") : -1;
        // ("are the German equipment maker X and the facilities firm Y": a description before
        // each name, which the parser made the predicate, still names them.)
        const bool named = t.upos(v) == "PROPN" ||
                           (!objs.empty() && std::all_of(objs.begin(), objs.end(), [&](int m) {
                                return m >= 0 && doc_.tokens[doc_.mentions[m].head].upos == "PROPN";
                            }));
        if (sposs >= 0 && sposs < p.subject && named &&
            (role_possessor(t, sposs) || t.lower_form(sposs) == "whose")) {
            // (When the possessor is known: a pronoun that takes up nothing leaves the class.)
            const std::vector<int> holders = arg_mentions(t, si, sposs);
            if (const RelationInfo* r = role_relation(t, p.subject, "of"); r && !holders.empty()) {
                emit(objs, r->name, holders, conf - 0.05, "be " + t.lower_lemma(p.subject) + " of");
                return;
            }
        }
        if (t.upos(v) == "PROPN" && ((det >= 0 && det < p.subject && t.lower_form(det) == "the") ||
                                     (sposs >= 0 && sposs < p.subject))) {
            emit(objs, "instance-of", subjects, conf - 0.1, "be");
            return;
        }
        emit(subjects, "instance-of", objs, conf - 0.1, "be");
        return;
    }

    std::string base = verb_phrase(t, v);
    // "Silva became chief executive of Atlantis Capital", "is leaving to become managing partner
    // of X": a verb of being whose complement is a role noun with its complement says the role
    // towards it, as the copula does ("X is the chief executive of Y").
    // "served as president of X", "acted as chair of X": the role in an "as" phrase of such a
    // verb. "was elected a fellow of X", "was appointed chief executive of X", "succeeded Y as
    // head of X": a passive verb of choosing or appointing says the role of its subject, as
    // "succeed" or "replace" does with an "as" phrase.
    const RelationInfo* be = map_relation(base);
    const bool chosen = p.passive && (base == "elect" || base == "appoint" || base == "name" || base == "choose" ||
                                      base == "make" || base == "nominate" || base == "vote");
    const bool succeeded = !p.passive && (base == "succeed" || base == "replace");
    const RelationInfo* be_as = map_relation(base + " as");  // "serve as", "act as"
    const bool serves = be_as && be_as->name == "instance-of";
    if ((be && be->name == "instance-of") || chosen || succeeded || serves) {
        for (const auto& a : p.arguments) {
            const bool as = a.role == "obl" && a.prep == "as";
            if ((succeeded || (serves && !(be && be->name == "instance-of"))) && !as) continue;
            if ((a.role != "xcomp" && a.role != "obj" && !as) || !t.nominal(a.head) || t.upos(a.head) == "PRON") continue;
            for (int k : t.kids(a.head)) {
                if (t.base(k) != "nmod" || k < a.head || t.prep(k).empty()) continue;
                if (const RelationInfo* r = role_relation(t, a.head, t.prep(k))) {
                    emit(subjects, r->name, arg_mentions(t, si, k), conf,
                         base + " " + t.lower_lemma(a.head) + " " + t.prep(k));
                    if (chosen || succeeded) break;  // (the verb's own claim still follows)
                    return;
                }
            }
            // "Okafor becomes Aldren's chair", "will become its president": the possessor is the
            // role's complement, as after the copula.
            const int poss = t.child(a.head, "nmod:poss");
            if (poss >= 0 && poss < a.head && role_possessor(t, poss)) {
                if (const RelationInfo* r = role_relation(t, a.head, "of")) {
                    emit(subjects, r->name, arg_mentions(t, si, poss), conf, base + " " + t.lower_lemma(a.head) + " of");
                    return;
                }
            }
        }
    }
    bool light_used = false;
    int obj = -1, iobj = -1;
    for (const auto& a : p.arguments) {
        if (a.role == "obj") obj = a.head;
        if (a.role == "iobj") iobj = a.head;
    }
    // "ordered 40 jets from the manufacturer": goods ordered from a supplier are bought; without
    // the supplier, "ordered an inquiry" or "ordered the firm to pay" buys nothing, and people
    // ordered from a place ("ordered the troops from the border") are sent away.
    const auto obj_type = obj >= 0 ? onto_.type_of_head(t.lower_lemma(obj)) : std::nullopt;
    if (base == "order" && obj >= 0 && !(obj_type && *obj_type == "person")) {
        for (const auto& a : p.arguments) {
            if (a.role == "obl" && a.prep == "from") base = "buy";
        }
    }
    // An amount: a noun counted by a number before it ("90 million dollars").
    bool amount = false;
    if (obj >= 0 && t.upos(obj) == "NOUN") {
        for (int k : t.kids(obj)) amount = amount || (t.base(k) == "nummod" && k < obj);
    }

    // The actors a "from" phrase names as givers: money from a budget or a fund named by a common
    // noun ("from the regional budget", "from national funds") is money moved, not given; a fund
    // with a name of its own ("support from the Hartwell Fund") is a funder that gives.
    auto givers_from = [&](int head) {
        std::vector<int> givers;
        for (int m : arg_mentions(t, si, head)) {
            const std::string& ty = doc_.mentions[m].type;
            const bool named_fund = ty == "fund" && doc_.tokens[doc_.mentions[chain_root(m)].head].upos == "PROPN";
            if (is_actor_type(ty) && (ty != "fund" || named_fund) && ty != "place" && ty != "policy" &&
                ty != "project") {
                givers.push_back(m);
            }
        }
        return givers;
    };
    // "The utility is financing the deal with a loan from the Nordic Investment Bank": whoever
    // the money a funding verb's subject pays with comes from funds that subject (also when the
    // parser hung the "with" phrase on the object).
    if (!p.passive && p.subject >= 0) {
        const RelationInfo* fr = map_relation(base);
        std::vector<int> withs;
        for (const auto& a : fr && fr->name == "funds" ? p.arguments : std::vector<Argument>{}) {
            if (a.role == "obl" && a.prep == "with") withs.push_back(a.head);
        }
        const int fobj = fr && fr->name == "funds" ? t.child(v, "obj") : -1;
        for (int k : fobj >= 0 ? t.kids(fobj) : std::vector<int>{}) {
            if (t.base(k) == "nmod" && k > fobj && t.prep(k) == "with") withs.push_back(k);
        }
        for (int w : withs) {
            const int noun = resolve_transparent(t, w);
            const auto money = onto_.type_of_head(t.lower_lemma(noun));
            if (!(money && *money == "fund") && !lex_.money_noun(t.lower_lemma(noun)) && t.child(noun, "nummod") < 0) continue;
            for (int k : t.kids(noun)) {
                if (t.base(k) == "nmod" && k > noun && t.prep(k) == "from") {
                    emit(givers_from(k), "funds", subjects, conf - 0.1, base + " with money from");
                }
            }
        }
    }
    if (p.passive) {
        // Passive: the agent does it to the subject. Without an agent the claim has no actor.
        int agent = -1;
        for (const auto& a : p.arguments) {
            if (a.role == "agent") agent = a.head;
        }
        // "were cut by half", "was raised by 10 percent": a bare fraction or percentage after
        // "by" is how much, not who.
        if (agent >= 0 && t.child(agent, "nmod") < 0) {
            const std::string w = t.lower_lemma(agent);
            if (t.upos(agent) == "NUM" || w == "half" || w == "third" || w == "quarter" || w == "fifth" ||
                w == "tenth" || w == "percent" || w == "%" || w == "point" || w == "two-third" || w == "three-quarter") {
                agent = -1;
            }
        }
        // "is funded with 6 million pounds from the ministry": without an agent, whoever the money
        // (an amount, with a verb of funding) comes from funds the subject.
        const RelationInfo* funding = agent < 0 && p.subject >= 0 ? map_relation(base) : nullptr;
        for (const auto& a : funding && funding->name == "funds" ? p.arguments : std::vector<Argument>{}) {
            if (a.role != "obl" || a.prep != "with") continue;
            const int noun = resolve_transparent(t, a.head);
            const auto money = onto_.type_of_head(t.lower_lemma(noun));
            if (!(money && *money == "fund") && !lex_.money_noun(t.lower_lemma(noun)) && t.child(noun, "nummod") < 0) continue;
            for (int k : t.kids(noun)) {
                if (t.base(k) == "nmod" && k > noun && t.prep(k) == "from") {
                    emit(givers_from(k), "funds", subjects, conf - 0.1, "be " + base + " with money from");
                }
            }
        }
        // "Repairs will be paid for from a fund set up by X": without an agent, a fund or budget
        // the money is paid from funds the subject.
        for (const auto& a : funding && funding->name == "funds" ? p.arguments : std::vector<Argument>{}) {
            if (a.role != "obl" || a.prep != "from") continue;
            const int noun = resolve_transparent(t, a.head);
            const auto money = onto_.type_of_head(t.lower_lemma(noun));
            if (!(money && *money == "fund")) continue;
            emit(arg_mentions(t, si, noun), "funds", subjects, conf - 0.1, "be " + base + " from");
        }
        // "The union is opposed to the plan", "is committed to": with no agent, a participle
        // after "be" and its preposition may state the subject's stance, a phrase of the
        // ontology as the adjective's is ("be opposed to"). (A reduced participle, "a firm based
        // in Oslo", describes rather than states.)
        if (agent < 0 && p.subject >= 0 && t.child(p.predicate, "aux:pass") >= 0) {
            for (const auto& a : p.arguments) {
                if (a.role != "obl" || a.prep.empty()) continue;
                const std::string phrase = "be " + t.lower_form(p.predicate) + " " + a.prep;
                if (const RelationInfo* r = map_relation(phrase)) {
                    emit(subjects, r->name, arg_mentions(t, si, a.head), conf, phrase);
                }
            }
        }
        // "which will be run jointly with the Kamuzu University", "was designed together with
        // X": with no agent named, whoever the act is done jointly with does it too.
        if (agent < 0 && p.subject >= 0 && t.child(p.predicate, "aux:pass") >= 0) {
            for (const auto& a : p.arguments) {
                if (a.role != "obl" || a.prep != "with" || !joint_with(t, a.head)) continue;
                if (const RelationInfo* r = map_relation(base)) {
                    emit(arg_mentions(t, si, a.head), r->name, subjects, conf - 0.05, base + " jointly with");
                }
            }
        }
        // The named organisations of a "with" phrase: a proper noun, or a capitalised head after
        // "with" ("the Waste Standards Authority", whose words the tagger may call common nouns).
        const auto named_partners = [&](int w) {
            std::vector<int> partners;
            for (int m : with_partner_mentions(t, si, w)) {
                const std::string& ty = doc_.mentions[m].type;
                const Token& head = doc_.tokens[doc_.mentions[m].head];
                const bool name = head.upos == "PROPN" || (!head.form.empty() && head.form[0] >= 'A' && head.form[0] <= 'Z');
                if (name && (organisation_type(ty) || listed_under_organisations(t, w, m))) partners.push_back(m);
            }
            return partners;
        };
        // "The trial will be carried out with Dhaka Medical College", "It was paid for by X and
        // carried out with Y": with no agent named, the organisation something is carried out
        // with takes part in it.
        if (agent < 0 && p.subject >= 0 && p.passive) {
            const RelationInfo* carried = map_relation(base);
            for (const auto& a : carried && carried->name == "conducts" ? p.arguments : std::vector<Argument>{}) {
                if (a.role != "obl" || a.prep != "with" || joint_with(t, a.head)) continue;
                emit(named_partners(a.head), "participates-in", subjects, conf - 0.1, base + " with");
            }
        }
        if (agent < 0 || p.subject < 0) return;
        std::vector<int> agents = arg_mentions(t, si, agent);
        const RelationInfo* r = map_relation(base);
        // "The trial was approved by the board", "the fees are covered by the trust": the verb
        // and its passive subject make the same phrase of the ontology as verb and object do in
        // the active ("approved the trial" regulates, "approved the law" issues).
        const bool actor_agent = std::any_of(agents.begin(), agents.end(), [&](int m) {
            const std::string& ty = doc_.mentions[m].type;
            return is_actor_type(ty) && ty != "fund";
        });
        // "Velmora, a pill made by Orrin": the name the participle is said of says nothing to the
        // ontology; its apposition's noun does, as for an active object.
        int described = -1;
        if (t.upos(p.subject) == "PROPN") {
            for (int k : t.kids(p.subject)) {
                if (described < 0 && k > p.subject && t.rel(k) == "appos" && t.upos(k) == "NOUN") described = k;
            }
        }
        // "a 40 percent stake held by the Marlow Pension Fund": a fund owns what it holds, as any
        // owner does (a fund as agent is otherwise the money something is done with).
        const RelationInfo* with_subject = map_relation(base + " " + t.lower_lemma(resolve_transparent(t, p.subject)));
        const bool fund_owner = with_subject && with_subject->name == "owns" && !agents.empty();
        if (actor_agent || fund_owner) {
            if (const RelationInfo* ro = with_subject) {
                r = ro;
            } else if (const RelationInfo* ra = described >= 0 ? map_relation(base + " " + t.lower_lemma(described)) : nullptr) {
                r = ra;
            } else if (!r && !subjects.empty()) {
                // "The plan, unveiled by the ministry": a phrase ending in a type ("unveil
                // policy") holds for a passive subject of that type, as for an active object,
                // when the verb alone means nothing to the ontology ("run" already does).
                if (const RelationInfo* rt = map_relation(base + " " + doc_.mentions[subjects.front()].type)) r = rt;
            }
        }
        // "The deal must be approved by the Competition Authority": as in the active.
        r = approved_by_regulator(r, base, t, agent, agents);
        // "The minister was questioned by MPs": the passive subject is the active's object.
        if (r && !subjects.empty() &&
            excluded_with(t, base, resolve_transparent(t, p.subject), subjects.front()) == r) {
            r = nullptr;
        }
        // "The insurer was joined by the federation" (in refusing): a named organisation joined
        // by another acts with it; joining one as a member is said in the active ("Finland
        // joined NATO"), and a common noun is still joined ("the alliance was joined by").
        if (r && r->name == "participates-in" && actor_agent && t.lower_lemma(p.predicate) == "join" &&
            !subjects.empty() && std::all_of(subjects.begin(), subjects.end(), [&](int m) {
                m = chain_root(m);
                const std::string& ty = doc_.mentions[m].type;
                return doc_.tokens[doc_.mentions[m].head].upos == "PROPN" && organisation_type(ty);
            })) {
            if (const RelationInfo* co = onto_.relation("cooperates-with")) r = co;
        }
        // "paid for by a grant from the agency": whoever the money comes from does it too; so
        // does whoever adds money to a funding ("is funded by X, with grants from Y and Z").
        std::vector<int> sources;
        if (auto money = onto_.type_of_head(t.lower_lemma(agent)); money && *money == "fund") sources.push_back(agent);
        std::vector<int> with_phrases;  // on the verb, or hung on the agent by the parser
        for (const auto& a : p.arguments) {
            if (a.role == "obl" && a.prep == "with") with_phrases.push_back(a.head);
        }
        for (int k : t.kids(agent)) {
            if (t.base(k) == "nmod" && k > agent && t.prep(k) == "with") with_phrases.push_back(k);
        }
        for (int w : r && r->name == "funds" ? with_phrases : std::vector<int>{}) {
            if (auto money = onto_.type_of_head(t.lower_lemma(w)); money && *money == "fund") sources.push_back(w);
        }
        for (int source : sources) {
            for (int k : t.kids(source)) {
                if (t.base(k) != "nmod" || k < source || t.prep(k) != "from") continue;
                for (int m : arg_mentions(t, si, k)) {
                    const std::string& ty = doc_.mentions[m].type;
                    if (is_actor_type(ty) && ty != "place" && ty != "fund" && ty != "policy" && ty != "project" &&
                        std::find(agents.begin(), agents.end(), m) == agents.end()) {
                        agents.push_back(m);
                    }
                }
            }
        }
        emit(agents, r ? r->name : hyphenate(base), subjects, conf, base);
        // "was built by Delmar together with the contractor Pell Works": whoever acts together
        // with the agent does the act too, and cooperates with the agent (the parser hangs the
        // phrase on the verb or on the agent).
        for (int w : with_phrases) {
            if (!joint_with(t, w)) continue;
            const std::vector<int> partners = arg_mentions(t, si, w);
            emit(partners, r ? r->name : hyphenate(base), subjects, conf - 0.05, base + " together with");
            emit(agents, "cooperates-with", partners, conf - 0.05, "together with");
        }
        // "was drawn up by the ministry with the Waste Standards Authority", "was run by the
        // university with Kestrel Labs": as in the active voice below, an agent that sets up,
        // carries out, leads or issues something with a named organisation works with it.
        if (r && (r->name == "conducts" || r->name == "establishes" || r->name == "leads" || r->name == "issues")) {
            for (int w : with_phrases) {
                if (joint_with(t, w)) continue;  // said above
                const std::vector<int> partners = named_partners(w);
                emit(working_doers(agents), "cooperates-with", partners, conf - 0.05, base + " with");
            }
        }
        for (const auto& a : p.arguments) {
            if (a.role != "obl") continue;
            if (const RelationInfo* ro = map_relation(base + " " + a.prep)) {
                emit(agents, ro->name, arg_mentions(t, si, a.head), conf - 0.05, base + " " + a.prep);
            }
        }
        return;
    }

    if (subjects.empty()) return;
    // "drawn up by the ministry together with the employers' body", "X, jointly with Y, funds":
    // whoever acts together with someone cooperates with them, and does the act as well ("X,
    // together with Y, funded the project": Y funds it too).
    std::vector<int> partners;
    for (const auto& a : p.arguments) {
        if (a.role != "obl" || (a.prep != "with" && a.prep != "along with") || !joint_with(t, a.head)) continue;
        // "will fund the clinic, along with the Tessa Foundation": after the object only a name is
        // a partner ("along with the panels" is a second object: below).
        if (a.prep == "along with" && obj >= 0 && a.head > obj && t.upos(a.head) != "PROPN") continue;
        const std::vector<int> with = arg_mentions(t, si, a.head);
        emit(subjects, "cooperates-with", with, conf - 0.05, "together with");
        partners.insert(partners.end(), with.begin(), with.end());
    }
    for (int m : partners) {
        if (is_actor_type(doc_.mentions[m].type) && std::find(subjects.begin(), subjects.end(), m) == subjects.end()) {
            subjects.push_back(m);
        }
    }

    // "will buy sixty trains from the manufacturer Alpwerk": whoever one acquires something from
    // supplies it. So with a verb that buys only with its "from" phrase ("licensed the test from
    // X": the ontology's "license from"), which the parser may hang on the object.
    // (The "from" phrases of the verb or of its object; also used below for "license from".)
    std::vector<int> sellers;
    if (obj >= 0) {
        for (const auto& a : p.arguments) {
            if (a.role == "obl" && a.prep == "from") sellers.push_back(a.head);
        }
        for (int k : t.kids(obj)) {
            if (t.base(k) == "nmod" && k > obj && t.prep(k) == "from") sellers.push_back(k);
        }
        const RelationInfo* got = map_relation(base);
        const RelationInfo* got_from = sellers.empty() ? nullptr : map_relation(base + " from");
        if (got_from && got_from->name == "acquires") got = got_from;
        for (int k : got && got->name == "acquires" ? sellers : std::vector<int>{}) {
            emit(givers_from(k), "provides", arg_mentions(t, si, obj), conf - 0.05, base + " from");
        }
    }
    // "will study the estate, with funding from the Wellcome Trust", "built with a grant from
    // X", "with support from Y": whoever the money or the support comes from funds (supports)
    // whoever does the act.
    // The parser may read "with funding" as a clause: "funding" a gerund marked by "with".
    std::vector<int> with_nouns;
    for (const auto& a : p.arguments) {
        if (a.role == "obl" && a.prep == "with") with_nouns.push_back(resolve_transparent(t, a.head));
    }
    for (int k : t.kids(v)) {
        const int mark = t.child(k, "mark");
        if (t.base(k) == "advcl" && t.xpos(k) == "VBG" && mark >= 0 && t.lower_form(mark) == "with" &&
            t.child(k, "nsubj", true) < 0 && t.child(k, "obj") < 0) {
            with_nouns.push_back(k);
        }
    }
    // The "from" phrases of a noun: its own, and one the parser hung on the verb that opens right
    // after the noun ("With funding from X, the project trained ...").
    auto from_phrases = [&](int noun) {
        std::vector<int> out;
        for (int k : t.kids(noun)) {
            if ((t.base(k) == "nmod" || t.base(k) == "obl") && k > noun && t.prep(k) == "from") out.push_back(k);
        }
        for (const auto& a : p.arguments) {
            if (a.role != "obl" || a.prep != "from" || a.head <= noun) continue;
            std::vector<int> span;
            t.subtree(a.head, span);
            if (*std::min_element(span.begin(), span.end()) == noun + 1) out.push_back(a.head);
        }
        return out;
    };
    for (int noun : with_nouns) {
        const std::string word = t.verbal(noun) ? t.lower_form(noun) : t.lower_lemma(noun);
        const RelationInfo* given = onto_.relation_for_noun(word);
        std::string rel = given && (given->name == "funds" || given->name == "supports") ? given->name : "";
        if (auto ty = onto_.type_of_head(word); rel.empty() && ty && *ty == "fund") rel = "funds";
        if (rel.empty()) continue;
        for (int k : from_phrases(noun)) emit(givers_from(k), rel, subjects, conf - 0.1, "with " + word + " from");
    }
    // "The association received support from the trust", "The fee has drawn criticism from
    // doctors", "The drug won approval from the agency": a verb of receiving whose object is a
    // relation noun of funding, support, encouragement, opposition or regulation takes that
    // relation from whoever the "from" phrase names.
    if (obj >= 0 && !p.passive && lex_.receiving_verb(t.lower_lemma(v))) {
        const int noun = resolve_transparent(t, obj);
        const RelationInfo* got = onto_.relation_for_noun(t.lower_lemma(noun));
        // "won approval from the regulator": a noun the ontology lists with its "from" phrase.
        if (!got) got = onto_.relation_for_noun(t.lower_lemma(noun) + " from");
        // "received money from the foundation", "used money from X to hire tutors", "received a
        // loan from the bank": one sum of money (a money noun that names a fund, or a sum given
        // or lent: not an amount, a fee or compensation) funds who gets it as "funding" does.
        if (const auto money = onto_.type_of_head(t.lower_lemma(noun));
            !got && money && *money == "fund" && (lex_.money_noun(t.lower_lemma(noun)) || lex_.grant_noun(t.lower_lemma(noun))) && t.xpos(noun) == "NN" &&
            t.child(noun, "nummod") < 0) {
            got = onto_.relation("funds");
        }
        if (got && (got->name == "funds" || got->name == "supports" || got->name == "opposes" ||
                    got->name == "encourages" || got->name == "regulates")) {
            for (int k : from_phrases(noun)) {
                emit(givers_from(k), got->name, subjects, conf - 0.1, t.lower_lemma(v) + " " + t.lower_lemma(noun) + " from");
            }
        }
    }
    // "The council will receive 62 million pounds from the ministry", "raised $5 million from
    // Harlow Capital": an amount of money got from an actor is given by it, so the giver funds
    // whoever gets it (a verb of receiving fixes the direction, which an amount alone does not:
    // "withheld 2 million pounds from operators"). One faces a sum as a penalty, not a gift.
    if (obj >= 0 && !p.passive && lex_.receiving_verb(t.lower_lemma(v)) && t.lower_lemma(v) != "face" &&
        lex_.currency_unit(t.lower_lemma(obj)) && t.child(obj, "nummod") >= 0) {
        std::vector<int> sources;
        for (int k : t.kids(obj)) {
            if (t.base(k) == "nmod" && k > obj && t.prep(k) == "from") sources.push_back(k);
        }
        for (const auto& a : p.arguments) {
            if (a.role == "obl" && a.prep == "from" && a.head > obj) sources.push_back(a.head);
        }
        for (int k : sources) emit(givers_from(k), "funds", subjects, conf - 0.1, t.lower_lemma(v) + " money from");
    }
    // "Most of the money will come from the agency": whoever money comes from provides it.
    // "Most of its income comes from X", "the money for the clinic came from X": the giver funds
    // whom the money is (its possessor, an actor) or what it is for; with neither, no receiver
    // is guessed.
    if (obj < 0 && p.subject >= 0 && lex_.source_verb(t.lower_lemma(v))) {
        const int sum = resolve_transparent(t, p.subject);
        const auto money = onto_.type_of_head(t.lower_lemma(sum));
        std::vector<int> receivers;
        for (int k : money && *money == "fund" ? t.kids(sum) : std::vector<int>{}) {
            const bool poss = t.rel(k) == "nmod:poss" && k < sum;
            if (!poss && !(t.base(k) == "nmod" && k > sum && t.prep(k) == "for")) continue;
            for (int m : arg_mentions(t, si, k)) {
                const std::string& ty = doc_.mentions[m].type;
                if (ty == "fund" || ty == "place" || (poss && !is_actor_type(ty))) continue;
                receivers.push_back(m);
            }
        }
        for (const auto& a : money && *money == "fund" ? p.arguments : std::vector<Argument>{}) {
            if (a.role != "obl" || a.prep != "from") continue;
            emit(givers_from(a.head), "provides", subjects, conf - 0.05, t.lower_lemma(v) + " from");
            emit(givers_from(a.head), "funds", receivers, conf - 0.1, t.lower_lemma(v) + " from");
        }
    }
    // "About a quarter of the council's spending goes to private schools", "Most of its budget
    // will flow to X": money of an actor's that goes to an actor is paid by its possessor, which
    // funds whoever it goes to. Money with no possessor ("the money will go to X") names no giver
    // here, so nothing is guessed.
    if (obj < 0 && p.subject >= 0 && lex_.destination_verb(t.lower_lemma(v))) {
        const int sum = resolve_transparent(t, p.subject);
        const auto money = onto_.type_of_head(t.lower_lemma(sum));
        const bool paid_out = (money && *money == "fund") || lex_.outlay_noun(t.lower_lemma(sum));
        const int poss = paid_out ? t.child(sum, "nmod:poss") : -1;
        std::vector<int> payers;
        for (int m : poss >= 0 && poss < sum ? arg_mentions(t, si, poss) : std::vector<int>{}) {
            const std::string& ty = doc_.mentions[m].type;
            if (is_actor_type(ty) && ty != "fund" && ty != "place") payers.push_back(m);
        }
        for (const auto& a : payers.empty() ? std::vector<Argument>{} : p.arguments) {
            if (a.role != "obl" || a.prep != "to") continue;
            std::vector<int> paid;
            for (int m : arg_mentions(t, si, a.head)) {
                const std::string& ty = doc_.mentions[m].type;
                if (is_actor_type(ty) && ty != "fund" && ty != "place") paid.push_back(m);
            }
            emit(payers, "funds", paid, conf - 0.1, t.lower_lemma(v) + " to");
        }
    }

    // "to pay down a loan from the European Investment Bank", "received a grant from the
    // trust": whoever one sum or facility of money (a singular noun of money, not an amount,
    // which moves either way: "withhold payments from operators", "drew millions of pounds
    // from investors") comes from provides it.
    if (obj >= 0) {
        const int noun = resolve_transparent(t, obj);
        const auto money = onto_.type_of_head(t.lower_lemma(noun));
        // (A plural only after a verb of receiving, which fixes the direction: "received grants
        // from the foundation".)
        const bool received = !p.passive && lex_.receiving_verb(t.lower_lemma(v));
        // "includes a 3 million pound grant from X": a sum counted after "a" is still one grant.
        const int det = t.child(noun, "det");
        const bool one = det >= 0 && det < noun && (t.lower_form(det) == "a" || t.lower_form(det) == "an");
        if (((money && *money == "fund") || lex_.money_noun(t.lower_lemma(noun))) && noun == obj &&
            (t.xpos(noun) == "NN" || (received && t.xpos(noun) == "NNS")) && (t.child(noun, "nummod") < 0 || one) &&
            !lex_.currency_unit(t.lower_lemma(noun))) {
            // (The parser may hang the "from" phrase on the verb.)
            std::vector<int> sources;
            for (int k : t.kids(noun)) {
                if (t.base(k) == "nmod" && k > noun && t.prep(k) == "from") sources.push_back(k);
            }
            for (const auto& a : p.arguments) {
                if (a.role == "obl" && a.prep == "from" && a.head > noun) sources.push_back(a.head);
            }
            for (int k : sources) emit(givers_from(k), "provides", arg_mentions(t, si, noun), conf - 0.1, "money from");
        }
    }

    // "will lend 90 million pounds to the project", "gave 2 million euros to the charity",
    // "pledged 18 million dollars towards the centre" (the parser may hang the phrase on the
    // amount), "gave 5 million euros for the programme": an amount of money given to an actor
    // or a project funds it (given "for" only a project: an offer for a company bids for it).
    if (obj >= 0 && p.subject >= 0 && lex_.currency_unit(t.lower_lemma(obj)) && t.child(obj, "nummod") >= 0) {
        const RelationInfo* gr = map_relation(base);
        std::vector<std::pair<int, std::string>> to;
        for (const auto& a : gr && gr->name == "provides" ? p.arguments : std::vector<Argument>{}) {
            if (a.role == "obl") to.emplace_back(a.head, a.prep);
        }
        for (int k : gr && gr->name == "provides" ? t.kids(obj) : std::vector<int>{}) {
            if (t.base(k) == "nmod" && k > obj) to.emplace_back(k, t.prep(k));
        }
        for (const auto& [head, prep] : to) {
            if (prep != "to" && prep != "towards" && prep != "toward" && prep != "for") continue;
            std::vector<int> funded;
            for (int m : arg_mentions(t, si, head)) {
                const std::string& ty = doc_.mentions[m].type;
                // ("pledged 45 million dollars to soil research": money given to an activity funds
                // it as it does an actor.)
                const bool activity = prep != "for" && ty == "concept" && t.upos(head) == "NOUN" && t.xpos(head) == "NN";
                if ((is_actor_type(ty) && ty != "place" && (prep != "for" || ty == "project")) || activity) {
                    funded.push_back(m);
                }
            }
            emit(subjects, "funds", funded, conf - 0.05, base + " money " + prep);
        }
    }

    // "will fund the scheme through a 350 million pound grant to councils", "financed it with a
    // loan to the trust": money named by a fund noun (grant, loan, subsidy) going "to" an actor,
    // as the object or the means of a verb of funding, funds that actor. (Not of giving: a
    // payment offered to lecturers in talks does not fund them.)
    if (p.subject >= 0) {
        const RelationInfo* gr = map_relation(base);
        std::vector<int> funds;
        for (const auto& a : gr && gr->name == "funds" ? p.arguments : std::vector<Argument>{}) {
            if (a.role == "obj" || (a.role == "obl" && (a.prep == "through" || a.prep == "via" || a.prep == "with"))) {
                funds.push_back(a.head);
            }
        }
        for (int f : funds) {
            const auto ty = onto_.type_of_head(t.lower_lemma(f));
            if (t.upos(f) != "NOUN" || !ty || *ty != "fund") continue;
            // (The parser may hang an object's "to" phrase on the verb.)
            std::vector<int> recipients;
            for (int k : t.kids(f)) {
                if (t.base(k) == "nmod" && k > f && t.prep(k) == "to") recipients.push_back(k);
            }
            for (const auto& a : f == obj ? p.arguments : std::vector<Argument>{}) {
                if (a.role == "obl" && a.prep == "to" && a.head > f) recipients.push_back(a.head);
            }
            for (int k : recipients) {
                std::vector<int> funded;
                for (int m : arg_mentions(t, si, k)) {
                    if (is_actor_type(doc_.mentions[m].type) && doc_.mentions[m].type != "place") funded.push_back(m);
                }
                emit(subjects, "funds", funded, conf - 0.05, base + " " + t.lower_lemma(f) + " to");
            }
        }
    }

    // "sits on the advisory board", "has a seat on the committee": a person with a seat on a
    // body is a member of it; an organisation takes part in it.
    auto emit_seat = [&](const RelationInfo& r, const std::vector<int>& bodies, double c, const std::string& how) {
        for (int s : subjects) {
            const std::string& ty = doc_.mentions[chain_root(s)].type;
            emit({s}, ty == "person" || !is_actor_type(ty) ? r.name : "participates-in", bodies, c, how);
        }
    };
    // Light verbs and verb + noun + preposition phrases: "establish cooperative relations with
    // X", "take part in X".
    if (obj >= 0) {
        std::string noun = t.lower_lemma(obj);
        std::string mods;
        for (int k : t.kids(obj)) {
            if ((t.base(k) == "amod" || t.base(k) == "compound") && k < obj) mods += t.lower_lemma(k) + " ";
        }
        std::vector<int> obls;
        for (int k : t.kids(obj)) {
            if (t.base(k) == "nmod" && !t.prep(k).empty()) obls.push_back(k);
        }
        for (const auto& a : p.arguments) {
            if (a.role == "obl") obls.push_back(a.head);
        }
        // "spent 40 million pounds on teacher training", "spent its grant on": any money is
        // "money" to the phrases of the ontology.
        const auto obj_type = onto_.type_of_head(noun);
        for (int o : obls) {
            std::string prep = t.prep(o);
            const RelationInfo* r = map_relation(base + " " + mods + noun + " " + prep);
            if (!r) r = map_relation(base + " " + noun + " " + prep);
            if (!r && obj_type && *obj_type == "fund") r = map_relation(base + " money " + prep);
            // "The levy covers the cost of training": as "covers the cost" alone, said of money or
            // a notion it tells what the money is for, not what an actor does.
            if (r && map_relation(base + " " + noun) == r && std::none_of(subjects.begin(), subjects.end(), [&](int m) {
                    const std::string& ty = doc_.mentions[m].type;
                    return is_actor_type(ty) && ty != "fund";
                })) {
                r = nullptr;
            }
            if (r && r->name == "part-of" && prep == "on") {
                emit_seat(*r, arg_mentions(t, si, o), conf, base + " " + noun + " " + prep);
                light_used = true;
            } else if (r) {
                emit(subjects, r->name, arg_mentions(t, si, o), conf, base + " " + noun + " " + prep);
                light_used = true;
            }
        }
        // "set up funds to support X" also says the funds pay for X.
        // "runs joint degrees with three German universities", "launched a collaborative
        // programme with X": what is done jointly with someone is done in cooperation with them.
        const bool joint = joint_noun(t, obj);
        for (int o : obls) {
            if (!joint || t.prep(o) != "with") continue;
            emit(subjects, "cooperates-with", arg_mentions(t, si, o), conf - 0.05,
                 base + " joint " + noun + " with");
        }
        // "Universities join forces": a verb and a plain noun that make a phrase with a partner
        // ("join forces with") say nothing of the noun when no partner is named; conjoined
        // subjects of a symmetric one are each other's partners ("A and B joined forces", "A and
        // B signed an agreement").
        if (!light_used) {
            if (const RelationInfo* r = map_relation(base + " " + noun + " with")) {
                // A policy signed is still issued ("signed an agreement").
                light_used = !obj_type || *obj_type == "concept";
                if (r->symmetric) {
                    for (std::size_t i = 0; i < subjects.size(); ++i) {
                        for (std::size_t j = i + 1; j < subjects.size(); ++j) {
                            add_claim(t, si, subjects[i], r->name, subjects[j], p.negated, p.modality, conf - 0.05,
                                      base + " " + noun);
                        }
                    }
                }
            }
        }
    }
    // "gave the plan a cautious welcome", "gave its backing to the scheme": a verb of giving
    // whose direct object is a noun of support (a noun of the ontology's supports, or the noun or
    // gerund of one of its verbs: "welcome", "backing") supports whom it is given to, the
    // indirect object or the "to" phrase; nothing is provided.
    if (!light_used && obj >= 0 && (t.nominal(obj) || t.xpos(obj) == "VBG")) {
        const RelationInfo* gr = map_relation(base);
        const RelationInfo* nr = onto_.relation_for_noun(t.lower_lemma(obj));
        if (!nr) nr = onto_.relation_for_noun(t.lower_form(obj));
        if (!nr && !amount) nr = onto_.relation_for_verb(t.lower_lemma(obj));
        if (gr && gr->name == "provides" && nr && nr->name == "supports") {
            std::vector<int> helped;
            if (iobj >= 0) helped.push_back(iobj);
            for (const auto& a : p.arguments) {
                if (a.role == "obl" && a.prep == "to") helped.push_back(a.head);
            }
            for (int k : t.kids(obj)) {
                if ((t.base(k) == "nmod" || t.base(k) == "obl") && k > obj && t.prep(k) == "to") helped.push_back(k);
            }
            for (int k : helped) {
                emit(subjects, "supports", arg_mentions(t, si, k), conf - 0.05, base + " " + t.lower_lemma(obj));
                light_used = true;
            }
        }
    }
    if (!light_used) {
        // With two objects the indirect one is who the act is done to or for: "fined the company
        // 42 million euros", "gave the university a grant". The direct one is what changes hands.
        // An indirect object that names no actor ("gives us technology") leaves the direct one.
        std::vector<int> targets;
        if (iobj >= 0) targets = arg_mentions(t, si, iobj);
        if (targets.empty() && obj >= 0) targets = arg_mentions(t, si, obj);
        if (!targets.empty()) {
            const RelationInfo* r = map_relation(base);
            // "ANID will cover the students' travel costs", "develop talent": a verb and its
            // object noun may make a phrase of the ontology, which says more than the verb alone.
            // Said of money or a notion ("a scholarship that covers tuition") it tells what the
            // money is for, not what an actor does.
            const bool actor_subject = std::any_of(subjects.begin(), subjects.end(), [&](int m) {
                const std::string& ty = doc_.mentions[m].type;
                return is_actor_type(ty) && ty != "fund";
            });
            // "approved Relumavec, a gene therapy made by X": a name says nothing to the
            // ontology; the common noun of its apposition says what it is ("approve therapy").
            int described = -1;
            if (obj >= 0 && t.upos(obj) == "PROPN") {
                for (int k : t.kids(obj)) {
                    if (described < 0 && k > obj && t.rel(k) == "appos" && t.upos(k) == "NOUN") described = k;
                }
            }
            if (obj >= 0 && actor_subject) {
                if (const RelationInfo* ro = map_relation(base + " " + t.lower_lemma(obj))) {
                    r = ro;
                } else if (const RelationInfo* ra = described >= 0 ? map_relation(base + " " + t.lower_lemma(described)) : nullptr) {
                    r = ra;
                } else if (const RelationInfo* rt = map_relation(base + " " + doc_.mentions[targets.front()].type)) {
                    // A phrase of the ontology that ends in a type ("absorb company") holds for
                    // any object of that type; not with a second complement that says what the
                    // object is ("called the summit a failure", "called the strike illegal").
                    bool small_clause = false;
                    for (int k : t.kids(v)) {
                        const auto b = t.base(k);
                        small_clause = small_clause || (k > obj && (b == "xcomp" || b == "obl" || b == "obj") &&
                                                        (t.nominal(k) || t.upos(k) == "ADJ") && t.child(k, "case") < 0 &&
                                                        !lex_.time_name(t.lower_form(k)));
                    }
                    if (iobj < 0 && !small_clause) r = rt;
                }
            }
            // "MPs questioned the minister": a verb whose sense turns on its object's type or
            // noun ("question person" is asking, not disputing) drops the relation the ontology
            // excludes for that object.
            if (r && obj >= 0 && iobj < 0 && excluded_with(t, base, obj, targets.front()) == r) r = nullptr;
            // "The watchdog approved the plan".
            r = approved_by_regulator(r, base, t, p.subject, subjects);
            // "Harlow Bank fined 20 million pounds" (a headline's passive without its auxiliary):
            // an amount of money is never what is regulated or fined; the subject is the one
            // fined, and with no agent no one is named as its regulator.
            // ("approves 120 million euros of state aid" regulates the aid.)
            if (r && r->name == "regulates" && obj >= 0 && iobj < 0 && lex_.currency_unit(t.lower_lemma(obj)) &&
                t.child(obj, "nummod") >= 0 &&
                std::none_of(t.kids(obj).begin(), t.kids(obj).end(), [&](int k) { return t.base(k) == "nmod" && t.prep(k) == "of"; })) {
                r = nullptr;
            }
            // "directed the agency to publish a report", "led the bank to cut rates": whom one
            // directs or leads to do something is told or brought to act, not led. A verb the
            // ontology maps only with an object and an infinitive after it ("ask to": "asked the
            // department to investigate") says so in the same place.
            const RelationInfo* told_to = r ? nullptr : map_relation(base + " to");
            if (((r && r->name == "leads") || (told_to && told_to->name == "encourages")) && obj >= 0 && iobj < 0) {
                std::vector<int> clauses = t.kids(v);
                for (int x : t.kids(obj)) {
                    if (t.base(x) == "acl") clauses.push_back(x);
                }
                for (int x : clauses) {
                    const int mark = t.child(x, "mark");
                    if (x > obj && (t.base(x) == "xcomp" || t.base(x) == "advcl" || t.base(x) == "acl") && t.verbal(x) &&
                        mark >= 0 && mark > obj && t.lower_form(mark) == "to") {
                        if (const RelationInfo* told = onto_.relation("encourages")) r = told;
                    }
                }
            }
            // "when your child starts secondary school", "before she began university": a bare
            // singular school or university noun (no determiner, possessive or number) is the
            // stage one enters, not a body one founds ("started a school", "start schools").
            if (r && r->name == "establishes" && obj >= 0 && t.upos(obj) == "NOUN" && t.xpos(obj) == "NN" &&
                t.child(obj, "det") < 0 && t.child(obj, "nmod:poss") < 0 && t.child(obj, "nummod") < 0) {
                const auto ty = onto_.type_of_head(t.lower_lemma(obj));
                if (ty && (*ty == "school" || *ty == "university")) r = nullptr;
            }
            // "pass the money to providers": what a verb hands to a recipient ("pass to" is
            // giving) is given, whatever the bare verb means ("pass a law").
            // "licensed its drug to Brandt": the parser often hangs the "to" phrase on the object.
            if (obj >= 0 && iobj < 0) {
                bool to_phrase = false;
                for (const auto& a : p.arguments) to_phrase = to_phrase || (a.role == "obl" && a.prep == "to");
                for (int k : t.kids(obj)) to_phrase = to_phrase || (t.base(k) == "nmod" && k > obj && t.prep(k) == "to");
                const RelationInfo* to = to_phrase ? map_relation(base + " to") : nullptr;
                if (to && to->name == "provides") r = to;
                // "licensed the test from X": a verb that with a "from" phrase buys ("license
                // from") acquires what it names, whatever the bare verb means ("license" a clinic).
                const RelationInfo* from = sellers.empty() ? nullptr : map_relation(base + " from");
                if (from && from->name == "acquires") r = from;
            }
            // "pushed small farmers out of the market", "drove rivals out of business": a verb of
            // advancing or urging with an "out of" phrase moves its object away, neither advances
            // nor urges it (the verb keeps its lemma).
            if (r && (r->name == "promotes" || r->name == "encourages") && obj >= 0) {
                for (const auto& a : p.arguments) {
                    if (a.role == "obl" && a.prep == "out of") r = nullptr;
                }
            }
            // "pay contributions into the pension fund": with an "into" phrase that is itself
            // funded ("pay into"), the object is the money moved, not what is paid for.
            if (r && r->name == "funds" && obj >= 0) {
                for (const auto& a : p.arguments) {
                    const RelationInfo* into = a.role == "obl" && a.prep == "into" ? map_relation(base + " into") : nullptr;
                    if (into && into->name == "funds") r = nullptr;
                }
            }
            if (r && r->name == "improves") {
                // "raised 90 million dollars", "could raise money for": an amount of money or
                // money itself raised is money received, not something made better.
                // (A relative pronoun object stands for the noun its clause is on.)
                const bool relative = lex_.relative_pronoun(t.lower_form(obj)) && t.rel(v) == "acl:relcl" && t.head(v) >= 0;
                const std::string noun = t.lower_lemma(relative ? t.head(v) : obj);
                // "every pound that volunteers raised": a unit of money, counted or not, too.
                if (lex_.money_noun(noun) || lex_.currency_unit(noun)) {
                    r = nullptr;
                } else if (amount) {
                    auto ty = onto_.type_of_head(noun);
                    if (ty && *ty == "fund") r = nullptr;
                }
                // "raises its budget from shops and lotteries": a verb that also receives
                // (receiving_verbs) with a "from" phrase naming a source, not a number ("raised
                // the limit from 16 to 18"), gathers its object; nothing is made better.
                // (Also through a partitive: "raises most of its budget from shops".)
                if (r && lex_.receiving_verb(t.lower_lemma(v))) {
                    const int held = resolve_transparent(t, obj);
                    std::vector<int> from;
                    for (const auto& a : p.arguments) {
                        if (a.role == "obl" && a.prep == "from") from.push_back(a.head);
                    }
                    for (int n : held != obj ? std::vector<int>{obj, held} : std::vector<int>{obj}) {
                        for (int k : t.kids(n)) {
                            if (t.base(k) == "nmod" && k > n && t.prep(k) == "from") from.push_back(k);
                        }
                    }
                    for (int k : from) {
                        if ((t.upos(k) == "NOUN" || t.upos(k) == "PROPN") && t.child(k, "nummod") < 0) r = nullptr;
                    }
                    // "raises most of its budget from the Orvell Trust": the money one has (a
                    // fund noun such as budget or income; money and grants got are funded above)
                    // gathered from an actor is given by it, which funds the gatherer.
                    const auto ty = onto_.type_of_head(t.lower_lemma(held));
                    if (!r && ty && *ty == "fund" && !lex_.money_noun(t.lower_lemma(held)) && !lex_.grant_noun(t.lower_lemma(held))) {
                        for (int k : from) emit(givers_from(k), "funds", subjects, conf - 0.1, t.lower_lemma(v) + " " + t.lower_lemma(held) + " from");
                    }
                }
            }
            // "The budget cuts $1.2 million from after-school programs": an amount of money a
            // verb of harming takes away is no thing harmed; what it is taken from is.
            if (r && r->name == "harms" && obj >= 0) {
                const std::string& of = t.tok(obj).form;
                bool money = (t.upos(obj) == "SYM" && (of == "$" || of == "\u20ac" || of == "\u00a3")) ||
                             (amount && lex_.currency_unit(t.lower_lemma(obj)));
                bool counted = false;
                for (int k : t.kids(obj)) counted = counted || t.base(k) == "nummod";
                if (money && counted) {
                    std::vector<int> from;
                    for (const auto& a : p.arguments) {
                        if (a.role != "obl" || a.prep != "from") continue;
                        for (int m : arg_mentions(t, si, a.head)) from.push_back(m);
                    }
                    for (int k : t.kids(obj)) {
                        if (t.base(k) != "nmod" || k < obj || t.prep(k) != "from") continue;
                        for (int m : arg_mentions(t, si, k)) from.push_back(m);
                    }
                    emit(subjects, "harms", from, conf, base + " from");
                    r = nullptr;
                }
            }
            if (const RelationInfo* inv = r ? nullptr : onto_.relation_for_inverse_verb(base)) {
                emit_inverse(targets, *inv, conf, base);
            } else {
                std::string rel = r ? r->name : hyphenate(base);
                if (!(r == nullptr && lex_.weak_verb(t.lower_lemma(v)))) {
                    emit(subjects, rel, targets, conf, base);
                }
                // "will provide the money, along with the panels": after an object that names no
                // actor, an "along with" phrase of a common noun (not people) is a second object (a
                // name there is a partner: above).
                const bool thing = obj >= 0 && iobj < 0 && std::none_of(targets.begin(), targets.end(), [&](int m) {
                    return is_actor_type(doc_.mentions[m].type) && doc_.mentions[m].type != "fund";
                });
                for (const auto& a : r && thing ? p.arguments : std::vector<Argument>{}) {
                    if (a.role != "obl" || (a.prep != "with" && a.prep != "along with") || a.head < obj ||
                        !joint_with(t, a.head)) {
                        continue;
                    }
                    const std::vector<int> also = arg_mentions(t, si, a.head);
                    if (also.empty() || std::any_of(also.begin(), also.end(), [&](int m) {
                            return doc_.mentions[m].type == "person" || doc_.tokens[doc_.mentions[m].head].upos == "PROPN";
                        })) {
                        continue;
                    }
                    emit(subjects, rel, also, conf - 0.05, base + " along with");
                }
                // "will run the programme with two hospitals", "developed the vaccine with (or
                // alongside) Kestrel Labs": whoever carries out, sets up or leads something with an actor
                // cooperates with it ("provided schools with laptops" says what was given).
                // The parser often hangs the phrase on the object ("carried out the study with
                // KU Leuven"); there only an organisation counts ("a study with 300 patients").
                // Only an actor works with someone, not a notion ("the acquisition ... with which
                // it is building"); a name counts even when nothing typed it.
                const std::vector<int> doers = working_doers(subjects);
                // So does whoever draws up or publishes something with one ("drawn up by the
                // ministry with the Waste Standards Authority").
                // And whoever trains, improves, promotes or supports something with one ("will
                // train 40 apprentices with Calderdale College").
                if (r && (r->name == "conducts" || r->name == "establishes" || r->name == "leads" ||
                          r->name == "issues" || r->name == "cultivates" || r->name == "improves" ||
                          r->name == "promotes" || r->name == "supports")) {
                    std::vector<std::pair<int, bool>> phrases;  // (head, on the object)
                    for (const auto& a : p.arguments) {
                        if (a.role == "obl" && (a.prep == "with" || a.prep == "alongside")) phrases.emplace_back(a.head, false);
                    }
                    for (int k : obj >= 0 ? t.kids(obj) : std::vector<int>{}) {
                        if (t.base(k) == "nmod" && k > obj && (t.prep(k) == "with" || t.prep(k) == "alongside")) {
                            phrases.emplace_back(k, true);
                        }
                    }
                    for (const auto& [w, on_object] : phrases) {
                        if (joint_with(t, w)) continue;  // said above
                        std::vector<int> partners;
                        for (int m : with_partner_mentions(t, si, w)) {
                            const std::string& ty = doc_.mentions[m].type;
                            // "is supporting the district health office with an epidemiologist and
                            // two experts": people a helper supports someone with, unnamed, are
                            // the help it gives, not partners.
                            const bool means = r->name == "supports" && obj >= 0 && ty == "person" &&
                                               doc_.tokens[doc_.mentions[m].head].upos != "PROPN";
                            if (means) continue;
                            if ((is_actor_type(ty) && ty != "fund" && ty != "place" && ty != "policy" &&
                                 ty != "project" && ty != "event" && !(on_object && ty == "person")) ||
                                listed_under_organisations(t, w, m)) {
                                partners.push_back(m);
                            }
                        }
                        emit(doers, "cooperates-with", partners, conf - 0.05, base + " with");
                    }
                }
            }
        }
        // "invested in Voltaris in three funding rounds": the verb's own complement is the first
        // phrase with its preposition; a second one is an adjunct.
        std::vector<std::string> mapped_preps;
        // "invest 300 million dollars in Veritest's laboratory": the parser often hangs the
        // verb's phrase on an amount it follows; an amount takes no such complement itself.
        std::vector<Argument> args = p.arguments;
        if (amount) {
            for (int k : t.kids(obj)) {
                if (t.base(k) == "nmod" && k > obj && !t.prep(k).empty() &&
                    map_relation(base + " " + t.prep(k))) {
                    args.push_back(Argument{k, t.prep(k), "obl"});
                }
            }
        }
        for (const auto& a : args) {
            if (a.role != "obl") continue;
            // "The levy takes effect on 1 April": with a direct object, "on" (or "up", "out",
            // ...) before a noun phrase is that phrase's preposition, not the particle of a
            // phrasal verb ("take on" staff).
            if (obj >= 0 && lex_.particle(a.prep)) continue;
            // "will pay the company a fee for each container", "paid 20 pounds for every
            // tonne": a phrase counted by "each" or "every" is the unit of a rate, not the
            // preposition's complement ("pay for the scheme").
            if (const int d = t.child(a.head, "det"); d >= 0 && d < a.head &&
                (t.lower_form(d) == "each" || t.lower_form(d) == "every")) {
                continue;
            }
            const RelationInfo* r = map_relation(base + " " + a.prep);
            // "would not contribute to the new programme": a phrase of the ontology that ends in
            // a type ("contribute to project") holds for any complement of that type.
            // So for an inverse phrase ("borrowed from a bank": the lender funds the borrower,
            // where "borrow from" a person's work is learning from it).
            const RelationInfo* typed = nullptr;
            const RelationInfo* typed_inverse = nullptr;
            const auto try_type = [&](const std::string& ty) {
                if (typed || typed_inverse || !is_actor_type(ty)) return;
                typed = map_relation(base + " " + a.prep + " " + ty);
                if (!typed) typed_inverse = onto_.relation_for_inverse_verb(base + " " + a.prep + " " + ty);
            };
            if (const auto ty = onto_.type_of_head(t.lower_lemma(a.head))) try_type(*ty);
            // Else the type the complement's mention was given ("took on 40 pilots": people,
            // though a "pilot" head alone may be a pilot project).
            if (const std::vector<int> ms = arg_mentions(t, si, a.head); !ms.empty()) {
                try_type(doc_.mentions[ms.front()].type);
            }
            if (typed_inverse) {
                emit_inverse(arg_mentions(t, si, a.head), *typed_inverse, conf - 0.05, base + " " + a.prep);
                continue;
            }
            if (typed) r = typed;
            // "competes with X in more than 40 countries": where one competes is no contest one
            // enters; the ontology excludes the phrase for a complement of that type.
            if (r) {
                const std::vector<int> ms = arg_mentions(t, si, a.head);
                if (!ms.empty() && excluded_with(t, base + " " + a.prep, a.head, ms.front()) == r) continue;
            }
            if (r && std::find(mapped_preps.begin(), mapped_preps.end(), a.prep) != mapped_preps.end()) {
                continue;
            }
            // "licensed the test from X": whom one buys from is the seller (it provides, above),
            // not what is bought.
            if (r && r->name == "acquires" && a.prep == "from") continue;
            // "a trust that operates 14 schools in the area": with a direct object, the place
            // the verb's phrase names is where the object is ("operates in the area" places the
            // subject; "operates schools in the area" places the schools).
            if (r && r->name == "located-in" && obj >= 0) continue;
            // "The trust will sit on the advisory board".
            if (r && r->name == "part-of" && a.prep == "on") {
                mapped_preps.push_back(a.prep);
                emit_seat(*r, arg_mentions(t, si, a.head), conf - 0.05, base + " " + a.prep);
                continue;
            }
            if (r) {
                mapped_preps.push_back(a.prep);
                emit(subjects, r->name, arg_mentions(t, si, a.head), conf - 0.05, base + " " + a.prep);
            } else if (const RelationInfo* inv = onto_.relation_for_inverse_verb(base + " " + a.prep)) {
                emit_inverse(arg_mentions(t, si, a.head), *inv, conf - 0.05, base + " " + a.prep);
            } else if (obj < 0 && !lex_.weak_verb(t.lower_lemma(v))) {
                const RelationInfo* rv = map_relation(base);
                // An intransitive mapped verb with a prepositional object ("cooperate with").
                if (rv && rv->symmetric && (a.prep == "with" || a.prep == "against")) {
                    emit(subjects, rv->name, arg_mentions(t, si, a.head), conf - 0.05, base);
                } else if (rv) {
                    continue;
                } else {
                    emit(subjects, hyphenate(base + " " + a.prep), arg_mentions(t, si, a.head),
                         conf - 0.15, base + " " + a.prep);
                }
            }
        }
    }
}

void ExtractorImpl::nominal_claims(const Tree& t, uint32_t si, int n,
                                   const std::vector<Proposition>& props) {
    // "was set up in 2019 with a grant from the Sundaram Trust", "a loan from the bank": whoever
    // one sum or facility of money (a singular noun of money, not an amount) comes from provides
    // it, wherever the phrase stands, unless the sentence already says whom the giver funds
    // ("The lab was funded by a grant from the Wellcome Trust").
    if (const auto money = onto_.type_of_head(t.lower_lemma(n));
        t.upos(n) == "NOUN" && t.xpos(n) == "NN" && ((money && *money == "fund") || lex_.money_noun(t.lower_lemma(n))) &&
        t.child(n, "nummod") < 0 && !lex_.currency_unit(t.lower_lemma(n)) &&
        // "could not fund higher wages without more money from the Treasury": money one is
        // without is not given.
        t.prep(n) != "without") {
        for (int k : t.kids(n)) {
            if (t.base(k) != "nmod" || k < n || t.prep(k) != "from") continue;
            const int sum = mention(t, si, n, false);
            for (int m : sum >= 0 ? arg_mentions(t, si, k) : std::vector<int>{}) {
                const std::string& ty = doc_.mentions[m].type;
                bool funds = false;
                for (auto it = doc_.claims.rbegin(); it != doc_.claims.rend() && it->sentence == si; ++it) {
                    funds = funds || (it->subject == m && it->relation == "funds");
                }
                if (!funds && is_actor_type(ty) && ty != "fund" && ty != "place" && ty != "policy" && ty != "project") {
                    add_claim(t, si, m, "provides", sum, false, "asserted", 0.65, "money from");
                }
            }
        }
    }
    // "a report by the Public Policy Institute", "a study by two universities": who wrote the
    // work or carried it out (the ontology's "report by", "study by").
    for (int k : t.kids(n)) {
        if (t.base(k) != "nmod" || k < n || t.prep(k) != "by" || !t.nominal(n)) continue;
        const RelationInfo* by = onto_.relation_for_noun(t.lower_lemma(n) + " by");
        if (!by) break;
        const int work = mention(t, si, n, false);
        for (int a : arg_mentions(t, si, k)) {
            if (is_actor_type(doc_.mentions[a].type) && doc_.mentions[a].type != "place") {
                add_claim(t, si, a, by->name, work, false, "asserted", 0.7, t.lower_lemma(n) + " by");
            }
        }
    }
    // "a joint bid by Greystone Medical and Kilbride Healthcare", "a joint statement from A and
    // B": the named bodies a joint piece of work is by (or from) made it together. Names only,
    // as with "a joint venture of A and B" below ("a joint bid by local firms and charities"
    // says what kinds of bidder there were).
    if (t.nominal(n) && joint_noun(t, n)) {
        for (int k : t.kids(n)) {
            if (t.base(k) != "nmod" || k < n || (t.prep(k) != "by" && t.prep(k) != "from")) continue;
            const std::vector<int> members = conjuncts(t, k);
            const bool names = std::all_of(members.begin(), members.end(), [&](int c) { return t.upos(c) == "PROPN"; });
            if (members.size() < 2 || !names) continue;
            for (std::size_t i = 0; i < members.size(); ++i) {
                for (std::size_t j = i + 1; j < members.size(); ++j) {
                    const int ma = mention(t, si, members[i], false), mb = mention(t, si, members[j], false);
                    if (ma < 0 || mb < 0) continue;
                    add_claim(t, si, ma, "cooperates-with", mb, false, "asserted", 0.7,
                              "joint " + t.lower_lemma(n) + " " + t.prep(k));
                }
            }
        }
    }
    // "cooperation between A and B", "China's cooperation with X", "support for X".
    // A noun with a complement the ontology names as a phrase says that phrase's relation: "an
    // offer for the stores" acquires them, though a bare "offer" provides.
    auto noun_prep = [&](int k) -> const RelationInfo* {
        return t.base(k) == "nmod" && k > n ? onto_.relation_for_noun(t.lower_lemma(n) + " " + t.prep(k))
                                            : nullptr;
    };
    const RelationInfo* r = onto_.relation_for_noun(t.lower_lemma(n));
    // "a joint venture of A and B": the ontology may name the noun only with the adjective right
    // before it.
    if (const int adj = n - 1; !r && adj >= 0 && t.head(adj) == n && t.base(adj) == "amod") {
        r = onto_.relation_for_noun(t.lower_lemma(adj) + " " + t.lower_lemma(n));
    }
    // "an agreement between A and B", "the memorandum of understanding between A and B": a
    // noun the ontology names with "between" says its symmetric relation of the two sides.
    if (!r) {
        for (int k : t.kids(n)) {
            if (const RelationInfo* rk = noun_prep(k);
                rk && (t.prep(k) == "for" || (t.prep(k) == "between" && rk->symmetric))) {
                r = rk;
            }
        }
    }
    // "will offer vaccinations under an agreement with NHS England": whoever acts under an
    // agreement with X is X's partner ("rejected the deal with X" says nothing of the one who
    // rejects it).
    if (!r && t.base(n) == "obl" && t.prep(n) == "under") {
        for (int k : t.kids(n)) {
            if (const RelationInfo* rk = noun_prep(k); rk && rk->symmetric && t.prep(k) == "with") r = rk;
        }
    }
    if (!r) return;
    // "the takeover of Pellham Foods by Norvex Group", "the funding of the survey by the trust": a
    // relation noun with both an "of" and a "by" complement names the one who does it by "by" and
    // what it is done to by "of".
    if (!r->symmetric && !onto_.relation_for_noun(t.lower_lemma(n) + " by") && t.nominal(n)) {
        int of = -1, by = -1;
        for (int k : t.kids(n)) {
            if (t.base(k) != "nmod" || k < n) continue;
            if (t.prep(k) == "of" && of < 0) of = k;
            if (t.prep(k) == "by" && by < 0) by = k;
        }
        if (of >= 0 && by > of) {
            for (int a : arg_mentions(t, si, by)) {
                if (!is_actor_type(doc_.mentions[a].type) || doc_.mentions[a].type == "place") continue;
                for (int o : arg_mentions(t, si, of)) {
                    add_claim(t, si, a, r->name, o, false, "asserted", 0.7, t.lower_lemma(n) + " of by");
                }
            }
        }
    }
    // "The team worked under the leadership of X", "The tests were carried out by teams under
    // the direction of X": what is done under a relation noun is its object, not its doer; the
    // noun's "of" complement does the relation to the clause's doer (the agent of a passive, or
    // the subject), or, with neither, to what the passive clause acts on.
    // (Set off by a comma after a list, ", under the direction of X" is the clause's even when the
    // parser hung it on the list's last name.)
    int verb = t.rel(n) == "obl" ? t.head(n) : -1;
    if (verb < 0 && t.base(n) == "nmod" && t.prep(n) == "under") {
        int first = n;
        for (int k : t.kids(n)) {
            if (t.base(k) != "punct") first = std::min(first, k);
        }
        if (first > 0 && t.lower_form(first - 1) == ",") {
            verb = t.head(n);
            for (int steps = 0; verb >= 0 && steps < 6 && !t.verbal(verb); ++steps) verb = t.head(verb);
        }
    }
    // Only a noun with an "of" complement names who does the relation ("under a deal with X"
    // is the partnership of the one who acts, below).
    const bool has_of = std::any_of(t.kids(n).begin(), t.kids(n).end(),
                                    [&](int k) { return t.base(k) == "nmod" && k > n && t.prep(k) == "of"; });
    // So too with "with": "With the backing of X, the association built", "built homes with the
    // support of X" (after the verb only a helper's noun: "agreed with the criticism of X" says
    // nothing of X's criticism of the one who agrees).
    const bool with_help = t.prep(n) == "with" && verb >= 0 && (n < verb || r->name == "supports");
    if (verb >= 0 && t.verbal(verb) && (t.prep(n) == "under" || with_help) && has_of) {
        int patient = t.child(verb, "obl:agent");
        if (patient < 0) patient = t.child(verb, "nsubj");
        if (patient < 0) patient = t.child(verb, "nsubj:pass");
        if (patient < 0) return;
        const std::vector<int> under = arg_mentions(t, si, patient);
        std::string mod = "asserted";
        bool denied = false;
        for (const auto& p : props) {
            if (p.predicate != verb) continue;
            mod = p.modality;
            denied = p.negated;
        }
        for (int k : t.kids(n)) {
            if (t.base(k) != "nmod" || k < n || t.prep(k) != "of") continue;
            for (int o : arg_mentions(t, si, k)) {
                if (!is_actor_type(doc_.mentions[o].type)) continue;
                for (int u : under) add_claim(t, si, o, r->name, u, denied, mod, 0.7, t.prep(n) + " " + t.lower_lemma(n) + " of");
            }
        }
        return;
    }
    std::vector<int> subjects;
    int poss = t.child(n, "nmod:poss");
    if (poss >= 0) subjects = arg_mentions(t, si, poss);
    double conf = 0.7;
    std::string modality = "asserted";
    bool neg = false;
    if (subjects.empty()) {
        // The noun is the object of a verb: that verb's subject ("strengthen cooperation with
        // X"), or in a heading, the section's agent.
        int h = t.head(n);
        if (h >= 0 && (t.rel(n) == "obj" || t.rel(n) == "obl") ) {
            for (const auto& p : props) {
                if (p.predicate != h) continue;
                modality = p.modality;
                neg = p.negated;
                if (p.subject >= 0 && !p.passive) subjects = arg_mentions(t, si, p.subject);
                else if (p.context_subject_mention >= 0) subjects = {p.context_subject_mention};
                // "was carried out by X in collaboration with Y": a passive's agent is who
                // acts in the partnership.
                if (const int agent = t.child(h, "obl:agent");
                    subjects.empty() && p.passive && r->symmetric && t.rel(n) == "obl" && agent >= 0) {
                    subjects = arg_mentions(t, si, agent);
                }
            }
            // Only an actor takes part: "the deal extends the partnership with X" says nothing
            // about the deal cooperating.
            // A proper name counts even when nothing typed it ("Aldren announced a partnership").
            subjects.erase(std::remove_if(subjects.begin(), subjects.end(),
                                          [&](int m) {
                                              if (m < 0) return true;
                                              const Mention& mm = doc_.mentions[m];
                                              return !is_actor_type(mm.type) &&
                                                     doc_.tokens[mm.head].upos != "PROPN";
                                          }),
                           subjects.end());
        } else if ((t.base(n) == "root" || t.base(n) == "nsubj") && section_agent_ >= 0 &&
                   doc_.sentences[si].block != Block::body) {
            subjects = {section_agent_};
            conf = 0.55;
        }
    }
    for (int k : t.kids(n)) {
        if (t.base(k) != "nmod" || k < n) continue;
        std::string p = t.prep(k);
        // "an alliance of A and B", "a joint venture of A, B and C": the conjoined names of a
        // symmetric relation's noun are each other's partners, as with "between" (not common
        // nouns, which say what kinds of member it has: "a partnership of governments and
        // donors", "exchange of teachers and joint research").
        if (p == "of" && r->symmetric) {
            const std::vector<int> members = conjuncts(t, k);
            const bool names = std::all_of(members.begin(), members.end(), [&](int c) { return t.upos(c) == "PROPN"; });
            if (members.size() >= 2 && names) p = "between";
        }
        if (p == "between") {
            // Split "a country or region and institutions, academies and firms" into the two
            // sides: the first conjunct and those joined to it by "or", then the rest.
            std::vector<int> conj = conjuncts(t, k);
            std::vector<int> side_a{conj[0]}, side_b;
            for (std::size_t i = 1; i < conj.size(); ++i) {
                int cc = t.child(conj[i], "cc");
                bool joined_by_or = cc >= 0 && t.lower_form(cc) == "or";
                if (side_b.empty() && joined_by_or) side_a.push_back(conj[i]);
                else side_b.push_back(conj[i]);
            }
            for (int a : side_a) {
                for (int b : side_b) {
                    int ma = mention(t, si, a, false), mb = mention(t, si, b, false);
                    add_claim(t, si, ma, r->name, mb, neg, modality, 0.75, t.lower_lemma(n) + " between");
                }
            }
        } else if (const RelationInfo* rk = p == "for" ? noun_prep(k) : nullptr;
                   rk && !subjects.empty()) {
            for (int s : subjects) {
                for (int o : arg_mentions(t, si, k)) {
                    // "a special offer for students": an offer made to people is no bid for them.
                    if (rk->name == "acquires" && doc_.mentions[o].type == "person") continue;
                    add_claim(t, si, s, rk->name, o, neg, modality, conf, t.lower_lemma(n) + " " + p);
                }
            }
        } else if (!subjects.empty() &&
                   (p == "with" || p == "for" || p == "to" ||
                    // "participation in X", not "the launch in Lilongwe"
                    (p == "in" && r->name.size() > 3 && r->name.compare(r->name.size() - 3, 3, "-in") == 0) ||
                    (p == "of" && r->name != "cooperates-with"))) {
            if (p == "with" && r->name != "cooperates-with" && r->name != "competes-with" &&
                r->name != "shares") {
                continue;
            }
            for (int s : subjects) {
                for (int o : arg_mentions(t, si, k)) {
                    add_claim(t, si, s, r->name, o, neg, modality, conf, t.lower_lemma(n) + " " + p);
                }
            }
        }
    }
}

void ExtractorImpl::example_claims(const Tree& t, uint32_t si, int n) {
    // "X such as A, B and C" / "X, including A and B" -> A instance-of X, B instance-of X.
    for (int k : t.kids(n)) {
        if (t.base(k) != "nmod" && t.base(k) != "obl") continue;
        std::string p = t.prep(k);
        if (!lex_.example_marker(p)) continue;
        // "Workers in risky jobs, such as miners, will be able to retire": examples the parser
        // hung on a predicate adjective illustrate the subject they follow, not the adjective.
        int cls = n;
        if (t.upos(n) == "ADJ" && t.child(n, "cop") >= 0) {
            cls = t.child(n, "nsubj");
            if (cls < 0 || cls > k || !t.nominal(cls)) continue;
        }
        std::vector<int> classes = {mention(t, si, cls, false)};
        if (classes[0] < 0) continue;
        // "Critics of the fee, such as the BMA,": a class named by a role noun with its
        // complement ("critic of" opposes) gives examples that hold the role towards it.
        std::vector<std::pair<const RelationInfo*, int>> roles;
        if (t.upos(cls) == "NOUN") {
            for (int q : t.kids(cls)) {
                if (q == k || t.base(q) != "nmod" || q < cls || t.prep(q).empty()) continue;
                if (const RelationInfo* r = role_relation(t, cls, t.prep(q))) roles.emplace_back(r, q);
            }
        }
        for (int c : conjuncts(t, k)) {
            int m = mention(t, si, c, false);
            add_claim(t, si, m, "instance-of", classes[0], false, "asserted", 0.8, p);
            for (const auto& [r, q] : roles) {
                for (int o : arg_mentions(t, si, q)) {
                    if (m >= 0 && o != m) add_claim(t, si, m, r->name, o, false, "asserted", 0.7, p);
                }
            }
            // "German firms, including Siemens and Bosch": the class types a name it gives as an
            // example over a guess ("Bosch" is a painter to WordNet). So a capitalised word the
            // tagger read as a common noun inside the sentence ("retailers, including Koopjes").
            if (m >= 0 && (t.upos(c) == "PROPN" || (t.upos(c) == "NOUN" && c > 0 && capitalized_name_part(t, c)))) {
                if (auto ty = onto_.type_of_head(t.lower_lemma(resolve_transparent(t, cls)))) {
                    retype_by_description(m, *ty, true);
                }
            }
        }
    }
}

// "Professor Li Wei of Kingsbridge College said", "Ruth Egan from Dalby Town Council": a person's
// name (a flat name) with an "of" or "from" phrase naming a body, hung on the name or its surname, says
// where the person belongs; the phrase is no part of the name (collect_np).
void ExtractorImpl::affiliation_claims(const Tree& t, uint32_t si, int n) {
    // "Tomas Rydberg at Uppsala University": a name whose given name the parser made a compound,
    // with "at" a body right on its head.
    if (t.upos(n) == "PROPN" && t.child(n, "flat") < 0 && compound_given_name(t, n) &&
        !onto_.type_of_head(t.lower_lemma(n))) {
        for (int k : t.kids(n)) {
            const std::string p = t.prep(k);
            if (t.base(k) != "nmod" || k < n || p != "at" || t.upos(k) != "PROPN") continue;
            const int person = mention(t, si, n, false);
            if (person < 0 || doc_.mentions[person].type != "person") return;
            for (int o : arg_mentions(t, si, k)) {
                const std::string& ty = doc_.mentions[o].type;
                if (organisation_type(ty) || ty == "school") {
                    add_claim(t, si, person, "part-of", o, false, "asserted", 0.7, p);
                }
            }
        }
        return;
    }
    // "My party, the Civic Alliance, will ...", "her union, Unite, said": a person's own
    // organisation (a party, a union, an association: not a company, a university or a public
    // body, which one may own or run) named in apposition is one the person belongs to.
    if (t.upos(n) == "NOUN") [&] {
        const int poss = t.child(n, "nmod:poss");
        const int named = t.child(n, "appos");
        // A class of people ("the farmers' union Terra Unida") is no one person; a pronoun or a
        // name is.
        if (poss < 0 || named < 0 || poss > n || named < n || t.upos(named) != "PROPN" ||
            (t.upos(poss) != "PRON" && t.upos(poss) != "PROPN")) {
            return;
        }
        const int person = mention(t, si, poss, false);
        if (person < 0 || doc_.mentions[person].type != "person") return;
        const int body = mention(t, si, named, false);
        // The noun itself names such a body ("party", "union"); "Keystone Health's main rival,
        // Riverside Clinic," (a name typed a person by its shape) is no membership.
        const auto own = onto_.type_of_head(t.lower_lemma(n));
        if (body >= 0 && doc_.mentions[body].type == "organization" && own && *own == "organization") {
            add_claim(t, si, person, "part-of", body, false, "asserted", 0.7, "poss appos");
        }
    }();
    // The parser may hang "at" on the last word of the name's own complement ("Institute for
    // Vaccine Research at ..."): the body is the name's head, up through capitalised complements.
    int body = n;
    for (int steps = 0; steps < 3 && t.base(body) == "nmod" && t.head(body) >= 0 && t.prep(body) != "at" &&
                        capitalized_name_part(t, body) && capitalized_name_part(t, t.head(body));
         ++steps) {
        body = t.head(body);
    }
    for (int k : t.kids(n)) {
        if (t.base(k) != "nmod" || !housed_body(t, body, k)) continue;
        const int part = mention(t, si, body, false);
        if (part < 0 || !organisation_type(doc_.mentions[part].type)) break;
        for (int o : arg_mentions(t, si, k)) {
            if (organisation_type(doc_.mentions[o].type)) add_claim(t, si, part, "part-of", o, false, "asserted", 0.7, "at");
        }
    }
    if (t.upos(n) != "PROPN" || t.child(n, "flat") < 0) return;
    std::vector<int> words = {n};
    for (int k : t.kids(n)) {
        if (t.rel(k) == "flat") words.push_back(k);
    }
    const int first_flat = t.child(n, "flat");
    int person = -1;
    // "A team led by Professor Luis Cardoso at Dunmore University": the parser may hang "at" and
    // a named body right after a person's full name on the verb the name depends on.
    if (t.head(n) >= 0 && t.upos(t.head(n)) == "VERB" && untyped_flat_name(t, n)) {
        int end = n;
        for (int w : words) end = std::max(end, w);
        for (int k : t.kids(t.head(n))) {
            const int c = t.child(k, "case");
            if (k <= n || t.base(k) != "obl" || t.prep(k) != "at" || t.upos(k) != "PROPN" || c != end + 1) continue;
            person = mention(t, si, n, false);
            if (person < 0 || doc_.mentions[person].type != "person") return;
            for (int o : arg_mentions(t, si, k)) {
                const std::string& ty = doc_.mentions[o].type;
                if (organisation_type(ty) || ty == "school") add_claim(t, si, person, "part-of", o, false, "asserted", 0.6, "at");
            }
        }
    }
    for (int w : words) {
        for (int k : t.kids(w)) {
            if (t.base(k) != "nmod" || k < first_flat ||
                (t.prep(k) != "of" && t.prep(k) != "from" && (t.prep(k) != "at" || !untyped_flat_name(t, n))) ||
                t.upos(k) != "PROPN") {
                continue;
            }
            if (person < 0) person = mention(t, si, n, false);
            if (person < 0 || doc_.mentions[person].type != "person") return;
            for (int o : arg_mentions(t, si, k)) {
                const std::string& ty = doc_.mentions[o].type;
                if (organisation_type(ty) || ty == "school") {
                    add_claim(t, si, person, "part-of", o, false, "asserted", 0.7, "of");
                }
            }
        }
    }
}

void ExtractorImpl::location_claims(const Tree& t, uint32_t si, int n) {
    // "universities in China" -> located-in China, when the thing is an actor and the place is
    // a country or place. "China's universities" likewise.
    int mn = -1;
    // "who runs five outlets in Leicester": the parser may hang "in" and a named place right
    // after an object's phrase on the verb; the place still locates the object when that is an
    // organisation (not people, an event or a project).
    if (t.base(n) == "obj" && t.head(n) >= 0) {
        std::vector<int> own;
        t.subtree(n, own);
        const int end = *std::max_element(own.begin(), own.end());
        for (int k : t.kids(t.head(n))) {
            if (k <= end || t.base(k) != "obl" || t.prep(k) != "in" || t.upos(k) != "PROPN") continue;
            const int c = t.child(k, "case");
            if (c != end + 1) continue;
            const int mo = mention(t, si, n, false), mp = mention(t, si, k, false);
            if (mo < 0 || mp < 0) break;
            const std::string& ot = doc_.mentions[mo].type;
            const std::string& pt = doc_.mentions[mp].type;
            if (!is_actor_type(ot) || ot == "event" || ot == "project" || ot == "person") break;
            if (pt != "country" && pt != "place") break;
            add_claim(t, si, mo, "located-in", mp, false, "asserted", 0.8, "in");
            break;
        }
    }
    // "Varden Logistics, based in Leeds,", "a charity headquartered in Geneva": a reduced
    // participle that the ontology's "be <participle> in" maps to located-in places the noun (the
    // name a description stands in apposition to) in a named place.
    for (int k : t.kids(n)) {
        if (t.rel(k) != "acl" || k < n || t.xpos(k) != "VBN" || t.child(k, "aux", true) >= 0) continue;
        const RelationInfo* at = map_relation("be " + t.lower_form(k) + " in");
        if (!at || at->name != "located-in") continue;
        int thing = n;
        if (t.upos(n) == "NOUN" && t.rel(n) == "appos" && t.head(n) >= 0 && t.upos(t.head(n)) == "PROPN") thing = t.head(n);
        const int mt = mention(t, si, thing, false);
        if (mt < 0) break;
        const std::string& tt = doc_.mentions[mt].type;
        if (!is_actor_type(tt) || tt == "event" || tt == "project" || tt == "person" || tt == "place" || tt == "country") break;
        for (int o : t.kids(k)) {
            if (t.base(o) != "obl" || t.prep(o) != "in") continue;
            for (int c : conjuncts(t, o)) {
                if (t.upos(c) != "PROPN") continue;
                const int mp = mention(t, si, c, false);
                if (mp < 0) continue;
                const std::string& ty = doc_.mentions[mp].type;
                if (ty == "country" || ty == "place") add_claim(t, si, mt, "located-in", mp, false, "asserted", 0.75, t.lower_form(k) + " in");
            }
        }
    }
    const int promoted = promoted_conjunct(t, n);
    for (int k : t.kids(n)) {
        bool in = t.base(k) == "nmod" && k > n && t.prep(k) == "in";
        if (in && promoted >= 0 && k > promoted) {
            // The place of the conjunct the parser hung on an earlier place.
            for (int c : conjuncts(t, k)) {
                if (t.upos(c) != "PROPN") continue;
                int mc = mention(t, si, promoted, false), mp = mention(t, si, c, false);
                if (mc < 0 || mp < 0) continue;
                const std::string& ty = doc_.mentions[mp].type;
                if (ty != "country" && ty != "place") continue;
                add_claim(t, si, mc, "located-in", mp, false, "asserted", 0.8, "in");
            }
            continue;
        }
        bool poss = t.rel(k) == "nmod:poss" && t.upos(k) == "PROPN";
        if (poss && mn < 0) {
            int probe = mention(t, si, n, false);
            if (probe < 0) return;
            const std::string& ty = doc_.mentions[probe].type;
            if (ty != "university" && ty != "school" && ty != "organization" && ty != "company" &&
                ty != "government") {
                continue;
            }
        }
        if (!in && !poss) continue;
        if (mn < 0) {
            mn = mention(t, si, n, false);
            if (mn < 0) return;
            const std::string& st = doc_.mentions[mn].type;
            // Events and projects happen somewhere; the claim is about actors that sit there.
            // People are not placed either: "women in Malawi" names them by the place, which the
            // label keeps; where a group of people lives is no relation between actors.
            // ("The Varden warehouse in Leeds": a building where a business works is no actor but
            // stands in the place all the same.)
            const bool facility = st == "concept" && in && t.upos(n) == "NOUN" && lex_.facility_noun(t.lower_lemma(n));
            if ((!is_actor_type(st) && !facility) || st == "event" || st == "project" || st == "person") return;
            // "the Lakeside Institute, an independent laboratory in Kampala": a description in
            // apposition to a name places the named actor.
            if (in && t.upos(n) == "NOUN" && t.rel(n) == "appos" && t.head(n) >= 0 && t.upos(t.head(n)) == "PROPN") {
                const int named = mention(t, si, t.head(n), false);
                if (named >= 0 && is_actor_type(doc_.mentions[named].type) && doc_.mentions[named].type != "person") mn = named;
            }
            // "The Orwell Institute is a research institute in Leeds": so does a copular
            // predicate said of a name.
            if (in && t.upos(n) == "NOUN" && t.child(n, "cop") >= 0) {
                const int s = t.child(n, "nsubj");
                const int named = s >= 0 && t.upos(s) == "PROPN" ? mention(t, si, s, false) : -1;
                if (named >= 0 && is_actor_type(doc_.mentions[named].type) && doc_.mentions[named].type != "person") mn = named;
            }
        }
        for (int c : conjuncts(t, k)) {
            // Only a named place locates: "universities in China", not "institutions in other
            // countries" or "laboratories in the world".
            if (t.upos(c) != "PROPN") continue;
            int mp = mention(t, si, c, false);
            if (mp < 0) continue;
            const std::string& ty = doc_.mentions[mp].type;
            // "Westholm University's Centre for Electrochemical Recycling": a named body of a
            // named organisation is part of it. So is the one body the possessor has that its
            // singular common noun names ("the district's board of education", "the ministry's
            // agency"): a noun the ontology lists for an organisation or a government body, not
            // for a company ("Aldren's supplier") or a school, which one may own or deal with.
            const auto own = t.upos(n) == "NOUN" && t.xpos(n) == "NN" ? onto_.type_of_listed_head(t.lower_lemma(n))
                                                                      : std::nullopt;
            const bool body = own && (*own == "organization" || *own == "government");
            if (poss && (t.upos(n) == "PROPN" || body) && mp != mn &&
                organisation_type(ty)) {
                add_claim(t, si, mn, "part-of", mp, false, "asserted", 0.75, "'s");
                continue;
            }
            // (An institution's place taken for a surname: see place_token.)
            if (in && ty == "person" && doc_.mentions[mp].antecedent < 0 && place_token(t, c)) {
                edit(mp).type = "place";
            }
            // "The district hospital in Mpalo": an unknown name after "in", which the pass over
            // the sentence's actors types a place, is one already when it first locates.
            // (Not a word the parser cut from a longer name joined by a short lower-case word:
            // "Mo i Rana", "Newcastle upon Tyne".)
            const bool cut = c + 2 < t.size() && t.upos(c + 2) == "PROPN" && t.tok(c + 1).form.size() <= 4 &&
                             !t.tok(c + 1).form.empty() && std::islower(static_cast<unsigned char>(t.tok(c + 1).form[0])) &&
                             t.upos(c + 1) != "CCONJ" && !lex_.time_name(t.lower_form(c + 2));
            if (in && ty == "concept" && !cut && doc_.mentions[mp].antecedent < 0 && !lex_.time_name(t.lower_form(c))) {
                edit(mp).type = "place";
            }
            if (ty != "country" && ty != "place") continue;
            add_claim(t, si, mn, "located-in", mp, false, "asserted", 0.8, in ? "in" : "'s");
        }
    }
    // "Fairmont Securities, a London broker", "four Leeds nurses": a named place modifying the
    // description of an organisation or of people is a place of its own, not only a word of the
    // description's label. So is one opening a description that stands before the name as its
    // compound ("the Toronto start-up Fathom Systems": "start-up" a common noun between the
    // place and the name).
    if (t.upos(n) != "NOUN" && t.upos(n) != "PROPN") return;
    // "a Columbus consulting firm": the name may hang on a lower-case word of the description
    // before the noun rather than on the noun.
    std::vector<int> modifiers;
    for (int c : t.kids(n)) {
        modifiers.push_back(c);
        if (c > n || (t.rel(c) != "compound" && t.rel(c) != "amod") || t.tok(c).form.empty() ||
            !std::islower(static_cast<unsigned char>(t.tok(c).form[0]))) {
            continue;
        }
        for (int k : t.kids(c)) {
            if (k < c && t.rel(k) == "compound" && t.upos(k) == "PROPN") modifiers.push_back(k);
        }
    }
    for (int k : modifiers) {
        // "the Montreal investment firm": the tagger may take a city's name before a noun for
        // an adjective; capitalised, it is still the name.
        const bool name_as_adjective = t.rel(k) == "amod" && t.upos(k) == "ADJ" && !t.tok(k).form.empty() &&
                                       std::isupper(static_cast<unsigned char>(t.tok(k).form[0])) &&
                                       k + 1 < n && t.upos(k + 1) == "NOUN";
        if (k > n || ((t.rel(k) != "compound" || t.upos(k) != "PROPN") && !name_as_adjective)) continue;
        if (t.upos(n) == "PROPN") {
            bool described = false;
            for (int c : t.kids(n)) described = described || (c > k && c < n && t.upos(c) == "NOUN" && t.rel(c) == "compound");
            if (!described) continue;
        }
        // Only a name the gazetteer or the head lexicons know as a place ("the Civic Renewal
        // party" names no place; "a Bristol software company" does). A one-word name is looked
        // up as written too: the lemmatizer may cut a name ("Columbus" -> "Columbu").
        const NounPhrase piece = noun_phrase(t, k, false);
        std::string name;
        for (int w : piece.tokens) {
            if (w >= n) break;
            if (!name.empty()) name += ' ';
            name += t.tok(w).form;
        }
        auto place = onto_.type_of_name(name);
        if (!place && piece.tokens.size() == 1) place = onto_.type_of_head(t.lower_lemma(k));
        if (!place && piece.tokens.size() == 1) place = onto_.type_of_head(t.lower_form(k));
        // "a Nelson charity", "a Vancouver law firm": a place named after a person is a person
        // to the head lexicon ("nelson", "vancouver"); one word of that kind (no given name)
        // opening an indefinite description of a body is where the body is. (Not a noun the
        // body is "of": "a Siemens subsidiary" is Siemens's.)
        bool surname_place = false;
        if (place && *place == "person" && piece.tokens.size() == 1 && !onto_.type_of_name(name) &&
            !lex_.given_name(t.tok(k).form) && t.upos(n) == "NOUN" && !role_relation(t, n, "of")) {
            const int det = t.child(n, "det");
            surname_place = det >= 0 && det < k && (t.lower_form(det) == "a" || t.lower_form(det) == "an");
        }
        if (!place || (*place != "place" && *place != "country" && !surname_place)) continue;
        const int md = mention(t, si, n, false);
        if (md < 0) return;
        const std::string& st = doc_.mentions[md].type;
        if (st != "university" && st != "school" && st != "organization" && st != "company" && st != "government" &&
            (st != "person" || surname_place)) {
            return;
        }
        // The place gets its node (and its type) from its own mention; the claim that the
        // described actor sits there is left unsaid, as readers do not list it.
        // (A name the head lexicons know only as written, or as a person's, is typed here.)
        const int mp = mention(t, si, k, false);
        const std::string found = surname_place ? "place" : *place;
        if (mp >= 0 && doc_.mentions[mp].antecedent < 0 &&
            (doc_.mentions[mp].type == "concept" || (surname_place && doc_.mentions[mp].type == "person"))) {
            edit(mp).type = found;
        }
    }
}

// "Southern Crescent's chief executive, Thomas Greer, said the company had hired": a bare "the
// <type noun>" subject of what a role holder reports is the one the role is of, named right
// there, before any earlier actor whose words include the noun. Returns its mention or -1.
int ExtractorImpl::reporting_role_owner(const Tree& t, uint32_t si, const NounPhrase& np, const std::string& key) {
    if (!np.definite || np.proper || np.demonstrative || key.empty() || key.find(' ') != std::string::npos ||
        t.base(np.head) != "nsubj" || t.head(np.head) < 0 || t.base(t.head(np.head)) != "ccomp") {
        return -1;
    }
    const auto type = onto_.type_of_head(t.lower_lemma(np.head));
    if (!type || !is_actor_type(*type) || *type == "person" || *type == "place") return -1;
    const int say = t.head(t.head(np.head));
    const int holder = say >= 0 && lex_.reporting_verb(t.lower_lemma(say)) ? t.child(say, "nsubj", true) : -1;
    if (holder < 0 || holder > np.head) return -1;
    int role = t.upos(holder) == "NOUN" ? holder : -1;
    if (t.upos(holder) == "PROPN") {
        for (int k : t.kids(holder)) {
            if (t.base(k) == "appos" && t.upos(k) == "NOUN") role = k;
        }
    }
    if (role < 0 || !role_relation(t, role, "of")) return -1;
    for (int k : t.kids(role)) {
        if (t.rel(k) != "nmod:poss" || k > role || t.upos(k) != "PROPN") continue;
        int r = mention(t, si, k, false);
        if (r < 0) continue;
        r = chain_root(r);
        // (A name not typed yet may be, or typed a person by its shape alone: "Halden Rail's chief
        // executive said the company".)
        if (doc_.mentions[r].type == *type || doc_.mentions[r].type == "concept" || shape_person(doc_.mentions[r])) return r;
    }
    return -1;
}

// The relation a role noun names with its complement: "president of" leads; "chief executive
// of" is tried with the noun's modifiers first.
const RelationInfo* ExtractorImpl::role_relation(const Tree& t, int noun,
                                                 const std::string& prep) const {
    // "deputy director of", "vice president of": a deputy's word (lexicon) stays out of the title
    // looked up; the deputy holds the role's relation, as "deputy director" held "director of".
    // The words before the role noun that modify it, as lemmas or as written, with or without
    // the names among them.
    auto modifiers = [&](bool names, bool written) {
        std::string out;
        for (int k : t.kids(noun)) {
            if ((t.base(k) == "amod" || t.base(k) == "compound") && k < noun && (names || t.upos(k) != "PROPN")) {
                if (lex_.deputy_modifier(t.lower_form(k))) continue;
                out += (written ? t.lower_form(k) : t.lower_lemma(k)) + " ";
            }
        }
        return out;
    };
    const std::string mods = modifiers(true, false);
    if (!mods.empty()) {
        if (const RelationInfo* r = onto_.relation_for_noun(mods + t.lower_lemma(noun) + " " + prep)) {
            return r;
        }
    }
    // "Kystferja chief executive Ingrid Halvorsen": a name modifying the title is whose title it
    // is, not a word of the title ("chief executive of").
    const std::string title = modifiers(false, false);
    if (!title.empty() && title != mods) {
        if (const RelationInfo* r = onto_.relation_for_noun(title + t.lower_lemma(noun) + " " + prep)) return r;
    }
    // "chief operating officer of": a participle in the title as written, not its verb's lemma.
    const std::string written = modifiers(false, true);
    if (!written.empty() && written != title) {
        if (const RelationInfo* r = onto_.relation_for_noun(written + t.lower_lemma(noun) + " " + prep)) return r;
    }
    const std::string lemma = t.lower_lemma(noun);
    if (const RelationInfo* r = onto_.relation_for_noun(lemma + " " + prep)) return r;
    // "co-chair of", "co-director of": a role held jointly is the role; "vice-president of",
    // "deputy-director of": a deputy's word joined to the role by a hyphen is one before it
    // (a title listed whole, "vice-chancellor of", was found above).
    const std::size_t dash = lemma.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == lemma.size()) return nullptr;
    const std::string first = lemma.substr(0, dash);
    if (first != "co" && !lex_.deputy_modifier(first)) return nullptr;
    return onto_.relation_for_noun(lemma.substr(dash + 1) + " " + prep);
}

// "according to a report published by its finance committee", "the university's ethics
// committee approved": a unit noun that the ontology makes part of what it is "of" (a committee,
// a department, a branch), with an organisation as its possessor, is part of that organisation.
void ExtractorImpl::unit_of_possessor_claims(const Tree& t, uint32_t si, int n) {
    if (t.upos(n) != "NOUN") return;
    const int poss = t.child(n, "nmod:poss");
    if (poss < 0 || poss > n || !role_possessor(t, poss)) return;
    const RelationInfo* r = onto_.relation_for_noun(t.lower_lemma(n) + " of");
    const auto unit_type = onto_.type_of_head(t.lower_lemma(n));
    // (A subsidiary, a company, is owned: see role_claims.)
    if (!r || r->name != "part-of" || !unit_type || *unit_type == "company" ||
        (!organisation_type(*unit_type) && *unit_type != "school")) {
        return;
    }
    const int unit = mention(t, si, n, false);
    if (unit < 0) return;
    for (int m : arg_mentions(t, si, poss)) {
        const std::string& ty = doc_.mentions[m].type;
        if (m == unit || (!organisation_type(ty) && ty != "school")) continue;
        add_claim(t, si, unit, "part-of", m, false, "asserted", 0.7, "'s");
    }
}

// "Maria Okafor, head of Aldren", "Aldren's chief executive, Maria Okafor": the person holding a
// role noun stands in the role's relation to the noun's complement or possessor ("X's president"
// is "president of X"). Returns whether a claim was made.
bool ExtractorImpl::role_claims(const Tree& t, uint32_t si, int holder, int role) {
    if (holder < 0 || !t.nominal(role)) return false;
    bool made = false;
    // "Halvora's founder and chief executive, Amira Sethi", "founder and head of Kestrel": one
    // holder of coordinated roles holds each; the possessor before the first role and the
    // complement after the last are said of all of them.
    const bool second_role = t.base(role) == "conj" && t.head(role) >= 0 && t.head(role) < role &&
                             t.upos(t.head(role)) == "NOUN" && t.upos(role) == "NOUN";
    if (second_role && role_claims(t, si, holder, t.head(role))) made = true;
    std::vector<int> complements = t.kids(role);
    if (second_role) {
        for (int k : t.kids(t.head(role))) {
            if (t.rel(k) == "nmod:poss" && k < t.head(role)) complements.push_back(k);
        }
    } else {
        for (int c : t.kids(role)) {
            if (t.base(c) != "conj" || t.upos(c) != "NOUN" || t.upos(role) != "NOUN") continue;
            for (int k : t.kids(c)) {
                if (t.base(k) == "nmod" && k > c && !t.prep(k).empty()) complements.push_back(k);
            }
        }
    }
    for (int k : complements) {
        const RelationInfo* r = nullptr;
        if (t.base(k) == "nmod" && k > role && !t.prep(k).empty()) r = role_relation(t, role, t.prep(k));
        if (t.rel(k) == "nmod:poss" && role_possessor(t, k)) {
            r = role_relation(t, role, "of");
            // "Germany's financial regulator BaFin": a regulator's possessor is where it
            // regulates, not what; only an "of"/"for" phrase names the regulated thing.
            if (r && r->name == "regulates") r = nullptr;
            // "the party's labour critic, Dana Wells": one critic with a field before the noun
            // holds that portfolio for the possessor, the body she belongs to; she is no critic
            // of it ("the bank's fiercest critic" still is).
            bool field = false;
            for (int c : t.kids(role)) field = field || (t.base(c) == "compound" && c < role && t.upos(c) == "NOUN");
            if (r && r->name == "opposes" && field && t.xpos(role) == "NN") r = map_relation("belong to");
        }
        // "Ana Ruiz, the union president": a noun modifying the role that names an organisation,
        // a government body or a company is what the role is of (not a field: "the finance
        // director", "the programme manager").
        // One noun or one name: of a run of nouns ("the student government president") only
        // the last would be said.
        bool body = t.base(k) == "compound" && k < role && t.nominal(k) && t.upos(k) != "PRON";
        for (int c : t.kids(role)) body = body && (c == k || t.base(c) != "compound");
        // Only a leading role: before other titles the noun more often makes one fixed title with
        // it ("Education Cabinet Secretary X", "the Foreign Secretary").
        if (body) {
            const RelationInfo* of = role_relation(t, role, "of");
            // "Brenton Institute spokesperson Tom Hale": a named body before an occupation
            // employs its holder (the name's own mention: the compound is no part of the holder).
            if (!of && t.upos(k) == "PROPN" && lex_.occupation(t.lower_lemma(role))) {
                const std::vector<int> bodies{mention(t, si, k, false)};
                bool past = false;
                for (int a : t.kids(role)) past = past || (a < role && lex_.past_role_modifier(t.lower_lemma(a)));
                for (int m : past ? std::vector<int>{} : bodies) {
                    if (m < 0 || m == holder || !organisation_type(doc_.mentions[m].type)) continue;
                    add_claim(t, si, m, "employs", holder, false, "asserted", 0.7, "appos");
                }
            }
            if (of && of->name == "leads") {
                for (int m : arg_mentions(t, si, k)) {
                    const std::string& ty = doc_.mentions[m].type;
                    if (m == holder || !named_type(ty)) continue;
                    add_claim(t, si, holder, of->name, m, false, "asserted", 0.7, "appos");
                    made = true;
                }
            }
            // "City Council member Angela Castellano", "board members, A and B,": a role of
            // belonging ("member of") written in lower case after a body (its name or its noun)
            // is the holder's place in that body. A capitalised role makes one title with the
            // words before it ("Education Cabinet Secretary X"), which names no body the holder
            // is part of.
            const std::string& rf = t.tok(role).form;
            if (of && of->name == "part-of" && !rf.empty() &&
                std::islower(static_cast<unsigned char>(rf[0]))) {
                for (int m : arg_mentions(t, si, k)) {
                    if (m == holder || !organisation_type(doc_.mentions[m].type)) continue;
                    // ("the business minister": a common noun typed a company only by its head
                    // is a portfolio, no body.)
                    if (doc_.mentions[m].type == "company" && t.upos(k) != "PROPN") continue;
                    add_claim(t, si, holder, "part-of", m, false, "asserted", 0.7, "appos");
                    made = true;
                }
            }
            continue;
        }
        // "Karen Li, an analyst at the broker Tillman Hayes": the organisation she works at
        // employs her (her role is still said: no 'made').
        if (!r) employer_claims(t, si, holder, role, k);
        if (!r) continue;
        for (int m : arg_mentions(t, si, k)) {
            if (m == holder) continue;
            // "Ann Lee, the minister of health", "a member of the public": a role "of" a notion
            // names a field or a public, no body one is part of; "Kenya's health minister" is a
            // member of its government, not of the country.
            const std::string& whole = doc_.mentions[chain_root(m)].type;
            if (r->name == "part-of" && ((t.rel(k) == "nmod" && k > role && !is_actor_type(whole) &&
                                          doc_.tokens[doc_.mentions[m].head].upos != "PROPN") ||
                                         whole == "country" || whole == "place")) {
                continue;
            }
            add_claim(t, si, holder, activity_role_relation(t, role, m, r)->name, m, false, "asserted", 0.7, "appos");
            made = true;
        }
    }
    // "X, Qubitra's chief executive and co-founder": the possessor before the first role is said
    // of the roles coordinated after it too.
    if (!second_role && t.upos(role) == "NOUN") {
        for (int c : t.kids(role)) {
            if (t.base(c) != "conj" || t.upos(c) != "NOUN" || c < role) continue;
            for (int k : t.kids(role)) {
                if (t.rel(k) != "nmod:poss" || k > role || !role_possessor(t, k)) continue;
                const RelationInfo* r = role_relation(t, c, "of");
                if (!r) continue;
                for (int m : arg_mentions(t, si, k)) {
                    if (m == holder) continue;
                    add_claim(t, si, holder, r->name, m, false, "asserted", 0.7, "appos");
                    made = true;
                }
            }
            // "Tom Whitlock, founder and director of Kestrel": the complement after the last role
            // is said of it too, whether the parser hung it there or on the first role.
            bool own = false;
            for (int k : t.kids(c)) own = own || (t.base(k) == "nmod" && k > c && !t.prep(k).empty());
            for (int k : own ? t.kids(c) : t.kids(role)) {
                if (t.base(k) != "nmod" || k < c || t.prep(k).empty()) continue;
                const RelationInfo* r = role_relation(t, c, t.prep(k));
                if (!r) continue;
                for (int m : arg_mentions(t, si, k)) {
                    if (m == holder) continue;
                    add_claim(t, si, holder, activity_role_relation(t, c, m, r)->name, m, false, "asserted", 0.7, "appos");
                    made = true;
                }
            }
        }
    }
    return made;
}

// "Its organisers, A and B," of an event or a project: a role noun that is the agent noun of a
// verb the ontology maps ("organiser" of "organise", "funder" of "fund") says what that verb
// says of the event or project, rather than membership.
const RelationInfo* ExtractorImpl::activity_role_relation(const Tree& t, int role, int m, const RelationInfo* r) const {
    const std::string& whole = doc_.mentions[m].type;
    if (r->name != "part-of" || (whole != "event" && whole != "project")) return r;
    const std::string lemma = t.lower_lemma(role);
    if (lemma.size() < 5 || lemma.compare(lemma.size() - 2, 2, "er") != 0) return r;
    for (const std::string& verb : {lemma.substr(0, lemma.size() - 1), lemma.substr(0, lemma.size() - 2)}) {
        const RelationInfo* v = onto_.relation_for_verb(verb);
        if (v && v->name != "part-of") return v;
    }
    return r;
}

// An occupation noun with "at X" (`k`, a dependent of `role`): X employs whoever holds the
// occupation ("an analyst at Tillman Hayes", "Researchers at Kestrel University found"); not a
// "former" one.
void ExtractorImpl::employer_claims(const Tree& t, uint32_t si, int holder, int role, int k) {
    if (holder < 0 || t.base(k) != "nmod" || k < role || t.prep(k) != "at" || !lex_.occupation(t.lower_lemma(role))) {
        return;
    }
    for (int a : t.kids(role)) {
        if (a < role && lex_.past_role_modifier(t.lower_lemma(a))) return;
    }
    for (int m : arg_mentions(t, si, k)) {
        const std::string& ty = doc_.mentions[m].type;
        // A name nothing has typed yet ("an analyst at Nordea") is typed an organisation later,
        // by where it stands.
        const bool untyped_name = ty == "concept" && doc_.tokens[doc_.mentions[m].head].upos == "PROPN";
        if (m == holder || (!is_actor_type(ty) && !untyped_name) || ty == "person" || ty == "place" ||
            ty == "country" || ty == "event" || ty == "policy" || ty == "fund" || ty == "project") {
            continue;
        }
        add_claim(t, si, m, "employs", holder, false, "asserted", 0.7, "appos");
    }
}

// "the Leeds-based charity", "the Halvorsen-funded project", "a Castlemere-owned railway": a
// name joined by a hyphen to a participle that modifies a noun does the participle's relation to
// the noun (the participle's ontology phrase "be based in" locates the noun in the named place).
void ExtractorImpl::hyphen_participle_claims(const Tree& t, uint32_t si, int n) {
    for (int y : t.kids(n)) {
        if (t.rel(y) != "amod" || y > n || y < 2 || t.xpos(y) != "VBN" || t.lower_form(y - 1) != "-") continue;
        const int x = y - 2;
        if (t.upos(x) != "PROPN" || t.head(x) != y) continue;
        const std::string form = t.lower_form(y), lemma = t.lower_lemma(y);
        const std::string verb = lemma.substr(lemma.rfind('-') + 1);
        // The phrase's head ("the Munich-based payments software maker"), and the name a
        // description is in apposition to ("Quorvia, the Munich-based maker").
        int thing = n;
        for (int steps = 0; steps < 3 && t.base(thing) == "compound" && t.head(thing) > thing; ++steps) thing = t.head(thing);
        if (t.upos(thing) == "NOUN" && t.rel(thing) == "appos" && t.head(thing) >= 0 &&
            (t.upos(t.head(thing)) == "PROPN" || t.upos(t.head(thing)) == "NOUN")) {
            thing = t.head(thing);
        }
        const int mn = mention(t, si, thing, false), mx = mention(t, si, x, false);
        if (mn < 0 || mx < 0) continue;
        const std::string& nt = doc_.mentions[mn].type;
        const std::string& xt = doc_.mentions[mx].type;
        if (!is_actor_type(nt) && t.upos(thing) != "PROPN") continue;
        if (const RelationInfo* at = map_relation("be " + form + " in"); at && at->name == "located-in") {
            if ((xt == "place" || xt == "country") && nt != "place" && nt != "country" && nt != "person") {
                add_claim(t, si, mn, "located-in", mx, false, "asserted", 0.75, form + " in");
            }
            continue;
        }
        const RelationInfo* r = map_relation(verb);
        // (A name counts even when nothing typed it: "Castlemere" of "Castlemere-owned".)
        if (!r || xt == "place") continue;
        add_claim(t, si, mx, r->name, mn, false, "asserted", 0.7, verb);
    }
}

// "Varden Logistics, a Leeds company,": a place's name modifying the class noun a name is
// described by is where the named body is (as "a Leeds-based company" says it). Only a place
// (a city, a region), and only a name of proper nouns right before the noun or before the
// noun's own compound nouns ("a London investment firm", "the Manchester software firm X"): a
// word for a country there is most often a nationality the tagger took for a name ("a Dutch
// company"), and "a South African company" has an adjective between.
void ExtractorImpl::place_of_class_claims(const Tree& t, uint32_t si, int mn, int named, int cls) {
    if (mn < 0 || t.upos(named) != "PROPN" || t.upos(cls) != "NOUN") return;
    const std::string& nt = doc_.mentions[mn].type;
    if (nt == "place" || nt == "country" || nt == "person") return;
    for (int c : t.kids(cls)) {
        if (t.base(c) != "compound" || c > cls || t.upos(c) != "PROPN") continue;
        // The name's own words, then only the class noun's compound nouns up to the noun.
        int w = c + 1;
        while (w < cls && t.upos(w) == "PROPN") ++w;
        bool name_only = true;
        for (; w < cls; ++w) name_only = name_only && t.upos(w) == "NOUN" && t.head(w) == cls && t.base(w) == "compound";
        const int mc = name_only ? mention(t, si, c, false) : -1;
        if (mc < 0 || mc == mn || doc_.mentions[mc].type != "place") continue;
        add_claim(t, si, mn, "located-in", mc, false, "asserted", 0.7, "appos place");
    }
}

// "The head of the Brenton Institute, Marta Quinlan, said", "the regulator of payday lenders, the
// Financial Conduct Authority,": a name set off by a comma right after a role noun's "of"
// complement, which the parser hung on the complement, names the role's holder when it is an
// actor of another type than the complement (a person is no apposition of an institute).
void ExtractorImpl::role_name_after_complement(const Tree& t, uint32_t si, int n) {
    if (t.base(n) == "appos" || !role_relation(t, n, "of")) return;
    for (int k : t.kids(n)) {
        if (t.base(k) != "nmod" || k < n || t.prep(k) != "of") continue;
        for (int a : t.kids(k)) {
            if ((t.base(a) != "appos" && t.base(a) != "nmod") || a < k || t.upos(a) != "PROPN" || !t.prep(a).empty()) continue;
            std::vector<int> span;
            t.subtree(a, span);
            const int first = *std::min_element(span.begin(), span.end());
            if (t.lower_form(first) != "," && (first < 1 || t.lower_form(first - 1) != ",")) continue;
            const int holder = mention(t, si, a, false), of = mention(t, si, k, false);
            if (holder < 0 || of < 0) continue;
            const std::string& ht = doc_.mentions[holder].type;
            if (!is_actor_type(ht) || ht == "place" || ht == "country" || ht == doc_.mentions[of].type) continue;
            role_claims(t, si, holder, n);
        }
    }
}

namespace {

// Whether a colon opens the phrase headed by k (a punctuation child of k right before its words).
bool after_colon(const Tree& t, int k) {
    for (int c : t.kids(k)) {
        if (c < k && t.tok(c).form == ":") return true;
    }
    return false;
}

// Whether the word right before the phrase headed by k is an opening quotation mark after an
// object: "called the policy "a self-inflicted wound"" names the speaker's view of the policy
// (the verb's second complement), not an apposition that says what the policy is.
bool quoted_complement(const Tree& t, int n, int k) {
    int first = k;
    for (int c : t.kids(k)) first = std::min(first, c);
    if (first <= n) return false;
    const std::string& f = t.tok(first).form;
    const bool quote = f == "\"" || f == "``" || f == "\u201c" || f == "'" || f == "\u2018";
    return quote && t.tok(first - 1).form != "," && t.base(n) == "obj";
}

// A number with no noun it counts and no "of" complement ("12 million"; not "two of the
// operators").
bool bare_number(const Tree& t, int k) {
    if (t.upos(k) != "NUM") return false;
    for (int c : t.kids(k)) {
        if (t.base(c) == "nmod" && c > k) return false;
    }
    return true;
}

}  // namespace

bool ExtractorImpl::bracketed_field(const Tree& t, int k) const {
    // "Partners: Calderwood Systems (technology), Age Forward (community support)": a bare
    // notion in brackets after a name labels its part or field; it is no class of the name
    // ("Qubitra (a spin-out)" with its article still is).
    const auto tokens = noun_phrase(t, k, false).tokens;
    const int first = tokens.empty() ? k : std::min(k, *std::min_element(tokens.begin(), tokens.end()));
    if (first < 1 || t.tok(first - 1).form != "(" || t.child(k, "det") >= 0 || t.upos(k) != "NOUN") return false;
    const auto ty = onto_.type_of_head(t.lower_lemma(k));
    return !ty || !is_actor_type(*ty);
}

void ExtractorImpl::apposition_claims(const Tree& t, uint32_t si, int n) {
    // "the German Academic Exchange Service (DAAD)" or "..., known as DAAD": an alias;
    // "Siemens, a German company," -> instance-of.
    for (int k : t.kids(n)) {
        if (t.rel(k) == "nmod:desc" && t.upos(n) == "PROPN" && !lex_.name_prefix(t.lower_form(k))) {
            // "Aldren's president Maria Okafor": the description before a name holds its role.
            // ("St." in "St. Anselm" is a word of the name.)
            role_claims(t, si, mention(t, si, n, false), k);
            // "the Manchester software firm Brightpath Digital": the place in the description
            // before the name is where the named body is.
            place_of_class_claims(t, si, mention(t, si, n, false), n, k);
            continue;
        }
        int alias = -1;
        bool called = false;  // "..., called X," / "known as X" / "named X"
        // "the partnership with Brandt Grid Systems, a German engineering company": an
        // apposition renames the name right before it, though the parser hangs it higher up.
        int renamed = n;
        // "sold 31 of the stores to Kestrel Rock, a private equity firm,": the apposition the
        // parser hung on a partitive number renames the name inside the number's phrase.
        const int counted = t.upos(n) == "NUM" ? resolve_transparent(t, n) : n;
        for (int h : {n, counted}) {
            for (int m : t.kids(h)) {
                // A name's own complement is no other name: "Partners for Rural Health, a charity".
                if (t.base(m) == "nmod" && m > h && m < k && t.upos(m) == "PROPN" &&
                    t.upos(k) != "PROPN" && !capitalized_name_part(t, n)) {
                    renamed = m;  // a name does not rename a name: "the president of Aldren, Maria Okafor"
                }
            }
            if (counted == n) break;
        }
        if (t.base(k) == "appos") {
            const std::string& f = t.tok(k).form;
            bool acronym = (t.upos(k) == "PROPN" || t.upos(k) == "NOUN") && f.size() >= 2 &&
                           std::all_of(f.begin(), f.end(), [](char c) {
                               return std::isupper(static_cast<unsigned char>(c)) ||
                                      std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '&';
                           });
            // "The Ministry of Health (MoH)", "the Department for Education (DfE)": a short
            // bracketed word of letters with two capitals or more, the first one of them, is an
            // acronym too.
            if (!acronym && (t.upos(k) == "PROPN" || t.upos(k) == "NOUN") && f.size() >= 2 && f.size() <= 6 &&
                k > 0 && k + 1 < t.size() && t.tok(k - 1).form == "(" && t.tok(k + 1).form == ")" &&
                std::isupper(static_cast<unsigned char>(f[0])) &&
                std::all_of(f.begin(), f.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; })) {
                acronym = std::count_if(f.begin(), f.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) >= 2;
            }
            if (acronym && t.kids(k).size() <= 2) {
                alias = k;
            } else if (t.nominal(k)) {
                int mn = mention(t, si, renamed, false), ma = mention(t, si, k, false);
                bool named = false;
                // The apposition's own name, not a name inside its modifiers ("a Swiss-based donor",
                // "the regulator for higher education in England").
                for (int w : noun_phrase(t, k, false).tokens) {
                    named = named || (t.upos(w) == "PROPN" &&
                                      (w == k || (t.head(w) == k && (t.base(w) == "compound" || t.base(w) == "flat"))));
                }
                // "Two of the city's museums, the Harlan Gallery and the Stone House,": a plural
                // noun with a list of names in apposition is their class, not one actor renamed.
                // The list must end the phrase: "at German universities, Chile's Ministry of
                // Education announced" is the parser's apposition, not the text's.
                int last = k;
                for (int c : t.kids(k)) {
                    if (t.base(c) == "conj" && c > last) last = c;
                }
                const auto last_tokens = noun_phrase(t, last, false).tokens;
                const int end = last_tokens.empty() ? last : std::max(last, last_tokens.back());
                const bool closed = end + 1 < t.size() &&
                                    (t.tok(end + 1).form == "," || t.tok(end + 1).form == ")" ||
                                     t.tok(end + 1).form == "." || t.tok(end + 1).form == ";");
                // "Its organisers, the agency and the African Union Commission,": a definite
                // description in the list takes up an actor named before, as a name would.
                const bool listed = named_list(t, k);
                if (mn >= 0 && ma >= 0 && closed && t.xpos(renamed) == "NNS" &&
                    ((named && t.upos(k) == "PROPN") || listed)) {
                    // "its founders, Lena Brandt and Tomasz Wierzbicki,": a plural role noun with
                    // its possessor or complement gives each listed name the role, not a class.
                    const bool roles = role_claims(t, si, ma, renamed);
                    if (!roles) add_claim(t, si, ma, "instance-of", mn, false, "asserted", 0.7, "appos");
                    for (int c : t.kids(k)) {
                        if (t.base(c) != "conj" || (t.upos(c) != "PROPN" && !listed)) continue;
                        const int mc = mention(t, si, c, false);
                        if (mc < 0 || mc == mn) continue;
                        if (roles) {
                            role_claims(t, si, mc, renamed);
                        } else {
                            add_claim(t, si, mc, "instance-of", mn, false, "asserted", 0.7, "appos");
                        }
                    }
                } else if (mn >= 0 && ma >= 0 && mn != ma && named &&
                           (t.upos(renamed) == "NOUN" || lex_.title_acronym(t.tok(renamed).form))) {
                    // ("The company's CFO, Daniel Whitcombe,": a title's acronym is the noun.)
                    // "Voltaris's largest shareholder, the venture capital firm Eastwind
                    // Partners,": a description and the name after it are one actor.
                    int root = ma;
                    root = chain_root(root);
                    if (root != mn) {
                        Mention& d = edit(mn);
                        // (The name is edited only when its type changes: an edit of an earlier
                        // mention makes the salience counts start again.)
                        const Mention& r = doc_.mentions[root];
                        const std::string described_key = d.key;
                        // "the regional development agency, Midlands Growth": the description
                        // types the name, not the shape of the name.
                        if (shape_person(r) && is_actor_type(d.type) && d.type != "person") edit(root).type = d.type;
                        d.antecedent = root;
                        set_key(mn, r.key);
                        if (r.type != "concept") d.type = r.type;
                        // "The company, Westbrook Clinic, said it would hire": a pronoun that took
                        // up the description before its name was known is the name too. (Such a
                        // pronoun was made in this sentence, after the description: only the
                        // sentence's mentions are looked at, not every mention with the key,
                        // which would make a long document of such sentences quadratic.)
                        for (int x = static_cast<int>(doc_.mentions.size()) - 1;
                             x > mn && doc_.mentions[x].sentence == si; --x) {
                            if (doc_.mentions[x].antecedent != mn || doc_.mentions[x].key != described_key) continue;
                            set_key(x, doc_.mentions[root].key);
                            edit(x).type = doc_.mentions[mn].type;
                        }
                    }
                    note_description(t, renamed, root);
                    role_claims(t, si, ma, renamed);  // "Aldren's chief executive, Maria Okafor,"
                    // "the Manchester software firm Brightpath Digital": the place in the
                    // description before the name is where the named body is.
                    place_of_class_claims(t, si, root, k, renamed);
                } else if (mn >= 0 && mn == ma && named && t.upos(renamed) == "NOUN" && t.upos(k) == "PROPN" &&
                           t.base(renamed) != "conj") {
                    // "Its rival FreshWay said": a role and the name right after it are one
                    // phrase; the name holds the role towards the possessor all the same.
                    role_claims(t, si, ma, renamed);
                    // "the Manchester software firm Brightpath Digital": the place in the
                    // description before the name is where the named body is.
                    place_of_class_claims(t, si, ma, k, renamed);
                } else if (mn >= 0 && ma >= 0 && t.upos(k) != "PROPN" && t.child(renamed, "nummod", true) < 0 &&
                           !after_colon(t, k) && !quoted_complement(t, renamed, k) &&
                           !lex_.time_name(t.lower_form(renamed)) && !bare_number(t, k)) {
                    // (A month or a day is no member of a class: "from January, the largest
                    // increase since 2000" describes the event, not the month; nor is a bare
                    // number a class: "and the ministry 12 million", a verb left out.)
                    // (A colon introduces a title's second part or an elaboration, not a class:
                    // "Where German comes before fractions: Romania's early-language gamble".)
                    // "Maria Okafor, head of Aldren,": a role says more than instance-of. An
                    // amount ("for 2.1 billion dollars, its largest acquisition") is no instance.
                    const bool role = role_claims(t, si, mn, k);
                    // "Ofwat, the economic regulator of the water industry,": a role an
                    // institution holds still types the name by the role noun's own class.
                    if (role && t.upos(renamed) == "PROPN" && t.upos(k) == "NOUN") {
                        if (auto d = onto_.type_of_head(t.lower_lemma(k)); d && organisation_type(*d)) {
                            retype_by_description(mn, *d);
                        }
                    }
                    if (!role) {
                        bool place_of_class = false;
                        // "the Northern Consortium, a group of four universities,": the name is
                        // the group, made of the complement's members, not one of them.
                        const int inner = resolve_transparent(t, k);
                        if (inner != k && t.upos(renamed) == "PROPN" && lex_.collective(t.lower_lemma(k)) &&
                            t.xpos(inner) == "NNS") {
                            for (int m : arg_mentions(t, si, inner)) {
                                if (m != mn) add_claim(t, si, m, "part-of", mn, false, "asserted", 0.7, "appos group of");
                            }
                        } else if (!bracketed_field(t, k)) {
                            add_claim(t, si, mn, "instance-of", ma, false, "asserted", 0.7, "appos");
                            place_of_class = true;
                        }
                        // "Harlow Foods, the frozen-meal maker, ...": "the maker" later is it.
                        if (t.upos(renamed) == "PROPN" && t.upos(k) == "NOUN") {
                            note_description(t, k, mn);
                        }
                        // A name, though its head was tagged a noun ("Partners for Rural Health").
                        if ((t.upos(renamed) == "PROPN" || (renamed > 0 && capitalized_name_part(t, renamed))) &&
                            t.upos(k) == "NOUN") {
                            if (auto d = description_type(t, k)) retype_by_description(mn, *d);
                        }
                        // (After the description has typed the name: "Falkor Leasing, a Dublin
                        // company," is no person, as its shape alone would say.)
                        if (place_of_class) place_of_class_claims(t, si, mn, renamed, k);
                        // "Corran Mobile and Westlink Telecom, two of Ireland's mobile operators,":
                        // the class of a partitive number types the name and its named conjuncts.
                        if (t.upos(k) == "NUM" && t.upos(renamed) == "PROPN") {
                            for (int c : t.kids(k)) {
                                if (t.base(c) != "nmod" || c < k || t.prep(c) != "of" || t.xpos(c) != "NNS") continue;
                                const auto d = description_type(t, c);
                                if (!d || !named_type(*d)) continue;
                                retype_by_description(mn, *d);
                                for (int g : t.kids(renamed)) {
                                    if (t.base(g) != "conj" || t.upos(g) != "PROPN") continue;
                                    if (const int mg = mention(t, si, g, false); mg >= 0) retype_by_description(mg, *d);
                                }
                            }
                        }
                    }
                }
            }
        } else if (t.base(k) == "acl" && (t.lower_lemma(k) == "know" || t.lower_lemma(k) == "call" ||
                                            t.lower_lemma(k) == "name" || t.lower_lemma(k) == "abbreviate")) {
            for (int g : t.kids(k)) {
                if ((t.base(g) == "obl" || t.base(g) == "xcomp" || t.base(g) == "obj") && t.nominal(g)) {
                    alias = g;
                    called = true;
                }
            }
        }
        if (alias < 0) continue;
        // An acronym the parser hung on the last word of a longer name ("Foundation for Science
        // and Technology (FCT)") abbreviates the whole name.
        int named = renamed;
        while (t.head(named) >= 0 && capitalized_name_part(t, named) &&
               (t.base(named) == "nmod" || t.base(named) == "conj" || t.base(named) == "flat") &&
               t.upos(t.head(named)) == "PROPN" && capitalized_name_part(t, t.head(named)) &&
               t.head(named) < named) {
            named = t.head(named);
        }
        int mn = mention(t, si, named, false);
        if (mn < 0) continue;
        NounPhrase np = noun_phrase(t, alias, false);
        std::string akey = key_of(t, np);
        if (akey.empty() || akey == doc_.mentions[mn].key) continue;
        alias_of_[akey] = mn;
        // The alias itself becomes a mention of the same actor.
        Mention m;
        m.sentence = si;
        m.head = t.first() + alias;
        m.first_token = t.first() + np.tokens.front();
        m.end_token = t.first() + np.tokens.back() + 1;
        m.label = join_tokens(t, np.tokens);
        m.key = doc_.mentions[mn].key;
        m.type = doc_.mentions[mn].type;
        m.antecedent = mn;
        const int idx = static_cast<int>(doc_.mentions.size());
        // "The venture, called Open Prairie,": a thing a common noun described is given a name.
        // Its label joins both ("Open Prairie venture", as English says "the Open Prairie
        // venture"), so that neither the name nor the description is lost, and its key is the
        // name's: two documents' ventures are not one actor because both were "the venture".
        if (called && t.upos(named) == "NOUN" && t.xpos(named) == "NN" && t.upos(alias) == "PROPN") {
            int root = mn;
            root = chain_root(root);
            const Mention& r = doc_.mentions[root];
            if (doc_.tokens[r.head].upos == "NOUN") {
                const std::string& noun = t.tok(named).form;
                std::string label = m.label, key = akey;
                const std::size_t cut = label.rfind(' ');
                const std::string last = cut == std::string::npos ? label : label.substr(cut + 1);
                if (!ascii::iequals(last, noun)) {
                    label += ' ' + noun;
                    key += ' ' + t.lower_lemma(named);
                }
                const std::string old = r.key;
                edit(root).label = label;
                for (int x = 0; x < static_cast<int>(doc_.mentions.size()); ++x) {
                    if (doc_.mentions[x].key != old) continue;
                    set_key(x, key);
                    if (doc_.mentions[x].antecedent < 0 && x != root) edit(x).antecedent = root;
                }
                if (auto d = described_type_.find(old); d != described_type_.end()) {
                    described_type_.emplace(key, d->second);
                }
                m.key = key;
            }
        }
        mention_at_[{si, alias}] = idx;
        append_mention(std::move(m), t.upos(alias) == "PROPN");
    }
}

void ExtractorImpl::section_heading(const Tree& t, uint32_t si) {
    // A heading names whose measures or actions follow ("China's measures in ..."): its
    // possessor or first actor becomes the implicit agent of the section's imperatives.
    int agent = -1;
    for (int i = 0; i < t.size() && agent < 0; ++i) {
        if (t.rel(i) == "nmod:poss" && t.upos(i) != "PRON") {
            int m = mention(t, si, i, false);
            if (m >= 0 && is_actor_type(doc_.mentions[m].type) && doc_.mentions[m].type != "person") agent = m;
        }
    }
    section_agent_ = agent;
}

void ExtractorImpl::list_lead(const Tree& t, uint32_t si, const std::vector<Proposition>& props) {
    const Sentence& s = doc_.sentences[si];
    if (s.block == Block::list_item) {
        if (!list_lead_) return;
        // A verbless item: its head is the root, a name or noun ("- the venture capital firm X,
        // which holds ...").
        // The parser may hang the item on its marker or closing ";": climb only through
        // punctuation.
        int root = -1;
        for (int i = 0; i < t.size() && root < 0; ++i) {
            if (t.upos(i) != "PROPN" && t.upos(i) != "NOUN") continue;
            int h = t.head(i), steps = 0;
            while (h >= 0 && t.upos(h) == "PUNCT" && ++steps < 4) h = t.head(h);
            if (h < 0) root = i;
        }
        if (root < 0) return;
        const ListLead& l = *list_lead_;
        const std::vector<int> items = arg_mentions(t, si, root);
        const bool agent = l.passive && l.prep == "by";
        const RelationInfo* r = map_relation(agent ? l.verb : l.verb + " " + l.prep);
        if (!r) return;
        for (int item : items) {
            for (int other : l.subjects) {
                if (agent) add_claim(t, si, item, r->name, other, l.negated, l.modality, l.confidence - 0.1, l.verb + " by");
                else add_claim(t, si, other, r->name, item, l.negated, l.modality, l.confidence - 0.1, l.verb + " " + l.prep);
            }
        }
        return;
    }
    list_lead_.reset();
    // The line ends in a preposition and a colon, the preposition hung on the verb with no
    // complement of its own.
    int last = t.size() - 1;
    if (last < 1 || t.lower_form(last) != ":" || t.upos(last - 1) != "ADP") return;
    const int prep = last - 1, v = t.head(prep);
    if (v < 0 || t.upos(v) != "VERB") return;
    for (int k : t.kids(prep)) {
        if (t.upos(k) != "PUNCT") return;
    }
    for (const auto& p : props) {
        if (p.predicate != v) continue;
        ListLead l;
        l.verb = verb_phrase(t, v);
        l.prep = t.lower_form(prep);
        l.passive = p.passive;
        l.negated = p.negated;
        l.modality = p.modality;
        l.confidence = p.confidence;
        if (p.subject >= 0) l.subjects = arg_mentions(t, si, p.subject);
        if (!l.subjects.empty()) list_lead_ = std::move(l);
        return;
    }
}

void ExtractorImpl::run() {
    for (uint32_t si = 0; si < doc_.sentences.size(); ++si) {
        const Sentence& s = doc_.sentences[si];
        if (s.size() == 0 || s.size() > 400) continue;
        if (s.block == Block::navigation) continue;  // breadcrumbs and menus claim nothing
        Tree t(doc_.document_, s);
        bool imperative_context = s.block == Block::list_item;
        if (s.block == Block::heading) {
            // A line of words joined by " - " or " > " with no verb is navigation: no claims.
            section_heading(t, si);
        }
        std::vector<Proposition> props = propositions(t, s, si);
        for (auto& p : props) {
            // Imperative list items and headings ("2. Strengthen cooperation with X:") act for
            // the section's agent.
            if (p.subject < 0 && (imperative_context || s.block == Block::heading) &&
                section_agent_ >= 0 && (t.base(p.predicate) == "root" || t.base(p.predicate) == "conj") &&
                (t.xpos(p.predicate) == "VB" || t.xpos(p.predicate) == "VBG")) {
                p.context_subject_mention = section_agent_;
                p.implicit_subject = true;
                p.confidence -= 0.2;
            }
        }
        for (const auto& p : props) claims_for(t, si, p);
        list_lead(t, si, props);
        for (int n = 0; n < t.size(); ++n) {
            if (!t.nominal(n) && t.upos(n) != "ADJ") continue;
            nominal_claims(t, si, n, props);
            example_claims(t, si, n);
            location_claims(t, si, n);
            unit_of_possessor_claims(t, si, n);
            affiliation_claims(t, si, n);
            // "Analysts at DNB Markets said": the occupation noun is itself the holder, unless it
            // describes a person named beside it ("Karen Li, an analyst at ...": hers).
            if (t.upos(n) == "NOUN" && lex_.occupation(t.lower_lemma(n)) && t.base(n) != "appos" &&
                t.child(n, "appos") < 0 && t.rel(n) != "nmod:desc") {
                for (int k : t.kids(n)) {
                    if (t.base(k) == "nmod" && k > n && t.prep(k) == "at") employer_claims(t, si, mention(t, si, n, false), n, k);
                }
            }
            // "its prices were higher, a decision that ...": an apposition the parser hung on an
            // adjective renames no thing.
            if (t.nominal(n)) apposition_claims(t, si, n);
            if (t.upos(n) == "NOUN") role_name_after_complement(t, si, n);
            if (t.upos(n) == "NOUN" || t.upos(n) == "PROPN") hyphen_participle_claims(t, si, n);
        }
        // A byline among the first lines ("By Margaret Ashdown") names the writer, whom "I"
        // outside quotation marks takes up (narrator_mention), however the parser hung the name.
        if (si < 5 && t.size() >= 3 && t.size() <= 5 && t.tok(0).form == "By") {
            bool names = true;
            for (int k = 1; k < t.size(); ++k) names = names && t.upos(k) == "PROPN";
            if (names) mention(t, si, 1, false);
        }
        // Every actor the sentence names becomes a mention, claim or not, so that the graph
        // lists the actors an article names. Unknown names after "in" are places.
        for (int n = 0; n < t.size(); ++n) {
            auto b = t.base(n);
            if (!(t.upos(n) == "NOUN" || t.upos(n) == "PROPN")) continue;
            if (std::any_of(props.begin(), props.end(), [n](const Proposition& p) { return p.predicate == n; })) continue;
            if (b == "compound" || b == "flat" || b == "amod" || b == "fixed" || b == "goeswith") continue;
            // "Forth & Tay Savings", "Westford Fire and Rescue Service": the name after "&" or "and"
            // is a word of the name before it (joined_name).
            if (b == "conj" && t.head(n) >= 0 && joined_name(t, t.head(n), n)) continue;
            int m = mention(t, si, n, false);
            if (m < 0) continue;
            const Mention& mm = doc_.mentions[m];
            std::string type = mm.type;  // what the place and workplace cues below make it
            if (type == "concept" && t.upos(n) == "PROPN" && mm.antecedent < 0 && !lex_.time_name(t.lower_form(n))) {
                // "in Corby and Wigan": a conjunct shares the first conjunct's preposition.
                int first = n;
                while (t.base(first) == "conj" && t.head(first) >= 0 && t.head(first) < first &&
                       t.upos(t.head(first)) == "PROPN") {
                    first = t.head(first);
                }
                std::string p = t.prep(first);
                // "a 19-year-old from Miri", "a farmer from Kano": a person who is not named for
                // an occupation (those come from where they work) comes from a place.
                const int whose = t.head(first);
                auto who = whose >= 0 && t.base(first) == "nmod" ? onto_.type_of_head(t.lower_lemma(whose))
                                                                  : std::nullopt;
                const bool origin = p == "from" && who && *who == "person" && !lex_.occupation(t.lower_lemma(whose));
                if (p == "in" || p == "near" || p == "across" || p == "throughout" || p == "outside" || origin) {
                    type = "place";
                }
            }
            if (type == "person" && t.upos(n) == "PROPN" && mm.antecedent < 0 && t.prep(n) == "in" && place_token(t, n)) {
                type = "place";
            }
            // "Analysts at Morgan Stanley", "researchers at Castlegate": people are at an
            // organisation, not at a person, so a name typed a person by its shape alone (two
            // capitalised words) is an organisation there.
            // An unknown one-word name there is one too ("Analysts at Nordea").
            // So is a name after "of" on a role held in an organisation ("the provost of Kansas
            // State", "chief executive of Dalby Hale"), not on a tie between people ("the son of").
            // "Accountants from Grantley Moss": an occupation's people come from where they work.
            const std::string prep = t.prep(n);
            const bool from_work = prep == "from" && t.head(n) >= 0 && lex_.occupation(t.lower_lemma(t.head(n)));
            if ((type == "person" || type == "concept") && t.upos(n) == "PROPN" && mm.antecedent < 0 &&
                (prep == "at" || prep == "of" || from_work) && t.head(n) >= 0 && t.upos(t.head(n)) == "NOUN" &&
                (prep == "at" || from_work || role_relation(t, t.head(n), "of"))) {
                auto holder = onto_.type_of_head(t.lower_lemma(t.head(n)));
                if (holder && *holder == "person" && !onto_.type_of_name(mm.label)) {
                    // "Analysts at Nordea": market analysts, economists and traders work for firms.
                    type = prep != "of" && lex_.market_occupation(t.lower_lemma(t.head(n))) ? "company" : "organization";
                }
            }
            if (type != mm.type) edit(m).type = type;
        }
        // Purpose clauses under a fund: "set up special funds to support X" -> funds X.
        for (const auto& p : props) {
            int v = p.predicate;
            int h = t.head(v);
            if (h < 0 || !(t.base(v) == "advcl" || t.base(v) == "acl" || t.base(v) == "xcomp")) continue;
            int mark = t.child(v, "mark", true);
            if (mark < 0 || t.lower_form(mark) != "to") continue;
            int fund = t.base(v) == "acl" ? h : t.child(h, "obj");
            if (fund < 0) continue;
            if (t.base(v) == "acl" && amount_of(t, fund)) h = fund = t.head(fund);  // "a fund of N euros to"
            NounPhrase np = noun_phrase(t, fund, false);
            if (type_of(t, np, join_tokens(t, np.tokens)) != "fund") continue;
            const RelationInfo* r = map_relation(verb_phrase(t, v));
            if (!r || (r->name != "supports" && r->name != "promotes" && r->name != "improves")) continue;
            bool implicit = false;
            const int payer_head = t.base(v) == "acl" ? t.head(h) : h;
            if (payer_head < 0) continue;  // regression: fuzz claims_acl_root
            int payer_tok = subject_of(t, payer_head, 0, implicit);
            std::vector<int> payers = payer_tok >= 0 ? arg_mentions(t, si, payer_tok) : std::vector<int>{};
            int obj = t.child(v, "obj");
            if (obj < 0) continue;
            for (int s : payers) {
                for (int o : arg_mentions(t, si, obj)) {
                    add_claim(t, si, s, "funds", o, p.negated, p.modality, p.confidence - 0.1, "fund to " + verb_phrase(t, v));
                }
            }
        }
    }
    prefer_described_types();
}

// "Arden Cells ... the battery maker Arden Cells", "Lyndale Components, a supplier": a name
// typed a person only by its shape (two capitalised words) anywhere in the text is what a
// description of it says it is, in every mention: the first mention may come before the
// description (a headline).
void ExtractorImpl::prefer_described_types() {
    std::map<std::string, std::string> learned(described_type_.begin(), described_type_.end());
    for (const auto& c : doc_.claims) {
        if (c.relation != "instance-of" || c.negated) continue;
        const Mention& s = doc_.mentions[c.subject];
        const Mention& o = doc_.mentions[c.object];
        if (!shape_person(s) || doc_.tokens[s.head].upos != "PROPN" || !named_type(o.type)) continue;
        // The class's own noun must say so: "a researcher at Stanford University" is a person.
        const auto head_type = onto_.type_of_head(ascii::lower(doc_.tokens[o.head].lemma));
        if (!head_type || *head_type != o.type) continue;
        learned.emplace(s.key, o.type);
    }
    // "Kestrel competes with rivals such as Stellantis": competitors are alike; a name typed only
    // by its shape or a role noun (one word taken for a person, capitals for an organisation)
    // that competes with a company is one.
    auto weak = [&](const Mention& m) {
        if (doc_.tokens[m.head].upos != "PROPN" || onto_.type_of_name(m.label)) return false;
        const bool one_word = m.label.find(' ') == std::string::npos;
        const bool capitals = std::all_of(m.label.begin(), m.label.end(), [](char c) {
            return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c));
        });
        return m.type == "concept" || (one_word && m.type == "person") || (capitals && m.type == "organization");
    };
    for (const auto& c : doc_.claims) {
        if (c.relation != "competes-with" || c.negated) continue;
        for (auto [a, b] : {std::pair{c.subject, c.object}, std::pair{c.object, c.subject}}) {
            int ra = a, rb = b;
            ra = chain_root(ra);
            rb = chain_root(rb);
            if (doc_.mentions[rb].type == "company" && weak(doc_.mentions[ra])) {
                learned[doc_.mentions[ra].key] = "company";
            }
        }
    }
    // "plants in Pretoria and East London": a name typed a person only by its shape that is
    // coordinated with a known place or country is one too (coordinated names are alike).
    for (const auto& m : doc_.mentions) {
        const Token& h = doc_.tokens[m.head];
        if (!shape_person(m) || h.upos != "PROPN") continue;
        const uint32_t first = doc_.sentences[m.sentence].first_token;
        const int at = static_cast<int>(m.head - first);
        std::vector<int> partners;
        if (h.deprel == "conj" && h.head >= 0) partners.push_back(h.head);
        for (uint32_t k = first; k < doc_.sentences[m.sentence].end_token; ++k) {
            if (doc_.tokens[k].deprel == "conj" && doc_.tokens[k].head == at) partners.push_back(static_cast<int>(k - first));
        }
        // Only where a place is meant: "in A and B", "across A and B".
        const int lead = h.deprel == "conj" && h.head >= 0 ? h.head : at;
        bool locative = false, of = false;
        for (uint32_t k = first; k < doc_.sentences[m.sentence].end_token; ++k) {
            const Token& c = doc_.tokens[k];
            const std::string w = ascii::lower(c.form);
            locative = locative || (c.head == lead && c.deprel == "case" &&
                                    (w == "in" || w == "at" || w == "near" || w == "across" || w == "throughout"));
            of = of || (c.head == lead && c.deprel == "case" && w == "of");
        }
        // "the provinces of A and B", "the city of X": the names a place noun's "of" gives are
        // places of that kind.
        const Token& lead_tok = doc_.tokens[first + static_cast<uint32_t>(lead)];
        if (of && lead_tok.deprel == "nmod" && lead_tok.head >= 0) {
            const Token& cls = doc_.tokens[first + static_cast<uint32_t>(lead_tok.head)];
            const auto ty = onto_.type_of_head(ascii::lower(cls.lemma));
            if (cls.upos == "NOUN" && ty && *ty == "place") {
                learned.emplace(m.key, "place");
                continue;
            }
        }
        if (!locative) continue;
        // "householders in Hebden Bridge", "a factory in Amber Vale": a person is not where
        // people or things are (though one may have "confidence in" one: the governing noun
        // must name actors or things that stand somewhere).
        bool sited = false;
        if (lead == at && h.deprel == "nmod" && h.head >= 0) {
            const Token& gov = doc_.tokens[first + static_cast<uint32_t>(h.head)];
            const auto gty = onto_.type_of_head(ascii::lower(gov.lemma));
            sited = gov.upos == "NOUN" && gty && *gty != "concept" && *gty != "policy" && *gty != "fund" &&
                    *gty != "event" && *gty != "project";
        }
        if (sited) {
            learned.emplace(m.key, "place");
            continue;
        }
        for (int p : partners) {
            auto found = mention_at_.find({m.sentence, p});
            if (found == mention_at_.end()) continue;
            const Mention& o = doc_.mentions[found->second];
            if (o.type == "place" || o.type == "country") learned.emplace(m.key, o.type);
        }
    }
    learn_types_from_evidence(learned);
    for (std::size_t x = 0; x < doc_.mentions.size(); ++x) {
        const Mention& m = doc_.mentions[x];
        auto it = learned.find(m.key);
        if (it == learned.end() || doc_.tokens[m.head].upos == "PRON") continue;
        if (shape_person(m) || m.type == "concept" || (it->second == "company" && weak(m))) {
            edit(static_cast<int>(x)).type = it->second;
        }
    }
}

// "Parents House", "Northfield Vets": a name of two or more capitalised words typed a person only
// by its shape, with no sign of a person anywhere in the text (a role, an age, a title, "he" or
// "she", a later mention by surname), is no personal name when its first word is no known given
// name and is the plural of a common noun, or a word of it is the plural of a noun for people
// (a surname may look like a plural of things: "Banks", "Mills"; not of people).
// (Every unsupported name without a known given name is not enough: over the test articles that
// made 26 real persons organisations for 5 bodies mended, the given-name list being short and a
// person's signs in the text often out of the parse's reach.)
bool ExtractorImpl::unsupported_personal_name(const Mention& m) const {
    if (m.type != "person" || doc_.tokens[m.head].upos != "PROPN" || onto_.type_of_name(m.label)) return false;
    std::vector<uint32_t> words;
    for (uint32_t k = m.first_token; k < m.end_token; ++k) {
        const Token& w = doc_.tokens[k];
        if (w.upos == "PROPN" || (w.upos == "NOUN" && !w.form.empty() && std::isupper(static_cast<unsigned char>(w.form[0])))) {
            words.push_back(k);
        }
    }
    if (words.size() < 2) return false;
    // The regular plural of a common noun the ontology knows, of people only when `people`.
    auto plural_of = [&](const std::string& f, bool people) {
        for (const auto& rule : kInflectionRules) {
            if (rule.kind != Inflection::plural_or_3sg || rule.lemma_only || f.size() <= rule.ending.size() + 2 ||
                f.compare(f.size() - rule.ending.size(), rule.ending.size(), rule.ending) != 0) {
                continue;
            }
            const std::string lemma = f.substr(0, f.size() - rule.ending.size()) + std::string(rule.replacement);
            if (auto ty = onto_.type_of_head(lemma); ty && (!people || *ty == "person")) return true;
        }
        return false;
    };
    const std::string& first = doc_.tokens[words.front()].form;
    const auto given = onto_.type_of_head(ascii::lower(first));
    if (lex_.given_name(first) || (given && *given == "person")) return false;
    if (plural_of(ascii::lower(first), false)) return true;
    for (uint32_t k : words) {
        if (plural_of(ascii::lower(doc_.tokens[k].form), true)) return true;
    }
    return false;
}

// "Ofgem, which administers the grant", "Veridex said ... it would", "Deutsche Bank and Goldman
// Sachs": a name whose words type nothing ("Ofgem", a concept) or only by its shape or a role
// word ("Goldman Sachs", "Health Service Executive", persons) is typed by what the document says
// of it over all its mentions. An organisation is "which" and "it", the name of a body
// ("the Health Service Executive"), is led by a person or employs people, and is listed with
// organisations; a person is "who" and "he" or "she", has an age ("X, 54,") or a title ("MP X",
// "Dr X"); a place is where something is "based in". A name with any sign of a person stays one
// (people are often named by a surname alone); one with signs of an organisation and none of a
// person is one, a company when it is listed with companies only, or bought, or a company's rival.
void ExtractorImpl::learn_types_from_evidence(std::map<std::string, std::string>& learned) const {
    auto root = [&](int m) {
        for (int steps = 0; doc_.mentions[m].antecedent >= 0 && steps <= static_cast<int>(doc_.mentions.size()); ++steps) {
            m = doc_.mentions[m].antecedent;
        }
        return m;
    };
    // A capitalised word the tagger took for a common noun that types nothing is a name too
    // ("retailers, including Koopjes and the fashion chain Modena": "Koopjes" a plural noun).
    auto weak_name = [&](const Mention& m) {
        const Token& h = doc_.tokens[m.head];
        const bool unknown_noun = h.upos == "NOUN" && m.type == "concept" && m.first_token == m.head &&
                                  m.end_token == m.head + 1 && !h.form.empty() &&
                                  std::isupper(static_cast<unsigned char>(h.form[0]));
        return (h.upos == "PROPN" || unknown_noun) && !onto_.type_of_name(m.label) &&
               (m.type == "person" || m.type == "concept");
    };
    std::map<std::string, int> body, person, place;
    std::map<std::string, std::set<std::string>> partners;
    // The named organisation a conjunct is: its own mention, or the name in apposition to its
    // noun ("the German fashion chain Modena").
    auto partner = [&](uint32_t si, int tok, const std::string& key) {
        const Sentence& s = doc_.sentences[si];
        std::vector<int> at{tok};
        for (uint32_t k = s.first_token; k < s.end_token; ++k) {
            const Token& w = doc_.tokens[k];
            if (w.head == tok && w.upos == "PROPN" && (w.deprel == "appos" || w.deprel == "flat")) {
                at.push_back(static_cast<int>(k - s.first_token));
            }
        }
        for (int x : at) {
            auto f = mention_at_.find({si, x});
            if (f == mention_at_.end()) continue;
            const Mention& o = doc_.mentions[root(f->second)];
            if (organisation_type(o.type) && !weak_name(o) && o.key != key) partners[key].insert(o.type);
            return;
        }
    };
    for (int i = 0; i < static_cast<int>(doc_.mentions.size()); ++i) {
        const Mention& m = doc_.mentions[i];
        const Token& h = doc_.tokens[m.head];
        const int r = root(i);
        const std::string& key = doc_.mentions[r].key;
        if (h.upos == "PRON") {
            if (m.antecedent < 0) continue;
            const std::string f = ascii::lower(h.form);
            if (f == "it" || f == "its" || f == "itself") ++body[key];
            if (lex_.pronoun_person(f)) ++person[key];
            continue;
        }
        // "Solheim" after "Ingrid Solheim": a later mention by the last word alone is how the news
        // names a person again.
        if (m.antecedent >= 0 && h.upos == "PROPN" && m.end_token == m.first_token + 1) {
            const std::string& full = doc_.mentions[r].label;
            const std::size_t sp = full.rfind(' ');
            if (r != i && sp != std::string::npos && ascii::lower(full.substr(sp + 1)) == ascii::lower(h.form)) ++person[key];
        }
        if (m.antecedent >= 0 || !weak_name(m)) continue;
        const Sentence& s = doc_.sentences[m.sentence];
        const int at = static_cast<int>(m.head - s.first_token);
        // A title before the name or inside it: "Dr Aoife Kenny", "the Labour MP Kate Green".
        if (m.first_token > s.first_token) {
            const auto titled = onto_.type_of_name(doc_.tokens[m.first_token - 1].form + " " + m.label);
            if (titled && *titled == "person") ++person[key];
        }
        for (uint32_t k = m.first_token; k < m.end_token && k < s.end_token; ++k) {
            if (lex_.title_acronym(doc_.tokens[k].form)) ++person[key];
        }
        // "a group based in Vancouver": where something is based is a place, as in "Riga-based".
        if (h.deprel == "obl" && h.head >= 0 && ascii::lower(doc_.tokens[s.first_token + h.head].lemma) == "base") {
            for (uint32_t k = s.first_token; k < m.head; ++k) {
                const Token& w = doc_.tokens[k];
                if (w.head == at && w.deprel == "case" && ascii::lower(w.form) == "in") ++place[key];
            }
        }
        for (uint32_t k = s.first_token; k < s.end_token; ++k) {
            const Token& w = doc_.tokens[k];
            if (w.head != at) continue;
            const int local = static_cast<int>(k - s.first_token);
            if (w.deprel == "acl:relcl" && k > m.head) {
                for (uint32_t j = s.first_token; j < s.end_token; ++j) {
                    const Token& x = doc_.tokens[j];
                    if (x.head != local || j >= k) continue;
                    const std::string f = ascii::lower(x.form);
                    if (f == "which") ++body[key];
                    if (f == "who" || f == "whom") ++person[key];
                }
            }
            // "Declan Moore, 54,": an age; "Ian Frew, the chief executive,": a person's role.
            if (w.deprel == "appos" && w.upos == "NUM" && k > m.head) ++person[key];
            if (w.deprel == "appos" && w.upos == "NOUN" && k > m.head) {
                const auto role = onto_.type_of_head(ascii::lower(w.lemma));
                if (role && *role == "person") ++person[key];
            }
            // "the Health Service Executive": a body's name takes "the", a person's does not.
            if (w.deprel == "det" && k + 1 == m.first_token && ascii::lower(w.form) == "the" &&
                m.end_token >= m.first_token + 2) {
                ++body[key];
            }
            // "Deutsche Bank and Goldman Sachs": names listed together are alike.
            if (w.deprel == "conj") partner(m.sentence, local, key);
        }
        if (h.deprel == "conj" && h.head >= 0) partner(m.sentence, h.head, key);
        // "A spokesperson for the board, Ann Oduya, said": a name in apposition to, or named by, a
        // noun for a person (or a compound title before it: "chief executive Ann Oduya").
        for (uint32_t k = s.first_token; k < s.end_token; ++k) {
            const Token& w = doc_.tokens[k];
            const bool linked = (h.deprel == "appos" && h.head >= 0 && static_cast<int>(k - s.first_token) == h.head) ||
                                (w.head == at && k < m.first_token && (w.deprel == "compound" || w.deprel == "nmod:desc"));
            if (!linked || w.upos != "NOUN") continue;
            const auto role = onto_.type_of_head(ascii::lower(w.lemma));
            if (role && *role == "person") ++person[key];
        }
    }
    // "X's chief executive, Y" (Y leads X), "staff at X" (X employs them).
    // What the claims say only of a firm: a name bought, or a rival of a company, is a company
    // ("agreed to buy Teskett", "competes with Lumora", where the other is a company by its
    // name's pattern or description).
    std::map<std::string, int> firm;
    for (const auto& c : doc_.claims) {
        if (c.negated || c.subject < 0 || c.object < 0) continue;
        const Mention& s = doc_.mentions[root(c.subject)];
        const Mention& o = doc_.mentions[root(c.object)];
        if (c.relation == "leads" && s.type == "person" && !weak_name(s)) ++body[o.key];
        if (c.relation == "employs" && o.type == "person") ++body[s.key];
        if (c.relation == "leads" && weak_name(s)) ++person[s.key];
        if (c.relation == "employs" && weak_name(o)) ++person[o.key];
        if (c.modality == "question" || s.key == o.key) continue;
        if (c.relation == "acquires" && weak_name(o)) ++firm[o.key];
        if (c.relation == "competes-with") {
            if (weak_name(o) && s.type == "company" && !weak_name(s)) ++firm[o.key];
            if (weak_name(s) && o.type == "company" && !weak_name(o)) ++firm[s.key];
        }
    }
    std::set<std::string> done;
    for (const auto& m : doc_.mentions) {
        if (m.antecedent >= 0 || !weak_name(m) || !done.insert(m.key).second) continue;
        if (person.count(m.key) || learned.count(m.key)) continue;
        if (firm.count(m.key) && !place.count(m.key)) {
            learned.emplace(m.key, "company");
            continue;
        }
        if (place.count(m.key) && !body.count(m.key)) {
            learned.emplace(m.key, "place");
            continue;
        }
        const auto p = partners.find(m.key);
        const bool listed = p != partners.end() && !p->second.empty();
        if (!body.count(m.key) && !listed) {
            if (unsupported_personal_name(m)) learned.emplace(m.key, "organization");
            continue;
        }
        // A firm listed with firms is one; a government's or a university's type says more than
        // being listed with one does ("the British Council and the Goethe-Institut").
        const bool firm = listed && p->second.size() == 1 && *p->second.begin() == "company";
        learned.emplace(m.key, firm ? "company" : "organization");
    }
}


// ----- open IE -------------------------------------------------------------------------------

namespace {

bool open_quote(std::string_view f) { return f == "``" || f == "`" || f == "\u201c"; }
bool close_quote(std::string_view f) { return f == "''" || f == "'" || f == "\u201d"; }

// Text of the subtree of `head`, leaving out the subtrees in `skip` and edge punctuation (a
// quotation mark stays when its partner is in the span: "the album `` The Plan ''"); with
// `drop_case`, a leading preposition too ("around the area" as a subject).
std::vector<int> span_tokens(const Tree& t, int head, const std::vector<int>& skip_roots,
                             bool drop_case = false) {
    std::vector<int> toks;
    std::vector<int> stack{head};
    while (!stack.empty()) {
        int i = stack.back();
        stack.pop_back();
        toks.push_back(i);
        for (int k : t.kids(i)) {
            if (std::find(skip_roots.begin(), skip_roots.end(), k) != skip_roots.end()) continue;
            stack.push_back(k);
        }
    }
    std::sort(toks.begin(), toks.end());
    auto has = [&](bool (*pred)(std::string_view), std::size_t from, std::size_t to) {
        for (std::size_t q = from; q < to; ++q) {
            if (pred(t.tok(toks[q]).form)) return true;
        }
        return false;
    };
    std::vector<int> dropped;
    for (bool trimmed = true; trimmed && !toks.empty();) {
        trimmed = false;
        const int f = toks.front();
        const std::string& form = t.tok(f).form;
        const bool kept_quote = open_quote(form) && has(close_quote, 1, toks.size());
        // The rest of a multiword one goes with it ("as well as", "such as").
        const bool rest_of_dropped = t.base(f) == "fixed" && t.head(f) >= 0 && t.head(f) < f &&
                                     std::find(dropped.begin(), dropped.end(), t.head(f)) != dropped.end();
        if ((is_punct_form(form) && !kept_quote) || t.base(f) == "cc" || t.base(f) == "mark" ||
            (drop_case && t.base(f) == "case" && f < head) || rest_of_dropped) {
            dropped.push_back(f);
            toks.erase(toks.begin());
            trimmed = true;
            continue;
        }
        const int l = toks.back();
        const bool kept_close = close_quote(t.tok(l).form) && has(open_quote, 0, toks.size() - 1);
        if (is_punct_form(t.tok(l).form) && !kept_close) {
            toks.pop_back();
            trimmed = true;
        }
    }
    return toks;
}

std::string span_text(const Tree& t, int head, const std::vector<int>& skip_roots, bool drop_case = false) {
    // Words as the input wrote them ("daughter-mother", "C&HP"): tuples are compared word by
    // word with the text.
    return join_tokens(t, span_tokens(t, head, skip_roots, drop_case));
}

// Clauses hung on an argument's noun that are tuples of their own: a relative clause ("an
// opening that led to a mine"; CaRB's argument is "an opening").
std::vector<int> attached_clauses(const Tree& t, int head) {
    std::vector<int> out;
    for (int k : t.kids(head)) {
        if (t.rel(k) == "acl:relcl") out.push_back(k);
    }
    return out;
}

// Clauses inside an argument's phrase set off by a comma or semicolon, which say something of
// their own ("a regular in the side, making his debut in 1987"; a relative clause is left out
// by attached_clauses).
std::vector<int> loose_parts(const Tree& t, int head) {
    std::vector<int> out;
    std::vector<int> stack{head};
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        for (int k : t.kids(i)) {
            const auto b = t.base(k);
            int first = k;
            for (int d : span_tokens(t, k, {})) first = std::min(first, d);
            const bool set_off = first > 0 && (t.tok(first - 1).form == "," || t.tok(first - 1).form == ";");
            const bool clause = b == "acl" || b == "advcl" || (b == "conj" && t.verbal(k));
            if (set_off && clause && t.rel(k) != "acl:relcl") {
                out.push_back(k);
                continue;
            }
            stack.push_back(k);
        }
    }
    return out;
}

}  // namespace

std::vector<ClaimExtractor::Tuple> ClaimExtractor::open_ie(const Document& doc,
                                                           const Sentence& s) const {
    std::vector<Tuple> out;
    Document scratch;  // propositions need no document state
    ExtractorImpl impl(*ontology_, *lexicon_, scratch);
    Tree t(doc, s);
    std::vector<Proposition> props = impl.propositions(t, s, 0);
    // A relative pronoun standing as an argument ("a match, which Keibler lost") is the noun
    // its clause describes.
    auto antecedent = [&](int k) {
        if (k < 0 || t.upos(k) != "PRON" || !lexicon_->relative_pronoun(t.lower_form(k))) return k;
        for (int c = t.head(k), steps = 0; c >= 0 && steps < 4; c = t.head(c), ++steps) {
            if (t.rel(c) == "acl:relcl") return t.head(c) >= 0 ? t.head(c) : k;
        }
        return k;
    };
    auto arg_text = [&](int head, std::vector<int> skip) {
        head = antecedent(head);
        for (int k : attached_clauses(t, head)) skip.push_back(k);
        for (int k : loose_parts(t, head)) skip.push_back(k);
        return span_text(t, head, skip);
    };
    // Infinitives whose governor gives the tuple its relation ("tried to woo", "was considered
    // to be"): the governor's own tuple, which has no object, is left out.
    std::set<int> merged_into;
    for (const auto& p : props) {
        const int v = p.predicate;
        const int h = t.head(v);
        const int mark = t.child(v, "mark", true);
        if (t.base(v) == "xcomp" && h >= 0 && t.verbal(h) && mark >= 0 && mark < v &&
            t.lower_form(mark) == "to" && t.child(h, "cop") < 0 && t.child(h, "obj") < 0 &&
            t.child(h, "iobj") < 0 && p.subject >= 0) {
            merged_into.insert(h);
        }
    }
    for (const auto& p : props) {
        int v = p.predicate;
        if (p.subject < 0) continue;
        // Subject: the phrase without clauses hanging off it (its relative clause is this
        // proposition when the subject came through a relative pronoun). A relative clause on a
        // predicate noun ("X is a footballer who plays") is about the copula's subject.
        int subj = p.subject;
        if (subj != v && t.child(subj, "cop") >= 0 && t.child(subj, "nsubj") >= 0) {
            subj = t.child(subj, "nsubj");
        }
        std::vector<int> subj_skip;
        for (int k : t.kids(subj)) {
            auto b = t.base(k);
            if (b == "acl" || b == "appos" || b == "parataxis" || b == "advcl") subj_skip.push_back(k);
        }
        if (subj == v || std::find(subj_skip.begin(), subj_skip.end(), v) != subj_skip.end()) {
            subj_skip.push_back(v);
        }
        std::string subject = span_text(t, subj, subj_skip, true);
        if (subject.empty()) continue;

        std::vector<int> rel_toks;
        bool copular = t.child(v, "cop") >= 0;
        std::vector<Argument> args = p.arguments;
        std::vector<std::string> arg_texts;
        std::string rel_prep;
        int obj_head = -1;
        std::string obj_text;
        // "tried to woo", "was considered to be": the governing verb's words and "to" open the
        // relation.
        const auto governor_words = [&] {
            const int h = t.head(v);
            if (t.base(v) != "xcomp" || !merged_into.count(h)) return;
            for (const auto& q : props) {
                if (q.predicate != h) continue;
                for (int k : q.relation_tokens) rel_toks.push_back(k);
            }
            const int mark = t.child(v, "mark", true);
            if (mark >= 0) rel_toks.push_back(mark);
        };
        if (copular) {
            governor_words();
            for (int k : p.relation_tokens) {
                if (k != v) rel_toks.push_back(k);
            }
            // The predicate nominal or adjective is the object: "is | Bush | President".
            std::vector<int> skip;
            for (int k : t.kids(v)) {
                auto b = t.base(k);
                if (b == "nsubj" || b == "cop" || b == "aux" || b == "punct" || b == "advcl" ||
                    b == "conj" || b == "cc" || b == "parataxis" || b == "mark" || b == "csubj" ||
                    b == "ccomp" || b == "obl" || b == "expl" || b == "discourse" ||
                    t.rel(k) == "acl:relcl") {
                    skip.push_back(k);
                }
                if (b == "advmod" && lexicon_->negation(t.lower_form(k))) skip.push_back(k);
            }
            // "are equal to X", "is close to X": the first phrase after a predicate adjective
            // gives the relation the adjective and its preposition, and is the object (not so
            // for a noun: "is the capital of X" keeps "the capital of X" whole).
            int first = -1;
            for (const auto& a : args) {
                const bool adj = t.upos(v) == "ADJ" && t.base(a.head) == "obl";
                if (first < 0 && a.head > v && !a.prep.empty() && adj) first = a.head;
            }
            const int cs = first >= 0 ? t.child(first, "case", true) : -1;
            if (cs >= 0 && cs < first) {
                std::vector<int> whole = span_tokens(t, v, skip);
                for (int k : span_tokens(t, first, attached_clauses(t, first))) whole.push_back(k);
                std::sort(whole.begin(), whole.end());
                std::vector<int> obj;
                int last_case = cs;
                for (int k : t.kids(cs)) last_case = std::max(last_case, k);
                for (int k : whole) {
                    if (k <= last_case) rel_toks.push_back(k);
                    else obj.push_back(k);
                }
                arg_texts.push_back(join_tokens(t, obj));
                for (const auto& a : args) {
                    if (t.base(a.head) == "obl" && a.head != first) arg_texts.push_back(arg_text(a.head, {}));
                }
            } else {
                arg_texts.push_back(span_text(t, v, skip));
                for (const auto& a : args) {
                    if (t.base(a.head) == "obl") arg_texts.push_back(arg_text(a.head, {}));
                }
            }
        } else {
            governor_words();
            for (int k : p.relation_tokens) rel_toks.push_back(k);
            // "are also known", "often refers": an adverb inside the verb group is the relation's.
            for (int k : t.kids(v)) {
                if (k > v || t.base(k) != "advmod" || t.upos(k) != "ADV" ||
                    lexicon_->negation(t.lower_form(k))) {
                    continue;
                }
                bool inside = true;
                for (int j = k + 1; j < v && inside; ++j) {
                    inside = t.head(j) == v && (t.base(j) == "aux" || t.base(j) == "advmod");
                }
                if (inside) rel_toks.push_back(k);
            }
            // Object first, then prepositional arguments; the preposition of the first one after
            // the verb joins the relation when there is no object ("cooperate with"), not that of
            // one set before it ("From 1970 to 1985, she taught at ...") nor of a time.
            bool has_obj = false;
            for (const auto& a : args) {
                if (a.role == "obj" || a.role == "xcomp") {
                    arg_texts.push_back(arg_text(a.head, {}));
                    has_obj = true;
                    if (a.role == "obj" && obj_head < 0) {
                        obj_head = antecedent(a.head);
                        obj_text = arg_texts.back();
                    }
                }
            }
            for (const auto& a : args) {
                if (a.role == "iobj") arg_texts.insert(arg_texts.begin(), arg_text(a.head, {}));
            }
            int joins = -1;
            for (const auto& a : args) {
                // A time ("in 1941", "in March") is a circumstance, not what the verb governs.
                const bool time = a.role == "obl" &&
                                  (t.upos(a.head) == "NUM" || lexicon_->time_name(t.lower_form(a.head)));
                if (!has_obj && joins < 0 && (a.role == "obl" || a.role == "agent") && a.head > v && !time) {
                    joins = a.head;
                }
            }
            for (const auto& a : args) {
                if (a.role != "obl" && a.role != "agent") continue;
                std::vector<int> skip;
                for (int k : t.kids(a.head)) {
                    if (t.base(k) == "case" && k < a.head) skip.push_back(k);
                }
                std::string body = arg_text(a.head, skip);
                if (a.head == joins) {
                    rel_prep = a.prep;
                    arg_texts.insert(arg_texts.begin(), body);
                } else {
                    arg_texts.push_back(a.prep + " " + body);
                }
            }
            // A clausal complement ("wants to turn the tables", "said that ...") is the object
            // when there is nothing else.
            if (arg_texts.empty()) {
                for (int k : t.kids(v)) {
                    if (t.base(k) == "xcomp" || t.base(k) == "ccomp") {
                        arg_texts.push_back(span_text(t, k, {}));
                        // "said that ...": the complementizer joins the relation, as a
                        // preposition does.
                        const int m = t.child(k, "mark", true);
                        if (t.base(k) == "ccomp" && m > v && m < k && t.lower_form(m) == "that") {
                            rel_prep = t.tok(m).form;
                        }
                        break;
                    }
                }
            }
        }
        if (arg_texts.empty()) continue;
        // The governor's own tuple would hold its infinitive again, or only circumstances.
        if (!copular && merged_into.count(v) && obj_head < 0) continue;
        std::sort(rel_toks.begin(), rel_toks.end());
        rel_toks.erase(std::unique(rel_toks.begin(), rel_toks.end()), rel_toks.end());
        Tuple tup;
        tup.confidence = p.confidence;
        tup.relation = join_tokens(t, rel_toks);
        // "courses based upon X": a past participle on a noun is a passive with its "be" unsaid.
        // So is a participle clause ("retaining a loyal following", "students living abroad"):
        // its tense is unsaid, and "be" stands for any.
        const bool participle =
            t.xpos(v) == "VBG" && (t.base(v) == "advcl" || t.base(v) == "acl" || t.base(v) == "conj");
        const bool reduced = (t.rel(v) == "acl" && t.xpos(v) == "VBN") || participle;
        if (!copular && reduced && t.child(v, "aux", true) < 0) {
            tup.relation = "be " + tup.relation;
        }
        if (!rel_prep.empty()) tup.relation += (tup.relation.empty() ? "" : " ") + rel_prep;
        // A relation of punctuation alone (a quotation mark taken for a verb) says nothing.
        if (std::none_of(tup.relation.begin(), tup.relation.end(),
                         [](unsigned char c) { return std::isalnum(c) != 0; })) {
            continue;
        }
        tup.arguments.push_back(subject);
        for (auto& a : arg_texts) {
            if (!a.empty()) tup.arguments.push_back(a);
        }
        if (tup.arguments.size() < 2) continue;
        // "include A, B and C": one tuple for each conjunct of the object.
        std::vector<int> conj;
        for (int k : obj_head >= 0 ? t.kids(obj_head) : std::vector<int>{}) {
            if (t.base(k) == "conj" && (t.upos(k) == "NOUN" || t.upos(k) == "PROPN") && k > obj_head) {
                conj.push_back(k);
            }
        }
        const auto slot = std::find(tup.arguments.begin() + 1, tup.arguments.end(), obj_text);
        if (!conj.empty() && slot != tup.arguments.end()) {
            std::vector<int> skip = conj;
            for (int k : t.kids(obj_head)) {
                if (t.rel(k) == "acl:relcl" || t.rel(k) == "cc:preconj") skip.push_back(k);
            }
            std::vector<std::string> parts{span_text(t, obj_head, skip)};
            for (int c : conj) parts.push_back(span_text(t, c, attached_clauses(t, c)));
            const auto at = slot - tup.arguments.begin();
            for (const auto& part : parts) {
                if (part.empty()) continue;
                Tuple one = tup;
                one.arguments[at] = part;
                out.push_back(std::move(one));
            }
            continue;
        }
        out.push_back(std::move(tup));
    }
    // "Mlada, Yaromir's bride,": an apposition says what the noun is.
    for (int k = 0; k < t.size(); ++k) {
        const int h = t.head(k);
        if (t.base(k) != "appos" || h < 0 || h > k) continue;
        const auto nominal = [&](int i) { return t.upos(i) == "NOUN" || t.upos(i) == "PROPN"; };
        if (!nominal(h) || !nominal(k)) continue;
        // Neither side may be a clause the parser mistook for a noun ("X, Jr., was a pioneer").
        auto clause = [&](int i) {
            for (int c : t.kids(i)) {
                const auto b = t.base(c);
                if (b == "nsubj" || b == "cop" || b == "aux" || b == "obj" || b == "csubj") return true;
            }
            return false;
        };
        if (clause(h) || clause(k)) continue;
        std::vector<int> skip{k};
        for (int c : t.kids(h)) {
            const auto b = t.base(c);
            if (b == "acl" || b == "appos" || b == "conj" || b == "cc" || b == "parataxis") skip.push_back(c);
        }
        std::vector<int> own;
        for (int c : t.kids(k)) {
            const auto b = t.base(c);
            if (b == "acl" || b == "conj" || b == "cc" || b == "parataxis" || b == "appos") own.push_back(c);
        }
        Tuple tup;
        tup.confidence = 0.6;  // below what clauses say
        // An apposition has no tense: "be" (CaRB reads it as any form of the verb).
        tup.relation = "be";
        tup.arguments = {span_text(t, h, skip, true), span_text(t, k, own)};
        if (tup.arguments[0].empty() || tup.arguments[1].empty()) continue;
        out.push_back(std::move(tup));
    }
    // "the Magnet Laboratory in Cambridge": where a named place holds a thing is said of it.
    for (int k = 0; k < t.size(); ++k) {
        const int h = t.head(k);
        if (t.rel(k) != "nmod" || h < 0 || h > k || t.upos(k) != "PROPN") continue;
        if (t.upos(h) != "NOUN" && t.upos(h) != "PROPN") continue;
        const std::string prep = t.prep(k);
        if (prep != "in") continue;
        std::vector<int> skip{k};
        for (int c : t.kids(h)) {
            const auto b = t.base(c);
            if ((c > k && b == "nmod") || b == "acl" || b == "appos" || b == "conj" || b == "cc" ||
                b == "parataxis") {
                skip.push_back(c);
            }
        }
        std::vector<int> own;
        for (int c : t.kids(k)) {
            const auto b = t.base(c);
            if (b == "case" || b == "acl" || b == "conj" || b == "cc" || b == "parataxis") own.push_back(c);
        }
        Tuple tup;
        tup.confidence = 0.5;  // below appositions: the phrase may hang on another noun
        tup.relation = "be " + prep;
        tup.arguments = {span_text(t, h, skip, true), span_text(t, k, own)};
        if (tup.arguments[0].empty() || tup.arguments[1].empty()) continue;
        out.push_back(std::move(tup));
    }
    return out;
}

// ----- after the last sentence ---------------------------------------------------------------

namespace {

// "Hafnor, a battery start-up," / "Hafnor is a start-up": an untyped name takes the type of the
// class it is said to be an instance of; every mention with the same key follows.
void propagate_instance_types(Document& doc) {
    std::map<std::string, std::string> learned;
    for (const auto& c : doc.claims) {
        if (c.relation != "instance-of" || c.negated) continue;
        const Mention& s = doc.mentions[c.subject];
        const Mention& o = doc.mentions[c.object];
        if (s.type != "concept" || o.type == "concept" || doc.tokens[s.head].upos != "PROPN") continue;
        learned.emplace(s.key, o.type);
    }
    if (learned.empty()) return;
    for (auto& m : doc.mentions) {
        auto it = learned.find(m.key);
        if (it != learned.end() && m.type == "concept") m.type = it->second;
    }
}

}  // namespace

// ----- the component -------------------------------------------------------------------------

ClaimExtractor::ClaimExtractor(std::shared_ptr<const Ontology> ontology,
                               std::shared_ptr<const Lexicon> lexicon)
    : ontology_(std::move(ontology)), lexicon_(std::move(lexicon)) {}

void ClaimExtractor::process(Document& doc) const {
    doc.mentions.clear();
    doc.claims.clear();
    ExtractorImpl impl(*ontology_, *lexicon_, doc);
    impl.run();
    propagate_instance_types(doc);
    doc.layers |= kClaims | kActors;
}

std::vector<Proposition> ClaimExtractor::propositions(const Document& doc, const Sentence& s) const {
    Document scratch;  // propositions need no document state
    ExtractorImpl impl(*ontology_, *lexicon_, scratch);
    Tree t(doc, s);
    return impl.propositions(t, s, 0);
}

}  // namespace claimgraph::extract
