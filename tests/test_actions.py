"""What the reader can do: actions from the clause and the document, and the document index cache."""

from clauselens.explain.actions import action_sentences, actions_for
from clauselens.explain.document_index import DocumentIndexCache

from .explain_documents import PRIVACY_POLICY

POLICY_ACTIONS = action_sentences(PRIVACY_POLICY)


def test_action_sentences_carry_routes_and_deadlines():
    by_kind = {}
    for sentence in POLICY_ACTIONS:
        by_kind.setdefault(sentence.kind, sentence)
    assert by_kind["opt-out"].routes == ("Settings > Privacy > Voice data",)
    assert by_kind["delete"].routes == ("Settings > Account > Delete data", "privacy@acmevoice.test")
    assert by_kind["contact"].routes == ("hello@acmevoice.test",)
    arbitration = next(sentence for sentence in POLICY_ACTIONS if "arbitration" in sentence.text)
    assert arbitration.deadline == "within 30 days of first accepting these terms"


def test_what_the_reader_cannot_do_or_the_company_does_is_no_action():
    texts = " ".join(sentence.text for sentence in POLICY_ACTIONS)
    assert "You cannot opt out" not in texts
    assert "We may delete inactive accounts" not in texts


def test_the_reader_must_be_the_one_who_acts_near_the_action():
    for sentence in [
        "Company shall have the right to delete any content; you may interact with other users.",
        "At our sole discretion, you may be refunded for the purchase.",
        "We may delete inactive accounts after two years.",
    ]:
        assert action_sentences(sentence) == ()
    assert action_sentences("You have the right to request deletion of your data.")[0].kind == "delete"


def test_long_sentences_are_quoted_around_their_route_without_markdown():
    filler = "which applies to every kind of account, plan and region we offer, " * 5
    document = f"Subject to these terms, {filler}you can **opt out** at [our choices page](https://acme.test/choices)."
    (sentence,) = action_sentences(document)
    assert sentence.routes == ("https://acme.test/choices",)
    (action,) = actions_for("Acme may use your data for any purpose, on any plan.", set(), (sentence,))
    assert action.startswith("Opt out: https://acme.test/choices. The document says: “… ")
    assert action.endswith("you can opt out at our choices page (https://acme.test/choices).”")
    assert len(action) < 330


def test_the_document_opt_out_that_fits_the_clause_comes_first():
    actions = actions_for(
        "We may use your voice recordings to train our speech models.", set(), POLICY_ACTIONS
    )
    assert actions[0] == (
        "Opt out: Settings > Privacy > Voice data. The document says: “You can opt out of model training "
        "at any time in Settings > Privacy > Voice data.”"
    )
    assert any("privacy@acmevoice.test" in action for action in actions)


def test_an_arbitration_clause_gets_the_arbitration_opt_out_and_its_deadline():
    actions = actions_for(
        "Any dispute will be settled by binding arbitration.", {"arbitration"}, POLICY_ACTIONS
    )
    assert actions[0].startswith(
        "Opt out: arbitration-optout@acmevoice.test; within 30 days of first accepting these terms."
    )
    assert not any("Voice data" in action for action in actions)


def test_a_clause_without_related_actions_gets_a_contact_route():
    actions = actions_for("These terms are written in English.", set(), POLICY_ACTIONS)
    assert actions == [
        "Contact them: hello@acmevoice.test. The document says: “If you have questions, contact us at "
        "hello@acmevoice.test.”"
    ]


def test_without_a_related_contact_the_general_one_is_given():
    document = (
        "You must notify us at legal@shop.test if a regulator contacts you about your store. "
        "If you have any questions, contact us at help@shop.test."
    )
    (action,) = actions_for("Prices include taxes.", set(), action_sentences(document))
    assert action.startswith("Contact them: help@shop.test.")


def test_the_clause_own_routes_and_deadlines_come_first():
    clause = "You must report billing errors to billing@shop.test within sixty (60) days of the charge."
    assert actions_for(clause, set()) == [
        "Contact them: billing@shop.test; within sixty (60) days of the charge. (This clause says so.)"
    ]
    assert actions_for("Claims must be filed within one year.", set()) == [
        "Deadline: within one year. (This clause says so.)"
    ]
    assert actions_for("We may change these terms.", set()) == []


def test_document_indexes_are_cached_by_content_and_bounded():
    cache = DocumentIndexCache(max_documents=2)
    first = cache.index(PRIVACY_POLICY)
    assert cache.index(PRIVACY_POLICY) is first
    assert cache.index(str(PRIVACY_POLICY + " ")) is not first
    cache.index("A third document.")
    assert len(cache) == 2
    assert cache.index(PRIVACY_POLICY) is not first  # evicted as the least recently used
