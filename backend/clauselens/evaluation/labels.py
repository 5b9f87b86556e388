"""The eight CLAUDETTE / LexGLUE labels, their clauselens categories, and what an analysis predicts."""

from ..categories import CLAUDETTE_CATEGORIES
from ..severity import is_risky

LABEL_NAMES = (
    "Limitation of liability",
    "Unilateral termination",
    "Unilateral change",
    "Content removal",
    "Contract by using",
    "Choice of law",
    "Jurisdiction",
    "Arbitration",
)
"""LexGLUE's label names, in its label-id order (id = position)."""

NO_UNFAIR_CLAUSE = "no unfair clause"
"""The 9th column LexGLUE adds: 1 when a sentence has none of the eight labels."""

CATEGORY_OF_LABEL = dict(enumerate(CLAUDETTE_CATEGORIES))
LABEL_OF_CATEGORY = {category: label for label, category in CATEGORY_OF_LABEL.items()}

TAG_CATEGORIES = {
    "a": "arbitration",
    "ch": "unilateral-change",
    "cr": "content-removal",
    "j": "jurisdiction",
    "law": "governing-law",
    "ltd": "limitation-of-liability",
    "ter": "unilateral-termination",
    "use": "contract-by-using",
}
"""The tag names of the tagged CLAUDETTE documents (<ltd2>…</ltd2>) and their categories."""


def risky_categories(findings) -> set[str]:
    """The CLAUDETTE categories for which ``findings`` hold a risky (low/medium/high) finding."""
    return {
        finding["category"]
        for finding in findings
        if finding["category"] in LABEL_OF_CATEGORY and is_risky(finding["severity"])
    }


def risky_rules(findings, category: str) -> list[str]:
    """The rules behind the risky findings of ``category``, for error listings."""
    return sorted(
        {
            finding["rule"]
            for finding in findings
            if finding["category"] == category and is_risky(finding["severity"])
        }
    )
