#include "common/error.hpp"
#include "common/file_io.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace claimgraph;

namespace {

std::string temp_file(const std::string& content) {
    auto path = (std::filesystem::temp_directory_path() /
                 ("claimgraph-test-read-" + std::to_string(::getpid()) + ".txt"))
                    .string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

}  // namespace

TEST_CASE("read_file with a limit stops one byte past it", "[common][file_io]") {
    const std::string content(100000, 'x');
    const auto path = temp_file(content);
    CHECK(read_file(path, 10).size() == 11);
    CHECK(read_file(path, 99999).size() == 100000);
    CHECK(read_file(path, 100000) == content);
    CHECK(read_file(path, 1u << 30) == content);
    CHECK(read_file(path) == content);
    std::remove(path.c_str());
}

TEST_CASE("read_file names the path of a missing file or a directory", "[common][file_io]") {
    CHECK_THROWS_WITH(read_file("/nonexistent/claimgraph.txt", 10),
                      Catch::Contains("/nonexistent/claimgraph.txt: cannot open") &&
                          Catch::Contains("(check the path)"));
    CHECK_THROWS_AS(read_file(std::filesystem::temp_directory_path().string()), IoError);
}
