"""The document grade A–E: risk points per category at its worst severity, less good points.

    score = Σ over risky categories of weight(worst severity in it)  −  2 × (distinct good rules)
    weight: high 10, medium 4, low 1; score never below 0
    grade:  A score ≤ 4 and no high finding · B ≤ 12 · C ≤ 25 · D ≤ 45 · E above 45

Counting each category once (at its worst) keeps a long document that repeats one
clause from looking worse than a short one saying the same thing; the README shows
the formula to users.
"""

SEVERITY_WEIGHTS = {"high": 10, "medium": 4, "low": 1}
GOOD_RULE_POINTS = 2
GRADE_LIMITS = (("A", 4), ("B", 12), ("C", 25), ("D", 45))


def score(findings) -> int:
    """``findings``: (category, severity, rule) triples of every finding in the document."""
    worst_weight_by_category: dict[str, int] = {}
    good_rules = set()
    for category, severity, rule in findings:
        if severity == "good":
            good_rules.add(rule)
        weight = SEVERITY_WEIGHTS.get(severity, 0)
        if weight > worst_weight_by_category.get(category, 0):
            worst_weight_by_category[category] = weight
    return max(0, sum(worst_weight_by_category.values()) - GOOD_RULE_POINTS * len(good_rules))


def grade(points: int, has_high: bool) -> str:
    for letter, limit in GRADE_LIMITS:
        if points <= limit and not (letter == "A" and has_high):
            return letter
    return "E"
