"""How cost grows: with document size (10 KB → 1 MB) and with the number of rules (×1, ×10, ×100)."""

import collections
import copy
import random
import re
import time

from clauselens.engine.pack import compile_pack
from clauselens.packs import builtin_pack_document

from .corpus import Document, document_of_size
from .inprocess import analyse_to_json
from .stats import median

DOCUMENT_SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000)
RULE_MULTIPLIERS = (1, 10, 100)
_WORD = re.compile(r"[a-z]{4,}")


def _median_seconds(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return median(times)


def size_growth(corpus: list[Document], packs, runs: int) -> list[dict]:
    rows = []
    for size in DOCUMENT_SIZES:
        text = document_of_size(corpus, size)
        seconds = _median_seconds(lambda text=text: analyse_to_json(text, packs), runs)
        rows.append(
            {"bytes": size, "milliseconds": 1000 * seconds, "megabytes_per_second": size / 1e6 / seconds}
        )
    return rows


def synthetic_pack(corpus: list[Document], multiplier: int, seed: int = 7):
    """The core pack plus (multiplier − 1) × its size in synthetic rules over real legal vocabulary.

    Each synthetic rule is shaped like a real one: two or three word patterns that must all
    occur, and a negation that vetoes. The words are mid-frequency words of the corpus, so the
    synthetic rules hit real clauses at a realistic rate instead of never (or always).
    """
    document = builtin_pack_document("core")
    core_rules = document["rules"]
    generator = random.Random(seed)
    vocabulary = _mid_frequency_words(corpus)
    synthetic = []
    for number in range((multiplier - 1) * len(core_rules)):
        template = copy.deepcopy(core_rules[number % len(core_rules)])
        words = generator.sample(vocabulary, generator.choice((2, 3)))
        template["id"] = f"synthetic-{number}"
        template["match"] = {"all": [rf"\b{word}\w*" for word in words], "none": [r"\b(not|never)\b"]}
        synthetic.append(template)
    document = {**document, "rules": core_rules + synthetic}
    return compile_pack(document)


def _mid_frequency_words(corpus: list[Document]) -> list[str]:
    counts = collections.Counter()
    for document in corpus[:80]:
        counts.update(_WORD.findall(document.text.lower()))
    ranked = [word for word, _ in counts.most_common(6000)]
    return ranked[300:6000]


def rule_growth(corpus: list[Document], sample_text: str, runs: int) -> list[dict]:
    rows = []
    for multiplier in RULE_MULTIPLIERS:
        start = time.perf_counter()
        pack = synthetic_pack(corpus, multiplier)
        compile_seconds = time.perf_counter() - start
        seconds = _median_seconds(lambda pack=pack: analyse_to_json(sample_text, [pack]), runs)
        rows.append(
            {
                "multiplier": multiplier,
                "rules": len(pack.rules),
                "patterns": len(pack.patterns),
                "compile_seconds": compile_seconds,
                "milliseconds": 1000 * seconds,
            }
        )
    for row in rows:
        row["time_ratio"] = row["milliseconds"] / rows[0]["milliseconds"]
    return rows
