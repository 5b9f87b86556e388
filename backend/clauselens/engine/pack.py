"""A validated pack document compiled into rules over one RE2 pattern set."""

from dataclasses import dataclass

from .conditions import Condition
from .patterns import PatternError, compile_pattern, compile_set
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
    """A pack ready to match: its rules, its distinct patterns, and one RE2 set over them."""

    id: str
    version: str
    title: str
    description: str
    rules: tuple[Rule, ...]
    patterns: tuple  # compiled RE2 patterns, indexed like the set
    pattern_set: object
    rules_by_pattern: dict  # pattern index -> indices of the rules it can trigger
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

    rules_by_pattern: dict[int, list[int]] = {}
    for rule_position, rule in enumerate(rules):
        for pattern in rule.condition.positive_patterns():
            rules_by_pattern.setdefault(pattern, []).append(rule_position)
    try:
        pattern_set = compile_set(list(pattern_index), case_sensitive)
    except PatternError as refused:
        raise PackError([PackProblem(pack_id, "rules", str(refused))]) from None
    return CompiledPack(
        id=pack_id,
        version=document["version"],
        title=document["title"],
        description=document.get("description", ""),
        rules=tuple(rules),
        patterns=tuple(compiled_patterns),
        pattern_set=pattern_set,
        rules_by_pattern={pattern: tuple(found) for pattern, found in rules_by_pattern.items()},
        document=document,
    )
