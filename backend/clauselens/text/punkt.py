"""NLTK's Punkt with a shortcut for the sentence ends it would certainly confirm.

Punkt asks, for every candidate end ("word. Next"), whether the context holds a break, by
tokenising and annotating it (tens of microseconds each). With clauselens's parameters (a
list of abbreviations, no learned statistics) most answers are certain from the context's
shape alone: a full stop after a plain word of two or more letters that is not an
abbreviation, a full stop after a closing bracket or quote, and a question or exclamation
mark, each followed by another token, always end a sentence; a number's full stop ends one
when a capitalised word follows. Those are answered at once; every other context goes to
Punkt unchanged, so the sentences are exactly Punkt's (checked on the terms corpus).

Punkt's own fixed patterns (where a sentence may end, how to realign closing quotes, how
to split words, what type a token is) are also compiled with the standard library here.
Recent NLTK releases run every pattern through a wrapper that arms a timeout per call, a
guard meant for patterns a caller supplies; these are NLTK's own linear patterns, and the
wrapper cost more than a third of the segmentation time.
"""

import re
import string

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

_PLAIN_WORD_STOP = re.compile(r"([^\W\d_]{2,})\.(?:\s+\S+|\S)")
_STOP_AFTER_CLOSING_MARK = re.compile(r"\S*[)\]}\"'”’»*]\.\s+\S+")
_QUESTION_OR_EXCLAMATION = re.compile(r"[^\s?!]*[?!]\s+\S+")
_NUMBER_STOP = re.compile(r"-?[.,]?\d[\d,.-]*\.\s+([^\W\d_])\S*")


def _plain(pattern) -> re.Pattern:
    """``pattern`` (NLTK's, compiled by ``regex`` behind its timeout wrapper) compiled by ``re``."""
    shared_flags = re.IGNORECASE | re.MULTILINE | re.UNICODE | re.VERBOSE  # same values in regex and re
    return re.compile(pattern.pattern, pattern.flags & shared_flags)


class _PlainPatterns(PunktLanguageVars):
    """Punkt's language variables, their patterns compiled by :mod:`re`."""

    __slots__ = ()
    re_boundary_realignment = _plain(PunktLanguageVars.re_boundary_realignment)

    def period_context_re(self):
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = _plain(super().period_context_re())
            return self._re_period_context

    def _word_tokenizer_re(self):
        try:
            return self._re_word_tokenizer
        except AttributeError:
            self._re_word_tokenizer = _plain(super()._word_tokenizer_re())
            return self._re_word_tokenizer


class _PlainToken(PunktToken):
    """Punkt's token, its patterns compiled by :mod:`re` (one token is built per word of
    every context Punkt annotates)."""

    __slots__ = ()
    _RE_ELLIPSIS = _plain(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _plain(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _plain(PunktToken._RE_INITIAL)
    _RE_ALPHA = _plain(PunktToken._RE_ALPHA)


class LegalPunkt(PunktSentenceTokenizer):
    """Punkt with fixed abbreviations and the shortcut above."""

    def __init__(self, abbreviations):
        parameters = PunktParameters()
        parameters.abbrev_types = set(abbreviations)
        super().__init__(parameters, lang_vars=_PlainPatterns(), token_cls=_PlainToken)
        self._abbreviations = frozenset(abbreviations)

    def _get_last_whitespace_index(self, text: str) -> int:
        # Punkt's version walks back one character at a time; same answer (0 when none).
        return max(0, *map(text.rfind, string.whitespace))

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
