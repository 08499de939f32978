#include "common/huge_page_heap.hpp"

#include <sys/mman.h>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace claimgraph {

namespace {

constexpr std::uintptr_t kPage = 4096;
constexpr int kTopPad = 64 << 20;            // heap growth step while active
constexpr int kDefaultTopPad = 128 * 1024;  // glibc's default M_TOP_PAD (mallopt(3))
// Setting M_TOP_PAD switches off, for the rest of the process, glibc's dynamic mmap and trim
// thresholds (mallopt(3)): they stay at 128 KB instead of growing, as they do in a process that
// has freed large blocks (any graph load), to the size of the largest freed block up to 32 MB
// (mmap) and twice that (trim). Left at 128 KB, every block of 128 KB or more is a fresh mmap
// whose pages fault in on each use, and every free of 64 KB or more next to the top of the heap
// gives the heap back to the kernel, to be faulted in again by the next allocation: a query
// allocating a 1 MB distance array and vectors of a few hundred KB paid hundreds of page faults
// each time (on the 1M-actor graph: 245 for path n5 -> n77, 1,058 for the neighbours of the
// largest hub; none with this). So the thresholds are set where glibc's own rule takes them in a
// large process.
constexpr int kMmapThreshold = 32 << 20;  // DEFAULT_MMAP_THRESHOLD_MAX on 64-bit glibc
constexpr int kTrimThreshold = 2 * kMmapThreshold;

}  // namespace

std::uintptr_t HugePageHeap::current_break() {
    // sbrk(0) returns the break glibc keeps in user space: no system call.
    return reinterpret_cast<std::uintptr_t>(::sbrk(0));
}

HugePageHeap::HugePageHeap() {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    // Large growth steps leave room to advise a new stretch before malloc has touched much of it.
    active_ = ::mallopt(M_TOP_PAD, kTopPad) == 1;
    if (active_) {
        ::mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
        ::mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
    }
    advised_end_ = current_break();
#endif
}

HugePageHeap::~HugePageHeap() {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    if (active_) ::mallopt(M_TOP_PAD, kDefaultTopPad);
#endif
}

void HugePageHeap::advise_to_break() {
    const std::uintptr_t end = current_break();
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    if (active_ && end > advised_end_) {
        const std::uintptr_t start = advised_end_ & ~(kPage - 1);
        // Advice only: a failure (no THP in this kernel) changes nothing but speed.
        ::madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);
    }
#endif
    advised_end_ = end;
}

}  // namespace claimgraph
