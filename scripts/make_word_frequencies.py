#!/usr/bin/env python3
"""Count how often words occur in a folder of terms, for the engine's prefilter.

    .venv/bin/python scripts/make_word_frequencies.py ../shared/data/terms-corpus \
        --source "Open Terms Archive contrib collection, ODC-BY 1.0" \
        > backend/clauselens/data/word_frequencies.tsv

Writes the most frequent words with their frequency per million words. The engine uses the
table to guess which of a rule's words is rarest, and so makes the best filter.
"""

import argparse
import collections
import re
from pathlib import Path

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--words", type=int, default=8000, help="how many of the most frequent words")
    parser.add_argument(
        "--source", default="", help="where the corpus comes from (its licence), for the header"
    )
    arguments = parser.parse_args()
    counts: collections.Counter = collections.Counter()
    for path in sorted(arguments.corpus.glob("*.md")) + sorted(arguments.corpus.glob("*.txt")):
        counts.update(word.casefold() for word in WORD.findall(path.read_text(encoding="utf-8")))
    total = sum(counts.values())
    header = f"{arguments.words} most frequent of {total} words in {arguments.corpus.name}"
    print(f"# word\tper million words; {header}")
    if arguments.source:
        print(f"# source: {arguments.source}")
    for word, count in counts.most_common(arguments.words):
        print(f"{word}\t{1e6 * count / total:.1f}")


if __name__ == "__main__":
    main()
