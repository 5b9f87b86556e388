"""RE2 compilation of rule patterns: linear-time matching, refused constructs named."""

import re2

MAX_PROGRAM_MEMORY = 8 << 20
"""RE2's memory budget for one pattern; a pattern needing more is refused."""

SET_MEMORY_PER_PATTERN = 1 << 20
"""Budget granted to a pack's pattern set per pattern it holds."""


class PatternError(ValueError):
    """RE2 will not compile a pattern (backreference, lookaround, bad syntax, too big)."""


def options(case_sensitive: bool, max_mem: int = MAX_PROGRAM_MEMORY) -> re2.Options:
    compile_options = re2.Options()
    compile_options.case_sensitive = case_sensitive
    compile_options.log_errors = False
    compile_options.max_mem = max_mem
    return compile_options


def compile_pattern(pattern: str, case_sensitive: bool):
    """The compiled pattern, or :class:`PatternError` saying why RE2 will not take it."""
    try:
        return re2.compile(pattern, options(case_sensitive))
    except re2.error as refused:
        reason = refused.args[0] if refused.args else "refused"
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(_explain(pattern, str(reason))) from None


SET_CHUNK_SIZE = 16
"""Patterns per RE2 set. RE2 builds one lazy DFA per set; over hundreds of proximity patterns
that DFA keeps growing and matching slows several-fold (measured: 382 core patterns, one set
0.32 MB/s, sets of 16 about 1.2 MB/s on terms-corpus), so a pack is split into small sets."""


class PatternSets:
    """Several RE2 sets that answer together like one: ``Match`` gives the indices of every
    pattern that occurs, numbered across all of them."""

    def __init__(self, sets: list[tuple[int, object]]):
        self._sets = sets  # (index of the set's first pattern, compiled set)

    def Match(self, text: str) -> list[int]:  # noqa: N802 - same interface as re2.Set
        hits: list[int] = []
        for first_index, pattern_set in self._sets:
            hits.extend(first_index + found for found in pattern_set.Match(text) or ())
        return hits


def compile_set(patterns: list[str], case_sensitive: bool) -> PatternSets:
    """RE2 sets over all ``patterns``: one pass over a clause per set says which of them occur."""
    return PatternSets(
        [
            (start, _compile_one_set(patterns[start : start + SET_CHUNK_SIZE], case_sensitive))
            for start in range(0, len(patterns), SET_CHUNK_SIZE)
        ]
    )


def _compile_one_set(patterns: list[str], case_sensitive: bool):
    pattern_set = re2.Set.SearchSet(
        options(case_sensitive, max_mem=max(MAX_PROGRAM_MEMORY, SET_MEMORY_PER_PATTERN * len(patterns)))
    )
    try:
        for pattern in patterns:
            pattern_set.Add(pattern)
        pattern_set.Compile()
    except re2.error:
        raise PatternError("the patterns together need more memory than RE2 allows") from None
    return pattern_set


def _explain(pattern: str, reason: str) -> str:
    if "invalid escape sequence: \\" in reason and any(f"\\{d}" in pattern for d in "123456789"):
        return f"backreferences are not supported by RE2 (linear-time matching): {reason}"
    if "(?=" in pattern or "(?!" in pattern or "(?<" in pattern:
        return f"lookahead and lookbehind are not supported by RE2 (linear-time matching): {reason}"
    return f"RE2 refused the pattern: {reason}"
