#include "common/huge_page_heap.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

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
// MADV_POPULATE_WRITE is Linux 5.14's; older headers lack the name, older kernels refuse it
// (EINVAL), and then the pages fault in as before.
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
constexpr std::uintptr_t kPopulateStep = std::uintptr_t{2} << 20;  // one huge page per call

}  // namespace

void use_huge_pages(const void* data, std::size_t size) {
#if defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
    // Whole huge pages inside the block only: advice for a page is advice for its neighbours'
    // memory too.
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + size) & ~(kHuge - 1);
    if (end <= begin) return;
    ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE 25
#endif
    ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_COLLAPSE);
#endif
}

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
    if (active_ && std::thread::hardware_concurrency() > 1) {
        populated_ = wanted_ = advised_end_;
        populator_ = std::thread([this] { populate_loop(); });
    }
#endif
}

HugePageHeap::~HugePageHeap() {
    if (populator_.joinable()) {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stop_ = true;
        }
        wake_.notify_one();
        populator_.join();
    }
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    if (active_) ::mallopt(M_TOP_PAD, kDefaultTopPad);
#endif
}

void HugePageHeap::populate_loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stop_ || populated_ < wanted_; });
        if (stop_) return;
        // A step at a time, so that the heap may move on (or shrink: then the call fails with
        // ENOMEM and the step is skipped) while this thread works unlocked.
        const std::uintptr_t start = populated_;
        const std::uintptr_t end = std::min(wanted_, (start + kPopulateStep) & ~(kPopulateStep - 1));
        populated_ = end;
        lock.unlock();
        const int rc = ::madvise(reinterpret_cast<void*>(start), end - start, MADV_POPULATE_WRITE);
        lock.lock();
        if (rc != 0 && errno == EINVAL) return;  // a kernel without it: stop trying
    }
}

void HugePageHeap::advise_to_break() {
    const std::uintptr_t end = current_break();
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    if (active_ && end > advised_end_) {
        const std::uintptr_t start = advised_end_ & ~(kPage - 1);
        // Advice only: a failure (no THP in this kernel) changes nothing but speed.
        ::madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);
        if (populator_.joinable()) {
            {
                std::lock_guard<std::mutex> lock(mutex_);
                // A heap that shrank gave those pages back: they need populating again.
                if (populated_ > start) populated_ = start;
                wanted_ = end;
            }
            wake_.notify_one();
        }
    }
#endif
    advised_end_ = end;
}

}  // namespace claimgraph
