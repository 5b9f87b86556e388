"""Tagged CLAUDETTE documents: the plain text a browser shows, and the gold clause spans.

A clause is wrapped in a tag naming its category and its level, ``<ltd2>…</ltd2>``
(level 1 clearly fair, 2 potentially unfair, 3 clearly unfair); tags may nest when a
clause falls in two categories. Removing the tags (and decoding XML entities) gives the
text; the spans of levels 2 and 3 are the gold risky clauses.
"""

import html
import re
from dataclasses import dataclass
from pathlib import Path

from .inputs import EvaluationInputError, read_text
from .labels import TAG_CATEGORIES

GOLD_LEVELS = frozenset({2, 3})

_TAG = re.compile(r"<(/?)(" + "|".join(sorted(TAG_CATEGORIES, key=len, reverse=True)) + r")(\d)>")


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    category: str
    level: int
    start: int  # code-point offsets in the document's plain text
    end: int

    @property
    def is_gold(self) -> bool:
        return self.level in GOLD_LEVELS


@dataclass(frozen=True, slots=True)
class TaggedDocument:
    name: str
    text: str
    spans: tuple[TaggedSpan, ...]

    @property
    def gold_spans(self) -> list[TaggedSpan]:
        return [span for span in self.spans if span.is_gold]


def read_tagged(path: Path) -> TaggedDocument:
    return parse_tagged(read_text(path), path.stem)


def parse_tagged(source: str, name: str) -> TaggedDocument:
    """The plain text and tagged spans of a tagged document; unbalanced tags are an error."""
    pieces: list[str] = []
    length = 0
    open_tags: list[tuple[str, int, int]] = []  # (tag name, level, start in the plain text)
    spans = []
    previous_end = 0
    for tag in _TAG.finditer(source):
        piece = html.unescape(source[previous_end : tag.start()])
        pieces.append(piece)
        length += len(piece)
        previous_end = tag.end()
        closing, tag_name, level = tag.group(1) == "/", tag.group(2), int(tag.group(3))
        if not closing:
            open_tags.append((tag_name, level, length))
            continue
        opened = _innermost(open_tags, tag_name, level)
        if opened is None:
            line = source.count("\n", 0, tag.start()) + 1
            raise EvaluationInputError(f"{name}:{line}: {tag.group()} closes a tag that is not open")
        _, _, start = open_tags.pop(opened)
        spans.append(TaggedSpan(TAG_CATEGORIES[tag_name], level, start, length))
    pieces.append(html.unescape(source[previous_end:]))
    if open_tags:
        unclosed = ", ".join(f"<{tag_name}{level}>" for tag_name, level, _ in open_tags)
        raise EvaluationInputError(f"{name}: tags never closed: {unclosed}")
    text = "".join(pieces)
    return TaggedDocument(name, text, tuple(sorted(spans, key=lambda span: (span.start, span.end))))


def _innermost(open_tags, tag_name: str, level: int):
    for position in range(len(open_tags) - 1, -1, -1):
        if open_tags[position][:2] == (tag_name, level):
            return position
    return None
