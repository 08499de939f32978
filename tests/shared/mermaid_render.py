"""Renders claimgraph's Mermaid text with Mermaid itself, in headless Chromium, and checks what it
drew: every diagram parses and renders with as many nodes and edges as the text declares, the
node labels read as the actors' labels, and a control diagram of 501 edges is refused with
Mermaid's edge limit (the limit claimgraph cuts to).

usage: python3 mermaid_render.py CHROMIUM MERMAID.min.js WORKDIR NAME=EXPECTED.json:GRAPH.mmd...
"""
import html
import json
import os
import re
import subprocess
import sys

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><pre id="out">pending</pre>
<script src="%(mermaid)s"></script>
<script>
const texts = %(texts)s;
mermaid.initialize({startOnLoad: false});
(async () => {
  const results = {};
  let i = 0;
  for (const [name, text] of Object.entries(texts)) {
    try {
      await mermaid.parse(text);
      const {svg} = await mermaid.render('d' + (i++), text);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      results[name] = {ok: true,
        edges: doc.querySelectorAll('path.flowchart-link').length,
        labels: Array.from(doc.querySelectorAll('g.node')).map(n => n.textContent.trim())};
    } catch (e) {
      results[name] = {ok: false, error: String((e && e.message) || e)};
    }
  }
  document.getElementById('out').textContent = JSON.stringify(results);
})();
</script></body></html>
"""


def main(chromium, mermaid_js, workdir, *cases):
    mermaid_js, workdir = os.path.abspath(mermaid_js), os.path.abspath(workdir)
    texts, expected = {}, {}
    for case in cases:
        name, files = case.split("=", 1)
        graph_json, mmd = files.split(":", 1)
        with open(mmd, encoding="utf-8") as f:
            texts[name] = f.read()
        with open(graph_json, encoding="utf-8") as f:
            expected[name] = json.load(f)
    control = "flowchart LR\n" + "".join(f"    c{i} --> c{i + 1}\n" for i in range(501))
    texts["control-501-edges"] = control
    page = PAGE % {"mermaid": "file://" + mermaid_js,
                   "texts": json.dumps(texts).replace("</", "<\\/")}
    with open(f"{workdir}/mermaid.html", "w", encoding="utf-8") as f:
        f.write(page)
    out = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={workdir}/profile", "--allow-file-access-from-files",
         "--virtual-time-budget=60000", "--dump-dom", f"file://{workdir}/mermaid.html"],
        capture_output=True, text=True, timeout=300).stdout
    m = re.search(r'<pre id="out">(.*?)</pre>', out, re.S)
    if not m or m.group(1) == "pending":
        print("mermaid render: the page did not finish (no results in the DOM)", file=sys.stderr)
        return 1
    results = json.loads(html.unescape(m.group(1)))
    status = 0
    for name, text in texts.items():
        r = results[name]
        if name == "control-501-edges":
            if r["ok"] or "Edge limit exceeded" not in r.get("error", ""):
                print(f"mermaid render: {name}: expected Mermaid's edge limit, got {r}",
                      file=sys.stderr)
                status = 1
            else:
                print(f"mermaid render: {name}: refused as expected ({r['error'].splitlines()[0]})")
            continue
        if not r["ok"]:
            print(f"mermaid render: {name}: Mermaid failed: {r['error']}", file=sys.stderr)
            status = 1
            continue
        want_edges = len(re.findall(r"^    n\d+ (?:-->|-\.->|==>)\|", text, re.M))
        declared = re.findall(r"^    (n\d+)\[", text, re.M)
        labels = {n["id"]: CONTROL.sub("\ufffd", re.sub("[\t\r\n]", " ", n["label"])).strip()
                  for n in expected[name]["nodes"]}
        want_labels = sorted(" ".join(labels[i].split()) for i in declared)
        got_labels = sorted(" ".join(label.split()) for label in r["labels"])
        problems = []
        if r["edges"] != want_edges:
            problems.append(f"{r['edges']} edges drawn, the text has {want_edges}")
        if got_labels != want_labels:
            problems.append(f"node labels differ: {got_labels[:5]}... vs {want_labels[:5]}...")
        if problems:
            print(f"mermaid render: {name}: " + "; ".join(problems), file=sys.stderr)
            status = 1
        else:
            print(f"mermaid render: {name}: ok ({len(r['labels'])} nodes, {r['edges']} edges)")
    return status


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
