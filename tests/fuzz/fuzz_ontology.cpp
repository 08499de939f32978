// Fuzz target: the ontology loader (Ontology::parse), then a few look-ups in what it loaded. Bad
// files must end in InputError naming the file and a position. The source is named inside a folder
// that does not exist, so relative "head_lexicons" never reach a real file.
#include "common/error.hpp"
#include "extract/ontology.hpp"
#include "fuzz_support.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace claimgraph;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::quiet_logs();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string source = "/nonexistent-claimgraph-fuzz/ontology.json";
    try {
        auto o = extract::Ontology::parse(text, source);
        fuzz::check(o.has_type("concept"), "an ontology without the type 'concept' was accepted");
        for (const auto& t : o.types()) {
            o.type_of_head(t);
            o.type_of_name(t);
            o.relation_for_verb(t);
            o.relation_for_noun(t);
        }
        o.type_of_name("Ministry of Education");
        o.type_of_name("");
        o.relation_for_verb("work with");
    } catch (const InputError& e) {
        fuzz::check(std::string(e.what()).rfind(source, 0) == 0,
                    std::string("an ontology error does not name the file: ") + e.what());
    }
    return 0;
}
