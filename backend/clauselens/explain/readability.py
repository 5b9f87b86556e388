"""Flesch–Kincaid grade level of an English text, with a rule-based syllable counter.

    grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59

Words are runs of letters, digits and inner apostrophes or hyphens ("royalty-free" is one
word of three syllables). Sentences end at ``.``, ``!``, ``?``, ``…`` or a line break; a text
with words but no sentence end is one sentence. A word's syllables are its vowel groups
(``y`` counts as a vowel after a consonant), less a silent final ``e``, plus the vowel
pairs usually spoken apart (``-ia-``, ``-io-``, ``-ua-``, ``-eo-``, …), at least one; a
word without vowels (``30``, ``SMS``) counts one per digit run or letter run. The grade
is rounded to one decimal and never below 0 (the formula goes negative for texts of
one-syllable words, which says no more than "very easy").
"""

import re

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’\-‐‑][A-Za-z0-9]+)*")
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$|[\"”’')\]])|\n+")
_WORD_PART = re.compile(r"[A-Za-z]+|[0-9]+")
_VOWEL_GROUP = re.compile(r"[aeiou]+|(?<![aeiou])y(?![aeiou])|(?<=[^aeiou])y(?=[aeiou])")
# A y at the start of a word or after a vowel is a consonant (you, year, royal); elsewhere
# it is a vowel (happy, type) and, before a vowel, a syllable of its own (any|one).
_SPLIT_PAIRS = re.compile(
    r"(?<![ctsgqx])i[aou]"  # vi-a, pi-o-neer, but na-tion, so-cial
    r"|(?<![qg])u[aio]"  # ac-tu-al, flu-id, but qua-li-ty, lan-guage
    r"|(?<![gcp])eo"  # vi-de-o, but peo-ple, gor-geous
    r"|ea(?=t|$)"  # cre-ate, i-de-a, but eat-ing is rare in legal text
    r"|(?<![ctsgqx])ie(?=t|n(?:t|ce|cy))"  # di-et, cli-ent, ex-pe-ri-ence, but pa-tient, friend
    r"|(?<!q)ue(?=l)"  # fu-el, cru-el
    r"|[aeouy]i(?=ng)"  # be-ing, do-ing, say-ing
)
# A silent e inside compounds and before common suffixes: some|one, state|ment, like|ly.
_INNER_SILENT_E = re.compile(
    r"(?<=[aeiouy][^aeiouy])e(?=(?:ment|ness|ful|less|ly|times?|thing|one|where|body)s?$)"
)
_SILENT_E_END = re.compile(r"[^aeiouy]e$|(?:[^aeiouysxzcgh]|[^cs]h)es$|[^aeiouytd]ed$")
_CONSONANT_LE_END = re.compile(r"[^aeiouy]le[sd]?$")


def syllables(word: str) -> int:
    """Syllables in one word (see the module docstring for the rules)."""
    count = 0
    for part in _WORD_PART.findall(word):
        count += 1 if part.isdigit() else _letter_syllables(part.lower())
    return max(count, 1)


def _letter_syllables(part: str) -> int:
    groups = len(_VOWEL_GROUP.findall(part))
    if groups == 0:
        return 1
    groups += len(_SPLIT_PAIRS.findall(part))
    groups -= len(_INNER_SILENT_E.findall(part))
    if len(part) > 2 and _SILENT_E_END.search(part) and not _CONSONANT_LE_END.search(part):
        groups -= 1
    return max(groups, 1)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentence_count(text: str) -> int:
    """Sentences with at least one word; a text with words and no sentence end is one."""
    count, start = 0, 0
    for end in _SENTENCE_END.finditer(text):
        if _WORD.search(text, start, end.start()):
            count += 1
        start = end.end()
    if _WORD.search(text, start):
        count += 1
    return count


def flesch_kincaid_grade(text: str) -> float:
    """The Flesch–Kincaid grade of ``text``, rounded to one decimal; 0.0 for a text without words."""
    text_words = words(text)
    if not text_words:
        return 0.0
    total_syllables = sum(syllables(word) for word in text_words)
    grade = 0.39 * len(text_words) / sentence_count(text) + 11.8 * total_syllables / len(text_words) - 15.59
    return max(round(grade, 1), 0.0)
