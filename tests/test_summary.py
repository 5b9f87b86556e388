"""The summary: from the rules when they match, otherwise from who may or must do what in the clause."""

import pytest
from clauselens.explain.structure import statements
from clauselens.explain.summary import NO_RULE, summarize

STATEMENTS = [
    ("You must keep your password safe.", ["you must keep your password safe."]),
    ("We reserve the right to change these Terms.", ["the company may change these Terms."]),
    ("These Terms shall be governed by Irish law.", ["these Terms will be governed by Irish law."]),
    ("Users shall not post spam.", ["users must not post spam."]),
    ("We don’t sell your data.", ["the company does not sell your data."]),
    ("Our partners may contact you.", ["the company's partners may contact you."]),
    ("If you do not agree, you may not use the Services.", ["you may not use the Services."]),
    (
        "When you upload content, we may scan it, and you must not upload malware.",
        ["the company may scan it.", "you must not upload malware."],
    ),
    (
        "You agree to indemnify Acme against claims, and Acme is not liable for lost profits.",
        ["you agree to indemnify Acme against claims.", "Acme is not liable for lost profits."],
    ),
    ("We collect, use, and share your data.", ["the company collects, uses, and shares your data."]),
    ("We also automatically collect device data.", ["the company also automatically collects device data."]),
    ("We rely on consent.", ["the company relies on consent."]),
    ("These Terms were last updated on 1 May 2024.", []),
]


@pytest.mark.parametrize(("clause", "said"), STATEMENTS)
def test_statements_keep_the_clause_words_and_put_the_actor_plainly(clause, said):
    assert [statement.sentence() for statement in statements(clause)] == [
        f"It says {words}" for words in said
    ]


def test_a_long_action_is_cut_at_a_word_with_an_ellipsis():
    clause = (
        "We may use the recordings of your meetings and calls to build, test and improve all our products."
    )
    (statement,) = statements(clause)
    assert (
        statement.sentence()
        == "It says the company may use the recordings of your meetings and calls to build, test …"
    )


def test_a_summary_from_findings_puts_the_riskiest_first_and_names_protection():
    findings = [
        {"category": "ai-training", "severity": "good", "summary": "The company will not train AI on it."},
        {
            "category": "data-sharing",
            "severity": "medium",
            "summary": "Your data may be sold.",
            "evidence": [],
        },
        {
            "category": "tracking",
            "severity": "high",
            "summary": "You are tracked across sites.",
            "evidence": [],
        },
        {"category": "tracking", "severity": "low", "summary": "Cookies are used.", "evidence": []},
    ]
    assert summarize("…", findings, []) == (
        "You are tracked across sites. Your data may be sold. "
        "It also protects you: the company will not train AI on it."
    )


def test_a_protection_in_the_same_category_as_a_risk_is_still_said():
    findings = [
        {"category": "ai-training", "severity": "high", "summary": "It may train AI.", "evidence": []},
        {"category": "ai-training", "severity": "good", "summary": "It will not train AI without consent."},
    ]
    assert (
        summarize("…", findings, [])
        == "It may train AI. It also protects you: it will not train AI without consent."
    )


def test_a_rule_that_matched_negated_words_is_flagged_in_the_summary():
    clause = "🙂 Epic agrees, whether or not it is NoAI Content, not to use Your Content to train AI."
    evidence = [{"start": 42, "end": 49, "text": "Content"}, {"start": 58, "end": 61, "text": "use"}]
    assert clause.encode("utf-16-le")[2 * 58 : 2 * 61].decode("utf-16-le") == "use"
    finding = {
        "category": "ai-training",
        "severity": "high",
        "summary": "It may train AI.",
        "evidence": evidence,
    }
    assert (
        summarize(clause, [finding], [])
        == 'It may train AI. Read closely: the clause says "not" just before "use".'
    )
    assert summarize(clause, [{**finding, "evidence": evidence[:1]}], []) == "It may train AI."


def test_a_summary_without_findings_says_no_rule_matched_and_what_the_clause_does():
    assert (
        summarize("“**Account**” means your profile.", [], [])
        == f"{NO_RULE} It explains what “Account” means."
    )
    assert summarize("Headings are for convenience.", [], ["Service"]) == (
        f"{NO_RULE} It does not say plainly who may do what. "
        "It uses words the document defines elsewhere: “Service”."
    )
