"""The words Explain looks for in a clause, loaded once from the package's data files:
legal terms from ``data/glossary.yaml``, kinds of data and uses from ``data/topics.yaml``.

A word list entry becomes one case-insensitive pattern over its spellings; where entries
overlap in a clause ("without your consent" and "consent"), the longer wins.
"""

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

POINT_GROUPS = ("scope", "data", "purpose", "condition")
"""Entry groups shown as points, in the order the points are listed."""
TERM_GROUP = "term"
"""Glossary entries without a point group: shown in the clause's terms."""

_SEPARATOR = re.compile(r"[ \-]")


class VocabularyError(ValueError):
    """A data file of the package is malformed: a bug in the package, caught by its tests."""


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    group: str
    meaning: str
    pattern: re.Pattern
    context: re.Pattern | None  # one of these words must be in the clause too
    rank: int  # position in the word lists: earlier entries weigh more


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    start: int
    end: int
    text: str


def word_pattern(words: list[str]) -> re.Pattern:
    """One pattern for whole-word spellings; spaces and hyphens match either, capitals match exactly."""
    alternatives = []
    for word in sorted(words, key=len, reverse=True):
        pieces = []
        for piece, separator in zip(_SEPARATOR.split(word), [*_SEPARATOR.findall(word), ""], strict=True):
            pieces.append(re.escape(piece))
            if separator == " ":
                pieces.append(r"(?:,?\s+|[-‐‑–]\s*)")
            elif separator == "-":
                pieces.append(r"(?:,?\s+|[-‐‑–]\s*|)")
        alternative = "".join(pieces)
        if len(word) > 1 and word.isupper():
            alternative = f"(?-i:{alternative})"
        alternatives.append(alternative)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(alternatives) + r")(?![\w\-])", re.IGNORECASE)


@functools.cache
def vocabulary() -> tuple[Entry, ...]:
    """Every entry of the glossary and the topic list, compiled."""
    data = resources.files("clauselens").joinpath("data")
    glossary = yaml.safe_load(data.joinpath("glossary.yaml").read_text(encoding="utf-8"))
    topics = yaml.safe_load(data.joinpath("topics.yaml").read_text(encoding="utf-8"))
    sources = [("glossary.yaml", "term", raw, raw.get("point", TERM_GROUP)) for raw in glossary["terms"]]
    sources += [("topics.yaml", "name", raw, raw.get("group")) for raw in topics["topics"]]
    return tuple(
        _entry(raw, source, name_key, group, rank)
        for rank, (source, name_key, raw, group) in enumerate(sources)
    )


def _entry(raw: dict, source: str, name_key: str, group, rank: int) -> Entry:
    name = raw.get(name_key)
    words, meaning, context = raw.get("words"), raw.get("meaning"), raw.get("with")
    if not isinstance(name, str) or not isinstance(meaning, str) or not meaning.strip():
        raise VocabularyError(f"{source}: every entry needs a {name_key} and a meaning ({raw!r})")
    if not isinstance(words, list) or not words or not all(isinstance(word, str) for word in words):
        raise VocabularyError(f"{source}: {name}: words must be a list of strings")
    if group not in (*POINT_GROUPS, TERM_GROUP):
        raise VocabularyError(f"{source}: {name}: unknown group {group!r}")
    return Entry(
        name=name,
        group=group,
        meaning=meaning.strip(),
        pattern=word_pattern(words),
        context=word_pattern(context) if context else None,
        rank=rank,
    )


def find_words(clause: str) -> list[Hit]:
    """The entries found in ``clause``, first occurrence each, without overlaps (longest wins)."""
    candidates = []
    for entry in vocabulary():
        if entry.context is not None and entry.context.search(clause) is None:
            continue
        candidates.extend(
            Hit(entry, found.start(), found.end(), found.group()) for found in entry.pattern.finditer(clause)
        )
    chosen: list[Hit] = []
    for hit in sorted(candidates, key=lambda hit: (hit.start - hit.end, hit.start)):
        if all(hit.end <= kept.start or hit.start >= kept.end for kept in chosen):
            chosen.append(hit)
    first_of_each, seen = [], set()
    for hit in sorted(chosen, key=lambda hit: hit.start):
        if hit.entry.name not in seen:
            seen.add(hit.entry.name)
            first_of_each.append(hit)
    return first_of_each
