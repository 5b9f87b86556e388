"""Python code-point offsets to the UTF-16 code units JavaScript counts, and TextQuotes."""

import bisect
import re

QUOTE_CONTEXT_CHARS = 32
"""How many characters of prefix and suffix a TextQuote carries (DESIGN §2)."""

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Index:
    """Converts code-point offsets of one text into UTF-16 offsets.

    Each character outside the Basic Multilingual Plane is two UTF-16 code units,
    so a UTF-16 offset is the code-point offset plus the number of such characters
    before it. Texts without any (nearly all) take the fast path.
    """

    def __init__(self, text: str):
        self._astral_positions = [match.start() for match in _ASTRAL.finditer(text)]
        self.length = len(text) + len(self._astral_positions)

    def to_utf16(self, offset: int) -> int:
        if not self._astral_positions:
            return offset
        return offset + bisect.bisect_left(self._astral_positions, offset)


def utf16_length(text: str) -> int:
    return len(text) + len(_ASTRAL.findall(text))


def text_quote(text: str, start: int, end: int) -> dict:
    """The W3C TextQuoteSelector of ``text[start:end]`` (code-point offsets)."""
    return {
        "exact": text[start:end],
        "prefix": text[max(0, start - QUOTE_CONTEXT_CHARS) : start],
        "suffix": text[end : end + QUOTE_CONTEXT_CHARS],
    }
