"""What a pack must pass to be published: everything `pack lint` and `pack test` check, and the
registry's tighter limits, with every problem named by rule.

The registry's limits are tighter than what a local pack file may hold, because a published
pack is compiled in every worker of a shared service. Measured on this project's 2-core
machine, a pack at all three limits (300 rules with 500-character patterns, 213 KB of JSON)
compiles in 0.2 s into about 23 MB, runs its examples in 0.04 s and matches 2.4 KB of text in
0.14 ms; at the engine's own limits (1000 rules, 2000-character patterns) the same took 2 s,
235 MB and 0.7 ms.
"""

from ..engine.examples import example_failures
from ..engine.loader import load_pack, parse_pack_text
from ..engine.pack import CompiledPack
from ..engine.problems import PackError, PackProblem
from ..engine.schema import CONDITION_KEYS

MAX_PUBLISHED_PACK_BYTES = 256 * 1024
MAX_PUBLISHED_RULES = 300
MAX_PUBLISHED_PATTERN_CHARS = 500


def check_for_publication(text: str, fmt: str, pack_id: str, version: str) -> tuple[dict, CompiledPack]:
    """The parsed document and its compiled pack, or a :class:`PackError` naming every problem.

    ``pack_id`` and ``version`` are where the pack is being published; the document must say the same.
    """
    if len(text.encode("utf-8")) > MAX_PUBLISHED_PACK_BYTES:
        raise PackError([PackProblem(pack_id, "pack", f"a published pack may be at most {_kib()} KiB")])
    document = parse_pack_text(text, pack_id, fmt)
    mismatches = [
        PackProblem(pack_id, field, f"is {document.get(field)!r} but the pack is published as {expected!r}")
        for field, expected in (("id", pack_id), ("version", version))
        if document.get(field) != expected
    ]
    if "+" in version:
        mismatches.append(
            PackProblem(pack_id, "version", "build metadata (+…) is not allowed: it would not order versions")
        )
    if mismatches:
        raise PackError(mismatches)
    problems = limit_problems(document, pack_id)
    try:
        compiled = load_pack(document, pack_id)
    except PackError as invalid:
        problems += invalid.problems
        problems += _example_problems(_without_broken_rules(document, invalid.problems), pack_id)
        raise PackError(problems) from None
    problems += _example_problems(compiled, pack_id)
    if problems:
        raise PackError(problems)
    return document, compiled


def _without_broken_rules(document: dict, problems: list[PackProblem]) -> CompiledPack | None:
    """The pack made of the rules that compile on their own, so that their examples still get run."""
    if any(problem.rule is None for problem in problems):
        return None
    broken = {problem.rule for problem in problems}
    sound_rules = [rule for rule in document["rules"] if rule["id"] not in broken]
    if not sound_rules:
        return None
    try:
        return load_pack({**document, "rules": sound_rules}, document["id"])
    except PackError:
        return None


def _example_problems(compiled: CompiledPack | None, pack_id: str) -> list[PackProblem]:
    if compiled is None:
        return []
    return [
        PackProblem(pack_id, f"examples.{failure.kind}", str(failure), failure.rule)
        for failure in example_failures(compiled)
    ]


def limit_problems(document: dict, pack_id: str) -> list[PackProblem]:
    """The registry's limits on rule count and pattern length that ``document`` breaks."""
    rules = document.get("rules") if isinstance(document.get("rules"), list) else []
    problems = []
    if len(rules) > MAX_PUBLISHED_RULES:
        problems.append(
            PackProblem(pack_id, "rules", f"a published pack may have at most {MAX_PUBLISHED_RULES} rules")
        )
    for position, rule in enumerate(rules):
        if not isinstance(rule, dict):
            continue
        rule_id = rule.get("id") if isinstance(rule.get("id"), str) else f"#{position + 1}"
        for where, pattern in _patterns(rule.get("match"), "match"):
            if len(pattern) > MAX_PUBLISHED_PATTERN_CHARS:
                problems.append(
                    PackProblem(
                        pack_id,
                        where,
                        f"a published pattern may be at most {MAX_PUBLISHED_PATTERN_CHARS} characters",
                        rule_id,
                    )
                )
    return problems


def _patterns(condition, where: str):
    if not isinstance(condition, dict):
        return
    for key in CONDITION_KEYS:
        items = condition.get(key)
        for position, item in enumerate(items if isinstance(items, list) else ()):
            if isinstance(item, str):
                yield f"{where}.{key}[{position}]", item
            else:
                yield from _patterns(item, f"{where}.{key}[{position}]")


def _kib() -> int:
    return MAX_PUBLISHED_PACK_BYTES // 1024
