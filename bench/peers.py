#!/usr/bin/python3
"""Peer side of bench/bench_query.sh: load the benchmark graph with NetworkX or igraph and time
the same query kinds as `claimgraph query` (neighbours of an actor, claims of one relation from
one actor, claims of one relation). Run under Debian's /usr/bin/python3 (NetworkX 2.8,
python3-igraph 0.10). Prints one line per figure: "<tool> <input> <what> <seconds>".

    /usr/bin/python3 bench/peers.py networkx json g.json n5
    /usr/bin/python3 bench/peers.py networkx graphml g.graphml n5
    /usr/bin/python3 bench/peers.py igraph graphml g.graphml n5
    /usr/bin/python3 bench/peers.py igraph json g.json n5    # json.load + Graph(), see below

igraph has no node-link JSON reader: for "igraph json" the figure is json.load plus building the
Graph from the parsed lists (vertex and edge attributes included), which is what a user would
write.
"""
import json
import sys
import time


def report(tool, fmt, what, seconds):
    print(f"{tool} {fmt} {what} {seconds:.6f}", flush=True)


def networkx_run(fmt, path, actor, relation):
    import networkx as nx
    t0, c0 = time.perf_counter(), time.process_time()
    if fmt == "json":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        g = nx.node_link_graph(data, directed=True, multigraph=True, link="edges")
        del data
    else:
        g = nx.read_graphml(path)
    report("networkx", fmt, "load", time.perf_counter() - t0)
    report("networkx", fmt, "load-cpu", time.process_time() - c0)
    print(f"networkx {fmt} nodes {g.number_of_nodes()}", flush=True)
    print(f"networkx {fmt} edges {g.number_of_edges()}", flush=True)

    t0 = time.perf_counter()
    rows = list(g.out_edges(actor, data=True)) + list(g.in_edges(actor, data=True))
    report("networkx", fmt, "neighbors", time.perf_counter() - t0)
    t0 = time.perf_counter()
    rows = [e for e in g.out_edges(actor, data=True) if e[2].get("relation") == relation]
    report("networkx", fmt, "claims-from", time.perf_counter() - t0)
    t0 = time.perf_counter()
    rows = [e for e in g.edges(data=True) if e[2].get("relation") == relation]
    report("networkx", fmt, "claims-relation", time.perf_counter() - t0)
    report("networkx", fmt, "claims-relation-rows", len(rows))


def igraph_run(fmt, path, actor, relation):
    import igraph as ig
    t0, c0 = time.perf_counter(), time.process_time()
    if fmt == "json":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        nodes, edges = data["nodes"], data["edges"]
        index = {n["id"]: i for i, n in enumerate(nodes)}
        vertex_attrs = {k: [n.get(k) for n in nodes]
                        for k in ("id", "label", "type", "aliases", "mentions", "key")}
        edge_attrs = {k: [e.get(k) for e in edges]
                      for k in ("relation", "negated", "modality", "confidence", "weight",
                                "evidence")}
        g = ig.Graph(n=len(nodes), edges=[(index[e["source"]], index[e["target"]]) for e in edges],
                     directed=True, vertex_attrs=vertex_attrs, edge_attrs=edge_attrs)
        del data, nodes, edges, vertex_attrs, edge_attrs
        name_attr = "id"
    else:
        g = ig.Graph.Read_GraphML(path)
        name_attr = "id"  # igraph keeps GraphML node ids in the "id" attribute
    report("igraph", fmt, "load", time.perf_counter() - t0)
    report("igraph", fmt, "load-cpu", time.process_time() - c0)
    print(f"igraph {fmt} nodes {g.vcount()}", flush=True)
    print(f"igraph {fmt} edges {g.ecount()}", flush=True)

    t0 = time.perf_counter()
    v = g.vs.find(**{name_attr: actor}).index
    report("igraph", fmt, "find-actor", time.perf_counter() - t0)
    t0 = time.perf_counter()
    es = g.es[g.incident(v, mode="all")]
    rows = [(e.source, e["relation"], e.target) for e in es]
    report("igraph", fmt, "neighbors", time.perf_counter() - t0)
    t0 = time.perf_counter()
    rows = [e for e in g.es[g.incident(v, mode="out")] if e["relation"] == relation]
    report("igraph", fmt, "claims-from", time.perf_counter() - t0)
    t0 = time.perf_counter()
    rows = g.es.select(relation_eq=relation)
    report("igraph", fmt, "claims-relation", time.perf_counter() - t0)
    report("igraph", fmt, "claims-relation-rows", len(rows))


def main():
    if len(sys.argv) not in (5, 6):
        sys.exit(__doc__)
    tool, fmt, path, actor = sys.argv[1:5]
    relation = sys.argv[5] if len(sys.argv) == 6 else "funds"
    if tool == "networkx":
        networkx_run(fmt, path, actor, relation)
    elif tool == "igraph":
        igraph_run(fmt, path, actor, relation)
    else:
        sys.exit("peers.py: tool must be networkx or igraph")


if __name__ == "__main__":
    main()
