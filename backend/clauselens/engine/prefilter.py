"""Words a rule cannot match without: the literal prefilter that keeps matching fast.

One RE2 set over hundreds of proximity patterns ("train … within 60 characters … models")
builds a DFA whose states multiply, and matching crawls. Literal strings, by contrast, make
a small, fast set. So for every pattern this module derives, from its syntax tree, its
requirements — sets of strings such that, for each set, one of its strings occurs (ignoring
case) in any text the pattern matches — the same idea as RE2's FilteredRE2; a rule requires
what the items its condition needs require. A clause is then checked only against the rules
whose requirements its strings meet, and a pattern is searched only when its own are met;
the patterns themselves still decide.

Deriving too little is always safe (the rule is merely checked more often); a pattern the
analysis cannot read (syntax Python's parser does not share with RE2) requires nothing.
"""

import bisect
import functools
import re
import re._parser as regex_parser  # the syntax tree of Python's re; RE2's syntax is close to it
from dataclasses import dataclass
from importlib import resources

from .conditions import Condition

MAX_EXACT_STRINGS = 32
"""An exact set growing past this many strings (long alternations) is cut into a requirement."""

UNSEEN_WORD_FREQUENCY = 1.0
"""Per million words: a string in no word of the frequency table is rarer than all of them."""

_TOKEN = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _Strings:
    """What is known of the texts a piece of pattern matches.

    ``exact``: every string it can match (None when unknown or too many);
    ``groups``: sets of strings of which, for each set, one occurs in every match.
    """

    exact: frozenset[str] | None
    groups: tuple[frozenset[str], ...]


_NEUTRAL = _Strings(frozenset({""}), ())
_UNKNOWN = _Strings(None, ())
MAX_GROUPS = 8
"""A pattern or rule keeps its rarest few requirements; checking more costs more than it saves."""

COMMON_REQUIREMENT = 20_000.0
"""Per million words: a requirement expected more often than this (a string such as "a" or
"th" inside common words, or a list of them) is met by most sentences, so it is dropped:
finding and checking it costs more than the few searches it spares."""


def pattern_requirements(pattern: str) -> tuple[frozenset[str], ...]:
    """The requirements of ``pattern``, rarest first; empty when none can be derived."""
    if "[:" in pattern:  # POSIX classes: Python's parser would read "[[:alpha:]]" as literals
        return ()
    try:
        tree = regex_parser.parse(pattern)
    except (regex_parser.error, RecursionError, OverflowError, ValueError):
        return ()
    strings = _sequence(list(tree))
    return _rarest_first([*strings.groups, _requirement(strings.exact)])


def condition_requirements(condition: Condition, per_pattern: list) -> tuple[frozenset[str], ...]:
    """The requirements of a condition, rarest first, given each pattern's (``per_pattern``):
    everything its ``all`` items require, and one string of any of its ``any`` items."""
    groups: list = []
    for item in condition.all:
        groups.extend(
            per_pattern[item] if isinstance(item, int) else condition_requirements(item, per_pattern)
        )
    if condition.any:
        alternatives = [
            (per_pattern[item] if isinstance(item, int) else condition_requirements(item, per_pattern))[:1]
            for item in condition.any
        ]
        if all(alternatives):
            groups.append(_minimal(frozenset().union(*(alternative[0] for alternative in alternatives))))
    return _rarest_first(groups)


def selectivity(strings: frozenset[str] | None) -> float:
    """Higher for rarer requirements: minus the expected occurrences per million words of
    terms text (from a word-frequency table shipped with the package); −inf when unknown."""
    if not strings:
        return float("-inf")
    return -sum(_frequency(string.casefold()) for string in strings)


@functools.cache
def _frequency(string: str) -> float:
    """Occurrences per million words of text containing ``string``, estimated from the table:
    a phrase is no more frequent than its rarest word; a word part counts every word it is in."""
    tokens = _TOKEN.findall(string)
    if not tokens:
        return float("inf")  # punctuation alone, or digits: assume it is everywhere
    return min(_token_frequency(token) for token in tokens)


@functools.cache
def _token_frequency(token: str) -> float:
    joined, starts, frequencies = _word_table()
    words = {
        bisect.bisect_right(starts, found.start()) - 1 for found in re.finditer(re.escape(token), joined)
    }
    return sum(frequencies[word] for word in words) if words else UNSEEN_WORD_FREQUENCY


@functools.cache
def _word_table() -> tuple[str, list[int], list[float]]:
    """The frequency table as one newline-joined string, each word's start in it, and its frequency."""
    lines = resources.files("clauselens").joinpath("data/word_frequencies.tsv").read_text(encoding="utf-8")
    words, frequencies = [], []
    for line in lines.splitlines():
        if line and not line.startswith("#"):
            word, frequency = line.split("\t")
            words.append(word)
            frequencies.append(float(frequency))
    starts, position = [], 0
    for word in words:
        starts.append(position)
        position += len(word) + 1
    return "\n".join(words), starts, frequencies


def worth_checking(groups: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """``groups`` without the requirements too common to be worth finding and checking."""
    return tuple(group for group in groups if -selectivity(group) <= COMMON_REQUIREMENT)


def _rarest_first(groups) -> tuple[frozenset[str], ...]:
    distinct = {group for group in groups if group}
    return tuple(sorted(distinct, key=lambda group: (-selectivity(group), sorted(group))))[:MAX_GROUPS]


def _best(groups) -> frozenset[str] | None:
    ranked = _rarest_first(groups)
    return ranked[0] if ranked else None


def _requirement(exact: frozenset[str] | None) -> frozenset[str] | None:
    if exact is None or "" in exact:
        return None
    return _minimal(exact)


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop strings that contain another one: where they occur, the shorter occurs too."""
    kept: list[str] = []
    for string in sorted(strings, key=len):
        folded = string.casefold()
        if not any(shorter.casefold() in folded for shorter in kept):
            kept.append(string)
    return frozenset(kept)


def _sequence(elements: list) -> _Strings:
    run = frozenset({""})  # exact strings of the current unbroken run
    groups: list = []
    unbroken = True
    for element in elements:
        strings = _element(element)
        if strings.exact is not None and len(run) * len(strings.exact) <= MAX_EXACT_STRINGS:
            run = frozenset(left + right for left in run for right in strings.exact)
            continue
        groups.append(_requirement(run))
        unbroken = False
        if strings.exact is not None:
            run = strings.exact
        else:
            groups.extend(strings.groups)
            run = frozenset({""})
    groups.append(_requirement(run))
    return _Strings(run if unbroken else None, tuple(group for group in groups if group))


def _element(element) -> _Strings:
    opcode, argument = element
    reader = _ELEMENT_READERS.get(str(opcode))
    return reader(argument) if reader else _UNKNOWN  # wildcards, negations, categories


def _character_class(items) -> _Strings:
    characters = set()
    for opcode, argument in items:
        name = str(opcode)
        if name == "LITERAL":
            characters.add(chr(argument))
        elif name == "RANGE" and argument[1] - argument[0] < 4:
            characters.update(chr(code) for code in range(argument[0], argument[1] + 1))
        else:  # negated classes, \w, \s, wide ranges: too many characters to name
            return _UNKNOWN
    return _Strings(frozenset(characters), ()) if characters else _UNKNOWN


def _branch(alternatives: list[_Strings]) -> _Strings:
    if all(alternative.exact is not None for alternative in alternatives):
        union = frozenset().union(*(alternative.exact for alternative in alternatives))
        if len(union) <= MAX_EXACT_STRINGS:
            return _Strings(union, ())
    singles = [_best([*alternative.groups, _requirement(alternative.exact)]) for alternative in alternatives]
    if any(single is None for single in singles):
        return _UNKNOWN
    return _Strings(None, (_minimal(frozenset().union(*singles)),))


def _repeat(minimum: int, maximum, body) -> _Strings:
    inner = _sequence(list(body))
    if minimum == 1 and maximum == 1:
        return inner
    if minimum == 0:
        if maximum == 1 and inner.exact is not None:
            return _Strings(inner.exact | {""}, ())  # "s?": either nothing or the body
        return _NEUTRAL if maximum == 0 else _UNKNOWN
    groups = [*inner.groups, _requirement(inner.exact)]
    return _Strings(None, tuple(group for group in groups if group))


_ELEMENT_READERS = {
    "LITERAL": lambda code: _Strings(frozenset({chr(code)}), ()),
    "AT": lambda _: _NEUTRAL,  # \b, ^, $ match no text
    "IN": _character_class,
    "SUBPATTERN": lambda group: _sequence(list(group[-1])),
    "BRANCH": lambda branch: _branch([_sequence(list(alternative)) for alternative in branch[1]]),
    "MAX_REPEAT": lambda repeat: _repeat(*repeat),
    "MIN_REPEAT": lambda repeat: _repeat(*repeat),
    "POSSESSIVE_REPEAT": lambda repeat: _repeat(*repeat),
}
