"""The readable terminal report of an analysis (`clauselens analyze --format text`)."""

import textwrap

from ..severity import SEVERITIES

CLAUSE_PREVIEW_CHARS = 300
_ORDER = {severity: rank for rank, severity in enumerate(reversed(SEVERITIES))}


def text_report(analysis: dict, source: str) -> str:
    document, summary = analysis["document"], analysis["summary"]
    counts = " · ".join(f"{severity} {summary['counts'][severity]}" for severity in reversed(SEVERITIES))
    packs = ", ".join(f"{pack['id']}@{pack['version']}" for pack in analysis["packs"])
    lines = [
        f"{document['title'] or source}",
        f"kind {document['kind']} · grade {summary['grade']} (score {summary['score']}) · "
        f"{document['clauses']} clauses, {len(analysis['clauses'])} flagged · packs {packs}",
        counts,
    ]
    for clause in sorted(analysis["clauses"], key=lambda c: (_ORDER[c["severity"]], c["start"])):
        lines.append("")
        for finding in clause["findings"]:
            lines.append(f"{finding['severity'].upper():<7}{finding['title']}  [{finding['category']}]")
            lines.append(f"{'':7}{finding['rule']} — {finding['summary']}")
        preview = " ".join(clause["text"].split())
        if len(preview) > CLAUSE_PREVIEW_CHARS:
            preview = preview[: CLAUSE_PREVIEW_CHARS - 1] + "…"
        lines.extend(
            textwrap.wrap(f"“{preview}”", width=92, initial_indent=" " * 7, subsequent_indent=" " * 8)
        )
        lines.append(f"{'':7}({clause['id']}, characters {clause['start']}–{clause['end']})")
    return "\n".join(lines)
