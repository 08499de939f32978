#include "extract/lexicon.hpp"

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "common/paths.hpp"
#include "common/utf8.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <map>

namespace claimgraph::extract {

Lexicon Lexicon::load(const std::string& path) { return parse(read_file(path), path); }

Lexicon Lexicon::load_default() { return load(find_data_file("lexicon.json")); }

Lexicon Lexicon::parse(std::string_view text, const std::string& source) {
    rapidjson::Document d;
    // Iterative: the recursive parser overflows the stack on deeply nested input (a million '['
    // crashed it; tests/extract/test_hostile_json.cpp).
    d.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(text.data(),
                                                                                text.size());
    auto at = [&](std::size_t offset) {
        auto p = utf8::position_of(text, offset);
        return source + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
    };
    auto key_at = [&](std::string_view key) {
        std::string quoted(1, '"');  // built in steps: GCC 12 warns (-Wrestrict) on "\"" + key
        quoted += key;
        quoted += '"';
        std::size_t pos = text.find(quoted);
        return pos == std::string_view::npos ? source : at(pos);
    };
    if (d.HasParseError()) {
        throw InputError(at(d.GetErrorOffset()) + ": not valid JSON: " +
                         rapidjson::GetParseError_En(d.GetParseError()));
    }
    if (!d.IsObject() || !d.HasMember("format") || !d["format"].IsString() ||
        std::string_view(d["format"].GetString()) != "claimgraph-lexicon") {
        throw InputError(source + ": \"format\" must be \"claimgraph-lexicon\"; is this a lexicon file?");
    }
    if (!d.HasMember("version") || !d["version"].IsInt() || d["version"].GetInt() != kFormatVersion) {
        throw InputError(key_at("version") + ": lexicon format version must be " +
                         std::to_string(kFormatVersion));
    }
    Lexicon lex;
    const std::map<std::string, Set*> lists = {
        {"drop_from_label", &lex.drop_}, {"transparent_nouns", &lex.transparent_},
        {"negation", &lex.negation_}, {"modal_possible", &lex.possible_},
        {"modal_planned", &lex.planned_}, {"planning_verbs", &lex.planning_},
        {"reporting_verbs", &lex.reporting_}, {"weak_verbs", &lex.weak_},
        {"pronouns_singular", &lex.sing_}, {"pronouns_plural", &lex.plur_},
        {"pronouns_person", &lex.person_}, {"pronouns_first_second", &lex.first_second_},
        {"relative_pronouns", &lex.relative_}, {"demonstratives", &lex.demonstrative_},
        {"example_markers", &lex.example_}, {"alias_markers", &lex.alias_},
        {"generic_heads", &lex.generic_}, {"navigation_words", &lex.navigation_},
        {"joint_modifiers", &lex.joint_}, {"negating_governors", &lex.negating_},
        {"weighing_words", &lex.weighing_}, {"denying_verbs", &lex.denying_},
        {"particles", &lex.particles_}, {"judging_verbs", &lex.judging_},
        {"occupations", &lex.occupations_}, {"past_role_modifiers", &lex.past_role_}, {"deputy_role_modifiers", &lex.deputy_},
        {"source_verbs", &lex.source_}, {"destination_verbs", &lex.destination_}, {"outlay_nouns", &lex.outlay_}, {"receiving_verbs", &lex.receiving_}, {"money_nouns", &lex.money_}, {"grant_nouns", &lex.grant_}, {"facility_nouns", &lex.facility_}, {"name_prefixes", &lex.name_prefixes_},
        {"time_names", &lex.time_}, {"title_acronyms", &lex.title_acronyms_}, {"given_names", &lex.given_names_},
        {"intention_nouns", &lex.intention_}, {"entitlement_nouns", &lex.entitlement_}, {"assertion_nouns", &lex.assertion_}, {"currency_units", &lex.currency_},
        {"market_occupations", &lex.market_occupations_}, {"contract_nouns", &lex.contract_},
        {"collective_nouns", &lex.collective_}, {"national_company_nouns", &lex.national_company_},
        {"trading_verbs", &lex.trading_}, {"universal_quantifiers", &lex.universal_},
        {"regulator_heads", &lex.regulator_heads_}, {"approving_verbs", &lex.approving_},
    };
    for (auto it = d.MemberBegin(); it != d.MemberEnd(); ++it) {
        std::string key(it->name.GetString(), it->name.GetStringLength());
        if (key == "format" || key == "version" || key == "comment" ||
            key == "partitive_only_with_of" || key == "possibility_verbs" || key == "purpose_marks") {
            continue;
        }
        auto found = lists.find(key);
        if (found == lists.end()) {
            throw InputError(key_at(key) + ": unknown key \"" + key + "\" in the lexicon");
        }
        if (!it->value.IsArray()) throw InputError(key_at(key) + ": \"" + key + "\" must be a list of strings");
        for (const auto& w : it->value.GetArray()) {
            if (!w.IsString()) throw InputError(key_at(key) + ": \"" + key + "\" must hold only strings");
            found->second->emplace(w.GetString(), w.GetStringLength());
        }
    }
    return lex;
}

}  // namespace claimgraph::extract
