"""Every rule of every built-in pack against its own examples (one parametrized test)."""

import pytest
from clauselens.categories import CATEGORIES
from clauselens.engine.matcher import rule_holds
from clauselens.packs import builtin_packs

ALL_RULES = [(pack, rule) for pack in builtin_packs().values() for rule in pack.rules]


@pytest.mark.parametrize(("pack", "rule"), ALL_RULES, ids=[f"{p.id}/{r.id}" for p, r in ALL_RULES])
def test_rule_matches_its_examples_and_only_them(pack, rule):
    assert rule.examples_match and rule.examples_no_match, "a rule needs both kinds of example"
    for example in rule.examples_match:
        assert rule_holds(pack, rule, example), f"should match: {example}"
    for example in rule.examples_no_match:
        assert not rule_holds(pack, rule, example), f"should not match: {example}"


def test_core_rules_use_builtin_categories():
    core = builtin_packs()["core"]
    assert {rule.category for rule in core.rules} <= set(CATEGORIES)
