"""The analysis pipeline: segment the text, match every clause, build the DESIGN §3 response."""

import functools
import hashlib

from ..engine.matcher import Match, match_clause
from ..engine.pack import CompiledPack
from ..severity import SEVERITIES, is_risky, worst
from ..text.headings import is_heading
from ..text.offsets import Utf16Index, text_quote
from ..text.segment import Segmenter
from .grading import grade, score
from .kind import document_kind


@functools.cache
def default_segmenter() -> Segmenter:
    return Segmenter()


def analyze_text(
    text: str,
    packs: list[CompiledPack],
    *,
    title: str = "",
    url: str = "",
    segmenter: Segmenter | None = None,
) -> dict:
    """The analysis of ``text``: its flagged clauses with UTF-16 positions, summary and packs."""
    segmenter = segmenter or default_segmenter()
    clause_spans = segmenter.spans(text)
    utf16 = Utf16Index(text)
    clauses = []
    for number, (start, end) in enumerate(clause_spans):
        if is_heading(text, start, end):
            continue  # the section's sentences carry its findings
        matches = match_clause(packs, text[start:end])
        if matches:
            clauses.append(_clause(text, utf16, f"c{number}", (start, end), matches))
    return {
        "document": {
            "title": title,
            "url": url,
            "kind": document_kind(text, title, url),
            "chars": utf16.length,
            "clauses": len(clause_spans),
            "sha256": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        },
        "summary": summarize(clauses),
        "clauses": clauses,
        "packs": [{"id": pack.id, "version": pack.version} for pack in packs],
    }


def finding(match: Match, clause_start: int, text: str, utf16: Utf16Index) -> dict:
    """One finding as the API shows it; evidence offsets are UTF-16 offsets in the document."""
    rule = match.rule
    evidence = []
    for relative_start, relative_end in match.evidence:
        start, end = clause_start + relative_start, clause_start + relative_end
        evidence.append({"start": utf16.to_utf16(start), "end": utf16.to_utf16(end), "text": text[start:end]})
    return {
        "rule": f"{match.pack.id}/{rule.id}",
        "pack": match.pack.ref,
        "category": rule.category,
        "severity": rule.severity,
        "title": rule.title,
        "summary": rule.summary,
        "evidence": evidence,
    }


def summarize(clauses: list[dict]) -> dict:
    counts = dict.fromkeys(reversed(SEVERITIES), 0)
    findings = []
    for clause in clauses:
        counts[clause["severity"]] += 1
        findings.extend((f["category"], f["severity"], f["rule"]) for f in clause["findings"])
    points = score(findings)
    has_high = any(severity == "high" for _, severity, _ in findings)
    return {"grade": grade(points, has_high), "score": points, "counts": counts}


def _clause(text: str, utf16: Utf16Index, clause_id: str, span: tuple[int, int], matches) -> dict:
    start, end = span
    findings = [finding(match, start, text, utf16) for match in matches]
    return {
        "id": clause_id,
        "start": utf16.to_utf16(start),
        "end": utf16.to_utf16(end),
        "text": text[start:end],
        "quote": text_quote(text, start, end),
        "severity": worst(f["severity"] for f in findings),
        "findings": findings,
        "risky": any(is_risky(f["severity"]) for f in findings),
    }
