"""The sentence around any position of a long document, from the analysis's own segmentation.

Definitions and action sentences need only the sentences around regex hits; the document is
segmented once (the same clauses /v1/analyze finds) and each question is answered by
bisection.
"""

import bisect

from ..analysis.analyze import default_segmenter

MAX_SENTENCE_CHARS = 1500
"""How far a sentence reaches on each side of a position; a longer run-on is cut there."""


class Sentences:
    """The sentence boundaries of one text."""

    def __init__(self, text: str):
        self.text = text
        spans = default_segmenter().spans(text)
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def span(self, start: int, end: int | None = None) -> tuple[int, int]:
        """(start, end) of the sentence holding ``text[start:end]`` (from the first clause that
        ends after ``start`` to the last that starts before ``end``), trimmed as clauses are."""
        end = start if end is None else end
        first = bisect.bisect_right(self._ends, start)
        last = bisect.bisect_right(self._starts, end) - 1
        if first >= len(self._starts) or last < first:  # between clauses: blank space or markup
            return start, end
        sentence_start = max(self._starts[first], start - MAX_SENTENCE_CHARS)
        sentence_end = min(self._ends[last], end + MAX_SENTENCE_CHARS)
        return min(sentence_start, start), max(sentence_end, end)
