"""The definitions index of a document, and which defined terms a clause uses."""

import pytest
from clauselens.explain.definitions import find_definitions
from clauselens.explain.sentences import Sentences
from clauselens.explain.term_use import term_pattern, terms_used

from .explain_documents import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.style for case in CASES])
def test_each_definition_style_is_found(case):
    definitions = find_definitions(case.document)
    assert case.term in definitions
    assert case.definition_words in definitions[case.term].text


def test_several_terms_in_one_definition():
    document = 'Acme Inc. ("Acme", "we" or "us") runs the app. "Services" or "Platform" means the Acme apps.'
    definitions = find_definitions(document)
    assert definitions["Acme"].text == "Acme Inc."
    assert definitions["Services"].text == definitions["Platform"].text == "the Acme apps."
    assert "we" not in definitions and "us" not in definitions


def test_a_company_is_defined_by_its_legal_name():
    document = (
        "Please read these terms before using the services offered by Bandcamp Ventures LLC "
        "(“Bandcamp,” “Company,” “we,” “us,” or “our”). These terms are between you and Acme Video Inc., "
        "a Delaware corporation (“Acme”)."
    )
    definitions = find_definitions(document)
    assert definitions["Company"].text == definitions["Bandcamp"].text == "Bandcamp Ventures LLC"
    assert definitions["Acme"].text == "Acme Video Inc., a Delaware corporation"


@pytest.mark.parametrize(
    ("document", "term", "definition"),
    [
        ("These rules apply to and govern your use of our podcasts, live streams and newsletters "
         "(the “Media”).", "Media", "our podcasts, live streams and newsletters"),
        ("Lumo may offer early-access features to some members (“Previews”).", "Previews",
         "early-access features to some members"),
        ("You agree to be bound by these community rules (the “Rules”).", "Rules", "these community rules"),
        ("Any photos you upload to the app (“Uploads”) stay yours.", "Uploads",
         "Any photos you upload to the app"),
        ("Any claim arising out of your use of the app (a “Dispute”) goes to court.", "Dispute",
         "Any claim arising out of your use of the app"),
    ],
)  # fmt: skip
def test_a_parenthetical_defines_the_noun_phrase_before_it_not_the_clause(document, term, definition):
    assert find_definitions(document)[term].text == definition


def test_a_means_definition_beats_a_parenthetical_one():
    document = (
        "You may upload files (“Content”). Later sections refer to it.\n"
        '"Content" means any file, message or recording you upload or send.'
    )
    assert find_definitions(document)["Content"].text == "any file, message or recording you upload or send."


def test_quoted_words_outside_a_defining_phrase_define_nothing():
    document = (
        'Click "Accept" to continue. The Services are provided on an "AS IS" basis. '
        "See sections 9 (**Our Rights**) and 11 (“Fees”) for more."
    )
    assert find_definitions(document) == {}


def test_a_table_of_contents_under_a_definitions_heading_is_no_definition():
    document = (
        "Contents\n\n20. Definitions\n\nAnnex A: Margin Trading\n\n"
        "Annex B: Parachain Slot Auction Services\n\n"
        "1. Eligibility; Account\n\nEligibility\n\nTo use our services, you must be 18.\n"
    )
    assert find_definitions(document) == {}


def test_definitions_lose_markdown_and_are_cut_at_a_word():
    long_tail = "and much more " * 60
    document = f'"**User Data**" means data **about** you, {long_tail}.'
    text = find_definitions(document)["User Data"].text
    assert text.startswith("data about you, and much more")
    assert len(text) <= 401 and text.endswith("…")


def test_defined_terms_are_found_case_sensitively_with_plurals():
    definitions = find_definitions(
        '"Service" means the app. "Service Generated Data" means logs about you. "Materials" means posts.'
    )
    pattern = term_pattern(definitions)
    clause = "We own Service Generated Data, the Services and each Material; our materials are ours."
    used = terms_used(clause, definitions, pattern)
    assert [definition.term for definition, _ in used] == ["Service Generated Data", "Service", "Materials"]
    start, end = used[0][1]
    assert clause[start:end] == "Service Generated Data"
    wrapped = terms_used("We own Service\nGenerated  Data.", definitions, pattern)
    assert [definition.term for definition, _ in wrapped] == ["Service Generated Data"]


def test_a_term_defined_in_the_clause_itself_is_not_explained_again():
    document = 'You may upload files, messages and recordings (collectively, "Uploads"). Uploads are yours.'
    definitions = find_definitions(document)
    defining_clause = 'You may upload files, messages and recordings (collectively, "Uploads").'
    assert terms_used(defining_clause, definitions, term_pattern(definitions)) == []
    assert terms_used("Uploads are yours.", definitions, term_pattern(definitions))


@pytest.mark.parametrize(
    ("text", "word", "sentence"),
    [
        ("One. Write to Acme Inc. at a@b.test, e.g. by post. Three.", "Write",
         "Write to Acme Inc. at a@b.test, e.g. by post."),
        ("## 4. Choices\nYou can opt out here.\n- Delete it.", "opt out", "You can opt out here."),
        ("This line is hard\nwrapped here. Next.", "wrapped", "This line is hard\nwrapped here."),
        ("Data we log\n(collectively, the “Logs”).", "Logs", "Data we log\n(collectively, the “Logs”)."),
    ],
)  # fmt: skip
def test_the_sentence_around_a_word(text, word, sentence):
    start = text.index(word)
    sentence_start, sentence_end = Sentences(text).span(start, start + len(word))
    assert text[sentence_start:sentence_end] == sentence
