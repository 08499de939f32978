"""Checks claimgraph's Mermaid flowchart text line by line against the part of Mermaid's
flowchart grammar it uses, and against Mermaid's limits (maxEdges 500, maxTextSize 50,000).
This is our reading of the grammar (mermaid's flowchart jison and its documentation on entity
codes), not Mermaid itself: Mermaid runs only in a browser DOM, and the test suite has none.

usage: python3 mermaid_grammar.py EXPECTED.json GRAPH.mmd
       python3 mermaid_grammar.py --big-graph OUT.json   (writes a 700-claim graph to cut)
EXPECTED.json is claimgraph's node-link JSON of the same graph: when the graph fits, every actor
and claim must be there, with the labels decoded back from the entity codes.
"""
import json
import re
import sys

ID = r"n\d+"
# A quoted label: no raw double quote; '#' only in an entity code; nothing that ends a statement
# or a link label (';', '|') and nothing that HTML labels would take as markup ('<', '>', '&'),
# and no backtick (it starts a Markdown string); no line breaks or control characters.
LABEL = r'"(?:[^"#;|<>&`\x00-\x1f\x7f]|#\d+;)*"'
STATEMENTS = [
    ("comment", re.compile(r"%%[^\n]*")),
    ("header", re.compile(r"flowchart LR")),
    ("node", re.compile(rf"    (?P<id>{ID})\[(?P<label>{LABEL})\]")),
    ("edge", re.compile(rf"    (?P<s>{ID}) (?P<arrow>-->|-\.->|==>)\|(?P<label>{LABEL})\| (?P<t>{ID})")),
    ("classDef", re.compile(r"    classDef t_[A-Za-z0-9_]+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},"
                            r"color:#[0-9a-f]{6}")),
    ("class", re.compile(rf"    class {ID}(?:,{ID})* t_[A-Za-z0-9_]+")),
]
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(label):
    return re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), label[1:-1])


def shown(text):
    """What the label of a node or claim should read: whitespace controls as spaces, other
    controls as U+FFFD."""
    return CONTROL.sub("\ufffd", re.sub("[\t\r\n]", " ", text))


def main(expected_path, path):
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    errors = []
    if len(text) > 50000:
        errors.append(f"{len(text)} characters, more than Mermaid's maxTextSize of 50000")
    if not text.endswith("\n") or "\r" in text:
        errors.append("lines must end with LF")
    nodes, edges, order = {}, [], []
    for i, line in enumerate(text.split("\n")[:-1], 1):
        for kind, rx in STATEMENTS:
            m = rx.fullmatch(line)
            if m:
                order.append(kind)
                if kind == "node":
                    if m["id"] in nodes:
                        errors.append(f"line {i}: {m['id']} declared twice")
                    nodes[m["id"]] = decode(m["label"])
                elif kind == "edge":
                    edges.append((m["s"], m["t"], decode(m["label"]), m["arrow"]))
                    for end in (m["s"], m["t"]):
                        if end not in nodes:
                            errors.append(f"line {i}: {end} is used before it is declared")
                break
        else:
            errors.append(f"line {i}: not a statement Mermaid's flowchart grammar takes: {line!r}")
    if order[:1] != ["comment"] or "header" not in order:
        errors.append("no 'flowchart LR' header after the comment")
    if len(edges) > 500:
        errors.append(f"{len(edges)} edges, more than Mermaid's maxEdges of 500")
    cut = "%% cut to fit Mermaid's limits" in text
    if not cut:
        want_nodes = {n["id"]: shown(n["label"]) for n in expected["nodes"]}
        if nodes != want_nodes:
            errors.append(f"nodes differ from the graph's: {len(nodes)} vs {len(want_nodes)}")
        want_edges = []
        for e in expected["edges"]:
            label = ("not " if e["negated"] else "") + e["relation"]
            if e["modality"] != "asserted":
                label += f" ({e['modality']})"
            arrow = "-.->" if e["negated"] or e["modality"] != "asserted" else (
                "==>" if e["weight"] > 1 else "-->")
            want_edges.append((e["source"], e["target"], shown(label), arrow))
        if edges != want_edges:
            errors.append(f"edges differ from the graph's claims: {len(edges)} vs {len(want_edges)}")
    for e in errors[:30]:
        print(f"mermaid grammar: {e}", file=sys.stderr)
    if errors:
        return 1
    print(f"mermaid grammar: ok ({len(nodes)} nodes, {len(edges)} edges, {len(text)} characters"
          f"{', cut to fit' if cut else ''})")
    return 0


def big_graph(path):
    """60 actors and 700 claims, every third made twice: more than Mermaid's 500 edges."""
    nodes = [{"id": f"n{i}", "label": f"actor {i}", "type": "person"} for i in range(60)]
    edges = [{"source": f"n{i % 60}", "target": f"n{(i * 7 + 1) % 60}", "relation": f"r{i}",
              "weight": 1 + (i % 3 == 0)} for i in range(700)]
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"directed": True, "multigraph": True,
                   "graph": {"name": "big", "documents": []}, "nodes": nodes, "edges": edges}, f)
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "--big-graph":
        sys.exit(big_graph(sys.argv[2]))
    sys.exit(main(*sys.argv[1:]))
