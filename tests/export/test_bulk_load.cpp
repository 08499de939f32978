// Large inputs take the bulk path of the readers (export/bulk_load.hpp): huge pages for the heap
// and pages of a memory-mapped file dropped behind the parse position. The graph read must be the
// same as from a string in memory, and errors must still point at the right line.
#include "common/error.hpp"
#include "common/huge_page_heap.hpp"
#include "export/bulk_load.hpp"
#include "export/claim_pipeline.hpp"
#include "export/format.hpp"
#include "export/graphml.hpp"
#include "export/json.hpp"

#include <catch2/catch.hpp>

#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>

using namespace claimgraph;

namespace {

// A canonical graph whose JSON is over BulkLoad::kMinBytes: 5k actors, 12k claims with a
// 1,500-byte sentence each (long sentences keep the test quick).
const graph::KnowledgeGraph& big_graph() {
    static const graph::KnowledgeGraph kg = [] {
        graph::KnowledgeGraph g;
        const int n = 5000;
        std::vector<graph::Vertex> v;
        for (int i = 0; i < n; ++i) {
            v.push_back(g.add_actor("", "Actor \"" + std::to_string(i) + "\" <&>", "concept"));
        }
        const char* relations[] = {"funds", "supports", "cooperates-with"};
        for (int k = 0; k < 12000; ++k) {
            int s = int(k * 7919LL % n), t = int((k * 104729LL + 1) % n);
            if (s == t) t = (t + 1) % n;
            std::string text = "Sentence " + std::to_string(k) + " " + std::string(1500, 'x') + ".";
            g.add_claim(v[s], v[t], relations[k % 3], k % 11 == 0, "asserted", 0.5 + (k % 5) / 10.0,
                        graph::Evidence{"doc" + std::to_string(k % 97), uint32_t(k % 50),
                                        uint64_t(k), uint64_t(k + text.size()), text});
        }
        g.canonicalize();
        return g;
    }();
    return kg;
}

std::string written(const graph::KnowledgeGraph& kg, io::Format f) {
    std::ostringstream out;
    io::write_graph(kg, out, f);
    return out.str();
}

struct TempFile {
    std::string path;
    explicit TempFile(const std::string& name, const std::string& text) {
        char tmpl[] = "/tmp/claimgraph-bulk-XXXXXX";
        REQUIRE(mkdtemp(tmpl) != nullptr);
        path = std::string(tmpl) + "/" + name;
        std::ofstream(path, std::ios::binary) << text;
    }
    ~TempFile() {
        std::remove(path.c_str());
        rmdir(path.substr(0, path.rfind('/')).c_str());
    }
};

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("a large memory-mapped graph reads back exactly, JSON and GraphML",
          "[export][bulk]") {
    const auto& kg = big_graph();
    for (io::Format f : {io::Format::json, io::Format::graphml}) {
        const std::string text = written(kg, f);
        REQUIRE(text.size() > io::detail::BulkLoad::kMinBytes);
        TempFile file(f == io::Format::json ? "g.json" : "g.graphml", text);
        auto from_file = io::read_graph(file.path);
        CHECK(from_file.claim_count() == kg.claim_count());
        CHECK(written(from_file, f) == text);
    }
}

TEST_CASE("an error at the end of a large mapped file names the same line as from memory",
          "[export][bulk]") {
    const auto& kg = big_graph();
    std::string json = written(kg, io::Format::json);
    std::size_t last = json.rfind("\"weight\":");
    REQUIRE(last != std::string::npos);
    json.replace(last, 9, "\"weight\":\"heavy\",\"w\":");
    TempFile file("bad.json", json);
    std::string from_memory = error_of([&] { io::read_graph_text(json, file.path, io::Format::json); });
    std::string from_file = error_of([&] { io::read_graph(file.path); });
    CHECK(from_memory.find("'weight' must be a non-negative integer") != std::string::npos);
    CHECK(from_file == from_memory);
    // The line is the last edge's: one line per node and edge, and four lines of framing.
    INFO(from_file);
    CHECK(from_file.find(":" + std::to_string(4 + kg.actor_count() + kg.claim_count()) + ":") !=
          std::string::npos);
}

namespace {

// What reading `text` gives with the claim pipeline on or off: the graph written as JSON, or
// the error message.
std::string read_outcome(const std::string& text, io::Format f, bool parallel) {
    io::detail::set_parallel_reading(parallel);
    std::string out;
    try {
        out = written(io::read_graph_text(text, "g", f), io::Format::json);
    } catch (const InputError& e) {
        out = std::string("error: ") + e.what();
    }
    io::detail::set_parallel_reading(true);
    return out;
}

}  // namespace

TEST_CASE("a large graph reads the same with claims added on a second thread as without",
          "[export][bulk]") {
    const auto& kg = big_graph();
    const std::string json = written(kg, io::Format::json);
    const std::string graphml = written(kg, io::Format::graphml);
    REQUIRE(json.size() > io::detail::BulkLoad::kMinBytes);

    SECTION("as written") {
        const std::string expected = read_outcome(json, io::Format::json, false);
        CHECK(expected == json);
        CHECK(read_outcome(json, io::Format::json, true) == expected);
        CHECK(read_outcome(graphml, io::Format::graphml, true) ==
              read_outcome(graphml, io::Format::graphml, false));
    }
    SECTION("a GraphML node after the edges that use it: those claims wait for it, in order") {
        std::string moved = graphml;
        const std::size_t a = moved.find("<node ");
        const std::size_t line_end = moved.find('\n', a);
        const std::string node = moved.substr(a, line_end + 1 - a);
        moved.erase(a, line_end + 1 - a);
        const std::size_t graph_end = moved.rfind("  </graph>");
        REQUIRE(graph_end != std::string::npos);
        moved.insert(graph_end, "    " + node.substr(0, node.size()));
        const std::string expected = read_outcome(moved, io::Format::graphml, false);
        REQUIRE(expected.rfind("error", 0) != 0);
        CHECK(read_outcome(moved, io::Format::graphml, true) == expected);
    }
    SECTION("an edge to no node in the middle: the same message") {
        std::string bad = json;
        const std::size_t at = bad.find("\"target\":\"", bad.size() / 2);
        REQUIRE(at != std::string::npos);
        bad.insert(at + 10, "nowhere-");
        const std::string expected = read_outcome(bad, io::Format::json, false);
        CHECK(expected.find("is not the id of any node") != std::string::npos);
        CHECK(read_outcome(bad, io::Format::json, true) == expected);

        std::string bad_xml = graphml;
        const std::size_t x = bad_xml.find(" target=\"", bad_xml.size() / 2);
        REQUIRE(x != std::string::npos);
        bad_xml.insert(x + 9, "nowhere-");
        const std::string expected_xml = read_outcome(bad_xml, io::Format::graphml, false);
        CHECK(expected_xml.find("is not the id of any node") != std::string::npos);
        CHECK(read_outcome(bad_xml, io::Format::graphml, true) == expected_xml);
    }
    SECTION("a node id repeated after the edges began: the same message") {
        std::string dup = graphml;
        const std::size_t a = dup.find("<node ");
        const std::string node = dup.substr(a, dup.find('\n', a) + 1 - a);
        dup.insert(dup.rfind("  </graph>"), "    " + node);
        const std::string expected = read_outcome(dup, io::Format::graphml, false);
        CHECK(expected.find("duplicate node id") != std::string::npos);
        CHECK(read_outcome(dup, io::Format::graphml, true) == expected);
    }
}

TEST_CASE("HugePageHeap advises the heap it grows as huge pages", "[common][bulk]") {
    std::ifstream thp("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string mode;
    std::getline(thp, mode);
    if (mode.empty() || mode.find("[never]") != std::string::npos) {
        WARN("no transparent huge pages in this kernel; nothing to check");
        return;
    }
    std::vector<std::unique_ptr<char[]>> blocks;
    const char* before = static_cast<const char*>(sbrk(0));
    {
        HugePageHeap heap;
        // More than the heap has free, so that it must grow by 32 MB at least.
        const std::size_t count = (mallinfo2().fordblks + (std::size_t{32} << 20)) / 200;
        blocks.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            blocks.emplace_back(new char[200]);
            blocks.back()[0] = 1;
            heap.advise();
        }
    }
    const char* after = static_cast<const char*>(sbrk(0));
    if (after < before + (32 << 20)) {
        WARN("malloc did not grow the brk heap (a sanitizer's allocator?); nothing to check");
        return;
    }
    // The mapping holding the last block must carry the "hg" (MADV_HUGEPAGE) flag.
    const auto addr = reinterpret_cast<std::uintptr_t>(blocks.back().get());
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inside = false, flagged = false, found = false;
    while (std::getline(smaps, line)) {
        unsigned long lo = 0, hi = 0;
        if (std::sscanf(line.c_str(), "%lx-%lx", &lo, &hi) == 2) {  // a mapping's first line
            inside = lo <= addr && addr < hi;
        } else if (inside && line.rfind("VmFlags:", 0) == 0) {
            found = true;
            flagged = line.find(" hg") != std::string::npos;
            break;
        }
    }
    REQUIRE(found);
    CHECK(flagged);
    // The thread that populates new heap ahead of malloc changed no byte.
    std::size_t intact = 0;
    for (const auto& b : blocks) intact += b[0] == 1;
    CHECK(intact == blocks.size());
}

TEST_CASE("use_huge_pages takes any block, aligned or not, and changes none of it",
          "[common][bulk]") {
    std::vector<char> small(100, 'a');
    use_huge_pages(small.data(), small.size());  // under one huge page: nothing to do
    use_huge_pages(nullptr, 0);
    std::vector<uint32_t> big((std::size_t{8} << 20) / sizeof(uint32_t));
    for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<uint32_t>(i * 2654435761u);
    use_huge_pages(big.data() + 1, (big.size() - 1) * sizeof(uint32_t));
    std::size_t same = 0;
    for (std::size_t i = 0; i < big.size(); ++i) same += big[i] == static_cast<uint32_t>(i * 2654435761u);
    CHECK(same == big.size());
    CHECK(small[99] == 'a');
}

TEST_CASE("after HugePageHeap, a query's large blocks come from the heap, which is not trimmed",
          "[common][bulk]") {
    // Its M_TOP_PAD switches off glibc's dynamic mmap/trim thresholds for good; left at 128 KB,
    // every block of 128 KB or more would be a fresh mmap, faulted in page by page on each use,
    // and every free next to the top of the heap would hand pages back to the kernel.
    { HugePageHeap heap; }
    const std::size_t mapped = mallinfo2().hblks;  // blocks glibc has mmapped on their own
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<char[]> block(new char[1 << 20]);  // a 1M-actor distance array
        std::memset(block.get(), i + 1, 1 << 20);
        CHECK(mallinfo2().hblks == mapped);
        CHECK(block[(1 << 20) - 1] == i + 1);
    }
    std::unique_ptr<char[]> block(new char[256 << 10]);
    std::memset(block.get(), 1, 256 << 10);
    const void* end = sbrk(0);
    block.reset();
    CHECK(sbrk(0) == end);
}
