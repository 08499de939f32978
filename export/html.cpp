#include "export/html.hpp"

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "common/paths.hpp"
#include "export/dot.hpp"
#include "export/format.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <ostream>
#include <tuple>
#include <vector>

namespace claimgraph::io {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// cytoscape.js node shapes for the DOT shapes of the type palette (export/dot.cpp), so that the
// viewer and the Graphviz drawing tell types apart the same way.
std::string_view cytoscape_shape(std::string_view dot_shape) {
    static const std::pair<std::string_view, std::string_view> kShapes[] = {
        {"hexagon", "hexagon"},     {"house", "pentagon"},     {"tab", "round-rectangle"},
        {"folder", "cut-rectangle"}, {"box", "rectangle"},     {"component", "barrel"},
        {"ellipse", "ellipse"},     {"octagon", "octagon"},    {"note", "tag"},
        {"cylinder", "diamond"},    {"box3d", "rhomboid"},     {"invhouse", "round-triangle"},
        {"oval", "ellipse"},
    };
    for (const auto& [dot, cy] : kShapes) {
        if (dot == dot_shape) return cy;
    }
    return "rectangle";
}

class Json {
public:
    Json() : w_(buf_) {}
    JsonWriter& w() { return w_; }
    void key(const char* k) { w_.Key(k, static_cast<rapidjson::SizeType>(std::strlen(k))); }
    void str(std::string_view s) {
        std::string_view v = detail::valid_utf8(s, scratch_);
        w_.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
    }
    void num(double value) {
        if (!std::isfinite(value)) {
            w_.Null();
            return;
        }
        std::string text = detail::format_double(value);
        w_.RawValue(text.data(), text.size(), rapidjson::kNumberType);
    }
    std::string_view text() const { return {buf_.GetString(), buf_.GetSize()}; }

private:
    rapidjson::StringBuffer buf_;
    JsonWriter w_;
    std::string scratch_;
};

// Sentences are listed once and referred to by index from every claim they support.
class SentenceTable {
public:
    uint32_t index(const graph::Evidence& e) {
        auto key = std::make_tuple(e.doc, e.sentence, e.start, e.end, e.text);
        auto [it, added] = ids_.emplace(std::move(key), static_cast<uint32_t>(order_.size()));
        if (added) order_.push_back(&e);
        return it->second;
    }
    const std::vector<const graph::Evidence*>& order() const { return order_; }

private:
    std::map<std::tuple<std::string, uint32_t, uint64_t, uint64_t, std::string>, uint32_t> ids_;
    std::vector<const graph::Evidence*> order_;
};


// Repulsion only between actors closer than 2k (k: the ideal edge length, sqrt(area / n)), found
// through a grid of 2k cells. Boost's own grid_force_pairs sizes its cells from the area instead of
// its square root, which makes one cell for the whole square and every pair interact: 6.6 s of CPU
// for 1,500 actors against a few tenths of a second here.
template <typename Point>
struct NearPairs {
    const std::vector<Point>* position;
    double half_side;  // positions lie in [-half_side, half_side]^2
    double cell;       // 2k

    template <typename Graph, typename ApplyForce>
    void operator()(const Graph& g, ApplyForce apply_force) const {
        const auto columns = static_cast<std::size_t>(2 * half_side / cell) + 1;
        std::vector<std::vector<std::size_t>> buckets(columns * columns);
        const auto index = [&](double coordinate) {
            const double c = std::floor((coordinate + half_side) / cell);
            return static_cast<std::size_t>(std::clamp(c, 0.0, static_cast<double>(columns - 1)));
        };
        const std::size_t n = boost::num_vertices(g);
        for (std::size_t v = 0; v < n; ++v) {
            buckets[index((*position)[v][1]) * columns + index((*position)[v][0])].push_back(v);
        }
        for (std::size_t row = 0; row < columns; ++row) {
            for (std::size_t column = 0; column < columns; ++column) {
                for (std::size_t v : buckets[row * columns + column]) {
                    for (std::size_t r = row > 0 ? row - 1 : 0; r <= row + 1 && r < columns; ++r) {
                        for (std::size_t c = column > 0 ? column - 1 : 0;
                             c <= column + 1 && c < columns; ++c) {
                            for (std::size_t u : buckets[r * columns + c]) {
                                const double dx = (*position)[u][0] - (*position)[v][0];
                                const double dy = (*position)[u][1] - (*position)[v][1];
                                if (u != v && dx * dx + dy * dy < cell * cell) apply_force(u, v);
                            }
                        }
                    }
                }
            }
        }
    }
};

// Positions for graphs too large for a force layout in the browser (cose takes minutes there past
// a few hundred actors): Fruchterman-Reingold from Boost.Graph over the claims as undirected
// links (self-loops dropped), from seeded random positions, so the same graph always gets the same
// picture. Coordinates are rounded to 0.1.
std::vector<std::pair<double, double>> precomputed_layout(const graph::KnowledgeGraph& kg) {
    using Links = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    using Topology = boost::square_topology<boost::minstd_rand>;
    const std::size_t n = kg.actor_count();
    Links links(n);
    for (auto e : kg.edges()) {
        if (kg.source(e) != kg.target(e)) boost::add_edge(kg.source(e), kg.target(e), links);
    }
    boost::minstd_rand gen(1);
    const double half_side = 25.0 * std::sqrt(static_cast<double>(n)) + 50.0;
    Topology topology(gen, half_side);
    std::vector<Topology::point_type> position(n);
    auto map = boost::make_iterator_property_map(position.begin(),
                                                 boost::get(boost::vertex_index, links));
    boost::random_graph_layout(links, map, topology);
    const double k = std::sqrt(topology.volume(topology.extent()) / static_cast<double>(n));
    // Boost keeps points in [-scaling, scaling] while extent() reports scaling.
    NearPairs<Topology::point_type> pairs{&position, half_side, 2 * k};
    boost::fruchterman_reingold_force_directed_layout(
        links, map, topology,
        boost::cooling(boost::linear_cooling<double>(150, half_side / 8)).force_pairs(pairs));
    std::vector<std::pair<double, double>> out(n);
    // Actors without claims would only be pushed to the border: they go in rows under the rest.
    double left = 0, right = 0, bottom = 0;
    bool any = false;
    for (std::size_t v = 0; v < n; ++v) {
        double x = position[v][0], y = position[v][1];
        if (!std::isfinite(x) || !std::isfinite(y)) {  // a degenerate step: fall back to a circle
            const double angle = 6.283185307179586 * static_cast<double>(v) / static_cast<double>(n);
            x = half_side * std::cos(angle);
            y = half_side * std::sin(angle);
        }
        out[v] = {x, y};
        if (boost::degree(v, links) == 0) continue;
        left = any ? std::min(left, x) : x;
        right = any ? std::max(right, x) : x;
        bottom = any ? std::max(bottom, y) : y;
        any = true;
    }
    const double gap = k;
    const auto per_row = static_cast<std::size_t>(std::max(1.0, (right - left) / gap + 1));
    std::size_t placed = 0;
    for (std::size_t v = 0; v < n; ++v) {
        if (boost::degree(v, links) != 0) continue;
        out[v] = {left + gap * static_cast<double>(placed % per_row),
                  bottom + 2 * gap + gap * static_cast<double>(placed / per_row)};
        ++placed;
    }
    for (auto& [x, y] : out) {
        x = std::round(x * 10) / 10;
        y = std::round(y * 10) / 10;
    }
    return out;
}

std::string graph_json(const graph::KnowledgeGraph& kg, const HtmlOptions& options) {
    const std::size_t n = kg.actor_count();
    Json j;
    auto& w = j.w();
    w.StartObject();
    j.key("generator");
    j.str(std::string("claimgraph ") + CLAIMGRAPH_VERSION);
    j.key("name");
    j.str(kg.name);
    j.key("documents");
    w.StartArray();
    for (const auto& d : kg.documents) j.str(d);
    w.EndArray();
    j.key("layout");
    const bool precomputed = n > options.cose_up_to_nodes;
    j.str(precomputed ? "preset" : "cose");
    j.key("edge_labels");
    w.Bool(kg.claim_count() <= options.edge_labels_up_to);

    // Types in palette order (the order of the DOT legend), unknown ones after, by name.
    std::map<std::string, std::size_t> type_counts;
    for (graph::Vertex v = 0; v < n; ++v) ++type_counts[kg.actor(v).type];
    std::vector<std::pair<std::string, std::size_t>> types(type_counts.begin(), type_counts.end());
    std::stable_sort(types.begin(), types.end(),
                     [](const auto& a, const auto& b) {
                         return dot_palette_rank(a.first) < dot_palette_rank(b.first);
                     });
    j.key("types");
    w.StartArray();
    for (const auto& [type, count] : types) {
        TypeStyle st = dot_type_style(type);
        w.StartObject();
        j.key("type");
        j.str(type);
        j.key("color");
        j.str(st.color);
        j.key("shape");
        j.str(cytoscape_shape(st.shape));
        j.key("count");
        w.Uint64(count);
        w.EndObject();
    }
    w.EndArray();

    std::map<std::string, std::size_t> relation_counts;
    for (auto e : kg.edges()) ++relation_counts[kg.claim(e).relation];
    j.key("relations");
    w.StartArray();
    for (const auto& [relation, count] : relation_counts) {
        w.StartObject();
        j.key("relation");
        j.str(relation);
        j.key("count");
        w.Uint64(count);
        j.key("symmetric");
        w.Bool(graph::is_symmetric(relation));
        w.EndObject();
    }
    w.EndArray();

    SentenceTable sentences;
    std::vector<std::vector<uint32_t>> evidence_ids;
    evidence_ids.reserve(kg.edges().size());
    for (auto e : kg.edges()) {
        std::vector<uint32_t> ids;
        for (const auto& ev : kg.claim(e).evidence) ids.push_back(sentences.index(ev));
        evidence_ids.push_back(std::move(ids));
    }
    j.key("sentences");
    w.StartArray();
    for (const graph::Evidence* ev : sentences.order()) {
        w.StartObject();
        j.key("doc");
        j.str(ev->doc);
        j.key("sentence");
        w.Uint(ev->sentence);
        j.key("text");
        j.str(ev->text);
        w.EndObject();
    }
    w.EndArray();

    std::vector<std::pair<double, double>> positions;
    if (precomputed) positions = precomputed_layout(kg);
    j.key("nodes");
    w.StartArray();
    for (graph::Vertex v = 0; v < n; ++v) {
        const auto& a = kg.actor(v);
        w.StartObject();
        j.key("id");
        j.str("n" + std::to_string(v));
        j.key("label");
        j.str(a.label);
        j.key("type");
        j.str(a.type);
        j.key("mentions");
        w.Uint(a.mentions);
        j.key("aliases");
        w.StartArray();
        for (const auto& alias : a.aliases) j.str(alias);
        w.EndArray();
        if (precomputed) {
            j.key("x");
            j.num(positions[v].first);
            j.key("y");
            j.num(positions[v].second);
        }
        w.EndObject();
    }
    w.EndArray();

    j.key("edges");
    w.StartArray();
    for (std::size_t i = 0; i < kg.edges().size(); ++i) {
        auto e = kg.edges()[i];
        const auto& c = kg.claim(e);
        w.StartObject();
        j.key("id");
        j.str("e" + std::to_string(i));
        j.key("source");
        j.str("n" + std::to_string(kg.source(e)));
        j.key("target");
        j.str("n" + std::to_string(kg.target(e)));
        j.key("relation");
        j.str(c.relation);
        j.key("negated");
        w.Bool(c.negated);
        j.key("modality");
        j.str(c.modality);
        j.key("weight");
        w.Uint(c.weight);
        j.key("confidence");
        j.num(c.confidence);
        j.key("evidence");
        w.StartArray();
        for (uint32_t id : evidence_ids[i]) w.Uint(id);
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return detail::script_safe_json(j.text());
}

void check_library(const ViewerLibrary& library) {
    std::string lower(library.script);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* bad : {"</script", "<!--"}) {
        auto at = lower.find(bad);
        if (at != std::string::npos) {
            throw ConfigError(library.name + " " + library.version + ": byte offset " +
                              std::to_string(at) + " holds \"" + bad +
                              "\", which would break the page's script element; use another "
                              "build of the library (scripts/fetch-js.sh fetches the pinned one)");
        }
    }
}

constexpr std::string_view kStyle = R"css(
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 1em; padding: 6px 12px;
         border-bottom: 1px solid #ccc; background: #f7f7f4; }
header h1 { font-size: 18px; margin: 0; }
header .summary, #search-count, .note { color: #555; }
#search { font: inherit; padding: 2px 6px; min-width: 16em; }
main { flex: 1; display: flex; min-height: 0; }
#cy { flex: 1; min-width: 0; background: #fff; }
aside { width: 380px; overflow-y: auto; border-left: 1px solid #ccc; padding: 0 12px 12px;
        background: #fcfcfa; }
aside h2 { font-size: 15px; margin: 14px 0 6px; }
aside h3 { font-size: 14px; margin: 10px 0 4px; }
aside ul { list-style: none; margin: 0; padding: 0; }
#legend li, #relations li { display: flex; align-items: center; gap: 6px; padding: 1px 0; }
.swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid #555;
          border-radius: 3px; flex: none; }
.count { color: #777; margin-left: auto; }
.hint { color: #666; font-style: italic; }
.meta { color: #555; margin: 2px 0; }
ol.claims { padding-left: 1.4em; margin: 4px 0; }
li.claim { margin-bottom: 8px; }
li.claim .relation { font-weight: 600; color: #7a3b00; }
li.negated .relation { color: #b00020; }
.claim-meta { color: #777; font-size: 12px; }
blockquote { margin: 3px 0 3px 0; padding: 2px 8px; border-left: 3px solid #c9c9c0;
             background: #f4f4ef; }
blockquote cite { display: block; color: #777; font-size: 12px; font-style: normal; }
button.actor-link { font: inherit; border: none; background: none; padding: 0; color: #1a5fb4;
                    cursor: pointer; text-decoration: underline; }
.buttons button { font: inherit; font-size: 12px; }
details#about { margin-top: 16px; color: #555; }
details#about pre { white-space: pre-wrap; font-size: 11px; }
)css";

// The viewer's own script. Graph text reaches the page through textContent only.
constexpr std::string_view kScript = R"js(
(function () {
  'use strict';
  const body = document.body;
  const fail = (message) => body.setAttribute('data-status', 'error: ' + message);
  window.addEventListener('error', (e) => fail(e.message));
  let data;
  try {
    data = JSON.parse(document.getElementById('graph-data').textContent);
  } catch (e) {
    fail('cannot read the graph data: ' + e.message);
    return;
  }
  if (typeof cytoscape !== 'function') {
    fail('cytoscape.js did not load');
    return;
  }

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const plural = (k, word) => k + ' ' + word + (k === 1 ? '' : 's');
  const typeInfo = new Map(data.types.map((t) => [t.type, t]));
  const relationInfo = new Map(data.relations.map((r) => [r.relation, r]));
  const nodeById = new Map(data.nodes.map((a) => [a.id, a]));
  const edgeById = new Map(data.edges.map((c) => [c.id, c]));
  const claimText = (c) => (c.negated ? 'not ' : '') + c.relation +
      (c.modality && c.modality !== 'asserted' ? ' (' + c.modality + ')' : '');

  // Start from a circle in node order so that the layout, and the picture, are the same each time
  // (or from the positions claimgraph computed for a large graph).
  const n = data.nodes.length;
  const radius = 30 * Math.sqrt(n) + 40;
  const elements = [];
  data.nodes.forEach((a, i) => {
    const t = typeInfo.get(a.type);
    const angle = 2 * Math.PI * i / Math.max(n, 1);
    elements.push({group: 'nodes',
                   data: {id: a.id, label: a.label, color: t.color, shape: t.shape,
                          size: Math.min(60, 16 + 7 * Math.sqrt(a.mentions || 0))},
                   position: a.x === undefined
                       ? {x: radius * Math.cos(angle), y: radius * Math.sin(angle)}
                       : {x: a.x, y: a.y}});
  });
  data.edges.forEach((c) => {
    const classes = [];
    if (c.negated) classes.push('negated');
    if (relationInfo.get(c.relation).symmetric) classes.push('symmetric');
    elements.push({group: 'edges',
                   data: {id: c.id, source: c.source, target: c.target, label: claimText(c),
                          relation: c.relation,
                          width: Math.min(6, 1 + Math.log2(Math.max(1, c.weight)))},
                   classes: classes.join(' ')});
  });

  // Small graphs keep every label however far out the view is zoomed; large ones drop labels that
  // would be drawn smaller than 6 px (drawing them all makes panning slow).
  const smallFont = n > 300 ? 6 : 0;
  const style = [
    {selector: 'node', style: {
      'background-color': 'data(color)', 'shape': 'data(shape)', 'width': 'data(size)',
      'height': 'data(size)', 'label': 'data(label)', 'font-size': 11, 'color': '#222',
      'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': 130,
      'border-width': 1, 'border-color': '#555', 'min-zoomed-font-size': smallFont,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.75,
      'text-background-padding': 1}},
    {selector: 'edge', style: {
      'width': 'data(width)', 'line-color': '#98a8b0', 'target-arrow-color': '#98a8b0',
      'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.8,
      'font-size': 9, 'color': '#2a4450', 'text-rotation': 'autorotate',
      'min-zoomed-font-size': smallFont, 'text-background-color': '#ffffff',
      'text-background-opacity': 0.8, 'text-background-padding': 1}},
    {selector: data.edge_labels ? 'edge' : 'edge:selected', style: {'label': 'data(label)'}},
    {selector: 'edge.symmetric', style: {'target-arrow-shape': 'none'}},
    {selector: 'edge.negated', style: {
      'line-style': 'dashed', 'line-color': '#d07070', 'target-arrow-color': '#d07070'}},
    {selector: 'edge:selected', style: {
      'line-color': '#e06010', 'target-arrow-color': '#e06010', 'width': 3}},
    {selector: 'node.match', style: {'border-width': 3, 'border-color': '#e06010'}},
    {selector: 'node:selected', style: {'border-width': 4, 'border-color': '#1a5fb4'}},
    {selector: '.faded', style: {'opacity': 0.15}},
    {selector: '.filtered', style: {'display': 'none'}},
  ];
  const container = document.getElementById('cy');
  const cy = cytoscape({container, elements, style, layout: {name: 'preset'}, minZoom: 0.02,
                        maxZoom: 5, hideEdgesOnViewport: n > 2000, textureOnViewport: n > 2000});

  // Elements drawn: visible, at a finite position inside the drawing area.
  const inside = (node) => {
    const p = node.renderedPosition();
    return isFinite(p.x) && isFinite(p.y) && p.x >= 0 && p.y >= 0 &&
        p.x <= container.clientWidth && p.y <= container.clientHeight;
  };
  const report = () => {
    body.dataset.renderedNodes = cy.nodes().filter((v) => v.visible() && inside(v)).length;
    body.dataset.renderedEdges = cy.edges().filter((e) => e.visible() &&
        inside(e.source()) && inside(e.target())).length;
    body.dataset.visibleEdges = cy.edges().not('.filtered').length;
  };

  // ---- details panel ----
  const details = document.getElementById('details');
  const actorLink = (id) => {
    const b = el('button', 'actor-link', nodeById.get(id).label);
    b.type = 'button';
    b.addEventListener('click', () => selectActor(id, true));
    return b;
  };
  const claimItem = (c) => {
    const li = el('li', c.negated ? 'claim negated' : 'claim');
    const head = el('div', 'claim-head');
    head.append(actorLink(c.source), ' ', el('span', 'relation', claimText(c)), ' ',
                actorLink(c.target));
    li.append(head);
    li.append(el('div', 'claim-meta', 'claimed ' + plural(c.weight, 'time') +
                 ', confidence ' + (c.confidence === null ? 'unknown' : c.confidence)));
    c.evidence.forEach((k) => {
      const s = data.sentences[k];
      const q = el('blockquote', 'evidence', s.text);
      q.append(el('cite', null, s.doc + ', sentence ' + (s.sentence + 1)));
      li.append(q);
    });
    return li;
  };
  const showActor = (id) => {
    const a = nodeById.get(id);
    const t = typeInfo.get(a.type);
    details.replaceChildren();
    details.append(el('h2', null, a.label));
    const meta = el('p', 'meta');
    const sw = el('span', 'swatch');
    sw.style.backgroundColor = t.color;
    meta.append(sw, ' ' + a.type + ', ' + plural(a.mentions, 'mention'));
    details.append(meta);
    if (a.aliases.length) details.append(el('p', 'meta', 'Also called: ' + a.aliases.join('; ')));
    const claims = data.edges.filter((c) => c.source === id || c.target === id);
    details.append(el('h3', null, plural(claims.length, 'claim')));
    const list = el('ol', 'claims');
    claims.forEach((c) => list.append(claimItem(c)));
    details.append(list);
  };
  const showClaim = (id) => {
    const c = edgeById.get(id);
    details.replaceChildren();
    details.append(el('h2', null, 'Claim'));
    const list = el('ol', 'claims');
    list.append(claimItem(c));
    details.append(list);
  };
  const selectActor = (id, center) => {
    cy.elements().unselect();
    const node = cy.getElementById(id);
    node.select();
    if (center) cy.animate({center: {eles: node}, duration: 250});
    showActor(id);
  };
  cy.on('tap', 'node', (e) => showActor(e.target.id()));
  cy.on('tap', 'edge', (e) => showClaim(e.target.id()));

  // ---- legend ----
  const legend = document.getElementById('legend');
  data.types.forEach((t) => {
    const li = el('li');
    const sw = el('span', 'swatch');
    sw.style.backgroundColor = t.color;
    li.append(sw, el('span', null, t.type), el('span', 'count', String(t.count)));
    legend.append(li);
  });

  // ---- relation filter ----
  const hidden = new Set();
  const boxes = new Map();
  const applyFilter = () => {
    cy.batch(() => cy.edges().forEach((e) => {
      e.toggleClass('filtered', hidden.has(e.data('relation')));
    }));
    boxes.forEach((box, relation) => { box.checked = !hidden.has(relation); });
    report();
  };
  const relations = document.getElementById('relations');
  data.relations.forEach((r) => {
    const li = el('li');
    const label = el('label');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(r.relation); else hidden.add(r.relation);
      applyFilter();
    });
    boxes.set(r.relation, box);
    label.append(box, ' ' + r.relation);
    li.append(label, el('span', 'count', String(r.count)));
    relations.append(li);
  });
  document.getElementById('rel-all').addEventListener('click', () => {
    hidden.clear();
    applyFilter();
  });
  document.getElementById('rel-none').addEventListener('click', () => {
    data.relations.forEach((r) => hidden.add(r.relation));
    applyFilter();
  });

  // ---- search ----
  const search = document.getElementById('search');
  const searchCount = document.getElementById('search-count');
  const runSearch = (text) => {
    const q = text.trim().toLowerCase();
    let matches = cy.collection();
    cy.batch(() => {
      cy.elements().removeClass('faded match');
      if (!q) return;
      matches = cy.nodes().filter((v) => {
        const a = nodeById.get(v.id());
        return a.label.toLowerCase().includes(q) ||
            a.aliases.some((s) => s.toLowerCase().includes(q));
      });
      matches.addClass('match');
      cy.nodes().not(matches).addClass('faded');
      cy.edges().filter((e) => !e.source().hasClass('match') && !e.target().hasClass('match'))
          .addClass('faded');
    });
    searchCount.textContent = q ? matches.length + ' of ' + plural(n, 'actor') : '';
    body.dataset.searchMatches = matches.length;
    return matches;
  };
  search.addEventListener('input', () => runSearch(search.value));
  search.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const matches = runSearch(search.value);
    if (matches.length) selectActor(matches[0].id(), true);
  });

  // ---- URL fragment: #search=..&relations=a,b&select=n3 ----
  const applyFragment = () => {
    const params = new URLSearchParams(location.hash.slice(1));
    if (params.has('relations')) {
      const keep = new Set(params.get('relations').split(',').filter((s) => s));
      data.relations.forEach((r) => { if (!keep.has(r.relation)) hidden.add(r.relation); });
      applyFilter();
    }
    if (params.has('search')) {
      search.value = params.get('search');
      runSearch(search.value);
    }
    if (params.has('select') && nodeById.has(params.get('select'))) {
      selectActor(params.get('select'), false);
    }
  };

  const layoutOptions = data.layout === 'cose'
      ? {name: 'cose', randomize: false, animate: false, fit: true, padding: 30,
         nodeDimensionsIncludeLabels: true, componentSpacing: 30, nodeRepulsion: () => 6000,
         idealEdgeLength: () => 40, gravity: 1, numIter: 1000}
      : {name: 'preset', fit: true, padding: 30};
  const layout = cy.layout(layoutOptions);
  layout.one('layoutstop', () => {
    body.dataset.searchMatches = 0;
    applyFragment();
    report();
    body.dataset.status = 'ready';
  });
  layout.run();
})();
)js";

void write_page(const graph::KnowledgeGraph& kg, std::ostream& out, const ViewerLibrary& library,
                const HtmlOptions& options) {
    using detail::html_escape;
    const std::size_t n = kg.actor_count();
    const std::size_t m = kg.claim_count();
    std::string scratch;
    const std::string name = html_escape(
        detail::valid_utf8(kg.name.empty() ? std::string("claimgraph graph") : kg.name, scratch));
    const std::string version = std::string("claimgraph ") + CLAIMGRAPH_VERSION;

    std::string p;
    p.reserve(library.script.size() + 8192);
    p += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    p += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    p += "<meta name=\"generator\" content=\"" + version + "\">\n";
    p += "<title>" + name + "</title>\n<style>";
    p += kStyle;
    p += "</style>\n</head>\n<body data-status=\"loading\">\n<header>\n<h1>" + name + "</h1>\n";
    p += "<span class=\"summary\">" + std::to_string(n) + (n == 1 ? " actor, " : " actors, ") +
         std::to_string(m) + (m == 1 ? " claim" : " claims") + " from " +
         std::to_string(kg.documents.size()) +
         (kg.documents.size() == 1 ? " document" : " documents") + "</span>\n";
    p += "<input id=\"search\" type=\"search\" placeholder=\"Search actors\" "
         "aria-label=\"Search actors\" autocomplete=\"off\">\n<span id=\"search-count\"></span>\n";
    if (n > options.cose_up_to_nodes) {
        p += "<span class=\"note\">Layout computed by claimgraph (Fruchterman-Reingold): more "
             "than " + std::to_string(options.cose_up_to_nodes) +
             " actors, where a force layout in the browser takes minutes.</span>\n";
    }
    p += "</header>\n<main>\n<div id=\"cy\" aria-label=\"graph drawing\"></div>\n<aside>\n";
    p += "<section id=\"details\"><p class=\"hint\">Click an actor or a claim to see its claims "
         "and the sentences behind them.</p></section>\n";
    p += "<section><h2>Actor types</h2><ul id=\"legend\"></ul></section>\n";
    p += "<section><h2>Relations</h2><div class=\"buttons\"><button id=\"rel-all\" "
         "type=\"button\">show all</button> <button id=\"rel-none\" type=\"button\">hide "
         "all</button></div><ul id=\"relations\"></ul></section>\n";
    p += "<details id=\"about\"><summary>About this page</summary><p>Made by " + version +
         ". Drawn with " + html_escape(library.name) + " " + html_escape(library.version) +
         ", under the MIT licence:</p><pre>" +
         html_escape(detail::valid_utf8(library.license, scratch)) + "</pre></details>\n";
    p += "</aside>\n</main>\n<noscript><p>This viewer needs JavaScript.</p></noscript>\n";
    p += "<script type=\"application/json\" id=\"graph-data\">";
    p += graph_json(kg, options);
    p += "</script>\n<script>\n/*! " + library.name + " " + library.version +
         ", MIT licence: see \"About this page\" */\n";
    out.write(p.data(), static_cast<std::streamsize>(p.size()));
    out.write(library.script.data(), static_cast<std::streamsize>(library.script.size()));
    p = "\n</script>\n<script>";
    p += kScript;
    p += "</script>\n</body>\n</html>\n";
    out.write(p.data(), static_cast<std::streamsize>(p.size()));
}

}  // namespace

namespace detail {

std::string script_safe_json(std::string_view json) {
    std::string out;
    out.reserve(json.size() + json.size() / 16);
    for (std::size_t i = 0; i < json.size(); ++i) {
        char c = json[i];
        switch (c) {
            case '<': out += "\\u003c"; break;
            case '>': out += "\\u003e"; break;
            case '&': out += "\\u0026"; break;
            case '\xE2':
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9): line terminators to older JavaScript.
                if (i + 2 < json.size() && json[i + 1] == '\x80' &&
                    (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
                    out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
                    i += 2;
                    break;
                }
                out += c;
                break;
            default: out += c;
        }
    }
    return out;
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace detail

const ViewerLibrary& viewer_library() {
    static const std::unique_ptr<const ViewerLibrary> library = [] {
        std::string script_path;
        try {
            script_path = find_data_file("js/cytoscape.min.js");
        } catch (const ConfigError& e) {
            throw ConfigError(std::string("the HTML viewer needs cytoscape.js: ") + e.what() +
                              ", or run scripts/fetch-js.sh in the source tree (make build runs "
                              "it) and reinstall");
        }
        auto lib = std::make_unique<ViewerLibrary>();
        lib->name = "cytoscape.js";
        lib->script = read_file(script_path);
        const std::string dir = script_path.substr(0, script_path.size() - std::strlen("min.js"));
        lib->license = read_file(dir + "LICENSE");
        std::string version = read_file(dir + "VERSION");
        while (!version.empty() && (version.back() == '\n' || version.back() == '\r')) {
            version.pop_back();
        }
        lib->version = version;
        check_library(*lib);
        return std::unique_ptr<const ViewerLibrary>(std::move(lib));
    }();
    return *library;
}

void write_html(const graph::KnowledgeGraph& graph, std::ostream& out,
                const ViewerLibrary& library, const HtmlOptions& options) {
    check_library(library);
    write_page(graph, out, library, options);
}

void write_html(const graph::KnowledgeGraph& graph, std::ostream& out) {
    write_html(graph, out, viewer_library());
}

}  // namespace claimgraph::io
