// GraphIndex: the read-only indexes every query runs on, built once after a graph is loaded.
// Edges are numbered by their position in KnowledgeGraph::edges() (canonical order after
// canonicalize()), and held in compressed adjacency arrays: out-edges and in-edges of each actor,
// edges of each relation, actors of each type. Every list is in ascending edge/actor number, so
// results come out in canonical order without sorting and a --limit can stop early.
// Names resolve by id, exact label, alias, normalised key (KnowledgeGraph::find), then
// case-insensitively; an unknown name gets "did you mean" suggestions.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace claimgraph::query {

using VertexId = uint32_t;
using EdgeId = uint32_t;
using RelationId = uint32_t;
using TypeId = uint32_t;

inline constexpr uint32_t kNone = 0xFFFFFFFFu;

// Lower-cases ASCII letters (labels are UTF-8; other bytes are kept as they are).
std::string ascii_lower(std::string_view s);

// The first 16 bytes of a label as two big-endian numbers, zero-padded: comparing keys orders
// labels as comparing the strings does, unless the keys are equal. Sorting actors by label then
// reads a key from one array instead of two labels per comparison (two actors and two heap
// strings, mostly cache misses in a large graph).
struct LabelKey {
    uint64_t hi = 0, lo = 0;
    static LabelKey of(std::string_view label);
    friend bool operator==(const LabelKey&, const LabelKey&) = default;
};

class GraphIndex {
public:
    // Builds every index; the graph must outlive the index and not change while it is in use.
    explicit GraphIndex(const graph::KnowledgeGraph& kg);

    const graph::KnowledgeGraph& graph() const { return kg_; }
    std::size_t actor_count() const { return type_of_.size(); }
    std::size_t edge_count() const { return source_.size(); }

    // Edge data by number.
    VertexId source(EdgeId e) const { return source_[e]; }
    VertexId target(EdgeId e) const { return target_[e]; }
    RelationId relation(EdgeId e) const { return relation_[e]; }
    const graph::Claim& claim(EdgeId e) const { return kg_.claim(kg_.edges()[e]); }
    bool negated(EdgeId e) const { return claim(e).negated; }
    bool symmetric(EdgeId e) const { return symmetric_rel_[relation_[e]]; }

    // Actor data by number.
    const graph::Actor& actor(VertexId v) const { return kg_.actor(v); }
    TypeId type_of(VertexId v) const { return type_of_[v]; }
    const LabelKey& label_key(VertexId v) const { return label_keys_[v]; }

    // Label order, ties broken by actor number: the order of actors in every result. Reads the
    // labels only when their keys are equal.
    bool label_less(VertexId a, VertexId b) const {
        return label_less(a, label_keys_[a], b, label_keys_[b]);
    }
    // The same for keys the caller already holds (copied next to the items being sorted).
    bool label_less(VertexId a, const LabelKey& ka, VertexId b, const LabelKey& kb) const {
        if (ka.hi != kb.hi) return ka.hi < kb.hi;
        if (ka.lo != kb.lo) return ka.lo < kb.lo;
        return a != b && labels_less(a, b);
    }

    // Adjacency, in ascending edge number.
    std::span<const EdgeId> out_edges(VertexId v) const {
        return {out_edges_.data() + out_start_[v], out_edges_.data() + out_start_[v + 1]};
    }
    std::span<const EdgeId> in_edges(VertexId v) const {
        return {in_edges_.data() + in_start_[v], in_edges_.data() + in_start_[v + 1]};
    }

    // Relations.
    std::size_t relation_count() const { return relation_names_.size(); }
    std::optional<RelationId> relation_id(std::string_view name) const;
    const std::string& relation_name(RelationId r) const { return relation_names_[r]; }
    bool relation_symmetric(RelationId r) const { return symmetric_rel_[r]; }
    std::span<const EdgeId> edges_with_relation(RelationId r) const {
        return {rel_edges_.data() + rel_start_[r], rel_edges_.data() + rel_start_[r + 1]};
    }

    // Types.
    std::size_t type_count() const { return type_names_.size(); }
    std::optional<TypeId> type_id(std::string_view name) const;
    const std::string& type_name(TypeId t) const { return type_names_[t]; }
    std::span<const VertexId> actors_of_type(TypeId t) const {
        return {type_actors_.data() + type_start_[t], type_actors_.data() + type_start_[t + 1]};
    }

    // Name lookup: id, exact label, alias, normalised key, then a case-insensitive match of
    // label or alias. Returns every candidate of the first level that finds any, ascending.
    std::vector<VertexId> lookup(std::string_view name) const;

    // Resolves a name to exactly one actor. Throws ConfigError listing the candidates when the
    // name is ambiguous, and with the nearest labels ("did you mean") when it is unknown. `what`
    // names the argument in the message ("--from", "pattern:1:5").
    VertexId resolve(std::string_view name, std::string_view what = {}) const;

    // Up to `n` labels nearest to `name` by edit distance and shared words, best first.
    std::vector<VertexId> suggest(std::string_view name, std::size_t n = 5) const;
    // Nearest relation names to `name` (edit distance <= 3 or a shared word), best first.
    std::vector<std::string> suggest_relation(std::string_view name, std::size_t n = 3) const;

    // "label (id, type)" for messages.
    std::string describe(VertexId v) const;

private:
    void build_lower_index() const;
    bool labels_less(VertexId a, VertexId b) const;  // whole labels, then numbers

    const graph::KnowledgeGraph& kg_;
    std::vector<VertexId> source_, target_;
    std::vector<RelationId> relation_;
    std::vector<uint64_t> out_start_, in_start_;
    std::vector<EdgeId> out_edges_, in_edges_;

    std::vector<std::string> relation_names_;
    std::vector<bool> symmetric_rel_;
    std::unordered_map<std::string, RelationId> relation_ids_;
    std::vector<uint64_t> rel_start_;
    std::vector<EdgeId> rel_edges_;

    std::vector<std::string> type_names_;
    std::unordered_map<std::string, TypeId> type_ids_;
    std::vector<TypeId> type_of_;
    std::vector<LabelKey> label_keys_;
    std::vector<uint32_t> type_start_;
    std::vector<VertexId> type_actors_;

    // Lower-cased labels and aliases -> actors, and ids -> actors: built on the first lookup
    // that needs them, so that loading stays fast when names are given exactly.
    mutable std::once_flag lower_once_;
    mutable std::unordered_map<std::string, std::vector<VertexId>> by_lower_;
    mutable std::unordered_map<std::string, VertexId> by_id_;  // ids the graph's index lacks
};

}  // namespace claimgraph::query
