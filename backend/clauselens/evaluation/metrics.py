"""Precision, recall and F1 from counts, with scikit-learn's zero_division=0 convention."""

from dataclasses import dataclass


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one label or category."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        actual = self.true_positives + self.false_negatives
        return self.true_positives / actual if actual else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.true_positives, self.false_positives, self.false_negatives)

    def as_dict(self) -> dict:
        return {
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def f1_score(true_positives: int, false_positives: int, false_negatives: int) -> float:
    """2·TP / (2·TP + FP + FN); 0 when there is nothing to count (scikit-learn, zero_division=0)."""
    denominator = 2 * true_positives + false_positives + false_negatives
    return 2 * true_positives / denominator if denominator else 0.0


def harmonic_mean(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
