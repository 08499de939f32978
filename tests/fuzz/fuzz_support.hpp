// Helpers shared by the fuzz targets (tests/fuzz/fuzz_<name>.cpp): a silent logger, a check that
// aborts with a message, so that libFuzzer (or replay_main) records the input as a finding, and
// the write/read-back check of the graph readers.
#pragma once

#include "common/error.hpp"
#include "export/format.hpp"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

namespace claimgraph::fuzz {

// Warnings about odd input are expected by the thousand; keep the fuzzer's output readable.
inline void quiet_logs() { spdlog::set_level(spdlog::level::off); }

[[noreturn]] inline void finding(const std::string& what) {
    std::fprintf(stderr, "fuzz finding: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

inline void check(bool ok, const std::string& what) {
    if (!ok) finding(what);
}

// A graph a reader accepted must go through every writer, and `format`'s writer and reader must
// give it back unchanged (compared through the JSON writer, which loses nothing).
inline void check_round_trip(const graph::KnowledgeGraph& kg, io::Format format) {
    std::string written[3];
    const io::Format all[3] = {io::Format::json, io::Format::graphml, io::Format::dot};
    for (int i = 0; i < 3; ++i) {
        std::ostringstream out;
        io::write_graph(kg, out, all[i]);
        written[i] = out.str();
    }
    const std::string& text = written[format == io::Format::json ? 0 : 1];
    graph::KnowledgeGraph back;
    try {
        back = io::read_graph_text(text, "written", format);
    } catch (const Error& e) {
        finding(std::string("claimgraph cannot read back what it wrote: ") + e.what());
    }
    std::ostringstream json_back;
    io::write_graph(back, json_back, io::Format::json);
    check(json_back.str() == written[0], "a write and read-back changed the graph");
}

}  // namespace claimgraph::fuzz
