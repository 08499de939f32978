// Drawing a graph to SVG, PNG or PDF with Graphviz (`claimgraph render`).
//
// The DOT text (export/dot.hpp with the drawing options: legend as a table of type colours,
// actors without claims packed into a grid, left-to-right ranks) is piped through Graphviz's `dot`
// program, found on PATH, as `dot -K<layout> -T<format>`. Layout: `dot` up to
// `sfdp_above_nodes` actors (100: readable, labelled, layered drawings; dot needs 11.6 s for 100
// nodes with 500 labelled edges and minutes past that), `sfdp` beyond (0.03 s for the same graph;
// figures in shared/spec/facts.md).
//
// Why the program and not libgvc: no link-time dependency (the binary runs, and the Debian package
// installs, without Graphviz; only `render` needs it, and says so), and Graphviz's crashes or
// exit() calls on odd input cannot take claimgraph down with them. The DOT goes in and the image
// comes out through memory files (memfd), so neither side can block on a full pipe.
#pragma once

#include "graph/knowledge_graph.hpp"

#include <cstddef>
#include <string>

namespace claimgraph::io {

enum class ImageFormat { svg, png, pdf };

// From the extension of `path` (.svg, .png, .pdf, case-insensitive). Throws ConfigError naming
// the accepted extensions otherwise.
ImageFormat image_format_from_path(const std::string& path);
// "svg" | "png" | "pdf". Throws ConfigError otherwise.
ImageFormat image_format_from_name(const std::string& name);

struct RenderOptions {
    ImageFormat format = ImageFormat::svg;
    std::size_t sfdp_above_nodes = 100;
    std::string layout;                // "dot" or "sfdp" to force one; empty: by size
    std::string program = "dot";       // the Graphviz program run (PATH lookup)
};

struct Rendered {
    std::string image;   // the bytes Graphviz wrote
    std::string layout;  // "dot" or "sfdp"
    std::string warnings;  // what Graphviz wrote on stderr (empty when all went well)
};

// Draws `graph` (canonicalized). Throws ConfigError when the program is missing or the layout
// unknown, InputError when Graphviz fails (with its message).
Rendered render_graph(const graph::KnowledgeGraph& graph, const RenderOptions& options);

}  // namespace claimgraph::io
