// Relations said by a verb with a noun and a preposition (lending, holding an agreement with
// someone), by "campaign/lobby for", and verbs whose object noun turns off their relation
// ("raised concerns"). Sentences of our own.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "grid_support.hpp"

namespace {

// The canonical claims of `text`, "subject --relation--> object", sorted.
std::vector<std::string> canonical_claims(const std::string& text) {
    auto kg = grid::graph_of(text);
    std::vector<std::string> out;
    for (auto e : kg.edges()) {
        const auto& c = kg.claim(e);
        if (!grid::extractor().ontology().is_canonical(c.relation)) continue;
        out.push_back(kg.actor(kg.source(e)).label + " --" + (c.negated ? "not " : "") + c.relation + "--> " +
                      kg.actor(kg.target(e)).label);
    }
    std::sort(out.begin(), out.end());
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("a lender funds the borrower it lends to or makes a loan to", "[extract][claims]") {
    CHECK(canonical_claims("Halden Bank lends to small firms.") == V{"Halden Bank --funds--> small firms"});
    CHECK(canonical_claims("The bank lent the money to Corvin Foods.") == V{"bank --funds--> Corvin Foods"});
    CHECK(canonical_claims("Halden Bank made a loan to Corvin Foods.") == V{"Halden Bank --funds--> Corvin Foods"});
    CHECK(canonical_claims("Halden Bank extended a loan to Corvin Foods.") ==
          V{"Halden Bank --funds--> Corvin Foods"});
    // Lending weight to a notion funds nothing.
    CHECK(canonical_claims("The findings lend weight to the theory.") == V{"findings --provides--> weight"});
}

TEST_CASE("whoever has, holds or wins a contract, agreement or deal with someone cooperates with it",
          "[extract][claims]") {
    CHECK(canonical_claims("Orrel Systems has a contract with Brantley Hospital.") ==
          V{"Brantley Hospital --cooperates-with--> Orrel Systems"});
    CHECK(canonical_claims("Orrel Systems holds a contract with Brantley Hospital.") ==
          V{"Brantley Hospital --cooperates-with--> Orrel Systems"});
    CHECK(canonical_claims("Orrel Systems won a contract with Brantley Hospital.") ==
          V{"Brantley Hospital --cooperates-with--> Orrel Systems"});
    CHECK(canonical_claims("Orrel Systems has an agreement with Brantley Hospital.") ==
          V{"Brantley Hospital --cooperates-with--> Orrel Systems"});
    CHECK(canonical_claims("Orrel Systems has a deal with Brantley Hospital.") ==
          V{"Brantley Hospital --cooperates-with--> Orrel Systems"});
}

TEST_CASE("raising concerns, questions or doubts improves nothing, raising objections to X opposes X",
          "[extract][claims]") {
    CHECK(canonical_claims("Teachers raised concerns about the new exam.").empty());
    CHECK(canonical_claims("Local councillors raised questions about the deal.").empty());
    CHECK(canonical_claims("Local councillors raised doubts about the deal.").empty());
    CHECK(canonical_claims("The union raised objections to the plan.") == V{"union --opposes--> plan"});
    // "raise" still improves what it lifts.
    CHECK(canonical_claims("The school raised standards.") == V{"school --improves--> standards"});
}

TEST_CASE("campaigning or lobbying for something supports it, against something opposes it", "[extract][claims]") {
    CHECK(canonical_claims("Parents have campaigned for a new school.") == V{"Parents --supports--> new school"});
    CHECK(canonical_claims("The firm lobbied for lower taxes.") == V{"firm --supports--> lower taxes"});
    CHECK(canonical_claims("The industry lobbied against the ban.") == V{"industry --opposes--> ban"});
}

TEST_CASE("giving a welcome, backing or blessing to someone supports it, nothing is provided", "[extract][claims]") {
    CHECK(canonical_claims("The minister gave the plan a cautious welcome.") == V{"minister --supports--> plan"});
    CHECK(canonical_claims("The council gave its backing to the scheme.") == V{"council --supports--> scheme"});
    CHECK(canonical_claims("The union gave its blessing to the deal.") == V{"union --supports--> deal"});
    // A verb of giving with a thing given still provides it.
    CHECK(canonical_claims("The council gave laptops to the schools.") == V{"council --provides--> laptops"});
}

TEST_CASE("receiving a loan, grant or subsidy from someone is being funded by it", "[extract][claims]") {
    CHECK(canonical_claims("Corvin Foods received a loan from Halden Bank.") ==
          V{"Halden Bank --funds--> Corvin Foods", "Halden Bank --provides--> loan"});
    CHECK(canonical_claims("The charity received a grant from the Hartwell Trust.") ==
          V{"Hartwell Trust --funds--> charity", "Hartwell Trust --provides--> grant"});
    CHECK(canonical_claims("The farm obtained a subsidy from the ministry.") ==
          V{"ministry --funds--> farm", "ministry --provides--> subsidy"});
}

TEST_CASE("licensing something from someone buys rights to it, licensing someone regulates it", "[extract][claims]") {
    CHECK(canonical_claims("Corvin Labs licensed the test from Brantley University.") ==
          V{"Brantley University --provides--> test", "Corvin Labs --acquires--> test"});
    CHECK(canonical_claims("The regulator licensed the clinic.") == V{"regulator --regulates--> clinic"});
    CHECK(canonical_claims("The clinic was licensed by the regulator.") == V{"regulator --regulates--> clinic"});
    CHECK(canonical_claims("Corvin Labs licensed its test to Brantley Hospital.") ==
          V{"Corvin Labs --provides--> Brantley Hospital", "Corvin Labs --provides--> test"});
}

TEST_CASE("pushing or driving someone out of something neither promotes nor urges it", "[extract][claims]") {
    CHECK(canonical_claims("The new rules pushed small shops out of the market.").empty());
    CHECK(canonical_claims("Cheap imports drove local mills out of business.").empty());
    // Without the "out of" phrase the verb still promotes.
    CHECK(canonical_claims("The council pushed the reform.") == V{"council --promotes--> reform"});
}

TEST_CASE("making something alongside a named organisation is cooperating with it", "[extract][claims]") {
    CHECK(canonical_claims("Corvin Labs developed the test alongside Brantley University.") ==
          V{"Brantley University --cooperates-with--> Corvin Labs", "Corvin Labs --establishes--> test"});
    CHECK(canonical_claims("Corvin Labs developed the test with Brantley University.") ==
          V{"Brantley University --cooperates-with--> Corvin Labs", "Corvin Labs --establishes--> test"});
}

TEST_CASE("a publisher of something issues it, as publishing it does", "[extract][claims]") {
    CHECK(canonical_claims("The journal's publisher, Halden Scientific, said it would act.") ==
          V{"Halden Scientific --issues--> journal"});
    CHECK(canonical_claims("Halden Scientific, the publisher of the journal, said it would act.") ==
          V{"Halden Scientific --issues--> journal"});
}

TEST_CASE("what a regulator approves it regulates, and whom it gives approval, what another body approves it issues", "[extract][claims]") {
    CHECK(canonical_claims("The inspectorate approved the new academy.") == V{"inspectorate --regulates--> new academy"});
    CHECK(canonical_claims("The order must be approved by the Harbour Authority.") ==
          V{"Harbour Authority --regulates--> order"});
    CHECK(canonical_claims("The plan was approved by Tarvex, the water regulator.") ==
          V{"Tarvex --instance-of--> water regulator", "Tarvex --regulates--> plan"});
    CHECK(canonical_claims("The watchdog authorised the contract.") == V{"watchdog --regulates--> contract"});
    CHECK(canonical_claims("Corvel Pharma won approval from the Medicines Board.") ==
          V{"Medicines Board --regulates--> Corvel Pharma"});
    CHECK(canonical_claims("The deal received approval from the Fair Trading Office.") ==
          V{"Fair Trading Office --regulates--> deal"});
    // A council or a government approving a plan adopts it.
    CHECK(canonical_claims("The town council approved the plan.") == V{"town council --issues--> plan"});
    CHECK(canonical_claims("The plan was approved by the cabinet.") == V{"cabinet --issues--> plan"});
}

TEST_CASE("meeting the cost of something or footing the bill for it funds it", "[extract][claims]") {
    CHECK(canonical_claims("The Treasury met the cost of the new clinics.") == V{"Treasury --funds--> new clinics"});
    CHECK(canonical_claims("Norland Bank footed the bill for the Harwell Bridge project.") ==
          V{"Norland Bank --funds--> Harwell Bridge project"});
    CHECK(canonical_claims("The trust covers the cost of the bursaries.") == V{"trust --funds--> bursaries"});
    // Said of money or a notion it tells what the money is for.
    CHECK(canonical_claims("The levy covers the cost of the courses.").empty());
}

TEST_CASE("a span of time after for is no one helped or opposed", "[extract][claims]") {
    CHECK(canonical_claims("The union has campaigned against the levy for a decade.") == V{"union --opposes--> levy"});
    CHECK(canonical_claims("The group worked with Dunmore College for a century.") ==
          V{"Dunmore College --cooperates-with--> group"});
    CHECK(canonical_claims("The charity campaigned for an hour.").empty());
}

TEST_CASE("holding down something and hitting an actor harm it, hitting a figure does not", "[extract][claims]") {
    CHECK(canonical_claims("The mill owners held down wages.") == V{"mill owners --harms--> wages"});
    CHECK(canonical_claims("The new tariff will hit Carrow Dairies.") == V{"new tariff --harms--> Carrow Dairies"});
    CHECK(canonical_claims("The storm hit coastal farmers.") == V{"storm --harms--> coastal farmers"});
    CHECK(canonical_claims("Exports hit a record level.").empty());
}

TEST_CASE("a party's critic for a field is part of the party, not its opponent", "[extract][claims]") {
    CHECK(canonical_claims("The Green Party's housing critic, Mara Tolley, spoke.") ==
          V{"Mara Tolley --part-of--> Green Party"});
    // Without the field noun the critic opposes the possessor.
    CHECK(canonical_claims("The Green Party's fiercest critic, Mara Tolley, spoke.") ==
          V{"Mara Tolley --opposes--> Green Party"});
}

TEST_CASE("pressing for something promotes it, pressing someone encourages them", "[extract][claims]") {
    CHECK(canonical_claims("The Harlan Valley Council has pressed for a new bridge since 2019.") ==
          V{"Harlan Valley Council --promotes--> new bridge"});
    CHECK(canonical_claims("The union pressed the ministry to act.") == V{"union --encourages--> ministry"});
}

TEST_CASE("a relative clause opened by 'all of which' on a place noun is said of that noun", "[extract][claims]") {
    CHECK(canonical_claims("The rules apply to three ports, all of which are run by Orrel Holdings.") ==
          V{"Orrel Holdings --conducts--> three ports"});
}

TEST_CASE("blocking a deal, a sale or a plan opposes it, and not blocking it is a denied opposition",
          "[extract][claims]") {
    CHECK(canonical_claims("The court blocked the takeover.") == V{"court --opposes--> takeover"});
    CHECK(canonical_claims("The government will not block the merger.") == V{"government --not opposes--> merger"});
    CHECK(canonical_claims("The Senate blocked the bill.") == V{"Senate --opposes--> bill"});
    // Blocking a drain or a road is no stance on it.
    CHECK(canonical_claims("The Marden Trust will block drains on the moor.").empty());
}

TEST_CASE("a past verb right after the noun of an 'after' phrase opens a clause with that noun its subject",
          "[extract][claims]") {
    // The parser hung the verb on the noun the phrase follows, on the outer verb, or made it an
    // adjective on the bare noun after it.
    CHECK(canonical_claims("The Tolley Tribe backed the survey after the company promised to hire local guides.") ==
          V{"Tolley Tribe --supports--> survey", "company --employs--> local guides"});
    CHECK(canonical_claims("The council approved the plan after the minister demanded changes.") ==
          V{"council --issues--> plan"});
    CHECK(canonical_claims("The union backed the deal after the company promised to keep the depot open.") ==
          V{"union --supports--> deal"});
    CHECK(canonical_claims("The Tolley Tribe agreed to the survey after the company promised to hire local guides.") ==
          V{"company --employs--> local guides"});
    CHECK(canonical_claims("The Tolley Tribe backed the survey after the company promised to hire local guides.") ==
          V{"Tolley Tribe --supports--> survey", "company --employs--> local guides"});
    CHECK(canonical_claims("The Carrow Trust funded the hall before the fire destroyed it.") ==
          V{"Carrow Trust --funds--> hall", "fire --harms--> hall"});
}
