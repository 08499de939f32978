#include "extract/pipeline.hpp"

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "common/paths.hpp"
#include "common/utf8.hpp"
#include "extract/claims.hpp"
#include "extract/document_record.hpp"
#include "extract/lexicon.hpp"
#include "extract/model.hpp"
#include "extract/sentence_splitter.hpp"
#include "extract/tokenizer.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace claimgraph::extract {

namespace {

const char* layer_name(uint32_t bit) {
    switch (bit) {
        case kTokens: return "tokens";
        case kSentences: return "sentences";
        case kTags: return "tags";
        case kLemmas: return "lemmas";
        case kParse: return "parse";
        case kClaims: return "claims";
        case kActors: return "actors";
        default: return "?";
    }
}

}  // namespace

void Pipeline::add(std::shared_ptr<const Component> component) {
    uint32_t missing = component->needs() & ~provided_;
    if (missing) {
        std::string names;
        for (uint32_t bit = 1; bit; bit <<= 1) {
            if (missing & bit) names += std::string(names.empty() ? "" : ", ") + layer_name(bit);
        }
        throw ConfigError(std::string("pipeline: component '") + component->name() + "' needs " +
                          names + ", which no earlier component provides");
    }
    provided_ |= component->provides();
    components_.push_back(std::move(component));
}

void Pipeline::run(Document& doc) const {
    for (const auto& c : components_) {
        c->process(doc);
        doc.layers |= c->provides();
    }
}

std::vector<std::string> Pipeline::names() const {
    std::vector<std::string> out;
    for (const auto& c : components_) out.emplace_back(c->name());
    return out;
}

void check_document_size(std::size_t size, const std::string& source, std::size_t max_bytes) {
    if (size > max_bytes) {
        throw InputError(source + ": larger than the limit of " + std::to_string(max_bytes) +
                         " bytes for one document (--max-document-bytes); split it or raise the "
                         "limit");
    }
}

void check_text(std::string& text, const std::string& source, std::size_t max_bytes) {
    check_document_size(text.size(), source, max_bytes);
    if (text.size() >= 2 && ((static_cast<unsigned char>(text[0]) == 0xFF &&
                              static_cast<unsigned char>(text[1]) == 0xFE) ||
                             (static_cast<unsigned char>(text[0]) == 0xFE &&
                              static_cast<unsigned char>(text[1]) == 0xFF))) {
        throw InputError(source + ": the text is UTF-16 (it starts with a UTF-16 byte order mark); "
                         "convert it to UTF-8, e.g. with `iconv -f UTF-16 -t UTF-8`");
    }
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    if (auto nul = text.find('\0'); nul != std::string::npos) {
        throw InputError(source + ": byte offset " + std::to_string(nul) +
                         ": NUL byte; this looks like a binary file, not text");
    }
    if (auto bad = utf8::find_invalid(text); bad != std::string_view::npos) {
        auto p = utf8::position_of(text, bad);
        throw InputError(source + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                         ": byte offset " + std::to_string(bad) +
                         ": invalid UTF-8; convert the file to UTF-8 (e.g. `iconv -f LATIN1 -t UTF-8`)");
    }
}

Extractor::Extractor(const ExtractorOptions& options) : options_(options) {
    ontology_ = std::make_shared<Ontology>(options.ontology_path.empty()
                                               ? Ontology::load_default()
                                               : Ontology::load(options.ontology_path));
    auto lexicon = std::make_shared<Lexicon>(Lexicon::load_default());
    auto model = load_model(options.model_path.empty() ? find_data_file("en.model")
                                                       : options.model_path);
    pipeline_.add(std::make_shared<Tokenizer>());
    pipeline_.add(std::make_shared<SentenceSplitter>(static_cast<uint32_t>(options.max_sentence_tokens)));
    add_syntax_components(pipeline_, model);
    pipeline_.add(std::make_shared<ClaimExtractor>(ontology_, lexicon));
}

Extractor::~Extractor() = default;

Document Extractor::process(std::string id, std::string text) const {
    Document doc;
    doc.id = std::move(id);
    doc.text = std::move(text);
    pipeline_.run(doc);
    return doc;
}

DocumentRecord summarize(const Document& doc) {
    // Each actor's display label: its most frequent non-pronoun surface form in the document,
    // preferring a lower-case start for common nouns ("international exchanges" over the
    // sentence-initial "International exchanges"), then the earliest.
    struct LabelStats {
        std::map<std::string, std::pair<int, std::size_t>> forms;  // label -> (count, first index)
        std::string type = "concept";
        uint32_t mentions = 0;
        std::set<std::string> aliases;
    };
    std::map<std::string, LabelStats> actors;
    for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
        const Mention& m = doc.mentions[i];
        auto& st = actors[m.key];
        ++st.mentions;
        if (st.type == "concept" && !m.type.empty()) st.type = m.type;
        if (doc.tokens[m.head].upos == "PRON") continue;
        // Abbreviations and descriptions that refer back are aliases, not label candidates.
        if (m.antecedent >= 0) {
            st.aliases.insert(m.label);
            continue;
        }
        auto [it, fresh] = st.forms.emplace(m.label, std::make_pair(0, i));
        ++it->second.first;
    }
    auto best_label = [&](const LabelStats& st) {
        const std::string* best = nullptr;
        std::pair<int, std::size_t> best_score{-1, 0};
        bool best_lower = false;
        for (const auto& [label, score] : st.forms) {
            bool lower = !label.empty() && std::islower(static_cast<unsigned char>(label[0]));
            bool better = !best || score.first > best_score.first ||
                          (score.first == best_score.first && lower && !best_lower) ||
                          (score.first == best_score.first && lower == best_lower &&
                           score.second < best_score.second);
            if (better) {
                best = &label;
                best_score = score;
                best_lower = lower;
            }
        }
        return best ? *best : std::string();
    };
    DocumentRecord out;
    out.id = doc.id;
    out.tokens = doc.tokens.size();
    std::set<std::string> added;
    auto actor_for = [&](int mention) -> const std::string& {
        const Mention& m = doc.mentions[mention];
        if (added.insert(m.key).second) {
            const LabelStats& st = actors[m.key];
            ActorRecord a;
            a.key = m.key;
            a.label = best_label(st);
            if (a.label.empty()) a.label = m.label;
            a.type = st.type;
            a.mentions = st.mentions;
            std::set<std::string> forms(st.aliases);
            for (const auto& [form, score] : st.forms) forms.insert(form);
            forms.erase(a.label);
            forms.erase(std::string());
            a.aliases.assign(forms.begin(), forms.end());
            out.actors.push_back(std::move(a));
        }
        return m.key;
    };
    // Every actor the document names is a node, with or without claims; concepts appear only
    // when a claim needs them.
    for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
        const Mention& m = doc.mentions[i];
        if (m.type != "concept" && !m.type.empty() && m.antecedent < 0) actor_for(static_cast<int>(i));
    }
    out.claims.reserve(doc.claims.size());
    for (const RawClaim& c : doc.claims) {
        const Sentence& s = doc.sentences[c.sentence];
        ClaimRecord r;
        r.subject = actor_for(c.subject);
        r.object = actor_for(c.object);
        r.relation = c.relation;
        r.negated = c.negated;
        r.modality = c.modality;
        r.confidence = c.confidence;
        r.sentence = c.sentence;
        r.start = s.start;
        r.end = s.end;
        r.text = std::string(doc.sentence_text(s));
        for (char& ch : r.text) {
            if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
        }
        out.claims.push_back(std::move(r));
    }
    // Strings that reach the graph are valid UTF-8 (a bad byte becomes U+FFFD, as the exporters
    // would write it), so claims files read back exactly and merge equals build.
    bool repaired = false;
    for (auto& a : out.actors) {
        repaired |= utf8::repair(a.key) | utf8::repair(a.label) | utf8::repair(a.type);
        for (auto& s : a.aliases) repaired |= utf8::repair(s);
        if (repaired) {
            std::sort(a.aliases.begin(), a.aliases.end());
            a.aliases.erase(std::unique(a.aliases.begin(), a.aliases.end()), a.aliases.end());
        }
    }
    for (auto& c : out.claims) {
        repaired |= utf8::repair(c.subject) | utf8::repair(c.object) | utf8::repair(c.relation) |
                    utf8::repair(c.modality);
    }
    if (repaired) spdlog::debug("{}: invalid UTF-8 in extracted names replaced with U+FFFD", doc.id);
    return out;
}

void Extractor::add_to_graph(const Document& doc, graph::KnowledgeGraph& kg) const {
    add_record(summarize(doc), kg);
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const auto& in : inputs) {
        if (in == "-") {
            files.push_back(in);
            continue;
        }
        std::error_code ec;
        fs::file_status st = fs::status(in, ec);
        if (ec || !fs::exists(st)) {
            throw InputError(in + ": no such file or directory; check the path");
        }
        if (fs::is_directory(st)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (!it->is_regular_file(ec)) continue;
                auto ext = it->path().extension().string();
                if (ext == ".txt" || ext == ".md" || ext == ".jsonl") found.push_back(it->path().string());
            }
            if (found.empty()) {
                throw InputError(in + ": directory holds no .txt, .md or .jsonl files; give text "
                                 "files or a directory that contains some");
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(in);
        }
    }
    return files;
}

}  // namespace claimgraph::extract
