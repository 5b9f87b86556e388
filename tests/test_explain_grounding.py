"""An explanation never claims more than the clause says: every part of it is tied to words
that are really in the clause or the document.

- A point is ``<words>: <meaning>``: the words must be the clause's own, at the offsets
  given, and one of the spellings of a word-list entry; the meaning must be that entry's
  fixed meaning, plus the negation note only when a "not"/"never" really comes just before.
- The summary is made only of the matched rules' summaries, or of fixed sentences whose
  quoted parts (actions, terms) are found in the clause.
- A document term is used in the clause and its definition is found in the document; a
  glossary term's words are in the clause.
- An action quotes a sentence of the document (or the clause), and the routes and
  deadlines it names are in the clause or the document.
"""

import re

import pytest
from clauselens.explain.markdown import plain_text
from clauselens.explain.points import lower_first
from clauselens.explain.vocabulary import vocabulary

from .explain_documents import CASES, PRIVACY_POLICY
from .seed_case import CONSENT_QUOTED, CORRECTION_QUOTED, LICENCE_QUOTED, OWNERSHIP_QUOTED, SEED_DOCUMENT

ENTRIES = {entry.name: entry for entry in vocabulary()}
READ_CLOSELY = re.compile(
    r'Read closely: the clause says "(?P<negation>[^"]+)" just before "(?P<word>[^"]+)"\.'
)
NEGATION_NOTE = re.compile(r' It comes just after "(?P<negation>[^"]+)", so the clause may rule this out\.$')
NO_RULE = "No risk rule matched this clause."
NO_STRUCTURE = "It does not say plainly who may do what."
TEMPLATE_SENTENCE = re.compile(
    r"(?P<no_rule>No risk rule matched this clause\.)"
    r"|(?P<no_structure>It does not say plainly who may do what\.)"
    r"|It explains what “(?P<defined>[^”]+)” means\."
    r"|It uses words the document defines elsewhere: (?P<terms>(?:“[^”]+”(?:, )?)+)\."
    r"|It says (?P<statement>.+?)(?:\.|…)(?=\s|$)"
)

# Each modal a statement may use, and the clause wordings it may stand for.
CLAUSE_MODALS = {
    "may not": "may not", "must not": "must not|shall not", "will not": "will not|won't|won’t",
    "cannot": "cannot|can't|can’t", "will never": "never",
    "does not": "do(?:es)? not|do(?:es)?n[’']t", "do not": "do(?:es)? not|do(?:es)?n[’']t",
    "may": "may|reserves? the right to", "can": "can", "must": "must|shall", "will": "will|shall",
    "agrees to": "agrees? to", "agree to": "agrees? to", "needs to": "needs? to", "need to": "needs? to",
}  # fmt: skip
for _state in (
    "not", "never", "required to", "responsible for", "entitled to", "permitted to", "allowed to",
    "not permitted to", "not allowed to",
):  # fmt: skip
    CLAUSE_MODALS[f"is {_state}"] = CLAUSE_MODALS[f"are {_state}"] = f"(?:is|are) {_state}"
STATEMENT_PARTS = re.compile(
    r"^(?P<actor>.+?) (?P<modal>"
    + "|".join(sorted(CLAUSE_MODALS, key=len, reverse=True))
    + r") (?P<action>.+)$"
)
PLAIN_ACTORS = {
    "the company": r"we|the company|the provider",
    "you": "you",
    "you and the company": r"you and we|we and you|you and the company|both parties",
    "a user": "user",
}


def assert_statement_is_in_the_clause(statement, clause):
    """'the company may change the Terms' must stand for 'We (may|reserve the right to) change the Terms',
    'the company collects and shares data' for 'We collect and share data'."""
    assert _said_with_a_modal(statement, clause) or _said_in_the_present(statement, clause), statement


def _said_with_a_modal(statement, clause):
    parts = STATEMENT_PARTS.match(statement)
    if parts is None:
        return False
    actor = PLAIN_ACTORS.get(parts["actor"], re.escape(parts["actor"].removeprefix("the company's ")))
    action = re.escape(parts["action"].removesuffix(" …"))
    # "We may, from time to time, change …" → "the company may change …"
    wording = rf"(?:{actor}).*?\b(?:{CLAUSE_MODALS[parts['modal']]})(?:\s*,[^,;.]{{1,40}},)?\s+{action}"
    return re.search(wording, flat(clause), re.IGNORECASE) is not None


def _said_in_the_present(statement, clause):
    if not statement.startswith("the company "):
        return False
    words = statement.removeprefix("the company ").removesuffix(" …").split(" ")
    # Each word is the clause's, or the clause's verb with -s, -es or -ies added.
    forms = []
    for word in words:
        core, punctuation = word.rstrip(",;"), word[len(word.rstrip(",;")) :]
        spellings = {core, core[:-1], core[:-2], core[:-3] + "y"} - {"", "y"}
        forms.append("(?:" + "|".join(map(re.escape, spellings)) + ")" + re.escape(punctuation))
    return re.search(r"\bwe\s+" + r"\s+".join(forms), flat(clause), re.IGNORECASE) is not None


CLAUSES = [
    (LICENCE_QUOTED, SEED_DOCUMENT),
    (CORRECTION_QUOTED, SEED_DOCUMENT),
    (CONSENT_QUOTED, SEED_DOCUMENT),
    (OWNERSHIP_QUOTED, None),
    (
        "Epic agrees, whether or not Your Content is NoAI Content, not to use any of Your Content or to "
        "license it to third parties for use in datasets utilized by Generative AI Programs.",
        None,
    ),
    *((case.clause, case.document) for case in CASES),
    ("We may use your voice recordings to train our speech recognition models.", PRIVACY_POLICY),
    ("Any dispute will be settled by binding arbitration in Delaware.", PRIVACY_POLICY),
    ("We will never sell your personal information or use it for targeted advertising.", PRIVACY_POLICY),
    ("You may not transfer your account, and we do not share your location with advertisers.", None),
    ("Your password must be at least 12 characters long.", None),
    ("We may, from time to time, change these Terms.", None),
    ("“Relevant\xa0Jurisdictions”\xa0shall\xa0mean\xa0Armenia\xa0and\xa0Georgia.", None),
    ("We\xa0may\xa0sell\xa0User\xa0Content.", 'Your posts (collectively, "User Content") are yours.'),
    ("Customer is permitted to use Performance Reports for its own internal business purposes.", None),
    ("User may reproduce Collection Materials only in the cases specified in these Terms.", None),
    ("Thus, you and we must initiate any dispute under the procedures current at the time.", None),
    ("We collect, use, and share your location and contacts with our advertising partners.", None),
    ("We also automatically collect device information when you use the app.", None),
    (
        "You agree to indemnify and hold harmless Acme against any claims, and Acme is not liable for "
        "consequential damages.",
        None,
    ),
    ("You must report billing errors to billing@shop.test within sixty (60) days of the charge.", None),
]


def flat(text):
    """The text on one line, without Markdown, as quotes and definitions give it."""
    return plain_text(text)


def utf16_slice(text, start, end):
    return text.encode("utf-16-le", "surrogatepass")[2 * start : 2 * end].decode("utf-16-le")


@pytest.fixture(params=CLAUSES, ids=[f"clause{number}" for number in range(len(CLAUSES))])
def explained(request, client):
    clause, document = request.param
    body = {"clause": clause} if document is None else {"clause": clause, "document": document}
    response = client.post("/v1/explain", json=body)
    assert response.status_code == 200
    return clause, document, response.get_json()


def test_every_point_explains_words_that_are_in_the_clause(explained):
    clause, _, result = explained
    explanation = result["explanation"]
    assert [detail["point"] for detail in explanation["point_details"]] == explanation["points"]
    for detail in explanation["point_details"]:
        entry = ENTRIES[detail["about"]]
        (word,) = detail["words"]
        assert utf16_slice(clause, word["start"], word["end"]) == word["text"]
        assert entry.pattern.fullmatch(word["text"]), "the words are a spelling of the entry"
        assert detail["point"].startswith(f"{word['text']}: ")
        said = detail["point"][len(word["text"]) + 2 :]
        note = NEGATION_NOTE.search(said)
        if note:
            said = said[: note.start()]
            before = clause[: clause.index(word["text"])].split()[-5:]
            assert note["negation"] in [token.strip(",") for token in before]
        assert said == lower_first(entry.meaning), "the point says only what the words mean"


def test_the_summary_says_only_what_the_rules_or_the_clause_say(explained):
    clause, _, result = explained
    summary = result["explanation"]["summary"]
    findings = result["clause"]["findings"]
    if findings:
        rule_summaries = [finding["summary"] for finding in findings]
        rest = summary
        for note in READ_CLOSELY.finditer(summary):
            assert any(
                note["negation"] in [token.strip(",") for token in flat(clause)[: place.start()].split()[-5:]]
                for place in re.finditer(re.escape(note["word"]), flat(clause))
            ), "the negation is just before the word"
            rest = rest.replace(note.group(), "")
        for lead in ("It also protects you: ", "This clause protects you: ", "Worth knowing: "):
            rest = rest.replace(lead, "")
        for rule_summary in rule_summaries:
            rest = rest.replace(rule_summary, "").replace(lower_first(rule_summary), "")
        assert not rest.strip(), f"words in the summary from no rule: {rest!r}"
        return
    assert summary.startswith(NO_RULE)
    position = 0
    while position < len(summary):
        sentence = TEMPLATE_SENTENCE.match(summary, position)
        assert sentence, f"not a known summary sentence: {summary[position:]!r}"
        if sentence["defined"]:
            assert sentence["defined"] in flat(clause)
        if sentence["terms"]:
            document_terms = {
                term["term"] for term in result["explanation"]["terms"] if term["source"] == "document"
            }
            for term in re.findall(r"“([^”]+)”", sentence["terms"]):
                assert term in document_terms and term.rstrip("s") in flat(clause)
        if sentence["statement"]:
            assert_statement_is_in_the_clause(sentence["statement"].strip(), clause)
        position = sentence.end()
        while position < len(summary) and summary[position] == " ":
            position += 1


def test_terms_come_from_the_document_or_the_glossary_and_are_in_the_clause(explained):
    clause, document, result = explained
    for term in result["explanation"]["terms"]:
        if term["source"] == "document":
            assert document is not None
            assert re.search(rf"\b{re.escape(term['term'].rstrip('s'))}", flat(clause))
            definition = term["definition"].strip("…").strip()
            assert flat(definition) in flat(document)
        else:
            entry = ENTRIES[term["term"]]
            assert entry.pattern.search(clause)
            assert term["definition"] == entry.meaning


def test_actions_quote_the_document_or_the_clause(explained):
    clause, document, result = explained
    for action in result["explanation"]["actions"]:
        head, said_by_document, quote = action.partition(" The document says: “")
        if said_by_document:
            quote = quote.removesuffix("”").removesuffix(" …").removeprefix("… ")
            assert document is not None and flat(quote) in flat(document)
            source = quote
        else:
            assert head.endswith("(This clause says so.)")
            source = clause
        details = head.split(": ", 1)[1] if ": " in head else ""
        for detail in details.removesuffix(" (This clause says so.)").rstrip(".").split("; "):
            # A long sentence is quoted around its first route; the others are further in it.
            if detail:
                assert flat(detail) in flat(source if source is clause else document)
