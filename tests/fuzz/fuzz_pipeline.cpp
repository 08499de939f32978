// Fuzz target: the whole text pipeline, bytes -> checked text -> tokens, sentences, tags, lemmas,
// parse, claims -> graph, with the shipped model and ontology. Bad text must end in InputError;
// anything else (a crash, an uncaught exception, a graph that its own JSON writer and reader
// cannot round-trip) is a finding.
#include "common/error.hpp"
#include "export/json.hpp"
#include "extract/pipeline.hpp"
#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

using namespace claimgraph;

namespace {

const extract::Extractor& extractor() {
    static const auto* ex = new extract::Extractor(extract::ExtractorOptions{});
    return *ex;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::quiet_logs();
    extractor();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    try {
        extract::check_text(text, "fuzz.txt", extract::ExtractorOptions{}.max_document_bytes);
    } catch (const InputError&) {
        return 0;
    }
    if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return 0;
    const auto& ex = extractor();
    extract::Document doc = ex.process("fuzz.txt", std::move(text));
    graph::KnowledgeGraph kg;
    ex.add_to_graph(doc, kg);
    kg.canonicalize();
    std::ostringstream out;
    io::write_json(kg, out);
    try {
        auto back = io::read_json_text(out.str(), "written.json");
        fuzz::check(back.actor_count() == kg.actor_count() && back.claim_count() == kg.claim_count(),
                    "the JSON round trip changed the actor or claim count");
    } catch (const Error& e) {
        fuzz::finding(std::string("claimgraph cannot read back its own JSON: ") + e.what());
    }
    return 0;
}
