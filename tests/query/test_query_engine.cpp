#include <catch2/catch.hpp>
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "query/engine.hpp"
#include "query/index.hpp"
#include "query_fixture.hpp"

using namespace claimgraph;
using namespace claimgraph::query;

namespace {

// Column `name` of every row, as text.
std::vector<std::string> column(const Result& r, const std::string& name) {
    std::size_t k = 0;
    while (k < r.table.columns.size() && r.table.columns[k] != name) ++k;
    REQUIRE(k < r.table.columns.size());
    std::vector<std::string> out;
    for (const auto& row : r.table.rows) out.push_back(std::string(row[k].str()));
    return out;
}

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "(no error)";
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("names resolve by id, label, alias, then case-insensitively", "[query][index]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    CHECK(index.actor(index.resolve("n0")).label == "China");
    CHECK(index.actor(index.resolve("China")).label == "China");
    CHECK(index.actor(index.resolve("PKU")).label == "Peking University");
    CHECK(index.actor(index.resolve("pku")).label == "Peking University");
    CHECK(index.actor(index.resolve("TSINGHUA university")).label == "Tsinghua University");
    CHECK(index.lookup("nowhere").empty());
}

TEST_CASE("an ambiguous name lists its candidates", "[query][index]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    CHECK(error_of([&] { index.resolve("Fudan", "--from"); }) ==
          "--from: 'Fudan' is ambiguous: it names 2 actors; give one of their ids:\n"
          "  Fudan (n1, university)\n"
          "  Fudan (n2, company)");
    CHECK(index.actor(index.resolve("n2")).type == "company");
}

TEST_CASE("an unknown name suggests the nearest labels", "[query][index]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    CHECK(error_of([&] { index.resolve("Chna"); }) ==
          "no actor named 'Chna'; did you mean:\n  China (n0, country)");
    // Shared words count too: "Peking" finds "Peking University".
    CHECK(error_of([&] { index.resolve("Peking"); }) ==
          "no actor named 'Peking'; did you mean:\n  Peking University (n5, university)");
    CHECK(error_of([&] { index.resolve("Oxford College"); }) ==
          "no actor named 'Oxford College'; did you mean:\n  Oxford University (n4, university)");
    CHECK(error_of([&] { index.resolve("zzzzzzzz"); }) == "no actor named 'zzzzzzzz'");
}

TEST_CASE("the index counts relations and types", "[query][index]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    CHECK(index.edge_count() == 7);
    REQUIRE(index.relation_id("located-in"));
    CHECK(index.edges_with_relation(*index.relation_id("located-in")).size() == 3);
    CHECK_FALSE(index.relation_id("fund"));
    REQUIRE(index.type_id("university"));
    CHECK(index.actors_of_type(*index.type_id("university")).size() == 4);
    CHECK(index.suggest_relation("fund") == Strings{"funds"});
}

TEST_CASE("neighbors lists claims by depth, then neighbour label", "[query][neighbors]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    NeighborsQuery q;
    q.actor = "China";
    auto r = run_neighbors(index, q, {});
    CHECK(column(r, "neighbor") == Strings{"Peking University", "Tsinghua University"});
    CHECK(column(r, "relation") == Strings{"located-in", "located-in"});
    CHECK(r.edges.size() == 2);
    CHECK(r.actors.size() == 3);

    q.depth = 2;
    r = run_neighbors(index, q, {});
    CHECK(column(r, "depth") == Strings{"1", "1", "2", "2", "2", "2"});
    CHECK(column(r, "neighbor") == Strings{"Peking University", "Tsinghua University",
                                           "Ministry of Education", "Ministry of Education",
                                           "Oxford University", "UNESCO"});
}

TEST_CASE("neighbors follows direction and relation filters, symmetric claims go both ways",
          "[query][neighbors]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    NeighborsQuery q;
    q.actor = "Tsinghua University";
    q.direction = Direction::out;
    auto r = run_neighbors(index, q, {});
    // located-in China (out) and cooperates-with Oxford (stored Oxford -> Tsinghua, symmetric).
    CHECK(column(r, "neighbor") == Strings{"China", "Oxford University"});
    q.direction = Direction::in;
    r = run_neighbors(index, q, {});
    CHECK(column(r, "neighbor") == Strings{"Ministry of Education", "Oxford University"});
    q.direction = Direction::both;
    q.relations = {"funds", "located-in"};
    r = run_neighbors(index, q, {});
    CHECK(column(r, "neighbor") == Strings{"China", "Ministry of Education"});
    q.relations = {"fund"};
    r = run_neighbors(index, q, {});
    CHECK(r.table.rows.empty());
    CHECK(r.notes == Strings{"no claim has relation 'fund'; did you mean 'funds'?"});
}

TEST_CASE("neighbors with --limit and --evidence", "[query][neighbors]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    NeighborsQuery q;
    q.actor = "China";
    CommonOptions opt;
    opt.limit = 1;
    opt.evidence = true;
    auto r = run_neighbors(index, q, opt);
    REQUIRE(r.table.rows.size() == 1);
    CHECK(column(r, "doc") == Strings{"a.txt"});
    CHECK(column(r, "sentence") == Strings{"2"});
    CHECK(column(r, "evidence") == Strings{"Peking University, China."});
}

TEST_CASE("claims filter by relation, ends and types", "[query][claims]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    ClaimsQuery q;
    q.relations = {"funds"};
    auto r = run_claims(index, q, {});
    CHECK(column(r, "target") == Strings{"Peking University", "Tsinghua University"});
    CHECK(column(r, "negated") == Strings{"true", "false"});

    q = {};
    q.to = "China";
    r = run_claims(index, q, {});
    CHECK(column(r, "source") == Strings{"Peking University", "Tsinghua University"});

    q = {};
    q.from = "Tsinghua University";
    r = run_claims(index, q, {});
    // Its own located-in, and the symmetric cooperates-with stored from Oxford.
    CHECK(column(r, "relation") == Strings{"cooperates-with", "located-in"});

    q = {};
    q.type = "organization";
    r = run_claims(index, q, {});
    CHECK(column(r, "relation") == Strings{"supports"});

    q = {};
    q.from_type = "university";
    q.to_type = "country";
    q.relations = {"located-in", "cooperates-with"};
    r = run_claims(index, q, {});
    CHECK(column(r, "source") ==
          Strings{"Oxford University", "Peking University", "Tsinghua University"});

    q = {};
    q.type = "univercity";
    r = run_claims(index, q, {});
    CHECK(r.table.rows.empty());
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].rfind("no actor has type 'univercity'", 0) == 0);
}

TEST_CASE("claims --limit stops early and --evidence adds one row per sentence",
          "[query][claims]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    ClaimsQuery q;
    CommonOptions opt;
    opt.limit = 3;
    auto r = run_claims(index, q, opt);
    CHECK(r.table.rows.size() == 3);
    opt = {};
    opt.evidence = true;
    q.relations = {"cooperates-with"};
    r = run_claims(index, q, opt);
    CHECK(column(r, "evidence") == Strings{"Tsinghua cooperates with Oxford.\nA second line."});
}

TEST_CASE("claims with an ambiguous or unknown end is an error", "[query][claims]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    ClaimsQuery q;
    q.from = "Fudan";
    CHECK_THROWS_AS(run_claims(index, q, {}), ConfigError);
    q.from = "Chna";
    CHECK(error_of([&] { run_claims(index, q, {}); }) ==
          "--from: no actor named 'Chna'; did you mean:\n  China (n0, country)");
}

TEST_CASE("path finds shortest paths first, then in label order", "[query][path]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    PathQuery q;
    q.from = "China";
    q.to = "United Kingdom";
    auto r = run_path(index, q, {});
    CHECK(column(r, "path") == Strings{"1", "1", "1"});
    CHECK(column(r, "length") == Strings{"3", "3", "3"});
    CHECK(column(r, "source") ==
          Strings{"Tsinghua University", "Oxford University", "Oxford University"});
    CHECK(column(r, "target") == Strings{"China", "Tsinghua University", "United Kingdom"});

    // Following claims forward only, China has no way out.
    q.direction = Direction::out;
    CHECK(run_path(index, q, {}).table.rows.empty());
    q.from = "Tsinghua University";
    r = run_path(index, q, {});
    CHECK(column(r, "relation") == Strings{"cooperates-with", "located-in"});

    q.from = "Tsinghua University";
    q.to = "United Kingdom";
    q.max_length = 1;
    CHECK(run_path(index, q, {}).table.rows.empty());
}

TEST_CASE("path enumerates several paths ordered by length then labels", "[query][path]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    PathQuery q;
    q.from = "Ministry of Education";
    q.to = "China";
    q.max_length = 4;
    CommonOptions opt;
    opt.include_negated = true;
    auto r = run_path(index, q, opt);
    // Length 2 via Peking University (negated funds) and via Tsinghua; then length 3 via
    // UNESCO? no: UNESCO leads only to PKU which is on... MoE-PKU-UNESCO is a dead end.
    // Length 4: MoE -> Tsinghua - Oxford ... no way back to China without Tsinghua: none.
    CHECK(column(r, "path") == Strings{"1", "1", "2", "2"});
    CHECK(column(r, "hop") == Strings{"1", "2", "1", "2"});
    CHECK(column(r, "target") ==
          Strings{"Peking University", "China", "Tsinghua University", "China"});
    // Without negated claims only the Tsinghua path is left.
    r = run_path(index, q, {});
    CHECK(column(r, "target") == Strings{"Tsinghua University", "China"});

    opt.limit = 1;
    r = run_path(index, q, opt);
    CHECK(column(r, "path") == Strings{"1", "1"});
    CHECK(column(r, "target") == Strings{"Peking University", "China"});
}

TEST_CASE("path between the same actor is a usage error", "[query][path]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    PathQuery q;
    q.from = "China";
    q.to = "n0";
    CHECK_THROWS_AS(run_path(index, q, {}), ConfigError);
}

TEST_CASE("match joins triples on shared variables", "[query][match]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    MatchQuery q;
    q.pattern = "?u cooperates-with ?v . ?u located-in China";
    auto r = run_match(index, q, {});
    CHECK(r.table.columns == Strings{"u", "v"});
    CHECK(column(r, "u") == Strings{"Tsinghua University"});
    CHECK(column(r, "v") == Strings{"Oxford University"});
    CHECK(r.edges.size() == 2);

    q.pattern = "?u:university located-in ?c";
    r = run_match(index, q, {});
    CHECK(column(r, "u") ==
          Strings{"Oxford University", "Peking University", "Tsinghua University"});
    CHECK(column(r, "c") == Strings{"United Kingdom", "China", "China"});

    q.pattern = "?u:university located-in ?c:country . ?g:government funds ?u";
    r = run_match(index, q, {});
    CHECK(column(r, "u") == Strings{"Tsinghua University"});
}

TEST_CASE("match with a relation variable, quoted constants, --distinct and --limit",
          "[query][match]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    MatchQuery q;
    q.pattern = "?x ?r \"Peking University\"";
    CommonOptions opt;
    opt.include_negated = true;
    auto r = run_match(index, q, opt);
    CHECK(r.table.columns == Strings{"x", "r"});
    CHECK(column(r, "x") == Strings{"Ministry of Education", "UNESCO"});
    CHECK(column(r, "r") == Strings{"funds", "supports"});
    // Negated claims do not match by default.
    r = run_match(index, q, {});
    CHECK(column(r, "x") == Strings{"UNESCO"});

    q.pattern = "?u located-in ?c";
    q.distinct = true;
    MatchQuery q2;
    q2.pattern = "?u located-in ?c . ?v located-in ?c";
    q2.distinct = true;
    r = run_match(index, q2, {});
    // (u, c, v) bindings: Oxford/UK/Oxford, PKU/China/PKU, PKU/China/Tsinghua, ...
    CHECK(r.table.rows.size() == 5);
    opt = {};
    opt.limit = 2;
    r = run_match(index, q2, opt);
    CHECK(column(r, "u") == Strings{"Oxford University", "Peking University"});
    CHECK(column(r, "v") == Strings{"Oxford University", "Peking University"});
}

TEST_CASE("match repeats a binding per claim unless --distinct", "[query][match]") {
    graph::KnowledgeGraph kg;
    auto a = kg.add_actor("a", "A", "company");
    auto b = kg.add_actor("b", "B", "company");
    kg.add_claim(a, b, "funds", false, "asserted", 1, {"d", 0, 0, 1, "A funds B."});
    kg.add_claim(a, b, "funds", false, "planned", 1, {"d", 1, 2, 3, "A will fund B."});
    kg.canonicalize();
    GraphIndex index(kg);
    MatchQuery q;
    q.pattern = "?x funds ?y";
    CHECK(run_match(index, q, {}).table.rows.size() == 2);
    q.distinct = true;
    CHECK(run_match(index, q, {}).table.rows.size() == 1);
    q.pattern = "?x funds ?x";
    CHECK(run_match(index, q, {}).table.rows.empty());
}

TEST_CASE("match reports unknown constants and relations", "[query][match]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    MatchQuery q;
    q.pattern = "?u located-in Chna";
    CHECK(error_of([&] { run_match(index, q, {}); }) ==
          "pattern:1:15: no actor named 'Chna'; did you mean:\n  China (n0, country)");
    q.pattern = "?u locatd-in China";
    auto r = run_match(index, q, {});
    CHECK(r.table.rows.empty());
    CHECK(r.notes == Strings{"no claim has relation 'locatd-in'; did you mean 'located-in'?"});
    q.pattern = "?u . China";
    CHECK_THROWS_AS(run_match(index, q, {}), claimgraph::ConfigError);
}

TEST_CASE("match --evidence adds one column per triple", "[query][match]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    MatchQuery q;
    q.pattern = "?u located-in China . ?u cooperates-with ?v";
    CommonOptions opt;
    opt.evidence = true;
    auto r = run_match(index, q, opt);
    CHECK(r.table.columns == Strings{"u", "v", "evidence_1", "evidence_2"});
    REQUIRE(r.table.rows.size() == 1);
    CHECK(r.table.rows[0][2].str() ==
          "a.txt:1: Tsinghua University in China\tis \"big\", old\\new.");
    CHECK(r.table.rows[0][3].str() == "a.txt:3: Tsinghua cooperates with Oxford.\nA second line.");
}

TEST_CASE("make_subgraph copies the result's actors and claims", "[query][subgraph]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    NeighborsQuery q;
    q.actor = "China";
    auto r = run_neighbors(index, q, {});
    auto sub = make_subgraph(index, r.actors, r.edges);
    CHECK(sub.actor_count() == 3);
    CHECK(sub.claim_count() == 2);
    CHECK(sub.find("China").size() == 1);
}

TEST_CASE("neighbors order labels by their bytes past a shared 16-byte prefix, --limit shows "
          "the first rows of that order",
          "[query][neighbors]") {
    // Labels sorted by 16-byte keys, then the rest: labels that share their first 16 bytes, one
    // a prefix of another, equal labels (ties by actor number), and bytes over 0x7F (UTF-8).
    graph::KnowledgeGraph kg;
    auto hub = kg.add_actor("hub", "Hub", "concept");
    const std::vector<std::pair<std::string, std::string>> actors = {
        {"k1", "Northern Maple University 12"},  {"k2", "Northern Maple University 1"},
        {"k3", "Northern Maple University 102"}, {"k4", "Northern Maple Univ"},
        {"k5", "Northern Maple University"},     {"k6", "Northern Maple University 12"},
        {"k7", "\xC3\x89" "cole Polytechnique"},    {"k8", "Zurich"},
        {"k9", "Northern Maple Universit\xC3\xA9"}, {"k10", "A"},
    };
    std::vector<graph::Vertex> v;
    for (const auto& [key, label] : actors) v.push_back(kg.add_actor(key, label, "university"));
    for (std::size_t i = 0; i < v.size(); ++i) {
        // Two claims with the first actor, so that a neighbour's rows are ordered by claim too.
        kg.add_claim(hub, v[i], "funds", false, "asserted", 0.5,
                     graph::Evidence{"d.txt", uint32_t(i), 0, 1, "s"});
        if (i == 0) {
            kg.add_claim(v[i], hub, "supports", false, "asserted", 0.5,
                         graph::Evidence{"d.txt", 99, 0, 1, "t"});
        }
    }
    kg.canonicalize();
    GraphIndex index(kg);
    NeighborsQuery q;
    q.actor = "Hub";
    auto r = run_neighbors(index, q, {});
    const Strings all = {"A",
                         "Northern Maple Univ",
                         "Northern Maple University",
                         "Northern Maple University 1",
                         "Northern Maple University 102",
                         "Northern Maple University 12",
                         "Northern Maple University 12",
                         "Northern Maple University 12",
                         "Northern Maple Universit\xC3\xA9",
                         "Zurich",
                         "\xC3\x89" "cole Polytechnique"};
    CHECK(column(r, "neighbor") == all);
    // The equal labels: the first actor added (two claims, funds before supports) comes first.
    const auto relations = column(r, "relation");
    CHECK(Strings(relations.begin() + 5, relations.begin() + 8) ==
          Strings{"funds", "supports", "funds"});
    CHECK(column(r, "source") == Strings{"Hub", "Hub", "Hub", "Hub", "Hub", "Hub",
                                         "Northern Maple University 12", "Hub", "Hub", "Hub",
                                         "Hub"});
    CommonOptions opt;
    for (std::size_t limit : {1, 4, 6, 7, 11, 12}) {
        opt.limit = limit;
        auto limited = run_neighbors(index, q, opt);
        const Strings first(all.begin(),
                            all.begin() + static_cast<std::ptrdiff_t>(std::min(limit, all.size())));
        CHECK(column(limited, "neighbor") == first);
    }
}

TEST_CASE("query results borrow the graph's text and write it as owned text is written",
          "[query][output]") {
    auto kg = test::small_graph();
    GraphIndex index(kg);
    NeighborsQuery q;
    q.actor = "China";
    CommonOptions opt;
    opt.evidence = true;
    auto r = run_neighbors(index, q, opt);
    REQUIRE(r.table.rows.size() == 2);
    // Every text cell points into the graph: no string is copied per row.
    const auto& row = r.table.rows[1];
    CHECK(row[1].is_borrowed);
    CHECK(row[1].str().data() == index.actor(index.resolve("Tsinghua University")).label.data());
    CHECK(row[14].str() == "Tsinghua University in China\tis \"big\", old\\new.");
    // The same table with owned copies of every cell writes the same bytes in every format.
    Table owned = r.table;
    for (auto& cells : owned.rows) {
        for (auto& c : cells) {
            if (c.kind == Cell::Kind::text) c = Cell::text(std::string(c.str()));
            CHECK(!c.is_borrowed);
        }
    }
    for (Format f : {Format::table, Format::tsv, Format::csv, Format::json, Format::jsonl}) {
        std::ostringstream a, b;
        write_table(a, r.table, f);
        write_table(b, owned, f);
        CHECK(a.str() == b.str());
    }
    std::ostringstream tsv;
    write_table(tsv, r.table, Format::tsv);
    CHECK(tsv.str() ==
          "depth\tneighbor\tneighbor_type\tsource\tsource_type\trelation\ttarget\ttarget_type\t"
          "negated\tmodality\tconfidence\tweight\tdoc\tsentence\tevidence\n"
          "1\tPeking University\tuniversity\tPeking University\tuniversity\tlocated-in\tChina\t"
          "country\tfalse\tasserted\t0.9\t1\ta.txt\t2\tPeking University, China.\n"
          "1\tTsinghua University\tuniversity\tTsinghua University\tuniversity\tlocated-in\t"
          "China\tcountry\tfalse\tasserted\t0.9\t1\ta.txt\t1\t"
          "Tsinghua University in China\\tis \"big\", old\\\\new.\n");
}
