"""NLTK's Punkt with a shortcut for the sentence ends it would certainly confirm.

Punkt asks, for every candidate end ("word. Next"), whether the context holds a break, by
tokenising and annotating it (tens of microseconds each). With clauselens's parameters (a
list of abbreviations, no learned statistics) most answers are certain from the context's
shape alone: a full stop after a plain word of two or more letters that is not an
abbreviation, a full stop after a closing bracket or quote, and a question or exclamation
mark, each followed by another token, always end a sentence; a number's full stop ends one
when a capitalised word follows. Those are answered at once; every other context goes to
Punkt unchanged, so the sentences are exactly Punkt's (checked on the terms corpus).
"""

import re

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

_PLAIN_WORD_STOP = re.compile(r"([^\W\d_]{2,})\.(?:\s+\S+|\S)")
_STOP_AFTER_CLOSING_MARK = re.compile(r"\S*[)\]}\"'”’»*]\.\s+\S+")
_QUESTION_OR_EXCLAMATION = re.compile(r"[^\s?!]*[?!]\s+\S+")
_NUMBER_STOP = re.compile(r"-?[.,]?\d[\d,.-]*\.\s+([^\W\d_])\S*")


class LegalPunkt(PunktSentenceTokenizer):
    """Punkt with fixed abbreviations and the shortcut above."""

    def __init__(self, abbreviations):
        parameters = PunktParameters()
        parameters.abbrev_types = set(abbreviations)
        super().__init__(parameters)
        self._abbreviations = frozenset(abbreviations)

    def text_contains_sentbreak(self, text: str) -> bool:
        plain = _PLAIN_WORD_STOP.fullmatch(text)
        if plain and plain.group(1).lower() not in self._abbreviations:
            return True  # a word's own full stop: Punkt breaks whatever follows
        if _STOP_AFTER_CLOSING_MARK.fullmatch(text) or _QUESTION_OR_EXCLAMATION.fullmatch(text):
            return True  # the mark is a token of its own, and such a token always breaks
        number = _NUMBER_STOP.fullmatch(text)
        if number:
            return number.group(1).isupper()  # "12. General" breaks, "12. in" does not
        return super().text_contains_sentbreak(text)
