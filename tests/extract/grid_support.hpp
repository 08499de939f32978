// What the extraction grids (test_construction_grid.cpp, test_noun_grid.cpp,
// test_polarity_grid.cpp) share: one extractor for all cells, a cell's text made into a graph, and
// the comparison of the failing cells with the list of known failures.
#pragma once

#include <cctype>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extract/pipeline.hpp"
#include "graph/knowledge_graph.hpp"

namespace grid {

inline const claimgraph::extract::Extractor& extractor() {
    static const auto instance =
        std::make_unique<claimgraph::extract::Extractor>(claimgraph::extract::ExtractorOptions{});
    return *instance;
}

// One cell's text as its own document, in a graph of its own.
inline claimgraph::graph::KnowledgeGraph graph_of(const std::string& text) {
    claimgraph::graph::KnowledgeGraph kg;
    auto doc = extractor().process("grid", text);
    extractor().add_to_graph(doc, kg);
    kg.canonicalize();
    return kg;
}

inline std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The cells that fail but are not on the known list, and those on the list that pass.
struct Drift {
    std::vector<std::string> newly_failing, mended;
};

inline Drift drift(const std::set<std::string>& failing, const std::set<std::string>& known) {
    Drift d;
    for (const auto& f : failing) {
        if (!known.count(f)) d.newly_failing.push_back(f);
    }
    for (const auto& f : known) {
        if (!failing.count(f)) d.mended.push_back(f);
    }
    return d;
}

}  // namespace grid
