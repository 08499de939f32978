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

TEST_CASE("a claim out of (source, target) order still merges with its earlier twin", "[graph]") {
    KnowledgeGraph kg;
    std::vector<Vertex> v;
    for (int i = 0; i < 4; ++i) v.push_back(kg.add_actor("", "A" + std::to_string(i), "concept"));
    // Ascending (source, target): no index is needed yet.
    Edge first = kg.add_claim(v[0], v[1], "funds", false, "asserted", 0.5, ev("d", 0, "s0"));
    kg.add_claim(v[1], v[2], "funds", false, "asserted", 0.5, ev("d", 1, "s1"));
    kg.add_claim(v[2], v[3], "funds", false, "asserted", 0.5, ev("d", 2, "s2"));
    // Same ends as the last edge, other modality and negation: new edges, not merges.
    kg.add_claim(v[2], v[3], "funds", false, "planned", 0.5, ev("d", 3, "s3"));
    kg.add_claim(v[2], v[3], "funds", true, "asserted", 0.5, ev("d", 4, "s4"));
    CHECK(kg.claim_count() == 5);
    // Same as the last edge but one: merges without an index.
    Edge again = kg.add_claim(v[2], v[3], "funds", false, "planned", 0.8, ev("d", 5, "s5"));
    CHECK(kg.claim_count() == 5);
    CHECK(kg.claim(again).weight == 2);
    CHECK(kg.claim(again).modality == "planned");
    // Back to the first pair: out of order, found through the index.
    Edge back = kg.add_claim(v[0], v[1], "funds", false, "asserted", 0.9, ev("d", 6, "s6"));
    CHECK(back == first);
    CHECK(kg.claim_count() == 5);
    CHECK(kg.claim(first).weight == 2);
    CHECK(kg.claim(first).confidence == Approx(0.9));
    CHECK(kg.claim(first).evidence.size() == 2);
    // And the index keeps up with claims added after it was built.
    Edge late = kg.add_claim(v[3], v[0], "supports", false, "asserted", 0.5, ev("d", 7, "s7"));
    CHECK(kg.add_claim(v[3], v[0], "supports", false, "asserted", 0.5, ev("d", 8, "s8")) == late);
    CHECK(kg.claim_count() == 6);
    CHECK(kg.edges()[0] == first);
    CHECK(kg.edges()[5] == late);
}

TEST_CASE("many claims between one pair merge however long the run", "[graph]") {
    KnowledgeGraph kg;
    Vertex a = kg.add_actor("", "A", "concept");
    Vertex b = kg.add_actor("", "B", "concept");
    for (int i = 0; i < 100; ++i) {
        kg.add_claim(a, b, "r" + std::to_string(i), false, "asserted", 0.5, ev("d", i, "s"));
    }
    CHECK(kg.claim_count() == 100);
    Edge e = kg.add_claim(a, b, "r0", false, "asserted", 0.5, ev("d", 200, "t"));
    CHECK(kg.claim_count() == 100);
    CHECK(e == kg.edges()[0]);
    CHECK(kg.claim(e).weight == 2);
}

TEST_CASE("after canonicalize and after a copy, repeated claims still merge", "[graph]") {
    KnowledgeGraph kg;
    Vertex z = kg.add_actor("", "Z", "concept");
    Vertex y = kg.add_actor("", "Y", "concept");
    Vertex x = kg.add_actor("", "X", "concept");
    kg.add_claim(z, y, "funds", false, "asserted", 0.5, ev("d", 0, "zy"));
    kg.add_claim(x, z, "funds", false, "asserted", 0.5, ev("d", 1, "xz"));
    kg.add_claim(x, y, "funds", false, "asserted", 0.5, ev("d", 2, "xy"));
    kg.canonicalize();  // x, y, z become n0, n1, n2
    Vertex cx = *kg.find_key("x"), cy = *kg.find_key("y"), cz = *kg.find_key("z");
    KnowledgeGraph copy = kg;
    for (KnowledgeGraph* h : {&kg, &copy}) {
        h->add_claim(cz, cy, "funds", false, "asserted", 0.5, ev("d", 3, "zy again"));  // last edge
        h->add_claim(cx, cz, "funds", false, "asserted", 0.5, ev("d", 4, "xz again"));  // earlier
        CHECK(h->claim_count() == 3);
        for (Edge e : h->edges()) {
            Vertex s = h->source(e), t = h->target(e);
            CHECK(h->claim(e).weight == ((s == cx && t == cy) ? 1u : 2u));
        }
    }
}

TEST_CASE("find keeps names as indexed and returns each actor once", "[graph]") {
    KnowledgeGraph kg;
    Vertex a = kg.add_actor("", "Alpha", "concept");
    Vertex b = kg.add_actor("", "Beta", "concept");
    kg.set_id(a, "Alpha");  // id equal to the label: still one entry
    kg.add_alias(b, "Alpha");
    kg.add_alias(b, "Alpha");
    CHECK(kg.find("Alpha") == std::vector<Vertex>{a});  // the exact label wins over the alias
    kg.add_alias(a, "AB");
    kg.add_alias(b, "AB");
    CHECK(kg.find("AB") == std::vector<Vertex>{a, b});
    CHECK(kg.find("alpha") == std::vector<Vertex>{a});  // by normalised key
    CHECK(kg.find("Gamma").empty());
}
