#!/usr/bin/env python3
"""Reduces Debian's HTML documentation to English prose: one .txt file per page, paragraphs
separated by blank lines, code, navigation and tables left out.

    make_corpus.py OUT_DIR [MAX_MB]

Reads debian-handbook (en-US), python3.11-doc and linux-doc-6.1 from /usr/share/doc (installed by
bench/corpus.sh), in sorted path order, and stops once MAX_MB (default 40) of text is written, so
the same packages always give the same corpus."""
import gzip
import html.parser
import os
import re
import sys

SOURCES = [
    ("handbook", "/usr/share/doc/debian-handbook/html/en-US"),
    ("python", "/usr/share/doc/python3.11/html"),
    ("linux", "/usr/share/doc/linux-doc-6.1/html"),
]
BLOCKS = {"p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "blockquote", "figcaption"}
SKIP = {"script", "style", "pre", "nav", "table", "head", "footer"}
SKIP_CLASSES = re.compile(r"\b(sphinxsidebar|related|footer|navheader|navfooter|toc|"
                          r"headerlink|highlight|admonition-title|sidebar)\b")


class Prose(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs, self.buf = [], []
        self.skip = []    # stack of tags that opened a skipped region
        self.depth = 0    # open block tags

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if self.skip:
            if tag not in ("br", "img", "hr", "meta", "link", "input"):
                self.skip.append(tag)
            return
        if tag in SKIP or SKIP_CLASSES.search(cls):
            if tag not in ("br", "img", "hr"):
                self.skip.append(tag)
            return
        if tag in BLOCKS:
            self.flush()
            self.depth += 1

    def handle_endtag(self, tag):
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag in BLOCKS:
            self.flush()
            self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        if not self.skip and self.depth > 0:
            self.buf.append(data)

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        self.buf = []
        # Keep prose: several words, mostly letters.
        words = text.split()
        if len(words) >= 4 and sum(c.isalpha() for c in text) > 0.6 * len(text):
            self.paragraphs.append(text)


def pages(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for f in sorted(filenames):
            if f.endswith(".html") or f.endswith(".html.gz"):
                yield os.path.join(dirpath, f)


def main():
    out = sys.argv[1]
    limit = float(sys.argv[2] if len(sys.argv) > 2 else 40) * 1e6
    os.makedirs(out, exist_ok=True)
    total = files = 0
    for name, root in SOURCES:
        if not os.path.isdir(root):
            sys.exit(f"make_corpus: {root} missing; run bench/corpus.sh, which installs it")
        for path in pages(root):
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8", errors="replace") as f:
                p = Prose()
                p.feed(f.read())
                p.close()
            if not p.paragraphs:
                continue
            text = "\n\n".join(p.paragraphs) + "\n"
            rel = os.path.relpath(path, root).replace(os.sep, "__")
            rel = re.sub(r"\.html(\.gz)?$", ".txt", rel)
            with open(os.path.join(out, f"{name}__{rel}"), "w", encoding="utf-8") as g:
                g.write(text)
            total += len(text.encode("utf-8"))
            files += 1
            if total >= limit:
                print(f"{files} files, {total / 1e6:.1f} MB", file=sys.stderr)
                return
    print(f"{files} files, {total / 1e6:.1f} MB (all sources used)", file=sys.stderr)


if __name__ == "__main__":
    main()
