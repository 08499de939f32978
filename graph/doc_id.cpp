#include "graph/doc_id.hpp"

#include "common/string_hash.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <unordered_set>

namespace claimgraph::graph {

namespace {

struct Table {
    std::mutex mutex;
    // Nodes do not move when the set grows: the pointers handed out stay valid.
    std::unordered_set<std::string, StringViewHash, std::equal_to<>> ids;
};

Table& table() {
    static Table* t = new Table;  // never destroyed: ids may be used during static destruction
    return *t;
}

// This thread's copy of the part of the table it has used, flat, with short ids stored inline:
// a large graph's evidence names tens of thousands of documents in no order, and a lookup in the
// shared table costs a lock and two cache misses (bucket, then a node somewhere in a heap of
// gigabytes); here it is one probe into a few MB that stay in cache. Entries are never stale: the
// shared table never drops an id.
class LocalTable {
public:
    const std::string* find(std::string_view id, std::size_t hash) const {
        if (slots_ == nullptr) return nullptr;
        for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.id == nullptr) return nullptr;
            if (s.hash == hash && s.size == id.size() &&
                (id.size() <= kInline ? std::memcmp(s.text, id.data(), id.size()) == 0
                                      : *s.id == id)) {
                return s.id;
            }
        }
    }

    void insert(const std::string* id, std::size_t hash) {
        if (count_ >= kMaxEntries) return;  // beyond this, the shared table alone
        if (2 * (count_ + 1) > mask_ + 1 || slots_ == nullptr) grow();
        place(id, hash);
        ++count_;
    }

private:
    static constexpr std::size_t kInline = 22;
    static constexpr std::size_t kMaxEntries = std::size_t{1} << 20;
    struct Slot {
        uint64_t hash = 0;
        const std::string* id = nullptr;
        uint16_t size = 0;
        char text[kInline] = {};
    };

    void place(const std::string* id, std::size_t hash) {
        std::size_t i = hash & mask_;
        while (slots_[i].id != nullptr) i = (i + 1) & mask_;
        Slot& s = slots_[i];
        s.hash = hash;
        s.id = id;
        s.size = static_cast<uint16_t>(std::min<std::size_t>(id->size(), UINT16_MAX));
        if (id->size() <= kInline) std::memcpy(s.text, id->data(), id->size());
    }

    void grow() {
        const std::size_t size = slots_ == nullptr ? 1024 : 2 * (mask_ + 1);
        std::unique_ptr<Slot[]> old = std::move(slots_);
        const std::size_t old_size = old == nullptr ? 0 : mask_ + 1;
        slots_ = std::make_unique<Slot[]>(size);
        mask_ = size - 1;
        for (std::size_t i = 0; i < old_size; ++i) {
            if (old[i].id != nullptr) place(old[i].id, old[i].hash);
        }
    }

    std::unique_ptr<Slot[]> slots_;
    std::size_t mask_ = 0;
    std::size_t count_ = 0;
};

}  // namespace

const std::string* DocId::empty_id() {
    static const std::string* empty = intern({});
    return empty;
}

const std::string* DocId::intern(std::string_view id) {
    // Evidence mostly comes document by document: the last id interned on this thread is the
    // likely answer. Its text is kept here too: the interned string itself may be anywhere in a
    // large heap, a cache miss whenever the answer is another id.
    thread_local const std::string* last = nullptr;
    thread_local std::string last_text;
    if (last != nullptr && last_text == id) return last;
    thread_local LocalTable local;
    const std::size_t hash = StringViewHash{}(id);
    const std::string* found = local.find(id, hash);
    if (found == nullptr) {
        Table& t = table();
        {
            std::lock_guard<std::mutex> lock(t.mutex);
            auto it = t.ids.find(id);
            if (it == t.ids.end()) it = t.ids.emplace(id).first;
            found = &*it;
        }
        local.insert(found, hash);
    }
    last = found;
    last_text.assign(id);
    return found;
}

}  // namespace claimgraph::graph
