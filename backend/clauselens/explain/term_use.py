"""Which of a document's defined terms a clause uses: capitalised, case-sensitive, whole words.

"Customer Content" in the clause is the defined term; "customer content" is ordinary
English and is left alone. A plural or singular form of a term counts ("Service" for a
defined "Services"), and the longest term wins where terms overlap ("Service Generated
Data" over "Service").
"""

import re

from .definitions import Definition

MAX_TERMS_IN_PATTERN = 2000


def term_pattern(terms) -> re.Pattern | None:
    """One case-sensitive pattern over ``terms`` and their singular or plural forms."""
    forms: set[str] = set()
    for term in list(terms)[:MAX_TERMS_IN_PATTERN]:
        forms.add(term)
        if term.endswith("s") and len(term) > 3 and not term.endswith("ss"):
            forms.add(term[:-1])
        elif term[-1].isalpha():
            forms.add(term + "s")
    if not forms:
        return None
    alternatives = (re.escape(form).replace(r"\ ", r"\s+") for form in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w\-])(?:" + "|".join(alternatives) + r")(?![\w\-])")


def terms_used(
    clause: str, definitions: dict[str, Definition], pattern: re.Pattern | None
) -> list[tuple[Definition, tuple[int, int]]]:
    """(definition, span of its first use) for each defined term the clause uses, in clause order.

    A term whose definition is part of the clause itself is left out: the reader has it.
    """
    if pattern is None:
        return []
    found, seen = [], set()
    flat_clause = " ".join(clause.split())
    for match in pattern.finditer(clause):
        definition = _definition_of(" ".join(match.group().split()), definitions)
        if definition is None or definition.term in seen:
            continue
        seen.add(definition.term)
        if definition.text.rstrip(".…") in flat_clause:
            continue
        found.append((definition, match.span()))
    return found


def _definition_of(words: str, definitions: dict[str, Definition]) -> Definition | None:
    if words in definitions:
        return definitions[words]
    if words.endswith("s") and words[:-1] in definitions:
        return definitions[words[:-1]]
    return definitions.get(words + "s")
