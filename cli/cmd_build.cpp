// `claimgraph build`, `convert`, `stats` and `formats`.
#include "cli/commands.hpp"
#include "common/error.hpp"
#include "export/format.hpp"
#include "extract/pipeline.hpp"
#include "query/measures.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <map>

namespace claimgraph::cli {

namespace {

void write_outputs(const graph::KnowledgeGraph& kg, const std::vector<std::string>& outputs,
                   const std::string& format) {
    for (const auto& out : outputs) {
        io::Format f = !format.empty() ? io::format_from_name(format)
                       : out == "-"    ? io::Format::json
                                       : io::format_from_path(out);
        io::write_graph(kg, out, f);
        if (out != "-") spdlog::info("wrote {}", out);
    }
}

void check_outputs(const std::vector<std::string>& outputs, const std::string& format) {
    // Resolve every output format before the (slow) build, so a typo fails at once.
    for (const auto& out : outputs) {
        if (!format.empty()) {
            io::format_from_name(format);
        } else if (out != "-") {
            io::format_from_path(out);
        }
    }
}

}  // namespace

void add_build_command(CLI::App& app, GlobalOptions& global, int& status) {
    struct Options {
        std::vector<std::string> inputs;
        std::vector<std::string> outputs;
        std::string format;
        std::string name;
        std::size_t max_document_bytes = extract::ExtractorOptions{}.max_document_bytes;
        std::size_t max_sentence_tokens = extract::ExtractorOptions{}.max_sentence_tokens;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("build", "Extract actors and claims from articles into a graph");
    cmd->add_option("inputs", opt->inputs,
                    "Text files, directories of .txt/.md files, or - for stdin")
        ->required();
    cmd->add_option("-o,--output", opt->outputs,
                    "Output file(s); the format follows the extension (.json, .graphml, .dot, "
                    ".gv) or --format; - is stdout (default: JSON on stdout)");
    cmd->add_option("--format", opt->format, "Output format for all outputs: json, graphml, dot");
    cmd->add_option("--name", opt->name, "Graph name (default: the input file's stem)");
    cmd->add_option("--max-document-bytes", opt->max_document_bytes,
                    "Refuse documents larger than this many bytes (extraction needs 40 to 100 "
                    "bytes of memory per byte of text)")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{0xFFFFFFFF}));
    cmd->add_option("--max-sentence-tokens", opt->max_sentence_tokens,
                    "Cut sentences longer than this many tokens before parsing (with a warning)")
        ->capture_default_str()
        ->check(CLI::Range(2, 100000));
    cmd->callback([opt, &global, &status] {
        if (opt->outputs.empty()) opt->outputs.push_back("-");
        check_outputs(opt->outputs, opt->format);
        extract::ExtractorOptions eo;
        eo.model_path = global.model;
        eo.ontology_path = global.ontology;
        eo.max_document_bytes = opt->max_document_bytes;
        eo.max_sentence_tokens = opt->max_sentence_tokens;
        graph::KnowledgeGraph kg = extract::build_graph_from_files(opt->inputs, eo);
        if (!opt->name.empty()) kg.name = opt->name;
        spdlog::info("{} document(s): {} actors, {} claims", kg.documents.size(), kg.actor_count(),
                     kg.claim_count());
        write_outputs(kg, opt->outputs, opt->format);
        status = 0;
    });
}

void add_convert_command(CLI::App& app, GlobalOptions& global, int& status) {
    struct Options {
        std::string input;
        std::vector<std::string> outputs;
        std::string format;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("convert", "Convert a graph between formats");
    cmd->add_option("graph", opt->input, "Graph file written by claimgraph (.json, .graphml)")
        ->required();
    cmd->add_option("-o,--output", opt->outputs, "Output file(s); - is stdout")->required();
    cmd->add_option("--format", opt->format, "Output format: json, graphml, dot");
    cmd->callback([opt, &status] {
        check_outputs(opt->outputs, opt->format);
        graph::KnowledgeGraph kg = io::read_graph(opt->input);
        kg.canonicalize();
        write_outputs(kg, opt->outputs, opt->format);
        status = 0;
    });

    auto* formats = app.add_subcommand("formats", "List the graph formats and what reads or writes them");
    formats->callback([&status] {
        std::cout << "format\textensions\tread\twrite\tdescription\n";
        for (const auto& f : io::formats()) {
            std::string ext;
            for (auto e : f.extensions) ext += (ext.empty() ? "" : ",") + std::string(e);
            std::cout << f.name << '\t' << ext << '\t' << (f.readable ? "yes" : "no") << '\t'
                      << (f.writable ? "yes" : "no") << '\t' << f.description << '\n';
        }
        status = 0;
    });
}

void add_stats_command(CLI::App& app, GlobalOptions& global, int& status) {
    struct Options {
        std::string input;
        std::size_t top = 5;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("stats", "Counts by type and relation, degree leaders, best-supported claims");
    cmd->add_option("graph", opt->input, "Graph file (.json, .graphml)")->required();
    cmd->add_option("--top", opt->top, "How many leaders and claims to list")->capture_default_str();
    cmd->callback([opt, &status] {
        graph::KnowledgeGraph kg = io::read_graph(opt->input);
        auto& out = std::cout;
        auto measures = query::graph_measures(kg, opt->top);
        out << kg.actor_count() << " actors, " << kg.claim_count() << " claims, "
            << kg.documents.size() << " document(s), " << measures.components
            << " connected component(s), the largest of " << measures.largest_component
            << " actors\n";
        std::map<std::string, std::size_t> types, relations;
        for (graph::Vertex v = 0; v < kg.actor_count(); ++v) ++types[kg.actor(v).type];
        for (auto e : kg.edges()) ++relations[kg.claim(e).relation];
        auto print_counts = [&](const char* title, const std::map<std::string, std::size_t>& m) {
            std::vector<std::pair<std::string, std::size_t>> v(m.begin(), m.end());
            std::stable_sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.second > b.second; });
            out << "\n" << title << ":\n";
            for (auto& [k, n] : v) out << "  " << n << "\t" << k << "\n";
        };
        print_counts("actors by type", types);
        print_counts("claims by relation", relations);
        out << "\ndegree leaders:\n";
        for (const auto& d : measures.degree) {
            out << "  " << d.in + d.out << "\t" << kg.actor(d.actor).label << " ("
                << kg.actor(d.actor).type << ")\n";
        }
        std::vector<graph::Edge> edges = kg.edges();
        std::stable_sort(edges.begin(), edges.end(), [&](graph::Edge a, graph::Edge b) {
            const auto &ca = kg.claim(a), &cb = kg.claim(b);
            if (ca.weight != cb.weight) return ca.weight > cb.weight;
            return ca.confidence > cb.confidence;
        });
        out << "\nbest-supported claims:\n";
        for (std::size_t i = 0; i < edges.size() && i < opt->top; ++i) {
            const auto& c = kg.claim(edges[i]);
            out << "  " << kg.actor(kg.source(edges[i])).label << " --" << (c.negated ? "not " : "")
                << c.relation << "--> " << kg.actor(kg.target(edges[i])).label << "  (weight "
                << c.weight << ", confidence " << c.confidence << ")\n";
            if (!c.evidence.empty()) out << "      \"" << c.evidence.front().text << "\"\n";
        }
        status = 0;
    });
}

}  // namespace claimgraph::cli
