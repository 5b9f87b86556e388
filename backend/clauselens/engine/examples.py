"""Running every rule of a pack against its own examples, as `pack test` and publishing do."""

from dataclasses import dataclass

from .matcher import rule_holds
from .pack import CompiledPack


@dataclass(frozen=True, slots=True)
class ExampleFailure:
    rule: str
    kind: str  # "match": the rule should have matched; "no_match": it should not have
    example: str

    def __str__(self) -> str:
        expected = "should match but did not" if self.kind == "match" else "should not match but did"
        return f"rule {self.rule}: example {expected}: {self.example!r}"

    def as_dict(self) -> dict:
        return {"rule": self.rule, "kind": self.kind, "example": self.example}


def example_failures(pack: CompiledPack) -> list[ExampleFailure]:
    """Every example whose outcome contradicts its rule, in rule order."""
    failures = []
    for rule in pack.rules:
        for example in rule.examples_match:
            if not rule_holds(pack, rule, example):
                failures.append(ExampleFailure(rule.id, "match", example))
        for example in rule.examples_no_match:
            if rule_holds(pack, rule, example):
                failures.append(ExampleFailure(rule.id, "no_match", example))
    return failures


def count_examples(pack: CompiledPack) -> int:
    return sum(len(rule.examples_match) + len(rule.examples_no_match) for rule in pack.rules)
