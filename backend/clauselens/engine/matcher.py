"""Matching clauses against compiled packs: the literal prefilter names the candidate rules,
and each candidate is decided by searching only the patterns its condition asks about."""

from dataclasses import dataclass

from .pack import CompiledPack, Rule

MAX_EVIDENCE_PER_PATTERN = 3


@dataclass(frozen=True, slots=True)
class Match:
    """A rule that holds for a clause, with evidence spans as code-point offsets in the clause."""

    pack: CompiledPack
    rule: Rule
    evidence: tuple[tuple[int, int], ...]


def _occurrence_test(pack: CompiledPack, text: str, found: frozenset[int] | None = None):
    """A function telling whether a pattern of ``pack`` occurs in ``text``. A pattern with a
    requirement that no found trigger string meets (``found``: trigger indices) cannot
    occur; the others are searched once, when first asked. (A closure: it is called for
    every pattern a candidate rule asks about, so each call must be cheap.)"""
    answers: dict[int, bool] = {}
    requirements, patterns = pack.pattern_triggers, pack.patterns
    encoded = text.encode("utf-8", "surrogatepass")

    def occurs(pattern: int) -> bool:
        answer = answers.get(pattern)
        if answer is None:
            answer = True
            if found is not None:
                for group in requirements[pattern]:
                    if group.isdisjoint(found):
                        answer = False
                        break
            if answer:
                answer = patterns[pattern].occurs_in(encoded)
            answers[pattern] = answer
        return answer

    return occurs


def found_triggers(pack: CompiledPack, text: str) -> frozenset[int]:
    """Indices of the trigger strings that occur in ``text`` (one pass of the literal set)."""
    if pack.trigger_set is None:
        return frozenset()
    return frozenset(pack.trigger_set.Match(text) or ())


def candidate_rules(pack: CompiledPack, found: frozenset[int]) -> list[int]:
    """Positions of the rules each of whose required groups has a string among ``found``:
    no other rule can hold."""
    candidates = set(pack.unfiltered_rules)
    for trigger in found & pack.key_triggers:
        candidates.update(pack.rules_by_key[trigger])
    chosen = []
    for position in sorted(candidates):
        for group in pack.other_groups[position]:
            if group.isdisjoint(found):
                break
        else:
            chosen.append(position)
    return chosen


def rule_holds(pack: CompiledPack, rule: Rule, text: str) -> bool:
    """Whether ``rule`` of ``pack`` holds for ``text``, searching its patterns one by one
    (no prefilter: what `pack test` and the prefilter's own tests compare against)."""
    return rule.condition.holds(_occurrence_test(pack, text))


def match_clause(packs: list[CompiledPack], clause: str) -> list[Match]:
    """Every rule of ``packs`` that holds for ``clause``, in pack and rule order, with evidence."""
    matches = []
    for pack in packs:
        found = found_triggers(pack, clause)
        candidates = candidate_rules(pack, found)
        if not candidates:
            continue
        occurs = _occurrence_test(pack, clause, found)
        for position in candidates:
            rule = pack.rules[position]
            if rule.condition.holds(occurs):
                matches.append(Match(pack, rule, _evidence(pack, rule, clause, occurs)))
    return matches


def _evidence(pack: CompiledPack, rule: Rule, clause: str, occurs):
    spans = set()
    for pattern in rule.condition.evidence_patterns(occurs):
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
