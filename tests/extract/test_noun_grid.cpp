// The noun grid: relations said not by a verb but by a noun, a possessive, an apposition or a
// preposition ("Halvern Robotics's chief executive, Marta Quinlan", "a subsidiary of Castlemere
// Holdings", "the Leeds-based Varden Logistics", "with funding from the Halvorsen Foundation",
// "Charities such as the Marlow Trust"), 65 constructions over 13 relations, one short document
// each, with names of our own. Every cell lists the claims it accepts (any one will do): subject,
// relations separated by '|', object. Keys match as in the verb grid, against node labels in lower
// case with 'the ' dropped; cooperates-with and competes-with match either way round; a negated
// claim never counts. The cells that fail today are listed by name in kKnownFailures, so the test
// fails both when a cell breaks and when one is mended (then run scripts/gridlist.py, which
// rewrites the list from the test's own report).
#include "grid_support.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <set>
#include <string>
#include <vector>

using namespace claimgraph;

namespace {

struct Accepted {
    const char* subject;
    const char* relations;  // one or more, separated by '|'
    const char* object;
};

struct NounCell {
    const char* relation;
    const char* construction;
    const char* text;
    std::vector<Accepted> accepted;
};

const std::vector<NounCell>& noun_cells() {
    static const std::vector<NounCell> cells = {
        {"leads", "poss-appos",
         "Halvern Robotics's chief executive, Marta Quinlan, said the results were strong.",
         {{"Marta Quinlan", "leads", "Halvern Robotics"}}},
        {"leads", "appos-title-of",
         "Marta Quinlan, the chief executive of Halvern Robotics, said the results were strong.",
         {{"Marta Quinlan", "leads", "Halvern Robotics"}}},
        {"leads", "title-name",
         "Halvern Robotics chief executive Marta Quinlan said the results were strong.",
         {{"Marta Quinlan", "leads", "Halvern Robotics"}}},
        {"leads", "led-by",
         "The Brenton Institute, led by Marta Quinlan, published its results on Monday.",
         {{"Marta Quinlan", "leads", "Brenton Institute"}}},
        {"leads", "under-leadership",
         "Under the leadership of Marta Quinlan, the Brenton Institute doubled its budget.",
         {{"Marta Quinlan", "leads", "Brenton Institute"}}},
        {"leads", "head-of-appos",
         "The head of the Brenton Institute, Marta Quinlan, said the results were strong.",
         {{"Marta Quinlan", "leads", "Brenton Institute"}}},
        {"leads", "poss-director",
         "Marta Quinlan, the Brenton Institute's director, said the results were strong.",
         {{"Marta Quinlan", "leads", "Brenton Institute"}}},
        {"leads", "chaired-by",
         "The Harbour Board, chaired by Marta Quinlan, met on Monday.",
         {{"Marta Quinlan", "leads", "Harbour Board"}}},
        {"employs", "name-of",
         "Dr Ann Lee of the Brenton Institute said the data were clear.",
         {{"Brenton Institute", "employs|part-of", "Ann Lee"}, {"Ann Lee", "part-of", "Brenton Institute"}}},
        {"employs", "appos-at",
         "Ann Lee, a researcher at the Brenton Institute, said the data were clear.",
         {{"Brenton Institute", "employs|part-of", "Ann Lee"}, {"Ann Lee", "part-of", "Brenton Institute"}}},
        {"employs", "title-name",
         "Brenton Institute spokesperson Tom Hale said the data were clear.",
         {{"Brenton Institute", "employs|part-of", "Tom Hale"}, {"Tom Hale", "part-of", "Brenton Institute"}}},
        {"employs", "analyst-at",
         "Tom Hale, an analyst at Kellner Bank, said the deal was too expensive.",
         {{"Kellner Bank", "employs|part-of", "Tom Hale"}, {"Tom Hale", "part-of", "Kellner Bank"}}},
        {"employs", "staff-at",
         "Drivers at Varden Logistics went on strike on Monday.",
         {{"Varden Logistics", "employs", "drivers"}}},
        {"employs", "poss-staff",
         "Varden Logistics's drivers went on strike on Monday.",
         {{"Varden Logistics", "employs", "drivers"}}},
        {"part-of", "subsidiary",
         "Orrin Foods, a subsidiary of Castlemere Holdings, said sales had risen.",
         {{"Castlemere Holdings", "owns", "Orrin Foods"}, {"Orrin Foods", "part-of", "Castlemere Holdings"}}},
        {"part-of", "division",
         "Orrin Energy, a division of Castlemere Holdings, said sales had risen.",
         {{"Orrin Energy", "part-of", "Castlemere Holdings"}, {"Castlemere Holdings", "owns", "Orrin Energy"}}},
        {"part-of", "member-of",
         "Kestrel College, a member of the Northern Universities Alliance, said fees would rise.",
         {{"Kestrel College", "part-of|participates-in", "Northern Universities Alliance"}}},
        {"part-of", "poss-subsidiary",
         "Castlemere Holdings's subsidiary Orrin Foods said sales had risen.",
         {{"Castlemere Holdings", "owns", "Orrin Foods"}, {"Orrin Foods", "part-of", "Castlemere Holdings"}}},
        {"owns", "owned-by-appos",
         "The Tarn Valley Railway, owned by Castlemere Holdings, carried a million passengers last year.",
         {{"Castlemere Holdings", "owns", "Tarn Valley Railway"}}},
        {"owns", "x-owned",
         "The Castlemere-owned Tarn Valley Railway carried a million passengers last year.",
         {{"Castlemere", "owns", "Tarn Valley Railway"}}},
        {"owns", "parent-company",
         "The Tarn Valley Railway's parent company, Castlemere Holdings, said fares would rise.",
         {{"Castlemere Holdings", "owns", "Tarn Valley Railway"}}},
        {"owns", "owner-of",
         "Castlemere Holdings, the owner of the Tarn Valley Railway, said fares would rise.",
         {{"Castlemere Holdings", "owns", "Tarn Valley Railway"}}},
        {"acquires", "poss-acquisition",
         "Norvex Group's acquisition of Pellham Foods was approved on Monday.",
         {{"Norvex Group", "acquires", "Pellham Foods"}}},
        {"acquires", "takeover-by",
         "The takeover of Pellham Foods by Norvex Group was approved on Monday.",
         {{"Norvex Group", "acquires", "Pellham Foods"}}},
        {"acquires", "purchase-by",
         "The purchase of Pellham Foods by Norvex Group was completed in May.",
         {{"Norvex Group", "acquires", "Pellham Foods"}}},
        {"acquires", "bought-by-appos",
         "Pellham Foods, bought by Norvex Group in 2019, said sales had risen.",
         {{"Norvex Group", "acquires", "Pellham Foods"}}},
        {"funds", "with-funding-from",
         "With funding from the Halvorsen Foundation, the Riverside Literacy Project trained 200 tutors.",
         {{"Halvorsen Foundation", "funds", "Riverside Literacy Project"}}},
        {"funds", "grant-from",
         "The Riverside Literacy Project received a grant from the Halvorsen Foundation.",
         {{"Halvorsen Foundation", "funds|provides", "Riverside Literacy Project"},
          {"Halvorsen Foundation", "funds|provides", "grant"}}},
        {"funds", "x-funded",
         "The Halvorsen-funded Riverside Literacy Project trained 200 tutors.",
         {{"Halvorsen", "funds", "Riverside Literacy Project"}}},
        {"funds", "funded-by-grant",
         "The Riverside Literacy Project is funded by a grant from the Halvorsen Foundation.",
         {{"Halvorsen Foundation", "funds", "Riverside Literacy Project"}}},
        {"funds", "poss-funding",
         "The Halvorsen Foundation's funding of the Riverside Literacy Project ended in May.",
         {{"Halvorsen Foundation", "funds", "Riverside Literacy Project"}}},
        {"funds", "money-from",
         "The Riverside Literacy Project used money from the Halvorsen Foundation to hire tutors.",
         {{"Halvorsen Foundation", "funds", "Riverside Literacy Project"}}},
        {"cooperates-with", "partnership-between",
         "A partnership between Dunmore University and the Marsh Institute will study coastal erosion.",
         {{"Dunmore University", "cooperates-with", "Marsh Institute"}}},
        {"cooperates-with", "in-partnership",
         "In partnership with the Marsh Institute, Dunmore University will study coastal erosion.",
         {{"Dunmore University", "cooperates-with", "Marsh Institute"}}},
        {"cooperates-with", "poss-collaboration",
         "Dunmore University's collaboration with the Marsh Institute began in 2019.",
         {{"Dunmore University", "cooperates-with", "Marsh Institute"}}},
        {"cooperates-with", "joint-venture",
         "A joint venture of Kestrel Motors and Arden Cells will build batteries in Coventry.",
         {{"Kestrel Motors", "cooperates-with", "Arden Cells"}}},
        {"cooperates-with", "partner-appos",
         "Dunmore University and its partner, the Marsh Institute, will study coastal erosion.",
         {{"Dunmore University", "cooperates-with", "Marsh Institute"}}},
        {"located-in", "based-in",
         "Varden Logistics, based in Leeds, employs about 400 drivers.",
         {{"Varden Logistics", "located-in", "Leeds"}}},
        {"located-in", "x-based",
         "The Leeds-based Varden Logistics employs about 400 drivers.",
         {{"Varden Logistics", "located-in", "Leeds"}}},
        {"located-in", "noun-in",
         "The Varden warehouse in Leeds employs about 400 drivers.",
         {{"warehouse", "located-in", "Leeds"}}},
        {"located-in", "headquarters-in",
         "Varden Logistics's headquarters in Leeds will close next year.",
         {{"Varden Logistics", "located-in", "Leeds"}, {"headquarters", "located-in", "Leeds"}}},
        {"located-in", "appos-place-noun",
         "Varden Logistics, a Leeds company, employs about 400 drivers.",
         {{"Varden Logistics", "located-in", "Leeds"}}},
        {"instance-of", "appos",
         "The Marlow Trust, a charity, said rents were rising.",
         {{"Marlow Trust", "instance-of", "charity"}}},
        {"instance-of", "desc-name",
         "The housing charity Kestrel Homes said rents were rising.",
         {{"Kestrel Homes", "instance-of", "charity"}}},
        {"instance-of", "such-as",
         "Charities such as the Marlow Trust have warned that rents are rising.",
         {{"Marlow Trust", "instance-of", "charit"}}},
        {"instance-of", "including",
         "Several charities, including the Marlow Trust, have warned that rents are rising.",
         {{"Marlow Trust", "instance-of", "charit"}}},
        {"instance-of", "copula",
         "The Marlow Trust is a charity that builds homes.",
         {{"Marlow Trust", "instance-of", "charity"}}},
        {"opposes", "poss-opposition",
         "The British Medical Association's opposition to the proposed fee surprised ministers.",
         {{"British Medical Association", "opposes", "fee"}}},
        {"opposes", "critics-such-as",
         "Critics of the proposed fee, such as the British Medical Association, say it is unfair.",
         {{"British Medical Association", "opposes", "fee"}}},
        {"opposes", "criticism-from",
         "The proposed fee has drawn criticism from the British Medical Association.",
         {{"British Medical Association", "opposes", "fee"}}},
        {"opposes", "opponent-of",
         "The British Medical Association, a fierce opponent of the proposed fee, called for a vote.",
         {{"British Medical Association", "opposes", "fee"}}},
        {"supports", "with-backing",
         "With the backing of the Marlow Trust, the Kestrel Housing Association built 40 homes.",
         {{"Marlow Trust", "supports", "Kestrel Housing Association"}}},
        {"supports", "supporter-of",
         "The Marlow Trust, a long-time supporter of the Kestrel Housing Association, called for a vote.",
         {{"Marlow Trust", "supports", "Kestrel Housing Association"}}},
        {"supports", "support-from",
         "The Kestrel Housing Association received support from the Marlow Trust.",
         {{"Marlow Trust", "supports|provides", "Kestrel Housing Association"}}},
        {"supports", "poss-support",
         "The Marlow Trust's support for the Kestrel Housing Association ended in May.",
         {{"Marlow Trust", "supports", "Kestrel Housing Association"}}},
        {"regulates", "regulator-of-appos",
         "The regulator of payday lenders, the Financial Conduct Authority, said fees would fall.",
         {{"Financial Conduct Authority", "regulates", "lenders"}}},
        {"regulates", "watchdog-appos",
         "The Financial Conduct Authority, the watchdog for payday lenders, said fees would fall.",
         {{"Financial Conduct Authority", "regulates", "lenders"}}},
        {"regulates", "poss-oversight",
         "The Financial Conduct Authority's oversight of payday lenders was criticised by MPs.",
         {{"Financial Conduct Authority", "regulates", "lenders"}}},
        {"establishes", "founder-appos",
         "Joseph Kariuki, the founder of the Amara Foundation, said the results were strong.",
         {{"Joseph Kariuki", "establishes", "Amara Foundation"}}},
        {"establishes", "poss-founder",
         "The Amara Foundation's founder, Joseph Kariuki, said the results were strong.",
         {{"Joseph Kariuki", "establishes", "Amara Foundation"}}},
        {"part-of", "pron-poss-officer",
         "The Harbour Union called a strike. Its regional officer, Tom Reed, said the talks had failed.",
         {{"Tom Reed", "part-of", "Harbour Union"}}},
        {"part-of", "pron-poss-minister",
         "The Welsh Government backed the plan. Its transport minister, Ann Price, said the line would reopen.",
         {{"Ann Price", "part-of", "Welsh Government"}}},
        {"funds", "poss-money-comes-from",
         "The Kelby Museum is small. Most of its income comes from the Dunmore Group.",
         {{"Dunmore Group", "funds", "Kelby Museum"}}},
        {"owns", "stake-held-by",
         "A 40 percent stake held by the Marlow Pension Fund was sold in May.",
         {{"Marlow Pension Fund", "owns", "stake"}}},
        {"establishes", "founded-by",
         "The Amara Foundation, founded by Joseph Kariuki in 2004, said the results were strong.",
         {{"Joseph Kariuki", "establishes", "Amara Foundation"}}},
    };
    return cells;
}

// lower case, every "the " dropped, runs of white space made one space
std::string key(const std::string& s) {
    std::string low = grid::lower(s);
    for (std::size_t at = 0; (at = low.find("the ", at)) != std::string::npos;) low.erase(at, 4);
    std::string out;
    for (char c : low) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool one_of(const std::string& relation, const std::string& relations) {
    return ("|" + relations + "|").find("|" + relation + "|") != std::string::npos;
}

bool accepts(const graph::KnowledgeGraph& kg, const Accepted& want) {
    const std::string s = key(want.subject), o = key(want.object);
    for (auto e : kg.edges()) {
        const auto& c = kg.claim(e);
        if (c.negated || !one_of(c.relation, want.relations)) continue;
        const std::string a = key(kg.actor(kg.source(e)).label), b = key(kg.actor(kg.target(e)).label);
        if (a.find(s) != std::string::npos && b.find(o) != std::string::npos) return true;
        const bool symmetric = c.relation == "cooperates-with" || c.relation == "competes-with";
        if (symmetric && a.find(o) != std::string::npos && b.find(s) != std::string::npos) return true;
    }
    return false;
}

// The cells that fail today, "relation/construction" (3 of 65).
const std::set<std::string> kKnownFailures = {
    "employs/poss-staff", "instance-of/desc-name", "part-of/poss-subsidiary",
};

}  // namespace

TEST_CASE("the noun grid: each relation said by a noun, possessive, apposition or preposition gives its claim, but for "
          "the known failures",
          "[extract][noun-grid]") {
    std::set<std::string> failing, names;
    for (const NounCell& cell : noun_cells()) {
        const std::string name = std::string(cell.relation) + "/" + cell.construction;
        CHECK(names.insert(name).second);
        const graph::KnowledgeGraph kg = grid::graph_of(cell.text);
        bool ok = false;
        for (const Accepted& want : cell.accepted) ok = ok || accepts(kg, want);
        if (!ok) failing.insert(name);
    }
    CHECK(names.size() == 65);
    const auto [newly_failing, mended] = grid::drift(failing, kKnownFailures);
    CHECK(newly_failing == std::vector<std::string>{});
    CHECK(mended == std::vector<std::string>{});
}
