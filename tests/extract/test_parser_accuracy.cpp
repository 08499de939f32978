// Accuracy of the shipped model on a slice of UD English EWT dev. Needs ../shared (the treebank
// is not part of the project): without it the test warns and passes.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "extract/conllu.hpp"
#include "extract/model.hpp"
#include "extract/train.hpp"

using namespace claimgraph::extract;

TEST_CASE("shipped model scores well on the first 200 sentences of EWT dev",
          "[extract][parser][shared]") {
    const char* env = std::getenv("CLAIMGRAPH_SHARED");
    std::filesystem::path shared =
        env && *env ? std::filesystem::path(env)
                    : std::filesystem::path(CLAIMGRAPH_SOURCE_DATA_DIR).parent_path().parent_path() /
                          "shared";
    auto dev = shared / "data" / "ud-english-ewt" / "en_ewt-ud-dev.conllu";
    if (!std::filesystem::exists(dev)) {
        WARN("skipped: " << dev.string() << " not found (set CLAIMGRAPH_SHARED)");
        return;
    }
    auto gold = read_conllu(dev.string());
    gold.resize(200);
    auto model = load_model(std::string(CLAIMGRAPH_SOURCE_DATA_DIR) + "/en.model");
    Evaluation e = evaluate(gold, annotate(*model, gold));
    INFO("UPOS " << e.upos << " XPOS " << e.xpos << " lemma " << e.lemma << " UAS " << e.uas
                 << " LAS " << e.las);
    CHECK(e.words > 2000);
    CHECK(e.upos >= 90.0);
    CHECK(e.xpos >= 89.0);
    CHECK(e.lemma >= 93.0);
    CHECK(e.uas >= 78.0);
    CHECK(e.las >= 72.0);
}
