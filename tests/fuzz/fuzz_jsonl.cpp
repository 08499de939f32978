// Fuzz target: one JSON Lines record (extract/jsonl_input). A bad line must end in InputError
// naming its source and line; an accepted one has a non-empty id, and its fields are what a
// second parse of the same line gives (the reader keeps no state between lines).
#include "common/error.hpp"
#include "extract/jsonl_input.hpp"
#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace claimgraph;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::quiet_logs();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    std::string_view line(reinterpret_cast<const char*>(data), size);
    extract::InputDocument a, b;
    bool got = false;
    try {
        got = extract::parse_jsonl_line(line, "fuzz.jsonl", 7, a);
    } catch (const InputError& e) {
        if (std::string_view(e.what()).rfind("fuzz.jsonl:7:", 0) != 0) std::abort();
        return 0;
    }
    if (!got) return 0;
    if (a.id.empty()) std::abort();
    if (!extract::parse_jsonl_line(line, "fuzz.jsonl", 7, b)) std::abort();
    if (a.id != b.id || a.text != b.text || a.url != b.url || a.date != b.date) std::abort();
    return 0;
}
