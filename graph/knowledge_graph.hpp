// KnowledgeGraph: actors (nodes) and the claims between them (edges) over a Boost adjacency_list
// with bundled properties, behind a facade in domain terms. A name index finds actors by key,
// label or alias. Adding a claim that is already there merges it: weight grows and every piece of
// evidence is kept. `canonicalize()` orders actors and claims so that ids, and therefore every
// export, depend only on the graph's content, never on insertion order.
#pragma once

#include "graph/doc_id.hpp"
#include "graph/name_index.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimgraph::graph {

struct Evidence {
    DocId doc;              // document id (interned)
    uint32_t sentence = 0;  // sentence index within the document
    uint64_t start = 0;     // byte span of the sentence in the document text
    uint64_t end = 0;
    std::string text;       // the sentence

    friend bool operator==(const Evidence& a, const Evidence& b) {
        return a.doc == b.doc && a.sentence == b.sentence && a.start == b.start && a.end == b.end &&
               a.text == b.text;
    }
    friend bool operator<(const Evidence& a, const Evidence& b);
};

struct Actor {
    std::string id;                    // "n0", "n1", ... (assigned by canonicalize())
    std::string key;                   // normalised name used for merging
    std::string label;                 // display name
    std::string type = "concept";      // ontology type
    std::vector<std::string> aliases;  // every other surface form seen, sorted, unique
    uint32_t mentions = 0;
    // The documents that gave the label and the type, as indexes into the graph's interned
    // document ids (KnowledgeGraph::origin()). Of all documents naming the actor, the one with
    // the smallest id decides, so the graph does not depend on the order documents are added in.
    // 0, the empty id (sorting first), for actors read from a graph file that does not record
    // them (set_origins): what is there stands.
    uint32_t label_origin = 0;
    uint32_t type_origin = 0;
};

// What the graph knows about one of its documents: the SHA-256 of its text (hex), so that adding
// the same document again is recognised, and metadata given with it.
struct DocumentInfo {
    std::string sha256;
    std::string url;
    std::string date;
    friend bool operator==(const DocumentInfo&, const DocumentInfo&) = default;
};

struct Claim {
    std::string relation;
    bool negated = false;
    std::string modality = "asserted";  // asserted | possible | planned | question
    double confidence = 0.0;            // the highest confidence among its occurrences
    uint32_t weight = 0;                // how many times the claim was made
    std::vector<Evidence> evidence;     // sorted, unique
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Actor, Claim>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

// Lower-cases, folds "'s", punctuation and runs of spaces: the default merge key for a label.
std::string normalize_key(std::string_view label);

// True for relations that hold in both directions (cooperates-with, competes-with).
bool is_symmetric(std::string_view relation);

class KnowledgeGraph {
public:
    KnowledgeGraph() = default;
    // Boost's adjacency_list has no move operations and its edge descriptors point into the
    // graph that made them, so copies re-derive the edge order and claim index.
    KnowledgeGraph(const KnowledgeGraph& other);
    KnowledgeGraph& operator=(const KnowledgeGraph& other);
    KnowledgeGraph(KnowledgeGraph&& other) : KnowledgeGraph(static_cast<const KnowledgeGraph&>(other)) {}
    KnowledgeGraph& operator=(KnowledgeGraph&& other) {
        return *this = static_cast<const KnowledgeGraph&>(other);
    }

    // Finds the actor with this key, or creates it. The label of a new actor is `label`; a label
    // seen again under the same key with different spelling becomes an alias. `mentions` grows by
    // `mention_count`. An existing actor of type "concept" takes a more specific `type`.
    // `origin` is the id of the document the call comes from: when it sorts before the document
    // that gave the current label (or type), `label` (or a specific `type`) replaces it, the old
    // label becoming an alias. Empty `origin`: as if from the first document.
    Vertex add_actor(std::string_view key, std::string_view label, std::string_view type,
                     uint32_t mention_count = 1, std::string_view origin = {});

    // Adds one occurrence of a claim. The same (source, target, relation, negated, modality)
    // merges into one edge: weight += weight, evidence appended (duplicates dropped), confidence
    // the maximum. Symmetric relations are stored with the smaller key as source.
    Edge add_claim(Vertex source, Vertex target, std::string_view relation, bool negated,
                   std::string_view modality, double confidence, Evidence evidence,
                   uint32_t weight = 1);

    // Adds a fully formed claim (readers, merging of graphs): evidence and weight taken as given.
    Edge add_claim(Vertex source, Vertex target, const Claim& claim);
    Edge add_claim(Vertex source, Vertex target, Claim&& claim);

    // A hint that add_claim will soon touch this actor (its edge lists): readers call it
    // as soon as they know a claim's ends, so that the memory is on its way while they parse the
    // rest of the claim. No effect on the graph.
    void prefetch(Vertex v) const {
        if (v < g_.m_vertices.size()) {
            const char* p = reinterpret_cast<const char*>(&g_.m_vertices[v]);
            __builtin_prefetch(p);
            __builtin_prefetch(p + 64);
        }
    }

    // Asks for huge pages under the actor table: a reader calls it when the actors are read and
    // millions of claims are about to look them up in no order.
    void use_huge_pages() const;

    // Room for this many actors and claims (readers that know the size).
    void reserve(std::size_t actors, std::size_t claims);

    // Merges every actor and claim of `other` into this graph.
    void merge(const KnowledgeGraph& other);

    // Orders actors by (key) and claims by (source key, target key, relation, negated, modality),
    // then assigns ids n0.. and rebuilds the index. Call before writing.
    void canonicalize();

    // Lookup by exact key.
    std::optional<Vertex> find_key(std::string_view key) const;
    // Lookup by id, exact label, alias, then normalised key. Returns every candidate at the first
    // level that finds any.
    std::vector<Vertex> find(std::string_view name) const;

    std::size_t actor_count() const { return boost::num_vertices(g_); }
    std::size_t claim_count() const { return boost::num_edges(g_); }

    const Actor& actor(Vertex v) const { return g_[v]; }
    Actor& actor(Vertex v) { return g_[v]; }
    const Claim& claim(Edge e) const { return g_[e]; }
    Claim& claim(Edge e) { return g_[e]; }
    Vertex source(Edge e) const { return boost::source(e, g_); }
    Vertex target(Edge e) const { return boost::target(e, g_); }

    // Edges in a stable order (canonical after canonicalize()).
    const std::vector<Edge>& edges() const { return edge_order_; }
    const Graph& boost_graph() const { return g_; }

    // Graph-level attributes.
    std::string name;
    std::vector<std::string> documents;  // ids of the documents the graph was built from
    std::map<std::string, DocumentInfo> document_info;  // by document id; may be empty

    // The document id behind an Actor's label_origin or type_origin.
    const std::string& origin(uint32_t index) const { return origins_[index]; }
    // Sets the documents an actor's label and type came from (readers of files that record
    // them), so that documents added later decide by the same rule as within one build.
    void set_origins(Vertex v, std::string_view label_doc, std::string_view type_doc);

    // Sets an actor's id and indexes it (readers).
    void set_id(Vertex v, std::string_view id);
    // Sets an actor's type explicitly (readers).
    void set_type(Vertex v, std::string_view type) { g_[v].type = std::string(type); }
    // Adds an alias to an actor, keeping the list sorted and unique, and indexes it.
    void add_alias(Vertex v, std::string_view alias);

private:
    void index_actor(Vertex v);
    void copy_from(const KnowledgeGraph& other);

    Graph g_;
    std::vector<Edge> edge_order_;
    NameIndex by_key_;   // key -> actor, one each
    NameIndex by_name_;  // ids, labels and aliases -> actors
    // Claims are merged on (source, target, relation, negated, modality). While they arrive in
    // ascending (source, target) order (readers of canonical files; canonicalize() leaves the
    // edges so), a new claim can only merge with the last edges of edge_order_, so no index is
    // needed. The first claim out of that order builds claim_index_, kept from then on. Relation
    // and modality names are interned so that the index key is two machine words.
    Edge merge_into(Edge e, const Claim& claim);
    void build_claim_index();
    bool claim_index_built_ = false;
    struct ClaimKey {
        uint64_t ends;   // source << 32 | target
        uint64_t what;   // relation id << 32 | modality id << 1 | negated
        bool operator==(const ClaimKey& o) const { return ends == o.ends && what == o.what; }
    };
    struct ClaimKeyHash {
        std::size_t operator()(const ClaimKey& k) const {
            uint64_t h = k.ends * 0x9E3779B97F4A7C15ull ^ (k.what + 0x632BE59BD9B4E019ull);
            return static_cast<std::size_t>(h ^ (h >> 29));
        }
    };
    ClaimKey claim_key(Vertex s, Vertex t, const Claim& c);
    uint32_t intern(const std::string& name);
    std::unordered_map<ClaimKey, Edge, ClaimKeyHash> claim_index_;
    // Document ids that gave actors their labels and types, interned: a few bytes per actor
    // instead of two strings. origins_[0] is the empty id.
    uint32_t intern_origin(std::string_view id);
    std::vector<std::string> origins_{std::string()};
    std::unordered_map<std::string, uint32_t> origin_index_{{std::string(), 0}};
    std::unordered_map<std::string, uint32_t> names_;
};

}  // namespace claimgraph::graph
