"""RE2 compilation of rule patterns: linear-time matching, refused constructs named."""

import re2

from .proximity import relaxed

MAX_PROGRAM_MEMORY = 8 << 20
"""RE2's memory budget for one pattern; a pattern needing more is refused."""


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
    """A compiled rule pattern; with a wide bounded repeat, also its cheap relaxed twin."""

    __slots__ = ("_exact_up_to", "_regex", "_twin", "pattern")

    def __init__(self, pattern: str, regex, twin=None, exact_up_to: int = 0):
        self.pattern, self._regex, self._twin, self._exact_up_to = pattern, regex, twin, exact_up_to

    def occurs_in(self, text: bytes) -> bool:
        """Whether the pattern occurs in ``text``, given as UTF-8 (encoded once per clause
        by the caller rather than once per pattern by RE2's wrapper)."""
        if self._twin is not None:
            if self._twin.search(text) is None:
                return False
            if len(text) <= self._exact_up_to:  # bytes are never fewer than characters
                return True  # too short for the bounds to matter: the twin's answer is exact
        return self._regex.search(text) is not None

    def finditer(self, text: str):
        return self._regex.finditer(text)


def compile_pattern(pattern: str, case_sensitive: bool) -> Pattern:
    """The compiled pattern, or :class:`PatternError` saying why RE2 will not take it."""
    try:
        regex = re2.compile(pattern, options(case_sensitive))
    except re2.error as refused:
        reason = refused.args[0] if refused.args else "refused"
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(_explain(pattern, str(reason))) from None
    twin = relaxed(pattern)
    if twin is None:
        return Pattern(pattern, regex)
    try:
        return Pattern(pattern, regex, re2.compile(twin[0], options(case_sensitive)), twin[1])
    except re2.error:  # the scanner misread the syntax: keep the pattern alone, still exact
        return Pattern(pattern, regex)


def compile_literal_set(strings: list[str]):
    """One RE2 set of literal strings, matched ignoring case: a fast pass over a clause says
    which of them occur (a set of plain strings compiles to a small automaton)."""
    literal_options = options(case_sensitive=False, max_mem=max(MAX_PROGRAM_MEMORY, 4096 * len(strings)))
    literal_options.literal = True
    literal_set = re2.Set.SearchSet(literal_options)
    for string in strings:
        literal_set.Add(string)
    literal_set.Compile()
    return literal_set


def _explain(pattern: str, reason: str) -> str:
    if "invalid escape sequence: \\" in reason and any(f"\\{d}" in pattern for d in "123456789"):
        return f"backreferences are not supported by RE2 (linear-time matching): {reason}"
    if "(?=" in pattern or "(?!" in pattern or "(?<" in pattern:
        return f"lookahead and lookbehind are not supported by RE2 (linear-time matching): {reason}"
    return f"RE2 refused the pattern: {reason}"
