// Closed-class word lists the claim extractor needs (data/lexicon.json): determiners and vague
// quantifiers that leave an actor's label, transparent nouns ("a series of X" is X), negation and
// modality markers, pronouns. Data with a format version, not code.
#pragma once

#include "common/string_hash.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace claimgraph::extract {

class Lexicon {
public:
    static constexpr int kFormatVersion = 1;

    static Lexicon load(const std::string& path);
    static Lexicon parse(std::string_view json, const std::string& source);
    static Lexicon load_default();

    bool drop_from_label(std::string_view w) const { return has(drop_, w); }
    bool transparent(std::string_view w) const { return has(transparent_, w); }
    bool negation(std::string_view w) const { return has(negation_, w); }
    bool modal_possible(std::string_view w) const { return has(possible_, w); }
    bool modal_planned(std::string_view w) const { return has(planned_, w); }
    bool planning_verb(std::string_view w) const { return has(planning_, w); }
    bool reporting_verb(std::string_view w) const { return has(reporting_, w); }
    bool weak_verb(std::string_view w) const { return has(weak_, w); }
    bool pronoun_singular(std::string_view w) const { return has(sing_, w); }
    bool pronoun_plural(std::string_view w) const { return has(plur_, w); }
    bool pronoun_person(std::string_view w) const { return has(person_, w); }
    bool pronoun_first_second(std::string_view w) const { return has(first_second_, w); }
    bool relative_pronoun(std::string_view w) const { return has(relative_, w); }
    bool demonstrative(std::string_view w) const { return has(demonstrative_, w); }
    bool example_marker(std::string_view w) const { return has(example_, w); }
    bool alias_marker(std::string_view w) const { return has(alias_, w); }
    bool generic_head(std::string_view w) const { return has(generic_, w); }
    bool navigation_word(std::string_view w) const { return has(navigation_, w); }
    bool joint_modifier(std::string_view w) const { return has(joint_, w); }
    bool negating_governor(std::string_view w) const { return has(negating_, w); }
    // "is considering buying", "is in talks to buy": an act weighed, not yet decided (possible).
    bool weighing_word(std::string_view w) const { return has(weighing_, w); }
    // "denied that it funds", "denied reports that it had funded": what they deny is not so.
    bool denying_verb(std::string_view w) const { return has(denying_, w); }
    bool particle(std::string_view w) const { return has(particles_, w); }
    bool judging_verb(std::string_view w) const { return has(judging_, w); }
    // "an analyst at X": whose role noun says they work where they are "at". Besides the list, the
    // names of sciences' practitioners: "-ologist" ("a psychologist at X", "a seismologist") and
    // "-icist" ("a bioethicist at X", "a geneticist", "a physicist"), which no list keeps whole.
    bool occupation(std::string_view w) const {
        // (-ologist, -icist, -ician, -iatrist, -ographer: "virologist", "physicist",
        // "paediatrician", "psychiatrist", "radiographer".)
        auto ends = [w](std::string_view s) { return w.size() > s.size() + 1 && w.substr(w.size() - s.size()) == s; };
        return has(occupations_, w) || ends("ologist") || ends("icist") || ends("ician") || ends("iatrist") ||
               ends("ographer");
    }
    // "a plan to build homes", "a decision to close": nouns of intending whose infinitive's doer
    // is whoever intends, not the noun.
    bool intention_noun(std::string_view w) const { return has(intention_, w); }
    // "the right to bring a claim", "no standing to sue": whoever holds it does the act.
    bool entitlement_noun(std::string_view w) const { return has(entitlement_, w); }
    // "the argument that the extensions were minor changes": a noun whose "that" clause is a
    // view put forward, not a fact the writer states.
    bool assertion_noun(std::string_view w) const { return has(assertion_, w); }
    // "signed a contract with X to supply cranes", "awarded X a contract to build": nouns of
    // engaging someone to do a task, whose infinitive's doer is the one engaged, and which one
    // bids for or wins but does not buy.
    bool contract_noun(std::string_view w) const { return has(contract_, w); }
    // "MP Jones", "CEO Smith": upper-case titles written before a personal name.
    bool title_acronym(std::string_view w) const { return has(title_acronyms_, w); }
    // "Fiona", "Hamish": common given names as written (capitalised), the first word of a
    // person's name whatever its surname's naming pattern would say ("Fiona Grant").
    bool given_name(std::string_view w) const { return has(given_names_, w); }
    // "a former researcher at X": a role held no longer.
    bool past_role_modifier(std::string_view w) const { return has(past_role_, w); }
    // "deputy director", "vice-president", "assistant chief constable": words that make a role
    // the deputy of one; the title is looked up without them.
    bool deputy_modifier(std::string_view w) const { return has(deputy_, w); }
    // "raised money", "raise funds": nouns that name money itself, which one raises by collecting
    // it ("raise fees" is making them higher).
    bool money_noun(std::string_view w) const { return has(money_, w); }
    // "received a loan from the bank", "won a grant from X": sums given or lent to whoever
    // receives them, so that the giver funds the receiver ("raised its grant" still makes it
    // higher, unlike money raised).
    bool grant_noun(std::string_view w) const { return has(grant_, w); }
    // Buildings where a business works ("a warehouse in Leeds"): things that stand in a place.
    bool facility_noun(std::string_view w) const { return has(facility_, w); }
    // "St. Anselm Medical Center", "St Helens": abbreviations that open a name (a saint's), never
    // a title dropped from it as "Dr" is. Lower case.
    bool name_prefix(std::string_view w) const { return has(name_prefixes_, w); }
    // Units money is counted in ("dollar", "euro") and currency signs ("$"): "330 dollars".
    bool currency_unit(std::string_view w) const { return has(currency_, w); }
    // People whose employer is most often a bank or a broker: "analysts at Nordea".
    bool market_occupation(std::string_view w) const { return has(market_occupations_, w); }
    // "a group of four universities", "a body of experts": transparent nouns that also name one
    // whole made of their complement, which a name in apposition to them is.
    bool collective(std::string_view w) const { return has(collective_, w); }
    // "the Belgian group Dufour", "the US group Talland Health": nouns for a body that, known
    // only by its home country, name a company in news English (a campaign group has its field).
    bool national_company_noun(std::string_view w) const { return has(national_company_, w); }
    // "X, which makes batteries": verbs of trade whose subject, a body, is a company.
    bool trading_verb(std::string_view w) const { return has(trading_, w); }
    // "Most of the money will come from the agency": verbs that say where something is from.
    bool source_verb(std::string_view w) const { return has(source_, w); }
    // "Most of its budget goes to X": verbs that say where money ends up.
    bool destination_verb(std::string_view w) const { return has(destination_, w); }
    // "the council's spending": nouns for the money an actor pays out, which the fund type's
    // heads (money set aside) leave out.
    bool outlay_noun(std::string_view w) const { return has(outlay_, w); }
    // "received support from", "drew criticism from": verbs whose subject gets what its object
    // names from someone.
    bool receiving_verb(std::string_view w) const { return has(receiving_, w); }
    // "all of the partners", "each of them": quantifiers that take in the whole of their class.
    bool universal_quantifier(std::string_view w) const { return has(universal_, w); }
    // "in March", "on Tuesday": names of times, not of places (lower case).
    bool time_name(std::string_view w) const { return has(time_, w); }
    // "the Competition Authority", "the watchdog": head nouns of bodies that regulate, whose
    // approval ("approve", "authorise") of something regulates it.
    bool regulator_head(std::string_view w) const { return has(regulator_heads_, w); }
    bool approving_verb(std::string_view w) const { return has(approving_, w); }

private:
    // Looked up by string_view without building a string (the extractor asks thousands of
    // times a document).
    using Set = std::unordered_set<std::string, StringViewHash, std::equal_to<>>;
    static bool has(const Set& s, std::string_view w) { return s.find(w) != s.end(); }

    Set drop_, transparent_, negation_, possible_, planned_, planning_, reporting_, weak_, sing_,
        plur_, person_, first_second_, relative_, demonstrative_, example_, alias_, generic_,
        navigation_, joint_, negating_, weighing_, denying_, particles_, judging_, occupations_, past_role_, deputy_, title_acronyms_, given_names_, intention_, entitlement_, assertion_, source_, destination_, outlay_, receiving_,
        time_, money_, grant_, facility_, name_prefixes_, currency_, market_occupations_, contract_, collective_,
        national_company_, trading_, universal_, regulator_heads_, approving_;
};

}  // namespace claimgraph::extract
