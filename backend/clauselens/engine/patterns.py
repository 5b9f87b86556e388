"""RE2 compilation of rule patterns: linear-time matching, refused constructs named."""

from dataclasses import dataclass

import re2
from re2 import _re2

from .proximity import relaxed

MAX_PROGRAM_MEMORY = 8 << 20
"""RE2's memory budget for one pattern; a pattern needing more is refused."""

_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
_ANCHOR_START = _re2.RE2.Anchor.ANCHOR_START
_NO_MATCH = (-1, -1)

MAX_TWIN_STARTS = 8
"""Places where a twin matches but its pattern does not, tried before an unanchored search
(which bounds the work on a clause with many such places)."""


class PatternError(ValueError):
    """RE2 will not compile a pattern (backreference, lookaround, bad syntax, too big)."""


def options(case_sensitive: bool, max_mem: int = MAX_PROGRAM_MEMORY) -> re2.Options:
    compile_options = re2.Options()
    compile_options.case_sensitive = case_sensitive
    compile_options.log_errors = False
    compile_options.max_mem = max_mem
    compile_options.never_capture = True  # rules ask whether and where, never for groups
    return compile_options


class Pattern:
    """A compiled rule pattern; with a wide bounded repeat, also its cheap relaxed twin
    (see :mod:`.proximity`).

    Whether a pattern occurs is asked of a one-pattern RE2 set, not of the regex: a set only
    answers whether, so RE2 runs one forward DFA pass, where a search also runs a reverse
    pass to find where the match starts. Where it occurs (:meth:`spans`, for evidence) is
    asked of the compiled RE2 program itself, on the clause's UTF-8 bytes: the ``re2``
    module's wrapper builds a generator, an offset table and a match object per match,
    which cost more than the search on a sentence.
    """

    __slots__ = ("_exact_up_to", "_program", "_test", "_twin_program", "_twin_test", "pattern")

    def __init__(self, pattern: str, program, test, twin=None):
        self.pattern, self._program, self._test = pattern, program, test
        self._twin_test = None if twin is None else twin.test
        self._twin_program = None if twin is None else twin.program
        self._exact_up_to = 0 if twin is None else twin.exact_up_to

    def occurs_in(self, text: bytes) -> bool:
        """Whether the pattern occurs in ``text``, given as UTF-8 (encoded once per clause
        by the caller rather than once per pattern)."""
        if self._twin_test is not None:
            if not self._twin_test.Match(text):
                return False
            if len(text) <= self._exact_up_to:  # bytes are never fewer than characters
                return True  # too short for the bounds to matter: the twin's answer is exact
        return bool(self._test.Match(text))

    def spans(self, text: str, encoded: bytes, limit: int) -> list[tuple[int, int]]:
        """The code-point spans in ``text`` (``encoded``: the same as UTF-8) of the first
        ``limit`` matches, found as Python's ``finditer`` would (after an empty match the
        search goes on one character further), empty ones left out."""
        spans, position, end = [], 0, len(encoded)
        for _ in range(limit):
            start, stop = self._leftmost_match(encoded, position, end)
            if start < 0:
                break
            if stop > start:
                spans.append((start, stop))
            if stop == end:
                break
            position = stop if stop > position else _next_character(encoded, stop)
        if len(encoded) == len(text):  # ASCII: bytes are characters
            return spans
        return [(_characters(encoded, start), _characters(encoded, stop)) for start, stop in spans]

    def _leftmost_match(self, encoded: bytes, position: int, end: int) -> tuple[int, int]:
        """The leftmost match from ``position``. With a twin, the counting pattern is tried
        anchored where the twin matches: it can only start where the twin does, and anchored
        it needs no reverse pass to find where it starts (that pass, counting, cost most)."""
        if self._twin_program is not None:
            for _ in range(MAX_TWIN_STARTS):
                start = self._twin_program.Match(_UNANCHORED, encoded, position, end)[0][0]
                if start < 0:
                    return _NO_MATCH
                span = self._program.Match(_ANCHOR_START, encoded, start, end)[0]
                if span[0] >= 0 or start == end:
                    return span
                position = _next_character(encoded, start)
        return self._program.Match(_UNANCHORED, encoded, position, end)[0]


def _next_character(encoded: bytes, position: int) -> int:
    position += 1
    while position < len(encoded) and encoded[position] & 0xC0 == 0x80:  # a UTF-8 continuation byte
        position += 1
    return position


def _characters(encoded: bytes, byte_offset: int) -> int:
    return len(encoded[:byte_offset].decode("utf-8", "surrogatepass"))


@dataclass(frozen=True, slots=True)
class _CompiledTwin:
    test: object
    program: object
    exact_up_to: int


def compile_pattern(pattern: str, case_sensitive: bool) -> Pattern:
    """The compiled pattern, or :class:`PatternError` saying why RE2 will not take it."""
    program = _re2.RE2(pattern.encode("utf-8"), options(case_sensitive))
    if not program.ok():
        raise PatternError(_explain(pattern, program.error().decode("utf-8", "replace")))
    test = _occurrence_set(pattern, case_sensitive)
    twin = relaxed(pattern)
    if twin is None:
        return Pattern(pattern, program, test)
    twin_program = _re2.RE2(twin.pattern.encode("utf-8"), options(case_sensitive))
    try:
        if not twin_program.ok():
            raise PatternError("the relaxed twin does not compile")
        compiled_twin = _CompiledTwin(
            _occurrence_set(twin.pattern, case_sensitive),
            twin_program,
            twin.exact_up_to,
        )
    except PatternError:  # the scanner misread the syntax: the pattern alone is exact
        return Pattern(pattern, program, test)
    return Pattern(pattern, program, test, compiled_twin)


def _occurrence_set(pattern: str, case_sensitive: bool):
    """A compiled RE2 set holding ``pattern`` alone, to ask whether it occurs in UTF-8 bytes."""
    occurrence_set = _re2.Set(_re2.RE2.Anchor.UNANCHORED, options(case_sensitive))
    if occurrence_set.Add(pattern.encode("utf-8")) == -1 or not occurrence_set.Compile():
        raise PatternError(f"RE2 refused the pattern: {pattern}")
    return occurrence_set


def compile_literal_set(strings: list[str]):
    """One RE2 set of literal strings, matched ignoring case: a fast pass over a clause's
    UTF-8 bytes says which of them occur (plain strings compile to a small automaton)."""
    literal_options = options(case_sensitive=False, max_mem=max(MAX_PROGRAM_MEMORY, 4096 * len(strings)))
    literal_options.literal = True
    literal_set = _re2.Set(_re2.RE2.Anchor.UNANCHORED, literal_options)
    for string in strings:
        if literal_set.Add(string.encode("utf-8")) == -1:
            raise PatternError(f"RE2 refused the literal string: {string}")
    if not literal_set.Compile():
        raise PatternError("RE2 could not compile the set of literal strings")
    return literal_set


def _explain(pattern: str, reason: str) -> str:
    if "invalid escape sequence: \\" in reason and any(f"\\{d}" in pattern for d in "123456789"):
        return f"backreferences are not supported by RE2 (linear-time matching): {reason}"
    if "(?=" in pattern or "(?!" in pattern or "(?<" in pattern:
        return f"lookahead and lookbehind are not supported by RE2 (linear-time matching): {reason}"
    return f"RE2 refused the pattern: {reason}"
