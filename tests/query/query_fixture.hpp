// A small graph with known answers, shared by the query tests.
//
//   Tsinghua University -located-in-> China <-located-in- Peking University ("PKU")
//   Tsinghua University -cooperates-with- Oxford University -located-in-> United Kingdom
//   Ministry of Education -funds-> Tsinghua University
//   Ministry of Education -funds (negated)-> Peking University
//   UNESCO -supports-> Peking University
//   two actors labelled "Fudan" (a university and a company): an ambiguous name
#pragma once

#include "graph/knowledge_graph.hpp"

namespace claimgraph::query::test {

inline graph::KnowledgeGraph small_graph() {
    using graph::Evidence;
    graph::KnowledgeGraph kg;
    kg.name = "small";
    auto china = kg.add_actor("china", "China", "country");
    auto tsinghua = kg.add_actor("tsinghua university", "Tsinghua University", "university");
    auto pku = kg.add_actor("peking university", "Peking University", "university");
    kg.add_alias(pku, "PKU");
    auto moe = kg.add_actor("ministry of education", "Ministry of Education", "government");
    auto unesco = kg.add_actor("unesco", "UNESCO", "organization");
    auto oxford = kg.add_actor("oxford university", "Oxford University", "university");
    auto uk = kg.add_actor("united kingdom", "United Kingdom", "country");
    kg.add_actor("fudan", "Fudan", "university");
    kg.add_actor("fudan company", "Fudan", "company");
    auto ev = [](uint32_t sentence, std::string text) {
        return Evidence{"a.txt", sentence, sentence * 100, sentence * 100 + 50, std::move(text)};
    };
    kg.add_claim(tsinghua, china, "located-in", false, "asserted", 0.9,
                 ev(1, "Tsinghua University in China\tis \"big\", old\\new."));
    kg.add_claim(pku, china, "located-in", false, "asserted", 0.9,
                 ev(2, "Peking University, China."));
    // Stored with the smaller key first: oxford -> tsinghua.
    kg.add_claim(tsinghua, oxford, "cooperates-with", false, "asserted", 0.8,
                 ev(3, "Tsinghua cooperates with Oxford.\nA second line."));
    kg.add_claim(moe, tsinghua, "funds", false, "asserted", 0.7,
                 ev(4, "The ministry funds Tsinghua."));
    kg.add_claim(moe, pku, "funds", true, "asserted", 0.7, ev(5, "It does not fund PKU."));
    kg.add_claim(oxford, uk, "located-in", false, "asserted", 0.9, ev(6, "Oxford, UK."));
    kg.add_claim(unesco, pku, "supports", false, "asserted", 0.6, ev(7, "UNESCO supports PKU."));
    kg.canonicalize();
    return kg;
}

}  // namespace claimgraph::query::test
