"""Tagged CLAUDETTE documents: the plain text a browser shows, and the gold clause spans.

A clause is wrapped in a tag naming its category and its level, ``<ltd2>…</ltd2>``
(level 1 clearly fair, 2 potentially unfair, 3 clearly unfair); tags may nest when a
clause falls in two categories. Removing the tags (and decoding XML entities) gives the
text; the spans of levels 2 and 3 are the gold risky clauses. The published documents hold a
few stray tags (a closing tag never opened, an opening tag never closed): they delimit no
span, so they are dropped and counted rather than refused.
"""

import html
import re
from dataclasses import dataclass
from pathlib import Path

from .inputs import read_text
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
    stray_tags: tuple[str, ...] = ()  # tags that delimit no span, with their line: "</a4> (line 158)"

    @property
    def gold_spans(self) -> list[TaggedSpan]:
        return [span for span in self.spans if span.is_gold]


def read_tagged(path: Path) -> TaggedDocument:
    return parse_tagged(read_text(path), path.stem)


def parse_tagged(source: str, name: str) -> TaggedDocument:
    """The plain text and tagged spans of a tagged document (stray tags dropped and listed)."""
    pieces: list[str] = []
    length = 0
    open_tags: list[tuple[str, int, int]] = []  # (tag name, level, start in the plain text)
    spans = []
    stray_tags = []
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
            stray_tags.append(f"{tag.group()} (line {source.count(chr(10), 0, tag.start()) + 1})")
            continue
        _, _, start = open_tags.pop(opened)
        spans.append(TaggedSpan(TAG_CATEGORIES[tag_name], level, start, length))
    pieces.append(html.unescape(source[previous_end:]))
    stray_tags.extend(f"<{tag_name}{level}> (never closed)" for tag_name, level, _ in open_tags)
    ordered_spans = tuple(sorted(spans, key=lambda span: (span.start, span.end)))
    return TaggedDocument(name, "".join(pieces), ordered_spans, tuple(stray_tags))


def _innermost(open_tags, tag_name: str, level: int):
    for position in range(len(open_tags) - 1, -1, -1):
        if open_tags[position][:2] == (tag_name, level):
            return position
    return None
