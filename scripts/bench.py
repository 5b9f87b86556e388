#!/usr/bin/env python3
"""clauselens benchmark: throughput, latency, phases, scaling, HTTP load, memory, compile time.

    .venv/bin/python scripts/bench.py ../shared/data/terms-corpus --out var/bench.json --plot var/bench.png

Prints a table and writes the figures as JSON and a PNG plot of latency against size.
This is the measuring instrument: the tests never assert on time.
"""

import argparse
import json
import os
import platform
from pathlib import Path

from benchmarks.corpus import document_of_size, load_corpus
from benchmarks.http_load import http_benchmark
from benchmarks.inprocess import compile_time, phase_shares, throughput
from benchmarks.plot import latency_plot
from benchmarks.report import print_report
from benchmarks.scaling import rule_growth, size_growth
from clauselens.packs import builtin_packs

HTTP_DOCUMENT_BYTES = 200_000
RULE_GROWTH_DOCUMENT_BYTES = 200_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of .md/.txt terms (../shared/data/terms-corpus)")
    parser.add_argument("--runs", type=int, default=3, help="repetitions; medians are reported")
    parser.add_argument("--http-seconds", type=float, default=8.0, help="duration of each HTTP load step")
    parser.add_argument("--http-clients", default="1,2,4", help="concurrent clients per HTTP step")
    parser.add_argument("--out", type=Path, default=Path("var/bench.json"))
    parser.add_argument("--plot", type=Path, default=Path("var/bench.png"))
    parser.add_argument("--skip-http", action="store_true")
    arguments = parser.parse_args()

    corpus = load_corpus(arguments.corpus)
    packs = list(builtin_packs().values())
    results = {
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "compile": compile_time(arguments.runs * 3),
        "throughput": throughput(corpus, packs, arguments.runs),
        "phases": phase_shares(corpus, packs),
        "size_growth": size_growth(corpus, packs, arguments.runs),
        "rule_growth": rule_growth(
            corpus, document_of_size(corpus, RULE_GROWTH_DOCUMENT_BYTES), arguments.runs
        ),
    }
    if not arguments.skip_http:
        client_counts = tuple(int(count) for count in arguments.http_clients.split(","))
        results["http"] = http_benchmark(
            document_of_size(corpus, HTTP_DOCUMENT_BYTES), client_counts, arguments.http_seconds
        )
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    arguments.plot.parent.mkdir(parents=True, exist_ok=True)
    latency_plot(
        results["throughput"]["latency_points"],
        results["size_growth"],
        arguments.plot,
        f"clauselens analysis latency ({os.cpu_count()} cores)",
    )
    print_report(results)
    print(f"\nJSON: {arguments.out}   plot: {arguments.plot}")


if __name__ == "__main__":
    main()
