#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstring>
#include <filesystem>

#include "common/error.hpp"
#include "extract/conllu.hpp"
#include "extract/key_index.hpp"
#include "extract/model.hpp"
#include "extract/perceptron.hpp"
#include "extract/train.hpp"

using namespace claimgraph;
using namespace claimgraph::extract;

namespace {

// A tiny treebank of our own, enough to train every part of a model in milliseconds.
const char* kTreebank =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tcommittee\tcommittee\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tapproved\tapprove\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tbudgets\tbudget\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\truns\trun\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tquickly\tquickly\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
    "\n"
    "1\tPlans\tplan\tNOUN\tNNS\t_\t2\tnsubj:pass\t_\t_\n"
    "2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\tmade\tmake\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "\n";

Model tiny_model() {
    auto sents = parse_conllu(kTreebank, "tiny");
    Model m;
    m.info = "tiny test model";
    TaggerTrainOptions to;
    to.epochs = 3;
    to.log = false;
    m.tagger = train_tagger(sents, {}, to);
    m.lemmatizer = train_lemmatizer(sents);
    TagPairs tags(sents.size());
    for (std::size_t s = 0; s < sents.size(); ++s) {
        for (const auto& w : sents[s].words) tags[s].emplace_back(w.upos, w.xpos);
    }
    ParserTrainOptions po;
    po.epochs = 3;
    po.log = false;
    m.parser = train_parser(sents, tags, {}, {}, po);
    return m;
}

const std::string& tiny_bytes() {
    static const std::string bytes = serialize_model(tiny_model());
    return bytes;
}

}  // namespace

TEST_CASE("model survives a save/load round trip with identical predictions",
          "[extract][model]") {
    Model m = tiny_model();
    std::string bytes = serialize_model(m);
    auto loaded = parse_model(bytes, "tiny.model");
    CHECK(*loaded == m);
    CHECK(serialize_model(*loaded) == bytes);
    auto sents = parse_conllu(kTreebank, "tiny");
    std::ostringstream a, b;
    write_conllu(a, annotate(m, sents));
    write_conllu(b, annotate(*loaded, sents));
    CHECK(a.str() == b.str());
}

TEST_CASE("model training is deterministic", "[extract][model]") {
    CHECK(serialize_model(tiny_model()) == tiny_bytes());
}

TEST_CASE("model loading rejects foreign, old, truncated and damaged files",
          "[extract][model]") {
    const std::string& good = tiny_bytes();
    CHECK_THROWS_WITH(parse_model("hello world, not a model", "x.model"),
                      "x.model is not a claimgraph model (bad magic number); retrain with "
                      "`claimgraph train` or reinstall");
    CHECK_THROWS_WITH(parse_model("", "empty.model"),
                      "empty.model is not a claimgraph model (bad magic number); retrain with "
                      "`claimgraph train` or reinstall");
    std::string old = good;
    old[8] = 7;  // version field
    CHECK_THROWS_WITH(parse_model(old, "old.model"),
                      "old.model: model format version 7, expected " +
                          std::to_string(kModelFormatVersion) +
                          "; retrain with `claimgraph train` or reinstall");
    std::string cut = good.substr(0, 100);
    CHECK_THROWS_WITH(parse_model(cut, "cut.model"),
                      "cut.model: model file truncated at byte 100 (expected " +
                          std::to_string(good.size()) +
                          " bytes); retrain with `claimgraph train` or reinstall");
    std::string header_only = good.substr(0, 10);
    CHECK_THROWS_AS(parse_model(header_only, "h.model"), InputError);
    std::string damaged = good;
    damaged[damaged.size() / 2] ^= 0x40;
    CHECK_THROWS_WITH(parse_model(damaged, "bad.model"),
                      "bad.model: model checksum mismatch (the file is damaged); retrain with "
                      "`claimgraph train` or reinstall");
    CHECK_THROWS_WITH(parse_model(good + "x", "long.model"),
                      "long.model: model file has 1 unexpected bytes after its end; retrain "
                      "with `claimgraph train` or reinstall");
    CHECK_THROWS_AS(load_model("/nonexistent/dir/en.model"), IoError);
}

TEST_CASE("evaluate scores words, heads and labels", "[extract][model]") {
    auto gold = parse_conllu(kTreebank, "tiny");
    auto pred = gold;
    pred[0].words[0].upos = "X";
    pred[0].words[1].head = 0;
    pred[0].words[2].deprel = "dep";
    Evaluation e = evaluate(gold, pred);
    CHECK(e.words == 12);
    CHECK(e.upos == Approx(100.0 * 11 / 12));
    CHECK(e.uas == Approx(100.0 * 11 / 12));
    CHECK(e.las == Approx(100.0 * 10 / 12));
    pred.pop_back();
    CHECK_THROWS_AS(evaluate(gold, pred), InputError);
}

TEST_CASE("model file round trip through load_model gives the same model", "[extract][model]") {
    namespace fs = std::filesystem;
    fs::path path = fs::temp_directory_path() /
                    ("claimgraph-model-" + std::to_string(::getpid()) + ".model");
    Model m = tiny_model();
    save_model(m, path.string());
    auto loaded = load_model(path.string());
    fs::remove(path);
    CHECK(*loaded == m);
    CHECK(serialize_model(*loaded) == tiny_bytes());
}

TEST_CASE("weight tables beyond the bulk allocation size survive a save/load round trip",
          "[extract][model]") {
    // 700k rows: keys, slots and entries all take the mapped (huge page) allocation path.
    constexpr uint32_t kClasses = 5;
    constexpr std::size_t kKeys = 700000;
    WeightTable t;
    t.start(kClasses, 0.5f, kKeys);
    uint64_t state = 7;
    std::vector<uint64_t> keys;
    for (std::size_t k = 0; k < kKeys; ++k) {
        uint64_t key = next_random(state) | 1;
        WeightTable::Entry e[2] = {
            {static_cast<uint16_t>(k % kClasses), static_cast<int16_t>(k % 301 - 150)},
            {static_cast<uint16_t>((k + 1) % kClasses), -3}};
        t.add_row(key, e, 1 + k % 2);
        keys.push_back(key);
    }
    ByteWriter w;
    t.save(w);
    ByteReader r(w.data(), "big.model");
    WeightTable u;
    u.load(r);
    CHECK(r.at_end());
    CHECK(u == t);
    CHECK(u.num_features() == t.num_features());
    std::vector<int32_t> a(kClasses, 0), b(kClasses, 0);
    keys.push_back(12345);  // unknown key
    t.score(keys.data(), keys.size(), a.data());
    u.score(keys.data(), keys.size(), b.data());
    CHECK(a == b);
    ByteWriter w2;
    u.save(w2);
    CHECK(w2.data() == w.data());
}

TEST_CASE("long weight rows are scored densely after loading, with the same sums",
          "[extract][model]") {
    // Rows of 40 classes (dense after load: the threshold is kDenseMin, 32), of 20 and of 3
    // (sparse); the scores are exact integer sums either way.
    constexpr uint32_t kClasses = 41;
    WeightTable t;
    t.start(kClasses, 1.0f, 3);
    std::vector<WeightTable::Entry> wide, mid, narrow;
    for (uint16_t c = 0; c < 40; ++c) wide.push_back({c, static_cast<int16_t>(c * 100 - 2000)});
    for (uint16_t c = 0; c < 20; ++c) mid.push_back({static_cast<uint16_t>(2 * c + 1), 7});
    narrow = {{0, 32767}, {40, -32768}, {5, 1}};
    t.add_row(101, wide.data(), 40);
    t.add_row(202, mid.data(), 20);
    t.add_row(303, narrow.data(), 3);
    ByteWriter w;
    t.save(w);
    ByteReader r(w.data(), "dense.model");
    WeightTable u;
    u.load(r);
    uint64_t feats[] = {101, 202, 303, 404, 101};  // 404 unknown; 101 counts twice
    std::vector<int32_t> expect(kClasses, 0);
    for (uint16_t c = 0; c < 40; ++c) expect[c] += 2 * (c * 100 - 2000);
    for (uint16_t c = 0; c < 20; ++c) expect[2 * c + 1] += 7;
    expect[0] += 32767;
    expect[40] += -32768;
    expect[5] += 1;
    std::vector<int32_t> a(kClasses, 0), b(kClasses, 0);
    t.score(feats, 5, a.data());
    u.score(feats, 5, b.data());
    CHECK(a == expect);
    CHECK(b == expect);
    // The dense form is built at load only: saving again gives the same bytes.
    ByteWriter w2;
    u.save(w2);
    CHECK(w2.data() == w.data());
}

TEST_CASE("score_groups adds each run of features to its own scores", "[extract][model]") {
    // A loaded table (so 101 is dense: 40 of 41 classes) scores 70 features in four groups: an
    // empty one, one that crosses the 64-feature chunk, and two short ones.
    constexpr uint32_t kClasses = 41;
    WeightTable t;
    t.start(kClasses, 1.0f, 2);
    std::vector<WeightTable::Entry> wide;
    for (uint16_t c = 0; c < 40; ++c) wide.push_back({c, static_cast<int16_t>(c - 20)});
    WeightTable::Entry narrow[] = {{40, 9}, {3, -4}};
    t.add_row(101, wide.data(), 40);
    t.add_row(303, narrow, 2);
    ByteWriter w;
    t.save(w);
    ByteReader r(w.data(), "groups.model");
    WeightTable u;
    u.load(r);
    std::vector<uint64_t> feats;
    for (int i = 0; i < 66; ++i) feats.push_back(i % 3 == 0 ? 101 : i % 3 == 1 ? 303 : 404);
    feats.insert(feats.end(), {303, 101, 404, 101});
    std::size_t ends[] = {0, 66, 68, 70};
    std::vector<int32_t> s0(kClasses, 0), s1(kClasses, 5), s2(kClasses, 0), s3(kClasses, 0);
    int32_t* outs[] = {s0.data(), s1.data(), s2.data(), s3.data()};
    u.score_groups(feats.data(), ends, 4, outs);
    std::vector<int32_t> e1(kClasses, 5), e2(kClasses, 0), e3(kClasses, 0);
    for (uint16_t c = 0; c < 40; ++c) {
        e1[c] += 22 * (c - 20);
        e2[c] += c - 20;
        e3[c] += c - 20;
    }
    e1[40] += 22 * 9;
    e1[3] += 22 * -4;
    e2[40] += 9;
    e2[3] += -4;
    CHECK(s0 == std::vector<int32_t>(kClasses, 0));
    CHECK(s1 == e1);
    CHECK(s2 == e2);
    CHECK(s3 == e3);
}

TEST_CASE("rows of every length keep their weights when load() packs them into cache lines",
          "[extract][model]") {
    // Lengths 1..40 in a repeating order, so that rows are placed in the room left at the end of
    // a line by earlier ones, moved to the next line, or kept aside as dense rows.
    constexpr uint32_t kClasses = 41;
    constexpr std::size_t kRows = 3000;
    WeightTable t;
    t.start(kClasses, 1.0f, kRows);
    std::vector<std::vector<int32_t>> expect;
    for (std::size_t k = 0; k < kRows; ++k) {
        auto len = static_cast<uint16_t>(1 + (k * 7) % 40);
        std::vector<WeightTable::Entry> row;
        std::vector<int32_t> sums(kClasses, 0);
        for (uint16_t j = 0; j < len; ++j) {
            auto cls = static_cast<uint16_t>((j * 3 + k) % kClasses);
            if (sums[cls] != 0) continue;  // one entry per class
            auto w = static_cast<int16_t>(static_cast<int>(k % 2001) - 1000 + j);
            if (w == 0) w = 1;
            row.push_back({cls, w});
            sums[cls] = w;
        }
        t.add_row(1000 + k, row.data(), static_cast<uint32_t>(row.size()));
        expect.push_back(sums);
    }
    ByteWriter w;
    t.save(w);
    ByteReader r(w.data(), "packed.model");
    WeightTable u;
    u.load(r);
    CHECK(u == t);
    CHECK(u.num_entries() == t.num_entries());
    std::size_t wrong = 0;
    for (std::size_t k = 0; k < kRows; ++k) {
        std::vector<int32_t> got(kClasses, 0);
        uint64_t key = 1000 + k;
        u.score(&key, 1, got.data());
        wrong += got != expect[k];
    }
    CHECK(wrong == 0);
    ByteWriter w2;
    u.save(w2);
    CHECK(w2.data() == w.data());
}

TEST_CASE("the key filter never hides a row: tables grown past their size, pruned and empty",
          "[extract][model]") {
    // start() sizes the filter for 2 keys; 5000 rows later it is saturated but must still let
    // every key through, and pruned() and load() rebuild it for their own sizes.
    constexpr uint32_t kClasses = 3;
    constexpr std::size_t kRows = 5000;
    WeightTable t;
    t.start(kClasses, 1.0f, 2);
    uint64_t state = 11;
    std::vector<uint64_t> keys;
    for (std::size_t k = 0; k < kRows; ++k) {
        uint64_t key = next_random(state) | 1;
        WeightTable::Entry e[1] = {{static_cast<uint16_t>(k % kClasses), static_cast<int16_t>(k % 2 ? 5 : 9)}};
        t.add_row(key, e, 1);
        keys.push_back(key);
    }
    ByteWriter w;
    t.save(w);
    ByteReader r(w.data(), "grown.model");
    WeightTable loaded;
    loaded.load(r);
    WeightTable pruned = t.pruned(6);  // keeps the rows of weight 9: the even k
    std::size_t missing = 0;
    for (std::size_t k = 0; k < kRows; ++k) {
        std::vector<int32_t> a(kClasses, 0), b(kClasses, 0), c(kClasses, 0);
        t.score(&keys[k], 1, a.data());
        loaded.score(&keys[k], 1, b.data());
        pruned.score(&keys[k], 1, c.data());
        const int32_t w_k = k % 2 ? 5 : 9;
        missing += a[k % kClasses] != w_k;
        missing += b[k % kClasses] != w_k;
        missing += c[k % kClasses] != (k % 2 ? 0 : 9);
    }
    CHECK(missing == 0);
    // Keys that were never added score nothing; a table never started scores nothing either.
    std::vector<uint64_t> absent;
    for (int k = 0; k < 1000; ++k) absent.push_back(next_random(state) | 1);
    std::vector<int32_t> none(kClasses, 0), zero(kClasses, 0);
    loaded.score(absent.data(), absent.size(), none.data());
    CHECK(none == zero);
    WeightTable empty;
    empty.score(absent.data(), absent.size(), none.data());
    CHECK(none == zero);
}

TEST_CASE("key index finds each key's first position and nothing else", "[extract][model]") {
    KeyIndex empty;
    CHECK(empty.find(7) == -1);
    // Keys that collide in the low bits, a repeated key, and key 0.
    std::vector<uint64_t> keys = {0x100, 0x200, 0x100, 0, 0x300, 0x10000};
    KeyIndex idx;
    idx.build(keys);
    CHECK(idx.find(0x100) == 0);
    CHECK(idx.find(0x200) == 1);
    CHECK(idx.find(0) == 3);
    CHECK(idx.find(0x300) == 4);
    CHECK(idx.find(0x10000) == 5);
    CHECK(idx.find(0x400) == -1);
    CHECK(idx.find(1) == -1);
}
