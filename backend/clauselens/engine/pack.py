"""A validated pack document compiled into rules, RE2 patterns and a literal prefilter."""

from dataclasses import dataclass

from .conditions import Condition
from .patterns import PatternError, compile_literal_set, compile_pattern
from .prefilter import condition_requirements, pattern_requirements, selectivity
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
    for each of its ``rule_groups`` (sets of trigger indices), one of the group's strings
    occurs there; the rarest group of each rule is its key, and ``rules_by_trigger`` lists
    the rules each string is a key for. ``unfiltered_rules`` have no group to require.
    """

    id: str
    version: str
    title: str
    description: str
    rules: tuple[Rule, ...]
    patterns: tuple  # compiled RE2 patterns, indexed as in the rules' conditions
    trigger_set: object | None
    rules_by_trigger: tuple[tuple[int, ...], ...]  # trigger index -> rules it is a key for
    rule_groups: tuple[tuple[frozenset[int], ...], ...]  # rule position -> its required groups
    unfiltered_rules: tuple[int, ...]
    pattern_triggers: tuple[tuple[frozenset[int], ...], ...]  # pattern -> its requirements
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

    per_pattern = [pattern_requirements(pattern) for pattern in pattern_index]
    rules = [_replace_condition(rule, _most_selective_first(rule.condition, per_pattern)) for rule in rules]
    trigger_strings, rules_by_trigger, rule_groups, unfiltered_rules, pattern_triggers = _triggers(
        rules, per_pattern
    )
    return CompiledPack(
        id=pack_id,
        version=document["version"],
        title=document["title"],
        description=document.get("description", ""),
        rules=tuple(rules),
        patterns=tuple(compiled_patterns),
        trigger_set=compile_literal_set(trigger_strings) if trigger_strings else None,
        rules_by_trigger=rules_by_trigger,
        rule_groups=rule_groups,
        unfiltered_rules=unfiltered_rules,
        pattern_triggers=pattern_triggers,
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


def _replace_condition(rule: Rule, condition: Condition) -> Rule:
    return Rule(**{**{field: getattr(rule, field) for field in Rule.__slots__}, "condition": condition})


def _triggers(rules: list[Rule], per_pattern: list):
    """The trigger strings (every string a pattern requires), the rules each is a key for (a
    rule's key is its rarest requirement), each rule's and each pattern's requirements as
    trigger indices, and the rules with no requirement."""
    requirements = [condition_requirements(rule.condition, per_pattern) for rule in rules]
    trigger_strings = sorted({string for groups in per_pattern for group in groups for string in group})
    index = {string: position for position, string in enumerate(trigger_strings)}

    def as_indices(groups):
        return tuple(frozenset(index[string] for string in group) for group in groups)

    key_rules: list[list[int]] = [[] for _ in trigger_strings]
    for position, groups in enumerate(requirements):
        for string in groups[0] if groups else ():
            key_rules[index[string]].append(position)
    unfiltered = tuple(position for position, groups in enumerate(requirements) if not groups)
    return (
        trigger_strings,
        tuple(map(tuple, key_rules)),
        tuple(as_indices(groups) for groups in requirements),
        unfiltered,
        tuple(as_indices(groups) for groups in per_pattern),
    )
