"""Evaluation results as a readable table, as JSON, and as a listing of the errors to review."""

from ..categories import CLAUDETTE_CATEGORIES
from .documents import DocumentScores
from .labels import LABEL_NAMES, NO_UNFAIR_CLAUSE
from .sentences import SentenceScores

COLUMN_NAMES = (*LABEL_NAMES, NO_UNFAIR_CLAUSE)
SHORT_NAMES = ("ltd", "ter", "ch", "cr", "use", "law", "j", "a", "none")
"""Column heads of the confusion listing, in label order (the tag names of the documents)."""

ERROR_PREVIEW_CHARS = 400


def as_json(sentences: SentenceScores | None, documents: DocumentScores | None) -> dict:
    """Every figure as a fraction in [0, 1] (the table shows sentence-level F1 ×100 like LexGLUE)."""
    result = {}
    if sentences is not None:
        result["sentences"] = {
            "sentences": sentences.sentences,
            "sentences_with_label": sentences.sentences_with_label,
            "micro_f1": sentences.micro_f1,
            "macro_f1": sentences.macro_f1,
            "positive_micro_f1": sentences.positive_micro_f1,
            "positive_macro_f1": sentences.positive_macro_f1,
            "labels": {
                name: counts.as_dict() for name, counts in zip(COLUMN_NAMES, sentences.columns, strict=True)
            },
            "confusion": {
                gold: dict(zip(COLUMN_NAMES, row, strict=True))
                for gold, row in zip(COLUMN_NAMES, sentences.confusion, strict=True)
            },
        }
    if documents is not None:
        result["documents"] = {
            "documents": documents.documents,
            "stray_tags": {name: list(tags) for name, tags in documents.stray_tags.items()},
            "macro_f1": documents.macro_f1,
            "categories": {category: counts.as_dict() for category, counts in documents.categories.items()},
        }
    return result


def sentence_table(scores: SentenceScores, source: str) -> str:
    lines = [
        f"Sentence level: {source} "
        f"({scores.sentences} sentences, {scores.sentences_with_label} with a label)",
        f"LexGLUE (9 columns): micro-F1 {100 * scores.micro_f1:.1f}   macro-F1 {100 * scores.macro_f1:.1f}",
        f"8 labels only:       micro-F1 {100 * scores.positive_micro_f1:.1f}   "
        f"macro-F1 {100 * scores.positive_macro_f1:.1f}",
        "",
        f"{'label':<26}{'gold':>6}{'pred':>6}{'TP':>6}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for name, counts in zip(COLUMN_NAMES, scores.columns, strict=True):
        gold = counts.true_positives + counts.false_negatives
        predicted = counts.true_positives + counts.false_positives
        lines.append(
            f"{name:<26}{gold:>6}{predicted:>6}{counts.true_positives:>6}"
            f"{100 * counts.precision:>8.1f}{100 * counts.recall:>8.1f}{100 * counts.f1:>8.1f}"
        )
    lines += [
        "",
        "Confusion (rows: gold, columns: predicted; a sentence counts once per pair of its columns)",
    ]
    lines.append(f"{'':>6}" + "".join(f"{short:>6}" for short in SHORT_NAMES))
    for short, row in zip(SHORT_NAMES, scores.confusion, strict=True):
        lines.append(f"{short:>6}" + "".join(f"{count:>6}" for count in row))
    return "\n".join(lines)


def document_table(scores: DocumentScores) -> str:
    lines = [
        f"Document level: {len(scores.documents)} tagged documents "
        f"(gold = levels 2–3; a flagged clause is correct when it overlaps a gold span of its category)",
        f"macro-F1 over the categories: {scores.macro_f1:.3f}",
        "",
        f"{'category':<26}{'gold':>6}{'found':>7}{'flagged':>9}{'on gold':>9}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for category in CLAUDETTE_CATEGORIES:
        counts = scores.categories[category]
        f1 = "—" if counts.f1 is None else f"{counts.f1:.3f}"
        lines.append(
            f"{category:<26}{counts.gold:>6}{counts.gold_found:>7}{counts.flagged:>9}{counts.flagged_on_gold:>9}"
            f"{counts.precision:>7.3f}{counts.recall:>7.3f}{f1:>7}"
        )
    for name, tags in sorted(scores.stray_tags.items()):
        lines.append(f"(ignored stray tags in {name}: {', '.join(tags)})")
    return "\n".join(lines)


def error_listing(errors: list[dict]) -> str:
    """False positives then false negatives, grouped by category, each with its text."""
    lines = []
    for kind, heading in (("false_positive", "False positives"), ("false_negative", "False negatives")):
        chosen = sorted((e for e in errors if e["kind"] == kind), key=lambda e: (e["level"], e["category"]))
        lines.append(f"## {heading} ({len(chosen)})")
        for error in chosen:
            rules = f" {', '.join(error['rules'])}" if error.get("rules") else ""
            text = error["text"]
            if len(text) > ERROR_PREVIEW_CHARS:
                text = text[: ERROR_PREVIEW_CHARS - 1] + "…"
            lines.append(f"- [{error['level']} {error['category']}] {error['source']}{rules}")
            lines.append(f"  {text}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
