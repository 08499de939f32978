// `claimgraph render GRAPH -o out.svg|png|pdf`: draws a graph (or an article, built on the fly)
// with Graphviz. The work is done by claimgraph::io::render_graph.
#include "cli/commands.hpp"
#include "common/error.hpp"
#include "common/file_io.hpp"
#include "export/render.hpp"

#include <spdlog/spdlog.h>

namespace claimgraph::cli {

void add_render_command(CLI::App& app, GlobalOptions& global, int& status) {
    struct Options {
        std::string source;
        std::string output;
        std::string format;
        std::string layout;
        std::size_t sfdp_above = 100;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "render", "Draw a graph as SVG, PNG or PDF with Graphviz (dot, or sfdp for large graphs)");
    cmd->footer(
        "Needs Graphviz's `dot` program on PATH. Actors are shaped and coloured by type (legend\n"
        "in the drawing), actors without claims packed in a grid, claims labelled by relation.\n"
        "Examples:\n"
        "  claimgraph render graph.json -o graph.svg\n"
        "  claimgraph render article.txt -o article.png\n"
        "  claimgraph render graph.graphml -o - --format pdf > graph.pdf");
    cmd->add_option("graph", opt->source,
                    "Graph file (.json, .graphml) or article (.txt, .md, built on the fly)")
        ->required();
    cmd->add_option("-o,--output", opt->output,
                    "Image file: .svg, .png or .pdf; - is stdout (then give --format)")
        ->required();
    cmd->add_option("--format", opt->format, "svg, png or pdf (default: from the extension)")
        ->check(CLI::IsMember({"svg", "png", "pdf"}));
    cmd->add_option("--layout", opt->layout, "dot or sfdp (default: by size, see --sfdp-above)")
        ->check(CLI::IsMember({"dot", "sfdp"}));
    cmd->add_option("--sfdp-above", opt->sfdp_above,
                    "Lay out with sfdp past this many actors (dot takes minutes there)")
        ->capture_default_str();
    cmd->callback([opt, &global, &status] {
        io::RenderOptions ro;
        if (!opt->format.empty()) {
            ro.format = io::image_format_from_name(opt->format);
        } else if (opt->output == "-") {
            throw ConfigError("-o - writes to stdout: give the image format with --format svg, "
                              "png or pdf");
        } else {
            ro.format = io::image_format_from_path(opt->output);
        }
        ro.layout = opt->layout;
        ro.sfdp_above_nodes = opt->sfdp_above;
        graph::KnowledgeGraph kg = load_graph_source(opt->source, global);
        kg.canonicalize();
        io::Rendered r = io::render_graph(kg, ro);
        if (!r.warnings.empty()) spdlog::warn("Graphviz: {}", r.warnings);
        write_file_atomic(opt->output, [&](std::ostream& out) {
            out.write(r.image.data(), static_cast<std::streamsize>(r.image.size()));
        });
        if (opt->output != "-") {
            spdlog::info("drew {} actors and {} claims with {} into {}", kg.actor_count(),
                         kg.claim_count(), r.layout, opt->output);
        }
        status = 0;
    });
}

}  // namespace claimgraph::cli
