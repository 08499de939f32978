// The polarity grid: claim polarity, modality and attribution. Six relations (funds, acquires,
// cooperates-with, regulates, leads, opposes), each said in 27 forms that deny it ("did not fund",
// "never", "no longer", "refused to", "declined to", "failed to", "denied that it funds",
// "neither ... nor", "not ... but"), put it in the future or in doubt ("plans to", "intends to",
// "will", "may", "could", "might", "is expected to", "is considering", "is in talks to", a question,
// a condition), or report it ("said it would", "according to", "denied reports that", "rumours
// that"), or dispute it ("disputed that", "rejected claims that", "denied funding"), one short
// document each, with names of our own. Every cell states the exact edges it must give:
// subject, relation, object, `negated` and `modality` (ontology.md). Keys match as in the verb
// grid: the node label, in lower case, must contain the key; cooperates-with matches either way
// round. A cell fails when an expected edge is missing, or when the same relation joins
// the same two nodes with another polarity or modality (a positive claim beside the negated one,
// "planned" where "possible" is due), or when a cell that expects no edge has one.
//
// Conventions, where ontology.md is silent (also in README.md, Tests):
// - a governor that denies its infinitive ("refused to", "declined to", "failed to") negates the
//   claim; so does a subject's denial of it ("X denied that it funds Y", "X denied reports that it
//   had funded Y", "X disputed that", "X rejected claims that", "X denied funding Y"). "Neither A nor B funds Y" denies it of both; "funds not Y but W" denies it of Y
//   and asserts it of W. A denied claim keeps the modality of its own clause (asserted here).
// - "planned": will, plan to, intend to, is expected to (the act foreseen), and "would" in what one
//   said one would do ("X said it would fund Y": the reported "will" of X's plan; "X said the plan
//   would harm Y", of another, stays "possible").
// - "possible": may, could, might; "is considering", "is in talks to" (an act weighed, not yet
//   decided); a main clause under a condition ("If the plan is approved, X will fund Y").
// - "question": the claim of a question ("Will X fund Y?").
// - attribution does not change the claim: "According to Z, X funded Y" is asserted (the
//   evidence keeps the sentence); "rumours that X will fund Y" gives no claim, as "the claim that",
//   "the allegation that" do (assertion nouns: what they say is put forward, not stated).
// The cells that fail today are listed by name in kKnownFailures, so the test fails both when a
// cell breaks and when one is mended (then run scripts/gridlist.py polarity, which rewrites the
// list from the test's own report).
#include "grid_support.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <iostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace claimgraph;

namespace {

// One relation's words: the subject, a partner for "neither ... nor", the verb's forms, the object
// and a second object for "not ... but".
struct Relation {
    const char* name;
    const char* subject;      // as written mid-sentence
    const char* subject_key;  // what the subject's node label must contain
    const char* partner;      // a second subject, for "neither ... nor"
    const char* partner_key;
    const char* base;  // "cooperate with": the verb and its preposition
    const char* third;
    const char* past;
    const char* participle;
    const char* ing;
    const char* object;
    const char* object_key;
    const char* other;  // a second object, for "not ... but"
    const char* other_key;
};

const Relation kRelations[] = {
    {"funds", "the Halvorsen Foundation", "halvorsen foundation", "the Orbis Trust", "orbis trust", "fund", "funds",
     "funded", "funded", "funding", "the Riverside Literacy Project", "riverside literacy project",
     "the Harbour Choir", "harbour choir"},
    {"acquires", "Norvex Group", "norvex group", "Tollan Industries", "tollan industries", "acquire", "acquires",
     "acquired", "acquired", "acquiring", "Pellham Foods", "pellham foods", "Brisk Dairies", "brisk dairies"},
    {"cooperates-with", "Dunmore University", "dunmore university", "Kellner College", "kellner college",
     "cooperate with", "cooperates with", "cooperated with", "cooperated with", "cooperating with",
     "the Marsh Institute", "marsh institute", "the Arden Observatory", "arden observatory"},
    {"regulates", "the Financial Conduct Authority", "financial conduct authority", "the Treasury", "treasury",
     "regulate", "regulates", "regulated", "regulated", "regulating", "payday lenders", "lenders", "credit unions",
     "credit unions"},
    {"leads", "Marta Quinlan", "marta quinlan", "Tom Hale", "tom hale", "lead", "leads", "led", "led", "leading",
     "the Brenton Institute", "brenton institute", "the Harbour Board", "harbour board"},
    {"opposes", "the British Medical Association", "british medical association", "the Royal College of Nursing",
     "royal college of nursing", "oppose", "opposes", "opposed", "opposed", "opposing", "the proposed fee", "fee",
     "the new levy", "levy"},
};

struct Want {
    std::string subject, object;
    bool negated;
    std::string modality;
};

struct Cell {
    std::string name, text;
    std::vector<Want> edges;  // none: the relation must join neither pair at all
    std::vector<std::pair<std::string, std::string>> pairs;  // the pairs checked when `edges` is empty
};

std::string capitalised(std::string s) {
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::vector<Cell> cells(const Relation& r) {
    const std::string s = r.subject, S = capitalised(s), o = r.object, w = r.other;
    const std::string b = r.base, z = r.third, p = r.past, pp = r.participle, ing = r.ing;
    const std::string sk = r.subject_key, ok = r.object_key, pk = r.partner_key, wk = r.other_key;
    const std::string pron = std::string(r.name) == "leads" ? "she" : "it";
    const std::string partner = r.partner;
    // "cooperates not with X but with W": the preposition goes with each object
    const std::size_t gap = z.find(' ');
    const std::string verb_z = z.substr(0, gap), prep = gap == std::string::npos ? "" : z.substr(gap + 1) + " ";
    auto yes = [&](const std::string& modality) { return std::vector<Want>{{sk, ok, false, modality}}; };
    auto no = [&]() { return std::vector<Want>{{sk, ok, true, "asserted"}}; };
    return {
        {"negated", S + " did not " + b + " " + o + ".", no(), {}},
        {"never", S + " has never " + pp + " " + o + ".", no(), {}},
        {"no-longer", S + " no longer " + z + " " + o + ".", no(), {}},
        {"refused-to", S + " refused to " + b + " " + o + ".", no(), {}},
        {"declined-to", S + " declined to " + b + " " + o + ".", no(), {}},
        {"failed-to", S + " failed to " + b + " " + o + ".", no(), {}},
        {"denied-that", S + " denied that " + pron + " " + z + " " + o + ".", no(), {}},
        {"neither-nor", "Neither " + s + " nor " + partner + " " + z + " " + o + ".",
         {{sk, ok, true, "asserted"}, {pk, ok, true, "asserted"}}, {}},
        {"not-but", S + " " + verb_z + " not " + prep + o + " but " + prep + w + ".",
         {{sk, ok, true, "asserted"}, {sk, wk, false, "asserted"}}, {}},
        {"plans-to", S + " plans to " + b + " " + o + ".", yes("planned"), {}},
        {"intends-to", S + " intends to " + b + " " + o + ".", yes("planned"), {}},
        {"will", S + " will " + b + " " + o + ".", yes("planned"), {}},
        {"may", S + " may " + b + " " + o + ".", yes("possible"), {}},
        {"could", S + " could " + b + " " + o + ".", yes("possible"), {}},
        {"might", S + " might " + b + " " + o + ".", yes("possible"), {}},
        {"expected-to", S + " is expected to " + b + " " + o + ".", yes("planned"), {}},
        {"considering", S + " is considering " + ing + " " + o + ".", yes("possible"), {}},
        {"in-talks-to", S + " is in talks to " + b + " " + o + ".", yes("possible"), {}},
        {"question", "Will " + s + " " + b + " " + o + "?", yes("question"), {}},
        {"conditional", "If the plan is approved, " + s + " will " + b + " " + o + ".", yes("possible"), {}},
        {"said-would", S + " said " + pron + " would " + b + " " + o + ".", yes("planned"), {}},
        {"according-to", "According to the Daily Ledger, " + s + " " + p + " " + o + " last year.",
         yes("asserted"), {}},
        {"denied-reports", S + " denied reports that " + pron + " had " + pp + " " + o + ".", no(), {}},
        {"rumours", "Rumours that " + s + " will " + b + " " + o + " spread quickly on Monday.", {}, {{sk, ok}}},
        {"disputed-that", S + " disputed that " + pron + " had " + pp + " " + o + ".", no(), {}},
        {"rejected-claims", S + " rejected claims that " + pron + " had " + pp + " " + o + ".", no(), {}},
        {"denied-ing", S + " denied " + ing + " " + o + ".", no(), {}},
    };
}

bool joins(const graph::KnowledgeGraph& kg, graph::Edge e, const std::string& relation, const std::string& subject,
           const std::string& object) {
    const auto& c = kg.claim(e);
    if (c.relation != relation) return false;
    const std::string a = grid::lower(kg.actor(kg.source(e)).label), b = grid::lower(kg.actor(kg.target(e)).label);
    if (a.find(subject) != std::string::npos && b.find(object) != std::string::npos) return true;
    return relation == "cooperates-with" && a.find(object) != std::string::npos && b.find(subject) != std::string::npos;
}

// Each expected edge is there, with its polarity and modality, and no other edge of the relation
// joins the same two nodes; a cell that expects none has no edge of the relation on its pairs.
bool exact(const graph::KnowledgeGraph& kg, const std::string& relation, const Cell& cell) {
    for (const Want& want : cell.edges) {
        bool found = false;
        for (auto e : kg.edges()) {
            if (!joins(kg, e, relation, want.subject, want.object)) continue;
            const auto& c = kg.claim(e);
            if (c.negated != want.negated || c.modality != want.modality) return false;
            found = true;
        }
        if (!found) return false;
    }
    for (const auto& [subject, object] : cell.pairs) {
        for (auto e : kg.edges()) {
            if (joins(kg, e, relation, subject, object)) return false;
        }
    }
    return true;
}

// The cells that fail today, "relation/construction" (1 of 162): "Neither the Halvorsen Foundation
// nor the Orbis Trust funds" (one name across "nor"). ("Neither the British Medical Association nor
// the Royal College of Nursing opposes", whose "of Nursing opposes" was read as a clause, passes
// since session 21; "Rumours that Norvex Group will acquire Pellham Foods spread quickly", whose
// "that" was read as a relative pronoun, since session 22: "rumours" keeps its content clause.)
const std::set<std::string> kKnownFailures = {
    "funds/neither-nor",
};

}  // namespace

TEST_CASE("the polarity grid: each relation denied, in doubt, planned, asked or reported gives its exact edges, but "
          "for the known failures",
          "[extract][polarity-grid]") {
    std::set<std::string> failing, names;
    for (const Relation& r : kRelations) {
        for (const Cell& c : cells(r)) {
            const std::string name = std::string(r.name) + "/" + c.name;
            CHECK(names.insert(name).second);
            const graph::KnowledgeGraph kg = grid::graph_of(c.text);
            if (exact(kg, r.name, c)) continue;
            failing.insert(name);
            // CLAIMGRAPH_GRID_DUMP=1: each failing cell's text and edges on stderr
            if (std::getenv("CLAIMGRAPH_GRID_DUMP")) {
                std::cerr << name << ": " << c.text << "\n";
                for (auto e : kg.edges()) {
                    const auto& cl = kg.claim(e);
                    std::cerr << "    " << kg.actor(kg.source(e)).label << " -" << cl.relation << "-> "
                              << kg.actor(kg.target(e)).label << (cl.negated ? " negated " : " ") << cl.modality
                              << "\n";
                }
            }
        }
    }
    CHECK(names.size() == 162);
    const auto [newly_failing, mended] = grid::drift(failing, kKnownFailures);
    CHECK(newly_failing == std::vector<std::string>{});
    CHECK(mended == std::vector<std::string>{});
}
