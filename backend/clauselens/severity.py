"""The severity scale shared by rules, findings, clauses and the summary (DESIGN §4)."""

SEVERITIES = ("good", "info", "low", "medium", "high")
"""Low to high risk; the position in this tuple is the rank."""

RISKY = frozenset({"low", "medium", "high"})

_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


def rank(severity: str) -> int:
    """Position of ``severity`` on the scale; higher means riskier."""
    return _RANK[severity]


def worst(severities) -> str:
    """The riskiest severity among ``severities`` (which must not be empty)."""
    return max(severities, key=rank)


def is_risky(severity: str) -> bool:
    return severity in RISKY
