#include "graph/doc_id.hpp"

#include <mutex>
#include <unordered_set>

namespace claimgraph::graph {

namespace {

struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Table {
    std::mutex mutex;
    // Nodes do not move when the set grows: the pointers handed out stay valid.
    std::unordered_set<std::string, Hash, std::equal_to<>> ids;
};

Table& table() {
    static Table* t = new Table;  // never destroyed: ids may be used during static destruction
    return *t;
}

}  // namespace

const std::string* DocId::empty_id() {
    static const std::string* empty = intern({});
    return empty;
}

const std::string* DocId::intern(std::string_view id) {
    // Evidence mostly comes document by document: the last id interned on this thread is the
    // likely answer, found without the lock.
    thread_local const std::string* last = nullptr;
    if (last != nullptr && *last == id) return last;
    Table& t = table();
    std::lock_guard<std::mutex> lock(t.mutex);
    auto it = t.ids.find(id);
    if (it == t.ids.end()) it = t.ids.emplace(id).first;
    last = &*it;
    return last;
}

}  // namespace claimgraph::graph
