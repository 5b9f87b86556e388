"""Cheap twins for patterns with wide bounded repeats ("may … within 150 characters … suspend").

RE2's DFA for ``A[^.;]{0,150}B`` must count: after each A it tracks every distance up to
150, its states multiply, and each search rebuilds many of them (a search can take tens of
microseconds, or a millisecond on new text). The relaxed twin ``A[^.;]{0,}B`` needs no
counting. It matches everything the pattern matches, so a text it rejects is rejected; and
on a text no longer than the smallest bound it relaxed it matches exactly the same texts
(a repeat of at most n characters' worth cannot need more than n repetitions), so most
clauses, which are short, never reach the counting pattern at all.

Where a pattern matches (evidence) is found with its twin too: the pattern can only start
where the twin matches, and RE2 matching it anchored there needs no reverse pass to find
where it starts, which for a counting pattern is the costly half.
"""

import re
from dataclasses import dataclass

WIDE_REPEAT = 20
"""Bounded repeats with an upper bound from this on are relaxed; smaller ones cost little."""

_BOUNDED_REPEAT = re.compile(r"\{(\d+),(\d+)\}")


@dataclass(frozen=True, slots=True)
class Twin:
    pattern: str
    exact_up_to: int  # the smallest relaxed bound: texts up to this length get the same answer


def relaxed(pattern: str) -> Twin | None:
    """The relaxed twin of ``pattern``, or None when the pattern has no wide bounded repeat
    (or syntax this scanner does not follow)."""
    if r"\Q" in pattern:  # literal sections: braces inside them are text
        return None
    pieces, position, in_class, bounds = [], 0, False, []
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
            pieces.append(f"{{{repeat.group(1)},}}")
            bounds.append(int(repeat.group(2)))
            position = repeat.end()
            continue
        pieces.append(character)
        position += 1
    return Twin("".join(pieces), min(bounds)) if bounds else None


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
