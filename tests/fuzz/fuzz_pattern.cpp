// Fuzz target: the query pattern parser, and matching what it accepts against a small graph.
// Bad patterns must end in PatternError (a ConfigError) with a position; matching must not crash
// or run away (solutions are capped).
#include "common/error.hpp"
#include "fuzz_support.hpp"
#include "query/engine.hpp"
#include "query/index.hpp"
#include "query/pattern.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace claimgraph;

namespace {

const query::GraphIndex& index() {
    static const graph::KnowledgeGraph* kg = [] {
        auto* g = new graph::KnowledgeGraph;
        auto china = g->add_actor("china", "China", "country");
        auto pku = g->add_actor("peking university", "Peking University", "university");
        g->add_alias(pku, "PKU");
        auto moe = g->add_actor("ministry of education", "Ministry of Education", "government");
        auto oxford = g->add_actor("oxford university", "Oxford University", "university");
        g->add_claim(pku, china, "located-in", false, "asserted", 0.9,
                     graph::Evidence{"a.txt", 1, 0, 10, "PKU, China."});
        g->add_claim(moe, pku, "funds", false, "asserted", 0.7,
                     graph::Evidence{"a.txt", 2, 11, 30, "The ministry funds PKU."});
        g->add_claim(moe, oxford, "funds", true, "asserted", 0.7,
                     graph::Evidence{"a.txt", 3, 31, 50, "It does not fund Oxford."});
        g->add_claim(pku, oxford, "cooperates-with", false, "planned", 0.8,
                     graph::Evidence{"a.txt", 4, 51, 80, "PKU plans to work with Oxford."});
        g->canonicalize();
        return g;
    }();
    static const auto* idx = new query::GraphIndex(*kg);
    return *idx;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::quiet_logs();
    index();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    try {
        query::parse_pattern(text);
    } catch (const query::PatternError& e) {
        fuzz::check(std::string(e.what()).rfind("pattern:", 0) == 0,
                    std::string("a pattern error without a position: ") + e.what());
        return 0;
    }
    query::MatchQuery q;
    q.pattern = text;
    q.max_solutions = 2000;
    q.distinct = size % 2 == 0;
    query::CommonOptions opt;
    opt.limit = 100;
    opt.include_negated = size % 3 == 0;
    try {
        query::run_match(index(), q, opt);
    } catch (const Error&) {
        // An unknown actor, type or relation named in the pattern, for instance.
    }
    return 0;
}
