#include "extract/parser.hpp"
#include "extract/parse_repair.hpp"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <set>

#include <spdlog/spdlog.h>

namespace claimgraph::extract {

namespace {

constexpr uint64_t kNoneWord = 0x5bd1e995ULL;
constexpr uint64_t kRootWord = 0x1b873593ULL;

// The parser's view of a word: lowercase ASCII with digits folded to 0.
uint64_t parser_word_hash(std::string_view form, std::string& buf) {
    buf.assign(form);
    for (char& c : buf) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        else if (c >= '1' && c <= '9') c = '0';
    }
    return hash_bytes(buf);
}

uint64_t tag_key(std::string_view upos, std::string_view xpos) {
    return hmix(hash_bytes(upos), hash_bytes(xpos));
}

// Arc-hybrid configuration. Index n is the artificial root, last in the buffer.
struct State {
    int n = 0;
    int b = 0;
    std::vector<int> stack;
    std::vector<int> head, label, lc1, lc2, rc1, rc2, nl, nr;
    std::vector<uint64_t> lset, rset;

    void init(int words) {
        n = words;
        b = 0;
        stack.clear();
        std::size_t size = static_cast<std::size_t>(n) + 1;
        for (auto* v : {&head, &label, &lc1, &lc2, &rc1, &rc2}) v->assign(size, -1);
        nl.assign(size, 0);
        nr.assign(size, 0);
        lset.assign(size, 0);
        rset.assign(size, 0);
    }
    bool terminal() const { return stack.empty() && b == n; }
    void arc(int h, int d, int l) {
        head[d] = h;
        label[d] = l;
        if (d < h) {
            lc2[h] = lc1[h];
            lc1[h] = d;
            ++nl[h];
            lset[h] |= 1ULL << (l & 63);
        } else {
            rc2[h] = rc1[h];
            rc1[h] = d;
            ++nr[h];
            rset[h] |= 1ULL << (l & 63);
        }
    }
    // cls: 0 SHIFT, 1+l LEFT-l (s0 <- b0), 1+L+l RIGHT-l (s1 -> s0).
    void apply(int cls, int num_labels) {
        if (cls == 0) {
            stack.push_back(b++);
        } else if (cls <= num_labels) {
            int d = stack.back();
            stack.pop_back();
            arc(b, d, cls - 1);
        } else {
            int d = stack.back();
            stack.pop_back();
            arc(stack.back(), d, cls - 1 - num_labels);
        }
    }
};

// Which transitions are allowed: one root only, labelled "root" and nothing else is.
struct Validity {
    bool shift = false, left = false, right = false, left_root = false;
};

Validity validity(const State& st) {
    Validity v;
    std::size_t k = st.stack.size();
    v.shift = st.b < st.n;
    v.left = k >= 1 && st.b < st.n;
    v.left_root = k == 1 && st.b == st.n;
    v.right = k >= 2;
    return v;
}

bool class_valid(const Validity& v, int cls, int num_labels, int root_label) {
    if (cls == 0) return v.shift;
    if (cls <= num_labels) {
        int l = cls - 1;
        return l == root_label ? v.left_root : v.left;
    }
    return v.right && cls - 1 - num_labels != root_label;
}

// Room for the feature templates below (there are 105); f ends sized to what was written.
constexpr std::size_t kParserFeatures = 128;

// Features that depend on one word alone (its form and tag, and for a child its label) in a
// fixed role of the configuration. A word keeps its role features for as long as it holds the
// role, often over several transitions, so parsing sums each (role, word) once per sentence and
// reuses the sum (RoleCache); training emits them inline. Template ids are those of the full
// list in parser_features.
enum Role : int { kS0, kS1, kB0, kB1, kB2, kS2, kS0L1, kS0R1, kB0L1, kS0L2, kS0R2, kB0L2, kS1R1,
                  kS1L1, kNumRoles };
constexpr uint32_t kRoleBaseId[kNumRoles] = {1, 4, 7, 10, 13, 16, 62, 65, 68, 71, 74, 77, 80, 83};
constexpr int kMaxRoleFeatures = 3;

[[gnu::always_inline]] inline uint64_t* role_features(int role, int i, const State& st,
                                                      const uint64_t* W, const uint64_t* T,
                                                      uint64_t* out) {
    uint64_t w = i < 0 ? kNoneWord : W[i];
    uint64_t t = i < 0 ? uint64_t{0} : T[i];
    uint32_t id = kRoleBaseId[role];
    if (role < kS2) {  // stack and buffer words: form, tag, both
        *out++ = feat(id, w);
        *out++ = feat(id + 1, t);
        *out++ = feat(id + 2, w, t);
    } else if (role == kS2) {
        *out++ = feat(id, w);
        *out++ = feat(id + 1, t);
    } else {  // children: form, tag, label
        *out++ = feat(id, w);
        *out++ = feat(id + 1, t);
        *out++ = feat(id + 2, i < 0 ? uint64_t{0} : static_cast<uint64_t>(st.label[i] + 1));
    }
    return out;
}

// Which of a configuration's features parser_features writes. kAll: every one (training, and the
// reference order). kPerConfig: those outside role_features and outside the stack context, with
// each role's word written to role_word[] (-1: none). kStackContext: the stack context alone.
//
// The stack context is what depends only on the stack top s0 and what lies under it: s1 and s2,
// s0's left children (a word gains left children only while it is at the buffer front, never on
// the stack), s1's children (s1 gains a right child only when the word above it, s0, is popped by
// RIGHT, which ends s0's time on the stack) and the labels of those arcs. So these features are
// the same in every configuration with the same s0, and parsing sums them once per stack word
// (RoleCache) where a word returns to the top of the stack after each word shifted above it is
// popped. Ids are those of the full list, whichever subset is written.
enum class Emit { kAll, kPerConfig, kStackContext };

template <Emit kEmit>
void parser_features(const State& st, const uint64_t* W, const uint64_t* T,
                     std::vector<uint64_t>& f, int* role_word = nullptr) {
    constexpr bool kWithRoles = kEmit == Emit::kAll;
    constexpr bool kConfig = kEmit != Emit::kStackContext;  // write the per-configuration ones
    constexpr bool kContext = kEmit != Emit::kPerConfig;    // write the stack context
    auto sz = static_cast<int>(st.stack.size());
    int s0 = sz >= 1 ? st.stack[sz - 1] : -1;
    int s1 = sz >= 2 ? st.stack[sz - 2] : -1;
    int s2 = sz >= 3 ? st.stack[sz - 3] : -1;
    int b0 = st.b;
    int b1 = b0 + 1 <= st.n ? b0 + 1 : -1;
    int b2 = b0 + 2 <= st.n ? b0 + 2 : -1;
    auto w = [&](int i) { return i < 0 ? kNoneWord : W[i]; };
    auto t = [&](int i) { return i < 0 ? uint64_t{0} : T[i]; };
    auto l = [&](int i) { return i < 0 ? uint64_t{0} : static_cast<uint64_t>(st.label[i] + 1); };
    auto c = [&](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[i]; };
    int s0l1 = c(st.lc1, s0), s0l2 = c(st.lc2, s0), s0r1 = c(st.rc1, s0), s0r2 = c(st.rc2, s0);
    int b0l1 = c(st.lc1, b0), b0l2 = c(st.lc2, b0);
    int s1l1 = c(st.lc1, s1), s1r1 = c(st.rc1, s1), s1r2 = c(st.rc2, s1);
    uint64_t s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), s2t = t(s2);
    uint64_t b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1), b2t = t(b2);
    uint64_t d1 = s0 < 0 ? 0 : static_cast<uint64_t>(std::min(b0 - s0, 6));
    uint64_t d2 = s1 < 0 ? 0 : static_cast<uint64_t>(std::min(s0 - s1, 6));
    const int words[kNumRoles] = {s0, s1, b0, b1, b2, s2, s0l1, s0r1, b0l1, s0l2, s0r2, b0l2,
                                  s1r1, s1l1};
    uint32_t id = 0;
    // Written through a raw pointer into storage sized once, and forced inline: these run ~100
    // times per transition.
    f.resize(kParserFeatures);
    uint64_t* out = f.data();
    // F: a per-configuration feature, C: a stack-context one, of one to three values. A feature
    // not written still takes its id.
    auto F = [&](auto... v) __attribute__((always_inline)) {
        if constexpr (kConfig) *out++ = feat(id, static_cast<uint64_t>(v)...);
        ++id;
    };
    auto C = [&](auto... v) __attribute__((always_inline)) {
        if constexpr (kContext) *out++ = feat(id, static_cast<uint64_t>(v)...);
        ++id;
    };
    auto roles = [&](int first, int last) __attribute__((always_inline)) {
        for (int r = first; r <= last; ++r) {
            if constexpr (kWithRoles) out = role_features(r, words[r], st, W, T, out);
            else if constexpr (kConfig) role_word[r] = words[r];
        }
    };
    // unigrams: the bias (constant: parsing adds it once per sentence), then the roles
    if constexpr (kWithRoles) F(0);
    roles(kS0, kS2);
    id = 18;
    // pairs
    F(s0w, s0t, hmix(b0w, b0t));
    F(s0w, s0t, b0w);
    F(s0w, b0w, b0t);
    F(s0w, s0t, b0t);
    F(s0t, b0w, b0t);
    F(s0w, b0w);
    F(s0t, b0t);
    F(b0t, b1t);
    C(s1w, s1t, hmix(s0w, s0t));
    C(s1w, s0w);
    C(s1t, s0t);
    C(s1t, s0w);
    C(s1w, s0t);
    F(s0w, b1w);
    F(s0t, b1t);
    // triples of tags
    F(b0t, b1t, b2t);
    F(s0t, b0t, b1t);
    F(s1t, s0t, b0t);
    F(s0t, t(s0l1), b0t);
    F(s0t, t(s0r1), b0t);
    F(s0t, b0t, t(b0l1));
    C(s1t, s0t, t(s0l1));
    C(s1t, t(s1r1), s0t);
    C(s2t, s1t, s0t);
    F(s1t, s0t, t(s0r1));
    F(s1w, s0t, b0t);
    F(s1t, s0w, b0t);
    F(s1t, s0t, b0w);
    // distance
    F(s0w, d1); F(s0t, d1); F(b0w, d1); F(b0t, d1);
    F(s0w, b0w, d1); F(s0t, b0t, d1);
    C(s1t, s0t, d2); C(s1w, s0w, d2);
    // valency
    F(s0w, st.nr.empty() || s0 < 0 ? 0 : st.nr[s0]);
    F(s0t, s0 < 0 ? 0 : st.nr[s0]);
    C(s0w, s0 < 0 ? 0 : st.nl[s0]);
    C(s0t, s0 < 0 ? 0 : st.nl[s0]);
    F(b0w, st.nl[b0]);
    F(b0t, st.nl[b0]);
    C(s1w, s1 < 0 ? 0 : st.nr[s1]);
    C(s1t, s1 < 0 ? 0 : st.nr[s1]);
    // children
    roles(kS0L1, kS1L1);
    id = 86;
    C(s0t, l(s0l1), l(s0l2));
    F(s0t, l(s0r1), l(s0r2));
    F(b0t, l(b0l1), l(b0l2));
    C(s1t, l(s1r1), l(s1r2));
    C(s0t, t(s0l1), t(s0l2));
    F(s0t, t(s0r1), t(s0r2));
    F(b0t, t(b0l1), t(b0l2));
    C(s0w, l(s0l1));
    F(s0w, l(s0r1));
    F(b0w, l(b0l1));
    C(s1w, l(s1r1));
    // label sets
    uint64_t s0ls = s0 < 0 ? 0 : st.lset[s0], s0rs = s0 < 0 ? 0 : st.rset[s0];
    uint64_t b0ls = st.lset[b0], s1rs = s1 < 0 ? 0 : st.rset[s1];
    C(s0w, s0ls); C(s0t, s0ls); F(s0w, s0rs); F(s0t, s0rs);
    F(b0w, b0ls); F(b0t, b0ls); C(s1t, s1rs); C(s1w, s1rs);
    f.resize(static_cast<std::size_t>(out - f.data()));
}

// scores[j] += rows[r][j] for every r < count and j < width (a multiple of 8), eight classes at
// a time (GCC vector extension: two SSE2 adds, or one AVX2 add).
CLAIMGRAPH_SIMD_CLONES
void add_rows(const int32_t* const* rows, int count, int32_t* scores, std::size_t width) {
    using V8 = int32_t __attribute__((vector_size(32)));
    for (std::size_t j = 0; j < width; j += 8) {
        V8 v;
        std::memcpy(&v, scores + j, sizeof v);
        for (int r = 0; r < count; ++r) {
            V8 a;
            std::memcpy(&a, rows[r] + j, sizeof a);
            v += a;
        }
        std::memcpy(scores + j, &v, sizeof v);
    }
}

// Index of the first of the largest of x[0, n): the maximum by eight lanes at a time, then the
// first position holding it (std::max_element's answer, without its branch per element).
CLAIMGRAPH_SIMD_CLONES
int first_max(const int32_t* x, std::size_t n) {
    using V8 = int32_t __attribute__((vector_size(32)));
    int32_t best = INT32_MIN;
    std::size_t j = 0;
    if (n >= 8) {
        V8 m;
        std::memcpy(&m, x, sizeof m);
        for (j = 8; j + 8 <= n; j += 8) {
            V8 a;
            std::memcpy(&a, x + j, sizeof a);
            m = m > a ? m : a;
        }
        for (int k = 0; k < 8; ++k) best = std::max(best, m[k]);
    }
    for (; j < n; ++j) best = std::max(best, x[j]);
    std::size_t i = 0;
    while (x[i] != best) ++i;
    return static_cast<int>(i);
}

// Per sentence: the summed class scores of each (role, word) pair, and of the stack context of
// each stack top (parser_features), computed on first use. Row r * (n + 2) + word + 1 (word -1,
// none, is row 0 of its role); the stack contexts are rows of role kNumRoles, by s0.
class RoleCache {
public:
    // Scores passed to add() must have room for padded(num_classes) entries.
    static std::size_t padded(std::size_t num_classes) { return (num_classes + 7) & ~std::size_t{7}; }
    void reset(int n, std::size_t num_classes) {
        words_ = static_cast<std::size_t>(n) + 2;
        stride_ = padded(num_classes);
        ready_.assign((kNumRoles + 1) * words_, 0);
        if (sums_.size() < ready_.size() * stride_) sums_.resize(ready_.size() * stride_);
    }
    // Adds the role sums and the stack context's sum of one configuration to scores[0,
    // num_classes). Missing sums are looked up together with `feats` (the configuration's
    // other features), in one batch.
    void add(const int* role_word, const State& st, const uint64_t* W, const uint64_t* T,
             const WeightTable& weights, std::vector<uint64_t>& feats, int32_t* scores) {
        constexpr int kRows = kNumRoles + 1;
        std::size_t rows[kRows];
        // Group 0 is the batch, then one group per missing sum: scored in one call, so that
        // the sums' cache misses overlap with the batch's instead of following each other.
        int32_t* outs[1 + kRows];
        std::size_t ends[1 + kRows];
        std::size_t groups = 1;
        outs[0] = scores;
        ends[0] = feats.size();
        for (int r = 0; r < kRows; ++r) {
            int word = role_word[r < kNumRoles ? r : kS0];
            rows[r] = static_cast<std::size_t>(r) * words_ + static_cast<std::size_t>(word + 1);
            if (ready_[rows[r]]) continue;
            if (r < kNumRoles) {
                uint64_t keys[kMaxRoleFeatures];
                uint64_t* end = role_features(r, word, st, W, T, keys);
                feats.insert(feats.end(), keys, end);
            } else {
                parser_features<Emit::kStackContext>(st, W, T, context_);
                feats.insert(feats.end(), context_.begin(), context_.end());
            }
            int32_t* sum = sums_.data() + rows[r] * stride_;
            std::fill(sum, sum + stride_, 0);
            outs[groups] = sum;
            ends[groups++] = feats.size();
            ready_[rows[r]] = 1;
        }
        weights.score_groups(feats.data(), ends, groups, outs);
        const int32_t* p[kRows];
        for (int r = 0; r < kRows; ++r) p[r] = sums_.data() + rows[r] * stride_;
        add_rows(p, kRows, scores, stride_);
    }

private:
    std::size_t words_ = 0, stride_ = 0;
    std::vector<uint8_t> ready_;
    std::vector<int32_t> sums_;
    std::vector<uint64_t> context_;
};

struct Scratch {
    State st;
    RoleCache roles;
    std::vector<int32_t> bias;
    std::vector<uint64_t> W, T, feats;
    std::vector<int32_t> iscores;
    std::vector<float> fscores;
    std::string buf;
};

Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

void fill_inputs(const std::vector<std::string_view>& forms, const std::vector<uint16_t>& tags,
                 std::size_t num_tags, Scratch& s) {
    std::size_t n = forms.size();
    s.W.resize(n + 1);
    s.T.resize(n + 1);
    for (std::size_t i = 0; i < n; ++i) {
        s.W[i] = parser_word_hash(forms[i], s.buf);
        s.T[i] = (i < tags.size() ? tags[i] : 0) + 1;
    }
    s.W[n] = kRootWord;
    s.T[n] = num_tags + 1;
}

}  // namespace

uint16_t ParserModel::tag_id(std::string_view upos, std::string_view xpos) const {
    auto it = tag_index_.find(tag_key(upos, xpos));
    return it == tag_index_.end() ? 0 : it->second;
}

void ParserModel::build_tag_index() {
    tag_index_.clear();
    for (std::size_t i = 1; i < tags_.size(); ++i) {
        std::size_t bar = tags_[i].find('|');
        std::string_view t(tags_[i]);
        tag_index_[tag_key(t.substr(0, bar), t.substr(bar + 1))] = static_cast<uint16_t>(i);
    }
    dep_label_ = 0;
    for (std::size_t l = 0; l < labels_.size(); ++l) {
        if (labels_[l] == "dep") dep_label_ = static_cast<uint16_t>(l);
    }
}

void ParserModel::parse(const std::vector<std::string_view>& forms,
                        const std::vector<uint16_t>& tags, std::vector<int32_t>& heads,
                        std::vector<uint16_t>& labels) const {
    parse(forms, tags, heads, labels, true);
}

void ParserModel::parse_without_reuse(const std::vector<std::string_view>& forms,
                                      const std::vector<uint16_t>& tags,
                                      std::vector<int32_t>& heads,
                                      std::vector<uint16_t>& labels) const {
    parse(forms, tags, heads, labels, false);
}

void ParserModel::parse(const std::vector<std::string_view>& forms,
                        const std::vector<uint16_t>& tags, std::vector<int32_t>& heads,
                        std::vector<uint16_t>& labels, bool reuse) const {
    std::size_t n = forms.size();
    heads.assign(n, -1);
    labels.assign(n, dep_label_);
    if (n == 0 || labels_.empty()) return;
    int L = static_cast<int>(labels_.size());
    int root_label = -1;
    for (int l = 0; l < L; ++l) {
        if (labels_[l] == "root") root_label = l;
    }
    if (n > kMaxParseLength || weights_.num_classes() != static_cast<uint32_t>(1 + 2 * L)) {
        for (std::size_t i = 1; i < n; ++i) heads[i] = 0;
        if (root_label >= 0) labels[0] = static_cast<uint16_t>(root_label);
        return;
    }
    Scratch& s = scratch();
    fill_inputs(forms, tags, tags_.size(), s);
    State& st = s.st;
    st.init(static_cast<int>(n));
    std::size_t nc = 1 + 2 * L;
    s.iscores.resize(RoleCache::padded(nc));
    s.bias.assign(RoleCache::padded(nc), 0);
    const uint64_t bias_key = feat(0, 0);
    weights_.score(&bias_key, 1, s.bias.data());
    s.roles.reset(static_cast<int>(n), nc);
    while (!st.terminal()) {
        // With an empty stack SHIFT is the only move: no need to score.
        if (st.stack.empty()) {
            st.apply(0, L);
            continue;
        }
        // With the buffer down to the root and one word on the stack, LEFT-root is the only move.
        if (st.b == st.n && st.stack.size() == 1 && root_label >= 0) {
            st.apply(1 + root_label, L);
            continue;
        }
        if (reuse) {
            int role_word[kNumRoles];
            parser_features<Emit::kPerConfig>(st, s.W.data(), s.T.data(), s.feats, role_word);
            std::copy(s.bias.begin(), s.bias.end(), s.iscores.begin());
            s.roles.add(role_word, st, s.W.data(), s.T.data(), weights_, s.feats, s.iscores.data());
        } else {
            parser_features<Emit::kAll>(st, s.W.data(), s.T.data(), s.feats);
            std::fill(s.iscores.begin(), s.iscores.end(), 0);
            weights_.score(s.feats.data(), s.feats.size(), s.iscores.data());
        }
        Validity v = validity(st);
        // Invalid moves score the minimum, then the first best class wins (as a scan with
        // class_valid would pick it; real scores are far from INT32_MIN: at most 105 * 32767 away
        // from zero).
        int32_t* sc = s.iscores.data();
        constexpr int32_t kOff = INT32_MIN;
        int32_t root_left = root_label >= 0 ? sc[1 + root_label] : 0;
        if (!v.shift) sc[0] = kOff;
        if (!v.left) std::fill(sc + 1, sc + 1 + L, kOff);
        if (!v.right) std::fill(sc + 1 + L, sc + nc, kOff);
        if (root_label >= 0) {
            sc[1 + root_label] = v.left_root ? root_left : kOff;
            sc[1 + L + root_label] = kOff;
        }
        int best = first_max(sc, nc);
        if (sc[best] == kOff) best = v.shift ? 0 : (v.right ? 1 + L : 1);  // unreachable in practice
        st.apply(best, L);
    }
    for (std::size_t i = 0; i < n; ++i) {
        heads[i] = st.head[i] == static_cast<int>(n) ? -1 : st.head[i];
        labels[i] = static_cast<uint16_t>(st.label[i] < 0 ? dep_label_ : st.label[i]);
    }
}

int ParserModel::shrink_to(std::size_t max_bytes) {
    int lo = 1, hi = 1;
    if (weights_.bytes_at(1) <= max_bytes) return 0;
    while (weights_.bytes_at(hi) > max_bytes && hi < 32767) hi *= 2;
    while (lo < hi) {  // smallest threshold that fits
        int mid = (lo + hi) / 2;
        if (weights_.bytes_at(mid) <= max_bytes) hi = mid;
        else lo = mid + 1;
    }
    weights_ = weights_.pruned(lo);
    return lo;
}

void ParserModel::save(ByteWriter& w) const {
    w.u32(static_cast<uint32_t>(tags_.size()));
    for (const auto& t : tags_) w.str(t);
    w.u32(static_cast<uint32_t>(labels_.size()));
    for (const auto& l : labels_) w.str(l);
    weights_.save(w);
}

void ParserModel::load(ByteReader& r) {
    uint32_t nt = r.u32();
    if (nt == 0 || nt > 65535) r.fail("bad parser tag count");
    r.need_items(nt, 4);
    tags_.resize(nt);
    for (auto& t : tags_) t = r.str();
    uint32_t nl = r.u32();
    if (nl == 0 || nl > 127) r.fail("bad label count");
    labels_.resize(nl);
    for (auto& l : labels_) l = r.str();
    weights_.load(r);
    if (weights_.num_classes() != 1 + 2 * nl) r.fail("parser weight classes do not match labels");
    build_tag_index();
}

bool ParserModel::operator==(const ParserModel& o) const {
    return tags_ == o.tags_ && labels_ == o.labels_ && weights_ == o.weights_;
}

// ---- training ------------------------------------------------------------------------------

class ParserTrainer {
public:
    static ParserModel train(const std::vector<ConlluSentence>& train, const TagPairs& train_tags,
                             const std::vector<ConlluSentence>& dev, const TagPairs& dev_tags,
                             const ParserTrainOptions& opts);
};

namespace {

bool projective(const ConlluSentence& s) {
    int n = static_cast<int>(s.words.size());
    int roots = 0;
    std::vector<std::pair<int, int>> arcs;
    for (int d = 0; d < n; ++d) {
        int h = s.words[d].head < 0 ? n : s.words[d].head;
        if (s.words[d].head < 0) ++roots;
        if (h == d || h > n) return false;
        arcs.emplace_back(std::min(h, d), std::max(h, d));
    }
    if (roots != 1) return false;
    for (const auto& [a1, b1] : arcs) {
        for (const auto& [a2, b2] : arcs) {
            if (a1 < a2 && a2 < b1 && b1 < b2) return false;
        }
    }
    // Cycles would also make the oracle meaningless.
    for (int d = 0; d < n; ++d) {
        int h = s.words[d].head, steps = 0;
        while (h >= 0 && steps <= n) {
            h = s.words[h].head;
            ++steps;
        }
        if (steps > n) return false;
    }
    return true;
}

struct Score {
    std::size_t total = 0, uas = 0, las = 0;
};

Score evaluate_parser(const ParserModel& m, const std::vector<ConlluSentence>& sents,
                      const TagPairs& tags) {
    Score sc;
    std::vector<std::string_view> forms;
    std::vector<uint16_t> tag_ids, labels;
    std::vector<int32_t> heads;
    for (std::size_t s = 0; s < sents.size(); ++s) {
        forms.clear();
        tag_ids.clear();
        for (std::size_t i = 0; i < sents[s].words.size(); ++i) {
            forms.push_back(sents[s].words[i].form);
            tag_ids.push_back(m.tag_id(tags[s][i].first, tags[s][i].second));
        }
        m.parse(forms, tag_ids, heads, labels);
        for (std::size_t i = 0; i < heads.size(); ++i) {
            ++sc.total;
            if (heads[i] == sents[s].words[i].head) {
                ++sc.uas;
                sc.las += m.label(labels[i]) == sents[s].words[i].deprel;
            }
        }
    }
    return sc;
}

}  // namespace

ParserModel ParserTrainer::train(const std::vector<ConlluSentence>& train,
                                 const TagPairs& train_tags,
                                 const std::vector<ConlluSentence>& dev, const TagPairs& dev_tags,
                                 const ParserTrainOptions& opts) {
    ParserModel model;
    std::set<std::string> tag_set, label_set{"dep", "root"};
    for (const auto& sent : train_tags) {
        for (const auto& [u, x] : sent) tag_set.insert(u + "|" + x);
    }
    for (const auto& s : train) {
        for (const auto& w : s.words) {
            if (w.deprel != "_") label_set.insert(w.deprel);
        }
    }
    model.tags_.push_back("<unk>|<unk>");
    model.tags_.insert(model.tags_.end(), tag_set.begin(), tag_set.end());
    model.labels_.assign(label_set.begin(), label_set.end());
    model.build_tag_index();
    int L = static_cast<int>(model.labels_.size());
    int root_label = static_cast<int>(
        std::find(model.labels_.begin(), model.labels_.end(), "root") - model.labels_.begin());
    uint32_t nc = static_cast<uint32_t>(1 + 2 * L);

    // Training material: projective trees only.
    struct Item {
        std::vector<std::string_view> forms;
        std::vector<uint16_t> tags;
        std::vector<int> gold_head;   // root = n
        std::vector<int> gold_label;
    };
    std::vector<Item> items;
    std::size_t skipped = 0;
    for (std::size_t s = 0; s < train.size(); ++s) {
        const auto& sent = train[s];
        if (!projective(sent) || sent.words.size() > kMaxParseLength) {
            ++skipped;
            continue;
        }
        Item it;
        int n = static_cast<int>(sent.words.size());
        for (int i = 0; i < n; ++i) {
            const auto& w = sent.words[i];
            it.forms.push_back(w.form);
            it.tags.push_back(model.tag_id(train_tags[s][i].first, train_tags[s][i].second));
            it.gold_head.push_back(w.head < 0 ? n : w.head);
            auto lab = std::find(model.labels_.begin(), model.labels_.end(), w.deprel);
            it.gold_label.push_back(static_cast<int>(lab - model.labels_.begin()));
        }
        items.push_back(std::move(it));
    }
    if (opts.log) {
        spdlog::info("parser: {} training sentences ({} non-projective or malformed skipped), "
                     "{} labels, {} tags",
                     items.size(), skipped, L, model.tags_.size());
    }

    PerceptronTrainer pt(nc);
    std::vector<uint32_t> order(items.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    uint64_t rng = opts.seed * 0x9e3779b9ULL + 11;
    Scratch s;
    std::vector<float> scores(nc);
    std::vector<int> cost(nc);
    double best_las = -1;
    WeightTable best_weights;
    for (int epoch = 1; epoch <= opts.epochs; ++epoch) {
        auto t0 = std::chrono::steady_clock::now();
        shuffle_indices(order, rng);
        std::size_t steps = 0, errors = 0;
        for (uint32_t idx : order) {
            const Item& it = items[idx];
            int n = static_cast<int>(it.forms.size());
            fill_inputs(it.forms, it.tags, model.tags_.size(), s);
            State& st = s.st;
            st.init(n);
            const int* gh = it.gold_head.data();
            const int* gl = it.gold_label.data();
            while (!st.terminal()) {
                parser_features<Emit::kAll>(st, s.W.data(), s.T.data(), s.feats);
                std::fill(scores.begin(), scores.end(), 0.0f);
                pt.score(s.feats.data(), s.feats.size(), scores.data());
                Validity v = validity(st);
                int sz = static_cast<int>(st.stack.size());
                int s0 = sz >= 1 ? st.stack[sz - 1] : -1;
                int s1 = sz >= 2 ? st.stack[sz - 2] : -1;
                int b0 = st.b;
                int shift_cost = 0, left_cost = 0, right_cost = 0;
                if (v.shift) {
                    for (int k : st.stack) {
                        if (k != s0 && gh[b0] == k) ++shift_cost;
                        if (gh[k] == b0) ++shift_cost;
                    }
                }
                if (s0 >= 0) {
                    int deps = 0;
                    for (int k = b0; k < n; ++k) deps += gh[k] == s0;
                    left_cost = deps + ((s1 >= 0 && gh[s0] == s1) || gh[s0] > b0 ? 1 : 0);
                    right_cost = deps + (gh[s0] >= b0 ? 1 : 0);
                }
                int best_pred = -1, best_gold = -1, min_cost = 1 << 30;
                for (int cls = 0; cls < static_cast<int>(nc); ++cls) {
                    if (!class_valid(v, cls, L, root_label)) continue;
                    int cst;
                    if (cls == 0) {
                        cst = shift_cost;
                    } else if (cls <= L) {
                        cst = left_cost + (gh[s0] == b0 && gl[s0] != cls - 1 ? 1 : 0);
                    } else {
                        cst = right_cost + (gh[s0] == s1 && gl[s0] != cls - 1 - L ? 1 : 0);
                    }
                    cost[cls] = cst;
                    if (best_pred < 0 || scores[cls] > scores[best_pred]) best_pred = cls;
                    if (cst < min_cost || (cst == min_cost && scores[cls] > scores[best_gold])) {
                        min_cost = cst;
                        best_gold = cls;
                    }
                }
                ++steps;
                if (cost[best_pred] > min_cost) {
                    ++errors;
                    pt.update(s.feats.data(), s.feats.size(), best_gold, best_pred);
                }
                pt.tick();
                bool explore = epoch > 1 && (next_random(rng) % 10) != 0;
                st.apply(explore ? best_pred : best_gold, L);
            }
        }
        ParserModel candidate = model;
        candidate.weights_ = pt.finalize(opts.prune);
        Score sc = dev.empty() ? Score{} : evaluate_parser(candidate, dev, dev_tags);
        double uas = sc.total ? 100.0 * sc.uas / sc.total : 0;
        double las = sc.total ? 100.0 * sc.las / sc.total : 0;
        double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (opts.log) {
            spdlog::info("parser epoch {}/{}: train transition errors {:.2f}%, dev UAS {:.2f}% "
                         "LAS {:.2f}%, {} features, {:.1f}s",
                         epoch, opts.epochs, steps ? 100.0 * errors / steps : 0.0, uas, las,
                         candidate.weights_.num_features(), secs);
        }
        if (dev.empty() || las > best_las) {
            best_las = las;
            best_weights = std::move(candidate.weights_);
        }
    }
    model.weights_ = std::move(best_weights);
    return model;
}

ParserModel train_parser(const std::vector<ConlluSentence>& train, const TagPairs& train_tags,
                         const std::vector<ConlluSentence>& dev, const TagPairs& dev_tags,
                         const ParserTrainOptions& opts) {
    return ParserTrainer::train(train, train_tags, dev, dev_tags, opts);
}

void Parser::process(Document& doc) const {
    std::vector<std::string_view> forms;
    std::vector<uint16_t> tags, labels;
    std::vector<int32_t> heads;
    for (const Sentence& sent : doc.sentences) {
        forms.clear();
        tags.clear();
        for (uint32_t i = sent.first_token; i < sent.end_token && i < doc.tokens.size(); ++i) {
            const Token& t = doc.tokens[i];
            forms.push_back(t.form);
            tags.push_back(model_->tag_id(t.upos, t.xpos));
        }
        model_->parse(forms, tags, heads, labels);
        for (std::size_t i = 0; i < heads.size(); ++i) {
            Token& t = doc.tokens[sent.first_token + i];
            t.head = heads[i];
            t.deprel = model_->label(labels[i]);
        }
        if (repair_) repair_parse(doc.tokens, sent.first_token, sent.end_token);
    }
    doc.layers |= kParse;
}

}  // namespace claimgraph::extract
