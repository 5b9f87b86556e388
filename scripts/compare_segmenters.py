#!/usr/bin/env python3
"""Segmentation side by side: NLTK's Punkt as shipped against clauselens's LegalPunkt.

    .venv/bin/python scripts/compare_segmenters.py ../shared/data/terms-corpus \
        ../shared/data/unfair-tos/documents ../shared/data/unfair-tos/train.jsonl

Both run inside the same Segmenter (same abbreviations; same handling of lines, labels and
run-on sentences): only the tokenizer that ends sentences inside a paragraph differs.
Folders give their .md, .txt and tagged .xml files (tags stripped); a .jsonl split gives
its sentences. Prints how many texts segment differently and each one's speed (best of
the runs). Identical sentences mean identical evaluation figures for both.
"""

import argparse
import json
import time
from pathlib import Path

from clauselens.evaluation.tagged import read_tagged
from clauselens.text.punkt import LegalPunkt
from clauselens.text.segment import LEGAL_ABBREVIATIONS, Segmenter
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer


def texts_of(path: Path) -> list[str]:
    if path.suffix == ".jsonl":
        return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    if path.suffix == ".xml":
        return [read_tagged(path).text]
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in {".md", ".txt", ".xml"})
        return [text for file in files for text in texts_of(file)]
    return [path.read_text(encoding="utf-8")]


def nltk_punkt() -> PunktSentenceTokenizer:
    parameters = PunktParameters()
    parameters.abbrev_types = set(LEGAL_ABBREVIATIONS)
    return PunktSentenceTokenizer(parameters)


def best_seconds(segmenter: Segmenter, texts: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for text in texts:
            segmenter.spans(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    texts = [text for path in arguments.paths for text in texts_of(path)]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    segmenters = {
        "NLTK Punkt": Segmenter(punkt=nltk_punkt()),
        "LegalPunkt": Segmenter(punkt=LegalPunkt(LEGAL_ABBREVIATIONS)),
    }
    nltk_spans = [segmenters["NLTK Punkt"].spans(text) for text in texts]
    legal_spans = [segmenters["LegalPunkt"].spans(text) for text in texts]
    differing = sum(1 for ours, theirs in zip(legal_spans, nltk_spans, strict=True) if ours != theirs)
    print(f"{len(texts)} texts, {megabytes:.2f} MB, {sum(map(len, legal_spans)):,} sentences")
    print(f"texts segmented differently: {differing}")
    for name, segmenter in segmenters.items():
        seconds = best_seconds(segmenter, texts, arguments.runs)
        print(f"{name:<12} {megabytes / seconds:6.2f} MB/s  ({seconds:.2f} s, best of {arguments.runs})")


if __name__ == "__main__":
    main()
