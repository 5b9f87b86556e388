"""The points of an explanation: one per thing the clause contains, each tied to its words.

A point reads ``<the clause's own words>: <what they mean>``: a scope word ("perpetual"),
a kind of data ("audio"), a use ("marketing") or a condition ("to the extent permitted by
law"). Points describe what the words mean, never what the clause allows, so that a
point cannot claim more than the clause says; when a "not" or "never" comes just before
a scope word or a use, the point says so, because the clause may then rule it out.
"""

import re

from ..text.offsets import Utf16Index
from .vocabulary import POINT_GROUPS, Hit

MAX_POINTS_PER_GROUP = {"scope": 6, "data": 4, "purpose": 5, "condition": 4}
NEGATABLE_GROUPS = frozenset({"scope", "purpose"})
NEGATION_WINDOW_WORDS = 5

_NEGATION_BEFORE = re.compile(
    r"\b(?P<negation>(?<!or )not|never|no|cannot|can't|can’t|won't|won’t|don't|don’t|doesn't|doesn’t|nor)\b"
    rf"(?:[^\S\n]+[^\s.;:!?]+){{0,{NEGATION_WINDOW_WORDS - 1}}}[^\S\n]*$",
    re.IGNORECASE,
)


def build_points(clause: str, hits: list[Hit]) -> tuple[list[str], list[dict]]:
    """(points, details): the point texts, and for each its group and the words it is about.

    Word positions in the details are UTF-16 offsets in the clause, like evidence offsets.
    """
    utf16 = Utf16Index(clause)
    chosen: list[tuple[int, Hit]] = []
    for rank, group in enumerate(POINT_GROUPS):
        # A long clause keeps the weightiest entries of each group (the word lists' order).
        in_group = sorted((hit for hit in hits if hit.entry.group == group), key=lambda hit: hit.entry.rank)
        chosen.extend((rank, hit) for hit in in_group[: MAX_POINTS_PER_GROUP[group]])
    points, details = [], []
    for _, hit in sorted(chosen, key=lambda item: (item[0], item[1].start)):
        text = f"{hit.text}: {lower_first(hit.entry.meaning)}"
        negation = negation_before(clause, hit.start) if hit.entry.group in NEGATABLE_GROUPS else None
        if negation:
            text += f' It comes just after "{negation}", so the clause may rule this out.'
        points.append(text)
        details.append(
            {
                "point": text,
                "group": hit.entry.group,
                "about": hit.entry.name,
                "words": [
                    {"text": hit.text, "start": utf16.to_utf16(hit.start), "end": utf16.to_utf16(hit.end)}
                ],
            }
        )
    return points, details


def negation_before(clause: str, position: int) -> str | None:
    """The "not" or "never" among the few words just before ``position``, if there is one."""
    found = _NEGATION_BEFORE.search(clause, max(0, position - 80), position)
    return found.group("negation") if found else None


def lower_first(sentence: str) -> str:
    """ "It never ends." → "it never ends."; "AI tools …" keeps its capitals."""
    if len(sentence) > 1 and sentence[1].islower():
        return sentence[0].lower() + sentence[1:]
    return sentence
