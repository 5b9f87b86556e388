"""Matching clauses against compiled packs: the literal prefilter names the candidate rules,
and each candidate is decided by searching only the patterns its condition asks about."""

from dataclasses import dataclass

from .pack import CompiledPack, Rule

MAX_EVIDENCE_PER_PATTERN = 3

# Pages put no-break and other Unicode spaces between words (&nbsp;), and RE2's \s is ASCII only.
# Each becomes a plain space before matching: one code point for one, so no offset moves.
_UNICODE_SPACES = str.maketrans(
    dict.fromkeys(
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
        "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f"
        "\u205f\u3000",
        " ",
    )
)


@dataclass(frozen=True, slots=True)
class Match:
    """A rule that holds for a clause, with evidence spans as code-point offsets in the clause."""

    pack: CompiledPack
    rule: Rule
    evidence: tuple[tuple[int, int], ...]


def _cached_search(pack: CompiledPack, encoded: bytes):
    """A function searching a pattern of ``pack`` in ``encoded`` (a clause as UTF-8) once,
    however often it is asked."""
    answers: dict[int, bool] = {}
    patterns = pack.patterns

    def search(pattern: int) -> bool:
        answer = answers.get(pattern)
        if answer is None:
            answer = answers[pattern] = patterns[pattern].occurs_in(encoded)
        return answer

    return search


def _occurrence_test(pack: CompiledPack, search, found: frozenset[int] | None = None):
    """A function telling whether a pattern of ``pack`` occurs: a pattern with a requirement
    that no found trigger string meets (``found``: trigger indices) cannot; the others are
    asked of ``search``."""
    requirements = pack.pattern_triggers

    def occurs(pattern: int) -> bool:
        if found is not None:
            for group in requirements[pattern]:
                if group.isdisjoint(found):
                    return False
        return search(pattern)

    return occurs


def found_triggers(pack: CompiledPack, encoded: bytes) -> frozenset[int]:
    """Indices of the trigger strings that occur in ``encoded``, a clause as UTF-8 (one pass
    of the literal set)."""
    if pack.trigger_set is None:
        return frozenset()
    return frozenset(pack.trigger_set.Match(encoded))


def candidate_rules(pack: CompiledPack, found: frozenset[int]) -> list[int]:
    """Positions of the rules whose rarest requirement (their key) has a string among
    ``found``, and of those with no requirement: no other rule can hold. (Each rule's
    decider checks its other requirements first.)"""
    if not found:
        return list(pack.unfiltered_rules)
    candidates = set(pack.unfiltered_rules)
    for trigger in found & pack.key_triggers:
        candidates.update(pack.rules_by_key[trigger])
    return sorted(candidates)


def rule_holds(pack: CompiledPack, rule: Rule, text: str) -> bool:
    """Whether ``rule`` of ``pack`` holds for ``text``, searching its patterns one by one
    (no prefilter: what `pack test` and the prefilter's own tests compare against)."""
    return rule.condition.holds(_occurrence_test(pack, _cached_search(pack, utf8(plain_spaces(text)))))


def match_clause(packs: list[CompiledPack], clause: str) -> list[Match]:
    """Every rule of ``packs`` that holds for ``clause``, in pack and rule order, with evidence."""
    matches = []
    clause = plain_spaces(clause)
    encoded = utf8(clause)
    for pack in packs:
        found = found_triggers(pack, encoded)
        candidates = candidate_rules(pack, found)
        if not candidates:
            continue
        search = _cached_search(pack, encoded)
        for position in candidates:
            if pack.deciders[position](found.isdisjoint, search):
                rule = pack.rules[position]
                occurs = _occurrence_test(pack, search, found)
                matches.append(Match(pack, rule, _evidence(pack, rule, clause, encoded, occurs)))
    return matches


def plain_spaces(text: str) -> str:
    """``text`` with every Unicode space separator made an ASCII space (same length, same offsets)."""
    return text.translate(_UNICODE_SPACES)


def utf8(text: str) -> bytes:
    """``text`` as RE2 reads it (lone surrogates from a page's UTF-16 are kept, not refused)."""
    return text.encode("utf-8", "surrogatepass")


def _evidence(pack: CompiledPack, rule: Rule, clause: str, encoded: bytes, occurs):
    spans = set()
    for pattern in rule.condition.evidence_patterns(occurs):
        spans.update(pack.patterns[pattern].spans(clause, encoded, MAX_EVIDENCE_PER_PATTERN))
    return tuple(_merge_overlapping(sorted(spans)))


def _merge_overlapping(spans):
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(span) for span in merged]
