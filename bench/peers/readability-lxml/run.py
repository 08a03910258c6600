"""readability-lxml (Debian python3-readability) as a peer of the Sitrep bench task `extract-aeb`
(bench/Sitrep.Bench/Tasks/ExtractionPeer.cs). Run it with /usr/bin/python3.

Reads JSON Lines on stdin, one page a line: {"id", "path"} where path is a gzip-compressed HTML file.
Writes one JSON object on stdout: {"documents": [{"id", "text"}], "seconds": best time of one pass over
all pages (Document(html).summary() and its text, after a warm-up pass), "passes": N}. The summary's
block elements are separated by blank lines so that paragraphs do not run together.
"""
import gzip
import json
import logging
import sys
import time

import lxml.html
from readability import Document

logging.disable(logging.CRITICAL)
BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "br", "td", "article", "section"}


def text_of(summary_html):
    root = lxml.html.fromstring(summary_html)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
    return root.text_content().strip()


def extract(html):
    try:
        return text_of(Document(html).summary(html_partial=True))
    except Exception:  # a page the peer cannot handle counts as an empty prediction
        return ""


def main():
    passes = max(1, int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    pages = [json.loads(line) for line in sys.stdin if line.strip()]
    htmls = [gzip.open(p["path"]).read() for p in pages]
    texts = [extract(h) for h in htmls]
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        texts = [extract(h) for h in htmls]
        best = min(best, time.perf_counter() - start)
    json.dump({"passes": passes, "seconds": best,
               "documents": [{"id": p["id"], "text": t} for p, t in zip(pages, texts)]}, sys.stdout)


if __name__ == "__main__":
    main()
