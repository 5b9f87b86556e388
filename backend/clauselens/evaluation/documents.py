"""Document-level scoring: the clauses the analysis flags in a whole document against gold spans.

Per category, over all documents together:
  precision = share of the clauses flagged risky in that category that overlap a gold span of it;
  recall    = share of the gold spans of that category overlapped by a clause flagged in it.
F1 is their harmonic mean (0 when both are 0). A category with neither gold spans nor
flagged clauses has no F1 and stays out of the macro-F1 over the eight categories.
"""

from dataclasses import dataclass, field

from ..analysis.analyze import analyze_text
from ..categories import CLAUDETTE_CATEGORIES
from ..text.offsets import Utf16Index
from .labels import risky_categories, risky_rules
from .metrics import harmonic_mean
from .tagged import TaggedDocument


@dataclass(slots=True)
class CategoryCounts:
    flagged: int = 0  # clauses flagged risky in the category
    flagged_on_gold: int = 0  # of those, the ones overlapping a gold span of the category
    gold: int = 0  # gold spans of the category
    gold_found: int = 0  # of those, the ones overlapped by a flagged clause of the category

    @property
    def scored(self) -> bool:
        return bool(self.flagged or self.gold)

    @property
    def precision(self) -> float:
        return self.flagged_on_gold / self.flagged if self.flagged else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float | None:
        return harmonic_mean(self.precision, self.recall) if self.scored else None

    def as_dict(self) -> dict:
        return {
            "flagged": self.flagged,
            "flagged_on_gold": self.flagged_on_gold,
            "gold": self.gold,
            "gold_found": self.gold_found,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class DocumentScores:
    documents: list[str] = field(default_factory=list)
    stray_tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    categories: dict[str, CategoryCounts] = field(
        default_factory=lambda: {category: CategoryCounts() for category in CLAUDETTE_CATEGORIES}
    )
    errors: list[dict] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        scored = [counts.f1 for counts in self.categories.values() if counts.f1 is not None]
        return sum(scored) / len(scored) if scored else 0.0


def score_documents(documents: list[TaggedDocument], packs) -> DocumentScores:
    scores = DocumentScores()
    for document in documents:
        scores.documents.append(document.name)
        if document.stray_tags:
            scores.stray_tags[document.name] = document.stray_tags
        _score_document(document, packs, scores)
    return scores


def _score_document(document: TaggedDocument, packs, scores: DocumentScores) -> None:
    analysis = analyze_text(document.text, packs)
    utf16 = Utf16Index(document.text)
    gold_spans = [
        (span.category, utf16.to_utf16(span.start), utf16.to_utf16(span.end), span)
        for span in document.gold_spans
    ]
    for category, counts in scores.categories.items():
        flagged = [c for c in analysis["clauses"] if category in risky_categories(c["findings"])]
        gold = [
            (start, end, span) for gold_category, start, end, span in gold_spans if gold_category == category
        ]
        counts.flagged += len(flagged)
        counts.gold += len(gold)
        for clause in flagged:
            if any(_overlap(clause["start"], clause["end"], start, end) for start, end, _ in gold):
                counts.flagged_on_gold += 1
            else:
                scores.errors.append(
                    _error("false_positive", category, document.name, clause["text"], clause["start"])
                    | {"rules": risky_rules(clause["findings"], category)}
                )
        for start, end, span in gold:
            if any(_overlap(clause["start"], clause["end"], start, end) for clause in flagged):
                counts.gold_found += 1
            else:
                text = document.text[span.start : span.end]
                scores.errors.append(
                    _error("false_negative", category, document.name, text, start)
                    | {"gold_level": span.level}
                )


def _overlap(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def _error(kind: str, category: str, document: str, text: str, start: int) -> dict:
    return {
        "level": "document",
        "kind": kind,
        "category": category,
        "source": f"{document}@{start}",
        "text": " ".join(text.split()),
    }
