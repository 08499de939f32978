// The linear models behind the tagger and the parser: features are hashed into 64-bit keys (no
// strings in the hot loop), each key owns a sparse row of per-class weights. Training uses an
// averaged perceptron over float weights; the shipped model keeps the averaged weights quantized
// to int16 in one flat array, looked up through an open-addressing table, so scoring is a few
// probes and integer adds per feature and results are bit-for-bit reproducible.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/bulk_alloc.hpp"

// Hot loops compiled twice, for AVX2 and for the x86-64 baseline, and picked once at load time by
// the dynamic linker (ifunc). Not under ThreadSanitizer: the resolver runs before its runtime is
// up and crashes the program at load.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__SANITIZE_THREAD__)
#define CLAIMGRAPH_SIMD_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define CLAIMGRAPH_SIMD_CLONES
#endif

namespace claimgraph::extract {

// ---- hashing -------------------------------------------------------------------------------

[[gnu::always_inline]] inline uint64_t fmix64(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

inline uint64_t hash_bytes(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return fmix64(h ^ s.size());
}

// Combines a value into a running feature hash; order matters, so (a, b) and (b, a) differ.
[[gnu::always_inline]] inline uint64_t hmix(uint64_t h, uint64_t v) {
    return (h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2))) * 0x9fb21c651e98df25ULL;
}

// Final feature key for template `tid` and up to three values. Key 0 marks an empty table slot.
[[gnu::always_inline]] inline uint64_t feat(uint32_t tid, uint64_t a) {
    uint64_t k = fmix64(hmix(tid * 0x2545f4914f6cdd1dULL + 1, a));
    return k ? k : 1;
}
[[gnu::always_inline]] inline uint64_t feat(uint32_t tid, uint64_t a, uint64_t b) {
    uint64_t k = fmix64(hmix(hmix(tid * 0x2545f4914f6cdd1dULL + 1, a), b));
    return k ? k : 1;
}
[[gnu::always_inline]] inline uint64_t feat(uint32_t tid, uint64_t a, uint64_t b, uint64_t c) {
    uint64_t k = fmix64(hmix(hmix(hmix(tid * 0x2545f4914f6cdd1dULL + 1, a), b), c));
    return k ? k : 1;
}

// ---- binary serialization ------------------------------------------------------------------

// Little-endian writer into a byte string (the model is built in memory, then written atomically).
class ByteWriter {
public:
    void u8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
    void u16(uint16_t v) { raw(&v, 2); }
    void u32(uint32_t v) { raw(&v, 4); }
    void u64(uint64_t v) { raw(&v, 8); }
    void f32(float v) { raw(&v, 4); }
    void str(std::string_view s) {
        u32(static_cast<uint32_t>(s.size()));
        out_.append(s.data(), s.size());
    }
    void raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
    std::string& data() { return out_; }

private:
    std::string out_;
};

// Bounds-checked reader; running past the end throws InputError "truncated at byte B".
class ByteReader {
public:
    ByteReader(std::string_view data, std::string path, std::size_t base = 0)
        : data_(data), path_(std::move(path)), base_(base) {}
    uint8_t u8() { uint8_t v; raw(&v, 1); return v; }
    uint16_t u16() { uint16_t v; raw(&v, 2); return v; }
    uint32_t u32() { uint32_t v; raw(&v, 4); return v; }
    uint64_t u64() { uint64_t v; raw(&v, 8); return v; }
    float f32() { float v; raw(&v, 4); return v; }
    std::string str() {
        uint32_t n = u32();
        need(n);
        std::string s(data_.substr(pos_, n));
        pos_ += n;
        return s;
    }
    // Pointer to the next n bytes (no copy), advancing past them.
    const unsigned char* take(std::size_t n) {
        need(n);
        const unsigned char* p = reinterpret_cast<const unsigned char*>(data_.data() + pos_);
        pos_ += n;
        return p;
    }
    void raw(void* p, std::size_t n) {
        need(n);
        std::memcpy(p, data_.data() + pos_, n);
        pos_ += n;
    }
    // Checks that `count` items of `size` bytes can still be read (guards huge allocations).
    void need_items(uint64_t count, std::size_t size);
    void need(std::size_t n);
    void skip(std::size_t n) {
        need(n);
        pos_ += n;
    }
    std::size_t pos() const { return pos_; }
    bool at_end() const { return pos_ == data_.size(); }
    [[noreturn]] void fail(const std::string& what) const;

private:
    std::string_view data_;
    std::string path_;
    std::size_t base_ = 0;  // offset of data_ within the file, for messages
    std::size_t pos_ = 0;
};

// ---- the shipped (inference) weights -------------------------------------------------------

// Sparse rows of quantized weights: key -> run of (class, weight) entries. Immutable after build.
class WeightTable {
public:
    struct Entry {
        uint16_t cls;
        int16_t w;
    };

    // Adds the scores of every known feature in `feats` to `scores` (size: number of classes).
    // The lookups are cache misses; issuing them all before using any lets them overlap. Long
    // rows (the frequent features, which dominate the work) are stored dense and added with SIMD.
    void score(const uint64_t* feats, std::size_t n, int32_t* scores) const {
        std::size_t end = n;
        score_groups(feats, &end, 1, &scores);
    }
    // The same for `groups` runs of features at once: group g, feats[ends[g - 1], ends[g]) (from
    // 0 for g = 0), is added to outs[g]. One call for several small sums lets their cache misses
    // overlap, where one call each would wait for every miss in turn.
    void score_groups(const uint64_t* feats, const std::size_t* ends, std::size_t groups,
                      int32_t* const* outs) const;

    std::size_t num_features() const { return num_keys_; }
    std::size_t num_entries() const { return num_weights_; }
    uint32_t num_classes() const { return num_classes_; }
    float scale() const { return scale_; }

    void save(ByteWriter& w) const;
    void load(ByteReader& r);

    // Building: rows must be added once per key; call finish() at the end.
    void start(uint32_t num_classes, float scale, std::size_t expected_keys);
    void add_row(uint64_t key, const Entry* entries, uint32_t count);
    bool operator==(const WeightTable& o) const;

    // A copy without entries of magnitude below `min_abs` (quantized units) and without rows
    // left empty; bytes_at() predicts the saved size for a threshold without building it.
    WeightTable pruned(int min_abs) const;
    std::size_t bytes_at(int min_abs) const;

private:
    // 8 bytes: the high half of the key (the low half picks the slot), and the row's offset
    // (24 bits) and length (8 bits). Small slots make loading and probing cheaper. Length 0
    // marks a dense row: the offset is then its index in dense_.
    struct Slot {
        uint32_t fp = 0;
        uint32_t off_len = 0;
        uint32_t off() const { return off_len >> 8; }
        uint32_t len() const { return off_len & 0xff; }
    };
    static uint32_t fingerprint(uint64_t key) {
        uint32_t fp = static_cast<uint32_t>(key >> 32);
        return fp ? fp : 1;
    }
    const Slot* find(uint64_t key) const {
        uint32_t fp = fingerprint(key);
        std::size_t i = key & mask_;
        for (;;) {
            const Slot& s = slots_[i];
            if (s.fp == fp) return &s;
            if (s.fp == 0) return nullptr;
            i = (i + 1) & mask_;
        }
    }
    bool insert_slot(uint64_t key, uint32_t off, uint32_t len);
    // A filter over the keys (a Bloom filter, one 64-bit word a key): a clear bit proves a
    // feature absent without touching its slot. A quarter of the parser's lookups are features
    // it never saw in training; the filter (at most 1 MB) stays in cache where the slots (tens
    // of MB) do not. A key sets two bits of one word: the word from the top bits of a hash of
    // the key, the bits from the hash's low 12 bits.
    uint64_t filter_hash(uint64_t key) const { return key * 0x9E3779B97F4A7C15ull; }
    std::size_t filter_word(uint64_t h) const { return static_cast<std::size_t>(h >> filter_shift_); }
    static uint64_t filter_mask(uint64_t h) { return (uint64_t{1} << (h & 63)) | (uint64_t{1} << ((h >> 6) & 63)); }
    void filter_add(uint64_t key) {
        uint64_t h = filter_hash(key);
        filter_[filter_word(h)] |= filter_mask(h);
    }
    bool maybe_present(uint64_t key) const {
        uint64_t h = filter_hash(key);
        uint64_t m = filter_mask(h);
        return (filter_[filter_word(h)] & m) == m;
    }
    void size_filter(std::size_t keys);
    // Until a table is started every feature may be present (two words of set bits).
    BulkVector<uint64_t> filter_ = BulkVector<uint64_t>(2, ~uint64_t{0});
    unsigned filter_shift_ = 63;
    // Copies rows of at least kDenseMin entries into dense_ and points their slots there.
    void build_dense();
    static constexpr uint32_t kDenseMin = 32;
    std::size_t lay_out_rows();

    // Bulk vectors: loading touches ~30 MB of fresh memory, see bulk_alloc.hpp.
    BulkVector<Slot> slots_ = BulkVector<Slot>(1);
    std::size_t mask_ = 0;
    std::size_t num_keys_ = 0;
    BulkVector<Entry> entries_;  // rows, with gaps between them after load()
    std::size_t num_weights_ = 0;  // entries in rows
    BulkVector<uint64_t> order_;  // keys in insertion order, so saving is deterministic
    BulkVector<uint32_t> row_off_;  // per key (insertion order): first entry
    BulkVector<uint8_t> row_len_;   // and number of entries
    BulkVector<int16_t> dense_;  // dense rows, dense_stride_ weights each (classes, padded)
    std::size_t dense_stride_ = 0;
    uint32_t num_classes_ = 0;
    float scale_ = 1.0f;
};

// ---- training ------------------------------------------------------------------------------

// Averaged perceptron with sparse float rows. Averaging uses the "w - u/c" trick, so an update
// touches only the two classes involved.
class PerceptronTrainer {
public:
    explicit PerceptronTrainer(uint32_t num_classes);

    uint32_t num_classes() const { return num_classes_; }
    void score(const uint64_t* feats, std::size_t n, float* scores) const;
    // Rewards `gold` and penalises `pred` for every feature (no-op when they are equal).
    void update(const uint64_t* feats, std::size_t n, uint32_t gold, uint32_t pred);
    // Advances the example counter used for averaging; call once per training example.
    void tick() { ++clock_; }

    // Quantizes the averaged weights into an inference table, dropping entries whose magnitude
    // is below `prune` (in weight units) and rows left empty.
    WeightTable finalize(float prune) const;
    std::size_t num_features() const { return keys_count_; }

private:
    struct Entry {
        uint32_t cls;
        float w;
        double u;
    };
    int32_t find(uint64_t key) const;
    uint32_t insert(uint64_t key);
    void grow();

    uint32_t num_classes_;
    std::vector<uint64_t> keys_;
    std::vector<uint32_t> rows_idx_;
    std::size_t mask_ = 0;
    std::size_t keys_count_ = 0;
    std::vector<std::vector<Entry>> rows_;
    std::vector<uint64_t> row_keys_;
    double clock_ = 1;
};

// Deterministic shuffle (std::shuffle's algorithm is implementation-defined).
void shuffle_indices(std::vector<uint32_t>& v, uint64_t& state);
uint64_t next_random(uint64_t& state);

}  // namespace claimgraph::extract
