#!/usr/bin/python3
"""readability-lxml (Debian's python3-readability) over the Zyte benchmark's pages: one JSON line
{"id","text"} a page on standard output, pages per second (one thread) on standard error.
A measuring instrument for bench/html/run.sh, not part of Triangulate."""
import gzip
import json
import sys
import time
from pathlib import Path

import lxml.html
from readability import Document

pages = [(p.name[: -len(".html.gz")], gzip.decompress(p.read_bytes()))
         for p in sorted((Path(sys.argv[1]) / "html").glob("*.html.gz"))]
start = time.perf_counter()
for page_id, raw in pages:
    try:
        summary = Document(raw).summary(html_partial=True)
        text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    except Exception:  # a page the instrument cannot read scores as empty
        text = ""
    print(json.dumps({"id": page_id, "text": text}, ensure_ascii=False))
seconds = time.perf_counter() - start
print(f"readability-lxml pages/s {len(pages) / seconds:.1f}", file=sys.stderr)
