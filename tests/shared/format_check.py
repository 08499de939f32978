"""Checks claimgraph's write-only exports with the real readers their users load them into.

usage: python3 format_check.py MODE EXPECTED.json FILE...
  MODE nx-gexf        networkx.read_gexf(FILE): node and edge counts, parallel edges, every
                      typed attribute, viz colour and size
       csv-gephi      NODES.csv EDGES.csv through Python's csv module (RFC 4180): exact headers,
                      row counts, every value (commas, quotes, line breaks) back as written
       csv-neo4j      the same for the neo4j-admin tables, plus the header grammar of
                      `neo4j-admin database import` and that every :START_ID/:END_ID is an :ID
       rdf-count      NT_COUNT TTL_COUNT: the triple counts rapper printed equal the count
                      computed here from the graph
       rdflib         GRAPH.nt GRAPH.ttl: rdflib parses both into the same (isomorphic) graph,
                      with every label, alias, relation, statement and evidence sentence in it
EXPECTED.json is claimgraph's canonical node-link JSON of the same graph (ids n0.., edges in
order). Exit status 0 when everything matches, 1 with the differences on stderr, 3 when the
module is missing (the calling script decides whether that skips or fails).
"""
import csv
import json
import math
import re
import sys

from export_check import Checker, xml_safe

# The DOT palette (export/dot.cpp), as GEXF's viz:color writes it; other types are grey.
PALETTE = {
    "country": "8dd3c7", "government": "ffffb3", "university": "bebada", "school": "fb8072",
    "organization": "80b1d3", "company": "fdb462", "person": "b3de69", "event": "fccde5",
    "policy": "d9d9d9", "fund": "bc80bd", "project": "ccebc5", "place": "ffed6f",
    "concept": "f0f0f0",
}


def claim_label(e):
    text = ("not " if e["negated"] else "") + e["relation"]
    if e["modality"] != "asserted":
        text += f" ({e['modality']})"
    return text


def compact(value):
    """JSON text as claimgraph writes arrays inside other formats (no spaces, UTF-8 as is)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def nx_gexf(expected, path):
    try:
        import networkx as nx
    except ImportError:
        return 3
    c = Checker(f"networkx {nx.__version__} read_gexf")
    g = nx.read_gexf(path)
    c.eq("directed", g.is_directed(), True)
    c.eq("multigraph (parallel claims kept apart)", g.is_multigraph(),
         len({(e["source"], e["target"]) for e in expected["edges"]}) < len(expected["edges"]))
    c.eq("nodes", g.number_of_nodes(), len(expected["nodes"]))
    c.eq("edges", g.number_of_edges(), len(expected["edges"]))
    for n in expected["nodes"]:
        if n["id"] not in g:
            c.errors.append(f"node {n['id']} missing")
            continue
        got = g.nodes[n["id"]]
        where = "node " + n["id"]
        c.eq(where + " label", got.get("label"), xml_safe(n["label"]))
        c.eq(where + " type", got.get("type"), xml_safe(n["type"]))
        c.eq(where + " key", got.get("key"), xml_safe(n["key"]))
        c.eq(where + " aliases", json.loads(got.get("aliases", "null")), n["aliases"])
        c.eq(where + " mentions", got.get("mentions"), n["mentions"])
        rgb = PALETTE.get(n["type"], "b0b0b0")
        want_color = {"r": int(rgb[0:2], 16), "g": int(rgb[2:4], 16), "b": int(rgb[4:6], 16),
                      "a": 1.0}
        viz = got.get("viz", {})
        c.eq(where + " viz color", viz.get("color"), want_color)
        c.eq(where + " viz size", viz.get("size"),
             round(5 + 5 * math.log2(1 + n["mentions"]), 2))
    # read_gexf keeps each edge's id in its data (and as the key when it made a multigraph).
    by_id = {d.get("id"): (s, t, d) for s, t, d in g.edges(data=True)}
    for i, e in enumerate(expected["edges"]):
        key = f"e{i}"
        if key not in by_id:
            c.errors.append(f"edge {key} missing")
            continue
        s, t, d = by_id[key]
        where = "edge " + key
        c.eq(where + " ends", [s, t], [e["source"], e["target"]])
        c.eq(where + " label", d.get("label"), xml_safe(claim_label(e)))
        c.eq(where + " relation", d.get("relation"), xml_safe(e["relation"]))
        c.eq(where + " negated", d.get("negated"), e["negated"])
        c.eq(where + " modality", d.get("modality"), e["modality"])
        c.eq(where + " confidence", d.get("confidence"), float(e["confidence"]))
        c.eq(where + " weight", d.get("weight"), float(e["weight"]))
        c.eq(where + " evidence", json.loads(d.get("evidence", "null")), e["evidence"])
    return c.done()


def read_table(path):
    # newline="" as the csv module asks, so that line breaks inside quoted fields stay as written.
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    rows = list(csv.reader(raw.splitlines(keepends=True), strict=True))
    return raw, rows


def check_rfc4180(c, name, raw, rows):
    c.eq(name + " ends records with CRLF", raw.endswith("\r\n"), True)
    width = len(rows[0]) if rows else 0
    for i, r in enumerate(rows):
        if len(r) != width:
            c.errors.append(f"{name} record {i}: {len(r)} fields, the header has {width}")


def csv_gephi(expected, nodes_path, edges_path):
    c = Checker(f"python {sys.version.split()[0]} csv (Gephi tables)")
    raw, rows = read_table(nodes_path)
    check_rfc4180(c, "nodes", raw, rows)
    c.eq("node header", rows[0], ["Id", "Label", "Type", "Mentions", "Key", "Aliases"])
    c.eq("node rows", len(rows) - 1, len(expected["nodes"]))
    for n, r in zip(expected["nodes"], rows[1:]):
        c.eq("node " + n["id"], r, [n["id"], n["label"], n["type"], str(n["mentions"]), n["key"],
                                    compact(n["aliases"])])
    raw, rows = read_table(edges_path)
    check_rfc4180(c, "edges", raw, rows)
    c.eq("edge header", rows[0], ["Source", "Target", "Type", "Id", "Label", "Kind", "Weight",
                                  "Relation", "Negated", "Modality", "Confidence", "Evidence"])
    c.eq("edge rows", len(rows) - 1, len(expected["edges"]))
    kinds = set()
    for i, (e, r) in enumerate(zip(expected["edges"], rows[1:])):
        c.eq(f"edge e{i}", r[:11], [e["source"], e["target"], "Directed", f"e{i}",
                                     claim_label(e), claim_label(e), str(e["weight"]),
                                     e["relation"], "true" if e["negated"] else "false",
                                     e["modality"], r[10]])
        c.eq(f"edge e{i} confidence", float(r[10]), float(e["confidence"]))
        c.eq(f"edge e{i} evidence", json.loads(r[11]), e["evidence"])
        kinds.add((r[0], r[1], r[5]))
    c.eq("every claim has its own (Source, Target, Kind)", len(kinds), len(expected["edges"]))
    return c.done()


# neo4j-admin database import header: <name>:<field_type>, field types ID, LABEL, START_ID,
# END_ID, TYPE, IGNORE (with an optional ID group in parentheses) or a property type, optionally
# an array ("[]").
NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
               "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}
NEO4J_FIELD = re.compile(r"^(?P<name>[^:]*)(?::(?P<type>[A-Za-z_]+)(?P<array>\[\])?"
                         r"(?:\((?P<group>[^()]+)\))?)?$")


def neo4j_header(c, where, header, required):
    kinds = {}
    for field in header:
        m = NEO4J_FIELD.match(field)
        if not m:
            c.errors.append(f"{where}: '{field}' is not <name>:<field_type>")
            continue
        t = m.group("type")
        if t is None:
            continue  # a string property
        if t in ("ID", "START_ID", "END_ID"):
            kinds[t] = m.group("group")
        elif t in ("LABEL", "TYPE", "IGNORE"):
            if m.group("name"):
                c.errors.append(f"{where}: '{field}' names a {t} field (the name is ignored)")
            kinds[t] = None
        elif t.lower() not in NEO4J_TYPES:
            c.errors.append(f"{where}: '{field}' has an unknown type '{t}'")
        elif m.group("group"):
            c.errors.append(f"{where}: '{field}': only ID fields have a group")
    for r in required:
        if r not in kinds:
            c.errors.append(f"{where}: no :{r} field")
    return kinds


def csv_neo4j(expected, nodes_path, edges_path):
    c = Checker(f"python {sys.version.split()[0]} csv (neo4j-admin tables)")
    raw, rows = read_table(nodes_path)
    check_rfc4180(c, "nodes", raw, rows)
    c.eq("node header", rows[0],
         ["id:ID(Actor)", ":LABEL", "label", "type", "key", "aliases", "mentions:int"])
    groups = neo4j_header(c, "node header", rows[0], ["ID", "LABEL"])
    c.eq("node rows", len(rows) - 1, len(expected["nodes"]))
    ids = set()
    for n, r in zip(expected["nodes"], rows[1:]):
        c.eq("node " + n["id"], r[0:1] + r[2:], [n["id"], n["label"], n["type"], n["key"],
                                                 compact(n["aliases"]), str(n["mentions"])])
        labels = r[1].split(";")
        c.eq("node " + n["id"] + " first label", labels[0], "Actor")
        for label in labels:
            if not re.fullmatch(r"[A-Za-z0-9\u0080-\U0010ffff]+", label):
                c.errors.append(f"node {n['id']}: label '{label}' needs quoting in Cypher")
        ids.add(r[0])
    c.eq("ids unique", len(ids), len(expected["nodes"]))
    raw, rows = read_table(edges_path)
    check_rfc4180(c, "edges", raw, rows)
    c.eq("edge header", rows[0], [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "relation",
                                  "negated:boolean", "modality", "confidence:double",
                                  "weight:int", "evidence"])
    rgroups = neo4j_header(c, "edge header", rows[0], ["START_ID", "END_ID", "TYPE"])
    c.eq("ID groups match", [rgroups.get("START_ID"), rgroups.get("END_ID")],
         [groups.get("ID"), groups.get("ID")])
    c.eq("edge rows", len(rows) - 1, len(expected["edges"]))
    for i, (e, r) in enumerate(zip(expected["edges"], rows[1:])):
        if r[0] not in ids or r[1] not in ids:
            c.errors.append(f"edge {i}: an end is no node id")
        c.eq(f"edge {i} ends", r[:2], [e["source"], e["target"]])
        c.eq(f"edge {i} :TYPE", r[2], re.sub(r"[^A-Z0-9\u0080-\U0010ffff]+", "_",
                                             e["relation"].upper()).strip("_") or "RELATED_TO")
        c.eq(f"edge {i} values", [r[3], r[4], r[5], float(r[6]), int(r[7])],
             [e["relation"], "true" if e["negated"] else "false", e["modality"],
              float(e["confidence"]), e["weight"]])
        c.eq(f"edge {i} evidence", json.loads(r[8]), e["evidence"])
    return c.done()


def expected_triples(expected):
    """The number of triples export/rdf.hpp describes for this graph."""
    g = expected["graph"]
    n = 1 + (1 if g["name"] else 0) + len(g["documents"])
    n += 3 * len({v["type"] for v in expected["nodes"]})
    n += 2 * len({e["relation"] for e in expected["edges"]})
    n += sum(5 + len(v["aliases"]) for v in expected["nodes"])
    for e in expected["edges"]:
        n += 1 if (not e["negated"] and e["modality"] == "asserted") else 0
        n += 8 + len(e["evidence"]) + 5 * len(e["evidence"])
    return n


def rdf_count(expected, nt_count, ttl_count):
    want = expected_triples(expected)
    c = Checker(f"rapper triple counts (N-Triples {nt_count}, Turtle {ttl_count}, "
                f"expected {want})")
    c.eq("N-Triples", int(nt_count), want)
    c.eq("Turtle", int(ttl_count), want)
    return c.done()


def rdflib_check(expected, nt_path, ttl_path):
    try:
        import rdflib
        from rdflib.compare import isomorphic
    except ImportError:
        return 3
    from rdflib import RDF, RDFS, Literal, URIRef
    c = Checker(f"rdflib {rdflib.__version__}")
    nt = rdflib.Graph().parse(nt_path, format="nt")
    ttl = rdflib.Graph().parse(ttl_path, format="turtle")
    c.eq("N-Triples and Turtle are the same graph", isomorphic(nt, ttl), True)
    c.eq("triples", len(nt), expected_triples(expected))
    cg = rdflib.Namespace("urn:claimgraph:vocab:")
    from urllib.parse import quote

    def actor(n):
        return URIRef("urn:claimgraph:actor:" + quote(n["key"].encode("utf-8"), safe="-._~"))

    nodes = {n["id"]: n for n in expected["nodes"]}
    for n in expected["nodes"]:
        a = actor(n)
        c.eq(f"{n['id']} label", [str(x) for x in nt.objects(a, RDFS.label)], [n["label"]])
        c.eq(f"{n['id']} types", sorted(str(x) for x in nt.objects(a, RDF.type)),
             sorted([str(cg.Actor), "urn:claimgraph:type:" + quote(n["type"].encode(), safe="-._~")]))
        c.eq(f"{n['id']} aliases", sorted(str(x) for x in nt.objects(a, cg.alias)),
             sorted(n["aliases"]))
        c.eq(f"{n['id']} mentions", [x.toPython() for x in nt.objects(a, cg.mentions)],
             [n["mentions"]])
    statements = list(nt.subjects(RDF.type, RDF.Statement))
    c.eq("statements", len(statements), len(expected["edges"]))
    seen = []
    for st in statements:
        s = nt.value(st, RDF.subject)
        p = nt.value(st, RDF.predicate)
        o = nt.value(st, RDF.object)
        texts = sorted(str(nt.value(ev, cg.text)) for ev in nt.objects(st, cg.evidence))
        seen.append((str(s), str(p), str(o), nt.value(st, cg.negated).toPython(),
                     str(nt.value(st, cg.modality)), nt.value(st, cg.weight).toPython(), texts))
    want = []
    for e in expected["edges"]:
        want.append((str(actor(nodes[e["source"]])), "urn:claimgraph:relation:" +
                     quote(e["relation"].encode(), safe="-._~"), str(actor(nodes[e["target"]])),
                     e["negated"], e["modality"], e["weight"],
                     sorted(ev["text"] for ev in e["evidence"])))
    c.eq("statements (subject, predicate, object, negated, modality, weight, sentences)",
         sorted(seen), sorted(want))
    facts = [e for e in expected["edges"] if not e["negated"] and e["modality"] == "asserted"]
    for e in facts:
        triple = (actor(nodes[e["source"]]), URIRef("urn:claimgraph:relation:" +
                  quote(e["relation"].encode(), safe="-._~")), actor(nodes[e["target"]]))
        if triple not in nt:
            c.errors.append(f"fact {triple} missing")
    graphs = list(nt.subjects(RDF.type, cg.Graph))
    c.eq("one graph node", len(graphs), 1)
    if graphs:
        c.eq("graph name", [str(x) for x in nt.objects(graphs[0], RDFS.label)],
             [expected["graph"]["name"]] if expected["graph"]["name"] else [])
        c.eq("graph documents", sorted(str(x) for x in nt.objects(graphs[0], cg.document)),
             sorted(expected["graph"]["documents"]))
    return c.done()


def main(argv):
    mode, expected_path, *files = argv[1:]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    modes = {"nx-gexf": nx_gexf, "csv-gephi": csv_gephi, "csv-neo4j": csv_neo4j,
             "rdf-count": rdf_count, "rdflib": rdflib_check}
    return modes[mode](expected, *files)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
