#include "graph/knowledge_graph.hpp"

#include <catch2/catch.hpp>

using namespace claimgraph::graph;

namespace {

Evidence ev(const std::string& doc, uint32_t sentence, const std::string& text) {
    return Evidence{doc, sentence, sentence * 100u, sentence * 100u + text.size(), text};
}

}  // namespace

TEST_CASE("normalize_key folds case, possessives and punctuation", "[graph]") {
    CHECK(normalize_key("The China government") == "the china government");
    CHECK(normalize_key("China's") == "china");
    CHECK(normalize_key("China\xE2\x80\x99s") == "china");
    CHECK(normalize_key("world-famous  universities") == "world famous universities");
    CHECK(normalize_key("Zürich") == "zürich");
    CHECK(normalize_key("  ") == "");
}

TEST_CASE("an actor added twice under one key is one actor with an alias", "[graph]") {
    KnowledgeGraph kg;
    Vertex a = kg.add_actor("china", "China", "country");
    Vertex b = kg.add_actor("china", "china", "concept");
    CHECK(a == b);
    CHECK(kg.actor_count() == 1);
    CHECK(kg.actor(a).label == "China");
    CHECK(kg.actor(a).type == "country");
    CHECK(kg.actor(a).mentions == 2);
    CHECK(kg.actor(a).aliases == std::vector<std::string>{"china"});
}

TEST_CASE("a concept actor takes a more specific type when one is seen", "[graph]") {
    KnowledgeGraph kg;
    Vertex a = kg.add_actor("", "Siemens", "concept");
    kg.add_actor("", "Siemens", "company");
    CHECK(kg.actor(a).type == "company");
}

TEST_CASE("the same claim twice merges: weight grows and all evidence is kept", "[graph]") {
    KnowledgeGraph kg;
    Vertex g = kg.add_actor("", "city government", "government");
    Vertex p = kg.add_actor("", "projects", "project");
    Edge e1 = kg.add_claim(g, p, "funds", false, "asserted", 0.6, ev("a.txt", 3, "The city funds projects."));
    Edge e2 = kg.add_claim(g, p, "funds", false, "asserted", 0.9, ev("b.txt", 1, "Projects get city money."));
    Edge e3 = kg.add_claim(g, p, "funds", false, "asserted", 0.5, ev("a.txt", 3, "The city funds projects."));
    CHECK(e1 == e2);
    CHECK(e1 == e3);
    CHECK(kg.claim_count() == 1);
    const Claim& c = kg.claim(e1);
    CHECK(c.weight == 3);
    CHECK(c.confidence == Approx(0.9));
    REQUIRE(c.evidence.size() == 2);  // the repeated sentence is one piece of evidence
    CHECK(c.evidence[0].doc == "a.txt");
    CHECK(c.evidence[1].doc == "b.txt");
}

TEST_CASE("negated and modal claims stay apart from asserted ones", "[graph]") {
    KnowledgeGraph kg;
    Vertex a = kg.add_actor("", "A", "organization");
    Vertex b = kg.add_actor("", "B", "organization");
    kg.add_claim(a, b, "funds", false, "asserted", 0.9, ev("d", 0, "A funds B."));
    kg.add_claim(a, b, "funds", true, "asserted", 0.9, ev("d", 1, "A does not fund B."));
    kg.add_claim(a, b, "funds", false, "possible", 0.9, ev("d", 2, "A may fund B."));
    CHECK(kg.claim_count() == 3);
}

TEST_CASE("symmetric relations are stored one way round", "[graph]") {
    KnowledgeGraph kg;
    Vertex a = kg.add_actor("", "Beta University", "university");
    Vertex b = kg.add_actor("", "Alpha Institute", "organization");
    Edge e1 = kg.add_claim(a, b, "cooperates-with", false, "asserted", 0.8, ev("d", 0, "x"));
    Edge e2 = kg.add_claim(b, a, "cooperates-with", false, "asserted", 0.8, ev("d", 1, "y"));
    CHECK(e1 == e2);
    CHECK(kg.actor(kg.source(e1)).label == "Alpha Institute");
    // Directed relations keep their direction.
    kg.add_claim(a, b, "funds", false, "asserted", 0.8, ev("d", 2, "z"));
    kg.add_claim(b, a, "funds", false, "asserted", 0.8, ev("d", 3, "w"));
    CHECK(kg.claim_count() == 3);
}

TEST_CASE("canonicalize makes ids independent of insertion order", "[graph]") {
    auto build = [](bool reversed) {
        KnowledgeGraph kg;
        std::vector<std::string> names{"zeta", "alpha", "mid"};
        if (reversed) std::reverse(names.begin(), names.end());
        for (const auto& n : names) kg.add_actor("", n, "concept");
        auto z = *kg.find_key("zeta"), a = *kg.find_key("alpha"), m = *kg.find_key("mid");
        if (reversed) {
            kg.add_claim(m, a, "supports", false, "asserted", 0.5, ev("d", 1, "s1"));
            kg.add_claim(z, a, "funds", false, "asserted", 0.5, ev("d", 0, "s0"));
        } else {
            kg.add_claim(z, a, "funds", false, "asserted", 0.5, ev("d", 0, "s0"));
            kg.add_claim(m, a, "supports", false, "asserted", 0.5, ev("d", 1, "s1"));
        }
        kg.canonicalize();
        return kg;
    };
    KnowledgeGraph x = build(false), y = build(true);
    REQUIRE(x.actor_count() == 3);
    for (Vertex v = 0; v < 3; ++v) {
        CHECK(x.actor(v).id == "n" + std::to_string(v));
        CHECK(x.actor(v).label == y.actor(v).label);
    }
    CHECK(x.actor(0).label == "alpha");
    REQUIRE(x.edges().size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(x.claim(x.edges()[i]).relation == y.claim(y.edges()[i]).relation);
    }
    // Lookup still works after renumbering.
    CHECK(x.find("mid") == std::vector<Vertex>{*x.find_key("mid")});
}

TEST_CASE("find looks up by id, label, alias, then normalised key", "[graph]") {
    KnowledgeGraph kg;
    Vertex c = kg.add_actor("china", "China", "country");
    kg.add_alias(c, "the People's Republic");
    kg.add_actor("", "Chinese students", "person");
    kg.canonicalize();
    Vertex china = *kg.find_key("china");
    CHECK(kg.find("China") == std::vector<Vertex>{china});
    CHECK(kg.find(kg.actor(china).id) == std::vector<Vertex>{china});
    CHECK(kg.find("the People's Republic") == std::vector<Vertex>{china});
    CHECK(kg.find("CHINA") == std::vector<Vertex>{china});
    CHECK(kg.find("Japan").empty());
}

TEST_CASE("merging two graphs keeps every claim and its evidence", "[graph]") {
    KnowledgeGraph a, b;
    {
        Vertex x = a.add_actor("", "X", "organization"), y = a.add_actor("", "Y", "organization");
        a.add_claim(x, y, "funds", false, "asserted", 0.7, ev("one", 0, "X funds Y."));
        a.documents = {"one"};
    }
    {
        Vertex x = b.add_actor("", "X", "organization"), y = b.add_actor("", "Y", "organization");
        b.add_claim(x, y, "funds", false, "asserted", 0.8, ev("two", 4, "Y is funded by X."));
        b.add_claim(y, x, "supports", false, "asserted", 0.8, ev("two", 5, "Y supports X."));
        b.documents = {"two"};
    }
    a.merge(b);
    a.canonicalize();
    CHECK(a.actor_count() == 2);
    CHECK(a.claim_count() == 2);
    CHECK(a.documents == std::vector<std::string>{"one", "two"});
    const Claim& funds = a.claim(a.edges()[0]);
    CHECK(funds.relation == "funds");
    CHECK(funds.weight == 2);
    CHECK(funds.evidence.size() == 2);
}

TEST_CASE("a copied graph owns its claims: the original can go away", "[graph]") {
    KnowledgeGraph copy;
    {
        KnowledgeGraph original;
        Vertex x = original.add_actor("", "X", "organization");
        Vertex y = original.add_actor("", "Y", "organization");
        original.add_claim(x, y, "funds", false, "asserted", 0.7, ev("d", 0, "X funds Y."));
        original.canonicalize();
        copy = original;
        KnowledgeGraph moved(std::move(original));
        CHECK(moved.claim(moved.edges()[0]).relation == "funds");
    }
    REQUIRE(copy.edges().size() == 1);
    CHECK(copy.claim(copy.edges()[0]).relation == "funds");
    CHECK(copy.actor(copy.source(copy.edges()[0])).label == "X");
    // Adding the same claim to the copy merges into the copy's own edge.
    Vertex x = *copy.find_key("x"), y = *copy.find_key("y");
    copy.add_claim(x, y, "funds", false, "asserted", 0.9, ev("d", 1, "Again."));
    CHECK(copy.claim_count() == 1);
    CHECK(copy.claim(copy.edges()[0]).weight == 2);
}

TEST_CASE("ids set by a reader are found by find()", "[graph]") {
    KnowledgeGraph kg;
    Vertex v = kg.add_actor("", "Tsinghua University", "university");
    kg.set_id(v, "u7");
    CHECK(kg.find("u7") == std::vector<Vertex>{v});
}
