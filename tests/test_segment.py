"""Sentence segmentation tuned for legal text: abbreviations, numbering, lists, headings, caps."""

import pytest
from clauselens.text.punkt import LegalPunkt
from clauselens.text.segment import LEGAL_ABBREVIATIONS, MAX_CLAUSE_CHARS, Segmenter
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer


@pytest.fixture(scope="module")
def segmenter():
    return Segmenter()


def clauses(segmenter, text):
    return [text[start:end] for start, end in segmenter.spans(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme Inc. is a company based in the U.S. and its offices are open.",
        "Some features, e.g. sharing, and others, i.e. uploads, are optional.",
        "Write to us at P.O. Box 1200, Springfield.",
        "See Sec. 5 and No. 7 of the schedule for details.",
        "The licence of Acme Ltd. covers the content you upload.",
        "These terms are governed by Cal. Civ. Code § 1542 and related law.",
        "This agreement is governed by Delaware law, including Del. Code tit. 10, § 5701.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(segmenter, sentence):
    assert clauses(segmenter, sentence) == [sentence]


def test_numbered_section_heading_is_its_own_clause(segmenter):
    text = (
        "10.2 Service Generated Data; Consent to Use. Customer agrees that we compile "
        "Service Generated Data. You consent to our use of it for any purpose."
    )
    assert clauses(segmenter, text) == [
        "10.2 Service Generated Data; Consent to Use.",
        "Customer agrees that we compile Service Generated Data.",
        "You consent to our use of it for any purpose.",
    ]


def test_section_number_stays_with_its_text(segmenter):
    text = "1. Termination. We may terminate your account.\n## 2. Changes\n§ 3. Fees apply."
    found = clauses(segmenter, text)
    assert found[:3] == ["1. Termination.", "We may terminate your account.", "2. Changes"]
    assert found[3] == "§ 3. Fees apply."


def test_lettered_and_roman_list_items_are_clauses_with_their_labels(segmenter):
    text = "You agree not to:\n(a) copy the Service;\n(b) reverse engineer it; or\n(iv) resell it."
    assert clauses(segmenter, text) == [
        "You agree not to:",
        "(a) copy the Service;",
        "(b) reverse engineer it; or",
        "(iv) resell it.",
    ]


def test_inline_list_labels_do_not_split_a_sentence(segmenter):
    text = "We may use content (i) to provide the Services, (ii) for marketing and (iii) for analytics."
    assert clauses(segmenter, text) == [text]


def test_headings_without_full_stop_are_separate(segmenter):
    text = (
        "Your Content and Permissions\nWhen you upload files, you keep ownership.\n"
        "Sharing\nYou may share files."
    )
    assert clauses(segmenter, text) == [
        "Your Content and Permissions",
        "When you upload files, you keep ownership.",
        "Sharing",
        "You may share files.",
    ]


def test_all_caps_disclaimer_paragraph_splits_into_sentences(segmenter):
    text = (
        'DISCLAIMER. THE SERVICE IS PROVIDED "AS IS". TO THE MAXIMUM EXTENT PERMITTED BY LAW, '
        "ACME INC. DISCLAIMS ALL WARRANTIES. YOU USE IT AT YOUR OWN RISK."
    )
    assert clauses(segmenter, text) == [
        "DISCLAIMER.",
        'THE SERVICE IS PROVIDED "AS IS".',
        "TO THE MAXIMUM EXTENT PERMITTED BY LAW, ACME INC. DISCLAIMS ALL WARRANTIES.",
        "YOU USE IT AT YOUR OWN RISK.",
    ]


def test_markdown_structure(segmenter):
    text = (
        "# Terms of Service\n\n## 1. Acceptance\n\nBy using the **Service** you agree to these "
        "[Terms](https://example.com/terms). We may update them.\n\n- We collect data.\n"
        "- We share it with partners\n* Item three\n> Quoted notice here.\n"
    )
    assert clauses(segmenter, text) == [
        "Terms of Service",
        "1. Acceptance",
        "By using the **Service** you agree to these [Terms](https://example.com/terms).",
        "We may update them.",
        "We collect data.",
        "We share it with partners",
        "Item three",
        "Quoted notice here.",
    ]


def test_hard_wrapped_plain_text_joins_lines_inside_sentences(segmenter):
    text = (
        "These terms are a legal agreement between you and\n"
        "Acme Corporation. By using the service you agree to\n"
        "be bound by them. We may terminate your account at\n"
        "any time without notice.\n\n"
        "LIMITATION OF LIABILITY\n"
        "In no event shall the company be liable for any\n"
        "damages whatsoever.\n"
    )
    assert [" ".join(c.split()) for c in clauses(segmenter, text)] == [
        "These terms are a legal agreement between you and Acme Corporation.",
        "By using the service you agree to be bound by them.",
        "We may terminate your account at any time without notice.",
        "LIMITATION OF LIABILITY",
        "In no event shall the company be liable for any damages whatsoever.",
    ]


DOUBLE_SPACED = (
    "1. Termination. We may terminate these Terms at any time and for any\n\n"
    "reason. Upon termination, your right to use the Services ends and we may\n\n"
    "delete your content without notice to you.\n\n\n\n"
    "LIMITATION OF LIABILITY\n\n\n\n"
    "IN NO EVENT SHALL THE AGGREGATE LIABILITY OF\n\n"
    "THE COMPANY EXCEED ONE HUNDRED DOLLARS. SOME STATES DO NOT ALLOW THE\n\n"
    "EXCLUSION OF CERTAIN DAMAGES, SO THE ABOVE MAY NOT APPLY TO YOU.\n\n\n\n"
    "2. Fees. You agree to pay all fees that apply to your plan, and\n\n"
    "the taxes on them. Fees are charged in advance of each period\n\n"
    "of the subscription and are not refundable.\n\n\n\n"
    "3. Notices. We send notices to the email address in your account\n\n"
    "settings. You must keep it up to date.\n\n\n\n"
    "4. Changes. We may change these Terms by posting the new version on\n\n"
    "this page. Your continued use of the Services after that means that\n\n"
    "you accept the changes.\n"
)


def test_double_spaced_text_from_pdfs_joins_lines_across_single_blank_lines(segmenter):
    assert [" ".join(c.split()) for c in clauses(segmenter, DOUBLE_SPACED)] == [
        "1. Termination.",
        "We may terminate these Terms at any time and for any reason.",
        "Upon termination, your right to use the Services ends and we may delete your content without"
        " notice to you.",
        "LIMITATION OF LIABILITY",
        "IN NO EVENT SHALL THE AGGREGATE LIABILITY OF THE COMPANY EXCEED ONE HUNDRED DOLLARS.",
        "SOME STATES DO NOT ALLOW THE EXCLUSION OF CERTAIN DAMAGES, SO THE ABOVE MAY NOT APPLY TO YOU.",
        "2. Fees.",
        "You agree to pay all fees that apply to your plan, and the taxes on them.",
        "Fees are charged in advance of each period of the subscription and are not refundable.",
        "3. Notices.",
        "We send notices to the email address in your account settings.",
        "You must keep it up to date.",
        "4. Changes.",
        "We may change these Terms by posting the new version on this page.",
        "Your continued use of the Services after that means that you accept the changes.",
    ]


def test_single_blank_lines_part_paragraphs_in_text_that_is_not_double_spaced(segmenter):
    paragraphs = [
        "We may terminate these Terms at any time",
        "Fees are charged in advance and are not refundable",
        "You must keep your email address up to date",
    ] * 4
    assert clauses(segmenter, "\n\n".join(paragraphs)) == paragraphs


def test_spans_point_into_the_original_text_and_skip_empty_parts(segmenter):
    text = "  First one.   \n\n---\n\n  Second one?  Third!  "
    spans = segmenter.spans(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one?", "Third!"]
    assert all(0 <= s < e <= len(text) for s, e in spans)


def test_run_on_clause_is_split_at_semicolons(segmenter):
    part = "we may use the content for the purpose number {} and related purposes"
    text = "; ".join(part.format(i) for i in range(60)) + "."
    found = clauses(segmenter, text)
    assert len(found) > 1
    assert all(len(clause) <= MAX_CLAUSE_CHARS for clause in found)
    assert " ".join(found).replace(" ", "") == text.replace(" ", "")


def test_empty_and_whitespace_text_has_no_clauses(segmenter):
    assert segmenter.spans("") == []
    assert segmenter.spans(" \n\t\n ") == []


def test_sentences_glued_without_a_space_are_split(segmenter):
    text = "If you disagree, close your account.Your continued use means you accept the new terms."
    assert clauses(segmenter, text) == [
        "If you disagree, close your account.",
        "Your continued use means you accept the new terms.",
    ]


def test_all_caps_sentences_glued_without_a_space_are_split(segmenter):
    text = "YOUR PLAN RENEWS EACH MONTH UNLESS CANCELLED.FOR EXAMPLE, A MONTHLY PLAN RENEWS MONTHLY."
    assert clauses(segmenter, text) == [
        "YOUR PLAN RENEWS EACH MONTH UNLESS CANCELLED.",
        "FOR EXAMPLE, A MONTHLY PLAN RENEWS MONTHLY.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Visit www.Example.com for the details.",
        "Some uses, e.g.Sharing, are optional.",
        "Acme Inc.The rest.",
        "WRITE TO SUPPORT@ACME.COM OR VISIT ACME.COM TODAY.",
    ],
)
def test_dotted_names_and_abbreviations_are_not_glued_sentence_ends(segmenter, sentence):
    assert clauses(segmenter, sentence) == [sentence]


def test_markdown_escaped_section_numbers_and_links_ending_in_a_full_stop(segmenter):
    text = (
        "### 21\\. Questions? Contact Us\n\n"
        "If you have questions, write to us at [legal@example.com.](mailto:legal@example.com)\n\n"
        "We answer within a week.\n\n### 1\\. Basic Information\n"
    )
    assert clauses(segmenter, text) == [
        "21\\. Questions?",
        "Contact Us",
        "If you have questions, write to us at [legal@example.com.](mailto:legal@example.com)",
        "We answer within a week.",
        "1\\. Basic Information",
    ]


PERIOD_CONTEXTS = (
    "We may end it. You may not. Acme Inc. is here; so is Acme Ltd. Its staff work in the U.S. "
    "and the E.U. Ask J. Smith, or Dr. Jones. Pay $1,200. in full. See item 12. General terms "
    "apply. See 12. in the list. Really?! Yes... no. (Read this.) Then this. “Quoted.” Next one. "
    "Items etc.) follow. A.B.C. Corp. signs. Version 2.0. Released. 21\\. Changes. "
    "**2.1 Use.** We may. Call 555-0100. Now. He said 'stop.' Then left. x. y. Z. end"
)


def test_legal_punkt_ends_sentences_exactly_where_nltk_punkt_does():
    """LegalPunkt answers most sentence ends without asking Punkt, and compiles Punkt's own
    patterns with re; every answer must be Punkt's (scripts/compare_segmenters.py checks the
    same on the corpora)."""
    parameters = PunktParameters()
    parameters.abbrev_types = set(LEGAL_ABBREVIATIONS)
    nltk_punkt = PunktSentenceTokenizer(parameters)
    legal_punkt = LegalPunkt(LEGAL_ABBREVIATIONS)
    for text in (PERIOD_CONTEXTS, PERIOD_CONTEXTS.upper(), PERIOD_CONTEXTS.lower()):
        assert list(legal_punkt.span_tokenize(text)) == list(nltk_punkt.span_tokenize(text))
        assert Segmenter(punkt=nltk_punkt).spans(text) == Segmenter().spans(text)


def test_a_full_stop_before_a_long_run_of_closing_marks_still_ends_the_line(segmenter):
    text = "Fees are final." + "_" * 24 + "\nand this line starts a new sentence in lower case."
    assert len(clauses(segmenter, text)) == 2
