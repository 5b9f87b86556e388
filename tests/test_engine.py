"""The rule engine: conditions (all / any / none, nested), prefiltering and evidence spans."""

from clauselens.engine.examples import example_failures
from clauselens.engine.loader import load_pack
from clauselens.engine.matcher import candidate_rules, found_triggers, match_clause
from clauselens.packs import builtin_packs

from .packhelpers import pack, rule


def rule_ids(compiled, text):
    return [found.rule.id for found in match_clause([compiled], text)]


def test_all_needs_every_item_and_none_vetoes():
    compiled = load_pack(pack())
    assert rule_ids(compiled, "Staff may review your recordings.") == ["recordings-access"]
    assert rule_ids(compiled, "Staff may review your files.") == []
    assert rule_ids(compiled, "Staff will not review your recordings.") == []


def test_any_needs_one_item():
    compiled = load_pack(pack(rule(match={"any": ["alpha", "beta"]})))
    assert rule_ids(compiled, "beta only") == ["recordings-access"]
    assert rule_ids(compiled, "gamma") == []


def test_nested_conditions():
    condition = {
        "all": [
            "share",
            {"any": ["advertis", "partners"]},
            {"none": [r"\bnot\b"]},
        ],
        "none": [{"all": ["anonymi[sz]ed", "aggregate"]}],
    }
    compiled = load_pack(pack(rule(match=condition)))
    assert rule_ids(compiled, "We share data with advertisers.") == ["recordings-access"]
    assert rule_ids(compiled, "We share data with partners.") == ["recordings-access"]
    assert rule_ids(compiled, "We share data with nobody.") == []
    assert rule_ids(compiled, "We do not share data with advertisers.") == []
    assert rule_ids(compiled, "We share anonymised aggregate data with partners.") == []
    assert rule_ids(compiled, "We share anonymised data with partners.") == ["recordings-access"]


def test_patterns_are_case_insensitive_unless_the_pack_says_otherwise():
    insensitive = load_pack(pack(rule(match={"all": ["Recordings"]})))
    sensitive = load_pack(pack(rule(match={"all": ["Recordings"]}), case_sensitive=True))
    assert rule_ids(insensitive, "your RECORDINGS") == ["recordings-access"]
    assert rule_ids(sensitive, "your RECORDINGS") == []
    assert rule_ids(sensitive, "your Recordings") == ["recordings-access"]


def test_evidence_spans_cover_the_positive_patterns_only():
    compiled = load_pack(pack())
    clause = "Our staff may access your recordings."
    [found] = match_clause([compiled], clause)
    assert [clause[s:e] for s, e in found.evidence] == ["access", "recordings"]


def test_evidence_of_overlapping_patterns_is_merged():
    compiled = load_pack(pack(rule(match={"all": ["machine learning", "learning models"]})))
    clause = "used for machine learning models"
    [found] = match_clause([compiled], clause)
    assert [clause[s:e] for s, e in found.evidence] == ["machine learning models"]


def test_rules_share_identical_patterns_and_only_triggered_rules_are_candidates():
    first = rule(id="first", match={"all": ["alpha", "beta"]})
    second = rule(id="second", match={"any": ["alpha"]})
    third = rule(id="third", match={"any": ["gamma"]})
    unreadable = rule(id="fourth", match={"any": [r"\d{3,}"]})  # no literal to require
    compiled = load_pack(pack(first, second, third, unreadable))
    assert len(compiled.patterns) == 4  # "alpha" compiled once
    assert candidate_rules(compiled, found_triggers(compiled, b"alpha beta")) == [0, 1, 3]
    assert candidate_rules(compiled, found_triggers(compiled, b"GAMMA")) == [2, 3]
    assert rule_ids(compiled, "alpha beta") == ["first", "second"]
    assert rule_ids(compiled, "call 911 or 112") == ["fourth"]


def test_several_packs_match_in_order():
    other = load_pack(pack(rule(id="other", match={"any": ["recordings"]}), id="acme/other"))
    compiled = load_pack(pack())
    found = match_clause([compiled, other], "Staff may review your recordings.")
    assert [(f.pack.id, f.rule.id) for f in found] == [
        ("acme/source-safety", "recordings-access"),
        ("acme/other", "other"),
    ]


def test_example_failures_name_rule_and_example():
    broken = rule(examples={"match": ["We read your recordings."], "no_match": ["Staff access recordings."]})
    failures = example_failures(load_pack(pack(broken)))
    assert [(f.rule, f.kind, f.example) for f in failures] == [
        ("recordings-access", "match", "We read your recordings."),
        ("recordings-access", "no_match", "Staff access recordings."),
    ]
    assert "should match but did not" in str(failures[0])


def test_no_break_and_other_unicode_spaces_match_like_spaces_and_keep_offsets():
    compiled = load_pack(pack())
    clause = "Our staff\u00a0may\u202faccess your\u3000recordings."
    [found] = match_clause([compiled], clause)
    assert [clause[s:e] for s, e in found.evidence] == ["access", "recordings"]
    core = builtin_packs()["core"]
    spaced = "These Terms are governed by, and construed in accordance with, the laws of England."
    assert rule_ids(core, spaced.replace(" ", "\u00a0")) == rule_ids(core, spaced) != []
