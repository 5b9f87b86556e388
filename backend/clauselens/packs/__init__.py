"""The built-in rule packs shipped as data inside the package, compiled once per process.

A built-in pack is a folder: ``pack.yaml`` holds its id, version, title and description,
and every other ``*.yaml`` file holds ``rules:`` for one category, so that each file
stays readable. Together they form one pack document (DESIGN §5).
"""

import functools
from importlib import resources

from ..engine.loader import load_pack, parse_pack_text
from ..engine.pack import CompiledPack
from ..engine.problems import PackError, PackProblem

BUILTIN_PACKS = ("core",)
HEADER_FILE = "pack.yaml"


@functools.cache
def builtin_packs() -> dict[str, CompiledPack]:
    """The built-in packs by id."""
    return {pack_id: load_pack(builtin_pack_document(pack_id), pack_id) for pack_id in BUILTIN_PACKS}


def builtin_pack_document(pack_id: str) -> dict:
    """The pack document of a built-in pack: its header with the rules of all its files."""
    folder = resources.files(__package__).joinpath(pack_id)
    document = parse_pack_text(folder.joinpath(HEADER_FILE).read_text(encoding="utf-8"), HEADER_FILE)
    document["rules"] = []
    rule_files = sorted(
        entry for entry in folder.iterdir() if entry.name.endswith(".yaml") and entry.name != HEADER_FILE
    )
    for rule_file in rule_files:
        source = f"{pack_id}/{rule_file.name}"
        rules = parse_pack_text(rule_file.read_text(encoding="utf-8"), source).get("rules")
        if not isinstance(rules, list):
            raise PackError([PackProblem(source, "rules", "a rule file holds a list under rules:")])
        document["rules"].extend(rules)
    return document
