// Allocator for the large arrays of a loaded model (weight tables, the model file buffer).
//
// Loading the model is dominated by first-touch page faults (each costs microseconds under
// virtualisation) rather than by decoding. Big blocks are therefore mapped directly, 2 MB aligned
// and advised as transparent huge pages, so ~30 MB costs a few dozen faults instead of ~8000.
// construct() without arguments default-initialises, so resize() of trivial elements that are
// overwritten right after does not write zeros first. Small blocks use operator new as usual.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace claimgraph::extract {

namespace bulk_detail {

constexpr std::size_t kHugePage = std::size_t{2} << 20;
constexpr std::size_t kMinMapped = std::size_t{4} << 20;  // smaller blocks: operator new

inline std::size_t mapped_length(std::size_t bytes) {
    return (bytes + kHugePage - 1) & ~(kHugePage - 1);
}

inline void* map_block(std::size_t bytes) {
    std::size_t len = mapped_length(bytes);
    // Over-map by one huge page so the block can start on a 2 MB boundary.
    void* raw = ::mmap(nullptr, len + kHugePage, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) throw std::bad_alloc();
    auto start = reinterpret_cast<std::uintptr_t>(raw);
    std::uintptr_t aligned = (start + kHugePage - 1) & ~(std::uintptr_t{kHugePage} - 1);
    if (aligned > start) ::munmap(raw, aligned - start);
    std::uintptr_t end = start + len + kHugePage;
    if (end > aligned + len) ::munmap(reinterpret_cast<void*>(aligned + len), end - aligned - len);
#ifdef MADV_HUGEPAGE
    ::madvise(reinterpret_cast<void*>(aligned), len, MADV_HUGEPAGE);  // a hint; failure is fine
#endif
    return reinterpret_cast<void*>(aligned);
}

inline void unmap_block(void* p, std::size_t bytes) { ::munmap(p, mapped_length(bytes)); }

}  // namespace bulk_detail

template <class T>
class BulkAllocator {
public:
    using value_type = T;
    using is_always_equal = std::true_type;
    using propagate_on_container_move_assignment = std::true_type;

    BulkAllocator() noexcept = default;
    template <class U>
    BulkAllocator(const BulkAllocator<U>&) noexcept {}

    T* allocate(std::size_t n) {
        if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
        std::size_t bytes = n * sizeof(T);
        if (bytes >= bulk_detail::kMinMapped) {
            return static_cast<T*>(bulk_detail::map_block(bytes));
        }
        return static_cast<T*>(::operator new(bytes, std::align_val_t{alignof(T)}));
    }
    void deallocate(T* p, std::size_t n) noexcept {
        std::size_t bytes = n * sizeof(T);
        if (bytes >= bulk_detail::kMinMapped) {
            bulk_detail::unmap_block(p, bytes);
        } else {
            ::operator delete(p, std::align_val_t{alignof(T)});
        }
    }

    // Default-initialise instead of value-initialise (no zeroing of trivial elements).
    template <class U>
    void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
        ::new (static_cast<void*>(p)) U;
    }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }

    template <class U>
    bool operator==(const BulkAllocator<U>&) const noexcept {
        return true;
    }
};

// A vector whose resize() leaves trivial elements uninitialised; every caller overwrites them.
template <class T>
using BulkVector = std::vector<T, BulkAllocator<T>>;

}  // namespace claimgraph::extract
