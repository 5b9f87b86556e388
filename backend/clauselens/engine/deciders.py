"""Rule conditions compiled into Python functions, with the literal prefilter inlined.

Each sentence is checked against a few candidate rules, and a rule that does not hold
(most of them) asks about every pattern of its ``any`` and ``none`` lists. Most of those
patterns are ruled out by their literal requirements alone, and asking through
:meth:`Condition.holds` costs a Python call, a cache lookup and a loop per pattern: more
than the searches themselves. A decider is the same condition as one expression, e.g.

    not disjoint(G3) and search(17) and (not disjoint(G8) and search(4) or search(9))

where ``disjoint(G3)`` asks whether none of the strings of requirement ``G3`` occurs in
the sentence (``frozenset.isdisjoint`` of the trigger strings found there) and
``search(17)`` searches pattern 17 (cached per sentence). Items are in the condition's
order, and ``and``/``or`` stop at the first item that decides, as ``holds`` does.

The source holds only pattern indices and generated names (never text from a pack), and
conditions nest at most a few levels (the schema's limit), so it is small and safe to
compile.
"""

from collections.abc import Callable

from .conditions import Condition

Decider = Callable[[Callable[[frozenset[int]], bool], Callable[[int], bool]], bool]
"""``decider(disjoint, search)``: whether the rule holds in a sentence."""


def compile_decider(
    condition: Condition, requirements: tuple, name: str, first_checks: tuple = ()
) -> Decider:
    """The decider of ``condition``; ``requirements`` maps each pattern index to its
    requirements (sets of trigger indices); ``first_checks`` are requirements of the whole
    rule, checked before anything else. ``name`` labels the code in tracebacks."""
    constants: dict[str, frozenset[int]] = {}
    names: dict[frozenset[int], str] = {}

    def group(trigger_indices: frozenset[int]) -> str:
        if trigger_indices not in names:
            names[trigger_indices] = f"G{len(names)}"
            constants[names[trigger_indices]] = trigger_indices
        return names[trigger_indices]

    def item(entry) -> str:
        if entry.__class__ is not int:
            return f"({expression(entry)})"
        checks = [f"not disjoint({group(groups)})" for groups in requirements[entry]]
        return " and ".join([*checks, f"search({entry})"])

    def expression(part: Condition) -> str:
        terms = [item(entry) for entry in part.all]
        if part.any:
            terms.append("(" + " or ".join(f"({item(entry)})" for entry in part.any) + ")")
        if part.none:
            terms.append("not (" + " or ".join(f"({item(entry)})" for entry in part.none) + ")")
        return " and ".join(terms) if terms else "True"

    checks = [f"not disjoint({group(groups)})" for groups in first_checks]
    source = f"lambda disjoint, search: {' and '.join([*checks, expression(condition)])}"
    code = compile(source, f"<decider {name}>", "eval")
    return eval(code, {"__builtins__": {}, **constants})  # source made above from indices and names
