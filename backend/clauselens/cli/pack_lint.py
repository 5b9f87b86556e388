"""What `clauselens pack lint` reports: errors that stop a pack from loading or being published,
and warnings about what is probably a mistake (a misspelt category, a pack id without a team)."""

import difflib

from ..categories import CATEGORIES
from ..engine.loader import load_pack
from ..engine.problems import PackError, PackProblem
from ..engine.schema import PACK_ID
from ..registry.publishing import limit_problems


def lint_pack(document: dict, source: str) -> tuple[list[PackProblem], list[str]]:
    """(errors, warnings) for a parsed pack document."""
    pack_id = document.get("id") if isinstance(document.get("id"), str) else source
    errors = []
    try:
        load_pack(document, source)
    except PackError as invalid:
        errors.extend(invalid.problems)
    errors.extend(limit_problems(document, pack_id))
    return errors, _warnings(document)


def _warnings(document: dict) -> list[str]:
    warnings = []
    pack_id = document.get("id")
    if isinstance(pack_id, str) and PACK_ID.match(pack_id) and "/" not in pack_id:
        warnings.append(f"pack id {pack_id!r} has no team: a team pack is published as <team>/<name>")
    rules = document.get("rules") if isinstance(document.get("rules"), list) else []
    for rule in rules:
        if not isinstance(rule, dict) or not isinstance(rule.get("category"), str):
            continue
        category = rule["category"]
        if category in CATEGORIES:
            continue
        near = difflib.get_close_matches(category, CATEGORIES, n=1, cutoff=0.75)
        advice = f"did you mean {near[0]}?" if near else "fine if your team defines it"
        warnings.append(f"rule {rule.get('id')}: category {category!r} is not a built-in one ({advice})")
    return warnings
