"""The document summary: its kind (terms / privacy / cookies / other) and the A–E grade formula."""

import pytest
from clauselens.analysis.grading import grade, score
from clauselens.analysis.kind import document_kind

PRIVACY_TEXT = "We collect personal data. The controller is Acme. You may opt out of processing. " * 20
TERMS_TEXT = "These terms limit our liability. We may terminate this agreement. Arbitration applies. " * 20


@pytest.mark.parametrize(
    ("text", "title", "url", "kind"),
    [
        ("Anything at all.", "Cookie Policy", "", "cookies"),
        ("Anything at all.", "Privacy Notice | Acme", "", "privacy"),
        ("Anything at all.", "Terms of Service", "", "terms"),
        ("Anything at all.", "", "https://acme.example/legal/terms", "terms"),
        ("Terms of Use\n\nWelcome to Acme.", "", "", "terms"),
        (PRIVACY_TEXT, "", "", "privacy"),
        (TERMS_TEXT, "", "", "terms"),
        ("The weather is nice and the cat sleeps on the sofa all day long. " * 20, "", "", "other"),
    ],
)
def test_document_kind(text, title, url, kind):
    assert document_kind(text, title, url) == kind


def test_score_counts_each_category_once_at_its_worst():
    findings = [
        ("arbitration", "medium", "core/a1"),
        ("arbitration", "high", "core/a2"),
        ("arbitration", "high", "core/a2"),
        ("tracking", "low", "core/t1"),
        ("jurisdiction", "info", "core/j1"),
    ]
    assert score(findings) == 10 + 1


def test_good_rules_lower_the_score_but_never_below_zero():
    assert score([("tracking", "medium", "core/t"), ("data-sharing", "good", "core/g")]) == 4 - 2
    assert score([("data-sharing", "good", "core/g1"), ("ai-training", "good", "core/g2")]) == 0
    repeated_good = [("data-sharing", "good", "core/g")] * 5 + [("tracking", "high", "core/t")]
    assert score(repeated_good) == 10 - 2


@pytest.mark.parametrize(
    ("points", "has_high", "letter"),
    [(0, False, "A"), (4, False, "A"), (4, True, "B"), (12, True, "B"), (13, False, "C"), (25, False, "C"),
     (45, False, "D"), (46, False, "E")],
)  # fmt: skip
def test_grade_limits(points, has_high, letter):
    assert grade(points, has_high) == letter
