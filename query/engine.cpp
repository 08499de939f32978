#include "query/engine.hpp"

#include <algorithm>
#include <functional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "common/error.hpp"
#include "query/pattern.hpp"

namespace claimgraph::query {

Direction parse_direction(std::string_view name) {
    if (name == "out") return Direction::out;
    if (name == "in") return Direction::in;
    if (name == "both") return Direction::both;
    throw ConfigError("--dir: unknown direction '" + std::string(name) + "'; use out, in or both");
}

namespace {

// Which relations a query accepts: empty `allowed` means all. Unknown names are reported as
// notes with the nearest relation names.
struct RelationFilter {
    std::vector<bool> allowed;
    bool any = true;
    bool nothing = false;  // every name given is unknown: nothing can match

    bool accepts(RelationId r) const { return any || allowed[r]; }
};

RelationFilter make_relation_filter(const GraphIndex& index, const std::vector<std::string>& names,
                                    std::vector<std::string>& notes) {
    RelationFilter f;
    if (names.empty()) return f;
    f.any = false;
    f.allowed.assign(index.relation_count(), false);
    bool found = false;
    for (const auto& name : names) {
        if (auto r = index.relation_id(name)) {
            f.allowed[*r] = true;
            found = true;
        } else {
            std::string note = "no claim has relation '" + name + "'";
            auto near = index.suggest_relation(name);
            if (!near.empty()) {
                note += "; did you mean ";
                for (std::size_t i = 0; i < near.size(); ++i) {
                    note += (i ? ", '" : "'") + near[i] + "'";
                }
                note += "?";
            }
            notes.push_back(std::move(note));
        }
    }
    f.nothing = !found;
    return f;
}

// kNone when `name` is empty; a type no actor has gives a note and `missing`.
TypeId type_filter(const GraphIndex& index, const std::string& name,
                   std::vector<std::string>& notes, bool& missing) {
    if (name.empty()) return kNone;
    if (auto t = index.type_id(name)) return *t;
    std::string note = "no actor has type '" + name + "'; types in this graph:";
    for (TypeId t = 0; t < index.type_count(); ++t) note += " " + index.type_name(t);
    notes.push_back(std::move(note));
    missing = true;
    return kNone;
}

std::string evidence_text(const graph::Evidence& ev) {
    return ev.doc + ":" + std::to_string(ev.sentence) + ": " + ev.text;
}

// Columns describing one claim, after the query's own leading columns. Text cells borrow from the
// graph (Cell::text_ref): results live no longer than the graph they came from.
const std::vector<std::string> kClaimColumns = {"source",   "source_type", "relation",
                                                "target",   "target_type", "negated",
                                                "modality", "confidence",  "weight"};
const std::vector<std::string> kEvidenceColumns = {"doc", "sentence", "evidence"};

void append_claim_cells(const GraphIndex& index, EdgeId e, std::vector<Cell>& row) {
    const auto& c = index.claim(e);
    const auto& s = index.actor(index.source(e));
    const auto& t = index.actor(index.target(e));
    row.push_back(Cell::text_ref(s.label));
    row.push_back(Cell::text_ref(s.type));
    row.push_back(Cell::text_ref(c.relation));
    row.push_back(Cell::text_ref(t.label));
    row.push_back(Cell::text_ref(t.type));
    row.push_back(Cell::boolean(c.negated));
    row.push_back(Cell::text_ref(c.modality));
    row.push_back(Cell::number(c.confidence));
    row.push_back(Cell::integer(c.weight));
}

// Asks the cache for what append_claim_cells will read of claim e: the claim's fields and the
// label and type of its two actors (an actor's label is not on the first cache line of its
// vertex: asking for the vertex alone left the miss on reading the label).
void prefetch_claim(const GraphIndex& index, EdgeId e) {
    const graph::Claim& c = index.claim(e);
    __builtin_prefetch(&c.relation);
    __builtin_prefetch(&c.weight);
    for (VertexId v : {index.source(e), index.target(e)}) {
        __builtin_prefetch(&index.actor(v).label);
        __builtin_prefetch(&index.actor(v).type);
    }
}

// Appends `row` to the table, once per evidence item with --evidence (doc, sentence, text), or
// once with empty evidence cells when the claim has none.
void push_with_evidence(const GraphIndex& index, EdgeId e, std::vector<Cell> row, bool evidence,
                        Table& table) {
    if (!evidence) {
        table.rows.push_back(std::move(row));
        return;
    }
    const auto& list = index.claim(e).evidence;
    if (list.empty()) {
        row.push_back(Cell::null());
        row.push_back(Cell::null());
        row.push_back(Cell::null());
        table.rows.push_back(std::move(row));
        return;
    }
    for (const auto& ev : list) {
        std::vector<Cell> r = row;
        r.push_back(Cell::text_ref(ev.doc));
        r.push_back(Cell::integer(ev.sentence));
        r.push_back(Cell::text_ref(ev.text));
        table.rows.push_back(std::move(r));
    }
}

std::vector<std::string> columns(std::vector<std::string> lead,
                                 const std::vector<std::string>& more, bool evidence) {
    lead.insert(lead.end(), more.begin(), more.end());
    if (evidence) lead.insert(lead.end(), kEvidenceColumns.begin(), kEvidenceColumns.end());
    return lead;
}

template <typename T>
void sort_unique(std::vector<T>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Calls f(edge, neighbour) for each claim leaving `v` in `dir`. Symmetric relations
// (cooperates-with) count in both directions.
template <typename F>
void for_each_step(const GraphIndex& index, VertexId v, Direction dir, F&& f) {
    if (dir != Direction::in) {
        for (EdgeId e : index.out_edges(v)) f(e, index.target(e));
        if (dir == Direction::out) {
            for (EdgeId e : index.in_edges(v)) {
                if (index.symmetric(e) && index.source(e) != v) f(e, index.source(e));
            }
        }
    }
    if (dir != Direction::out) {
        for (EdgeId e : index.in_edges(v)) {
            if (dir == Direction::both && index.source(e) == v) continue;  // self-loop seen once
            f(e, index.source(e));
        }
        if (dir == Direction::in) {
            for (EdgeId e : index.out_edges(v)) {
                if (index.symmetric(e) && index.target(e) != v) f(e, index.target(e));
            }
        }
    }
}

Direction reverse(Direction d) {
    return d == Direction::out ? Direction::in : d == Direction::in ? Direction::out : d;
}

bool label_less(const GraphIndex& index, VertexId a, VertexId b) {
    return index.label_less(a, b);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// neighbors

Result run_neighbors(const GraphIndex& index, const NeighborsQuery& q, const CommonOptions& opt) {
    Result res;
    res.table.columns =
        columns({"depth", "neighbor", "neighbor_type"}, kClaimColumns, opt.evidence);
    const VertexId start = index.resolve(q.actor);
    auto rel = make_relation_filter(index, q.relations, res.notes);
    res.actors.push_back(start);
    if (rel.nothing || q.depth == 0) return res;

    struct Hit {
        unsigned depth;
        VertexId neighbor;
        EdgeId edge;
        LabelKey key;  // of the neighbour
    };
    std::vector<Hit> hits;
    if (q.depth == 1) {
        // Every claim at the start is a hit, except a self-loop (the start is no neighbour).
        for_each_step(index, start, q.direction, [&](EdgeId e, VertexId w) {
            if (w != start && rel.accepts(index.relation(e))) hits.push_back({1, w, e, {}});
        });
    } else {
        std::unordered_map<VertexId, unsigned> depth_of;
        depth_of.emplace(start, 0);
        std::vector<VertexId> frontier{start};
        for (unsigned d = 1; d <= q.depth && !frontier.empty(); ++d) {
            std::vector<VertexId> next;
            for (VertexId u : frontier) {
                for_each_step(index, u, q.direction, [&](EdgeId e, VertexId w) {
                    if (!rel.accepts(index.relation(e))) return;
                    auto [it, added] = depth_of.emplace(w, d);
                    if (added) next.push_back(w);
                    if (it->second == d) hits.push_back({d, w, e, {}});
                });
            }
            frontier = std::move(next);
        }
    }
    // Rows by depth, neighbour label (ties by actor number), claim number. Only the rows shown
    // are put in order when there is a --limit.
    // The hits' actors and claims are spread over the graph's memory: each loop below asks for
    // the data of the hit a few places ahead, so that its cache misses overlap.
    constexpr std::size_t kAhead = 8;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (i + kAhead < hits.size()) {
            __builtin_prefetch(&index.label_key(hits[i + kAhead].neighbor));
        }
        hits[i].key = index.label_key(hits[i].neighbor);
    }
    auto before = [&](const Hit& a, const Hit& b) {
        if (a.depth != b.depth) return a.depth < b.depth;
        if (a.neighbor != b.neighbor) return index.label_less(a.neighbor, a.key, b.neighbor, b.key);
        return a.edge < b.edge;
    };
    // Each (depth, neighbour, claim) is found once: a claim is reached from each of its two ends
    // at most once, and then leads to the other end.
    std::size_t shown = hits.size();
    if (opt.limit && opt.limit < hits.size()) {
        shown = opt.limit;
        std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(shown),
                          hits.end(), before);
    } else {
        std::sort(hits.begin(), hits.end(), before);
    }
    const std::size_t width = res.table.columns.size();
    res.table.rows.reserve(shown);
    for (std::size_t i = 0; i < shown; ++i) {
        if (opt.limit && res.table.rows.size() >= opt.limit) break;
        if (i + kAhead < shown) prefetch_claim(index, hits[i + kAhead].edge);
        const Hit& h = hits[i];
        std::vector<Cell> row;
        row.reserve(width);
        row.push_back(Cell::integer(h.depth));
        row.push_back(Cell::text_ref(index.actor(h.neighbor).label));
        row.push_back(Cell::text_ref(index.actor(h.neighbor).type));
        append_claim_cells(index, h.edge, row);
        push_with_evidence(index, h.edge, std::move(row), opt.evidence, res.table);
        if (opt.limit && res.table.rows.size() > opt.limit) res.table.rows.resize(opt.limit);
        res.actors.push_back(h.neighbor);
        res.actors.push_back(index.source(h.edge));
        res.actors.push_back(index.target(h.edge));
        res.edges.push_back(h.edge);
    }
    sort_unique(res.actors);
    sort_unique(res.edges);
    return res;
}

// ---------------------------------------------------------------------------------------------
// claims

Result run_claims(const GraphIndex& index, const ClaimsQuery& q, const CommonOptions& opt) {
    Result res;
    res.table.columns = columns({}, kClaimColumns, opt.evidence);
    std::optional<VertexId> from, to;
    if (!q.from.empty()) from = index.resolve(q.from, "--from");
    if (!q.to.empty()) to = index.resolve(q.to, "--to");
    auto rel = make_relation_filter(index, q.relations, res.notes);
    bool missing_type = false;
    TypeId either = type_filter(index, q.type, res.notes, missing_type);
    TypeId from_type = type_filter(index, q.from_type, res.notes, missing_type);
    TypeId to_type = type_filter(index, q.to_type, res.notes, missing_type);
    if (rel.nothing || missing_type) return res;

    // Matches e as stored, or reversed when its relation is symmetric.
    auto ends_match = [&](VertexId s, VertexId t) {
        if (from && s != *from) return false;
        if (to && t != *to) return false;
        if (from_type != kNone && index.type_of(s) != from_type) return false;
        if (to_type != kNone && index.type_of(t) != to_type) return false;
        if (either != kNone && index.type_of(s) != either && index.type_of(t) != either) {
            return false;
        }
        return true;
    };
    auto accept = [&](EdgeId e) {
        if (!rel.accepts(index.relation(e))) return false;
        VertexId s = index.source(e), t = index.target(e);
        if (ends_match(s, t)) return true;
        return index.symmetric(e) && ends_match(t, s);
    };
    auto emit = [&](EdgeId e) {
        std::vector<Cell> row;
        row.reserve(res.table.columns.size());
        append_claim_cells(index, e, row);
        push_with_evidence(index, e, std::move(row), opt.evidence, res.table);
        res.edges.push_back(e);
    };
    auto full = [&] { return opt.limit && res.table.rows.size() >= opt.limit; };

    // The most selective access path: an end's adjacency, a relation's edges, or every edge.
    std::vector<EdgeId> candidates;
    bool have_candidates = false;
    auto consider = [&](std::vector<EdgeId> list) {
        if (!have_candidates || list.size() < candidates.size()) candidates = std::move(list);
        have_candidates = true;
    };
    if (from) {
        std::vector<EdgeId> list(index.out_edges(*from).begin(), index.out_edges(*from).end());
        for (EdgeId e : index.in_edges(*from)) {
            if (index.symmetric(e)) list.push_back(e);
        }
        consider(std::move(list));
    }
    if (to) {
        std::vector<EdgeId> list(index.in_edges(*to).begin(), index.in_edges(*to).end());
        for (EdgeId e : index.out_edges(*to)) {
            if (index.symmetric(e)) list.push_back(e);
        }
        consider(std::move(list));
    }
    if (have_candidates) {
        sort_unique(candidates);
        constexpr std::size_t kAhead = 8;  // see run_neighbors
        for (std::size_t i = 0; i < candidates.size() && !full(); ++i) {
            if (i + kAhead < candidates.size()) prefetch_claim(index, candidates[i + kAhead]);
            if (accept(candidates[i])) emit(candidates[i]);
        }
    } else if (!rel.any) {
        // Merge the lists of the chosen relations, in edge order.
        std::vector<EdgeId> list;
        std::size_t total = 0;
        for (RelationId r = 0; r < index.relation_count(); ++r) {
            if (rel.allowed[r]) total += index.edges_with_relation(r).size();
        }
        if (total == 0) return res;
        std::vector<std::span<const EdgeId>> lists;
        for (RelationId r = 0; r < index.relation_count(); ++r) {
            if (rel.allowed[r]) lists.push_back(index.edges_with_relation(r));
        }
        if (lists.size() == 1) {
            for (EdgeId e : lists[0]) {
                if (full()) break;
                if (accept(e)) emit(e);
            }
        } else {
            std::vector<std::size_t> pos(lists.size(), 0);
            while (!full()) {
                std::size_t best = lists.size();
                for (std::size_t i = 0; i < lists.size(); ++i) {
                    if (pos[i] < lists[i].size() &&
                        (best == lists.size() || lists[i][pos[i]] < lists[best][pos[best]])) {
                        best = i;
                    }
                }
                if (best == lists.size()) break;
                EdgeId e = lists[best][pos[best]++];
                if (accept(e)) emit(e);
            }
        }
    } else {
        for (EdgeId e = 0; e < index.edge_count() && !full(); ++e) {
            if (accept(e)) emit(e);
        }
    }
    if (opt.limit && res.table.rows.size() > opt.limit) res.table.rows.resize(opt.limit);
    for (EdgeId e : res.edges) {
        res.actors.push_back(index.source(e));
        res.actors.push_back(index.target(e));
    }
    sort_unique(res.actors);
    sort_unique(res.edges);
    return res;
}

// ---------------------------------------------------------------------------------------------
// path

Result run_path(const GraphIndex& index, const PathQuery& q, const CommonOptions& opt) {
    Result res;
    res.table.columns =
        columns({"path", "length", "hop", "source", "relation", "target", "negated", "weight"}, {},
                opt.evidence);
    const VertexId a = index.resolve(q.from, "from");
    const VertexId b = index.resolve(q.to, "to");
    if (a == b) throw ConfigError("path: '" + q.from + "' and '" + q.to + "' are the same actor");
    if (q.max_length == 0) throw ConfigError("--max-length must be at least 1");
    auto rel = make_relation_filter(index, q.relations, res.notes);
    if (rel.nothing) return res;
    const unsigned max_len = std::min(q.max_length, 254u);
    const std::size_t want = opt.limit ? opt.limit : q.default_paths;

    auto usable = [&](EdgeId e) {
        return rel.accepts(index.relation(e)) && (opt.include_negated || !index.negated(e));
    };

    // Distance of every actor to b, walking backwards, computed level by level as far as needed:
    // enumerating paths of length L prunes with distances up to L - 1.
    constexpr uint8_t kFar = 255;
    std::vector<uint8_t> dist(index.actor_count(), kFar);
    dist[b] = 0;
    std::vector<VertexId> frontier{b};
    unsigned reached = 0;  // dist is exact for every distance <= reached
    const Direction back = reverse(q.direction);
    auto expand = [&] {
        std::vector<VertexId> next;
        const auto d = static_cast<uint8_t>(reached + 1);
        for (VertexId u : frontier) {
            for_each_step(index, u, back, [&](EdgeId e, VertexId w) {
                if (dist[w] != kFar || !usable(e)) return;
                dist[w] = d;
                next.push_back(w);
            });
        }
        frontier = std::move(next);
        ++reached;
    };
    while (dist[a] == kFar && reached < max_len && !frontier.empty()) expand();
    if (dist[a] == kFar) return res;

    // Depth-first enumeration of simple paths of each length, neighbours visited in label order,
    // so paths come out ordered by length, then lexicographically by the actors along them.
    constexpr std::size_t kStepBudget = 5'000'000;
    std::size_t steps = 0;
    bool stopped = false;
    std::vector<std::vector<std::pair<EdgeId, VertexId>>> paths;
    std::vector<std::pair<EdgeId, VertexId>> current;
    std::vector<VertexId> on_path{a};
    struct Step {
        EdgeId e;
        VertexId w;
    };
    std::function<void(VertexId, unsigned, unsigned)> dfs = [&](VertexId u, unsigned depth,
                                                                unsigned len) {
        if (paths.size() >= want || stopped) return;
        if (depth == len) {
            paths.push_back(current);
            return;
        }
        const unsigned remaining = len - depth - 1;
        std::vector<Step> steps_here;
        for_each_step(index, u, q.direction, [&](EdgeId e, VertexId w) {
            ++steps;
            if (!usable(e) || dist[w] > remaining) return;
            if (w == b ? remaining != 0 : remaining == 0) return;
            if (std::find(on_path.begin(), on_path.end(), w) != on_path.end()) return;
            steps_here.push_back({e, w});
        });
        if (steps > kStepBudget) {
            stopped = true;
            return;
        }
        std::sort(steps_here.begin(), steps_here.end(), [&](const Step& x, const Step& y) {
            if (x.w != y.w) return label_less(index, x.w, y.w);
            const auto& rx = index.relation_name(index.relation(x.e));
            const auto& ry = index.relation_name(index.relation(y.e));
            if (rx != ry) return rx < ry;
            return x.e < y.e;
        });
        for (const auto& s : steps_here) {
            current.emplace_back(s.e, s.w);
            on_path.push_back(s.w);
            dfs(s.w, depth + 1, len);
            on_path.pop_back();
            current.pop_back();
            if (paths.size() >= want || stopped) return;
        }
    };
    for (unsigned len = dist[a]; len <= max_len && paths.size() < want && !stopped; ++len) {
        while (reached + 1 < len && !frontier.empty()) expand();
        dfs(a, 0, len);
    }
    if (stopped) {
        res.notes.push_back("path search stopped after " + std::to_string(kStepBudget) +
                            " steps; showing the " + std::to_string(paths.size()) +
                            " paths found so far (lower --max-length or add --relation)");
    }

    res.actors.push_back(a);
    for (std::size_t p = 0; p < paths.size(); ++p) {
        for (std::size_t h = 0; h < paths[p].size(); ++h) {
            EdgeId e = paths[p][h].first;
            std::vector<Cell> row{Cell::integer(static_cast<int64_t>(p + 1)),
                                  Cell::integer(static_cast<int64_t>(paths[p].size())),
                                  Cell::integer(static_cast<int64_t>(h + 1)),
                                  Cell::text_ref(index.actor(index.source(e)).label),
                                  Cell::text_ref(index.claim(e).relation),
                                  Cell::text_ref(index.actor(index.target(e)).label),
                                  Cell::boolean(index.negated(e)),
                                  Cell::integer(index.claim(e).weight)};
            push_with_evidence(index, e, std::move(row), opt.evidence, res.table);
            res.edges.push_back(e);
            res.actors.push_back(paths[p][h].second);
        }
    }
    sort_unique(res.actors);
    sort_unique(res.edges);
    return res;
}

// ---------------------------------------------------------------------------------------------
// match

namespace {

// A pattern position after compilation: a constant (actor or relation number) or a variable slot.
struct Slot {
    bool variable = false;
    uint32_t value = kNone;  // constant, or the variable's slot
};

struct CompiledTriple {
    Slot s, r, o;
    std::size_t source_index;  // position in the pattern
};

class Matcher {
public:
    Matcher(const GraphIndex& index, const MatchQuery& q, const CommonOptions& opt, Result& res)
        : index_(index), q_(q), opt_(opt), res_(res) {}

    void run() {
        Pattern p = parse_pattern(q_.pattern);
        // Variable slots: actors and relations numbered separately.
        std::unordered_map<std::string, uint32_t> node_slot, rel_slot;
        for (std::size_t i = 0; i < p.variables.size(); ++i) {
            if (p.relation_variable[i]) {
                rel_slot.emplace(p.variables[i], static_cast<uint32_t>(rel_slot.size()));
            } else {
                node_slot.emplace(p.variables[i], static_cast<uint32_t>(node_slot.size()));
            }
        }
        node_type_.assign(node_slot.size(), kNone);
        bool impossible = false;
        auto node_term = [&](const Term& t) {
            Slot s;
            if (t.variable) {
                s.variable = true;
                s.value = node_slot.at(t.name);
                if (!t.type.empty()) {
                    auto ty = index_.type_id(t.type);
                    if (!ty) {
                        note_missing_type(t.type);
                        impossible = true;
                    } else {
                        node_type_[s.value] = *ty;
                    }
                }
            } else {
                auto pos = utf8_position(t.offset);
                s.value = index_.resolve(t.name, pos);
            }
            return s;
        };
        for (std::size_t i = 0; i < p.triples.size(); ++i) {
            const auto& t = p.triples[i];
            CompiledTriple c;
            c.source_index = i;
            c.s = node_term(t.subject);
            c.o = node_term(t.object);
            if (t.relation.variable) {
                c.r.variable = true;
                c.r.value = rel_slot.at(t.relation.name);
            } else if (auto r = index_.relation_id(t.relation.name)) {
                c.r.value = *r;
            } else {
                std::string note = "no claim has relation '" + t.relation.name + "'";
                auto near = index_.suggest_relation(t.relation.name);
                if (!near.empty()) note += "; did you mean '" + near.front() + "'?";
                res_.notes.push_back(std::move(note));
                impossible = true;
            }
            triples_.push_back(c);
        }

        // Columns: the variables in order of first appearance.
        for (std::size_t i = 0; i < p.variables.size(); ++i) {
            columns_.push_back({p.relation_variable[i], p.relation_variable[i]
                                                            ? rel_slot.at(p.variables[i])
                                                            : node_slot.at(p.variables[i])});
            res_.table.columns.push_back(p.variables[i]);
        }
        if (opt_.evidence) {
            for (std::size_t i = 0; i < triples_.size(); ++i) {
                res_.table.columns.push_back("evidence_" + std::to_string(i + 1));
            }
        }
        if (impossible) return;

        node_.assign(node_slot.size(), kNone);
        rel_.assign(rel_slot.size(), kNone);
        edge_.assign(triples_.size(), kNone);
        order_triples();
        search(0);
        if (capped_) {
            res_.notes.push_back("match stopped after " + std::to_string(q_.max_solutions) +
                                 " solutions; add constants, types or --limit");
        }
        finish();
    }

private:
    std::string utf8_position(std::size_t offset) const {
        auto text = std::string_view(q_.pattern);
        std::size_t line = 1, col = 1;
        for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line, col = 1;
            } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
                ++col;
            }
        }
        return "pattern:" + std::to_string(line) + ":" + std::to_string(col);
    }

    void note_missing_type(const std::string& type) {
        std::string note = "no actor has type '" + type + "'; types in this graph:";
        for (TypeId t = 0; t < index_.type_count(); ++t) note += " " + index_.type_name(t);
        res_.notes.push_back(std::move(note));
    }

    // Estimated number of edges a triple enumerates given which slots are bound.
    double estimate(const CompiledTriple& t, const std::vector<bool>& node_bound,
                    const std::vector<bool>& rel_bound) const {
        const double m = static_cast<double>(std::max<std::size_t>(index_.edge_count(), 1));
        const double n = static_cast<double>(std::max<std::size_t>(index_.actor_count(), 1));
        const double avg = m / n;
        auto degree = [&](const Slot& s, bool& bound) {
            if (!s.variable) {
                bound = true;
                return static_cast<double>(index_.out_edges(s.value).size() +
                                           index_.in_edges(s.value).size());
            }
            bound = node_bound[s.value];
            return avg;
        };
        bool sb = false, ob = false;
        double ds = degree(t.s, sb), dob = degree(t.o, ob);
        double rel_share = 1.0;
        bool rb = false;
        if (!t.r.variable) {
            rel_share = static_cast<double>(index_.edges_with_relation(t.r.value).size()) / m;
            rb = true;
        } else if (rel_bound[t.r.value]) {
            rel_share =
                1.0 / static_cast<double>(std::max<std::size_t>(index_.relation_count(), 1));
        }
        auto type_share = [&](const Slot& s) {
            if (!s.variable || node_bound[s.value] || node_type_[s.value] == kNone) return 1.0;
            return static_cast<double>(index_.actors_of_type(node_type_[s.value]).size()) / n;
        };
        double cost;
        if (sb && ob) {
            cost = std::min(ds, dob) * 0.5;
        } else if (sb) {
            cost = ds * (rb ? std::max(rel_share, 1.0 / ds) : 1.0) * type_share(t.o);
        } else if (ob) {
            cost = dob * (rb ? std::max(rel_share, 1.0 / dob) : 1.0) * type_share(t.s);
        } else if (rb && !t.r.variable) {
            cost = static_cast<double>(index_.edges_with_relation(t.r.value).size()) *
                       std::min(type_share(t.s), type_share(t.o)) +
                   1.0;
        } else {
            cost = m * std::min(type_share(t.s), type_share(t.o)) + 1.0;
        }
        return cost;
    }

    // Greedy join order: repeatedly take the cheapest triple given what is bound so far.
    void order_triples() {
        std::vector<bool> node_bound(node_type_.size(), false), rel_bound(rel_.size(), false);
        std::vector<bool> used(triples_.size(), false);
        std::vector<CompiledTriple> ordered;
        for (std::size_t k = 0; k < triples_.size(); ++k) {
            std::size_t best = triples_.size();
            double best_cost = 0;
            for (std::size_t i = 0; i < triples_.size(); ++i) {
                if (used[i]) continue;
                double c = estimate(triples_[i], node_bound, rel_bound);
                if (best == triples_.size() || c < best_cost) {
                    best = i;
                    best_cost = c;
                }
            }
            used[best] = true;
            const auto& t = triples_[best];
            if (t.s.variable) node_bound[t.s.value] = true;
            if (t.o.variable) node_bound[t.o.value] = true;
            if (t.r.variable) rel_bound[t.r.value] = true;
            ordered.push_back(t);
        }
        triples_ = std::move(ordered);
    }

    uint32_t value_of(const Slot& s) const {
        if (!s.variable) return s.value;
        return node_[s.value];
    }

    bool bind_node(const Slot& s, VertexId v, bool& bound_here) {
        bound_here = false;
        if (!s.variable) return s.value == v;
        uint32_t& cur = node_[s.value];
        if (cur != kNone) return cur == v;
        if (node_type_[s.value] != kNone && index_.type_of(v) != node_type_[s.value]) return false;
        cur = v;
        bound_here = true;
        return true;
    }

    // Tries the triple at `level` with edge e read as sv -[r]-> ov.
    void attempt(std::size_t level, EdgeId e, VertexId sv, VertexId ov) {
        if (capped_) return;
        const auto& t = triples_[level];
        if (!opt_.include_negated && index_.negated(e)) return;
        RelationId r = index_.relation(e);
        bool rel_bound_here = false;
        if (t.r.variable) {
            uint32_t& cur = rel_[t.r.value];
            if (cur != kNone && cur != r) return;
            if (cur == kNone) {
                cur = r;
                rel_bound_here = true;
            }
        } else if (t.r.value != r) {
            return;
        }
        bool s_here = false, o_here = false;
        if (bind_node(t.s, sv, s_here) && bind_node(t.o, ov, o_here)) {
            edge_[t.source_index] = e;
            search(level + 1);
            edge_[t.source_index] = kNone;
        }
        if (s_here) node_[t.s.value] = kNone;
        if (o_here) node_[t.o.value] = kNone;
        if (rel_bound_here) rel_[t.r.value] = kNone;
    }

    // Every reading of the edges at v with v as subject (as_subject) or as object.
    template <typename F>
    void steps_at(VertexId v, bool as_subject, F&& f) {
        if (as_subject) {
            for (EdgeId e : index_.out_edges(v)) f(e, v, index_.target(e));
            for (EdgeId e : index_.in_edges(v)) {
                if (index_.symmetric(e) && index_.source(e) != v) f(e, v, index_.source(e));
            }
        } else {
            for (EdgeId e : index_.in_edges(v)) f(e, index_.source(e), v);
            for (EdgeId e : index_.out_edges(v)) {
                if (index_.symmetric(e) && index_.target(e) != v) f(e, index_.target(e), v);
            }
        }
    }

    void search(std::size_t level) {
        if (capped_) return;
        if (level == triples_.size()) {
            record();
            return;
        }
        const auto& t = triples_[level];
        const VertexId sv = value_of(t.s);
        const VertexId ov = value_of(t.o);
        auto visit = [&](EdgeId e, VertexId s, VertexId o) { attempt(level, e, s, o); };
        auto both_readings = [&](EdgeId e) {
            VertexId s = index_.source(e), o = index_.target(e);
            attempt(level, e, s, o);
            if (index_.symmetric(e) && s != o) attempt(level, e, o, s);
        };
        if (sv != kNone && ov != kNone) {
            std::size_t ds = index_.out_edges(sv).size() + index_.in_edges(sv).size();
            std::size_t dob = index_.out_edges(ov).size() + index_.in_edges(ov).size();
            if (ds <= dob) {
                steps_at(sv, true, visit);
            } else {
                steps_at(ov, false, visit);
            }
            return;
        }
        if (sv != kNone) return steps_at(sv, true, visit);
        if (ov != kNone) return steps_at(ov, false, visit);
        RelationId r = t.r.variable ? rel_[t.r.value] : t.r.value;
        // Unbound ends: the relation's edges, or the actors of a required type, or everything.
        std::size_t by_rel =
            r != kNone ? index_.edges_with_relation(r).size() : index_.edge_count();
        auto typed = [&](const Slot& s) -> TypeId {
            return s.variable ? node_type_[s.value] : kNone;
        };
        std::size_t by_type_s = kNone, by_type_o = kNone;
        const double avg = static_cast<double>(index_.edge_count()) /
                           static_cast<double>(std::max<std::size_t>(index_.actor_count(), 1));
        if (typed(t.s) != kNone) {
            by_type_s = static_cast<std::size_t>(
                static_cast<double>(index_.actors_of_type(typed(t.s)).size()) * avg);
        }
        if (typed(t.o) != kNone) {
            by_type_o = static_cast<std::size_t>(
                static_cast<double>(index_.actors_of_type(typed(t.o)).size()) * avg);
        }
        if (by_type_s < by_rel && by_type_s <= by_type_o) {
            for (VertexId v : index_.actors_of_type(typed(t.s))) {
                steps_at(v, true, visit);
                if (capped_) return;
            }
        } else if (by_type_o < by_rel) {
            for (VertexId v : index_.actors_of_type(typed(t.o))) {
                steps_at(v, false, visit);
                if (capped_) return;
            }
        } else if (r != kNone) {
            for (EdgeId e : index_.edges_with_relation(r)) {
                both_readings(e);
                if (capped_) return;
            }
        } else {
            for (EdgeId e = 0; e < index_.edge_count(); ++e) {
                both_readings(e);
                if (capped_) return;
            }
        }
    }

    void record() {
        for (const auto& c : columns_)
            solutions_.push_back(c.relation ? rel_[c.slot] : node_[c.slot]);
        for (uint32_t e : edge_) solutions_.push_back(e);
        if (++solution_count_ >= q_.max_solutions) capped_ = true;
    }

    void finish() {
        const std::size_t nv = columns_.size();
        const std::size_t width = nv + triples_.size();
        std::vector<std::size_t> order(solution_count_);
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        auto at = [&](std::size_t sol, std::size_t k) { return solutions_[sol * width + k]; };
        auto less = [&](std::size_t x, std::size_t y) {
            for (std::size_t k = 0; k < nv; ++k) {
                uint32_t a = at(x, k), b = at(y, k);
                if (a == b) continue;
                if (columns_[k].relation) {
                    return index_.relation_name(a) < index_.relation_name(b);
                }
                return label_less(index_, a, b);
            }
            for (std::size_t k = nv; k < width; ++k) {
                if (at(x, k) != at(y, k)) return at(x, k) < at(y, k);
            }
            return false;
        };
        if (opt_.limit && !q_.distinct && opt_.limit < order.size()) {
            // Only the first `limit` rows are shown: no need to sort the rest.
            auto mid = order.begin() + static_cast<std::ptrdiff_t>(opt_.limit);
            std::partial_sort(order.begin(), mid, order.end(), less);
            order.erase(mid, order.end());
        } else {
            std::sort(order.begin(), order.end(), less);
        }
        auto same_bindings = [&](std::size_t x, std::size_t y) {
            for (std::size_t k = 0; k < nv; ++k) {
                if (at(x, k) != at(y, k)) return false;
            }
            return true;
        };
        if (q_.distinct) {
            order.erase(std::unique(order.begin(), order.end(), same_bindings), order.end());
        }
        if (opt_.limit && order.size() > opt_.limit) order.resize(opt_.limit);
        for (std::size_t sol : order) {
            std::vector<Cell> row;
            for (std::size_t k = 0; k < nv; ++k) {
                uint32_t v = at(sol, k);
                if (columns_[k].relation) {
                    row.push_back(Cell::text(index_.relation_name(v)));
                } else {
                    row.push_back(Cell::text_ref(index_.actor(v).label));
                    res_.actors.push_back(v);
                }
            }
            for (std::size_t k = nv; k < width; ++k) {
                EdgeId e = at(sol, k);
                res_.edges.push_back(e);
                res_.actors.push_back(index_.source(e));
                res_.actors.push_back(index_.target(e));
                if (opt_.evidence) {
                    std::string text;
                    for (const auto& ev : index_.claim(e).evidence) {
                        if (!text.empty()) text += "\n";
                        text += evidence_text(ev);
                    }
                    row.push_back(text.empty() ? Cell::null() : Cell::text(std::move(text)));
                }
            }
            res_.table.rows.push_back(std::move(row));
        }
        sort_unique(res_.actors);
        sort_unique(res_.edges);
    }

    struct Column {
        bool relation;
        uint32_t slot;
    };

    const GraphIndex& index_;
    const MatchQuery& q_;
    const CommonOptions& opt_;
    Result& res_;
    std::vector<CompiledTriple> triples_;
    std::vector<TypeId> node_type_;
    std::vector<Column> columns_;
    std::vector<uint32_t> node_, rel_, edge_;
    std::vector<uint32_t> solutions_;
    std::size_t solution_count_ = 0;
    bool capped_ = false;
};

}  // namespace

Result run_match(const GraphIndex& index, const MatchQuery& q, const CommonOptions& opt) {
    Result res;
    Matcher(index, q, opt, res).run();
    return res;
}

// ---------------------------------------------------------------------------------------------

graph::KnowledgeGraph make_subgraph(const GraphIndex& index, const std::vector<VertexId>& actors,
                                    const std::vector<EdgeId>& edges) {
    graph::KnowledgeGraph sub;
    const auto& kg = index.graph();
    sub.name = kg.name;
    std::unordered_map<VertexId, graph::Vertex> map;
    map.reserve(actors.size() * 2);
    auto add = [&](VertexId v) {
        auto it = map.find(v);
        if (it != map.end()) return it->second;
        const auto& a = index.actor(v);
        graph::Vertex nv = sub.add_actor(a.key, a.label, a.type, a.mentions);
        sub.set_type(nv, a.type);
        for (const auto& alias : a.aliases) sub.add_alias(nv, alias);
        sub.actor(nv).id = a.id;
        map.emplace(v, nv);
        return nv;
    };
    for (VertexId v : actors) add(v);
    std::vector<std::string> docs;
    for (EdgeId e : edges) {
        graph::Vertex s = add(index.source(e));
        graph::Vertex t = add(index.target(e));
        sub.add_claim(s, t, index.claim(e));
        for (const auto& ev : index.claim(e).evidence) docs.push_back(ev.doc);
    }
    sort_unique(docs);
    sub.documents = std::move(docs);
    sub.canonicalize();
    return sub;
}

}  // namespace claimgraph::query
