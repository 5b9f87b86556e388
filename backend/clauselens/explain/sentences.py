"""The sentence around any position of a long document, from sentence ends found in one pass.

Punkt segments about 1.3 MB/s: too slow to split a 200 KB document on every Explain
request. Definitions and action sentences need only the sentences around regex hits,
so this module finds likely sentence ends once (a full stop, question or exclamation
mark followed by space and a capital, not after an abbreviation; a blank line; a line
break that does not continue a hard-wrapped sentence, since the extension sends block
boundaries as single line breaks) and answers each question by bisection.
"""

import bisect
import re

from ..text.segment import LEGAL_ABBREVIATIONS

MAX_SENTENCE_CHARS = 1500
"""How far a sentence reaches on each side of a position; a longer run-on is cut there."""

_BOUNDARY = re.compile(
    r"""[.!?][)"”’'\]*_]*[ \t\u00a0]+(?=[\[(\"“‘'*_#]*[A-Z0-9§])            # end of sentence, then a capital
      | [ \t]*\n(?![ \t]*(?:[a-z,;]|\((?![a-z0-9]{1,3}\))))[ \t]*     # a line break not inside a sentence
    """,
    re.VERBOSE,
)
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)[.!?][)\"”’'\]*_]*[ \t\u00a0]*$")
_LEADING_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+•·▪●◦‣]\s+|\|\s*)+")


class Sentences:
    """The sentence boundaries of one text."""

    def __init__(self, text: str):
        self.text = text
        self._boundary_starts: list[int] = []  # where a boundary begins
        self._sentence_ends: list[int] = []  # where the sentence before it ends (after its full stop)
        self._next_starts: list[int] = []  # where the sentence after it starts
        for boundary in _BOUNDARY.finditer(text):
            if _is_abbreviation(text, boundary):
                continue
            self._boundary_starts.append(boundary.start())
            self._sentence_ends.append(boundary.start() + (1 if boundary.group()[0] in ".!?" else 0))
            self._next_starts.append(boundary.end())

    def span(self, start: int, end: int | None = None) -> tuple[int, int]:
        """(start, end) of the sentence holding ``text[start:end]``, trimmed of spaces and list marks."""
        end = start if end is None else end
        before = bisect.bisect_right(self._next_starts, start) - 1
        sentence_start = self._next_starts[before] if before >= 0 else 0
        after = bisect.bisect_left(self._boundary_starts, end)
        sentence_end = self._sentence_ends[after] if after < len(self._sentence_ends) else len(self.text)
        sentence_start = max(sentence_start, start - MAX_SENTENCE_CHARS)
        sentence_end = min(sentence_end, end + MAX_SENTENCE_CHARS)
        return _trim(self.text, sentence_start, sentence_end)


def _is_abbreviation(text: str, boundary: re.Match) -> bool:
    if not boundary.group().startswith("."):
        return False
    before = _WORD_BEFORE_DOT.search(text, max(0, boundary.start() - 20), boundary.end())
    return before is not None and before.group(1).lower().rstrip(".") in LEGAL_ABBREVIATIONS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    markup = _LEADING_MARKUP.match(stripped)
    if markup:
        start += markup.end()
    end -= len(piece) - len(piece.rstrip())
    return start, max(start, end)
