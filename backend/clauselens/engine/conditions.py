"""Match conditions (all / any / none, nested), decided by asking which patterns occur."""

from collections.abc import Callable
from dataclasses import dataclass

Occurs = Callable[[int], bool]
"""Says whether the pattern with a given index occurs in the clause at hand."""


@dataclass(frozen=True, slots=True)
class Condition:
    """Each item is a pattern (its index in the pack's pattern table) or a nested condition.

    Items are asked in order and the answer stops at the first that decides it, so the
    compiler puts the most selective items first.
    """

    all: tuple = ()
    any: tuple = ()
    none: tuple = ()

    def holds(self, occurs: Occurs) -> bool:
        """Whether the condition holds for a clause in which ``occurs`` says what occurs."""
        # Plain loops: this runs for every candidate rule of every clause.
        for item in self.all:
            if not (occurs(item) if item.__class__ is int else item.holds(occurs)):
                return False
        if self.any:
            for item in self.any:
                if occurs(item) if item.__class__ is int else item.holds(occurs):
                    break
            else:
                return False
        for item in self.none:  # noqa: SIM110 - as above, a loop is faster than all() here
            if occurs(item) if item.__class__ is int else item.holds(occurs):
                return False
        return True

    def needs_a_hit(self) -> bool:
        """True when no clause without any pattern occurring can satisfy it."""
        if any(_item_needs_a_hit(item) for item in self.all):
            return True
        return bool(self.any) and all(_item_needs_a_hit(item) for item in self.any)

    def evidence_patterns(self, occurs: Occurs) -> frozenset[int]:
        """The patterns that made a holding condition hold (never those under none)."""
        found: set[int] = set()
        for item in (*self.all, *self.any):
            if isinstance(item, int):
                if occurs(item):
                    found.add(item)
            elif item.holds(occurs):
                found |= item.evidence_patterns(occurs)
        return frozenset(found)


def _item_needs_a_hit(item) -> bool:
    return True if isinstance(item, int) else item.needs_a_hit()
