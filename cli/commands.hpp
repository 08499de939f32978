// The subcommands of the claimgraph executable. Each add_*_command registers one subcommand on the
// CLI11 app; when it runs, its callback stores the exit status (0 ok, 1 nothing found, 2 usage,
// input or I/O error) in `status`. Callbacks may throw claimgraph::Error; main() turns those into
// a one-line message on stderr and exit status 2.
#pragma once

#include <CLI/CLI.hpp>

#include "graph/knowledge_graph.hpp"

#include <string>

namespace claimgraph::cli {

struct GlobalOptions {
    int verbose = 0;          // -v, repeatable
    bool quiet = false;       // -q
    std::string model;        // --model, default: the shipped data/en.model
    std::string ontology;     // --ontology, default: the shipped data/ontology.json
};

void add_build_command(CLI::App& app, GlobalOptions& global, int& status);
void add_merge_command(CLI::App& app, GlobalOptions& global, int& status);
void add_convert_command(CLI::App& app, GlobalOptions& global, int& status);
void add_stats_command(CLI::App& app, GlobalOptions& global, int& status);
void add_train_command(CLI::App& app, GlobalOptions& global, int& status);
void add_parse_command(CLI::App& app, GlobalOptions& global, int& status);
void add_openie_command(CLI::App& app, GlobalOptions& global, int& status);
void add_query_command(CLI::App& app, GlobalOptions& global, int& status);
void add_render_command(CLI::App& app, GlobalOptions& global, int& status);

// --max-document-bytes on `cmd`, bound to `value`: the same range (1 to 4 GiB - 1, offsets are
// 32-bit) and default shown for build, parse and openie; `help` says what the limit covers there.
// The limit itself is checked with extract::check_document_size / check_text.
void add_max_document_bytes_option(CLI::App* cmd, std::size_t& value, const std::string& help);

// A graph file (.json, .graphml), or an article (.txt, .md) built into a graph on the fly.
graph::KnowledgeGraph load_graph_source(const std::string& source, const GlobalOptions& global);

}  // namespace claimgraph::cli
