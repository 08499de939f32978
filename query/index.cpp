#include "query/index.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <sstream>
#include <tuple>

#include "common/error.hpp"

namespace claimgraph::query {

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

LabelKey LabelKey::of(std::string_view label) {
    auto part = [&](std::size_t from) {
        uint64_t x = 0;
        for (std::size_t i = from; i < from + 8; ++i) {
            x = (x << 8) | (i < label.size() ? static_cast<unsigned char>(label[i]) : 0u);
        }
        return x;
    };
    return {part(0), part(8)};
}

namespace {

// Counting sort of items into buckets: start[b]..start[b+1] in `out` holds the items of bucket b,
// in the order they were visited.
template <typename Bucket, typename Start>
void bucket_fill(std::size_t buckets, std::size_t items, Bucket bucket_of,
                 std::vector<Start>& start, std::vector<uint32_t>& out) {
    start.assign(buckets + 1, 0);
    for (std::size_t i = 0; i < items; ++i) ++start[bucket_of(i) + 1];
    for (std::size_t b = 0; b < buckets; ++b) start[b + 1] += start[b];
    out.resize(items);
    std::vector<Start> fill(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < items; ++i) out[fill[bucket_of(i)]++] = static_cast<uint32_t>(i);
}

std::vector<std::string> words_of(std::string_view lower) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : lower) {
        auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || std::isalnum(u)) {
            cur.push_back(c);
        } else if (!cur.empty()) {
            words.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty()) words.push_back(std::move(cur));
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

// Levenshtein distance, or limit + 1 when it exceeds `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > limit) return limit + 1;
    std::vector<std::size_t> row(a.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t j = 1; j <= b.size(); ++j) {
        std::size_t diag = row[0];
        row[0] = j;
        std::size_t best = row[0];
        for (std::size_t i = 1; i <= a.size(); ++i) {
            std::size_t up = row[i];
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[i] = std::min({row[i] + 1, row[i - 1] + 1, diag + cost});
            diag = up;
            best = std::min(best, row[i]);
        }
        if (best > limit) return limit + 1;
    }
    return row[a.size()];
}

// Words of `a` that appear in `b`, exactly or with a typo (one edit in words of up to five
// letters, two in longer ones).
std::size_t shared_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::size_t n = 0;
    for (const auto& w : a) {
        const std::size_t limit = w.size() <= 2 ? 0 : w.size() <= 5 ? 1 : 2;
        for (const auto& x : b) {
            if (w == x || (limit > 0 && edit_distance(w, x, limit) <= limit)) {
                ++n;
                break;
            }
        }
    }
    return n;
}

// Similarity in [0, 1] of two lower-cased names: the better of edit-distance similarity and the
// share of words in common.
double similarity(std::string_view q, const std::vector<std::string>& q_words, std::string_view c) {
    std::size_t longest = std::max(q.size(), c.size());
    if (longest == 0) return 0.0;
    std::size_t limit = std::max<std::size_t>(2, q.size() / 3);
    double by_edit = 0.0;
    std::size_t d = edit_distance(q, c, limit);
    if (d <= limit) by_edit = 1.0 - static_cast<double>(d) / static_cast<double>(longest);
    double by_words = 0.0;
    if (!q_words.empty()) {
        auto c_words = words_of(c);
        std::size_t common = shared_words(q_words, c_words);
        if (common > 0) {
            std::size_t all = q_words.size() + c_words.size() - common;
            by_words = static_cast<double>(common) / static_cast<double>(all);
        }
    }
    return std::max(by_edit, by_words);
}

}  // namespace

GraphIndex::GraphIndex(const graph::KnowledgeGraph& kg) : kg_(kg) {
    const std::size_t n = kg.actor_count();
    const auto& edges = kg.edges();
    const std::size_t m = edges.size();
    if (n >= kNone || m >= kNone) {
        throw InputError("graph too large for the query index: " + std::to_string(n) + " actors, " +
                         std::to_string(m) + " claims (limit 4294967294 each)");
    }

    // Edge ends and interned relations.
    source_.resize(m);
    target_.resize(m);
    relation_.resize(m);
    const std::string* last_name = nullptr;
    RelationId last_id = 0;
    for (std::size_t i = 0; i < m; ++i) {
        source_[i] = static_cast<VertexId>(kg.source(edges[i]));
        target_[i] = static_cast<VertexId>(kg.target(edges[i]));
        const std::string& rel = kg.claim(edges[i]).relation;
        if (last_name == nullptr || *last_name != rel) {
            auto [it, added] = relation_ids_.try_emplace(rel, relation_names_.size());
            if (added) {
                relation_names_.push_back(rel);
                symmetric_rel_.push_back(graph::is_symmetric(rel));
            }
            last_id = it->second;
            last_name = &rel;
        }
        relation_[i] = last_id;
    }

    bucket_fill(
        n, m, [&](std::size_t e) { return source_[e]; }, out_start_, out_edges_);
    bucket_fill(
        n, m, [&](std::size_t e) { return target_[e]; }, in_start_, in_edges_);
    bucket_fill(
        relation_names_.size(), m, [&](std::size_t e) { return relation_[e]; }, rel_start_,
        rel_edges_);

    // Types and label keys.
    type_of_.resize(n);
    label_keys_.resize(n);
    for (std::size_t v = 0; v < n; ++v) {
        const graph::Actor& a = kg.actor(v);
        auto [it, added] = type_ids_.try_emplace(a.type, type_names_.size());
        if (added) type_names_.push_back(a.type);
        type_of_[v] = it->second;
        label_keys_[v] = LabelKey::of(a.label);
    }
    bucket_fill(
        type_names_.size(), n, [&](std::size_t v) { return type_of_[v]; }, type_start_,
        type_actors_);
}

bool GraphIndex::labels_less(VertexId a, VertexId b) const {
    const std::string& la = kg_.actor(a).label;
    const std::string& lb = kg_.actor(b).label;
    if (la != lb) return la < lb;
    return a < b;
}

std::optional<RelationId> GraphIndex::relation_id(std::string_view name) const {
    auto it = relation_ids_.find(std::string(name));
    if (it == relation_ids_.end()) return std::nullopt;
    return it->second;
}

std::optional<TypeId> GraphIndex::type_id(std::string_view name) const {
    auto it = type_ids_.find(std::string(name));
    if (it == type_ids_.end()) return std::nullopt;
    return it->second;
}

void GraphIndex::build_lower_index() const {
    std::call_once(lower_once_, [this] {
        by_lower_.reserve(actor_count());
        by_id_.reserve(actor_count());
        auto add = [this](const std::string& name, VertexId v) {
            auto& list = by_lower_[ascii_lower(name)];
            if (list.empty() || list.back() != v) list.push_back(v);
        };
        for (VertexId v = 0; v < actor_count(); ++v) {
            const auto& a = kg_.actor(v);
            if (!a.id.empty()) by_id_.emplace(a.id, v);
            add(a.label, v);
            for (const auto& alias : a.aliases) add(alias, v);
        }
    });
}

std::vector<VertexId> GraphIndex::lookup(std::string_view name) const {
    // Ids first. Readers keep the file's ids ("n17"), usually the vertex number after an "n":
    // check that directly; other ids are found through the map built below.
    if (name.size() > 1 && name[0] == 'n' && name.size() < 12) {
        uint64_t number = 0;
        bool digits = true;
        for (char c : name.substr(1)) {
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
            number = number * 10 + static_cast<uint64_t>(c - '0');
        }
        if (digits && number < actor_count() && kg_.actor(number).id == name) {
            return {static_cast<VertexId>(number)};
        }
    }
    std::vector<VertexId> out;
    for (auto v : kg_.find(name)) out.push_back(static_cast<VertexId>(v));
    if (!out.empty()) return out;
    build_lower_index();
    if (auto it = by_id_.find(std::string(name)); it != by_id_.end()) return {it->second};
    auto it = by_lower_.find(ascii_lower(name));
    if (it != by_lower_.end()) {
        out = it->second;
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }
    return out;
}

std::string GraphIndex::describe(VertexId v) const {
    const auto& a = kg_.actor(v);
    std::string s = a.label + " (";
    if (!a.id.empty()) s += a.id + ", ";
    s += a.type + ")";
    return s;
}

VertexId GraphIndex::resolve(std::string_view name, std::string_view what) const {
    std::string prefix = what.empty() ? std::string() : std::string(what) + ": ";
    auto found = lookup(name);
    if (found.size() == 1) return found.front();
    std::ostringstream msg;
    if (found.empty()) {
        msg << prefix << "no actor named '" << name << "'";
        auto near = suggest(name);
        if (!near.empty()) {
            msg << "; did you mean:";
            for (auto v : near) msg << "\n  " << describe(v);
        }
        throw ConfigError(msg.str());
    }
    msg << prefix << "'" << name << "' is ambiguous: it names " << found.size()
        << " actors; give one of their ids:";
    constexpr std::size_t kShown = 20;
    for (std::size_t i = 0; i < found.size() && i < kShown; ++i)
        msg << "\n  " << describe(found[i]);
    if (found.size() > kShown) msg << "\n  ... and " << (found.size() - kShown) << " more";
    throw ConfigError(msg.str());
}

std::vector<VertexId> GraphIndex::suggest(std::string_view name, std::size_t n) const {
    const std::string q = ascii_lower(name);
    const auto q_words = words_of(q);
    constexpr double kThreshold = 0.3;
    std::vector<std::pair<double, VertexId>> scored;
    for (VertexId v = 0; v < actor_count(); ++v) {
        double s = similarity(q, q_words, ascii_lower(kg_.actor(v).label));
        if (s >= kThreshold) scored.emplace_back(s, v);
    }
    auto better = [this](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first > b.first;
        const auto& la = kg_.actor(a.second).label;
        const auto& lb = kg_.actor(b.second).label;
        if (la != lb) return la < lb;
        return a.second < b.second;
    };
    std::size_t keep = std::min(n, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep),
                      scored.end(), better);
    std::vector<VertexId> out;
    for (std::size_t i = 0; i < keep; ++i) out.push_back(scored[i].second);
    return out;
}

std::vector<std::string> GraphIndex::suggest_relation(std::string_view name, std::size_t n) const {
    const std::string q = ascii_lower(name);
    const auto q_words = words_of(q);
    std::vector<std::pair<double, std::string>> scored;
    for (const auto& r : relation_names_) {
        double s = similarity(q, q_words, r);
        if (s >= 0.3) scored.emplace_back(s, r);
    }
    std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && i < n; ++i) out.push_back(scored[i].second);
    return out;
}

}  // namespace claimgraph::query
