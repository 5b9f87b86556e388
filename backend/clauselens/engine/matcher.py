"""Matching clauses against compiled packs: the RE2 set says which patterns occur, and only
the rules those patterns can trigger are evaluated."""

from dataclasses import dataclass

from .pack import CompiledPack, Rule

MAX_EVIDENCE_PER_PATTERN = 3


@dataclass(frozen=True, slots=True)
class Match:
    """A rule that holds for a clause, with evidence spans as code-point offsets in the clause."""

    pack: CompiledPack
    rule: Rule
    evidence: tuple[tuple[int, int], ...]


def pattern_hits(pack: CompiledPack, text: str) -> frozenset[int]:
    """Indices of the pack's patterns that occur in ``text`` (one pass of the RE2 set)."""
    return frozenset(pack.pattern_set.Match(text) or ())


def rules_holding(pack: CompiledPack, hits: frozenset[int]) -> list[int]:
    """Positions in ``pack.rules`` of the rules that hold when the patterns ``hits`` occur."""
    candidates: set[int] = set()
    for pattern in hits:
        candidates.update(pack.rules_by_pattern.get(pattern, ()))
    return [position for position in sorted(candidates) if pack.rules[position].condition.holds(hits)]


def match_clause(packs: list[CompiledPack], clause: str) -> list[Match]:
    """Every rule of ``packs`` that holds for ``clause``, in pack and rule order, with evidence."""
    matches = []
    for pack in packs:
        hits = pattern_hits(pack, clause)
        if not hits:
            continue
        for position in rules_holding(pack, hits):
            rule = pack.rules[position]
            matches.append(Match(pack, rule, _evidence(pack, rule, clause, hits)))
    return matches


def _evidence(pack: CompiledPack, rule: Rule, clause: str, hits: frozenset[int]):
    spans = set()
    for pattern in rule.condition.evidence_patterns(hits):
        for count, found in enumerate(pack.patterns[pattern].finditer(clause)):
            if count == MAX_EVIDENCE_PER_PATTERN:
                break
            if found.end() > found.start():
                spans.add(found.span())
    return tuple(_merge_overlapping(sorted(spans)))


def _merge_overlapping(spans):
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(span) for span in merged]
