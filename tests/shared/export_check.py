"""Checks that a graph written by claimgraph loads in a real client with every field intact.

usage: python3 export_check.py MODE EXPECTED.json FILE
  MODE nx-graphml     networkx.read_graphml(FILE)
       nx-json        networkx.readwrite.json_graph.node_link_graph(json.load(FILE))
       igraph-graphml igraph.Graph.Read_GraphML(FILE)
EXPECTED.json is the claimgraph node-link JSON FILE was converted from (ids n0.., edges in
order). Exit status 0 when everything matches, 1 with the differences on stderr, 3 when the
module is missing (the calling script decides whether that skips or fails).

Works with NetworkX 2.8 (Debian's python3-networkx) and 3.x, and python3-igraph 0.10.
"""
import json
import re
import sys

C0 = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xml_safe(text):
    """What GraphML can carry of a plain string: C0 controls other than tab/LF/CR become U+FFFD."""
    return C0.sub("\ufffd", text)


class Checker:
    def __init__(self, what):
        self.what = what
        self.errors = []

    def eq(self, where, got, want):
        # Compare as canonical JSON text: 5 and 5.0, or True and 1, are different here.
        if json.dumps(got, sort_keys=True) != json.dumps(want, sort_keys=True):
            self.errors.append(f"{self.what}: {where}: got {got!r}, want {want!r}")

    def done(self):
        for e in self.errors[:50]:
            print(e, file=sys.stderr)
        if self.errors:
            print(f"{self.what}: {len(self.errors)} difference(s)", file=sys.stderr)
            return 1
        print(f"{self.what}: ok")
        return 0


def parallel_keys(edges):
    seen = {}
    keys = []
    for e in edges:
        pair = (e["source"], e["target"])
        keys.append(seen.get(pair, 0))
        seen[pair] = seen.get(pair, 0) + 1
    return keys


def check_graphml_attrs(c, where, node_or_edge, want, is_node):
    """Compares GraphML attributes (strings as written; JSON text for the list fields)."""
    if is_node:
        c.eq(where + " label", node_or_edge.get("label"), xml_safe(want["label"]))
        c.eq(where + " key", node_or_edge.get("key"), xml_safe(want["key"]))
        c.eq(where + " type", node_or_edge.get("type"), want["type"])
        c.eq(where + " mentions", node_or_edge.get("mentions"), want["mentions"])
        c.eq(where + " aliases", json.loads(node_or_edge.get("aliases", "null")), want["aliases"])
    else:
        c.eq(where + " label", node_or_edge.get("label"), xml_safe(want["relation"]))
        c.eq(where + " relation", node_or_edge.get("relation"), xml_safe(want["relation"]))
        c.eq(where + " negated", node_or_edge.get("negated"), want["negated"])
        c.eq(where + " modality", node_or_edge.get("modality"), want["modality"])
        c.eq(where + " confidence", node_or_edge.get("confidence"), float(want["confidence"]))
        c.eq(where + " weight", node_or_edge.get("weight"), float(want["weight"]))
        c.eq(where + " evidence", json.loads(node_or_edge.get("evidence", "null")),
             want["evidence"])


def nx_graphml(expected, path):
    try:
        import networkx as nx
    except ImportError:
        return 3
    c = Checker(f"networkx {nx.__version__} read_graphml")
    g = nx.read_graphml(path, force_multigraph=True)
    c.eq("directed", g.is_directed(), True)
    c.eq("nodes", g.number_of_nodes(), len(expected["nodes"]))
    c.eq("edges", g.number_of_edges(), len(expected["edges"]))
    c.eq("graph name", g.graph.get("name"), xml_safe(expected["graph"]["name"]))
    c.eq("graph documents", json.loads(g.graph.get("documents", "null")),
         expected["graph"]["documents"])
    for n in expected["nodes"]:
        if n["id"] not in g:
            c.errors.append(f"node {n['id']} missing")
            continue
        check_graphml_attrs(c, "node " + n["id"], g.nodes[n["id"]], n, True)
    for i, e in enumerate(expected["edges"]):
        key = f"e{i}"
        if not g.has_edge(e["source"], e["target"], key):
            c.errors.append(f"edge {key} {e['source']}->{e['target']} missing")
            continue
        check_graphml_attrs(c, "edge " + key, g.edges[e["source"], e["target"], key], e, False)
    return c.done()


def nx_json(expected, path):
    try:
        import networkx as nx
        from networkx.readwrite import json_graph
    except ImportError:
        return 3
    major, minor = (int(x) for x in nx.__version__.split(".")[:2])
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if (major, minor) >= (3, 4):
        g = json_graph.node_link_graph(data)  # "edges" is the default
        how = "node_link_graph(data)"
    else:
        g = json_graph.node_link_graph(data, link="edges")  # 2.8 defaults to "links"
        how = 'node_link_graph(data, link="edges")'
    c = Checker(f"networkx {nx.__version__} {how}")
    c.eq("directed", g.is_directed(), True)
    c.eq("multigraph", g.is_multigraph(), True)
    c.eq("nodes", g.number_of_nodes(), len(expected["nodes"]))
    c.eq("edges", g.number_of_edges(), len(expected["edges"]))
    c.eq("graph", g.graph, expected["graph"])
    for n in expected["nodes"]:
        want = {k: v for k, v in n.items() if k != "id"}
        c.eq("node " + n["id"], dict(g.nodes[n["id"]]) if n["id"] in g else None, want)
    for e, key in zip(expected["edges"], parallel_keys(expected["edges"])):
        want = {k: v for k, v in e.items() if k not in ("source", "target", "key")}
        got = g.get_edge_data(e["source"], e["target"], key)
        c.eq(f"edge {e['source']}->{e['target']} key {key}", got, want)
    return c.done()


def igraph_graphml(expected, path):
    try:
        import igraph
    except ImportError:
        return 3
    c = Checker(f"igraph {igraph.__version__} Read_GraphML")
    g = igraph.Graph.Read_GraphML(path)
    c.eq("directed", g.is_directed(), True)
    c.eq("nodes", g.vcount(), len(expected["nodes"]))
    c.eq("edges", g.ecount(), len(expected["edges"]))
    c.eq("graph name", g["name"], xml_safe(expected["graph"]["name"]))
    ids = g.vs["id"]
    c.eq("node ids", ids, [n["id"] for n in expected["nodes"]])
    for v, n in zip(g.vs, expected["nodes"]):
        attrs = v.attributes()
        attrs["mentions"] = int(attrs["mentions"])  # igraph keeps int keys as float
        check_graphml_attrs(c, "node " + n["id"], attrs, n, True)
    for i, (edge, e) in enumerate(zip(g.es, expected["edges"])):
        c.eq(f"edge e{i} ends", (ids[edge.source], ids[edge.target]), (e["source"], e["target"]))
        check_graphml_attrs(c, f"edge e{i}", edge.attributes(), e, False)
    return c.done()


def main(argv):
    if len(argv) != 4 or argv[1] not in ("nx-graphml", "nx-json", "igraph-graphml"):
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[2], encoding="utf-8") as f:
        expected = json.load(f)
    mode = {"nx-graphml": nx_graphml, "nx-json": nx_json, "igraph-graphml": igraph_graphml}
    return mode[argv[1]](expected, argv[3])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
