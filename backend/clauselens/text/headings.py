"""Tells section headings apart from clauses: a heading names a topic, it grants nothing.

"4.1 Recurring Billing", "**No Liability**", "### Mozilla Can Update These Terms": the section
below says what the company may do, and that is what a highlight should point at. Rules
matched against the title only repeat the section's findings, or get it wrong ("No Academic
Credit" is not a refund clause).

A clause is a heading when it fills a line of its own, does not end like a sentence (no
closing punctuation, no trailing "to" or "and" of a wrapped line), is short, and is marked as
a heading: Title Case, or Markdown ``#`` or emphasis around the whole line (unless, in
sentence case, it states what someone may or must do). A line in capitals only counts when
it is also marked or numbered ("17. ARBITRATION"): broken plain text often leaves a
capitalised sentence fragment alone on a line.

A bold Title Case title that opens its paragraph and ends with a full stop or colon
("**No Refunds.** All purchases are final.") is a heading too. Without the bold, on the same
line as its paragraph, it is not: in plain text it cannot be told from a short sentence. The
extension therefore sends a page's bold run-in titles on lines of their own, and a short Title
Case line that ends with a full stop counts as a heading.

A short question alone on its line ("Can you ever change these terms of use?") is the heading of
an FAQ-style section: it asks, it grants nothing; the answer below carries the findings.
"""

import re

from .segment import FUNCTION_WORD_END

MAX_HEADING_WORDS = 12
MAX_RUN_IN_HEADING_WORDS = 8

_LABEL_CORE = r"""(?:
        (?:section|sec\.|article|art\.|clause|part|chapter|§)\s*\d{1,3}(?:\.\d{1,3})*\\?[.:)]?
      | \(?(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|[a-z]|[ivxlcdm]{1,6})\\?[.)]
      | \d{1,3}(?:\.\d{1,3})+
    )"""
_LABEL = re.compile(rf"^{_LABEL_CORE}\s+", re.IGNORECASE | re.VERBOSE)
_MARKUP = " \t#>*_"
# What may precede a heading on its line, and follow it: markup, and before it a label. Matched
# in place (pos, endpos) rather than on slices: on a page that is one long line, slicing the
# line around every clause made the check quadratic.
_BEFORE_HEADING = re.compile(rf"[ \t#>*_]*(?:({_LABEL_CORE})\s*[ \t#>*_]*)?", re.IGNORECASE | re.VERBOSE)
_MARKUP_TO_LINE_END = re.compile(r"([ \t#>*_]*)(?:\n|\Z)")
_SENTENCE_END = re.compile(r"""[.!?:;,]["'”’)\]]*$""")
_STATEMENT = re.compile(
    r"^(?!(?:how|what|when|why|where|who|which|whether)\b).*\b(?:may|might|will|shall|must|cannot|"
    r"reserves?|agrees?)\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[-*+•]\s+")
_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
_MINOR_WORDS = frozenset(
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "into", "as", "per", "vs", "via", "your", "our", "its", "their", "you", "we", "us", "it",
    }
)  # fmt: skip
"""Words a title may leave in lower case. Verbs and "not" are not among them: Title Case
capitalises them, and "Purchases of Virtual Items are FINAL." is a sentence."""


def is_heading(text: str, start: int, end: int) -> bool:
    """Whether the clause ``text[start:end]`` is a section heading (see the module docstring)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _BEFORE_HEADING.fullmatch(text, line_start, start)
    if before is None:
        return False  # the clause follows other text on its line
    rest_of_line = _MARKUP_TO_LINE_END.match(text, end)
    if rest_of_line is None:
        # From the line's start: in "**6. No Jury Trials.** By agreeing…" the sentence splitter
        # leaves "**6." behind, and the bold that opens the title is there.
        return _run_in_heading(text[line_start:end])
    line = text[line_start : rest_of_line.end(1)].strip()
    return _line_heading(text[start:end].strip(_MARKUP), line, before.group(1) is not None)


def _line_heading(clause: str, line: str, label_before: bool) -> bool:
    """A clause alone on its line (after an optional label): a title or a sentence?"""
    body = _LABEL.sub("", clause + " ", count=1).strip(_MARKUP)
    words = _WORD.findall(body)
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    if body.endswith("?"):
        return True
    marked = line.startswith("#") or _emphasised(line)
    # A full stop or colon may close a title alone on its line: "**4. Your Content.**", or
    # "No Refunds." where the extension put a bold run-in title on a line of its own.
    titled_sentence_end = (marked or len(words) <= MAX_RUN_IN_HEADING_WORDS) and _closed_title(body, words)
    if FUNCTION_WORD_END.search(body) or (_SENTENCE_END.search(body) and not titled_sentence_end):
        return False
    if not any(character.islower() for character in body):
        return marked or label_before or body != clause  # capitals: only when marked or numbered
    if _title_case(words):
        return True
    # In sentence case, a bold line that states what someone may or must do is an
    # emphasised sentence ("**We may close your account without notice**"), not a title.
    return marked and not _STATEMENT.search(body)


def _run_in_heading(clause: str) -> bool:
    """A bold title that opens its paragraph: "**Cookie Tracking and Advertising.** We use…"."""
    clause = _LABEL.sub("", clause.strip() + " ", count=1).strip()
    if not _emphasised(clause):
        return False
    body = clause.strip(_MARKUP)
    words = _WORD.findall(body)
    return 0 < len(words) <= MAX_RUN_IN_HEADING_WORDS and _closed_title(body, words)


def _closed_title(body: str, words: list[str]) -> bool:
    """A Title Case title closed by a full stop or colon; in capitals it is a sentence."""
    return body.endswith((".", ":")) and not body.isupper() and _title_case(words)


def _emphasised(line: str) -> bool:
    line = _LABEL.sub("", _BULLET.sub("", line), count=1)
    return any(
        line.startswith(mark) and line.endswith(mark) and len(line) > 2 * len(mark) for mark in ("**", "__")
    )


def _title_case(words: list[str]) -> bool:
    capitalised = [word for word in words if word.lower() not in _MINOR_WORDS]
    return bool(capitalised) and all(word[0].isupper() or word[0].isdigit() for word in capitalised)
