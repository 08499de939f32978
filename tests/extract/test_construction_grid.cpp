// A grid of constructions: each of 18 relations said by a verb, in 41 constructions of English
// (active, passive, relative clauses, participles, negation, modals, reported speech,
// coordination, "together with", a perfect participle opening the sentence, a headline, a
// pronoun in the next sentence...), one short document each, with names of our own. Every cell
// states the claim it must give: subject, relation, object and whether it is negated. The cells
// that fail today are listed by name in kKnownFailures, so the test fails both when a cell
// breaks and when one is mended (then run scripts/gridlist.py, which rewrites the list).
#include "grid_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace claimgraph;

namespace {

using grid::lower;

struct Relation {
    const char* name;
    const char* subject;      // as written mid-sentence
    const char* subject_key;  // what the subject's node label must contain
    const char* base;
    const char* third;  // third person singular
    const char* past;
    const char* participle;
    const char* object;
    const char* object_key;
};

const Relation kRelations[] = {
    {"funds", "the Halvorsen Foundation", "halvorsen foundation", "fund", "funds", "funded", "funded",
     "the Riverside Literacy Project", "riverside literacy project"},
    {"supports", "the Marlow Trust", "marlow trust", "support", "supports", "supported", "supported",
     "the Kestrel Housing Association", "kestrel housing association"},
    {"improves", "the Ministry of Health", "ministry of health", "improve", "improves", "improved", "improved",
     "the quality of maternity care", "quality"},
    {"promotes", "the Northfield Chamber of Commerce", "northfield chamber of commerce", "promote", "promotes",
     "promoted", "promoted", "vocational training", "vocational training"},
    {"encourages", "the Ministry of Education", "ministry of education", "encourage", "encourages", "encouraged",
     "encouraged", "young women", "women"},
    {"establishes", "Brightwell University", "brightwell university", "establish", "establishes", "established",
     "established", "the Centre for Coastal Research", "centre for coastal research"},
    {"issues", "the Department for Transport", "department for transport", "publish", "publishes", "published",
     "published", "new safety guidelines", "guidelines"},
    {"provides", "the Orbis Foundation", "orbis foundation", "provide", "provides", "provided", "provided",
     "free laptops", "laptops"},
    {"cultivates", "Calder College", "calder college", "train", "trains", "trained", "trained", "hundreds of nurses",
     "nurses"},
    {"conducts", "the National Audit Office", "national audit office", "conduct", "conducts", "conducted",
     "conducted", "a survey of hospital trusts", "survey"},
    {"leads", "Professor Anna Kowalski", "anna kowalski", "lead", "leads", "led", "led",
     "the Institute for Fiscal Research", "institute for fiscal research"},
    {"employs", "Varden Logistics", "varden logistics", "employ", "employs", "employed", "employed",
     "about 400 drivers", "drivers"},
    {"owns", "Castlemere Holdings", "castlemere holdings", "own", "owns", "owned", "owned", "the Tarn Valley Railway",
     "tarn valley railway"},
    {"acquires", "Norvex Group", "norvex group", "acquire", "acquires", "acquired", "acquired", "Pellham Foods",
     "pellham foods"},
    {"regulates", "the Financial Conduct Authority", "financial conduct authority", "regulate", "regulates",
     "regulated", "regulated", "payday lenders", "lenders"},
    {"opposes", "the British Medical Association", "british medical association", "oppose", "opposes", "opposed",
     "opposed", "the proposed fee", "fee"},
    {"harms", "the Ashford Paper Mill", "ashford paper mill", "damage", "damages", "damaged", "damaged",
     "the River Leven", "river leven"},
    {"participates-in", "Dunmore University", "dunmore university", "join", "joins", "joined", "joined",
     "the Horizon Europe programme", "horizon europe"},
};

struct Cell {
    Cell(std::string n, std::string t, bool neg = false, std::string p = {})
        : name(std::move(n)), text(std::move(t)), negated(neg), partner(std::move(p)) {}
    std::string name, text;
    bool negated;
    std::string partner;  // a second subject that must make the claim too
};

std::string capitalised(std::string s) {
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::vector<Cell> cells(const Relation& r) {
    const std::string s = r.subject, S = capitalised(s), o = r.object, O = capitalised(o);
    const std::string b = r.base, z = r.third, p = r.past, pp = r.participle;
    std::string ing = b.back() == 'e' ? b.substr(0, b.size() - 1) + "ing" : b + "ing";
    const bool plural_object = o.back() == 's' && o.rfind("the ", 0) != 0;
    const std::string was = plural_object ? "were" : "was";
    const std::string pron = std::string(r.name) == "leads" ? "she" : "it";
    const std::string bare_subject = S.rfind("The ", 0) == 0 ? S.substr(4) : S;
    const std::string partner = "Marsh Institute";
    return {
        {"active", S + " " + z + " " + o + "."},
        {"past-fronted", "Last year, " + s + " " + p + " " + o + "."},
        {"passive", O + " " + was + " " + pp + " by " + s + " in 2021."},
        {"reduced-relative", O + ", " + pp + " by " + s + ", will be reviewed next year."},
        {"subject-relative", S + ", which " + z + " " + o + ", said on Tuesday that it was pleased with the results."},
        {"object-relative", O + ", which " + s + " " + p + " in 2019, has been praised by independent experts."},
        {"control", S + " has agreed to " + b + " " + o + "."},
        {"modal", S + " will " + b + " " + o + " from next year."},
        {"negated", S + " did not " + b + " " + o + ", officials said.", true},
        {"reported", "Officials said that " + s + " had " + pp + " " + o + "."},
        {"coordinated-subjects", S + " and the Marsh Institute " + p + " " + o + ".", false, partner},
        {"coordinated-predicates", S + " welcomed the report and " + p + " " + o + "."},
        {"participle-adjunct", S + " " + p + " " + o + ", saying the decision was overdue."},
        {"according-to", "According to the report, " + s + " " + p + " " + o + " last year."},
        {"apposition-on-subject", S + ", a body based in Leeds, " + p + " " + o + " last year."},
        {"expected-to", S + " is expected to " + b + " " + o + "."},
        {"next-sentence", S + " " + p + " " + o + " in March. The decision surprised analysts."},
        {"time-clause", "After the election, " + s + " " + p + " " + o + ", according to a statement."},
        {"whose-clause", S + ", whose chief executive took office in May, " + p + " " + o + "."},
        {"despite", "Despite the criticism, " + s + " " + p + " " + o + "."},
        {"never", S + " has never " + pp + " " + o + ".", true},
        {"no-longer", S + " no longer " + z + " " + o + ".", true},
        {"will-not", S + " will not " + b + " " + o + ", a spokesperson said.", true},
        {"could", S + " could " + b + " " + o + "."},
        {"plans-to", S + " plans to " + b + " " + o + "."},
        {"said-it-would", S + " said " + pron + " would " + b + " " + o + "."},
        {"pronoun-next-sentence", S + " was founded in 1990. " + capitalised(pron) + " " + p + " " + o + " last year."},
        {"both-and", "Both " + s + " and the Marsh Institute " + p + " " + o + ".", false, partner},
        {"together-with", S + ", together with the Marsh Institute, " + p + " " + o + ".", false, partner},
        {"since", S + " has been " + ing + " " + o + " since 2015."},
        {"headline", bare_subject + " to " + b + " " + o + "\n\nThe announcement was made on Monday."},
        {"while-clause", S + " " + p + " " + o + ", while the Marsh Institute cut its budget."},
        {"also", S + " also " + p + " " + o + "."},
        {"perfect", S + " has " + pp + " " + o + "."},
        {"passive-modal", O + " will be " + pp + " by " + s + "."},
        {"passive-negated", O + " was not " + pp + " by " + s + ".", true},
        {"said-after", S + " " + p + " " + o + ", the minister said."},
        {"after-gerund", "After " + ing + " " + o + ", " + s + " opened a new office."},
        {"having-participle", "Having " + pp + " " + o + " in 2019, " + s + " now plans to expand."},
        {"because", "Prices rose because " + s + " " + p + " " + o + "."},
        {"relative-past", S + ", which " + p + " " + o + " last year, said the results were encouraging."},
    };
}

bool has_claim(const graph::KnowledgeGraph& kg, const std::string& subject, const std::string& relation,
               const std::string& object, bool negated) {
    for (auto e : kg.edges()) {
        const auto& c = kg.claim(e);
        if (c.relation != relation || c.negated != negated) continue;
        const std::string a = lower(kg.actor(kg.source(e)).label), o = lower(kg.actor(kg.target(e)).label);
        if (a.find(subject) != std::string::npos && o.find(object) != std::string::npos) return true;
    }
    return false;
}

// The cells that fail today, "relation/construction" (3 of 738): an object relative on the second
// of two nouns ("A survey of hospital trusts, which the National Audit Office conducted");
// "regulated payday lenders" read as one noun phrase after "and" ("welcomed the report and
// regulated"); "Northfield Chamber of Commerce" losing "of Commerce" in a headline.
const std::set<std::string> kKnownFailures = {
    "conducts/object-relative", "promotes/headline", "regulates/coordinated-predicates",
};

}  // namespace

TEST_CASE("the construction grid: each relation in each construction gives its claim, but for the known failures",
          "[extract][grid]") {
    std::set<std::string> failing;
    std::size_t total = 0;
    for (const Relation& r : kRelations) {
        for (const Cell& c : cells(r)) {
            const graph::KnowledgeGraph kg = grid::graph_of(c.text);
            bool ok = has_claim(kg, r.subject_key, r.name, r.object_key, c.negated);
            if (!c.partner.empty()) ok = ok && has_claim(kg, lower(c.partner), r.name, r.object_key, c.negated);
            ++total;
            if (!ok) failing.insert(std::string(r.name) + "/" + c.name);
        }
    }
    CHECK(total == 738);
    const auto [newly_failing, mended] = grid::drift(failing, kKnownFailures);
    CHECK(newly_failing == std::vector<std::string>{});
    CHECK(mended == std::vector<std::string>{});
}
