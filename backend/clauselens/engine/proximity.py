"""Cheap twins for patterns with wide bounded repeats ("may … within 150 characters … suspend").

RE2's DFA for ``A[^.;]{0,150}B`` must count: after each A it tracks every distance up to
150, its states multiply, and each search rebuilds many of them (a search can take tens of
microseconds, or a millisecond on new text). The relaxed twin ``A[^.;]{0,}B`` needs no
counting. It matches everything the pattern matches, so a text it rejects is rejected; and
on a text no longer than the smallest bound it relaxed it matches exactly the same texts
(a repeat of at most n characters' worth cannot need more than n repetitions), so most
clauses, which are short, never reach the counting pattern at all.

The same reasoning gives evidence spans. When every relaxed repeat is of one character
(``[^.;]{0,150}``, ``.{0,300}``), a twin's match no longer than the smallest bound repeats
nothing more than the bound allows, so the counting pattern makes the same choices and
finds the same span: evidence can come from the twin, and a counting search (a forward
and a reverse pass, both counting) is needed only when the twin's match is longer.
"""

import re
from dataclasses import dataclass

WIDE_REPEAT = 20
"""Bounded repeats with an upper bound from this on are relaxed; smaller ones cost little."""

_BOUNDED_REPEAT = re.compile(r"\{(\d+),(\d+)\}")
_SINGLE_CHARACTER_ESCAPE = re.compile(r"\\[dDwWsSpPnrtfv.\\\[\]()|*+?{}^$/-]")


@dataclass(frozen=True, slots=True)
class Twin:
    pattern: str
    exact_up_to: int  # the smallest relaxed bound: texts up to this length get the same answer
    single_character_repeats: bool  # every relaxed repeat is of one character (see above)


def relaxed(pattern: str) -> Twin | None:
    """The relaxed twin of ``pattern``, or None when the pattern has no wide bounded repeat
    (or syntax this scanner does not follow)."""
    if r"\Q" in pattern:  # literal sections: braces inside them are text
        return None
    pieces, position, in_class, bounds = [], 0, False, []
    single_character = True
    while position < len(pattern):
        character = pattern[position]
        if character == "\\":
            pieces.append(pattern[position : position + 2])
            position += 2
            continue
        if in_class:
            in_class = character != "]"
            pieces.append(character)
            position += 1
            continue
        if character == "[":
            position = _open_class(pattern, position, pieces)
            in_class = True
            continue
        repeat = _BOUNDED_REPEAT.match(pattern, position)
        if repeat and int(repeat.group(2)) >= WIDE_REPEAT:
            single_character = single_character and _is_one_character(pieces)
            pieces.append(f"{{{repeat.group(1)},}}")
            bounds.append(int(repeat.group(2)))
            position = repeat.end()
            continue
        pieces.append(character)
        position += 1
    return Twin("".join(pieces), min(bounds), single_character) if bounds else None


def _is_one_character(pieces: list[str]) -> bool:
    """Whether the atom just scanned (the last of ``pieces``) always matches one character:
    a class, ``.``, a class escape or a plain character; not a group."""
    if not pieces:
        return False
    last = pieces[-1]
    if last == "]":  # the end of a class (a "]" inside one was copied with its opening)
        return True
    if len(last) == 2 and last.startswith("\\"):
        return bool(_SINGLE_CHARACTER_ESCAPE.fullmatch(last))
    return len(last) == 1 and last not in "()|*+?{}^$"


def _open_class(pattern: str, position: int, pieces: list[str]) -> int:
    """Copy "[", a leading "^" and a leading "]" (which is literal there); return what follows."""
    pieces.append("[")
    position += 1
    if pattern.startswith("^", position):
        pieces.append("^")
        position += 1
    if pattern.startswith("]", position):
        pieces.append("]")
        position += 1
    return position
