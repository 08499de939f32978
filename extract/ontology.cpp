#include "extract/ontology.hpp"

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "common/paths.hpp"
#include "common/utf8.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>

namespace claimgraph::extract {

namespace {

// Locates a key or value in the source for error messages: the line of the n-th occurrence of
// `"needle"` (1-based n), or of the first one.
std::string where(std::string_view text, const std::string& source, std::string_view needle,
                  int nth = 1) {
    std::string quoted = "\"" + std::string(needle) + "\"";
    std::size_t pos = std::string_view::npos, from = 0;
    for (int i = 0; i < nth; ++i) {
        std::size_t p = text.find(quoted, from);
        if (p == std::string_view::npos) break;
        pos = p;
        from = p + 1;
    }
    if (pos == std::string_view::npos) return source;
    auto p = utf8::position_of(text, pos);
    return source + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::size_t word_count(std::string_view s) {
    std::size_t n = s.empty() ? 0 : 1;
    for (char c : s) n += c == ' ';
    return n;
}

}  // namespace

Ontology Ontology::load(const std::string& path) {
    std::string text = read_file(path);
    return parse(text, path);
}

Ontology Ontology::load_default() { return load(find_data_file("ontology.json")); }

Ontology Ontology::parse(std::string_view text, const std::string& source) {
    rapidjson::Document d;
    // Iterative: the recursive parser overflows the stack on deeply nested input (a million '['
    // crashed it; tests/extract/test_hostile_json.cpp).
    d.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(text.data(),
                                                                                text.size());
    if (d.HasParseError()) {
        auto p = utf8::position_of(text, d.GetErrorOffset());
        throw InputError(source + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                         ": not valid JSON: " + rapidjson::GetParseError_En(d.GetParseError()));
    }
    auto fail = [&](std::string_view needle, const std::string& what, int nth = 1) -> void {
        throw InputError(where(text, source, needle, nth) + ": " + what);
    };
    if (!d.IsObject()) fail("", "an ontology is a JSON object with \"format\", \"version\", \"types\" and \"relations\"");
    if (!d.HasMember("format") || !d["format"].IsString() ||
        std::string_view(d["format"].GetString()) != "claimgraph-ontology") {
        fail("format", "\"format\" must be \"claimgraph-ontology\"; is this an ontology file?");
    }
    if (!d.HasMember("version") || !d["version"].IsInt()) fail("version", "\"version\" must be an integer");
    if (d["version"].GetInt() != kFormatVersion) {
        fail("version", "ontology format version " + std::to_string(d["version"].GetInt()) +
                            " is not supported (this claimgraph reads version " +
                            std::to_string(kFormatVersion) + ")");
    }
    static const char* kKnownTop[] = {"format", "version",   "comment",
                                      "types",  "relations", "head_lexicons"};
    for (auto it = d.MemberBegin(); it != d.MemberEnd(); ++it) {
        std::string_view k(it->name.GetString(), it->name.GetStringLength());
        if (std::find(std::begin(kKnownTop), std::end(kKnownTop), k) == std::end(kKnownTop)) {
            fail(k, "unknown key \"" + std::string(k) +
                        "\" (expected format, version, comment, types, relations, head_lexicons)");
        }
    }
    if (!d.HasMember("types") || !d["types"].IsObject()) fail("types", "\"types\" must be an object");
    if (!d.HasMember("relations") || !d["relations"].IsObject()) {
        fail("relations", "\"relations\" must be an object");
    }

    Ontology o;
    auto string_list = [&](const rapidjson::Value& owner, const char* key, const std::string& ctx,
                           auto&& each) {
        if (!owner.HasMember(key)) return;
        const auto& v = owner[key];
        if (!v.IsArray()) fail(key, ctx + ": \"" + key + "\" must be a list of strings");
        for (const auto& s : v.GetArray()) {
            if (!s.IsString()) fail(key, ctx + ": \"" + key + "\" must hold only strings");
            std::string_view sv(s.GetString(), s.GetStringLength());
            if (sv.empty()) fail(key, ctx + ": empty string in \"" + key + "\"");
            each(sv);
        }
    };

    static const char* kTypeKeys[] = {"heads", "names", "patterns", "before_country", "description"};
    for (auto it = d["types"].MemberBegin(); it != d["types"].MemberEnd(); ++it) {
        std::string type(it->name.GetString(), it->name.GetStringLength());
        if (!it->value.IsObject()) fail(type, "type \"" + type + "\" must be an object");
        for (auto m = it->value.MemberBegin(); m != it->value.MemberEnd(); ++m) {
            std::string_view k(m->name.GetString(), m->name.GetStringLength());
            if (std::find(std::begin(kTypeKeys), std::end(kTypeKeys), k) == std::end(kTypeKeys)) {
                fail(k, "type \"" + type + "\": unknown key \"" + std::string(k) +
                            "\" (expected heads, names, patterns, before_country, description)");
            }
        }
        o.types_.push_back(type);
        string_list(it->value, "heads", "type \"" + type + "\"", [&](std::string_view h) {
            std::string key(h);
            auto [pos, fresh] = o.head_types_.emplace(key, type);
            if (!fresh && pos->second != type) {
                fail(h, "head \"" + key + "\" is listed under both \"" + pos->second + "\" and \"" +
                            type + "\"", 2);
            }
        });
        string_list(it->value, "names", "type \"" + type + "\"", [&](std::string_view n) {
            o.name_types_.emplace(std::string(n), type);
        });
        string_list(it->value, "patterns", "type \"" + type + "\"", [&](std::string_view p) {
            auto star = p.find('*');
            if (star == std::string_view::npos || p.find('*', star + 1) != std::string_view::npos) {
                fail(p, "type \"" + type + "\": pattern \"" + std::string(p) +
                            "\" must contain exactly one '*'");
            }
            o.patterns_.push_back({std::string(p.substr(0, star)), std::string(p.substr(star + 1)), type});
        });
        string_list(it->value, "before_country", "type \"" + type + "\"", [&](std::string_view w) {
            std::string key(w);
            auto [pos, fresh] = o.before_country_.emplace(key, type);
            if (!fresh && pos->second != type) {
                fail(w, "word \"" + key + "\" before a country is listed under both \"" + pos->second +
                            "\" and \"" + type + "\"", 2);
            }
        });
    }
    if (std::find(o.types_.begin(), o.types_.end(), "concept") == o.types_.end()) {
        fail("types", "the types must include \"concept\", the type of everything else");
    }

    static const char* kRelKeys[] = {"symmetric", "verbs", "inverse_verbs", "nouns",
                                     "not_verbs", "description"};
    for (auto it = d["relations"].MemberBegin(); it != d["relations"].MemberEnd(); ++it) {
        std::string rel(it->name.GetString(), it->name.GetStringLength());
        if (!it->value.IsObject()) fail(rel, "relation \"" + rel + "\" must be an object");
        for (char c : rel) {
            if (!(std::islower(static_cast<unsigned char>(c)) || c == '-')) {
                fail(rel, "relation name \"" + rel + "\" must be lower-case words joined by '-'");
            }
        }
        for (auto m = it->value.MemberBegin(); m != it->value.MemberEnd(); ++m) {
            std::string_view k(m->name.GetString(), m->name.GetStringLength());
            if (std::find(std::begin(kRelKeys), std::end(kRelKeys), k) == std::end(kRelKeys)) {
                fail(k, "relation \"" + rel + "\": unknown key \"" + std::string(k) +
                            "\" (expected symmetric, verbs, inverse_verbs, nouns, not_verbs, description)");
            }
        }
        RelationInfo info;
        info.name = rel;
        if (it->value.HasMember("symmetric")) {
            if (!it->value["symmetric"].IsBool()) fail("symmetric", "relation \"" + rel + "\": \"symmetric\" must be true or false");
            info.symmetric = it->value["symmetric"].GetBool();
        }
        std::size_t idx = o.relations_.size();
        o.relation_index_.emplace(rel, idx);
        o.relations_.push_back(info);
        auto add = [&](std::unordered_map<std::string, std::size_t>& map, const char* what) {
            return [&, what](std::string_view phrase) {
                std::string key(phrase);
                auto [pos, fresh] = map.emplace(key, idx);
                if (!fresh && pos->second != idx) {
                    fail(phrase, std::string(what) + " \"" + key + "\" is listed under both \"" +
                                     o.relations_[pos->second].name + "\" and \"" + rel + "\"", 2);
                }
                o.max_verb_words_ = std::max(o.max_verb_words_, word_count(phrase));
            };
        };
        string_list(it->value, "verbs", "relation \"" + rel + "\"", add(o.verbs_, "verb phrase"));
        string_list(it->value, "inverse_verbs", "relation \"" + rel + "\"",
                    add(o.inverse_verbs_, "inverse verb phrase"));
        string_list(it->value, "nouns", "relation \"" + rel + "\"", add(o.nouns_, "noun"));
        string_list(it->value, "not_verbs", "relation \"" + rel + "\"", add(o.not_verbs_, "excluded verb phrase"));
    }
    // Head lexicons, after the types they name. Paths are relative to the ontology file's folder.
    if (d.HasMember("head_lexicons")) {
        const auto& v = d["head_lexicons"];
        const std::string what =
            "\"head_lexicons\" must be a list of file names (relative to the ontology's folder)";
        if (!v.IsArray()) fail("head_lexicons", what);
        const std::filesystem::path base = std::filesystem::path(source).parent_path();
        for (const auto& s : v.GetArray()) {
            if (!s.IsString() || s.GetStringLength() == 0) fail("head_lexicons", what);
            std::filesystem::path p(std::string(s.GetString(), s.GetStringLength()));
            if (p.is_relative()) p = base / p;
            try {
                o.add_head_lexicon(p.string());
            } catch (const IoError& e) {
                fail("head_lexicons", std::string("cannot read head lexicon: ") + e.what());
            }
        }
    }
    // Longer patterns first so that "* Institute of Technology" wins over "* Technology".
    std::stable_sort(o.patterns_.begin(), o.patterns_.end(), [](const Pattern& a, const Pattern& b) {
        return a.prefix.size() + a.suffix.size() > b.prefix.size() + b.suffix.size();
    });
    o.patterns_by_last_.assign(256, {});
    for (uint32_t i = 0; i < o.patterns_.size(); ++i) {
        const std::string& suffix = o.patterns_[i].suffix;
        for (int c = 0; c < 256; ++c) {
            if (suffix.empty() || static_cast<unsigned char>(suffix.back()) == c) o.patterns_by_last_[c].push_back(i);
        }
    }
    return o;
}

bool Ontology::has_type(std::string_view type) const {
    return std::find(types_.begin(), types_.end(), type) != types_.end();
}

std::optional<std::string> Ontology::type_of_head(std::string_view head) const {
    auto it = head_types_.find(std::string(head));
    if (it != head_types_.end()) return it->second;
    for (const auto& lex : lexicons_) {
        auto e = std::lower_bound(
            lex.entries.begin(), lex.entries.end(), head,
            [&lex](const LexiconEntry& a, std::string_view b) { return lex.lemma(a) < b; });
        if (e != lex.entries.end() && lex.lemma(*e) == head) return types_[e->type];
    }
    return std::nullopt;
}

std::optional<std::string> Ontology::type_of_listed_head(std::string_view head) const {
    auto it = head_types_.find(std::string(head));
    if (it == head_types_.end()) return std::nullopt;
    return it->second;
}

std::size_t Ontology::head_lexicon_size() const {
    std::size_t n = 0;
    for (const auto& lex : lexicons_) n += lex.entries.size();
    return n;
}

void Ontology::add_head_lexicon(const std::string& path) {
    HeadLexicon lex;
    {
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            int err = errno;
            throw IoError(path + ": cannot open: " + std::strerror(err) +
                          (err == ENOENT ? " (check the path)" : ""));
        }
        struct stat st {};
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(fd);
            throw IoError(path + ": not a regular file");
        }
        auto size = static_cast<std::size_t>(st.st_size);
        if (size > UINT32_MAX) {
            ::close(fd);
            throw IoError(path + ": too large for a head lexicon (4 GB at most)");
        }
        if (size > 0) {
            void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
            int err = errno;
            ::close(fd);
            if (p == MAP_FAILED) throw IoError(path + ": cannot read: " + std::strerror(err));
            lex.bytes = std::shared_ptr<const char>(
                static_cast<const char*>(p),
                [size](const char* q) { ::munmap(const_cast<char*>(q), size); });
            lex.text = std::string_view(lex.bytes.get(), size);
        } else {
            ::close(fd);
        }
    }
    std::string_view text = lex.text;
    std::size_t line_no = 0;
    auto fail_at = [&](std::size_t line, const std::string& what) -> void {
        throw InputError(path + ":" + std::to_string(line) + ": " + what);
    };
    auto fail = [&](const std::string& what) -> void { fail_at(line_no, what); };
    std::string type_list;
    for (std::size_t i = 0; i < types_.size(); ++i) type_list += (i ? ", " : "") + types_[i];
    lex.entries.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    bool sorted = true;
    std::size_t pos = 0;
    while (pos < text.size() || line_no == 0) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(pos, nl - pos);
        std::size_t line_start = pos;
        pos = nl + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line_no == 1) {
            // "# claimgraph NAME vN", like "# claimgraph wordnet-types v1".
            constexpr std::string_view kPrefix = "# claimgraph ";
            std::size_t v = line.rfind(" v");
            int version = 0;
            bool ok =
                line.substr(0, kPrefix.size()) == kPrefix && v != std::string_view::npos &&
                v > kPrefix.size() &&
                line.substr(kPrefix.size(), v - kPrefix.size()).find(' ') == std::string_view::npos;
            if (ok) {
                auto digits = line.substr(v + 2);
                auto [end, ec] =
                    std::from_chars(digits.data(), digits.data() + digits.size(), version);
                ok = ec == std::errc() && end == digits.data() + digits.size();
            }
            if (!ok) {
                fail("not a claimgraph head lexicon: the first line must be "
                     "\"# claimgraph NAME v1\"");
            }
            if (version != 1) {
                fail("head lexicon format version " + std::to_string(version) +
                     " is not supported (this claimgraph reads version 1)");
            }
            continue;
        }
        if (line.empty() || line.front() == '#') continue;
        std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos || line.find('\t', tab + 1) != std::string_view::npos) {
            fail("expected \"lemma<TAB>type\", got \"" + std::string(line) + "\"");
        }
        std::string_view lemma = line.substr(0, tab), type = line.substr(tab + 1);
        if (lemma.empty()) fail("empty lemma before the tab");
        if (lemma.size() > UINT16_MAX) fail("lemma longer than 65535 bytes");
        for (char c : lemma) {
            if (c >= 'A' && c <= 'Z') {
                fail("lemma \"" + std::string(lemma) + "\" must be lower case");
            }
        }
        auto t = std::find(types_.begin(), types_.end(), type);
        if (t == types_.end()) {
            fail("unknown type \"" + std::string(type) + "\" (the ontology's types are " +
                 type_list + ")");
        }
        if (!lex.entries.empty()) {
            std::string_view last = lex.lemma(lex.entries.back());
            if (last == lemma) fail("lemma \"" + std::string(lemma) + "\" is listed twice");
            sorted = sorted && last < lemma;
        }
        lex.entries.push_back({static_cast<std::uint32_t>(line_start),
                               static_cast<std::uint16_t>(lemma.size()),
                               static_cast<std::uint16_t>(t - types_.begin())});
    }
    // The generator writes sorted files; others are sorted here.
    if (!sorted) {
        auto by_lemma = [&lex](const LexiconEntry& a, const LexiconEntry& b) {
            return lex.lemma(a) < lex.lemma(b);
        };
        std::stable_sort(lex.entries.begin(), lex.entries.end(), by_lemma);
        for (std::size_t i = 1; i < lex.entries.size(); ++i) {
            if (lex.lemma(lex.entries[i]) == lex.lemma(lex.entries[i - 1])) {
                auto line =
                    1 + std::count(text.begin(), text.begin() + lex.entries[i].offset, '\n');
                fail_at(static_cast<std::size_t>(line),
                        "lemma \"" + std::string(lex.lemma(lex.entries[i])) + "\" is listed twice");
            }
        }
    }
    lexicons_.push_back(std::move(lex));
}

std::optional<std::string> Ontology::type_of_name(std::string_view name) const {
    if (auto it = name_types_.find(std::string(name)); it != name_types_.end()) return it->second;
    // "Statistics Canada", "Sport England": a field of public work before a country's name names
    // that country's agency for it (the type's "before_country" words).
    if (const std::size_t sp = name.rfind(' '); sp != std::string_view::npos && !before_country_.empty()) {
        // (The last word first: it is short, and seldom a country, so most names end here.)
        if (auto c = name_types_.find(std::string(name.substr(sp + 1))); c != name_types_.end() && c->second == "country") {
            if (auto b = before_country_.find(std::string(name.substr(0, sp))); b != before_country_.end()) return b->second;
        }
    }
    // "Swedish Agency for Clean Energy", "American Association of University Professors",
    // "Protocol on Cross-Border Services": a name with a "for", "of" or "on" complement is named
    // by the words before it, so a pattern on the last of those ("* Agency") wins over a pattern
    // on the complement's last word ("* Energy"); a pattern that takes in the "of" itself
    // ("* Institute of Technology", "School of *") still counts first.
    std::size_t cut = std::string_view::npos;
    for (std::string_view sep : {" for ", " of ", " on "}) cut = std::min(cut, name.find(sep));
    auto head_type = [&]() -> const std::string* {
        if (cut == std::string_view::npos || cut == 0) return nullptr;
        const std::string_view head = name.substr(0, cut);
        // "Protocol on Cross-Border Services", "Committee on Public Accounts": no pattern opens
        // with "X on", so a topic complement's one-word head is the word of a pattern's own.
        const bool topic = name.substr(cut, 4) == " on " && head.find(' ') == std::string_view::npos;
        for (const auto& p : patterns_) {
            if (topic && p.prefix.empty() && p.suffix.size() == head.size() + 1 && p.suffix[0] == ' ' &&
                std::string_view(p.suffix).substr(1) == head) {
                return &p.type;
            }
            if (!p.prefix.empty() || head.size() <= p.suffix.size()) continue;
            if (!p.suffix.empty() && head.back() != p.suffix.back()) continue;  // cheap reject
            if (head.substr(head.size() - p.suffix.size()) == p.suffix) return &p.type;
        }
        return nullptr;
    };
    static const std::vector<uint32_t> kNone;  // no pattern matches "" (it is not longer than any)
    const std::vector<uint32_t>& candidates =
        name.empty() || patterns_by_last_.empty() ? kNone : patterns_by_last_[static_cast<unsigned char>(name.back())];
    for (uint32_t i : candidates) {
        const Pattern& p = patterns_[i];
        if (name.size() <= p.prefix.size() + p.suffix.size()) continue;
        if (name.substr(name.size() - p.suffix.size()) != p.suffix) continue;
        if (p.prefix.empty() && cut != std::string_view::npos && name.size() - p.suffix.size() > cut) {
            if (const std::string* h = head_type()) return *h;
            // "Faculty of Engineering", "School of Engineering": a pattern that opens with the
            // head and its "of" or "for" ("Faculty of *") names the name, though shorter than a
            // pattern on the complement's last word ("* Engineering").
            for (const auto& q : patterns_) {
                const std::string_view qp(q.prefix);
                const bool of_for = qp.size() > 5 && (qp.substr(qp.size() - 4) == std::string_view(" of ") || qp.substr(qp.size() - 5) == std::string_view(" for "));
                if (of_for && q.prefix.size() > cut && q.suffix.empty() && name.size() > q.prefix.size() &&
                    name.substr(0, q.prefix.size()) == q.prefix) {
                    return q.type;
                }
            }
            // "Director of Public Health", "Secretary of State for Health": with no pattern for
            // the words before the complement, a role the ontology's own head nouns give a
            // person names a person, whatever a pattern on the complement's last word says
            // ("* Health").
            const std::string_view head = name.substr(0, cut);
            const std::size_t sp = head.rfind(' ');
            std::string word(sp == std::string_view::npos ? head : head.substr(sp + 1));
            for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (auto it = head_types_.find(word); it != head_types_.end() && it->second == "person") return it->second;
        }
        if (p.prefix.empty() || (name.front() == p.prefix.front() && name.substr(0, p.prefix.size()) == p.prefix)) {
            return p.type;
        }
        // "Norwegian Ministry of Energy", "Free University of Berlin": a pattern's opening words
        // may follow words that qualify the name (longer patterns still come first).
        if (p.prefix.empty()) continue;
        for (std::size_t at = name.find(' '); at != std::string_view::npos; at = name.find(' ', at + 1)) {
            const std::size_t start = at + 1;
            // A word that cannot open the pattern needs no check of the words before it.
            if (start >= name.size() || name[start] != p.prefix.front()) continue;
            // The qualifying words are capitalised, part of the name ("Cardiff University's
            // School of Dentistry"); after a lower-case word the phrase describes something else
            // ("Students from the College of Nursing").
            bool qualified = true;
            for (std::size_t w = 0; w < start;) {
                if (name[w] >= 'a' && name[w] <= 'z') {
                    qualified = false;
                    break;
                }
                const std::size_t space = name.find(' ', w);
                if (space == std::string_view::npos) break;
                w = space + 1;
            }
            if (!qualified) break;
            if (name.size() > start + p.prefix.size() + p.suffix.size() &&
                name.substr(start, p.prefix.size()) == p.prefix) {
                return p.type;
            }
        }
    }
    // "Imperial College London", "Siemens Energy Germany": a known place closing a name that is
    // an institution's name without it gives the seat or branch, and the institution its type.
    if (const std::size_t sp = name.rfind(' '); sp != std::string_view::npos && sp > 0) {
        auto last = name_types_.find(std::string(name.substr(sp + 1)));
        if (last != name_types_.end() && (last->second == "place" || last->second == "country")) {
            auto rest = type_of_name(name.substr(0, sp));
            if (rest && *rest != "place" && *rest != "country") return rest;
        }
    }
    return std::nullopt;
}

const RelationInfo* Ontology::relation_for_verb(std::string_view phrase) const {
    auto it = verbs_.find(std::string(phrase));
    return it == verbs_.end() ? nullptr : &relations_[it->second];
}

const RelationInfo* Ontology::relation_excluded_for(std::string_view phrase) const {
    auto it = not_verbs_.find(std::string(phrase));
    return it == not_verbs_.end() ? nullptr : &relations_[it->second];
}

const RelationInfo* Ontology::relation_for_inverse_verb(std::string_view phrase) const {
    auto it = inverse_verbs_.find(std::string(phrase));
    return it == inverse_verbs_.end() ? nullptr : &relations_[it->second];
}

const RelationInfo* Ontology::relation_for_noun(std::string_view phrase) const {
    auto it = nouns_.find(std::string(phrase));
    return it == nouns_.end() ? nullptr : &relations_[it->second];
}

const RelationInfo* Ontology::relation(std::string_view name) const {
    auto it = relation_index_.find(std::string(name));
    return it == relation_index_.end() ? nullptr : &relations_[it->second];
}

}  // namespace claimgraph::extract
