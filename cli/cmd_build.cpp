// `claimgraph build`, `convert`, `stats` and `formats`.
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "common/error.hpp"
#include "common/file_io.hpp"
#include "export/format.hpp"
#include "extract/corpus.hpp"
#include "extract/pipeline.hpp"
#include "query/measures.hpp"

#include <spdlog/spdlog.h>

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <thread>

namespace claimgraph::cli {

namespace {

void write_outputs(const graph::KnowledgeGraph& kg, const std::vector<std::string>& outputs,
                   const std::string& format) {
    for (const auto& out : outputs) {
        io::Format f = !format.empty() ? io::format_from_name(format)
                       : out == "-"    ? io::Format::json
                                       : io::format_from_path(out);
        io::write_graph(kg, out, f);
        for (const auto& file : io::output_files(out, f)) {
            if (file != "-") spdlog::info("wrote {}", file);
        }
    }
}

void check_outputs(const std::vector<std::string>& outputs, const std::string& format) {
    // Resolve every output format before the (slow) build, so a typo fails at once.
    for (const auto& out : outputs) {
        io::Format f = !format.empty() ? io::format_from_name(format)
                       : out == "-"    ? io::Format::json
                                       : io::format_from_path(out);
        io::output_files(out, f);  // refuses two tables on stdout
    }
}

// The line every build and merge ends with (unless -q).
void log_summary(const char* what, const extract::BuildSummary& s, const graph::KnowledgeGraph& kg,
                 double seconds, unsigned jobs) {
    std::string skipped;
    if (s.duplicates) skipped += ", " + std::to_string(s.duplicates) + " already present";
    if (s.empty) skipped += ", " + std::to_string(s.empty) + " empty";
    if (s.bad) skipped += ", " + std::to_string(s.bad) + " bad";
    std::string rate;
    if (s.bytes && seconds > 0) {
        rate = fmt::format(", {:.2f} MB, {} tokens, {:.0f} tokens/s", s.bytes / 1e6, s.tokens,
                           s.tokens / seconds);
    }
    spdlog::info("{} {} document(s){}{} in {:.1f} s{}: graph of {} document(s), {} actors, {} "
                 "claims",
                 what, s.documents, skipped, rate, seconds,
                 jobs > 1 ? fmt::format(" on {} threads", jobs) : std::string(),
                 kg.documents.size(), kg.actor_count(), kg.claim_count());
}

// A build keeps the graph growing in the heap while documents come and go. Buffers of 1 MiB or
// more (a large document's tokens and parse) are made to come from mmap and go back to the system
// when freed, instead of staying in the heap beside the graph: glibc would otherwise raise its
// mmap threshold after the first such buffer is freed and serve the next ones from the heap.
// Measured on a 31 MB corpus, -j 2: peak RSS 318 -> 288 MiB, the same output.
void keep_large_buffers_out_of_the_heap() {
    ::mallopt(M_MMAP_THRESHOLD, 1 << 20);
    ::mallopt(M_TRIM_THRESHOLD, 4 << 20);
}

std::string default_name(const std::vector<std::string>& inputs) {
    std::vector<std::string> files = extract::expand_inputs(inputs);
    return files.size() == 1 && files[0] != "-" ? std::filesystem::path(files[0]).stem().string()
                                                : std::string("claimgraph");
}

}  // namespace

void add_max_document_bytes_option(CLI::App* cmd, std::size_t& value, const std::string& help) {
    cmd->add_option("--max-document-bytes", value, help)
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{0xFFFFFFFF}));
}

void add_build_command(CLI::App& app, GlobalOptions& global, int& status) {
    struct Options {
        std::vector<std::string> inputs;
        std::vector<std::string> outputs;
        std::string format;
        std::string name;
        std::size_t max_document_bytes = extract::ExtractorOptions{}.max_document_bytes;
        std::size_t max_sentence_tokens = extract::ExtractorOptions{}.max_sentence_tokens;
        unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
        std::string input_format = "auto";
        std::string into;
        std::string claims_out;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("build", "Extract actors and claims from articles into a graph");
    cmd->add_option("inputs", opt->inputs,
                    "Text files, JSON Lines files (.jsonl: one {\"id\", \"text\", \"url\", "
                    "\"date\"} object a line), directories of .txt/.md/.jsonl files, or - for stdin")
        ->required();
    cmd->add_option("-o,--output", opt->outputs,
                    "Output file(s); the format follows the extension (.json, .graphml, .dot, "
                    ".gexf, .csv, .nt, .ttl, .cyjs, .mmd, .html; see `claimgraph formats`) or "
                    "--format; - is stdout (default: JSON on stdout, or nothing with --claims-out)");
    cmd->add_option("--format", opt->format,
                    "Output format for all outputs (json, graphml, dot, gexf, csv, neo4j, "
                    "ntriples, turtle, cytoscape, mermaid, html...; see `claimgraph formats`)");
    cmd->add_option("--name", opt->name,
                    "Graph name (default: the input file's stem, or the --into graph's name)");
    cmd->add_option("-j,--jobs", opt->jobs,
                    "Extraction threads (default: the number of cores); the output is the same "
                    "for any number")
        ->capture_default_str()
        ->check(CLI::Range(1, 1024));
    cmd->add_option("--input-format", opt->input_format,
                    "auto: .jsonl files are JSON Lines, other files and stdin plain text; text; "
                    "jsonl")
        ->capture_default_str()
        ->check(CLI::IsMember({"auto", "text", "jsonl"}));
    cmd->add_option("--into", opt->into,
                    "Add the documents to this graph (.json as written by claimgraph); documents "
                    "already in it with the same id and text are skipped");
    cmd->add_option("--claims-out", opt->claims_out,
                    "Also write each document's actors and claims to this JSON Lines file, for "
                    "`claimgraph merge`");
    add_max_document_bytes_option(cmd, opt->max_document_bytes,
                                  "Refuse documents larger than this many bytes (extraction needs "
                                  "40 to 100 bytes of memory per byte of text)");
    cmd->add_option("--max-sentence-tokens", opt->max_sentence_tokens,
                    "Cut sentences longer than this many tokens before parsing (with a warning)")
        ->capture_default_str()
        ->check(CLI::Range(2, 100000));
    cmd->callback([opt, &global, &status] {
        if (opt->outputs.empty() && opt->claims_out.empty()) opt->outputs.push_back("-");
        check_outputs(opt->outputs, opt->format);
        keep_large_buffers_out_of_the_heap();
        const auto t0 = std::chrono::steady_clock::now();
        extract::BuildOptions bo;
        bo.extractor.model_path = global.model;
        bo.extractor.ontology_path = global.ontology;
        bo.extractor.max_document_bytes = opt->max_document_bytes;
        bo.extractor.max_sentence_tokens = opt->max_sentence_tokens;
        bo.jobs = opt->jobs;
        bo.format = opt->input_format == "text"    ? extract::InputFormat::text
                    : opt->input_format == "jsonl" ? extract::InputFormat::jsonl
                                                   : extract::InputFormat::automatic;
        ProgressLine progress(!global.quiet);
        bo.on_progress = [&progress](const extract::BuildProgress& p) { progress.update(p); };

        // Initialised, not assigned: KnowledgeGraph's move assignment copies (Boost's
        // adjacency_list has none), which would hold the --into graph twice.
        graph::KnowledgeGraph kg =
            opt->into.empty() ? graph::KnowledgeGraph() : io::read_graph(opt->into);
        extract::BuildSummary summary;
        if (opt->claims_out.empty()) {
            summary = extract::build_corpus(opt->inputs, bo, kg);
        } else {
            write_file_atomic(opt->claims_out, [&](std::ostream& out) {
                out << extract::claims_file_header() << '\n';
                bo.on_record = [&out](const extract::DocumentRecord& r) {
                    out << extract::record_to_json(r) << '\n';
                };
                summary = extract::build_corpus(opt->inputs, bo, kg);
            });
        }
        progress.finish();
        if (!opt->name.empty()) kg.name = opt->name;
        if (kg.name.empty()) kg.name = default_name(opt->inputs);
        kg.canonicalize();
        log_summary("build:", summary,  kg,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
                    opt->jobs);
        write_outputs(kg, opt->outputs, opt->format);
        // Bad documents and records were reported as they came; the rest made the graph.
        if (summary.bad) {
            spdlog::error("build: {} bad document(s) skipped (named above); the other {} were "
                          "built",
                          summary.bad, summary.documents);
        }
        status = summary.bad ? 2 : 0;
    });
}

void add_merge_command(CLI::App& app, GlobalOptions& global, int& status) {
    struct Options {
        std::vector<std::string> inputs;
        std::vector<std::string> outputs;
        std::string format;
        std::string name = "claimgraph";
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "merge", "Merge claims files written by `build --claims-out` into one graph (the same "
                 "graph whatever the order and split of the files)");
    cmd->add_option("claims", opt->inputs, "Claims files (JSON Lines), or - for stdin")->required();
    cmd->add_option("-o,--output", opt->outputs,
                    "Output file(s); the format follows the extension or --format; - is stdout "
                    "(default: JSON on stdout)");
    cmd->add_option("--format", opt->format, "Output format for all outputs: json, graphml, dot");
    cmd->add_option("--name", opt->name, "Graph name")->capture_default_str();
    cmd->callback([opt, &status] {
        if (opt->outputs.empty()) opt->outputs.push_back("-");
        check_outputs(opt->outputs, opt->format);
        const auto t0 = std::chrono::steady_clock::now();
        graph::KnowledgeGraph kg;
        extract::BuildSummary summary = extract::merge_claims_files(opt->inputs, kg);
        if (summary.documents == 0 && summary.duplicates == 0) {
            throw InputError(std::to_string(opt->inputs.size()) +
                             " claims file(s): no document records; give the files written by "
                             "`claimgraph build --claims-out`");
        }
        kg.name = opt->name;
        kg.canonicalize();
        log_summary("merge:", summary, kg,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 1);
        write_outputs(kg, opt->outputs, opt->format);
        status = summary.bad ? 2 : 0;
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
    cmd->add_option("--format", opt->format,
                    "Output format (json, graphml, dot, gexf, csv, neo4j, ntriples, turtle, "
                    "cytoscape, mermaid...; see `claimgraph formats`)");
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
