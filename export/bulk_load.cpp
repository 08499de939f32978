#include "export/bulk_load.hpp"

#include "export/claim_pipeline.hpp"

#include <sys/mman.h>

#include <atomic>
#include <cstdint>
#include <thread>

namespace claimgraph::io::detail {

namespace {

constexpr std::uintptr_t kPage = 4096;

struct Mapping {
    const char* data = nullptr;
    std::size_t size = 0;
};
thread_local Mapping current_mapping;

std::atomic<bool> parallel_reading_on{true};

}  // namespace

bool parallel_reading() {
    return parallel_reading_on.load(std::memory_order_relaxed) &&
           std::thread::hardware_concurrency() > 1;
}

void set_parallel_reading(bool on) { parallel_reading_on.store(on, std::memory_order_relaxed); }

MappedInput::MappedInput(const char* data, std::size_t size)
    : saved_data_(current_mapping.data), saved_size_(current_mapping.size) {
    current_mapping = {data, size};
}

MappedInput::~MappedInput() { current_mapping = {saved_data_, saved_size_}; }

BulkLoad::BulkLoad(std::string_view text) {
    if (text.size() < kMinBytes) return;
    active_ = true;
    heap_.emplace();
    data_ = text.data();
    const Mapping& m = current_mapping;
    mapped_ = m.data != nullptr && text.data() >= m.data &&
              text.data() + text.size() <= m.data + m.size;
    // Pages are dropped whole: start at the first page boundary inside the text.
    const auto start = reinterpret_cast<std::uintptr_t>(data_);
    released_ = static_cast<std::size_t>(((start + kPage - 1) & ~(kPage - 1)) - start);
}

void BulkLoad::release(std::size_t offset) {
    const auto start = reinterpret_cast<std::uintptr_t>(data_) + released_;
    const auto end = (reinterpret_cast<std::uintptr_t>(data_) + offset) & ~(kPage - 1);
    if (end <= start) return;
    ::madvise(reinterpret_cast<void*>(start), end - start, MADV_DONTNEED);
    released_ = end - reinterpret_cast<std::uintptr_t>(data_);
}

}  // namespace claimgraph::io::detail
