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

}  // namespace

std::uintptr_t HugePageHeap::current_break() {
    // sbrk(0) returns the break glibc keeps in user space: no system call.
    return reinterpret_cast<std::uintptr_t>(::sbrk(0));
}

HugePageHeap::HugePageHeap() {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    // Large growth steps leave room to advise a new stretch before malloc has touched much of it.
    active_ = ::mallopt(M_TOP_PAD, kTopPad) == 1;
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
