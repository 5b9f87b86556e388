"""Match conditions (all / any / none, nested) over the set of patterns that hit a clause."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Condition:
    """Each item is a pattern (its index in the pack's pattern table) or a nested condition."""

    all: tuple = ()
    any: tuple = ()
    none: tuple = ()

    def holds(self, hits: frozenset[int] | set[int]) -> bool:
        """Whether the condition holds for a clause in which the patterns ``hits`` occur."""
        if self.all and not all(_item_holds(item, hits) for item in self.all):
            return False
        if self.any and not any(_item_holds(item, hits) for item in self.any):
            return False
        return not any(_item_holds(item, hits) for item in self.none)

    def needs_a_hit(self) -> bool:
        """True when no clause without any pattern hit can satisfy it (so it can be prefiltered)."""
        if any(_item_needs_a_hit(item) for item in self.all):
            return True
        return bool(self.any) and all(_item_needs_a_hit(item) for item in self.any)

    def positive_patterns(self) -> frozenset[int]:
        """Patterns under all/any (not under none): the ones that can make the condition hold."""
        found: set[int] = set()
        for item in (*self.all, *self.any):
            if isinstance(item, int):
                found.add(item)
            else:
                found |= item.positive_patterns()
        return frozenset(found)

    def evidence_patterns(self, hits) -> frozenset[int]:
        """The hit patterns that made a holding condition hold (never those under none)."""
        found: set[int] = set()
        for item in (*self.all, *self.any):
            if isinstance(item, int):
                if item in hits:
                    found.add(item)
            elif item.holds(hits):
                found |= item.evidence_patterns(hits)
        return frozenset(found)


def _item_holds(item, hits) -> bool:
    return item in hits if isinstance(item, int) else item.holds(hits)


def _item_needs_a_hit(item) -> bool:
    return True if isinstance(item, int) else item.needs_a_hit()
