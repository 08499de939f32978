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
#pragma once

#include <cstdint>

namespace claimgraph {

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

    std::uintptr_t advised_end_ = 0;
    bool active_ = false;
};

}  // namespace claimgraph
