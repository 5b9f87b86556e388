#!/usr/bin/env python3
"""Server-side time of POST /v1/explain with a large document, through the real Flask app.

    .venv/bin/python scripts/explain_speed.py ../shared/data/terms-corpus [--size 204800] [--runs 21]

The document is real terms of service from the corpus folder (*.md): the file whose size
is closest to --size (or --file), cut at a line break to at most --size bytes of UTF-8. Clauses are
sentences of that document that use one of its defined terms. "Cold" requests see the
document for the first time (its index is built); "warm" ones find its index in the
cache, as when a reader explains several clauses of one page. Last, synthetic documents
that push one part of the index to its limits show what an odd page can cost.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

from clauselens.api import create_app
from clauselens.api.explain import INDEX_CACHE_KEY
from clauselens.explain.definitions import find_definitions
from clauselens.explain.document_index import DocumentIndexCache, index_document
from clauselens.text.segment import Segmenter

CLAUSES_PER_RUN = 5
# Synthetic documents that push one part of the index to its limits (each ~200 KB).
ODD_DOCUMENTS = {
    "one run-on of '\"Term\" means x'": '"Term" means x, ' * 12800,
    "parentheticals without end": 'data ("Term") and ' * 11000,
    "quoted words only": '"Abc" ' * 33000,
    "bold words only": "**Term** " * 22000,
    "'we call these' over and over": 'We call these "Term". ' * 9000,
    "action words without end": "you can opt out, " * 12000,
    "e-mail addresses only": "a@b.cc " * 28000,
    "Definitions headings only": "Definitions\n" * 16000,
    "one line break per character": "x\n" * 100000,
}


def pick_document(folder: Path, size: int, name: str | None) -> tuple[str, str]:
    files = sorted(folder.glob("*.md"))
    if name:
        files = [path for path in files if path.name == name]
    if not files:
        sys.exit(f"{folder}: no .md files" + (f" named {name}" if name else ""))
    chosen = min(files, key=lambda path: abs(path.stat().st_size - size))
    text = chosen.read_text(encoding="utf-8")
    encoded = text.encode("utf-8")
    if len(encoded) > size:
        text = encoded[:size].decode("utf-8", "ignore")
        text = text[: text.rfind("\n")]
    return chosen.name, text


def pick_clauses(document: str) -> list[str]:
    terms = list(find_definitions(document))
    spans = Segmenter().spans(document)
    sentences = [document[start:end] for start, end in spans if 60 <= end - start <= 1000]
    using_terms = [sentence for sentence in sentences if any(term in sentence for term in terms)]
    picked = (using_terms or sentences)[:: max(1, len(using_terms or sentences) // CLAUSES_PER_RUN)]
    return picked[:CLAUSES_PER_RUN]


def timed_post(client, body) -> float:
    started = time.perf_counter()
    response = client.post("/v1/explain", json=body)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        sys.exit(f"explain failed: {response.status_code} {response.get_json()}")
    return elapsed * 1000


def describe(label: str, milliseconds: list[float]) -> str:
    ordered = sorted(milliseconds)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return (
        f"{label:<34} median {statistics.median(ordered):6.1f} ms   p90 {p90:6.1f} ms   "
        f"max {ordered[-1]:6.1f} ms   (n={len(ordered)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder of .md terms (../shared/data/terms-corpus)")
    parser.add_argument("--size", type=int, default=200 * 1024, help="document size in bytes")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument(
        "--file", help="a file of the corpus to use (cut to --size) instead of the closest in size"
    )
    arguments = parser.parse_args()

    name, document = pick_document(arguments.corpus, arguments.size, arguments.file)
    clauses = pick_clauses(document)
    app = create_app({"TESTING": True})
    client = app.test_client()
    print(f"document: {name}, {len(document.encode('utf-8')):,} bytes, {len(document):,} characters")
    print(f"clauses: {len(clauses)} sentences of it that use its defined terms")

    timed_post(client, {"clause": clauses[0], "document": document})  # imports, compiled patterns
    cold, warm, without_document, indexing = [], [], [], []
    for _ in range(arguments.runs):
        app.extensions[INDEX_CACHE_KEY] = DocumentIndexCache()
        for number, clause in enumerate(clauses):
            body = {"clause": clause, "document": document}
            (cold if number == 0 else warm).append(timed_post(client, body))
            without_document.append(timed_post(client, {"clause": clause}))
        started = time.perf_counter()
        index_document(document)
        indexing.append((time.perf_counter() - started) * 1000)

    print(describe("explain, new document (cold)", cold))
    print(describe("explain, cached document (warm)", warm))
    print(describe("explain, clause only", without_document))
    print(describe("document index alone", indexing))
    print("odd documents, index built once each:")
    for label, odd_document in ODD_DOCUMENTS.items():
        started = time.perf_counter()
        index_document(odd_document)
        print(
            f"  {label:<34} {len(odd_document):>7,} chars  {(time.perf_counter() - started) * 1000:6.1f} ms"
        )


if __name__ == "__main__":
    main()
