// The test articles (tests/data/articles/*.txt), each run through the standard pipeline, for
// tests that need many real sentences with their tokens and tags.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "extract/pipeline.hpp"

inline std::vector<claimgraph::extract::Document> article_documents() {
    claimgraph::extract::Extractor extractor{claimgraph::extract::ExtractorOptions{}};
    std::vector<claimgraph::extract::Document> docs;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::string(CLAIMGRAPH_TEST_DATA_DIR) + "/articles")) {
        if (entry.path().extension() != ".txt") continue;
        std::ifstream in(entry.path());
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        docs.push_back(extractor.process(entry.path().filename().string(), text));
    }
    return docs;
}
