"""Section headings are not matched as clauses; the sentences under them are."""

import pytest
from clauselens.analysis.analyze import analyze_text
from clauselens.packs import builtin_packs
from clauselens.text.headings import is_heading
from clauselens.text.segment import Segmenter


def clause_is_heading(text: str, clause: str) -> bool:
    start = text.index(clause)
    return is_heading(text, start, start + len(clause))


def on_own_line(line: str) -> str:
    return f"Introduction.\n\n{line}\n\nThe section's first sentence."


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("### 4.3 No Refunds", "4.3 No Refunds"),
        ("**No Liability**", "No Liability"),
        ("Mozilla Can Update or Terminate This Agreement", "Mozilla Can Update or Terminate This Agreement"),
        ("17. ARBITRATION AND NO CLASS RELIEF", "17. ARBITRATION AND NO CLASS RELIEF"),
        ("*   **b. How we may terminate or suspend Services**", "How we may terminate or suspend Services"),
        (
            "**17\\. Deletion of Submission, deletion of account**",
            "Deletion of Submission, deletion of account",
        ),
        ("Termination of Repeat Infringers", "Termination of Repeat Infringers"),
        # a bold run-in title the extension put on a line of its own
        ("No Refunds.", "No Refunds."),
        # an FAQ's question: the answer below carries the findings
        ("### 7\\. Can you ever change these terms of use?", "Can you ever change these terms of use?"),
        ("**Will Acme ever change the Services?**", "Will Acme ever change the Services?"),
        ("12A. What country’s law governs our relationship?", "What country’s law governs our relationship?"),
        (
            "12.3 **Acme’s Right to Remove Items from the Site.**",
            "12.3 **Acme’s Right to Remove Items from the Site.",
        ),
    ],
)
def test_headings_are_recognised(line, clause):
    assert clause_is_heading(on_own_line(line), clause)


@pytest.mark.parametrize(
    "line",
    [
        # sentences, even short ones or ones without a full stop
        "We may change these terms at any time.",
        "By using Polyfill.io you agree to our terms",
        # lines of a broken plain-text page that a sentence in capitals happens to fill
        "IN NO EVENT SHALL ACME BE LIABLE TO",
        "IN NO EVENT SHALL ACME BE LIABLE FOR LOST PROFITS",
        # an emphasised sentence that lacks its full stop
        "**We may close your account at any time without notice**",
        "**We May Close Your Account Without Notice**, as explained below.",
        "**THESE TERMS CONTAIN A BINDING ARBITRATION CLAUSE AND A CLASS ACTION WAIVER.**",
        "## You agree to binding arbitration",
        # a list item that says what the company may do
        "Suspending the breaching User’s use of the Cloud Service",
        # capitalised nouns, but a lower-case verb: a sentence
        "Purchases of Virtual Items are FINAL AND NON-REFUNDABLE.",
        # a table row that states the chosen law
        "Law governing the Agreement shall be: Japanese law",
        # too long for a title, whatever its capitals
        "Acme And Its Partners May Terminate Your Account At Any Time For Any Reason Without Any Notice",
    ],
)
def test_sentences_are_not_headings(line):
    assert not clause_is_heading(on_own_line(line), line.strip("*# "))


@pytest.mark.parametrize(
    "text",
    ["Billing. We Never Refund Fees Paid In Advance\n", "3. Billing. We Never Refund Fees Paid In Advance\n"],
)
def test_a_clause_after_other_text_on_its_line_is_not_a_heading(text):
    assert not clause_is_heading(text, "We Never Refund Fees Paid In Advance")


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        (
            "**Cookie Tracking and Personalized Advertising.** Your browser may offer controls.",
            "**Cookie Tracking and Personalized Advertising.**",
        ),
        ("8.7 **No Refunds.** All purchases are final.", "8.7 **No Refunds.**"),
        # the label inside the bold, escaped as Markdown writes it: the splitter cuts after "6."
        ("**6. No Jury Trials.** By agreeing to arbitration, you waive a jury.", "No Jury Trials.**"),
        ("**6\\. No Jury Trials.** By agreeing to arbitration, you waive a jury.", "No Jury Trials.**"),
    ],
)
def test_a_bold_title_opening_its_paragraph_is_a_heading(line, clause):
    assert clause_is_heading(on_own_line(line), clause)


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        # not emphasised: in plain text a Title Case sentence cannot be told from a run-in title
        ("No Refunds. All purchases are final.", "No Refunds."),
        # an emphasised sentence, not a title
        ("**We may keep your data.** Read on.", "**We may keep your data.**"),
        ("**ALL SALES ARE FINAL.** Read on.", "**ALL SALES ARE FINAL.**"),
        ("**6.** We may close your account. Read on.", "We may close your account."),
    ],
)
def test_other_sentences_opening_a_paragraph_are_not_headings(line, clause):
    assert not clause_is_heading(on_own_line(line), clause)


def test_a_heading_gets_no_highlight_while_its_section_does():
    text = (
        "Terms of Service\n\n"
        "## 8. Changes to Price and Subscription Plans\n\n"
        "We may change our subscription prices at any time without notice.\n\n"
        "#### No Academic Credit\n\n"
        "Completing a course does not give you academic credit.\n"
    )
    assert "8. Changes to Price and Subscription Plans" in [text[s:e] for s, e in Segmenter().spans(text)]
    analysis = analyze_text(text, list(builtin_packs().values()))
    flagged = [clause["text"] for clause in analysis["clauses"]]
    assert flagged == ["We may change our subscription prices at any time without notice."]
    assert analysis["document"]["clauses"] == 5  # headings still count as clauses of the document
