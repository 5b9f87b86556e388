"""Pack validation: every problem names the pack, the rule and the field; RE2 refusals are errors."""

import json

import pytest
from clauselens.engine.loader import load_pack, load_pack_text
from clauselens.engine.problems import PackError
from clauselens.engine.schema import MAX_CONDITION_DEPTH, MAX_PATTERN_CHARS

from .packhelpers import pack, rule


def problems_of(document):
    with pytest.raises(PackError) as raised:
        load_pack(document)
    return raised.value.problems


def test_a_valid_pack_loads_from_yaml_and_json():
    yaml_text = """
id: acme/source-safety
version: 1.2.0
title: Source safety
rules:
  - id: recordings-access
    category: monitoring
    severity: high
    title: Staff may access your recordings
    summary: People at the company can listen to what you record.
    match:
      all: ['\\b(access|review)\\b', '\\brecordings?\\b']
      none: ['\\bnever\\b']
    examples:
      match: ["Our staff may access your recordings."]
      no_match: ["We never access your recordings."]
"""
    from_yaml = load_pack_text(yaml_text, "pack.yaml")
    from_json = load_pack_text(json.dumps(pack()), "pack.json")
    assert (from_yaml.ref, len(from_yaml.rules)) == ("acme/source-safety@1.2.0", 1)
    assert from_json.rules[0].id == "recordings-access"


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(a)\1", "backreferences"),
        (r"foo(?=bar)", "lookahead"),
        (r"(?<!x)y", "lookbehind"),
        ("(unclosed", "RE2"),
    ],
)
def test_patterns_re2_refuses_are_rejected_with_the_reason(pattern, words):
    [problem] = problems_of(pack(rule(match={"all": ["fine", pattern]})))
    assert (problem.pack, problem.rule, problem.field) == (
        "acme/source-safety",
        "recordings-access",
        "match.all[1]",
    )
    assert words in problem.message
    assert pattern in problem.message


def test_schema_problems_name_rule_and_field():
    bad_severity = rule(id="first", severity="critical")
    no_examples = rule(id="second")
    del no_examples["examples"]
    problems = problems_of(pack(bad_severity, no_examples))
    found = {(p.rule, p.field) for p in problems}
    assert ("first", "severity") in found
    assert ("second", "examples") in found
    assert all(p.pack == "acme/source-safety" for p in problems)
    assert "pack acme/source-safety, rule first, field severity" in str(PackError(problems))


def test_a_rule_needs_both_kinds_of_example():
    problems = problems_of(pack(rule(examples={"match": ["x"], "no_match": []})))
    assert [(p.rule, p.field) for p in problems] == [("recordings-access", "examples.no_match")]


def test_duplicate_rule_ids_are_refused():
    problems = problems_of(pack(rule(), rule()))
    assert [(p.rule, p.field) for p in problems] == [("recordings-access", "id")]
    assert "duplicate" in problems[0].message


def test_condition_holding_without_any_pattern_is_refused():
    [problem] = problems_of(pack(rule(match={"none": ["never"]})))
    assert problem.field == "match"
    assert "every sentence" in problem.message


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ({"every": ["x"]}, "unknown key"),
        ({"all": []}, "non-empty list"),
        ({"all": "x"}, "non-empty list"),
        ({"all": [3]}, "pattern string or a nested condition"),
        ({"all": [""]}, "must not be empty"),
        ({"all": ["x" * (MAX_PATTERN_CHARS + 1)]}, "at most"),
        ("just a string", "must be a mapping"),
    ],
)
def test_malformed_conditions(condition, message):
    [problem] = problems_of(pack(rule(match=condition)))
    assert problem.field == "match"
    assert message in problem.message


def test_conditions_may_not_nest_without_bound():
    condition = {"all": ["x"]}
    for _ in range(MAX_CONDITION_DEPTH):
        condition = {"all": ["x", condition]}
    [problem] = problems_of(pack(rule(match=condition)))
    assert "nest" in problem.message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id": "Acme Packs"}, "id"),
        ({"version": "1.0"}, "version"),
        ({"rules": []}, "rules"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_pack_level_problems(changes, field):
    problems = problems_of(pack(**changes))
    assert [(p.rule, p.field) for p in problems] == [(None, field)]


def test_broken_yaml_and_non_mapping_documents():
    with pytest.raises(PackError, match="not valid YAML"):
        load_pack_text("id: [unclosed", "pack.yaml")
    with pytest.raises(PackError, match="must be a mapping"):
        load_pack_text("- a list", "pack.yaml")
    with pytest.raises(PackError, match="not valid JSON"):
        load_pack_text("{", "pack.json")
