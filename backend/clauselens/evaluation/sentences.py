"""Sentence-level scoring on a LexGLUE UNFAIR-ToS split, exactly as LexGLUE scores it.

Each sentence has a gold and a predicted set of the eight labels. LexGLUE adds a 9th
column, "no unfair clause", that is 1 when the set is empty, and takes micro- and
macro-F1 over the 9 columns (scikit-learn, zero_division=0). Since predicting nothing
already scores well on that column, the positive-only figures over the eight labels
are given as well, with a confusion listing of gold against predicted columns.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..analysis.analyze import analyze_text
from .inputs import EvaluationInputError, read_text
from .labels import CATEGORY_OF_LABEL, LABEL_NAMES, LABEL_OF_CATEGORY, risky_categories, risky_rules
from .metrics import Counts, f1_score

NONE_COLUMN = len(LABEL_NAMES)
"""Index of the 9th column ("no unfair clause")."""

COLUMNS = len(LABEL_NAMES) + 1


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    text: str
    labels: frozenset[int]
    company: str
    source: str  # "file:line", for error listings


@dataclass(frozen=True, slots=True)
class SentencePrediction:
    sentence: LabelledSentence
    labels: frozenset[int]
    findings: tuple  # every finding of every clause of the sentence, as the analysis gives them


@dataclass
class SentenceScores:
    sentences: int = 0
    sentences_with_label: int = 0
    columns: list[Counts] = field(default_factory=lambda: [Counts() for _ in range(COLUMNS)])
    confusion: list[list[int]] = field(default_factory=lambda: [[0] * COLUMNS for _ in range(COLUMNS)])
    errors: list[dict] = field(default_factory=list)

    @property
    def micro_f1(self) -> float:
        return _pooled_f1(self.columns)

    @property
    def macro_f1(self) -> float:
        return sum(column.f1 for column in self.columns) / len(self.columns)

    @property
    def positive_micro_f1(self) -> float:
        return _pooled_f1(self.columns[:NONE_COLUMN])

    @property
    def positive_macro_f1(self) -> float:
        return sum(column.f1 for column in self.columns[:NONE_COLUMN]) / NONE_COLUMN


def read_sentences(path: Path) -> list[LabelledSentence]:
    """The sentences of a LexGLUE-format .jsonl file ({"text", "labels": [ids], "company"?})."""
    sentences = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise EvaluationInputError(f"{where}: not a JSON line") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise EvaluationInputError(f'{where}: each line needs a "text" string')
        labels = record.get("labels")
        if not isinstance(labels, list) or not all(
            isinstance(label, int) and 0 <= label < NONE_COLUMN for label in labels
        ):
            raise EvaluationInputError(f'{where}: "labels" must be a list of label ids 0–{NONE_COLUMN - 1}')
        company = record.get("company") if isinstance(record.get("company"), str) else ""
        sentences.append(LabelledSentence(record["text"], frozenset(labels), company, where))
    return sentences


def predict_sentences(sentences: list[LabelledSentence], packs) -> list[SentencePrediction]:
    """Each sentence analysed on its own; a label is predicted when a risky finding has its category."""
    predictions = []
    for sentence in sentences:
        analysis = analyze_text(sentence.text, packs)
        findings = tuple(finding for clause in analysis["clauses"] for finding in clause["findings"])
        labels = frozenset(LABEL_OF_CATEGORY[category] for category in risky_categories(findings))
        predictions.append(SentencePrediction(sentence, labels, findings))
    return predictions


def score_sentences(predictions: list[SentencePrediction]) -> SentenceScores:
    scores = SentenceScores()
    for prediction in predictions:
        gold_columns = _columns(prediction.sentence.labels)
        predicted_columns = _columns(prediction.labels)
        scores.sentences += 1
        scores.sentences_with_label += bool(prediction.sentence.labels)
        for column in range(COLUMNS):
            counts = scores.columns[column]
            if column in gold_columns and column in predicted_columns:
                counts.true_positives += 1
            elif column in predicted_columns:
                counts.false_positives += 1
            elif column in gold_columns:
                counts.false_negatives += 1
        for gold in gold_columns:
            for predicted in predicted_columns:
                scores.confusion[gold][predicted] += 1
        scores.errors.extend(_errors(prediction))
    return scores


def _columns(labels: frozenset[int]) -> frozenset[int]:
    return labels if labels else frozenset({NONE_COLUMN})


def _pooled_f1(columns: list[Counts]) -> float:
    return f1_score(
        sum(column.true_positives for column in columns),
        sum(column.false_positives for column in columns),
        sum(column.false_negatives for column in columns),
    )


def _errors(prediction: SentencePrediction):
    sentence = prediction.sentence
    for label in sorted(prediction.labels - sentence.labels):
        category = CATEGORY_OF_LABEL[label]
        yield {
            "level": "sentence",
            "kind": "false_positive",
            "category": category,
            "source": sentence.source,
            "company": sentence.company,
            "gold": [CATEGORY_OF_LABEL[gold] for gold in sorted(sentence.labels)],
            "rules": risky_rules(prediction.findings, category),
            "text": sentence.text.strip(),
        }
    for label in sorted(sentence.labels - prediction.labels):
        yield {
            "level": "sentence",
            "kind": "false_negative",
            "category": CATEGORY_OF_LABEL[label],
            "source": sentence.source,
            "company": sentence.company,
            "predicted": [CATEGORY_OF_LABEL[predicted] for predicted in sorted(prediction.labels)],
            "rules": [],
            "text": sentence.text.strip(),
        }
