// Fuzz target: the JSON graph reader. Malformed or wrongly typed input must end in InputError. A
// file it accepts must survive a JSON write and read-back exactly, and every writer must take it.
#include "common/error.hpp"
#include "export/json.hpp"
#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace claimgraph;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::quiet_logs();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    graph::KnowledgeGraph kg;
    try {
        kg = io::read_json_text(text, "fuzz.json");
    } catch (const InputError&) {
        return 0;
    }
    fuzz::check_round_trip(kg, io::Format::json);
    return 0;
}
