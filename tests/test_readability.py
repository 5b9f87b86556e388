"""Flesch–Kincaid grades, checked against counts made by hand."""

import pytest
from clauselens.explain.readability import flesch_kincaid_grade, sentence_count, syllables, words


def fk_by_hand(word_count, sentence_total, syllable_total):
    return 0.39 * word_count / sentence_total + 11.8 * syllable_total / word_count - 15.59


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("the", 1), ("cat", 1), ("happy", 2), ("perpetual", 4), ("irrevocable", 5), ("licence", 2),
        ("worldwide", 2), ("royalty", 3), ("sublicensable", 5), ("transferable", 4), ("indemnify", 4),
        ("arbitration", 4), ("jurisdiction", 4), ("severability", 6), ("derivative", 4), ("affiliates", 4),
        ("video", 3), ("actual", 3), ("people", 2), ("social", 2), ("quality", 3), ("create", 2),
        ("damages", 3), ("services", 3), ("likes", 1), ("table", 2), ("being", 2), ("someone", 2),
        ("statement", 2), ("experience", 4), ("you", 1), ("year", 1), ("30", 1), ("AI", 1),
        ("royalty-free", 4), ("e-mail", 2),
    ],
)  # fmt: skip
def test_syllables_of_common_words(word, count):
    assert syllables(word) == count


def test_sentences_end_at_stops_marks_and_line_breaks():
    assert sentence_count("One. Two! Three?") == 3
    assert sentence_count("no full stop here") == 1
    assert sentence_count("Line one\nLine two") == 2
    assert sentence_count("Cut short …") == 1
    assert sentence_count("") == 0


def test_grade_of_a_one_sentence_clause_matches_the_formula_by_hand():
    text = "You grant us a perpetual, irrevocable licence."
    # You 1, grant 1, us 1, a 1, per-pet-u-al 4, ir-rev-o-ca-ble 5, li-cence 2: 7 words, 15 syllables
    assert words(text) == ["You", "grant", "us", "a", "perpetual", "irrevocable", "licence"]
    assert flesch_kincaid_grade(text) == round(fk_by_hand(7, 1, 15), 1) == 12.4


def test_grade_with_hyphenated_words_and_numbers_matches_the_formula_by_hand():
    text = "Your royalty-free licence ends in 30 days. We may not sell your data."
    # Your 1, roy-al-ty-free 4, li-cence 2, ends 1, in 1, 30 1, days 1: 7 words, 11 syllables
    # We 1, may 1, not 1, sell 1, your 1, da-ta 2: 6 words, 7 syllables
    assert len(words(text)) == 13
    assert flesch_kincaid_grade(text) == round(fk_by_hand(13, 2, 18), 1) == 3.3


def test_grade_never_goes_below_zero():
    text = "The cat sat on the mat. It was happy."
    assert fk_by_hand(9, 2, 10) < 0
    assert flesch_kincaid_grade(text) == 0.0
    assert flesch_kincaid_grade("") == 0.0


def test_long_legal_sentences_grade_far_above_plain_ones():
    legal = (
        "Notwithstanding the foregoing, the Company shall not be liable for any indirect, incidental, "
        "consequential or exemplary damages arising out of or in connection with the Services."
    )
    plain = "The company will not pay for knock-on losses. That includes lost income."
    assert flesch_kincaid_grade(legal) > 16
    assert flesch_kincaid_grade(plain) < 8
