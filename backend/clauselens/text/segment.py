"""Splits legal text into clauses (sentences) with code-point spans, on NLTK's Punkt.

Punkt decides sentence ends inside a paragraph. Around it this module handles what
legal pages add: line structure (headings without a full stop, list items, Markdown,
hard-wrapped plain text, double-spaced text from PDFs), section numbers and list labels
that Punkt would cut off on their own, and run-on paragraphs that never end.
"""

import itertools
import re
from dataclasses import dataclass

from nltk.tokenize.punkt import PunktLanguageVars

from .punkt import LegalPunkt

LEGAL_ABBREVIATIONS = frozenset(
    {
        # Latin and general
        "e.g", "i.e", "etc", "cf", "vs", "v", "viz", "et al", "al", "approx", "incl",
        "esp", "min", "max", "ca", "resp", "seq",
        # companies and organisations
        "inc", "ltd", "co", "corp", "llc", "plc", "bros", "dept", "assn", "intl", "univ",
        # places and postal
        "u.s", "u.k", "u.s.a", "e.u", "p.o", "st", "ave", "blvd", "rd", "ste", "fl",
        # references in legal text
        "no", "nos", "sec", "secs", "art", "arts", "para", "paras", "ch", "cl", "pt",
        "p", "pp", "vol", "ed", "ex", "fig", "reg", "regs", "stat", "ann", "cal", "civ",
        "proc", "code", "tit", "del", "rev", "amend", "subd", "subsec", "u.s.c", "c.f.r", "ibid", "id",
        # titles
        "mr", "mrs", "ms", "dr", "prof", "jr", "sr", "hon", "esq",
        # months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    }
)  # fmt: skip

MAX_CLAUSE_CHARS = 1500
"""A run-on clause longer than this is split at semicolons: a highlight of a whole
screen helps nobody, and rule patterns are written for sentence-sized text."""

_LINE = re.compile(r"[^\r\n]+")
_LIST_ITEM = re.compile(
    r"""^\s*(?:
        [-*+•·▪●◦‣–]\s                                  # bullets
      | \d{1,3}(?:\.\d{1,3})*[.)]?\s                    # 1.  1)  10.2  3.1.4
      | \(?(?:[a-z]|[ivxlcdm]{1,6})\)\s                 # (a)  a)  (iv)
      | (?:section|article|clause|§)\s*\d               # Section 5
      | [#>|]                                           # Markdown heading, quote, table
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_TERMINAL_END = re.compile(r"""[.!?:;]["'”’)\]*_]*\s*$""")
_CONTINUATION_END = re.compile(r"[,(\-–—/&]\s*$")
FUNCTION_WORD_END = re.compile(
    r"\b(?:a|an|the|and|or|nor|of|to|in|on|at|by|for|with|from|that|which|as|is|are|be|"
    r"any|all|its|your|our|their|such|this|these|not|may|will|shall|must|including)\s*$",
    re.IGNORECASE,
)
"""A line ending in one of these words stops mid-sentence: the next line continues it."""
_STARTS_LOWERCASE = re.compile(r"^\s*[\"'“‘(]*[a-z]")
_END_WINDOW = 16
"""The line-end patterns above match within this many characters of a line's last character
before closing marks and spaces: searching from there, not from the line's start, spares a scan
of every line at every break."""
_CLOSING_MARKS = " \t\f\v\u00a0\"'”’)]*_"
_LABEL_ONLY = re.compile(
    r"""^\s*(?:\#{1,6}\s+)?(?:
        \(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlcdm]{1,6})\\?[.)]?  # "21\." is Markdown's escaped "21."
      | (?:section|sec\.|article|art\.|clause|§)\s*\d{1,3}(?:\.\d{1,3})*[.:]?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_LEADING_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+•·▪●◦‣]\s+)+")
_HAS_WORD = re.compile(r"\w")
_CLOSING_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})\s+")
_SEMICOLON_BREAK = re.compile(r";\s+")
_POSSIBLE_BREAK = re.compile(rf"[.?!](?:{PunktLanguageVars()._re_non_word_chars}|\s+\S)")
"""Where Punkt may end a sentence (its period-context pattern): an end mark before other
punctuation or before whitespace and a word. A unit without one is a single sentence."""

WRAPPED_TEXT_SHARE = 0.3
"""Share of line breaks falling mid-sentence above which a text counts as hard-wrapped, and
share of single blank lines falling mid-sentence above which it counts as double-spaced."""

_GLUED_HINT = re.compile(r"[.!?][A-Z]")
_GLUED_SENTENCE_END = re.compile(
    r"(?<![\w.@/-])(?:[A-Za-z]*[a-z]{2}[.!?](?=[A-Z][a-z]*\s)"
    r"|[A-Z]{3,}[.!?](?=(?!(?:COM|NET|ORG|EDU|GOV|INFO|IO|CO|UK|EU)\b)[A-Z]{2,}\s))"
)
"""A full stop with no space after it, between a word and a capitalised one ("…close your
account.Your continued use…", "…TERM ORIGINALLY SELECTED.FOR EXAMPLE…"): text pasted from web
pages often loses the space, and Punkt then sees one sentence. Dotted names (www.Example.com,
U.S., EXAMPLE.COM) do not match and known abbreviations ("Inc.The") are skipped."""


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    blank_lines_before: int


class Segmenter:
    """Turns a text into clause spans. Build once; it holds the Punkt tokenizer."""

    def __init__(self, abbreviations=LEGAL_ABBREVIATIONS, punkt=None):
        """``punkt``: the tokenizer that ends sentences inside a paragraph; LegalPunkt by
        default (``scripts/compare_segmenters.py`` passes NLTK's own, to compare)."""
        self._abbreviations = frozenset(abbreviations)
        self._punkt = punkt or LegalPunkt(abbreviations)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Code-point (start, end) spans of the clauses of ``text``, in order."""
        clause_spans = []
        for unit_start, unit_end in _units(text):
            unit_spans = _split_glued(text, self._sentences(text, unit_start, unit_end), self._abbreviations)
            for start, end in _split_run_ons(text, unit_spans):
                trimmed = _trim(text, start, end)
                if trimmed is not None:
                    clause_spans.append(trimmed)
        return clause_spans

    def _sentences(self, text: str, unit_start: int, unit_end: int) -> list[tuple[int, int]]:
        if not _POSSIBLE_BREAK.search(text, unit_start, unit_end):
            return [(unit_start, unit_end)]  # Punkt could not split it: spare the work
        unit_text = text[unit_start:unit_end]
        spans = [(unit_start + s, unit_start + e) for s, e in self._punkt.span_tokenize(unit_text)]
        return _merge_labels(text, _return_closing_emphasis(text, spans))


def _lines(text: str) -> list[_Line]:
    lines, previous_end = [], 0
    for match in _LINE.finditer(text):
        if not match.group().strip():
            continue
        blank_lines = max(text.count("\n", previous_end, match.start()) - 1, 0) if lines else 0
        lines.append(_Line(match.start(), match.end(), blank_lines))
        previous_end = match.end()
    return lines


def _ends_with(line_end: re.Pattern, line_text: str) -> bool:
    return line_end.search(line_text, max(0, len(line_text.rstrip(_CLOSING_MARKS)) - _END_WINDOW)) is not None


def _paragraph_gap(text: str, lines: list[_Line]) -> int:
    """How many blank lines part two paragraphs: one, or two in double-spaced text.

    Text converted from PDF often puts a blank line after every printed line, so a single
    blank line falls inside sentences ("…IN NO EVENT SHALL THE AGGREGATE LIABILITY OF",
    blank, "PARLER ARISING OUT OF…") and only wider gaps part paragraphs."""
    gaps = mid_sentence = 0
    for line, following in itertools.pairwise(lines):
        if following.blank_lines_before != 1:
            continue
        gaps += 1
        line_text = text[line.start : line.end]
        if _ends_mid_sentence(line_text, text[following.start : following.end]):
            mid_sentence += 1
    return 2 if gaps >= 5 and mid_sentence / gaps >= WRAPPED_TEXT_SHARE else 1


def _ends_mid_sentence(line_text: str, following_text: str) -> bool:
    if _ends_with(_TERMINAL_END, line_text) or line_text.lstrip().startswith(("#", "|")):
        return False
    return bool(_STARTS_LOWERCASE.match(following_text) or _ends_with(FUNCTION_WORD_END, line_text))


def _looks_hard_wrapped(text: str, lines: list[_Line], paragraph_gap: int) -> bool:
    """True for plain text broken into lines of fixed width inside sentences."""
    breaks = mid_sentence = 0
    for line, following in itertools.pairwise(lines):
        if following.blank_lines_before >= paragraph_gap:
            continue
        breaks += 1
        line_text = text[line.start : line.end]
        if not _ends_with(_TERMINAL_END, line_text) and _STARTS_LOWERCASE.match(
            text[following.start : following.end]
        ):
            mid_sentence += 1
    return breaks >= 3 and mid_sentence / breaks >= WRAPPED_TEXT_SHARE


def _joins(text: str, line: _Line, following: _Line, hard_wrapped: bool, paragraph_gap: int) -> bool:
    """Whether the line break between two lines falls inside a sentence."""
    if following.blank_lines_before >= paragraph_gap:
        return False
    line_text = text[line.start : line.end]
    following_text = text[following.start : following.end]
    if _ends_with(_TERMINAL_END, line_text) or _LIST_ITEM.match(following_text):
        return False
    if line_text.lstrip().startswith(("#", "|")):
        return False
    if _STARTS_LOWERCASE.match(following_text) or _ends_with(_CONTINUATION_END, line_text):
        return True
    if _ends_with(FUNCTION_WORD_END, line_text):
        return True
    # A hard-wrapped line that fills most of the width continues; a short one is a heading.
    return hard_wrapped and len(line_text.strip()) >= 50


def _units(text: str):
    """Spans of paragraphs: runs of lines that belong to the same sentences."""
    lines = _lines(text)
    if not lines:
        return
    paragraph_gap = _paragraph_gap(text, lines)
    hard_wrapped = _looks_hard_wrapped(text, lines, paragraph_gap)
    unit_start = lines[0].start
    for line, following in itertools.pairwise(lines):
        if not _joins(text, line, following, hard_wrapped, paragraph_gap):
            yield unit_start, line.end
            unit_start = following.start
    yield unit_start, lines[-1].end


def _merge_labels(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Glue a lone section number or list label ("10.", "(a)", "Section 5.") to what follows,
    and the rest of a Markdown link whose text ends with a full stop to what precedes it."""
    merged = []
    pending_start = None
    for span_start, end in spans:
        start = span_start if pending_start is None else pending_start
        pending_start = None
        if _LABEL_ONLY.match(text[start:end]):
            pending_start = start
            continue
        if merged and text.startswith("](", start):  # "[mail us.](mailto:…)": Punkt split a link
            merged[-1] = (merged[-1][0], end)
            continue
        merged.append((start, end))
    if pending_start is not None:
        merged.append((pending_start, spans[-1][1]))
    return merged


def _return_closing_emphasis(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt hands the closing ``**`` of "**2.1 Use.** We may…" to the next sentence: give it back."""
    for position in range(1, len(spans)):
        start, end = spans[position]
        emphasis = _CLOSING_EMPHASIS.match(text, start, end)
        if emphasis:
            spans[position - 1] = (spans[position - 1][0], start + len(emphasis.group(1)))
            spans[position] = (emphasis.end(), end)
    return spans


def _split_run_ons(text: str, spans: list[tuple[int, int]]):
    for start, end in spans:
        if end - start <= MAX_CLAUSE_CHARS:
            yield start, end
            continue
        piece_start = start
        for match in _SEMICOLON_BREAK.finditer(text, start, end):
            if match.end() - piece_start >= MAX_CLAUSE_CHARS // 2:
                yield piece_start, match.start() + 1
                piece_start = match.end()
        yield piece_start, end


def _trim(text: str, start: int, end: int):
    """Drop surrounding whitespace and leading Markdown markers; None if nothing is left."""
    clause = text[start:end]
    stripped = clause.lstrip()
    start += len(clause) - len(stripped)
    markup = _LEADING_MARKUP.match(stripped)
    if markup:
        start += markup.end()
    end -= len(clause) - len(clause.rstrip())
    if end <= start or not _HAS_WORD.search(text, start, end):
        return None
    return start, end


def _split_glued(text: str, spans: list[tuple[int, int]], abbreviations: frozenset[str]):
    for start, end in spans:
        if not _GLUED_HINT.search(text, start, end):  # the cheap test spares most spans the slow one
            yield start, end
            continue
        piece_start = start
        for match in _GLUED_SENTENCE_END.finditer(text, start, end):
            if match.group()[:-1].lower() in abbreviations:
                continue
            yield piece_start, match.end()
            piece_start = match.end()
        yield piece_start, end
