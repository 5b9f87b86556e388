"""The word lists shipped as data (glossary.yaml, topics.yaml) and the points built from them."""

import pytest
from clauselens.explain.points import build_points
from clauselens.explain.readability import flesch_kincaid_grade
from clauselens.explain.vocabulary import POINT_GROUPS, TERM_GROUP, find_words, vocabulary, word_pattern

ENTRIES = vocabulary()
PLAIN_GRADE = 8


def names(clause):
    return [hit.entry.name for hit in find_words(clause)]


def test_the_word_lists_load_with_unique_names_and_known_groups():
    assert len(ENTRIES) >= 80
    entry_names = [entry.name for entry in ENTRIES]
    assert len(entry_names) == len(set(entry_names))
    assert {entry.group for entry in ENTRIES} == {*POINT_GROUPS, TERM_GROUP}


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry.name for entry in ENTRIES])
def test_every_meaning_is_plain(entry):
    assert flesch_kincaid_grade(entry.meaning) <= PLAIN_GRADE
    assert entry.meaning.endswith(".")


@pytest.mark.parametrize(
    "term",
    [
        "perpetual", "irrevocable", "worldwide", "royalty-free", "sublicensable", "transferable",
        "non-exclusive", "indemnify", "hold harmless", "consequential damages", "liquidated damages",
        "arbitration", "class action", "waiver", "governing law", "jurisdiction", "severability",
        "force majeure", "warranty", "as is", "derivative works", "moral rights", "affiliates",
        "third parties", "personal data", "aggregated data", "de-identified data",
    ],
)  # fmt: skip
def test_the_glossary_covers_the_common_legal_terms(term):
    assert term in {entry.name for entry in ENTRIES}


def test_spaces_and_hyphens_are_interchangeable_and_words_are_whole():
    assert names("a royalty free licence") == names("a royalty-free licence") == ["royalty-free", "licence"]
    assert names("You may opt-out.") == names("You may opt out.") == ["opt out"]
    assert names("a non-exclusive, irrevocable right") == ["non-exclusive", "irrevocable"]
    assert names("an exclusive, revocable right") == ["exclusive", "revocable"]
    assert names("perpetually") == ["perpetual"] and names("perpetualness") == []


def test_words_in_capitals_match_only_in_capitals():
    assert "AI" in names("We build AI tools.")
    assert "AI" not in names("Ai Weiwei visited.")
    assert word_pattern(["PII"]).search("pii") is None


def test_the_longest_words_win_where_entries_overlap():
    assert names("We will not do this without your consent.") == ["without your consent"]
    assert names("You consent to this.") == ["consent"]
    assert names("The licence is royalty-free and fully paid-up.") == ["licence", "royalty-free"]


def test_a_word_with_a_context_counts_only_in_that_context():
    assert "training" not in names("Staff receive security training every year.")
    assert "training" in names("We use your chats for training our AI models.")
    assert "selling" not in names("You may sell tickets on the platform.")
    assert "selling" in names("We may sell your personal information.")
    assert "sharing" not in names("We may contact you to share more details about our offers.")
    assert "sharing" in names("We may share your location with partners.")


def test_points_quote_the_clause_and_explain_the_word():
    clause = "You grant us a perpetual licence to use your audio for advertising, as permitted by law."
    points, details = build_points(clause, find_words(clause))
    assert points == [
        "perpetual: it never ends. There is no end date.",
        "audio: sound, such as calls and voice messages.",
        "advertising: showing ads, to you or to other people.",
        "as permitted by law: as far as the law allows. Where a law forbids it, this part does not count.",
    ]
    assert [detail["group"] for detail in details] == ["scope", "data", "purpose", "condition"]
    assert [detail["point"] for detail in details] == points


def test_a_point_after_a_negation_says_the_clause_may_rule_it_out():
    points, _ = build_points("We never sell your data.", find_words("We never sell your data."))
    assert points == [
        'sell: giving it to others for money or something else of value. It comes just after "never", '
        "so the clause may rule this out."
    ]
    points, _ = build_points("We sell data. It is not hard.", find_words("We sell data. It is not hard."))
    assert "rule this out" not in points[0]


def test_point_word_offsets_are_utf16_offsets_in_the_clause():
    clause = "🙂 We keep your location forever."
    _, details = build_points(clause, find_words(clause))
    word = details[0]["words"][0]
    assert word["text"] == "location"
    assert clause.encode("utf-16-le")[2 * word["start"] : 2 * word["end"]].decode("utf-16-le") == "location"
    assert word["start"] == clause.index("location") + 1


def test_a_long_clause_keeps_the_weightiest_points_of_each_group():
    clause = (
        "We use your files, photos, chats, contacts, location, voice and biometric data for analytics, "
        "marketing, advertising, profiling, research, personalization and machine learning."
    )
    _, details = build_points(clause, find_words(clause))
    data_points = [detail["about"] for detail in details if detail["group"] == "data"]
    assert data_points == ["contacts", "location", "audio", "biometric data"]
    purposes = [detail["about"] for detail in details if detail["group"] == "purpose"]
    assert "AI" in purposes and "profiling" in purposes and "research" not in purposes
