#include "common/paths.hpp"

#include "common/error.hpp"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <vector>

namespace claimgraph {

namespace {

std::filesystem::path executable_dir() {
    std::error_code ec;
    auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : p.parent_path();
}

}  // namespace

std::string find_data_file(const std::string& name) {
    std::vector<std::filesystem::path> places;
    if (const char* env = std::getenv("CLAIMGRAPH_DATA"); env && *env) places.emplace_back(env);
    auto exe = executable_dir();
    if (!exe.empty()) places.push_back((exe / CLAIMGRAPH_BIN_TO_DATA).lexically_normal());
    places.emplace_back(CLAIMGRAPH_INSTALL_DATA_DIR);
    places.emplace_back(CLAIMGRAPH_SOURCE_DATA_DIR);
    places.emplace_back(CLAIMGRAPH_SOURCE_VENDOR_DIR);
    std::string tried;
    for (const auto& dir : places) {
        std::error_code ec;
        auto candidate = dir / name;
        if (std::filesystem::is_regular_file(candidate, ec)) {
            spdlog::debug("data file {}", candidate.string());
            return candidate.string();
        }
        tried += (tried.empty() ? "" : ", ") + dir.string();
    }
    throw ConfigError("cannot find the data file " + name + " (looked in " + tried +
                      "); set CLAIMGRAPH_DATA to the folder that holds it");
}

}  // namespace claimgraph
