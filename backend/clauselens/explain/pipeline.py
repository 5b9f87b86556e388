"""The Explain pipeline: a clause (and optionally its document's index) in, DESIGN §3's
explanation response out. Pure: no I/O, no logging of the texts."""

from ..analysis.analyze import finding
from ..engine.matcher import match_clause
from ..engine.pack import CompiledPack
from ..severity import worst
from ..text.offsets import Utf16Index
from .actions import actions_for
from .document_index import DocumentIndex
from .points import build_points
from .readability import flesch_kincaid_grade
from .summary import summarize
from .term_use import terms_used
from .vocabulary import TERM_GROUP, find_words

MAX_CLAUSE_CHARS = 5000
"""A clause is a sentence or a short passage; a longer selection is refused, not explained."""
MAX_DOCUMENT_TERMS = 10
MAX_GLOSSARY_TERMS = 8


def explain_clause(clause: str, packs: list[CompiledPack], index: DocumentIndex | None = None) -> dict:
    """The explanation of ``clause``; evidence and word offsets are UTF-16 offsets in the clause."""
    utf16 = Utf16Index(clause)
    findings = [finding(match, 0, clause, utf16) for match in match_clause(packs, clause)]
    defined = terms_used(clause, index.definitions, index.term_pattern)[:MAX_DOCUMENT_TERMS] if index else []
    # Where the document defines words ("Customer Content" means …), its definition wins over
    # what the word lists say about them in general.
    defined_spans = [span for _, span in defined]
    words = [
        hit
        for hit in find_words(clause)
        if all(hit.end <= start or hit.start >= end for start, end in defined_spans)
    ]
    points, point_details = build_points(clause, words)
    glossary = [hit.entry for hit in words if hit.entry.group == TERM_GROUP][:MAX_GLOSSARY_TERMS]
    categories = {found["category"] for found in findings}
    explanation = {
        "summary": summarize(clause, findings, [definition.term for definition, _ in defined]),
        "points": points,
        "terms": [
            *({"term": d.term, "definition": d.text, "source": "document"} for d, _ in defined),
            *({"term": entry.name, "definition": entry.meaning, "source": "glossary"} for entry in glossary),
        ],
        "actions": actions_for(clause, categories, index.action_sentences if index else ()),
        "point_details": point_details,
    }
    return {
        "clause": {
            "text": clause,
            "severity": worst(found["severity"] for found in findings) if findings else None,
            "findings": findings,
        },
        "explanation": explanation,
        "readability": {
            "clause_grade": flesch_kincaid_grade(clause),
            "explanation_grade": flesch_kincaid_grade(explanation_text(explanation)),
        },
        "packs": [{"id": pack.id, "version": pack.version} for pack in packs],
    }


def explanation_text(explanation: dict) -> str:
    """The words the explanation itself puts to the reader: summary, points, glossary meanings.

    Definitions quoted from the document and actions quoting it are the document's words,
    so they do not count towards the explanation's grade.
    """
    glossary = [term["definition"] for term in explanation["terms"] if term["source"] == "glossary"]
    return "\n".join([explanation["summary"], *explanation["points"], *glossary])
