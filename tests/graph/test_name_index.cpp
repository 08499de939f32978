#include "graph/name_index.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using claimgraph::graph::NameIndex;

namespace {

std::vector<uint32_t> sorted(std::vector<uint32_t> v) {
    std::sort(v.begin(), v.end());
    return v;
}

}  // namespace

TEST_CASE("the name index maps a name to every vertex indexed under it, once each",
          "[graph][name-index]") {
    NameIndex idx;
    CHECK(idx.find_first("x") == NameIndex::kNone);
    CHECK(idx.find_all("x").empty());
    CHECK(idx.insert("China", 3));
    CHECK(idx.insert("China", 7));
    CHECK_FALSE(idx.insert("China", 3));  // the pair is there already
    CHECK(idx.insert("", 1));             // the empty name is a name
    CHECK(idx.size() == 3);
    CHECK(sorted(idx.find_all("China")) == std::vector<uint32_t>{3, 7});
    CHECK(idx.find_all("china").empty());
    CHECK(idx.find_all("Chin").empty());
    CHECK(idx.find_first("") == 1);
}

TEST_CASE("a unique name index keeps the first vertex of a name", "[graph][name-index]") {
    NameIndex idx;
    CHECK(idx.insert("key", 5, true));
    CHECK_FALSE(idx.insert("key", 6, true));
    CHECK(idx.find_first("key") == 5);
    CHECK(idx.find_all("key") == std::vector<uint32_t>{5});
}

TEST_CASE("the name index finds every name after growing many times", "[graph][name-index]") {
    NameIndex idx;
    const uint32_t n = 50000;
    for (uint32_t i = 0; i < n; ++i) REQUIRE(idx.insert("name " + std::to_string(i), i));
    // Names sharing a vertex and vertices sharing a name, across growth.
    for (uint32_t i = 0; i < n; i += 1000) REQUIRE(idx.insert("name " + std::to_string(i), i + 1));
    CHECK(idx.size() == n + n / 1000);
    for (uint32_t i = 0; i < n; ++i) {
        std::vector<uint32_t> want{i};
        if (i % 1000 == 0) want.push_back(i + 1);
        REQUIRE(sorted(idx.find_all("name " + std::to_string(i))) == want);
    }
    CHECK(idx.find_first("name " + std::to_string(n)) == NameIndex::kNone);
    idx.clear();
    CHECK(idx.size() == 0);
    CHECK(idx.find_first("name 1") == NameIndex::kNone);
    CHECK(idx.insert("name 1", 9));
    CHECK(idx.find_first("name 1") == 9);
}

TEST_CASE("names longer than the packed length field are kept whole", "[graph][name-index]") {
    NameIndex idx;
    std::string big(std::size_t{1} << 24, 'a');  // one more than the 24-bit length allows
    std::string other = big;
    other.back() = 'b';
    CHECK(idx.insert(big, 1));
    CHECK(idx.insert("short", 2));
    CHECK(idx.insert(other, 3));
    CHECK(idx.find_first(big) == 1);
    CHECK(idx.find_first(other) == 3);
    CHECK(idx.find_first("short") == 2);
    CHECK(idx.find_first(std::string_view(big).substr(1)) == NameIndex::kNone);
}
