// A read-only hash index over an array of 64-bit keys that are already hashes (word and feature
// hashes): key -> its first position in the array. One or two probes in a flat table instead of
// a binary search's ~17 dependent cache misses over a large sorted array.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimgraph::extract {

class KeyIndex {
public:
    // Indexes keys[0, n); for a key that occurs more than once, find() gives its first position.
    void build(const uint64_t* keys, std::size_t n) {
        std::size_t cap = 16;
        while (cap < n * 2) cap <<= 1;
        slots_.assign(cap, Slot{});
        mask_ = cap - 1;
        for (std::size_t p = 0; p < n; ++p) {
            std::size_t i = keys[p] & mask_;
            while (slots_[i].pos != kEmpty && slots_[i].key != keys[p]) i = (i + 1) & mask_;
            if (slots_[i].pos == kEmpty) slots_[i] = Slot{keys[p], static_cast<uint32_t>(p)};
        }
    }
    void build(const std::vector<uint64_t>& keys) { build(keys.data(), keys.size()); }

    // Position of `key`, or -1.
    int64_t find(uint64_t key) const {
        if (slots_.empty()) return -1;
        for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.pos == kEmpty) return -1;
            if (s.key == key) return s.pos;
        }
    }

private:
    static constexpr uint32_t kEmpty = UINT32_MAX;
    struct Slot {
        uint64_t key = 0;
        uint32_t pos = kEmpty;
    };
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
};

}  // namespace claimgraph::extract
