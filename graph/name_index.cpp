#include "graph/name_index.hpp"

#include <algorithm>
#include <cstring>

namespace claimgraph::graph {

uint32_t NameIndex::hash(std::string_view s) {
    // Eight bytes at a time, each word mixed by a multiply; the length seeds the state so that
    // names differing only in trailing zero bytes differ.
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    uint64_t h = s.size() * 0xC2B2AE3D27D4EB4Full;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * kMul;
        h ^= h >> 29;
    }
    if (i < s.size()) {
        uint64_t w = 0;
        std::memcpy(&w, s.data() + i, s.size() - i);
        h = (h ^ w) * kMul;
        h ^= h >> 29;
    }
    h *= 0xFF51AFD7ED558CCDull;
    return static_cast<uint32_t>(h >> 32);
}

std::string_view NameIndex::name_of(const Slot& s) const {
    uint64_t offset = s.where >> 24;
    uint64_t length = s.where & kLongName;
    if (length == kLongName) {
        std::memcpy(&length, arena_.data() + offset, sizeof length);
        offset += sizeof length;
    }
    return {arena_.data() + offset, static_cast<std::size_t>(length)};
}

uint64_t NameIndex::append(std::string_view name) {
    uint64_t offset = arena_.size();
    if (name.size() >= kLongName) {
        uint64_t length = name.size();
        const char* p = reinterpret_cast<const char*>(&length);
        arena_.insert(arena_.end(), p, p + sizeof length);
        arena_.insert(arena_.end(), name.begin(), name.end());
        return offset << 24 | kLongName;
    }
    arena_.insert(arena_.end(), name.begin(), name.end());
    return offset << 24 | name.size();
}

void NameIndex::grow(std::size_t min_slots) {
    std::size_t n = std::max<std::size_t>(slots_.size(), 16);
    while (n < min_slots) n *= 2;
    if (n == slots_.size()) return;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(n, Slot{});
    shift_ = 32 - static_cast<unsigned>(__builtin_ctzll(n));
    const std::size_t mask = n - 1;
    // The home slot comes from the tag's top bits, so slots move without looking at the text.
    for (const Slot& s : old) {
        if (s.vertex == kNone) continue;
        std::size_t i = home(s.tag);
        while (slots_[i].vertex != kNone) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

void NameIndex::reserve(std::size_t names, std::size_t bytes) {
    grow(names + names / 3 + 1);
    arena_.reserve(bytes);
}

void NameIndex::clear() {
    slots_.clear();
    shift_ = 32;
    arena_.clear();
    size_ = 0;
}

bool NameIndex::insert(std::string_view name, uint32_t v, bool unique) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow(slots_.size() * 2);
    const uint32_t tag = hash(name);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = home(tag);
    for (; slots_[i].vertex != kNone; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.tag == tag && (unique || s.vertex == v) && name_of(s) == name) return false;
    }
    slots_[i] = Slot{append(name), tag, v};
    ++size_;
    return true;
}

uint32_t NameIndex::find_first(std::string_view name) const {
    if (size_ == 0) return kNone;
    const uint32_t tag = hash(name);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = home(tag); slots_[i].vertex != kNone; i = (i + 1) & mask) {
        if (slots_[i].tag == tag && name_of(slots_[i]) == name) return slots_[i].vertex;
    }
    return kNone;
}

std::vector<uint32_t> NameIndex::find_all(std::string_view name) const {
    std::vector<uint32_t> out;
    if (size_ == 0) return out;
    const uint32_t tag = hash(name);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = home(tag); slots_[i].vertex != kNone; i = (i + 1) & mask) {
        if (slots_[i].tag == tag && name_of(slots_[i]) == name) out.push_back(slots_[i].vertex);
    }
    return out;
}

}  // namespace claimgraph::graph
