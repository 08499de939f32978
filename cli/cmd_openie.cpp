// `claimgraph openie`: open information extraction tuples, one sentence a line in, one tuple a
// line out, in the format the CaRB scorer reads.
#include "cli/commands.hpp"
#include "common/error.hpp"
#include "common/file_io.hpp"
#include "common/paths.hpp"
#include "extract/claims.hpp"
#include "extract/lexicon.hpp"
#include "extract/model.hpp"
#include "extract/pipeline.hpp"
#include "extract/tokenizer.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <ostream>
#include <sstream>

namespace claimgraph::cli {

namespace {

std::string clean_field(std::string s) {
    for (char& c : s) {
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    }
    return s;
}

}  // namespace

void add_openie_command(CLI::App& app, GlobalOptions& global, int& status) {
    struct Options {
        std::string input = "-";
        std::string output = "-";
        std::string format = "carb";
        std::size_t max_document_bytes = extract::ExtractorOptions{}.max_document_bytes;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "openie", "Open IE tuples: one sentence a line in; sentence, confidence, relation and "
                  "arguments out (CaRB format)");
    cmd->add_option("input", opt->input, "Text with one sentence a line, or - for stdin")
        ->capture_default_str();
    cmd->add_option("-o,--output", opt->output, "Output file, - for stdout")->capture_default_str();
    cmd->add_option("--format", opt->format, "carb (tab-separated) or jsonl")
        ->check(CLI::IsMember({"carb", "jsonl"}))
        ->capture_default_str();
    add_max_document_bytes_option(cmd, opt->max_document_bytes,
                                  "Refuse an input larger than this many bytes (all its lines "
                                  "together)");
    cmd->callback([opt, &global, &status] {
        // Read no further than the limit: a huge file is refused without being held whole.
        std::string text = read_file(opt->input, opt->max_document_bytes);
        extract::check_text(text, opt->input == "-" ? "<stdin>" : opt->input,
                            opt->max_document_bytes);
        auto ontology = std::make_shared<extract::Ontology>(
            global.ontology.empty() ? extract::Ontology::load_default()
                                    : extract::Ontology::load(global.ontology));
        auto lexicon = std::make_shared<extract::Lexicon>(extract::Lexicon::load_default());
        auto model = extract::load_model(global.model.empty() ? find_data_file("en.model") : global.model);
        extract::Tokenizer tokenizer;
        auto syntax = extract::make_syntax_components(model);
        extract::ClaimExtractor claims(ontology, lexicon);
        std::size_t tuples = 0;
        write_file_atomic(opt->output, [&](std::ostream& out) {
            std::istringstream lines(text);
            std::string line;
            while (std::getline(lines, line)) {
                if (!line.empty() && line.back() == '\r') line.pop_back();
                if (line.find_first_not_of(" \t") == std::string::npos) continue;
                extract::Document doc;
                doc.text = line;
                tokenizer.process(doc);
                // Each line is one sentence, as the benchmark gives it.
                extract::Sentence s;
                s.first_token = 0;
                s.end_token = static_cast<uint32_t>(doc.tokens.size());
                s.start = doc.tokens.empty() ? 0 : doc.tokens.front().start;
                s.end = doc.tokens.empty() ? 0 : doc.tokens.back().end;
                doc.sentences.push_back(s);
                doc.layers |= extract::kSentences;
                for (const auto& c : syntax) {
                    c->process(doc);
                    doc.layers |= c->provides();
                }
                for (const auto& t : claims.open_ie(doc, doc.sentences[0])) {
                    ++tuples;
                    if (opt->format == "carb") {
                        char conf[32];
                        std::snprintf(conf, sizeof conf, "%.3f", t.confidence);
                        out << clean_field(line) << '\t' << conf << '\t' << clean_field(t.relation);
                        for (const auto& a : t.arguments) out << '\t' << clean_field(a);
                        out << '\n';
                    } else {
                        rapidjson::StringBuffer sb;
                        rapidjson::Writer<rapidjson::StringBuffer> w(sb);
                        w.StartObject();
                        w.Key("sentence");
                        w.String(line.c_str(), static_cast<rapidjson::SizeType>(line.size()));
                        w.Key("confidence");
                        w.Double(t.confidence);
                        w.Key("relation");
                        w.String(t.relation.c_str(), static_cast<rapidjson::SizeType>(t.relation.size()));
                        w.Key("arguments");
                        w.StartArray();
                        for (const auto& a : t.arguments) {
                            w.String(a.c_str(), static_cast<rapidjson::SizeType>(a.size()));
                        }
                        w.EndArray();
                        w.EndObject();
                        out << sb.GetString() << '\n';
                    }
                }
            }
        });
        status = tuples > 0 ? 0 : 1;
    });
}

}  // namespace claimgraph::cli
