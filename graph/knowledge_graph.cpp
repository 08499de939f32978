#include "graph/knowledge_graph.hpp"

#include "common/huge_page_heap.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <tuple>

namespace claimgraph::graph {

bool operator<(const Evidence& a, const Evidence& b) {
    return std::tie(a.doc, a.sentence, a.start, a.end, a.text) <
           std::tie(b.doc, b.sentence, b.start, b.end, b.text);
}

std::string normalize_key(std::string_view label) {
    std::string out;
    out.reserve(label.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < label.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(label[i]);
        // Possessive 's (straight or curly apostrophe) folds away: "China's" -> "china".
        bool apostrophe = c == '\'';
        std::size_t next = i + 1;
        if (c == 0xE2 && i + 2 < label.size() && static_cast<unsigned char>(label[i + 1]) == 0x80 &&
            static_cast<unsigned char>(label[i + 2]) == 0x99) {
            apostrophe = true;
            next = i + 3;
        }
        if (apostrophe) {
            if (next < label.size() && (label[next] == 's' || label[next] == 'S') &&
                (next + 1 == label.size() || !std::isalnum(static_cast<unsigned char>(label[next + 1])))) {
                i = next;  // skip the s
            } else {
                i = next - 1;
            }
            pending_space = !out.empty();
            continue;
        }
        if (c >= 0x80 || std::isalnum(c)) {
            if (pending_space) out.push_back(' ');
            pending_space = false;
            out.push_back(c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c));
        } else {
            pending_space = !out.empty();
        }
    }
    return out;
}

bool is_symmetric(std::string_view relation) {
    return relation == "cooperates-with" || relation == "competes-with";
}

namespace {

void insert_sorted_unique(std::vector<std::string>& v, std::string_view s) {
    auto it = std::lower_bound(v.begin(), v.end(), s);
    if (it == v.end() || *it != s) v.insert(it, std::string(s));
}

void merge_evidence(std::vector<Evidence>& into, const Evidence& e) {
    auto it = std::lower_bound(into.begin(), into.end(), e);
    if (it == into.end() || !(*it == e)) into.insert(it, e);
}


}  // namespace

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other) { copy_from(other); }

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
    if (this != &other) copy_from(other);
    return *this;
}

void KnowledgeGraph::copy_from(const KnowledgeGraph& other) {
    name = other.name;
    documents = other.documents;
    document_info = other.document_info;
    g_ = other.g_;
    by_key_ = other.by_key_;
    by_name_ = other.by_name_;
    // The copy has the same out-edge lists in the same order; walk both in step to map each
    // edge of the original to its counterpart.
    std::unordered_map<const Claim*, std::size_t> rank;
    rank.reserve(other.edge_order_.size());
    for (std::size_t i = 0; i < other.edge_order_.size(); ++i) rank.emplace(&other.g_[other.edge_order_[i]], i);
    edge_order_.assign(other.edge_order_.size(), Edge{});
    for (Vertex v = 0; v < boost::num_vertices(g_); ++v) {
        auto [oi, oe] = boost::out_edges(v, other.g_);
        auto ni = boost::out_edges(v, g_).first;
        for (; oi != oe; ++oi, ++ni) edge_order_[rank.at(&other.g_[*oi])] = *ni;
    }
    names_ = other.names_;
    origins_ = other.origins_;
    origin_index_ = other.origin_index_;
    claim_index_.clear();
    claim_index_built_ = false;
    if (other.claim_index_built_) build_claim_index();
}

void KnowledgeGraph::use_huge_pages() const {
    claimgraph::use_huge_pages(g_.m_vertices.data(),
                               g_.m_vertices.capacity() * sizeof(g_.m_vertices[0]));
}

uint32_t KnowledgeGraph::intern(const std::string& name) {
    auto it = names_.find(name);
    if (it != names_.end()) return it->second;
    uint32_t id = static_cast<uint32_t>(names_.size());
    names_.emplace(name, id);
    return id;
}

KnowledgeGraph::ClaimKey KnowledgeGraph::claim_key(Vertex s, Vertex t, const Claim& c) {
    return ClaimKey{(static_cast<uint64_t>(s) << 32) | static_cast<uint64_t>(t),
                    (static_cast<uint64_t>(intern(c.relation)) << 32) |
                        (static_cast<uint64_t>(intern(c.modality)) << 1) | (c.negated ? 1u : 0u)};
}

void KnowledgeGraph::build_claim_index() {
    claim_index_.clear();
    claim_index_.reserve(edge_order_.size());
    for (Edge e : edge_order_) {
        claim_index_.emplace(claim_key(boost::source(e, g_), boost::target(e, g_), g_[e]), e);
    }
    claim_index_built_ = true;
}

void KnowledgeGraph::reserve(std::size_t actors, std::size_t claims) {
    g_.m_vertices.reserve(actors);
    by_key_.reserve(actors, 0);
    by_name_.reserve(2 * actors, 0);
    edge_order_.reserve(claims);
    if (claim_index_built_) claim_index_.reserve(claims);
}

void KnowledgeGraph::set_id(Vertex v, std::string_view id) {
    g_[v].id = std::string(id);
    by_name_.insert(id, static_cast<uint32_t>(v));
}

void KnowledgeGraph::index_actor(Vertex v) {
    const Actor& a = g_[v];
    const auto n = static_cast<uint32_t>(v);
    by_key_.insert(a.key, n, true);
    if (!a.id.empty()) by_name_.insert(a.id, n);
    by_name_.insert(a.label, n);
    for (const auto& alias : a.aliases) by_name_.insert(alias, n);
}

uint32_t KnowledgeGraph::intern_origin(std::string_view id) {
    auto [it, fresh] = origin_index_.try_emplace(std::string(id), static_cast<uint32_t>(origins_.size()));
    if (fresh) origins_.emplace_back(id);
    return it->second;
}

void KnowledgeGraph::set_origins(Vertex v, std::string_view label_doc, std::string_view type_doc) {
    g_[v].label_origin = intern_origin(label_doc);
    g_[v].type_origin = intern_origin(type_doc);
}

Vertex KnowledgeGraph::add_actor(std::string_view key, std::string_view label,
                                 std::string_view type, uint32_t mention_count,
                                 std::string_view origin) {
    std::string k = key.empty() ? normalize_key(label) : std::string(key);
    const bool specific = !type.empty() && type != "concept";
    if (uint32_t found = by_key_.find_first(k); found != NameIndex::kNone) {
        Vertex v = found;
        Actor& a = g_[v];
        a.mentions += mention_count;
        const bool earlier = origin < origins_[a.label_origin];
        if (label != a.label) {
            if (earlier) {
                std::string old = std::move(a.label);
                a.label = std::string(label);
                a.label_origin = intern_origin(origin);
                auto pos = std::lower_bound(a.aliases.begin(), a.aliases.end(), a.label);
                if (pos != a.aliases.end() && *pos == a.label) a.aliases.erase(pos);
                by_name_.insert(a.label, static_cast<uint32_t>(v));
                add_alias(v, old);
            } else {
                add_alias(v, label);
            }
        } else if (earlier) {
            a.label_origin = intern_origin(origin);
        }
        if (specific && (a.type == "concept" || origin < origins_[a.type_origin])) {
            a.type = std::string(type);
            a.type_origin = intern_origin(origin);
        }
        return v;
    }
    Actor a;
    a.key = std::move(k);
    a.label = std::string(label);
    a.type = type.empty() ? std::string("concept") : std::string(type);
    a.mentions = mention_count;
    a.label_origin = a.type_origin = intern_origin(origin);
    Vertex v = boost::add_vertex(std::move(a), g_);
    index_actor(v);
    return v;
}

void KnowledgeGraph::add_alias(Vertex v, std::string_view alias) {
    Actor& a = g_[v];
    if (alias.empty() || alias == a.label) return;
    insert_sorted_unique(a.aliases, alias);
    by_name_.insert(alias, static_cast<uint32_t>(v));
}

Edge KnowledgeGraph::add_claim(Vertex source, Vertex target, std::string_view relation,
                               bool negated, std::string_view modality, double confidence,
                               Evidence evidence, uint32_t weight) {
    Claim c;
    c.relation = std::string(relation);
    c.negated = negated;
    c.modality = std::string(modality);
    c.confidence = confidence;
    c.weight = weight;
    c.evidence.push_back(std::move(evidence));
    return add_claim(source, target, std::move(c));
}

Edge KnowledgeGraph::add_claim(Vertex source, Vertex target, const Claim& claim) {
    return add_claim(source, target, Claim(claim));
}

Edge KnowledgeGraph::merge_into(Edge e, const Claim& claim) {
    Claim& c = g_[e];
    c.weight += claim.weight;
    c.confidence = std::max(c.confidence, claim.confidence);
    for (const auto& ev : claim.evidence) merge_evidence(c.evidence, ev);
    return e;
}

Edge KnowledgeGraph::add_claim(Vertex source, Vertex target, Claim&& claim) {
    if (is_symmetric(claim.relation) && g_[target].key < g_[source].key) std::swap(source, target);
    const uint64_t ends = (static_cast<uint64_t>(source) << 32) | static_cast<uint64_t>(target);
    if (!claim_index_built_ && !edge_order_.empty()) {
        // edge_order_ ascends by (source, target): only its last edges can share this claim's
        // ends. Scan them; a claim out of order (or a very long run) builds the index instead.
        constexpr std::size_t kMaxRun = 64;
        const auto ends_of = [&](Edge e) {
            return (static_cast<uint64_t>(boost::source(e, g_)) << 32) |
                   static_cast<uint64_t>(boost::target(e, g_));
        };
        std::size_t run = 0;
        for (auto it = edge_order_.rbegin(); it != edge_order_.rend(); ++it) {
            const uint64_t other = ends_of(*it);
            if (other < ends) break;
            if (other > ends || ++run > kMaxRun) {
                build_claim_index();
                break;
            }
            const Claim& c = g_[*it];
            if (c.relation == claim.relation && c.negated == claim.negated &&
                c.modality == claim.modality) {
                return merge_into(*it, claim);
            }
        }
    }
    ClaimKey k{};
    if (claim_index_built_) {
        k = claim_key(source, target, claim);
        auto it = claim_index_.find(k);
        if (it != claim_index_.end()) return merge_into(it->second, claim);
    }
    if (!std::is_sorted(claim.evidence.begin(), claim.evidence.end())) {
        std::sort(claim.evidence.begin(), claim.evidence.end());
    }
    claim.evidence.erase(std::unique(claim.evidence.begin(), claim.evidence.end()), claim.evidence.end());
    // Boost copies the property it is given (twice); give it an empty claim and move this one in.
    Edge e = boost::add_edge(source, target, g_).first;
    g_[e] = std::move(claim);
    if (claim_index_built_) claim_index_.emplace(k, e);
    edge_order_.push_back(e);
    return e;
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
    std::vector<Vertex> map(other.actor_count());
    for (Vertex v = 0; v < other.actor_count(); ++v) {
        const Actor& a = other.actor(v);
        Vertex nv = add_actor(a.key, a.label, "", a.mentions, other.origin(a.label_origin));
        Actor& na = g_[nv];
        const std::string& type_origin = other.origin(a.type_origin);
        if (a.type != "concept" && (na.type == "concept" || type_origin < origins_[na.type_origin])) {
            na.type = a.type;
            na.type_origin = intern_origin(type_origin);
        }
        for (const auto& alias : a.aliases) add_alias(nv, alias);
        map[v] = nv;
    }
    for (Edge e : other.edges()) {
        add_claim(map[other.source(e)], map[other.target(e)], other.claim(e));
    }
    for (const auto& d : other.documents) insert_sorted_unique(documents, d);
    for (const auto& [id, info] : other.document_info) document_info.emplace(id, info);
}

void KnowledgeGraph::canonicalize() {
    const std::size_t n = boost::num_vertices(g_);
    std::vector<Vertex> order(n);
    std::iota(order.begin(), order.end(), Vertex{0});
    std::sort(order.begin(), order.end(),
              [&](Vertex a, Vertex b) { return g_[a].key < g_[b].key; });
    std::vector<Vertex> new_index(n);
    for (std::size_t i = 0; i < n; ++i) new_index[order[i]] = i;

    struct Pending {
        Vertex s, t;
        Claim* claim;
    };
    std::vector<Pending> claims;
    claims.reserve(edge_order_.size());
    for (Edge e : edge_order_) {
        claims.push_back({new_index[boost::source(e, g_)], new_index[boost::target(e, g_)], &g_[e]});
    }
    std::sort(claims.begin(), claims.end(), [](const Pending& a, const Pending& b) {
        return std::tie(a.s, a.t, a.claim->relation, a.claim->negated, a.claim->modality) <
               std::tie(b.s, b.t, b.claim->relation, b.claim->negated, b.claim->modality);
    });

    // Move the claims out, drop the edges, put the actors in key order by moving them along the
    // cycles of the permutation, and add the edges again in canonical order: nothing is copied
    // (adjacency_list has no move assignment, and a copy of the graph would double the evidence
    // in memory at the moment the graph is largest). Dropping all edges through Boost's
    // remove_edge would take time quadratic in a hub's degree; the edge containers are cleared
    // directly instead.
    std::vector<Claim> moved;
    moved.reserve(claims.size());
    for (const auto& p : claims) moved.push_back(std::move(*p.claim));
    edge_order_.clear();
    for (auto& stored : g_.m_vertices) {
        stored.m_out_edges.clear();
        stored.m_in_edges.clear();
    }
    g_.m_edges.clear();
    std::vector<bool> placed(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (placed[i]) continue;
        // Slot j takes the actor at order[j]; the cycle closes when that is slot i again.
        Actor first = std::move(g_[i]);
        std::size_t j = i;
        for (;;) {
            placed[j] = true;
            const std::size_t from = order[j];
            if (from == i) {
                g_[j] = std::move(first);
                break;
            }
            g_[j] = std::move(g_[from]);
            j = from;
        }
    }
    for (std::size_t i = 0; i < n; ++i) g_[i].id = "n" + std::to_string(i);
    for (std::size_t i = 0; i < claims.size(); ++i) {
        Edge e = boost::add_edge(claims[i].s, claims[i].t, g_).first;
        g_[e] = std::move(moved[i]);
        edge_order_.push_back(e);
    }
    by_key_.clear();
    by_name_.clear();
    for (Vertex v = 0; v < n; ++v) index_actor(v);
    // The edges now ascend by (source, target): no claim index until a claim comes out of order.
    claim_index_.clear();
    claim_index_built_ = false;
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
}

std::optional<Vertex> KnowledgeGraph::find_key(std::string_view key) const {
    uint32_t v = by_key_.find_first(key);
    if (v == NameIndex::kNone) return std::nullopt;
    return Vertex{v};
}

std::vector<Vertex> KnowledgeGraph::find(std::string_view name) const {
    std::vector<uint32_t> found = by_name_.find_all(name);
    if (!found.empty()) {
        // Prefer an id or exact label over an alias.
        std::vector<Vertex> all(found.begin(), found.end());
        std::vector<Vertex> exact;
        for (Vertex v : all) {
            if (g_[v].id == name || g_[v].label == name) exact.push_back(v);
        }
        std::vector<Vertex> out = exact.empty() ? std::move(all) : std::move(exact);
        std::sort(out.begin(), out.end());
        return out;
    }
    if (auto v = find_key(normalize_key(name))) return {*v};
    return {};
}

}  // namespace claimgraph::graph
