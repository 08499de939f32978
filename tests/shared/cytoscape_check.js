// Loads claimgraph's Cytoscape.js JSON into cytoscape.js itself (headless, in Node) and checks it
// against claimgraph's node-link JSON of the same graph.
// usage: node cytoscape_check.js CYTOSCAPE.min.js EXPECTED.json GRAPH.cyjs
'use strict';
const fs = require('fs');
const [cyPath, expectedPath, cyjsPath] = process.argv.slice(2);
const cytoscape = require(cyPath);
const expected = JSON.parse(fs.readFileSync(expectedPath, 'utf8'));
const doc = JSON.parse(fs.readFileSync(cyjsPath, 'utf8'));
const cy = cytoscape({headless: true, elements: doc.elements});
const errors = [];
const eq = (where, got, want) => {
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    errors.push(`${where}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
};
const label = (e) => (e.negated ? 'not ' : '') + e.relation +
    (e.modality !== 'asserted' ? ` (${e.modality})` : '');
eq('nodes', cy.nodes().length, expected.nodes.length);
eq('edges', cy.edges().length, expected.edges.length);
for (const n of expected.nodes) {
  const node = cy.getElementById(n.id);
  if (node.empty()) { errors.push(`node ${n.id} missing`); continue; }
  for (const k of ['label', 'type', 'key', 'aliases', 'mentions']) {
    eq(`node ${n.id} ${k}`, node.data(k), n[k]);
  }
}
expected.edges.forEach((e, i) => {
  const edge = cy.getElementById(`e${i}`);
  if (edge.empty()) { errors.push(`edge e${i} missing`); return; }
  eq(`edge e${i} ends`, [edge.source().id(), edge.target().id()], [e.source, e.target]);
  eq(`edge e${i} label`, edge.data('label'), label(e));
  for (const k of ['relation', 'negated', 'modality', 'confidence', 'weight', 'evidence']) {
    eq(`edge e${i} ${k}`, edge.data(k), e[k]);
  }
});
const what = `cytoscape.js ${cytoscape.version || ''} headless`;
if (errors.length) {
  errors.slice(0, 50).forEach((e) => console.error(`${what}: ${e}`));
  console.error(`${what}: ${errors.length} difference(s)`);
  process.exit(1);
}
console.log(`${what}: ok (${cy.nodes().length} nodes, ${cy.edges().length} edges)`);
