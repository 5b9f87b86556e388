"""In-process measurements: throughput, per-document latency by size, time per phase, compile time."""

import json
import time

from clauselens.analysis.analyze import analyze_text, default_segmenter
from clauselens.engine.loader import load_pack
from clauselens.engine.matcher import match_clause
from clauselens.packs import builtin_pack_document
from clauselens.text.extract import extract

from .corpus import Document, as_html_page
from .stats import median, percentile

SIZE_BUCKETS = ((20_000, "≤ 20 KB"), (100_000, "≤ 100 KB"), (500_000, "≤ 500 KB"), (float("inf"), "> 500 KB"))


def analyse_to_json(text: str, packs) -> str:
    """What a request costs in-process: text in, the analysis as JSON out."""
    return json.dumps(analyze_text(text, packs), ensure_ascii=False)


def throughput(corpus: list[Document], packs, runs: int) -> dict:
    total_bytes = sum(document.size for document in corpus)
    clause_count = sum(len(default_segmenter().spans(document.text)) for document in corpus)
    run_seconds, latencies = [], {document.name: [] for document in corpus}
    for _ in range(runs):
        run_start = time.perf_counter()
        for document in corpus:
            start = time.perf_counter()
            analyse_to_json(document.text, packs)
            latencies[document.name].append(time.perf_counter() - start)
        run_seconds.append(time.perf_counter() - run_start)
    seconds = median(run_seconds)
    return {
        "documents": len(corpus),
        "megabytes": total_bytes / 1e6,
        "clauses": clause_count,
        "runs": runs,
        "seconds_median": seconds,
        "megabytes_per_second": total_bytes / 1e6 / seconds,
        "sentences_per_second": clause_count / seconds,
        "latency_by_size": _latency_buckets(
            corpus, {name: median(times) for name, times in latencies.items()}
        ),
        "latency_points": [
            {"bytes": document.size, "milliseconds": 1000 * median(latencies[document.name])}
            for document in corpus
        ],
    }


def _latency_buckets(corpus: list[Document], latency_by_name: dict) -> list[dict]:
    buckets = []
    lower = 0
    for upper, label in SIZE_BUCKETS:
        times = [latency_by_name[d.name] * 1000 for d in corpus if lower < d.size <= upper]
        lower = upper
        if times:
            buckets.append(
                {
                    "bucket": label,
                    "documents": len(times),
                    "p50_ms": percentile(times, 0.5),
                    "p95_ms": percentile(times, 0.95),
                    "max_ms": max(times),
                }
            )
    return buckets


def phase_shares(corpus: list[Document], packs) -> dict:
    """Seconds spent in each phase over the corpus, as if every document had arrived as HTML."""
    segmenter = default_segmenter()
    seconds = dict.fromkeys(("extraction", "segmentation", "matching", "building", "serialisation"), 0.0)
    for document in corpus:
        page = as_html_page(document.text, document.name)
        extraction, _ = _timed(extract, page)
        segmentation, spans = _timed(segmenter.spans, document.text)
        matching, _ = _timed(
            lambda spans=spans, text=document.text: [match_clause(packs, text[s:e]) for s, e in spans]
        )
        whole, analysis = _timed(analyze_text, document.text, packs)
        serialisation, _ = _timed(json.dumps, analysis, ensure_ascii=False)
        seconds["extraction"] += extraction
        seconds["segmentation"] += segmentation
        seconds["matching"] += matching
        # analyze_text segments and matches too; what it adds on top is offsets, quotes and summary.
        seconds["building"] += max(0.0, whole - segmentation - matching)
        seconds["serialisation"] += serialisation
    total = sum(seconds.values())
    return {phase: {"seconds": value, "share": value / total} for phase, value in seconds.items()}


def _timed(function, *arguments, **keywords):
    start = time.perf_counter()
    result = function(*arguments, **keywords)
    return time.perf_counter() - start, result


def compile_time(runs: int) -> dict:
    """Milliseconds to load, validate and compile the core pack (what a worker pays at start)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        pack = load_pack(builtin_pack_document("core"), "core")
        times.append(1000 * (time.perf_counter() - start))
    return {"rules": len(pack.rules), "patterns": len(pack.patterns), "milliseconds_median": median(times)}
