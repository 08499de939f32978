// HugePageHeap: transparent huge pages for the malloc heap while a large graph is built.
//
// Loading a graph of millions of claims makes millions of small allocations (strings, evidence
// lists, edge nodes) spread over gigabytes of fresh heap. With 4 KB pages every page costs a fault
// and the random accesses of graph building miss the TLB; measured on a 500k-claim graph this was
// about a third of the load time. Where the kernel gives huge pages only on request
// (/sys/kernel/mm/transparent_hugepage/enabled = madvise, Debian's default), the heap needs
// madvise(MADV_HUGEPAGE). glibc does that itself only under GLIBC_TUNABLES=glibc.malloc.hugetlb=1,
// which must be set before the process starts; this does the same from inside: while the object
// lives, malloc grows the heap in large steps (M_TOP_PAD) and advise() marks each new stretch of
// the heap before much of it is touched. It is only advice: on kernels without THP, or if the
// heap is not where sbrk says, nothing changes but the speed.
//
// The kernel zeroes every page it hands out on first touch: a fifth of a large load's time
// (clear_page in a profile of loading 5M claims). While the object lives a second thread
// populates each new stretch of heap (MADV_POPULATE_WRITE) as soon as it is advised, so that the
// zeroing runs on another core, ahead of the thread building the graph. That thread changes no
// byte of memory: populating only maps zeroed pages where none were, and the heap stretch is
// untouched memory malloc has not handed out yet. At most one growth step (M_TOP_PAD) more is
// resident at the end than malloc has used.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <thread>

namespace claimgraph {

// Asks for huge pages for a large block that exists already (a vector over 32 MB, which glibc
// maps apart from the heap): advice for the pages still to come, and a collapse of those in
// place (MADV_COLLAPSE, Linux 6.1), so that random access to it stops missing the TLB. Only
// advice: on other kernels nothing changes but speed.
void use_huge_pages(const void* data, std::size_t size);

class HugePageHeap {
public:
    HugePageHeap();
    ~HugePageHeap();
    HugePageHeap(const HugePageHeap&) = delete;
    HugePageHeap& operator=(const HugePageHeap&) = delete;

    // Advises the heap grown since the last call. Cheap when it has not grown (no system call):
    // call it after every few allocations.
    void advise() {
        if (current_break() != advised_end_) advise_to_break();
    }

private:
    static std::uintptr_t current_break();
    void advise_to_break();
    void populate_loop();

    std::uintptr_t advised_end_ = 0;
    bool active_ = false;

    // The populating thread's work: [populated_, wanted_) of the heap, under mutex_.
    std::mutex mutex_;
    std::condition_variable wake_;
    std::uintptr_t populated_ = 0;
    std::uintptr_t wanted_ = 0;
    bool stop_ = false;
    std::thread populator_;
};

}  // namespace claimgraph
