"""The sentence around a position of a long document, found by a local scan.

Punkt segments about 1.3 MB/s: too slow to split a 200 KB document on every Explain
request. Definitions and action sentences need only the few sentences around regex
hits, so this module looks for sentence ends near a hit instead: a full stop, question
or exclamation mark followed by space and a capital, a blank line, or a line break that
does not continue a hard-wrapped sentence (the extension sends block boundaries as
single line breaks).
"""

import re

from ..text.segment import LEGAL_ABBREVIATIONS

MAX_SENTENCE_CHARS = 1500
"""How far to look on each side of a hit; a longer run-on is cut at this distance."""

_BOUNDARY = re.compile(
    r"""[.!?][)"”’'\]*_]*[ \t\u00a0]+(?=[\[(\"“‘'*_#]*[A-Z0-9§])  # end of sentence, then a capital
      | [ \t]*\n(?![ \t]*(?:[a-z,;]|\((?![a-z0-9]{1,3}\))))[ \t]*     # a line break not inside a sentence
    """,
    re.VERBOSE,
)
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)[.!?][)\"”’'\]*_]*[ \t\u00a0]*$")
_LEADING_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+•·▪●◦‣]\s+|\|\s*)+")


def _is_abbreviation(text: str, boundary: re.Match) -> bool:
    if not boundary.group().startswith("."):
        return False
    before = _WORD_BEFORE_DOT.search(text, max(0, boundary.start() - 20), boundary.end())
    return before is not None and before.group(1).lower().rstrip(".") in LEGAL_ABBREVIATIONS


def sentence_span(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(start, end) of the sentence holding ``text[start:end]``, trimmed of spaces and list marks."""
    end = start if end is None else end
    window_start = max(0, start - MAX_SENTENCE_CHARS)
    sentence_start = window_start
    # The scan runs a little past ``start`` so that lookaheads see what follows a line break.
    for boundary in _BOUNDARY.finditer(text, window_start, min(len(text), start + 8)):
        if boundary.end() <= start and not _is_abbreviation(text, boundary):
            sentence_start = boundary.end()
    sentence_end = min(len(text), end + MAX_SENTENCE_CHARS)
    for boundary in _BOUNDARY.finditer(text, end, sentence_end):
        if not _is_abbreviation(text, boundary):
            sentence_end = boundary.start() + (1 if boundary.group()[0] in ".!?" else 0)
            break
    return _trim(text, sentence_start, sentence_end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    markup = _LEADING_MARKUP.match(stripped)
    if markup:
        start += markup.end()
    end -= len(piece) - len(piece.rstrip())
    return start, max(start, end)
