"""Every built-in rule is worded plainly: its summary (the tooltip, and the explanation's summary)
at most Flesch–Kincaid grade 8 in one or two sentences on one line, its explanation at most grade 10."""

from clauselens.explain.readability import flesch_kincaid_grade, sentence_count
from clauselens.packs import builtin_packs

MAX_SUMMARY_GRADE = 8.0
MAX_SUMMARY_SENTENCES = 2
MAX_EXPLANATION_GRADE = 10.0

ALL_RULES = [rule for pack in builtin_packs().values() for rule in pack.rules]


def _above_grade(max_grade: float, field: str) -> dict[str, tuple[float, str]]:
    """The rules whose ``field`` reads above ``max_grade``, with its grade and wording."""
    wordings = {rule.id: getattr(rule, field) for rule in ALL_RULES}
    graded = {rule_id: (flesch_kincaid_grade(text), text) for rule_id, text in wordings.items()}
    return {rule_id: (grade, text) for rule_id, (grade, text) in graded.items() if grade > max_grade}


def test_there_are_rules_to_check():
    assert len(ALL_RULES) > 100


def test_every_summary_is_at_most_grade_8():
    too_hard = _above_grade(MAX_SUMMARY_GRADE, "summary")
    assert not too_hard, f"summaries above grade {MAX_SUMMARY_GRADE}: {too_hard}"


def test_every_summary_is_one_line_of_one_or_two_sentences():
    too_long = {
        rule.id: rule.summary
        for rule in ALL_RULES
        if "\n" in rule.summary or sentence_count(rule.summary) > MAX_SUMMARY_SENTENCES
    }
    assert not too_long, f"summaries that are not one line of one or two sentences: {too_long}"


def test_every_explanation_is_at_most_grade_10():
    too_hard = _above_grade(MAX_EXPLANATION_GRADE, "explanation")
    assert not too_hard, f"explanations above grade {MAX_EXPLANATION_GRADE}: {too_hard}"
