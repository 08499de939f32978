#include "graph/doc_id.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using claimgraph::graph::DocId;

TEST_CASE("DocId interns: equal ids share one string, different ids do not", "[graph][docid]") {
    // Enough ids, in an order that never repeats the last one, to grow the per-thread table
    // several times; some longer than the ids it stores inline (22 bytes).
    std::vector<std::string> names;
    for (int i = 0; i < 5000; ++i) {
        names.push_back(i % 3 == 0 ? "a/rather/long/path/to/document-" + std::to_string(i) + ".txt"
                                   : "doc" + std::to_string(i));
    }
    std::vector<DocId> first;
    for (const auto& n : names) first.emplace_back(n);
    for (int round = 0; round < 2; ++round) {
        for (std::size_t i = 0; i < names.size(); i += 7) {
            const DocId again(names[i]);
            REQUIRE(again == first[i]);
            REQUIRE(&again.str() == &first[i].str());
            REQUIRE(again.str() == names[i]);
        }
    }
    CHECK_FALSE(DocId("doc1") == DocId("doc10"));
    CHECK_FALSE(DocId("doc1") == DocId("doc1 "));
    CHECK(DocId("") == DocId());
}

TEST_CASE("DocId gives the same string to every thread", "[graph][docid]") {
    const DocId here("shared-doc-id-for-threads.txt");
    const std::string* there = nullptr;
    std::thread t([&] {
        // Through the other thread's own table: miss, then hit.
        const DocId a("shared-doc-id-for-threads.txt");
        const DocId b("shared-doc-id-for-threads.txt");
        there = &b.str();
        REQUIRE(&a.str() == there);
    });
    t.join();
    CHECK(there == &here.str());
}
