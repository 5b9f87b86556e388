#!/usr/bin/env python3
"""List the clauses of a folder of real terms that carry a category's key words but no risky
finding of that category: a recall audit, since precision draws only see what was flagged.

    scripts/recall_audit.py ../shared/data/terms-corpus arbitration \
        'arbitrat\\w*.{0,120}(binding|exclusive|resolved)' --sample 50 --seed 1

The key-word pattern is a Python regular expression, matched case-insensitively. Prints how many
clauses carry the key words, how many of them have no finding of the category, and a random
sample of the latter to read by hand.
"""

import argparse
import random
import re
from pathlib import Path

from clauselens.analysis.analyze import default_segmenter
from clauselens.engine.matcher import match_clause
from clauselens.packs import builtin_packs
from clauselens.severity import is_risky
from clauselens.text.headings import is_heading


def clauses(corpus: Path):
    """(file name, clause text) of every clause that is not a heading."""
    segmenter = default_segmenter()
    for path in sorted(corpus.glob("*.md")) + sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for start, end in segmenter.spans(text):
            if not is_heading(text, start, end):
                yield path.name, text[start:end]


def unflagged(corpus: Path, category: str, key_words: re.Pattern):
    """(carrying the key words, of which without a risky finding of ``category``)."""
    packs = list(builtin_packs().values())
    carrying, missed = 0, []
    for name, text in clauses(corpus):
        if not key_words.search(text):
            continue
        carrying += 1
        found = {match.rule.category for match in match_clause(packs, text) if is_risky(match.rule.severity)}
        if category not in found:
            missed.append((name, text))
    return carrying, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of .md/.txt terms")
    parser.add_argument("category", help="a category id, e.g. governing-law")
    parser.add_argument("key_words", help="regular expression the clauses must match")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    carrying, missed = unflagged(args.corpus, args.category, re.compile(args.key_words, re.IGNORECASE))
    print(f"{carrying} clauses carry the key words; {len(missed)} have no {args.category} finding")
    random.Random(args.seed).shuffle(missed)
    for name, text in missed[: args.sample]:
        print(f"- {name} | {' '.join(text.split())[:400]}")


if __name__ == "__main__":
    main()
