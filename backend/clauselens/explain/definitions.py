"""The terms a document defines and their definitions, found in the styles legal text uses.

- ``"X" means …`` (also ``shall mean``, ``refers to``, ``includes``, ``is defined as``,
  several terms at once: ``"X" or "Y" means``; ``As used herein, "X" means`` is the same);
- a parenthetical after the thing defined: ``Acme Inc. ("Acme")``, ``… (collectively,
  the "Services")``, ``(each a "Party")``; the definition is the noun phrase before the
  parenthesis, not the clause around it: in ``These Terms govern your use of our apps
  ("Services")`` the Services are ``our apps``;
- a naming phrase: ``… which we call "Materials"``, ``We call these "Materials".``
  (the previous sentence is then the definition), ``collectively, "Content"``,
  ``referred to as "Data"``;
- a ``Definitions`` heading followed by lines ``Term: definition``, ``Term – definition``,
  ``Term means definition``, a table row ``| Term | definition |``, or a term on a line of
  its own with its definition on the next.

Terms are quoted with straight or curly quotes, or set in Markdown bold (``**Terms**``,
``“**Terms**”``), and start with a capital or a digit. A term defined in several places
keeps its strongest definition ("means" and Definitions sections over parentheticals over
naming phrases), the first of equals.
"""

import re
from dataclasses import dataclass

import re2

from ..engine.patterns import options
from .markdown import plain_text
from .noun_phrase import noun_phrase_start
from .sentences import Sentences

MAX_TERM_CHARS = 60
MAX_TERM_WORDS = 6
MAX_DEFINITION_CHARS = 400
MAX_DEFINITIONS_SECTION_CHARS = 60_000
MAX_MISSES_IN_DEFINITIONS_SECTION = 4
NAMING_LOOKBACK_CHARS = 120
RAW_DEFINITION_CHARS = 2 * MAX_DEFINITION_CHARS
"""Text read for one definition: enough to fill MAX_DEFINITION_CHARS once markup and spaces go."""
MAX_QUOTED_TERMS = 1500
"""Quoted or bold phrases looked at per document; real terms have a few hundred at most."""

STYLE_RANK = {"means": 0, "section": 0, "parenthetical": 1, "named": 2}

_BOLD = r"(?:\*\*|__)"
# RE2: one linear pass over a long document (Python's re takes ~40 ms on 200 KB). RE2 has no
# lookaround, so _stands_alone checks what is around single quotes and bold markers.
_QUOTED_TERM = re2.compile(
    rf"{_BOLD}?(?:"
    rf"[\"“„«]{_BOLD}?(?P<double>[A-Z0-9][^\"“”„«»\n*_]{{0,{MAX_TERM_CHARS - 1}}}?){_BOLD}?[\"”“»]"
    rf"|(?P<single_open>[‘'])(?:\*\*|__)?(?P<single>[A-Z0-9][^‘’'\"“”\n*_]{{0,{MAX_TERM_CHARS - 1}}}?)"
    rf"{_BOLD}?(?P<single_close>[’'])"
    rf"|(?P<bold_open>\*\*)(?P<bold>[A-Z0-9][^*\n\"“”]{{0,{MAX_TERM_CHARS - 1}}}?)(?P<bold_close>\*\*)"
    rf"){_BOLD}?",
    options(case_sensitive=True),
)
_ANY_QUOTED = re.compile(r"[\"“‘']{1,2}[^\"“”‘’'\n]{0,60}[\"”’']|\*\*[^*\n]{0,60}\*\*")
_JOINED_TO_NEXT_TERM = re.compile(r"[ \t]*(?:,|;|/|\bor\b|\band\b|,[ \t]*(?:or|and)\b)[ \t]*(?:the[ \t]+)?")
_MEANS = re.compile(
    rf"[ \t]*{_BOLD}?[ \t]*[:,]?[ \t]*(?:(?:shall|will|does|should|is[ \t]+to)[ \t]+)?"
    r"(?:means|mean|refers?[ \t]+to|is[ \t]+defined[ \t]+as|(?:shall[ \t]+)?includes?"
    r"|has[ \t]+the[ \t]+(?:following[ \t]+)?meaning(?:[ \t]+set[ \t]+out[ \t]+below)?)\b[ \t]*[:,]?[ \t]*",
    re.IGNORECASE,
)
_PAREN_FILLER = re.compile(
    r"^(?:[\s,;:]|\b(?:hereinafter|hereafter|herein|below|collectively|together|jointly|individually|"
    r"each|both|all|and|or|as|the|a|an|our|your|its|their|referred|to|called|defined|also|known|simply|"
    r"we|us|you)\b)*$",
    re.IGNORECASE,
)
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:which|that|what)?[ \t]*\b(?:we|you)[ \t]+(?:(?:will|shall|may|also)[ \t]+)?"
    r"(?:call|refer[ \t]+to|describe)"
    r"(?:[ \t]+(?:these|this|them|it|all[ \t]+of[ \t]+(?:this|these|them)"
    r"|such[ \t]+\w+|(?:this|these)[ \t]+\w+))?"
    r"(?:[ \t]+as)?"
    r"|\b(?:collectively|together|jointly)[ \t]*,?(?:[ \t]+(?:referred[ \t]+to[ \t]+as|called))?"
    r"|\b(?:referred[ \t]+to(?:[ \t]+(?:herein|below|hereafter))?[ \t]+as|known[ \t]+as|hereinafter"
    r"(?:[ \t]+(?:referred[ \t]+to[ \t]+as|called))?|called))"
    r"[ \t]*(?:(?:the|our|your|a)[ \t]+)?,?[ \t]*$",
    re.IGNORECASE,
)
# "sections 9 (**Our Rights**) and 11 (“Fees”)" names sections; it defines nothing.
_SECTION_REFERENCE_BEFORE = re.compile(
    r"(?:(?:\b(?:sections?|clauses?|articles?|paragraphs?|annex|schedule)|§)[ \t]*[A-Z]"
    r"|\b\d+(?:\.\d+)*)[ \t]*$",
    re.IGNORECASE,
)
_LEGAL_NAME_BEFORE = re.compile(
    r"\b(?:[A-Z][\w&'’.-]*[ \t]+){0,5}"
    r"(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|GmbH|S\.A|B\.V|plc|AG|SE|SAS|AB|Pty[ \t]Ltd)\.?"
    r"(?:,?[ \t]+(?:a|an)[ \t][^()]{0,80}?)?[ \t]*,?[ \t]*$"
)
_SECTION_HEADING = re.compile(
    rf"^[ \t]*(?:#{{1,6}}[ \t]*)?{_BOLD}?(?:(?:section|article)[ \t]+)?"
    rf"(?:\d{{1,3}}(?:\.\d{{1,3}})*\.?[ \t]+)?"
    rf"{_BOLD}?(?:definitions?|defined[ \t]+terms|glossary|key[ \t]+terms"
    rf"|interpretation(?:[ \t]+and[ \t]+definitions)?|meaning[ \t]+of[ \t]+(?:certain[ \t]+)?(?:words|terms))"
    rf"{_BOLD}?[ \t]*[:.]?[ \t]*{_BOLD}?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_NEXT_HEADING = re.compile(
    r"^(?:#{1,6}\s|(?:\d{1,3}(?:\.\d{1,3})*\.?|(?:section|article)\s+\d{1,3}\.?)\s+[A-Z][^.:–—|]{0,80}$)",
    re.IGNORECASE,
)
_LIST_MARKER = re.compile(r"^(?:[-*+•·▪●◦‣][ \t]+|\(?[a-z0-9]{1,3}[.)][ \t]+)", re.IGNORECASE)
_TERM_WORDS = r"[A-Z0-9][\w'’&/.-]*(?:[ \t]+[\w'’&/().-]+){0,5}?"
_SECTION_LINE = re.compile(
    rf"^{_BOLD}?[\"“‘']?{_BOLD}?(?P<term>{_TERM_WORDS}){_BOLD}?[\"”’']?{_BOLD}?[ \t]*"
    r"(?::|[–—]|-[ \t]|\bmeans\b|\brefers?[ \t]+to\b|\bshall[ \t]+mean\b)[ \t]*(?P<definition>\S.*)$"
)
_TABLE_ROW = re.compile(
    rf"^\|[ \t]*{_BOLD}?[\"“]?(?P<term>{_TERM_WORDS})[\"”]?{_BOLD}?[ \t]*\|(?P<definition>.+?)\|?$"
)
_TERM_ONLY_LINE = re.compile(rf"^{_BOLD}?[\"“‘']?{_BOLD}?(?P<term>{_TERM_WORDS}){_BOLD}?[\"”’']?{_BOLD}?:?$")
_LEADING_MEANS = re.compile(r"^(?:means|refers?\s+to|shall\s+mean)\b[:,]?\s*", re.IGNORECASE)
_STARTS_LIKE_A_DEFINITION = re.compile(
    r"^(?:[a-z]|(?i:means|refers?\s+to|shall\s+mean|the|a|an|any|all|each|every|one|your|our)\b)"
)
_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
_SPACES = re.compile(r"\s+")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Definition:
    term: str
    text: str
    style: str  # "means", "section", "parenthetical" or "named"
    position: int  # where the definition is in the document (code points)


def find_definitions(document: str, sentences: Sentences | None = None) -> dict[str, Definition]:
    """Every term the document defines, with its best definition, in document order."""
    sentences = sentences or Sentences(document)
    found: dict[str, Definition] = {}
    for definition in (*_definitions_in_sentences(sentences), *_definitions_in_sections(document)):
        current = found.get(definition.term)
        if current is None or _better(definition, current):
            found[definition.term] = definition
    return dict(sorted(found.items(), key=lambda item: item[1].position))


def _better(candidate: Definition, current: Definition) -> bool:
    candidate_key = (STYLE_RANK[candidate.style], candidate.position)
    return candidate_key < (STYLE_RANK[current.style], current.position)


def _definitions_in_sentences(sentences: Sentences):
    for group in _quoted_term_groups(sentences.text):
        terms = [term for term, _, _ in group]
        group_start, group_end = group[0][1], group[-1][2]
        definition = (
            _means_definition(sentences, group_end)
            or _parenthetical_definition(sentences, group_start, group_end)
            or _named_definition(sentences, group_start)
        )
        if definition is None:
            continue
        style, text, position = definition
        for term in terms:
            yield Definition(term, text, style, position)


def _quoted_term_groups(document: str):
    """Runs of quoted terms joined by commas, "or" and "and": ``"Acme", "Provider" or "Licensor"``."""
    group: list[tuple[str, int, int]] = []
    for count, found in enumerate(_QUOTED_TERM.finditer(document)):
        if count == MAX_QUOTED_TERMS:
            break
        if not _stands_alone(document, found):
            continue
        term = _clean_term(found.group("double") or found.group("single") or found.group("bold"))
        joined = group and _JOINED_TO_NEXT_TERM.fullmatch(document, group[-1][2], found.start())
        if group and (term is None or not joined):
            yield group
            group = []
        if term is not None:
            group.append((term, found.start(), found.end()))
    if group:
        yield group


_SINGLE_QUOTES = (_QUOTED_TERM.groupindex["single_open"], _QUOTED_TERM.groupindex["single_close"])
_BOLD_MARKERS = (_QUOTED_TERM.groupindex["bold_open"], _QUOTED_TERM.groupindex["bold_close"])


def _stands_alone(document: str, found) -> bool:
    """A single quote is no apostrophe ("company's 'Services'"); bold markers are not inside a word."""
    opening, closing = _SINGLE_QUOTES  # google-re2's Match.start takes group numbers only
    if found.start(opening) >= 0:
        edges = (found.start(opening) - 1, found.end(closing))
        return not any(_char_at(document, edge).isalnum() for edge in edges)
    opening, closing = _BOLD_MARKERS
    if found.start(opening) >= 0:
        edges = (found.start(opening) - 1, found.end(closing))
        return not any(
            _char_at(document, edge).isalnum() or _char_at(document, edge) == "*" for edge in edges
        )
    return True


def _char_at(document: str, position: int) -> str:
    return document[position] if 0 <= position < len(document) else " "


def _clean_term(raw: str) -> str | None:
    term = _SPACES.sub(" ", raw.strip(" \t,.;:")).strip()
    if not term or not (term[0].isupper() or term[0].isdigit()):
        return None
    if len(term.split()) > MAX_TERM_WORDS or len(term) > MAX_TERM_CHARS:
        return None
    return term


def _means_definition(sentences: Sentences, after: int):
    document = sentences.text
    verb = _MEANS.match(document, after, after + 60)
    if verb is None:
        return None
    _, sentence_end = sentences.span(verb.end())
    text = _clean_definition(document[verb.end() : min(sentence_end, verb.end() + RAW_DEFINITION_CHARS)])
    return ("means", text, verb.end()) if text else None


def _parenthetical_definition(sentences: Sentences, group_start: int, group_end: int):
    document = sentences.text
    opening = document.rfind("(", max(0, group_start - 80), group_start)
    closing = document.find(")", group_end, group_end + 40)
    if opening < 0 or closing < 0:
        return None
    if ")" in document[opening:group_start] or "(" in document[group_end:closing]:
        return None
    inside = document[opening + 1 : closing]
    if not _PAREN_FILLER.match(_ANY_QUOTED.sub(" ", inside)):
        return None
    if _SECTION_REFERENCE_BEFORE.search(document, max(0, opening - 30), opening):
        return None
    sentence_start, _ = sentences.span(opening)
    # The thing defined ends at the parenthesis and starts after the previous one, if any.
    previous_marks = (document.rfind(mark, sentence_start, opening) + 1 for mark in ");:")
    defined_start = max(sentence_start, opening - RAW_DEFINITION_CHARS, *previous_marks)
    # "… the services offered by Bandcamp Ventures LLC ("Company")": a company's legal name.
    legal_name = _LEGAL_NAME_BEFORE.search(document, defined_start, opening)
    if legal_name:
        defined_start = legal_name.start()
    else:
        defined_start = noun_phrase_start(document, defined_start, opening)
    text = _clean_definition(document[defined_start:opening], keep_end=True)
    return ("parenthetical", text, defined_start) if text else None


def _named_definition(sentences: Sentences, group_start: int):
    document = sentences.text
    lookback_start = max(0, group_start - NAMING_LOOKBACK_CHARS)
    if _NAMED_BEFORE.search(document, lookback_start, group_start) is None:
        return None
    sentence_start, _ = sentences.span(group_start)
    phrase = _NAMED_BEFORE.search(document, max(sentence_start, lookback_start), group_start)
    if phrase is None:
        return None
    text = _clean_definition(document[sentence_start : phrase.start()], keep_end=True)
    if text:
        return ("named", text, sentence_start)
    # "We call these 'Materials'.": what "these" are is said in the sentence before.
    previous_last_char = sentence_start - 1
    while previous_last_char >= 0 and document[previous_last_char].isspace():
        previous_last_char -= 1
    if previous_last_char < 0:
        return None
    previous_start, previous_end = sentences.span(previous_last_char)
    text = _clean_definition(document[previous_start:previous_end])
    return ("named", text, previous_start) if text else None


def _definitions_in_sections(document: str):
    scanned_until = 0
    for heading in _SECTION_HEADING.finditer(document):
        if heading.start() < scanned_until:
            continue  # a heading inside a section already read (each line is read once)
        section_end = min(len(document), heading.end() + MAX_DEFINITIONS_SECTION_CHARS)
        definitions, scanned_until = _section_lines(document, heading.end(), section_end)
        yield from definitions


def _section_lines(document: str, start: int, end: int) -> tuple[list[Definition], int]:
    """The definitions on the lines after a Definitions heading, and where they stop."""
    found: list[Definition] = []
    misses = 0
    pending_term = None
    for line_match in _LINE.finditer(document, start, end):
        line = line_match.group().strip()
        position = line_match.start()
        if not line:
            continue
        if _NEXT_HEADING.match(line) and not _SECTION_LINE.match(line):
            return found, position
        line = _LIST_MARKER.sub("", line, count=1)
        entry = _TABLE_ROW.match(line) or _SECTION_LINE.match(line)
        term = _clean_term(entry.group("term")) if entry else None
        if term is not None:
            text = _clean_definition(_LEADING_MEANS.sub("", entry.group("definition").strip(" |")))
            if text and not _looks_like_a_title(text):
                found.append(Definition(term, text, "section", position))
                misses, pending_term = 0, None
                continue
        only_term = _TERM_ONLY_LINE.match(line)
        if only_term and not line.endswith(".") and _clean_term(only_term.group("term")):
            misses += pending_term is not None  # two term lines in a row: the first had no definition
            pending_term = _clean_term(only_term.group("term"))
        elif pending_term is not None and _STARTS_LIKE_A_DEFINITION.match(line):
            text = _clean_definition(_LEADING_MEANS.sub("", line))
            if text:
                found.append(Definition(pending_term, text, "section", position))
                misses, pending_term = 0, None
                continue
            misses += 1
        else:
            misses += 1
        if misses >= MAX_MISSES_IN_DEFINITIONS_SECTION:
            return found, line_match.end()
    return found, end


def _looks_like_a_title(text: str) -> bool:
    """A table-of-contents entry ("Annex B: Parachain Slot Auction Services") is no definition."""
    long_words = [word for word in text.split() if len(word) >= 4]
    return bool(long_words) and all(word[0].isupper() for word in long_words)


def _clean_definition(raw: str, *, keep_end: bool = False) -> str:
    """One line of plain text, without Markdown, cut at a word near the size limit."""
    text = _MARKUP.sub("", plain_text(raw)).strip(" ,;:")
    if keep_end:
        text = text.rstrip(" ,;:-–—")
        if len(text) > MAX_DEFINITION_CHARS:
            cut = text[-MAX_DEFINITION_CHARS:]
            return "…" + cut[cut.find(" ") + 1 :]
        return text
    if len(text) > MAX_DEFINITION_CHARS:
        cut = text[:MAX_DEFINITION_CHARS]
        return cut[: cut.rfind(" ")].rstrip(" ,;:") + "…"
    return text
