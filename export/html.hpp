// The single-file interactive HTML viewer (`-o graph.html`): one page that works offline, with the
// graph drawn by cytoscape.js (force layout `cose`), actors coloured by type with a legend, a
// search box, a relation filter, and a side panel that shows the claims of a clicked actor with
// the sentences behind them. Write-only.
//
// The page holds, in this order: the graph as JSON in <script type="application/json"
// id="graph-data">, the cytoscape.js library with its version and MIT licence (the licence also
// shown in the page's "About" box), and the viewer's own script. Nothing is fetched when the page
// is opened.
//
// Safety: the JSON is written with every '<', '>' and '&' as \u003c, \u003e, \u0026 (and U+2028,
// U+2029 escaped), so no text in the graph can end the script element or open a comment; the
// viewer puts graph text into the page with textContent only, never as markup. The library is
// refused when it contains "</script" or "<!--" (it could end or confuse its script element).
//
// The JSON (its own shape, smaller than the node-link JSON: evidence sentences are listed once):
//   {"generator":"claimgraph X.Y.Z", "name", "documents":[..], "layout":"cose"|"preset",
//    "edge_labels":bool,
//    "types":[{"type","color","shape","count"}],                  palette order, then by name
//    "relations":[{"relation","count","symmetric"}],               by name
//    "sentences":[{"doc","sentence","text"}],                      first use in claim order
//    "nodes":[{"id","label","type","mentions","aliases"[,"x","y"]}], vertex order
//    "edges":[{"id","source","target","relation","negated","modality","weight","confidence",
//              "evidence":[sentence index..]}]}                      kg.edges() order
// Past `cose_up_to_nodes` actors the positions are computed here (Boost.Graph's
// Fruchterman-Reingold, seeded: layout "preset", nodes carry x and y) and the page says so: cose
// is quadratic per step: a whole headless-Chromium run of the page took 34 s for 300 random actors
// (600 claims) and 378 s for 1,500 with cose, 33-56 s for 1,500 with computed positions (most of
// it Chromium starting; one run each on a 2-core machine shared with other builds, so a rough
// guide only). Computing the 1,500 positions takes about 0.9 s of CPU.
//
// For tests and links the page reads its URL fragment: #search=TEXT, #relations=a,b (show only
// these relations), #select=n3 (open that actor's claims); parameters joined with '&', values
// percent-encoded. When the layout has run, <body> carries data-status="ready",
// data-rendered-nodes and data-rendered-edges (elements drawn: visible, with finite positions),
// data-search-matches and data-visible-edges; a script error sets data-status="error: ...".
#pragma once

#include "graph/knowledge_graph.hpp"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace claimgraph::io {

// The JavaScript library the page embeds.
struct ViewerLibrary {
    std::string name;     // "cytoscape.js"
    std::string version;  // "3.35.0"
    std::string script;   // the minified library
    std::string license;  // its licence text
};

// Loads cytoscape.js from the data folders (js/cytoscape.min.js, js/cytoscape.LICENSE,
// js/cytoscape.VERSION; see common/paths.hpp), once per process. Throws ConfigError saying how to
// get it (scripts/fetch-js.sh) when it is not there.
const ViewerLibrary& viewer_library();

struct HtmlOptions {
    std::size_t cose_up_to_nodes = 300;    // more actors: positions computed by claimgraph
    std::size_t edge_labels_up_to = 300;   // more claims: relation shown on selected edges only
};

void write_html(const graph::KnowledgeGraph& graph, std::ostream& out,
                const ViewerLibrary& library, const HtmlOptions& options = {});
// With viewer_library().
void write_html(const graph::KnowledgeGraph& graph, std::ostream& out);

namespace detail {

// JSON text made safe inside a <script> element: '<', '>', '&', U+2028 and U+2029 as \u escapes.
// `json` must be JSON (these characters can then only occur inside strings).
std::string script_safe_json(std::string_view json);

// Text escaped for HTML element content and attribute values (& < > " ').
std::string html_escape(std::string_view text);

}  // namespace detail

}  // namespace claimgraph::io
