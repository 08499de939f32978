// NameIndex: the name -> actor index of KnowledgeGraph (merge keys; ids, labels and aliases).
//
// A map of std::string -> std::vector<Vertex> costs three or four small allocations per name
// (node, string, vector) and a pointer chase per probe; on a graph of a million actors building it
// was a large part of loading. Here the names are copied once into one growing character arena
// and the table is an open-addressing array of 16-byte slots (arena offset, length, hash tag,
// vertex), probed linearly. The same name may map to several vertices (one slot each); a (name,
// vertex) pair is stored once. Names are kept as they were when indexed, exactly like the maps
// this replaces, so lookups do not depend on later edits of an actor's fields.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimgraph::graph {

class NameIndex {
public:
    static constexpr uint32_t kNone = 0xFFFFFFFFu;

    // Room for `names` entries and `bytes` characters of names without growing.
    void reserve(std::size_t names, std::size_t bytes);
    void clear();
    std::size_t size() const { return size_; }

    // Adds (name, v) unless that pair is indexed already. With `unique`, adds nothing when the
    // name maps to any vertex. Returns true when it added the pair.
    bool insert(std::string_view name, uint32_t v, bool unique = false);

    // The first vertex indexed under `name`, or kNone.
    uint32_t find_first(std::string_view name) const;
    // Every vertex indexed under `name`, in no particular order.
    std::vector<uint32_t> find_all(std::string_view name) const;

private:
    struct Slot {
        uint64_t where = 0;       // arena offset << 24 | length (kLongName: length in the arena)
        uint32_t tag = 0;         // 32 bits of the name's hash; the top bits pick the home slot
        uint32_t vertex = kNone;  // kNone: empty slot
    };
    static constexpr uint64_t kLongName = (uint64_t{1} << 24) - 1;

    static uint32_t hash(std::string_view s);
    std::size_t home(uint32_t tag) const { return tag >> shift_; }
    std::string_view name_of(const Slot& s) const;
    void grow(std::size_t min_slots);
    uint64_t append(std::string_view name);

    std::vector<Slot> slots_;  // power-of-two size, at most 3/4 full
    unsigned shift_ = 32;      // 32 - log2(slots_.size())
    std::vector<char> arena_;
    std::size_t size_ = 0;
};

}  // namespace claimgraph::graph
