#include "extract/perceptron.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include "common/error.hpp"

namespace claimgraph::extract {

// ---- ByteReader ----------------------------------------------------------------------------

void ByteReader::need(std::size_t n) {
    if (n > data_.size() - pos_) {
        throw InputError(path_ + ": model file truncated at byte " +
                         std::to_string(base_ + data_.size()) + " (needed " + std::to_string(n) +
                         " more bytes at byte " + std::to_string(base_ + pos_) +
                         "); retrain with `claimgraph train` or reinstall");
    }
}

void ByteReader::need_items(uint64_t count, std::size_t size) {
    if (count > (data_.size() - pos_) / size) {
        fail("count " + std::to_string(count) + " larger than the rest of its section");
    }
}

void ByteReader::fail(const std::string& what) const {
    throw InputError(path_ + ": corrupt model (" + what + " at byte " +
                     std::to_string(base_ + pos_) +
                     "); retrain with `claimgraph train` or reinstall");
}

// ---- WeightTable ---------------------------------------------------------------------------

void WeightTable::start(uint32_t num_classes, float scale, std::size_t expected_keys) {
    num_classes_ = num_classes;
    scale_ = scale;
    num_keys_ = 0;
    entries_.clear();
    num_weights_ = 0;
    order_.clear();
    row_off_.clear();
    row_len_.clear();
    dense_.clear();
    std::size_t cap = 16;
    while (cap < expected_keys * 2) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    size_filter(expected_keys);
}

bool WeightTable::insert_slot(uint64_t key, uint32_t off, uint32_t len) {
    if (off >= (1u << 24) || len > 255) {
        throw std::length_error("weight table too large (more than 16M weights or 255 classes)");
    }
    uint32_t fp = fingerprint(key);
    std::size_t i = key & mask_;
    while (slots_[i].fp && slots_[i].fp != fp) i = (i + 1) & mask_;
    if (slots_[i].fp == fp) return false;  // same fingerprint: the first row wins
    slots_[i] = Slot{fp, off << 8 | len};
    return true;
}

void WeightTable::add_row(uint64_t key, const Entry* entries, uint32_t count) {
    if ((num_keys_ + 1) * 2 > slots_.size()) {
        std::size_t cap = std::max<std::size_t>(16, slots_.size() * 2);
        slots_.assign(cap, Slot{});
        mask_ = cap - 1;
        for (std::size_t k = 0; k < order_.size(); ++k) {
            insert_slot(order_[k], row_off_[k], row_len_[k]);
        }
    }
    uint32_t off = static_cast<uint32_t>(entries_.size());
    if (!insert_slot(key, off, count)) return;
    filter_add(key);
    entries_.insert(entries_.end(), entries, entries + count);
    num_weights_ += count;
    order_.push_back(key);
    row_off_.push_back(off);
    row_len_.push_back(static_cast<uint8_t>(count));
    ++num_keys_;
}

void WeightTable::save(ByteWriter& w) const {
    w.u32(num_classes_);
    w.f32(scale_);
    w.u64(num_keys_);
    w.u64(num_weights_);
    // Keys, then row lengths, then entries (rows are stored in key order of insertion).
    for (uint64_t key : order_) w.u64(key);
    for (uint8_t len : row_len_) w.u16(len);
    for (std::size_t k = 0; k < order_.size(); ++k) {
        for (uint32_t j = 0; j < row_len_[k]; ++j) {
            const Entry& e = entries_[row_off_[k] + j];
            w.u8(static_cast<uint8_t>(e.cls));
            w.u16(static_cast<uint16_t>(e.w));
        }
    }
}

void WeightTable::load(ByteReader& r) {
    uint32_t classes = r.u32();
    float scale = r.f32();
    uint64_t keys = r.u64();
    uint64_t total = r.u64();
    if (classes == 0 || classes > 256) r.fail("bad class count " + std::to_string(classes));
    r.need_items(keys, 10);
    r.need_items(total, 3);
    if (total >= (1u << 24)) r.fail("too many weights");
    start(classes, scale, keys);
    order_.resize(keys);
    r.raw(order_.data(), keys * 8);
    const unsigned char* lens = r.take(keys * 2);
    row_off_.resize(keys);
    row_len_.resize(keys);
    uint64_t sum = 0;
    for (uint64_t k = 0; k < keys; ++k) {
        uint32_t len = lens[2 * k] | (lens[2 * k + 1] << 8);
        if (len == 0 || len > 255) r.fail("bad row length");
        row_len_[k] = static_cast<uint8_t>(len);
        sum += len;
    }
    if (sum != total) r.fail("row lengths do not add up");
    std::size_t size = lay_out_rows();
    const unsigned char* buf = r.take(total * 3);
    entries_.resize(size);
    const unsigned char* p = buf;
    for (uint64_t k = 0; k < keys; ++k) {
        Entry* e = entries_.data() + row_off_[k];
        for (uint32_t j = 0; j < row_len_[k]; ++j, p += 3) {
            uint16_t cls = p[0];
            if (cls >= classes) r.fail("class id out of range");
            uint16_t u = static_cast<uint16_t>(p[1] | (p[2] << 8));
            int16_t w;
            std::memcpy(&w, &u, 2);
            e[j] = Entry{cls, w};
        }
    }
    num_weights_ = total;
    // Random slot writes dominate load time; prefetching a few keys ahead overlaps them.
    constexpr std::size_t kAhead = 16;
    for (uint64_t k = 0; k < keys; ++k) {
        if (k + kAhead < keys) __builtin_prefetch(&slots_[order_[k + kAhead] & mask_], 1);
        if (order_[k] == 0) r.fail("zero feature key");
        if (!insert_slot(order_[k], row_off_[k], row_len_[k])) r.fail("duplicate feature key");
        filter_add(order_[k]);  // start() sized the filter for `keys`
    }
    num_keys_ = keys;
    build_dense();
}

void WeightTable::size_filter(std::size_t keys) {
    // About 8 bits a key, at most 2^23 bits (1 MB), two words at least.
    unsigned bits = 7;
    while (bits < 23 && (std::size_t{1} << bits) < keys * 8) ++bits;
    filter_shift_ = 64 - (bits - 6);
    filter_.assign((std::size_t{1} << bits) / 64, 0);
}

// Places the rows in entries_ so that scoring reads as few cache lines as a row's size allows
// (a 64-byte line holds 16 entries, and entries_ starts on a line when it is large enough to be
// mapped, see bulk_alloc.hpp): a row of up to 16 entries within one line, one of up to 32 within
// two. The room left at the end of a line goes to a later row that fits it. Rows long enough to
// be dense are never read when scoring and go last. Sets row_off_; returns the size needed.
std::size_t WeightTable::lay_out_rows() {
    constexpr uint32_t kLine = 64 / sizeof(Entry);
    std::vector<uint32_t> free_runs[kLine];  // [g]: starts of free runs of g entries
    uint64_t end = 0;
    auto skip_to_line = [&]() {
        auto room = static_cast<uint32_t>(kLine - end % kLine);
        free_runs[room].push_back(static_cast<uint32_t>(end));
        end += room;
    };
    for (std::size_t k = 0; k < row_len_.size(); ++k) {
        uint32_t len = row_len_[k];
        if (len >= kDenseMin) continue;
        if (len < kLine) {
            bool placed = false;
            for (uint32_t g = len; g < kLine && !placed; ++g) {
                if (free_runs[g].empty()) continue;
                row_off_[k] = free_runs[g].back();
                free_runs[g].pop_back();
                if (g > len) free_runs[g - len].push_back(row_off_[k] + len);
                placed = true;
            }
            if (placed) continue;
        }
        uint64_t used = end % kLine;
        if (used != 0 && used + len > (len <= kLine ? kLine : 2 * kLine)) skip_to_line();
        row_off_[k] = static_cast<uint32_t>(end);
        end += len;
        if (end >= (1u << 24)) throw std::length_error("weight table too large (16M weights)");
    }
    for (std::size_t k = 0; k < row_len_.size(); ++k) {
        if (row_len_[k] < kDenseMin) continue;
        row_off_[k] = static_cast<uint32_t>(end);
        end += row_len_[k];
        if (end >= (1u << 24)) throw std::length_error("weight table too large (16M weights)");
    }
    return static_cast<std::size_t>(end);
}

void WeightTable::build_dense() {
    dense_stride_ = (num_classes_ + 15) & ~std::size_t{15};
    std::size_t rows = 0;
    for (uint8_t len : row_len_) rows += len >= kDenseMin;
    dense_.assign(rows * dense_stride_, 0);
    std::size_t next = 0;
    for (Slot& s : slots_) {
        if (s.fp == 0 || s.len() < kDenseMin) continue;
        int16_t* row = dense_.data() + next * dense_stride_;
        const Entry* e = entries_.data() + s.off();
        for (uint32_t j = 0; j < s.len(); ++j) row[e[j].cls] = e[j].w;
        s.off_len = static_cast<uint32_t>(next) << 8;
        ++next;
    }
}

// The hot loop of tagging and parsing, compiled for AVX2 and the baseline (see
// CLAIMGRAPH_SIMD_CLONES), so the dense rows' int16 -> int32 adds go 16 at a time.
//
// Four passes over each chunk of features, each issuing the next pass's cache misses before any
// is waited for: filter words, then slots, then rows, then the adds. The filter pass has no
// branch on the loaded words (a quarter of its answers are "absent", at random, and a
// mispredicted branch there would discard the loads already in flight). Dense rows are added in
// blocks of 32 classes held in registers across all of the chunk's dense rows, instead of a
// load-add-store of every score for every row. Integer adds in any order give the same sums.
CLAIMGRAPH_SIMD_CLONES
void WeightTable::score_groups(const uint64_t* feats, const std::size_t* ends, std::size_t groups,
                               int32_t* const* outs) const {
    using V8 = int32_t __attribute__((vector_size(32)));
    using H8 = int16_t __attribute__((vector_size(16)));
    constexpr std::size_t kChunk = 64;
    const uint32_t nc = num_classes_;
    const std::size_t stride = dense_stride_;
    const std::size_t n = groups ? ends[groups - 1] : 0;
    std::size_t g = 0;  // group of feats[base] (groups only move forward)
    for (std::size_t base = 0; base < n; base += kChunk) {
        std::size_t m = std::min(kChunk, n - base);
        const uint64_t* f = feats + base;
        for (std::size_t i = 0; i < m; ++i) __builtin_prefetch(&filter_[filter_word(filter_hash(f[i]))]);
        uint64_t live[kChunk];
        uint32_t live_group[kChunk];
        std::size_t nl = 0;
        std::size_t gi = g;
        for (std::size_t i = 0; i < m; ++i) {
            while (base + i >= ends[gi]) ++gi;
            bool present = maybe_present(f[i]);
            // Absent features prefetch slot 0 (a line already cached) rather than a slot.
            __builtin_prefetch(&slots_[present ? f[i] & mask_ : 0]);
            live[nl] = f[i];
            live_group[nl] = static_cast<uint32_t>(gi);
            nl += present;
        }
        const int16_t* dense[kChunk];
        uint32_t dense_group[kChunk];
        uint32_t sparse[kChunk];  // off_len of the sparse rows found
        uint32_t sparse_group[kChunk];
        std::size_t nd = 0, ns = 0;
        for (std::size_t i = 0; i < nl; ++i) {
            const Slot* s = find(live[i]);
            if (!s) continue;
            uint32_t off_len = s->off_len;
            bool is_dense = (off_len & 0xff) == 0;
            if (is_dense) {
                const int16_t* row = dense_.data() + std::size_t{off_len >> 8} * stride;
                for (std::size_t b = 0; b < stride; b += 32) __builtin_prefetch(row + b);
                dense[nd] = row;
            } else {
                __builtin_prefetch(entries_.data() + (off_len >> 8));
            }
            sparse[ns] = off_len;
            dense_group[nd] = sparse_group[ns] = live_group[i];
            nd += is_dense;
            ns += !is_dense;
        }
        // Dense rows first: the sparse rows' prefetches have that much longer to arrive.
        // Block sums of each group's dense rows (consecutive in dense[]); the padding classes
        // (zero weights) are summed too and dropped, so no block has a scalar tail.
        for (std::size_t r0 = 0; r0 < nd;) {
            std::size_t r1 = r0 + 1;
            while (r1 < nd && dense_group[r1] == dense_group[r0]) ++r1;
            alignas(32) int32_t sum[256 + 16];
            for (std::size_t c = 0; c < stride; c += 32) {
                V8 a0{}, a1{}, a2{}, a3{};
                if (c + 32 <= stride) {
                    for (std::size_t r = r0; r < r1; ++r) {
                        H8 h0, h1, h2, h3;
                        std::memcpy(&h0, dense[r] + c, 16);
                        std::memcpy(&h1, dense[r] + c + 8, 16);
                        std::memcpy(&h2, dense[r] + c + 16, 16);
                        std::memcpy(&h3, dense[r] + c + 24, 16);
                        a0 += __builtin_convertvector(h0, V8);
                        a1 += __builtin_convertvector(h1, V8);
                        a2 += __builtin_convertvector(h2, V8);
                        a3 += __builtin_convertvector(h3, V8);
                    }
                } else {  // the last 16 classes of the padded stride
                    for (std::size_t r = r0; r < r1; ++r) {
                        H8 h0, h1;
                        std::memcpy(&h0, dense[r] + c, 16);
                        std::memcpy(&h1, dense[r] + c + 8, 16);
                        a0 += __builtin_convertvector(h0, V8);
                        a1 += __builtin_convertvector(h1, V8);
                    }
                }
                std::memcpy(sum + c, &a0, 32);
                std::memcpy(sum + c + 8, &a1, 32);
                std::memcpy(sum + c + 16, &a2, 32);
                std::memcpy(sum + c + 24, &a3, 32);
            }
            int32_t* __restrict scores = outs[dense_group[r0]];
            for (uint32_t j = 0; j < nc; ++j) scores[j] += sum[j];
            r0 = r1;
        }
        for (std::size_t i = 0; i < ns; ++i) {
            int32_t* __restrict scores = outs[sparse_group[i]];
            const Entry* e = entries_.data() + (sparse[i] >> 8);
            uint32_t len = sparse[i] & 0xff;
            for (uint32_t j = 0; j < len; ++j) scores[e[j].cls] += e[j].w;
        }
        g = gi;
    }
}

bool WeightTable::operator==(const WeightTable& o) const {
    if (num_classes_ != o.num_classes_ || scale_ != o.scale_ || order_ != o.order_ ||
        row_len_ != o.row_len_) {
        return false;
    }
    for (std::size_t k = 0; k < order_.size(); ++k) {
        for (uint32_t j = 0; j < row_len_[k]; ++j) {
            const Entry& x = entries_[row_off_[k] + j];
            const Entry& y = o.entries_[o.row_off_[k] + j];
            if (x.cls != y.cls || x.w != y.w) return false;
        }
    }
    return true;
}

WeightTable WeightTable::pruned(int min_abs) const {
    WeightTable out;
    std::size_t kept_keys = 0;
    for (std::size_t k = 0; k < order_.size(); ++k) {
        for (uint32_t j = 0; j < row_len_[k]; ++j) {
            if (std::abs(static_cast<int>(entries_[row_off_[k] + j].w)) >= min_abs) { ++kept_keys; break; }
        }
    }
    out.start(num_classes_, scale_, kept_keys);
    std::vector<Entry> row;
    for (std::size_t k = 0; k < order_.size(); ++k) {
        row.clear();
        for (uint32_t j = 0; j < row_len_[k]; ++j) {
            const Entry& e = entries_[row_off_[k] + j];
            if (std::abs(static_cast<int>(e.w)) >= min_abs) row.push_back(e);
        }
        if (!row.empty()) out.add_row(order_[k], row.data(), static_cast<uint32_t>(row.size()));
    }
    out.build_dense();
    return out;
}

std::size_t WeightTable::bytes_at(int min_abs) const {
    std::size_t bytes = 0;
    for (std::size_t k = 0; k < order_.size(); ++k) {
        std::size_t kept = 0;
        for (uint32_t j = 0; j < row_len_[k]; ++j) {
            kept += std::abs(static_cast<int>(entries_[row_off_[k] + j].w)) >= min_abs;
        }
        if (kept) bytes += 10 + 3 * kept;
    }
    return bytes;
}

// ---- PerceptronTrainer ---------------------------------------------------------------------

PerceptronTrainer::PerceptronTrainer(uint32_t num_classes) : num_classes_(num_classes) {
    keys_.assign(1 << 16, 0);
    rows_idx_.assign(1 << 16, 0);
    mask_ = keys_.size() - 1;
}

int32_t PerceptronTrainer::find(uint64_t key) const {
    std::size_t i = key & mask_;
    for (;;) {
        if (keys_[i] == key) return static_cast<int32_t>(rows_idx_[i]);
        if (keys_[i] == 0) return -1;
        i = (i + 1) & mask_;
    }
}

void PerceptronTrainer::grow() {
    std::vector<uint64_t> old_keys;
    std::vector<uint32_t> old_idx;
    old_keys.swap(keys_);
    old_idx.swap(rows_idx_);
    keys_.assign(old_keys.size() * 2, 0);
    rows_idx_.assign(old_keys.size() * 2, 0);
    mask_ = keys_.size() - 1;
    for (std::size_t j = 0; j < old_keys.size(); ++j) {
        if (!old_keys[j]) continue;
        std::size_t i = old_keys[j] & mask_;
        while (keys_[i]) i = (i + 1) & mask_;
        keys_[i] = old_keys[j];
        rows_idx_[i] = old_idx[j];
    }
}

uint32_t PerceptronTrainer::insert(uint64_t key) {
    int32_t found = find(key);
    if (found >= 0) return static_cast<uint32_t>(found);
    if ((keys_count_ + 1) * 2 > keys_.size()) grow();
    std::size_t i = key & mask_;
    while (keys_[i]) i = (i + 1) & mask_;
    keys_[i] = key;
    rows_idx_[i] = static_cast<uint32_t>(rows_.size());
    rows_.emplace_back();
    row_keys_.push_back(key);
    ++keys_count_;
    return rows_idx_[i];
}

void PerceptronTrainer::score(const uint64_t* feats, std::size_t n, float* scores) const {
    for (std::size_t i = 0; i < n; ++i) {
        int32_t r = find(feats[i]);
        if (r < 0) continue;
        for (const Entry& e : rows_[r]) scores[e.cls] += e.w;
    }
}

void PerceptronTrainer::update(const uint64_t* feats, std::size_t n, uint32_t gold,
                               uint32_t pred) {
    if (gold == pred) return;
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<Entry>& row = rows_[insert(feats[i])];
        bool got_gold = false, got_pred = false;
        for (Entry& e : row) {
            if (e.cls == gold) {
                e.w += 1;
                e.u += clock_;
                got_gold = true;
            } else if (e.cls == pred) {
                e.w -= 1;
                e.u -= clock_;
                got_pred = true;
            }
        }
        if (!got_gold) row.push_back(Entry{gold, 1, clock_});
        if (!got_pred) row.push_back(Entry{pred, -1, -clock_});
    }
}

WeightTable PerceptronTrainer::finalize(float prune) const {
    float max_abs = 1e-6f;
    for (const auto& row : rows_) {
        for (const Entry& e : row) {
            float avg = static_cast<float>(e.w - e.u / clock_);
            max_abs = std::max(max_abs, std::fabs(avg));
        }
    }
    float scale = max_abs / 32767.0f;
    WeightTable table;
    std::size_t kept = 0;
    for (const auto& row : rows_) kept += !row.empty();
    table.start(num_classes_, scale, kept);
    std::vector<WeightTable::Entry> out;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        out.clear();
        std::vector<Entry> row = rows_[r];
        std::sort(row.begin(), row.end(),
                  [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
        for (const Entry& e : row) {
            float avg = static_cast<float>(e.w - e.u / clock_);
            if (std::fabs(avg) < prune) continue;
            long q = std::lround(avg / scale);
            if (q == 0) continue;
            q = std::clamp(q, -32767L, 32767L);
            out.push_back(WeightTable::Entry{static_cast<uint16_t>(e.cls),
                                             static_cast<int16_t>(q)});
        }
        if (!out.empty()) table.add_row(row_keys_[r], out.data(), static_cast<uint32_t>(out.size()));
    }
    return table;
}

// ---- random --------------------------------------------------------------------------------

uint64_t next_random(uint64_t& state) {
    state += 0x9e3779b97f4a7c15ULL;
    return fmix64(state);
}

void shuffle_indices(std::vector<uint32_t>& v, uint64_t& state) {
    for (std::size_t i = v.size(); i > 1; --i) {
        std::size_t j = next_random(state) % i;
        std::swap(v[i - 1], v[j]);
    }
}

}  // namespace claimgraph::extract
