#!/usr/bin/env python3
"""Draw a random sample of highlighted clauses from a folder of real terms, for review by hand.

    scripts/review_sample.py ../shared/data/terms-corpus --per-category 15 --seed 7 \
        --categories ai-training,data-sharing --out sample.jsonl

Prints each sampled clause with its file, category, severity and rule; with --out, also
writes them as JSON lines with an empty "verdict" field to fill in (tp / fp) while reviewing.
With --verdicts FILE, reads such a filled-in file back and prints precision per category.
"""

import argparse
import collections
import json
import random
import sys
from pathlib import Path

from clauselens.analysis.analyze import analyze_text
from clauselens.packs import builtin_packs
from clauselens.severity import is_risky


def highlighted_clauses(corpus: Path):
    """(file, category, severity, rule, clause text) of every risky finding in the corpus."""
    packs = list(builtin_packs().values())
    for path in sorted(corpus.glob("*.md")) + sorted(corpus.glob("*.txt")):
        analysis = analyze_text(path.read_text(encoding="utf-8"), packs)
        for clause in analysis["clauses"]:
            for finding in clause["findings"]:
                if is_risky(finding["severity"]):
                    yield path.name, finding["category"], finding["severity"], finding["rule"], clause["text"]


def precision_report(verdicts_path: Path) -> None:
    judged = collections.defaultdict(lambda: [0, 0])
    for line in verdicts_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("verdict") in ("tp", "fp"):
            judged[record["category"]][record["verdict"] == "tp"] += 1
    total_tp = total = 0
    for category, (false_positives, true_positives) in sorted(judged.items()):
        count = false_positives + true_positives
        total, total_tp = total + count, total_tp + true_positives
        print(f"{category:<26} {true_positives:>3}/{count:<3} precision {true_positives / count:.2f}")
    if total:
        print(f"{'all':<26} {total_tp:>3}/{total:<3} precision {total_tp / total:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="folder of .md/.txt terms")
    parser.add_argument("--categories", default="", help="comma-separated categories (default: all)")
    parser.add_argument("--per-category", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="write the sample as JSON lines to fill in")
    parser.add_argument("--verdicts", type=Path, help="a filled-in sample: print precision per category")
    arguments = parser.parse_args()
    if arguments.verdicts:
        precision_report(arguments.verdicts)
        return
    if arguments.corpus is None or not arguments.corpus.is_dir():
        sys.exit("give the folder of terms to sample from")
    wanted = {c for c in arguments.categories.split(",") if c}
    by_category = collections.defaultdict(list)
    for file_name, category, severity, rule, text in highlighted_clauses(arguments.corpus):
        if not wanted or category in wanted:
            by_category[category].append(
                {"file": file_name, "category": category, "severity": severity, "rule": rule, "text": text}
            )
    generator = random.Random(arguments.seed)
    sample = []
    for category in sorted(by_category):
        found = by_category[category]
        picked = generator.sample(found, min(arguments.per_category, len(found)))
        print(f"## {category}: {len(found)} highlighted, {len(picked)} sampled")
        for record in picked:
            print(f"- [{record['severity']}] {record['rule']} ({record['file']})")
            print(f"  {' '.join(record['text'].split())}")
            sample.append({**record, "verdict": ""})
    if arguments.out:
        arguments.out.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
