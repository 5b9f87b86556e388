"""A validated pack document compiled into rules, RE2 patterns and a literal prefilter."""

from dataclasses import dataclass, replace

from .conditions import Condition
from .deciders import Decider, compile_decider
from .patterns import PatternError, compile_literal_set, compile_pattern
from .prefilter import condition_requirements, pattern_requirements, selectivity, worth_checking
from .problems import PackError, PackProblem


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    severity: str
    title: str
    summary: str
    explanation: str
    condition: Condition
    examples_match: tuple[str, ...]
    examples_no_match: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CompiledPack:
    """A pack ready to match: its rules, its distinct patterns, and the prefilter.

    ``trigger_set`` is one RE2 set of literal strings. A rule can hold in a clause only if,
    for each of its requirements (sets of trigger indices), one of the set's strings occurs
    there. The rarest requirement of each rule is its key: ``rules_by_key`` maps each string
    of ``key_triggers`` to the rules it is a key for; ``unfiltered_rules`` have no
    requirement at all. ``deciders`` holds each rule's condition compiled with the rule's
    other requirements and its patterns' own (:mod:`.deciders`).
    """

    id: str
    version: str
    title: str
    description: str
    rules: tuple[Rule, ...]
    patterns: tuple  # compiled RE2 patterns, indexed as in the rules' conditions
    trigger_set: object | None
    key_triggers: frozenset[int]
    rules_by_key: dict[int, tuple[int, ...]]
    unfiltered_rules: tuple[int, ...]
    pattern_triggers: tuple[tuple[frozenset[int], ...], ...]  # pattern -> its requirements
    deciders: tuple[Decider, ...]  # rule position -> its compiled condition
    document: dict  # the validated pack document, as published

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"


def compile_pack(document: dict) -> CompiledPack:
    """Compile a pack document that passed :class:`PackSchema`; every RE2 refusal is reported."""
    pack_id = document["id"]
    case_sensitive = document.get("case_sensitive", False)
    pattern_index: dict[str, int] = {}
    compiled_patterns: list = []
    problems: list[PackProblem] = []

    def condition_of(raw: dict, rule_id: str, field: str) -> Condition:
        parts = {}
        for key in ("all", "any", "none"):
            items = []
            for position, item in enumerate(raw.get(key, ())):
                where = f"{field}.{key}[{position}]"
                if isinstance(item, dict):
                    items.append(condition_of(item, rule_id, where))
                    continue
                if item not in pattern_index:
                    try:
                        compiled_patterns.append(compile_pattern(item, case_sensitive))
                    except PatternError as refused:
                        problems.append(PackProblem(pack_id, where, f"{refused} (pattern: {item})", rule_id))
                        continue
                    pattern_index[item] = len(compiled_patterns) - 1
                items.append(pattern_index[item])
            parts[key] = tuple(items)
        return Condition(**parts)

    rules = []
    for raw_rule in document["rules"]:
        condition = condition_of(raw_rule["match"], raw_rule["id"], "match")
        if not condition.needs_a_hit():
            problems.append(
                PackProblem(
                    pack_id,
                    "match",
                    "the condition must require at least one pattern under all or any; "
                    "a condition that holds without any pattern would flag every sentence",
                    raw_rule["id"],
                )
            )
        rules.append(
            Rule(
                id=raw_rule["id"],
                category=raw_rule["category"],
                severity=raw_rule["severity"],
                title=raw_rule["title"],
                summary=raw_rule["summary"],
                explanation=raw_rule.get("explanation") or raw_rule["summary"],
                condition=condition,
                examples_match=tuple(raw_rule["examples"]["match"]),
                examples_no_match=tuple(raw_rule["examples"]["no_match"]),
            )
        )
    if problems:
        raise PackError(problems)

    per_pattern = [worth_checking(pattern_requirements(pattern)) for pattern in pattern_index]
    rules = [replace(rule, condition=_most_selective_first(rule.condition, per_pattern)) for rule in rules]
    prefilter = _prefilter(rules, per_pattern)
    return CompiledPack(
        id=pack_id,
        version=document["version"],
        title=document["title"],
        description=document.get("description", ""),
        rules=tuple(rules),
        patterns=tuple(compiled_patterns),
        trigger_set=compile_literal_set(prefilter.strings) if prefilter.strings else None,
        key_triggers=frozenset(prefilter.rules_by_key),
        rules_by_key=prefilter.rules_by_key,
        unfiltered_rules=prefilter.unfiltered_rules,
        pattern_triggers=prefilter.pattern_triggers,
        deciders=tuple(
            compile_decider(rule.condition, prefilter.pattern_triggers, f"{pack_id}/{rule.id}", other_groups)
            for rule, other_groups in zip(rules, prefilter.other_groups, strict=True)
        ),
        document=document,
    )


def _most_selective_first(condition: Condition, per_pattern: list) -> Condition:
    """The same condition with its ``all`` items reordered so the rarest is asked first."""

    def rarity(item) -> float:
        groups = per_pattern[item] if isinstance(item, int) else condition_requirements(item, per_pattern)
        return selectivity(groups[0]) if groups else float("-inf")

    def ordered(items):
        nested = (
            item if isinstance(item, int) else _most_selective_first(item, per_pattern) for item in items
        )
        return tuple(sorted(nested, key=lambda item: -rarity(item)))

    return Condition(all=ordered(condition.all), any=condition.any, none=condition.none)


@dataclass(frozen=True, slots=True)
class _Prefilter:
    strings: list[str]  # the trigger strings: every string some pattern requires
    rules_by_key: dict[int, tuple[int, ...]]
    other_groups: tuple[tuple[frozenset[int], ...], ...]
    unfiltered_rules: tuple[int, ...]
    pattern_triggers: tuple[tuple[frozenset[int], ...], ...]


def _prefilter(rules: list[Rule], per_pattern: list) -> _Prefilter:
    """The requirements of rules and patterns as indices into one list of trigger strings."""
    requirements = [condition_requirements(rule.condition, per_pattern) for rule in rules]
    strings = sorted({string for groups in per_pattern for group in groups for string in group})
    index = {string: position for position, string in enumerate(strings)}

    def as_indices(groups):
        return tuple(frozenset(index[string] for string in group) for group in groups)

    rules_by_key: dict[int, list[int]] = {}
    for position, groups in enumerate(requirements):
        for string in groups[0] if groups else ():
            rules_by_key.setdefault(index[string], []).append(position)
    return _Prefilter(
        strings=strings,
        rules_by_key={trigger: tuple(found) for trigger, found in rules_by_key.items()},
        other_groups=tuple(as_indices(groups[1:]) for groups in requirements),
        unfiltered_rules=tuple(position for position, groups in enumerate(requirements) if not groups),
        pattern_triggers=tuple(as_indices(groups) for groups in per_pattern),
    )
