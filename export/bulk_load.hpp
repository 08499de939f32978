// What the graph readers do besides parsing when the input is large (a graph of millions of
// claims): give the heap they fill transparent huge pages (common/huge_page_heap.hpp), and drop the
// pages of a memory-mapped input file behind the parse position, so that peak memory is the graph
// plus a window of the file rather than the graph plus the whole file. Dropped pages of a
// read-only file mapping read back from the file if touched again (an error message's line
// number), so nothing changes but resident memory.
#pragma once

#include "common/huge_page_heap.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace claimgraph::io::detail {

// While alive, marks [data, data + size) as a read-only mapping of a file for this thread: a
// reader given text inside it may drop pages it has parsed. read_graph(path) sets it.
class MappedInput {
public:
    MappedInput(const char* data, std::size_t size);
    ~MappedInput();
    MappedInput(const MappedInput&) = delete;
    MappedInput& operator=(const MappedInput&) = delete;

private:
    const char* saved_data_;
    std::size_t saved_size_;
};

class BulkLoad {
public:
    // Inputs under this size are read without either measure.
    static constexpr std::size_t kMinBytes = std::size_t{16} << 20;

    explicit BulkLoad(std::string_view text);

    bool active() const { return active_; }

    // The reader has parsed text[0, offset) and needs none of it again. Cheap; call it per node
    // and per edge.
    void progress(std::size_t offset) {
        if (!active_) return;
        heap_->advise();
        if (mapped_ && offset >= released_ + kReleaseStep) release(offset);
    }

private:
    static constexpr std::size_t kReleaseStep = std::size_t{32} << 20;
    void release(std::size_t offset);

    bool active_ = false;
    bool mapped_ = false;
    const char* data_ = nullptr;
    std::size_t released_ = 0;  // bytes from data_ already dropped (page-aligned end)
    std::optional<HugePageHeap> heap_;
};

}  // namespace claimgraph::io::detail
