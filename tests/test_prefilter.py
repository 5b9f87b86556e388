"""The literal prefilter: the strings a pattern cannot match without, and that it loses nothing."""

import pytest
from clauselens.engine.conditions import Condition
from clauselens.engine.loader import load_pack
from clauselens.engine.matcher import match_clause, rule_holds
from clauselens.engine.prefilter import condition_requirements, pattern_requirements, worth_checking
from clauselens.packs import builtin_packs

from .packhelpers import pack, rule
from .seed_case import SEED_DOCUMENT


def groups(*sets) -> set[frozenset[str]]:
    return {frozenset(strings) for strings in sets}


@pytest.mark.parametrize(
    ("pattern", "requirements"),
    [
        (r"\bnot\b", groups({"not"})),
        (r"perpetual|irrevocabl", groups({"perpetual", "irrevocabl"})),
        (r"colou?r", groups({"color", "colour"})),
        (r"\bgoverned\s+by\b", groups({"governed"}, {"by"})),
        (r"\b(we|our)\b[^.;]{0,40}\bsell", groups({"we", "our"}, {"sell"})),
        (r"\b(train|trains|retrain\w*)\b[^.;]{0,60}\bmodels?\b", groups({"train"}, {"model"})),
        (r"a\.i\b", groups({"a.i"})),
        (r"(a|b)*c", groups({"c"})),
        (r"machine[- ]learning", groups({"machine-learning", "machine learning"})),
        (r"(x|yy)+z", groups({"x", "yy"}, {"z"})),
    ],
)
def test_pattern_requirements(pattern, requirements):
    assert set(pattern_requirements(pattern)) == requirements


def test_requirements_come_rarest_first():
    assert pattern_requirements(r"\byour\b.{0,40}\barbitration\b")[0] == {"arbitration"}


@pytest.mark.parametrize(
    "pattern",
    [r"\w+", r".*", r"x*", r"[^.]{3}", r"[[:alpha:]]+x", r"\pL+", r"(?:a|\w+)"],
)
def test_patterns_without_a_nameable_string_require_nothing(pattern):
    assert pattern_requirements(pattern) == ()


def test_a_condition_requires_what_its_all_items_do_and_one_of_its_any_items():
    per_pattern = [pattern_requirements(p) for p in (r"\byour\b", r"\barbitration\b", r"\bcourt", r"\bjury")]
    assert set(condition_requirements(Condition(all=(0, 1)), per_pattern)) == groups(
        {"arbitration"}, {"your"}
    )
    assert condition_requirements(Condition(any=(2, 3)), per_pattern) == (frozenset({"court", "jury"}),)
    assert set(condition_requirements(Condition(all=(0,), any=(2, 3)), per_pattern)) == groups(
        {"your"}, {"court", "jury"}
    )
    nested = Condition(any=(0, Condition(all=(1,), none=(3,))))
    assert condition_requirements(nested, per_pattern) == (frozenset({"your", "arbitration"}),)
    assert condition_requirements(Condition(any=(0, 2), none=(1,)), [*per_pattern[:2], (), ()]) == ()


def test_matching_with_the_prefilter_equals_asking_every_rule():
    """The prefilter may only skip rules that cannot hold: compare with no prefilter at all."""
    texts = [example for p in builtin_packs().values() for r in p.rules for example in
             (*r.examples_match, *r.examples_no_match)]  # fmt: skip
    texts += [line for line in SEED_DOCUMENT.splitlines() if line.strip()]
    texts += [text.upper() for text in texts[:200]]
    for compiled in builtin_packs().values():
        for text in texts:
            with_prefilter = [m.rule.id for m in match_clause([compiled], text)]
            every_rule = [r.id for r in compiled.rules if rule_holds(compiled, r, text)]
            assert with_prefilter == every_rule, text


def test_case_sensitive_pack_still_prefilters_correctly():
    compiled = load_pack(pack(rule(match={"all": ["Recordings", r"\baccess"]}), case_sensitive=True))
    assert [m.rule.id for m in match_clause([compiled], "staff access Recordings")] == ["recordings-access"]
    assert match_clause([compiled], "staff access recordings") == []


def test_compiled_deciders_agree_with_the_conditions_on_every_combination_of_words():
    """Nested all / any / none, patterns with and without literal requirements, a pattern used
    twice: the compiled decider must answer as Condition.holds does, whatever occurs."""
    condition = {
        "all": [r"\bshare\w*", {"any": [r"\bpartners?\b", r"\b(third|3rd)[- ]part(y|ies)\b"]}],
        "any": [r"\bdata\b", {"all": [r"\bpersonal\b", r"\w+formation\b"], "none": [r"\bdata\b"]}],
        "none": [r"\banonymi[sz]ed\b", {"all": [r"\bnot\b", r"\bsell\b"]}],
    }
    examples = {"match": ["We share your data with partners."], "no_match": ["We share nothing."]}
    compiled = load_pack(pack(rule(match=condition, examples=examples)))
    words = [
        *("share", "partners", "third-party", "data", "personal", "information", "anonymised"),
        *("not", "sell"),
    ]
    for mask in range(1 << len(words)):
        text = " ".join(word for bit, word in enumerate(words) if mask >> bit & 1)
        expected = rule_holds(compiled, compiled.rules[0], text)
        assert bool(match_clause([compiled], text)) is expected, text


def test_requirements_met_by_most_sentences_are_not_checked():
    assert worth_checking(pattern_requirements(r"\b(a|the)\s+licen[cs]e\b")) == (
        frozenset({"license", "licence"}),
    )
    compiled = load_pack(pack(rule(match={"all": [r"\b(a|an|the)\b", r"\brecordings?\b"]})))
    assert len(compiled.key_triggers) == 1  # "recording" alone: "a", "an" and "the" are everywhere
    assert [m.rule.id for m in match_clause([compiled], "We hear the recordings.")] == ["recordings-access"]
    assert match_clause([compiled], "Staff hear recordings.") == []
