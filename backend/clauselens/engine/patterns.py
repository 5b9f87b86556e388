"""RE2 compilation of rule patterns: linear-time matching, refused constructs named."""

import re2

MAX_PROGRAM_MEMORY = 8 << 20
"""RE2's memory budget for one pattern; a pattern needing more is refused."""


class PatternError(ValueError):
    """RE2 will not compile a pattern (backreference, lookaround, bad syntax, too big)."""


def options(case_sensitive: bool, max_mem: int = MAX_PROGRAM_MEMORY) -> re2.Options:
    compile_options = re2.Options()
    compile_options.case_sensitive = case_sensitive
    compile_options.log_errors = False
    compile_options.max_mem = max_mem
    # Rules only ask whether and where a pattern matches, never for its groups; without
    # groups RE2 answers from its DFA alone instead of re-running a slower engine for them.
    compile_options.never_capture = True
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
